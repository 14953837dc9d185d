"""The timeline's model: an index of events, the filtered selection, the time scale, the visible
window, the lanes and the current layout.

Shared by the on-screen view and the image exports, so both show the same thing. No widgets here;
only painting needs Qt (see `timeline_painter`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from core.timeline_index import TimelineIndex
from ui.axis_ticks import Level, Tick, ticks
from ui.time_scale import TimeScale, Viewport
from ui.timeline_layout import (
    LANE_HEADER_WIDTH,
    Card,
    Cluster,
    LaneData,
    Layout,
    fit_view,
    layout,
)

AXIS_HEIGHT = 46


@dataclass
class TimelineScene:
    """Events placed in time; `set_view` and `relayout` recompute what is visible."""

    mode: str = "none"
    compress: bool = True
    width: float = 800.0
    height: float = 500.0
    measure: Callable[[str], float] = lambda s: 7.0 * len(s)
    v_offset: float = 0.0
    index: TimelineIndex = field(default_factory=lambda: TimelineIndex.from_rows([]))

    def __post_init__(self) -> None:
        self.selection = np.arange(len(self.index))
        self.scale = TimeScale([])
        self.units = np.empty(0)
        self.view = Viewport(0, 1, 1)
        self.lanes: list[LaneData] = []
        self.current: Layout | None = None
        self.level: Level | None = None
        self.ticks: list[Tick] = []
        self.set_selection(self.selection)

    # ------------------------------------------------------------------ data
    @property
    def published(self) -> list[str]:
        return self.index.published

    def set_index(self, index: TimelineIndex, selection: np.ndarray | None = None, *,
                  keep_view: bool = False) -> None:
        """New events (after an import); the window fits them unless kept."""
        self.index = index
        self.set_selection(np.arange(len(index)) if selection is None else selection,
                           keep_view=keep_view)

    def set_rows(self, rows: list[dict], published: list[str] | None = None, *,
                 keep_view: bool = False) -> None:
        """Events given as rows (exports of a filtered set, tests)."""
        self.set_index(TimelineIndex.from_rows(rows, published), keep_view=keep_view)

    def set_selection(self, selection: np.ndarray, *, keep_view: bool = False) -> None:
        """Show only these positions of the index (a filter changed)."""
        index = self.index
        self.selection = np.asarray(selection, dtype=np.int64)
        if len(self.selection):
            starts, ends = index.anchor[self.selection], index.t1[self.selection]
        else:  # nothing to show: keep the publication dates in view
            starts = np.array(_published_days(index), dtype=float)
            ends = starts + 1.0
        old_view, old_scale = self.view, self.scale
        self.scale = TimeScale(starts=starts, ends=ends, compress=self.compress)
        self._published_days = np.array(_published_days(index), dtype=float)
        self.units = self.scale.units_of(index.anchor) if len(index) else np.empty(0)
        self._build_lanes()
        if keep_view and old_view.u1 > old_view.u0 and len(self.selection):
            t0, t1 = old_scale.to_days(old_view.u0), old_scale.to_days(old_view.u1)
            self.view = Viewport(self.scale.to_units(t0), self.scale.to_units(t1),
                                 self.time_width)
            self.relayout()
        else:
            self.fit()

    def _build_lanes(self) -> None:
        keys, members = self.index.lanes(self.mode, self.selection)
        self.lanes = [LaneData(key, m, self.units[m]) for key, m in zip(keys, members,
                                                                          strict=True)]

    def set_mode(self, mode: str) -> None:
        """Switch lanes; the window fits again, since the lane headers take width."""
        self.mode = mode
        self.v_offset = 0.0
        self._build_lanes()
        self.fit()

    def set_compress(self, compress: bool) -> None:
        self.compress = compress
        self.set_selection(self.selection)

    # ------------------------------------------------------------------ geometry
    @property
    def left(self) -> float:
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
        if len(self.selection):
            lo = float(self.units[self.selection].min())
            hi = float(self.scale.to_units(float(self.index.t1[self.selection].max())))
        else:
            lo, hi = 0.0, max(self.scale.u_max, 1.0)
        self.view = fit_view(lo, hi, self.time_width)
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
        before = self.v_offset
        self.v_offset = min(max(0.0, self.v_offset + dy), limit)
        if self.v_offset != before:
            self.relayout()

    def relayout(self) -> None:
        self.current = layout(self.index, self.lanes, self.scale, self.view, self.lanes_height,
                              mode=self.mode, measure=self.measure,
                              v_range=(self.v_offset, self.v_offset + self.lanes_height))
        self.level, self.ticks = ticks(self.scale, self.view)
        limit = max(0.0, self.current.content_height - self.lanes_height)
        self.v_offset = min(self.v_offset, limit)

    # ------------------------------------------------------------------ queries
    def published_in_view(self) -> list[tuple[float, str]]:
        """(x, date) of the publication dates inside the window."""
        days = self._published_days
        if not len(days):
            return []
        xs = self.left + (self.scale.units_of(days) - self.view.u0) * self.view.px_per_unit
        keep = np.flatnonzero((xs >= self.left) & (xs <= self.width))
        if len(keep) > 2000:  # marks closer than a pixel: one per pixel column is enough
            keep = keep[np.unique(xs[keep].astype(np.int64), return_index=True)[1]]
        return [(float(xs[i]), self.index.published[i]) for i in keep]

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

    @property
    def event_ids(self) -> list[int]:
        """Rowids of the shown events, in time order."""
        return [int(r) for r in self.index.rowid[self.selection]]

    def step(self, event_id: int | None, delta: int) -> int | None:
        """The shown event `delta` places after `event_id` in time (first or last if None)."""
        if not len(self.selection):
            return None
        ordered = self.index.rowid[self.selection]
        if event_id is None:
            i = 0 if delta > 0 else len(ordered) - 1
        else:
            hits = np.flatnonzero(ordered == event_id)
            i = int(hits[0]) + delta if len(hits) else 0
        return int(ordered[min(max(i, 0), len(ordered) - 1)])

    def contains(self, event_id: int) -> bool:
        return bool(np.any(self.index.rowid[self.selection] == event_id))

    def reveal(self, event_id: int) -> None:
        """Pan so the event is in view (zoom unchanged)."""
        position = self.index.position_of(event_id)
        if position is None:
            return
        u = float(self.units[position])
        span = self.view.u1 - self.view.u0
        if not (self.view.u0 <= u <= self.view.u0 + span * 0.8):
            self.set_view(Viewport(u - span * 0.3, u + span * 0.7, self.time_width))

    def density(self, bins: int) -> np.ndarray:
        """Shown events per bin across the whole scale (for the overview strip)."""
        total = max(self.scale.u_max, 1e-9)
        where = np.clip((self.units[self.selection] / total * bins).astype(np.int64), 0, bins - 1)
        return np.bincount(where, minlength=max(1, bins))


def _published_days(index: TimelineIndex) -> list[float]:
    from ui.time_scale import to_days

    return [d for d in (to_days(p) for p in index.published) if d is not None]
