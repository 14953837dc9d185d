"""Paints a `TimelineScene` with QPainter: the same code draws the window and the PNG, SVG and PDF
exports."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPen,
)

from ui.theme import TimelineColors, type_color
from ui.timeline_layout import CARD_HEIGHT, OTHER_LANE, Card, Cluster, count_label
from ui.timeline_scene import AXIS_HEIGHT, TimelineScene

MAX_PUBLISHED_LINES = 12


@dataclass
class PaintState:
    """What the view adds to the scene: selection and hover."""

    selected: str | None = None
    hovered: str | None = None
    hovered_cluster: int | None = None


def paint_scene(painter: QPainter, scene: TimelineScene, colors: TimelineColors,
                state: PaintState | None = None, font: QFont | None = None) -> None:
    """Draw the scene into the painter's current coordinate system, at (0, 0)."""
    state = state or PaintState()
    font = QFont(font) if font is not None else QFont(painter.font())
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
    bold = QFont(font)
    bold.setBold(True)
    width, height = scene.width, scene.height
    lanes_bottom = scene.lanes_height
    layout = scene.current
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, width, height), colors.background)

    painter.save()
    painter.setClipRect(QRectF(0, 0, width, lanes_bottom))
    painter.translate(0, -scene.v_offset)
    # Lane stripes.
    if layout is not None and scene.mode != "none":
        for i, lane in enumerate(layout.lanes):
            if i % 2:
                painter.fillRect(QRectF(0, lane.y0, width, lane.y1 - lane.y0), colors.lane_alt)
    painter.restore()

    # Compressed gaps, grid, publication dates (full height of the lane area).
    painter.save()
    painter.setClipRect(QRectF(scene.left, 0, width - scene.left, height))
    for gap in scene.scale.gaps:
        x0 = scene.left + scene.view.x(gap.u0)
        x1 = scene.left + scene.view.x(gap.u1)
        if x1 < scene.left or x0 > width:
            continue
        painter.fillRect(QRectF(x0, 0, x1 - x0, lanes_bottom), colors.gap)
        pen = QPen(colors.muted, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x0, 0), QPointF(x0, lanes_bottom))
        painter.drawLine(QPointF(x1, 0), QPointF(x1, lanes_bottom))
        painter.setFont(small)
        painter.setPen(colors.muted)
        label = _gap_label(gap.days)
        painter.save()
        painter.translate((x0 + x1) / 2, lanes_bottom / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-120, -9, 240, 18), Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()
    painter.setPen(QPen(colors.grid, 1))
    for tick in scene.ticks:
        if not tick.major and tick.x + scene.left >= scene.left:
            x = scene.left + tick.x
            painter.drawLine(QPointF(x, 0), QPointF(x, lanes_bottom))
    marks = scene.published_in_view()
    if len(marks) <= MAX_PUBLISHED_LINES:
        label_end = -1e9
        label_width = QFontMetricsF(small).horizontalAdvance("published 0000-00-00") + 8
        for x, iso in marks:
            painter.setPen(QPen(colors.published, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, 0), QPointF(x, lanes_bottom))
            if x < label_end:
                continue  # close dates: the first one is labelled
            painter.setFont(small)
            painter.setPen(colors.published)
            painter.drawText(QRectF(x + 3, lanes_bottom - 18, label_width, 16),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"published {iso}")
            label_end = x + label_width
    else:  # many articles: a tick each along the top edge
        painter.setPen(QPen(colors.published, 1))
        painter.drawLines([QLineF(x, 0, x, 5) for x, _ in marks[:4000]])
    painter.restore()

    # Cards and clusters.
    if layout is not None:
        painter.save()
        painter.setClipRect(QRectF(scene.left, 0, width - scene.left, lanes_bottom))
        painter.translate(0, -scene.v_offset)
        metrics = QFontMetricsF(font)
        small_metrics = QFontMetricsF(small)
        top, bottom = scene.v_offset, scene.v_offset + lanes_bottom
        cards = [c for c in layout.cards if c.y < bottom and c.y + c.h > top]
        for card in cards:
            _paint_band(painter, card, colors)
        for card in cards:
            _paint_card(painter, card, colors, state, font, small, metrics, small_metrics)
        for band in layout.bands:
            if band.y < bottom and band.y + band.h > top:
                _paint_band_image(painter, band, scene.left, colors)
        for index, cluster in enumerate(layout.clusters):
            if cluster.y < bottom and cluster.y + cluster.h > top:
                _paint_cluster(painter, cluster, colors, bold, state.hovered_cluster == index)
        painter.restore()

    # Lane headers stay at the left whatever the pan.
    if layout is not None and scene.mode != "none":
        painter.save()
        painter.setClipRect(QRectF(0, 0, scene.left, lanes_bottom))
        painter.fillRect(QRectF(0, 0, scene.left, lanes_bottom), colors.background)
        painter.translate(0, -scene.v_offset)
        metrics = QFontMetricsF(bold)
        for i, lane in enumerate(layout.lanes):
            if lane.y1 < scene.v_offset or lane.y0 > scene.v_offset + lanes_bottom:
                continue
            if i % 2:
                painter.fillRect(QRectF(0, lane.y0, scene.left, lane.y1 - lane.y0),
                                 colors.lane_alt)
            painter.setFont(bold)
            painter.setPen(colors.text if lane.key != OTHER_LANE else colors.muted)
            name = metrics.elidedText(lane.key or "All events", Qt.TextElideMode.ElideRight,
                                      scene.left - 16)
            painter.drawText(QRectF(8, lane.y0 + 4, scene.left - 12, 20),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            painter.setFont(small)
            painter.setPen(colors.muted)
            painter.drawText(QRectF(8, lane.y0 + 22, scene.left - 12, 16),
                             Qt.AlignmentFlag.AlignLeft, f"{lane.count} event(s)")
        painter.restore()
        painter.setPen(QPen(colors.grid, 1))
        painter.drawLine(QPointF(scene.left, 0), QPointF(scene.left, lanes_bottom))

    _paint_axis(painter, scene, colors, font, small)
    if layout is not None and not layout.cards and not layout.clusters:
        painter.setPen(colors.muted)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, width, lanes_bottom), Qt.AlignmentFlag.AlignCenter,
                         "No events here: zoom out (F fits all), or clear the filters.")
    painter.restore()


