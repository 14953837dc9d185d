"""Timeline speed at N events: frame time per zoom level, filter and zoom latency, cold start,
peak memory, whole-timeline PNG export. Prints a table, then one JSON object as the last line.

    python bench/timeline_bench.py --events 1000000 [--db FILE] [--runs 15]

The database is made with bench/make_corpus.py when it does not exist yet. Frames are drawn into
an offscreen 1920x1080 image with the same painter as the window.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QFontMetricsF, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.store import EventFilter, Store  # noqa: E402
from core.timeline_index import TimelineIndex  # noqa: E402
from ui.image_export import ExportOptions, export_image  # noqa: E402
from ui.theme import TimelineColors  # noqa: E402
from ui.time_scale import Viewport  # noqa: E402
from ui.timeline_painter import paint_scene  # noqa: E402
from ui.timeline_scene import TimelineScene  # noqa: E402

WIDTH, HEIGHT = 1920, 1080

FIRST_FRAME = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
settings = QSettings({ini!r}, QSettings.Format.IniFormat)
window = MainWindow(Path({db!r}), settings, load_sample=False)
window.resize(1600, 900)
window.show()
while window.task is not None and window.task.running:
    app.processEvents()
    time.sleep(0.002)
app.processEvents()
window.view.grab()
print("painted", len(window.selection))
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(action, runs: int) -> list[float]:
    out = []
    for i in range(runs):
        started = time.perf_counter()
        action(i)
        out.append((time.perf_counter() - started) * 1000)
    return out


def first_frame_seconds(db: Path, runs: int) -> float:
    script = FIRST_FRAME.format(root=str(ROOT), db=str(db), ini=f"/tmp/newsline-bench-{os.getpid()}.ini")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(result.stderr[-2000:])
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cold-runs", type=int, default=3)
    args = parser.parse_args()
    db = args.db or Path(f"/tmp/newsline-bench-{args.events}.db")
    if not db.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(args.events),
                        "--db", str(db)], check=True)
    app = QApplication.instance() or QApplication([])
    store = Store(db)
    started = time.perf_counter()
    index = TimelineIndex.from_store(store)  # uncached: the cost of a first opening
    load_s = time.perf_counter() - started
    scene = TimelineScene(width=WIDTH, height=HEIGHT, index=index,
                          measure=QFontMetricsF(app.font()).horizontalAdvance)
    scene.set_selection(index.select(EventFilter()))
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    colors = TimelineColors.make(False)

    def frame() -> None:
        painter = QPainter(image)
        paint_scene(painter, scene, colors)
        painter.end()

    results: dict[str, dict[str, float]] = {}
    for mode in ("none", "actor"):
        scene.set_mode(mode)
        scene.fit()
        full = scene.view
        span = full.u1 - full.u0
        views = {"fit": full,
                 "1%": Viewport(full.u0 + span * 0.5, full.u0 + span * 0.51, full.width),
                 "day": Viewport(full.u0 + span * 0.5, full.u0 + span * 0.5 + 1.0, full.width)}
        for name, view in views.items():
            width = view.u1 - view.u0

            def pan_frame(i: int, view=view, width=width) -> None:
                shift = width * 0.01 * (i % 7)
                scene.set_view(Viewport(view.u0 + shift, view.u1 + shift, view.width))
                frame()

            times = timed(pan_frame, args.runs)
            results[f"{mode}/{name}"] = {"p50": statistics.median(times),
                                         "p95": percentile(times, 0.95),
                                         "cards": len(scene.current.cards),
                                         "clusters": len(scene.current.clusters)}
    scene.set_mode("none")
    scene.fit()
    top_actor = index.facets(scene.selection, limit=5)["actors"][0][0]
    top_place = index.facets(scene.selection, limit=5)["locations"][0][0]
    filters = [EventFilter(actors=[top_actor]), EventFilter(locations=[top_place]),
               EventFilter(text="deal"), EventFilter()]

    def filter_change(i: int) -> None:
        flt = filters[i % len(filters)]
        selection = index.select(flt)
        index.facets(selection)
        scene.set_selection(selection)
        frame()

    filter_times = timed(filter_change, max(args.runs, 8))
    scene.set_selection(index.select(EventFilter()))

    def zoom_step(i: int) -> None:
        scene.zoom(1.25 if i % 2 == 0 else 0.8, WIDTH / 2)
        frame()

    zoom_times = timed(zoom_step, args.runs)
    export_times = []
    for _ in range(3):
        started = time.perf_counter()
        export_image(scene, ExportOptions(Path("/tmp/newsline-bench.png"), 4000, 1500))
        export_times.append(time.perf_counter() - started)
    svg_started = time.perf_counter()
    export_image(scene, ExportOptions(Path("/tmp/newsline-bench.svg"), 4000, 1500))
    svg_s = time.perf_counter() - svg_started
    svg_kb = Path("/tmp/newsline-bench.svg").stat().st_size / 1024
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    store.close()
    first_frame = first_frame_seconds(db, args.cold_runs)

    print(f"{len(index):,} events, {os.cpu_count()} cores, {args.runs} runs per figure")
    print(f"index load: {load_s:.2f} s")
    for name, r in results.items():
        print(f"frame {name:12} p50 {r['p50']:7.1f} ms  p95 {r['p95']:7.1f} ms  "
              f"cards {r['cards']:4d}  clusters {r['clusters']:4d}")
    print(f"filter change p50 {statistics.median(filter_times):.1f} ms, zoom step p50 "
          f"{statistics.median(zoom_times):.1f} ms, PNG 4000 px {statistics.median(export_times):.2f} s,"
          f" SVG {svg_s:.2f} s ({svg_kb:.0f} KB)")
    summary = {
        "events": len(index), "cores": os.cpu_count(), "runs": args.runs,
        "frame_p50_ms": round(max(r["p50"] for r in results.values()), 1),
        "frame_p95_ms": round(max(r["p95"] for r in results.values()), 1),
        "filter_p50_ms": round(statistics.median(filter_times), 1),
        "zoom_p50_ms": round(statistics.median(zoom_times), 1),
        "first_frame_s": round(first_frame, 2), "index_load_s": round(load_s, 2),
        "peak_rss_mb": round(peak_rss_mb), "export_png_s": round(statistics.median(export_times), 2),
        "export_svg_kb": round(svg_kb),
        "frames": {k: {m: round(v, 1) for m, v in r.items()} for k, r in results.items()},
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
