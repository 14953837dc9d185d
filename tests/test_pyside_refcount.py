"""PySide6 6.12.0 on Python < 3.12 aborts after a few thousand calls of methods that return None
("Fatal Python error: none_dealloc"). The dependency pin avoids it; this keeps it avoided."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QRectF, QPointF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsRectItem
app = QApplication([])
image = QImage(200, 200, QImage.Format.Format_ARGB32)
painter = QPainter(image)
item = QGraphicsRectItem(0, 0, 10, 10)
for i in range(100_000):
    painter.save()
    painter.drawRoundedRect(QRectF(1, 1, 20, 10), 3, 3)
    painter.restore()
    item.setPos(QPointF(i % 50, 0))
painter.end()
print("ok")
"""


def test_hundred_thousand_none_returning_calls_do_not_abort():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_timeline_paints_tens_of_thousands_of_cards():
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from ui.theme import TimelineColors
    from ui.timeline_painter import paint_scene
    from ui.timeline_scene import TimelineScene

    app = QApplication.instance() or QApplication([])
    assert app is not None
    rows = [{"id": f"e{i}", "title": f"Event {i}", "start": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
             "end": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "granularity": "day",
             "time_text": None, "anchor": "explicit", "type": "meeting", "status": "happened",
             "actors": [], "locations": [], "article_title": "A"} for i in range(400)]
    scene = TimelineScene(width=3000, height=20000)
    scene.set_rows(rows, [])
    image = QImage(3000, 2000, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    cards = 0
    for _ in range(60):  # ~400 cards a frame: over twenty thousand card paints
        paint_scene(painter, scene, TimelineColors.make(False))
        cards += len(scene.current.cards)
    painter.end()
    assert cards > 20_000
