"""Screenshots of the real window for the README: run under a (virtual) X display.

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python scripts/take_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.ingest import ingest_paths  # noqa: E402
from core.store import Store  # noqa: E402
from ui.app import apply_theme  # noqa: E402
from ui.main_window import SAMPLE, MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(window: MainWindow, app: QApplication, name: str) -> None:
    settle(app)
    path = OUT / name
    window.grab().save(str(path))
    print(f"wrote {path}")


def check(facet, name: str) -> None:
    for i in range(facet.list.count()):
        item = facet.list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == name:
            item.setCheckState(Qt.CheckState.Checked)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_theme(app, "light")
    work = Path(tempfile.mkdtemp(prefix="newsline-shots-"))
    db = work / "newsline.db"
    with Store(db) as store:
        ingest_paths([SAMPLE], store)
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings, load_sample=False)
    window.resize(1560, 940)
    window.show()
    settle(app)
    window.view.fit()
    miami = next(r["rowid"] for r in window.rows if "convened" in r["sentence"])
    window.view.select(miami)
    shoot(window, app, "sample.png")

    check(window.filters.actors, "Volodymyr Zelenskyy")
    window.view.select(next(r["rowid"] for r in window.rows if "reaffirmed" in r["sentence"]))
    shoot(window, app, "filtered-actor.png")

    window.filters.clear()
    window.lanes.setCurrentIndex(window.lanes.findData("location"))
    window.view.select(next(r["rowid"] for r in window.rows if "Istanbul" in r["sentence"]))
    shoot(window, app, "lanes-location.png")

    # One event told by several articles: the Miami meeting with its four sources.
    stories = work / "stories.db"
    with Store(stories) as store:
        ingest_paths([SAMPLE, ROOT / "tests" / "data" / "reports"], store)
    window.close()
    window = MainWindow(stories, settings, load_sample=False)
    window.resize(1560, 940)
    window.lanes.setCurrentIndex(window.lanes.findData("none"))
    window.show()
    settle(app)
    index = window.index
    story = next(i for i in range(len(index)) if int(index.sources[i]) > 2)
    window.view.select(int(index.rowid[story]))
    shoot(window, app, "sources.png")

    window.close()
    window = MainWindow(db, settings, load_sample=False)
    window.resize(1560, 940)
    window.show()
    settle(app)
    apply_theme(app, "dark")
    window.lanes.setCurrentIndex(window.lanes.findData("actor"))
    window.view.select(next(r["rowid"] for r in window.rows if "missile attack" in r["sentence"]))
    shoot(window, app, "dark.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
