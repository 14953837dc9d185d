"""Timeline images: PNG (any size and pixel ratio), SVG and PDF, with a title, the active filters
as a caption and a legend; used by the window's Export action and by `main.py export`."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageSize, QPainter, QPdfWriter

from ui.theme import TYPE_COLORS, TimelineColors
from ui.time_scale import Viewport
from ui.timeline_painter import PaintState, paint_scene
from ui.timeline_scene import AXIS_HEIGHT, TimelineScene

HEADER_HEIGHT = 58
LEGEND_HEIGHT = 30
FORMATS = (".png", ".svg", ".pdf")


@dataclass
class ExportOptions:
    path: Path
    width: int = 1600
    height: int = 900
    scale: float = 1.0
    title: str = "Newsline timeline"
    caption: str = ""
    whole: bool = True  # the whole filtered timeline, else the current window
    dark: bool = False


def _scene_for_export(source: TimelineScene, options: ExportOptions, font: QFont) -> TimelineScene:
    metrics = QFontMetricsF(font)
    body_height = options.height - HEADER_HEIGHT - LEGEND_HEIGHT
    scene = TimelineScene(mode=source.mode, compress=source.compress, width=options.width,
                          height=body_height, measure=metrics.horizontalAdvance,
                          index=source.index)
    scene.set_selection(source.selection)
    if not options.whole:
        t0 = source.scale.to_days(source.view.u0)
        t1 = source.scale.to_days(source.view.u1)
        scene.set_view(Viewport(scene.scale.to_units(t0), scene.scale.to_units(t1),
                                scene.time_width))
    return scene


def _paint_page(painter: QPainter, scene: TimelineScene, options: ExportOptions,
                font: QFont) -> None:
    colors = TimelineColors.make(options.dark)
    width = options.width
    painter.fillRect(QRectF(0, 0, width, options.height), colors.background)
    title_font = QFont(font)
    title_font.setPointSizeF(font.pointSizeF() * 1.6)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(colors.text)
    painter.drawText(QRectF(14, 6, width - 28, 28),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, options.title)
    painter.setFont(font)
    painter.setPen(colors.muted)
    caption = options.caption or "all events"
    count = len(scene.selection)
    painter.drawText(QRectF(14, 34, width - 28, 20),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     f"{count} event(s) · filters: {caption}")
    painter.save()
    painter.translate(0, HEADER_HEIGHT)
    paint_scene(painter, scene, colors, PaintState(), font)
    painter.restore()
    # Legend: event types present, and what a band and a tail mean.
    y = options.height - LEGEND_HEIGHT + 6
    x = 14.0
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    codes = np.unique(scene.index.type_code[scene.selection])
    kinds = [scene.index.type_names[c] for c in codes]
    for kind in kinds:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TYPE_COLORS.get(kind, TYPE_COLORS["event"])))
        painter.drawRoundedRect(QRectF(x, y + 3, 12, 12), 3, 3)
        painter.setPen(colors.text)
        painter.drawText(QRectF(x + 16, y, 200, 18), Qt.AlignmentFlag.AlignVCenter, kind)
        x += 16 + metrics.horizontalAdvance(kind) + 14
    painter.setPen(colors.muted)
    painter.drawText(QRectF(x + 10, y, width - x - 24, 18),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                     "band: period of a month or longer · fading tail: on or before that day"
                     " · dashed: expected")


def export_image(source: TimelineScene, options: ExportOptions, font: QFont | None = None
                 ) -> Path:
    """Write the scene to options.path; the suffix picks PNG, SVG or PDF."""
    suffix = options.path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot export an image as {suffix or 'a file without extension'}")
    font = font or QFont()
    if font.pointSizeF() <= 0:
        font.setPointSizeF(9)
    scene = _scene_for_export(source, options, font)
    if options.whole and scene.current is not None:
        # Make room for every lane of the whole timeline.
        needed = scene.current.content_height + AXIS_HEIGHT + HEADER_HEIGHT + LEGEND_HEIGHT
        if needed > options.height and scene.mode != "none":
            options.height = int(min(needed, 20000))
            scene.resize(options.width, options.height - HEADER_HEIGHT - LEGEND_HEIGHT)
    painter = QPainter()
    if suffix == ".png":
        image = QImage(int(options.width * options.scale), int(options.height * options.scale),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(options.scale)
        image.fill(TimelineColors.make(options.dark).background)
        painter.begin(image)
        _paint_page(painter, scene, options, font)
        painter.end()
        if not image.save(str(options.path)):
            raise OSError(f"cannot write {options.path}")
    elif suffix == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(options.path))
        generator.setSize(QSize(options.width, options.height))
        generator.setViewBox(QRectF(0, 0, options.width, options.height))
        generator.setTitle(options.title)
        generator.setDescription(options.caption or "all events")
        painter.begin(generator)
        _paint_page(painter, scene, options, font)
        painter.end()
    else:
        writer = QPdfWriter(str(options.path))
        writer.setResolution(72)
        writer.setPageSize(QPageSize(QSizeF(options.width, options.height), QPageSize.Unit.Point))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        writer.setTitle(options.title)
        painter.begin(writer)
        _paint_page(painter, scene, options, font)
        painter.end()
    return options.path


def render_database(db_path: Path, out: Path, flt=None, *, mode: str = "none",
                    width: int = 1600, height: int = 900, scale: float = 1.0,
                    title: str = "Newsline timeline") -> int:
    """Draw the (filtered) events of a database to an image file; returns the event count."""
    from PySide6.QtGui import QGuiApplication

    from core.cli import default_cache_dir
    from core.errors import NewslineError
    from core.store import EventFilter, Store
    from core.timeline_index import TimelineIndex

    flt = flt or EventFilter()
    if not db_path.exists():
        raise NewslineError(f"no database at {db_path}: import articles first (newsline ingest)")
    if not (200 <= width <= 20000 and 150 <= height <= 20000):
        raise NewslineError("image size must be between 200x150 and 20000x20000 pixels")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with Store(db_path) as store:
        index = TimelineIndex.from_store(store, default_cache_dir())
        scene = TimelineScene(mode=mode, width=width,
                              height=height - HEADER_HEIGHT - LEGEND_HEIGHT,
                              measure=QFontMetricsF(app.font()).horizontalAdvance, index=index)
        scene.set_selection(index.select(flt))
        export_image(scene, ExportOptions(path=out, width=width, height=height, scale=scale,
                                          title=title, caption=flt.describe()), app.font())
    return len(scene.selection)


def run_export(args: argparse.Namespace) -> int:
    """`main.py export --out FILE.png|svg|pdf`: render the filtered timeline without a window."""
    from core.cli import default_db_path, filter_from_args
    from core.errors import NewslineError

    try:
        count = render_database(args.db or default_db_path(), args.out, filter_from_args(args),
                                mode=args.lanes, width=args.width, height=args.height,
                                scale=args.scale, title=args.title)
    except (NewslineError, OSError, ValueError) as exc:
        print(f"newsline: error: {exc}", file=sys.stderr)
        return 1
    print(f"{count} event(s) drawn to {args.out}")
    return 0


def run_sample_without_display(out: Path) -> int:
    """No screen to open a window on: import the bundled sample (first start) and draw it."""
    from core.cli import default_db_path
    from core.errors import NewslineError
    from core.ingest import ingest_paths
    from core.store import Store
    from ui.main_window import SAMPLE

    db_path = default_db_path()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with Store(db_path) as store:
            if store.counts()["articles"] == 0:
                ingest_paths([SAMPLE], store)
        count = render_database(db_path, out, title="Newsline — the bundled sample")
    except (NewslineError, OSError) as exc:
        print(f"newsline: error: {exc}", file=sys.stderr)
        return 1
    print(f"No display: drew the timeline of {count} event(s) from {db_path} to {out}")
    return 0
