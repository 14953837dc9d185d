"""The timeline widget and its overview strip.

The wheel zooms at the cursor (Shift+wheel scrolls lanes), dragging pans, a click selects a card or
opens a cluster; arrows step between events, +/- zoom, F fits. The overview under it shows where
all events lie and the visible window, which can be dragged.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ui.theme import TimelineColors
from ui.time_scale import Viewport
from ui.timeline_layout import Card, Cluster
from ui.timeline_painter import PaintState, paint_scene
from ui.timeline_scene import TimelineScene

ZOOM_STEP = 1.25


class TimelineView(QWidget):
    """Custom-painted timeline: draws only what the layout placed in view."""

    eventSelected = Signal(int)  # event rowid (-1 when cleared)
    viewChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Timeline")
        self.setAccessibleDescription("Events in time. Arrows step between events, + and - zoom, "
                                      "F shows all.")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(400, 220)
        self.scene = TimelineScene(measure=QFontMetricsF(self.font()).horizontalAdvance)
        self.state = PaintState()
        self._drag_origin: QPointF | None = None
        self._dragged = False

    # ------------------------------------------------------------------ data
    def set_index(self, index, selection, *, keep_view: bool = False) -> None:
        """Show these positions of an event index (after an import)."""
        self.scene.set_index(index, selection, keep_view=keep_view)
        self._forget_hidden_selection()
        self._changed()

    def set_selection(self, selection, *, keep_view: bool = False) -> None:
        """Show these positions (after a filter change)."""
        self.scene.set_selection(selection, keep_view=keep_view)
        self._forget_hidden_selection()
        self._changed()

    def _forget_hidden_selection(self) -> None:
        if self.state.selected is not None and not self.scene.contains(self.state.selected):
            self.state.selected = None

    def set_mode(self, mode: str) -> None:
        self.scene.set_mode(mode)
        self._changed()

    def set_compress(self, on: bool) -> None:
        self.scene.set_compress(on)
        self._changed()

    def fit(self) -> None:
        self.scene.fit()
        self._changed()

    def zoom(self, factor: float, x: float | None = None) -> None:
        self.scene.zoom(factor, x)
        self._changed()

    def set_view(self, view: Viewport) -> None:
        self.scene.set_view(view)
        self._changed()

    def select(self, event_id: int | None, *, reveal: bool = True) -> None:
        self.state.selected = event_id
        if event_id is not None and reveal:
            self.scene.reveal(event_id)
            self.viewChanged.emit()
        self.update()
        self.eventSelected.emit(-1 if event_id is None else int(event_id))

    def _changed(self) -> None:
        self.update()
        self.viewChanged.emit()

    # ------------------------------------------------------------------ painting
    def resizeEvent(self, event: QResizeEvent) -> None:
        self.scene.resize(event.size().width(), event.size().height())
        self.viewChanged.emit()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_scene(painter, self.scene, TimelineColors.from_palette(self.palette()), self.state,
                    self.font())
        painter.end()

    # ------------------------------------------------------------------ input
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or abs(delta.x()) > abs(delta.y()):
            steps = (delta.y() or delta.x()) / 120
            self.scene.scroll_lanes(-steps * 40)
            self.update()
        else:
            steps = delta.y() / 120
            if steps:
                self.zoom(ZOOM_STEP ** steps, event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_origin = event.position()
            self._dragged = False
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_origin is not None:
            delta = event.position() - self._drag_origin
            if self._dragged or abs(delta.x()) + abs(delta.y()) > 3:
                self._dragged = True
                self.scene.pan(delta.x())
                self.scene.scroll_lanes(-delta.y())
                self._drag_origin = event.position()
                self._changed()
            return
        hit = self.scene.hit(event.position().x(), event.position().y())
        hovered = hit.item.event_id if isinstance(hit, Card) else None
        cluster = (self.scene.current.clusters.index(hit)
                   if isinstance(hit, Cluster) and self.scene.current else None)
        if hovered != self.state.hovered or cluster != self.state.hovered_cluster:
            self.state.hovered = hovered
            self.state.hovered_cluster = cluster
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
            self.update()
        if isinstance(hit, Card):
            item = hit.item
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"<b>{_escape(item.title)}</b><br>{item.date_text}"
                              + (f"<br>{_escape(', '.join(item.actors))}" if item.actors else ""),
                              self)
        elif isinstance(hit, Cluster):
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"{hit.count} events: click to zoom in", self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setCursor(Qt.CursorShape.ArrowCursor)
            if not self._dragged:
                self._click(event.position())
            self._drag_origin = None
            self._dragged = False
        super().mouseReleaseEvent(event)

    def _click(self, pos: QPointF) -> None:
        hit = self.scene.hit(pos.x(), pos.y())
        if isinstance(hit, Card):
            self.select(hit.item.event_id, reveal=False)
        elif isinstance(hit, Cluster):
            self.scene.zoom_to(hit.u0, hit.u1)
            self._changed()
        else:
            self.select(None)

    def leaveEvent(self, event) -> None:
        self.state.hovered = None
        self.state.hovered_cluster = None
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.step(-1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_F:
            self.fit()
        elif key == Qt.Key.Key_Home:
            self.select(self.scene.step(None, 1))
        elif key == Qt.Key.Key_End:
            self.select(self.scene.step(None, -1))
        elif key == Qt.Key.Key_Escape:
            self.select(None)
        else:
            super().keyPressEvent(event)

    def step(self, delta: int) -> None:
        """Select the next (or previous) shown event in time order."""
        target = self.scene.step(self.state.selected, delta)
        if target is not None:
            self.select(target)


class OverviewStrip(QWidget):
    """All events' density along the whole timeline, and the visible window (draggable)."""

    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setAccessibleName("Overview of the whole timeline")
        self.setFixedHeight(44)
        self.setMouseTracking(False)
        view.viewChanged.connect(self.update)
        self._bins = None
        self._bins_for: tuple[int, int, int] | None = None

    def _density(self, bins: int):
        scene = self.view.scene
        key = (id(scene.selection), id(scene.scale), bins)
        if self._bins_for != key:
            self._bins = scene.density(bins)
            self._bins_for = key
        return self._bins

    def paintEvent(self, event: QPaintEvent) -> None:
        scene = self.view.scene
        colors = TimelineColors.from_palette(self.palette())
        painter = QPainter(self)
        painter.fillRect(self.rect(), colors.lane_alt)
        width, height = self.width(), self.height()
        left = scene.left
        usable = max(1.0, width - left)
        bins = max(1, int(usable // 3))
        counts = self._density(bins)
        peak = int(counts.max()) if len(counts) else 0
        bar = QColor(colors.selection)
        bar.setAlpha(170)
        if peak:
            for i in range(len(counts)):
                count = int(counts[i])
                if count:
                    h = max(2.0, (height - 8) * (count / peak) ** 0.5)
                    painter.fillRect(QRectF(left + i * usable / bins, height - 4 - h,
                                            max(1.0, usable / bins - 0.5), h), bar)
        total = max(scene.scale.u_max, 1e-9)
        for gap in scene.scale.gaps:
            x0 = left + gap.u0 / total * usable
            x1 = left + gap.u1 / total * usable
            painter.fillRect(QRectF(x0, 0, x1 - x0, height), colors.gap)
        x0 = left + max(0.0, scene.view.u0) / total * usable
        x1 = left + min(total, scene.view.u1) / total * usable
        window = QRectF(x0, 1, max(4.0, x1 - x0), height - 2)
        fill = QColor(colors.selection)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.setPen(QPen(colors.selection, 1.5))
        painter.drawRect(window)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._center_at(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._center_at(event.position().x())

    def _center_at(self, x: float) -> None:
        scene = self.view.scene
        usable = max(1.0, self.width() - scene.left)
        u = (x - scene.left) / usable * max(scene.scale.u_max, 1e-9)
        span = scene.view.u1 - scene.view.u0
        self.view.set_view(Viewport(u - span / 2, u + span / 2, scene.time_width))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