def _gap_label(days: float) -> str:
    if days >= 730:
        return f"≈ {days / 365.25:.0f} years without events"
    if days >= 60:
        return f"≈ {days / 30.4:.0f} months without events"
    return f"{days:.0f} days without events"


def _paint_band(painter: QPainter, card: Card, colors: TimelineColors) -> None:
    color = QColor(type_color(card.item.type))
    if card.band_x0 is not None and card.band_x1 is not None:
        color.setAlpha(60 if not colors.dark else 90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(card.band_x0, card.y - 3, max(card.band_x1 - card.band_x0, 3),
                                       card.h + 6), 4, 4)
    elif card.item.t0 is None:
        # "On or before": a tail fading into the past, ending at the latest possible day.
        gradient = QLinearGradient(card.x - 60, 0, card.x, 0)
        faint = QColor(color)
        faint.setAlpha(0)
        color.setAlpha(110)
        gradient.setColorAt(0, faint)
        gradient.setColorAt(1, color)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(gradient))
        painter.drawRect(QRectF(card.x - 60, card.y + card.h / 2 - 2, 60, 4))


def _paint_card(painter: QPainter, card: Card, colors: TimelineColors, state: PaintState,
                font: QFont, small: QFont, metrics: QFontMetricsF,
                small_metrics: QFontMetricsF) -> None:
    item = card.item
    rect = QRectF(card.x, card.y, card.w, card.h)
    selected = state.selected == item.event_id
    hovered = state.hovered == item.event_id
    border = colors.selection if selected else (colors.axis if hovered else colors.card_border)
    painter.setPen(QPen(border, 2.0 if selected else 1.0,
                        Qt.PenStyle.DashLine if item.status == "expected" else Qt.PenStyle.SolidLine))
    painter.setBrush(colors.card)
    painter.drawRoundedRect(rect, 5, 5)
    accent = type_color(item.type)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(accent)
    painter.drawRoundedRect(QRectF(card.x, card.y, 4, card.h), 2, 2)
    painter.setPen(colors.text)
    painter.setFont(font)
    text_width = card.w - 14
    title = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, text_width)
    painter.drawText(QRectF(card.x + 9, card.y + 2, text_width, card.h / 2),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(small)
    painter.setPen(colors.muted)
    sub = item.date_text + (f" · {item.sources} sources" if item.sources > 1 else "")
    if item.status == "expected":
        sub = "expected · " + sub
    painter.drawText(QRectF(card.x + 9, card.y + card.h / 2, text_width, card.h / 2 - 2),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     small_metrics.elidedText(sub, Qt.TextElideMode.ElideRight, text_width))


def _paint_band_image(painter: QPainter, band, left: float, colors: TimelineColors) -> None:
    """A density strip: one column per pixel, opacity by the square root of its count."""
    counts = band.counts.astype(np.float32)
    peak = float(counts.max()) if len(counts) else 0.0
    if peak <= 0:
        return
    level = np.sqrt(counts / peak)
    color = colors.selection
    if band.h > 2 * CARD_HEIGHT:  # a tall band: a histogram of events per pixel column
        rows = 64
        filled = (np.arange(rows)[::-1, None] < level[None, :] * rows)
        rgba = np.zeros((rows, len(level), 4), dtype=np.uint8)
        rgba[filled] = (color.red(), color.green(), color.blue(), 110)
    else:  # a strip: opacity by count
        rgba = np.empty((1, len(level), 4), dtype=np.uint8)
        rgba[..., :3] = (color.red(), color.green(), color.blue())
        rgba[..., 3] = (level * 200).astype(np.uint8)
    rgba = np.ascontiguousarray(rgba)
    image = QImage(rgba.data, rgba.shape[1], rgba.shape[0], 4 * rgba.shape[1],
                   QImage.Format.Format_RGBA8888)
    painter.drawImage(QRectF(left, band.y + 4, rgba.shape[1], band.h - 8), image)


_PILLS: dict[tuple[int, int, int, float], QImage] = {}


def _pill(width: int, height: int, color: QColor, ratio: float) -> QImage:
    """A rounded badge, drawn once per size and colour (antialiased curves are costly)."""
    key = (width, height, color.rgba(), ratio)
    image = _PILLS.get(key)
    if image is None:
        if len(_PILLS) > 256:
            _PILLS.clear()
        image = QImage(int(width * ratio), int(height * ratio),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(QRectF(0, 0, width, height), height / 2, height / 2)
        p.end()
        _PILLS[key] = image
    return image


def _paint_cluster(painter: QPainter, cluster: Cluster, colors: TimelineColors, bold: QFont,
                   hovered: bool) -> None:
    rect = QRectF(cluster.x, cluster.y + 4, cluster.w, cluster.h - 8)
    fill = QColor(colors.selection)
    fill.setAlpha(200 if hovered else 150)
    ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
    painter.drawImage(rect.topLeft(), _pill(int(rect.width()), int(rect.height()), fill, ratio))
    painter.setPen(QColor("#ffffff"))
    painter.setFont(bold)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, count_label(cluster.count))


def _paint_axis(painter: QPainter, scene: TimelineScene, colors: TimelineColors, font: QFont,
                small: QFont) -> None:
    top = scene.lanes_height
    painter.fillRect(QRectF(0, top, scene.width, AXIS_HEIGHT), colors.background)
    painter.setPen(QPen(colors.axis, 1))
    painter.drawLine(QPointF(scene.left, top), QPointF(scene.width, top))
    painter.save()
    painter.setClipRect(QRectF(scene.left, top, scene.width - scene.left, AXIS_HEIGHT))
    metrics = QFontMetricsF(small)
    last_right = -1e9
    for tick in scene.ticks:
        if tick.major:
            continue
        x = scene.left + tick.x
        painter.setPen(QPen(colors.axis, 1))
        painter.drawLine(QPointF(x, top), QPointF(x, top + 5))
        w = metrics.horizontalAdvance(tick.label)
        if x - w / 2 < last_right + 4:
            continue
        painter.setFont(small)
        painter.setPen(colors.text)
        painter.drawText(QRectF(x - w / 2 - 2, top + 6, w + 4, 16), Qt.AlignmentFlag.AlignCenter,
                         tick.label)
        last_right = x + w / 2
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(colors.text)
    for tick in scene.ticks:
        if tick.major:
            x = scene.left + tick.x
            painter.drawText(QRectF(x + 2, top + 24, 260, 18),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tick.label)
    painter.restore()
