"""The timeline's model for one set of events: items, time scale, window, lanes, layout.

Shared by the on-screen view and the image exports, so both show the same thing. No widgets here;
only painting needs Qt (see `timeline_painter`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ui.axis_ticks import Level, Tick, ticks
from ui.time_scale import TimeScale, Viewport, to_days
from ui.timeline_layout import (
    Card,
    Cluster,
    Item,
    Layout,
    fit_view,
    intervals,
    lane_order,
    layout,
    prepare,
)

AXIS_HEIGHT = 46


@dataclass
class TimelineScene:
    """Events placed in time; `set_view` and `relayout` recompute what is visible."""

    rows: list[dict] = field(default_factory=list)
    published: list[str] = field(default_factory=list)  # ISO dates of the articles
    mode: str = "none"
    compress: bool = True
    width: float = 800.0
    height: float = 500.0
    measure: Callable[[str], float] = lambda s: 7.0 * len(s)
    v_offset: float = 0.0

    def __post_init__(self) -> None:
        self.items: list[Item] = []
        self.scale = TimeScale([])
        self.view = Viewport(0, 1, 1)
        self.lanes: list[str] = [""]
        self.current: Layout | None = None
        self.level: Level | None = None
        self.ticks: list[Tick] = []
        self.set_rows(self.rows, self.published)

    # ------------------------------------------------------------------ data
    def set_rows(self, rows: list[dict], published: list[str] | None = None, *,
                 keep_view: bool = False) -> None:
        """New events (after a filter or an import); the window fits them unless kept."""
        self.rows = rows
        if published is not None:
            self.published = published
        self.items = prepare(rows)
        spans = intervals(self.items)
        spans += [(d, d + 1) for d in (to_days(p) for p in self.published) if d is not None
                  ] if not spans else []
        old_view = self.view
        old_scale = self.scale
        self.scale = TimeScale(spans, compress=self.compress)
        self.lanes = lane_order(self.items, self.mode)
        if keep_view and old_view.u1 > old_view.u0:
            t0 = old_scale.to_days(old_view.u0)
            t1 = old_scale.to_days(old_view.u1)
            self.view = Viewport(self.scale.to_units(t0), self.scale.to_units(t1),
                                 self.time_width)
        else:
            self.view = fit_view(self.items, self.scale, self.time_width)
        self.relayout()

    def set_mode(self, mode: str) -> None:
        """Switch lanes; the window fits again, since the lane headers take width."""
        self.mode = mode
        self.lanes = lane_order(self.items, mode)
        self.v_offset = 0.0
        self.fit()

    def set_compress(self, compress: bool) -> None:
        self.compress = compress
        self.set_rows(self.rows, keep_view=False)

    # ------------------------------------------------------------------ geometry
    @property
    def left(self) -> float:
        from ui.timeline_layout import LANE_HEADER_WIDTH

        return LANE_HEADER_WIDTH if self.mode != "none" else 0.0

    @property
    def time_width(self) -> float:
        return max(10.0, self.width - self.left)

    @property
    def lanes_height(self) -> float:
        return max(10.0, self.height - AXIS_HEIGHT)

    def resize(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        span = self.view.u1 - self.view.u0
        self.view = Viewport(self.view.u0, self.view.u0 + span, self.time_width)
        self.relayout()

    def set_view(self, view: Viewport) -> None:
        self.view = Viewport(view.u0, view.u1, self.time_width)
        self.relayout()

    def fit(self) -> None:
        self.view = fit_view(self.items, self.scale, self.time_width)
        self.relayout()

    def zoom(self, factor: float, x: float | None = None) -> None:
        """Zoom by `factor` (>1 in) about the pixel x of the time area (default: centre)."""
        anchor = (self.time_width / 2) if x is None else x - self.left
        total = max(self.scale.u_max, 1.0)
        self.view = self.view.zoomed(factor, anchor, min_units=1 / 12, max_units=total * 4)
        self.relayout()

    def pan(self, dx: float) -> None:
        self.view = self.view.panned(dx)
        self.relayout()

    def scroll_lanes(self, dy: float) -> None:
        if self.current is None:
            return
        limit = max(0.0, self.current.content_height - self.lanes_height)
        self.v_offset = min(max(0.0, self.v_offset + dy), limit)

    def relayout(self) -> None:
        self.current = layout(self.items, self.scale, self.view, self.lanes_height,
                              mode=self.mode, measure=self.measure, lanes=self.lanes)
        self.level, self.ticks = ticks(self.scale, self.view)
        if self.current is not None:
            limit = max(0.0, self.current.content_height - self.lanes_height)
            self.v_offset = min(self.v_offset, limit)

    # ------------------------------------------------------------------ queries
    def x_of_days(self, days: float) -> float:
        return self.left + self.view.x(self.scale.to_units(days))

    def hit(self, x: float, y: float) -> Card | Cluster | None:
        """The card or cluster under a point of the view (y in view coordinates)."""
        if self.current is None:
            return None
        y += self.v_offset
        for card in reversed(self.current.cards):
            if card.x <= x <= card.x + card.w and card.y <= y <= card.y + card.h:
                return card
        for cluster in self.current.clusters:
            if cluster.x <= x <= cluster.x + cluster.w and cluster.y <= y <= cluster.y + cluster.h:
                return cluster
        return None

    def zoom_to(self, u0: float, u1: float) -> None:
        span = max(u1 - u0, 1.0)
        pad = span * 0.25
        self.set_view(Viewport(u0 - pad, u1 + pad + span * 0.5, self.time_width))

    def index_of(self, event_id: str) -> int | None:
        for i, item in enumerate(self.items):
            if item.event_id == event_id:
                return i
        return None

    def reveal(self, event_id: str) -> None:
        """Pan so the event is in view (zoom unchanged)."""
        i = self.index_of(event_id)
        if i is None:
            return
        u = self.scale.to_units(self.items[i].anchor)
        if not (self.view.u0 <= u <= self.view.u0 + (self.view.u1 - self.view.u0) * 0.8):
            span = self.view.u1 - self.view.u0
            self.set_view(Viewport(u - span * 0.3, u + span * 0.7, self.time_width))

    def density(self, bins: int) -> list[int]:
        """Events per bin across the whole scale (for the overview strip)."""
        counts = [0] * max(1, bins)
        total = max(self.scale.u_max, 1e-9)
        for item in self.items:
            b = int(self.scale.to_units(item.anchor) / total * bins)
            counts[min(max(b, 0), bins - 1)] += 1
        return counts
