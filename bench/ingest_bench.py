"""Ingest throughput: articles per second and peak memory for a folder of N ~800-word articles,
with one process and with all cores; and how long the window's event loop ever stalls while an
import runs in the background. Prints a table, then one JSON object as the last line.

    python bench/ingest_bench.py --articles 1000 [--ui-articles 30]

The articles are made by varying real-looking wire reports (tests/data/articles and the sample):
names, places, weekdays and numbers change from one article to the next.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PEOPLE = ["Anna Kovalenko", "Pedro Alvarez", "Mei Lin", "Omar Haddad", "Julia Novak",
          "Samuel Okoye", "Ingrid Larsen", "Ravi Menon", "Claire Dubois", "Tomasz Zielinski"]
PLACES = ["Geneva", "Vienna", "Ankara", "Nairobi", "Warsaw", "Lisbon", "Cairo", "Oslo", "Doha",
          "Brussels", "Kharkiv", "Odesa", "Istanbul", "Berlin", "Tokyo", "Riyadh"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September"]

UI_PROBE = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
window = MainWindow(Path({db!r}), QSettings({ini!r}, QSettings.Format.IniFormat),
                    load_sample=False)
window.show()
gaps, last = [], [time.perf_counter()]
def tick():
    now = time.perf_counter()
    gaps.append(now - last[0])
    last[0] = now
timer = QTimer(); timer.timeout.connect(tick); timer.start(10)
window.import_paths([Path({folder!r})])
while window.task.running:
    app.processEvents()
    time.sleep(0.001)
timer.stop()
gaps.sort()
print(max(gaps) * 1000, gaps[int(len(gaps) * 0.99)] * 1000, len(gaps), window.last_summary.articles)
"""


def source_paragraphs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "data" / "articles").glob("*.txt")]
    texts.append((ROOT / "resources" / "sample-article.txt").read_text(encoding="utf-8"))
    paragraphs = []
    for text in texts:
        for line in text.splitlines():
            if len(line.split()) > 12 and not line.startswith(("Date:", "Published:")):
                paragraphs.append(line)
    return paragraphs


def vary(paragraph: str, rng: random.Random) -> str:
    paragraph = re.sub(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                       lambda _m: rng.choice(WEEKDAYS), paragraph)
    paragraph = re.sub(r"\b(?:Geneva|Vienna|Miami|Istanbul|Tokyo|Brussels|Kharkiv|Tampa)\b",
                       lambda _m: rng.choice(PLACES), paragraph)
    paragraph = re.sub(r"\b\d{1,3}\b", lambda m: str(int(m.group(0)) + rng.randrange(5)),
                       paragraph)
    return paragraph


def make_articles(folder: Path, count: int, seed: int = 11) -> int:
    rng = random.Random(seed)
    paragraphs = source_paragraphs()
    words = 0
    for i in range(count):
        person, place = rng.choice(PEOPLE), rng.choice(PLACES)
        month = rng.choice(MONTHS)
        body = [f"{person} met officials in {place} on {rng.choice(WEEKDAYS)}, "
                f"the ministry said, after talks that began in {month}."]
        while sum(len(p.split()) for p in body) < 800:
            body.append(vary(rng.choice(paragraphs), rng))
        day = 1 + rng.randrange(28)
        text = (f"Report {i}: talks in {place}\nPublished: 2024-{1 + i % 12:02d}-{day:02d}\n\n"
                + "\n".join(body) + "\n")
        words += len(text.split())
        (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")
    return words // max(count, 1)


def run_ingest(folder: Path, workers: int) -> tuple[float, float, int]:
    """Seconds, peak RSS (MB, this process and its workers) and articles imported."""
    db = folder.parent / f"ingest-{workers}.db"
    script = (
        f"import sys, time, resource; sys.path.insert(0, {str(ROOT)!r})\n"
        "from core.ingest import ingest_paths\nfrom core.store import Store\n"
        "t = time.perf_counter()\n"
        f"with Store({str(db)!r}) as store:\n"
        f"    s = ingest_paths([{str(folder)!r}], store, workers={workers})\n"
        "print(time.perf_counter() - t, s.articles,"
        " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    if db.exists():
        db.unlink()
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    seconds, articles, rss_self, rss_children = float(out[0]), int(out[1]), int(out[2]), int(out[3])
    return seconds, (rss_self + rss_children * max(workers, 1)) / 1024 if workers > 1 \
        else rss_self / 1024, articles


def ui_stall(folder: Path, work: Path) -> tuple[float, float]:
    db = work / "ui.db"
    script = UI_PROBE.format(root=str(ROOT), db=str(db), ini=str(work / "ui.ini"),
                             folder=str(folder))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--ui-articles", type=int, default=30)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="newsline-ingest-") as tmp:
        work = Path(tmp)
        folder = work / "articles"
        folder.mkdir()
        words = make_articles(folder, args.articles)
        single_s, single_rss, single_n = run_ingest(folder, 1)
        multi_s, multi_rss, multi_n = run_ingest(folder, cores)
        ui_folder = work / "ui-articles"
        ui_folder.mkdir()
        make_articles(ui_folder, args.ui_articles, seed=5)
        stall_max, stall_p99 = ui_stall(ui_folder, work)
    print(f"{args.articles} articles of ~{words} words, {cores} cores")
    print(f"1 process:   {single_n / single_s:6.1f} articles/s, peak {single_rss:.0f} MB")
    print(f"{cores} processes: {multi_n / multi_s:6.1f} articles/s, peak {multi_rss:.0f} MB (sum)")
    print(f"window during a background import of {args.ui_articles}: longest event-loop stall "
          f"{stall_max:.0f} ms, p99 {stall_p99:.0f} ms")
    print(json.dumps({
        "articles": args.articles, "words_per_article": words, "workers": cores,
        "articles_per_s": round(multi_n / multi_s, 1),
        "articles_per_s_single": round(single_n / single_s, 1),
        "peak_rss_mb": round(max(single_rss, multi_rss)),
        "ui_stall_max_ms": round(stall_max, 1), "ui_stall_p99_ms": round(stall_p99, 1),
    }))


if __name__ == "__main__":
    main()
