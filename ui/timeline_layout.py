"""Where each event goes on the timeline: a pure function of the events, the visible window, the
size and a text-measuring function. Painting only draws the result, and tests check the rules
(cards never overlap; a month-long event spans its month; dense stretches become clusters).

Events come as positions into a `TimelineIndex`, with their anchors already in axis units, so the
cost of a frame follows what is visible, not how many events there are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from core.timeline_index import OTHER_LANE, TimelineIndex
from ui.time_scale import TimeScale, Viewport

ROW_HEIGHT = 40
CARD_HEIGHT = 34
CARD_MAX_WIDTH = 300
CARD_MIN_WIDTH = 70
CARD_GAP = 6
LANE_HEADER_WIDTH = 150
LANE_PADDING = 6
LANE_ROWS = 3
MAX_CARDS = 400  # beyond this many events in view, draw clusters instead of cards
CLUSTER_BIN_PX = 56
__all__ = ["OTHER_LANE"]


@dataclass
class Item:
    """One event as a card needs it."""

    position: int  # in the index
    event_id: int  # the event's rowid
    t0: float | None  # first day (None: unknown start, "on or before t1")
    t1: float  # exclusive end, in days
    title: str
    date_text: str
    type: str
    status: str
    granularity: str
    actors: list[str]
    sources: int = 1

    @property
    def anchor(self) -> float:
        return self.t0 if self.t0 is not None else self.t1 - 1


@dataclass
class Card:
    item: Item
    x: float
    y: float
    w: float
    h: float
    band_x0: float | None = None  # an interval drawn under the card (month, week, ...)
    band_x1: float | None = None
    lane: int = 0


@dataclass
class Cluster:
    x: float
    y: float
    w: float
    h: float
    count: int
    u0: float
    u1: float
    lane: int = 0


@dataclass
class Lane:
    key: str
    y0: float
    y1: float
    count: int


@dataclass
class Band:
    """Events per pixel column of one lane, drawn as a density strip behind its clusters."""

    y: float
    h: float
    counts: np.ndarray  # one value per pixel column of the time area


@dataclass
class Layout:
    cards: list[Card]
    clusters: list[Cluster]
    lanes: list[Lane]
    content_height: float
    left: float  # x where the time area starts (after lane headers)
    density: bool = False  # True when clusters replace cards for lack of room
    visible: int = 0
    bands: list[Band] = field(default_factory=list)


@dataclass
class LaneData:
    """The events of one lane: positions in time order and their anchors in units."""

    key: str
    members: np.ndarray
    units: np.ndarray
    coarse_start: np.ndarray = field(default_factory=lambda: np.empty(0))  # for long bands


def items_for(index: TimelineIndex, positions: list[int]) -> list[Item]:
    """Cards' content for these positions (words fetched through the index)."""
    rows = {int(r["rowid"]): r for r in index.rows(positions)}
    out = []
    for p in positions:
        row = rows.get(int(index.rowid[p]))
        if row is None:
            continue
        t0 = float(index.t0[p])
        out.append(Item(
            position=int(p), event_id=int(index.rowid[p]), t0=None if np.isnan(t0) else t0,
            t1=float(index.t1[p]), title=row["title"], date_text=index.date_text(row),
            type=row["type"], status=row.get("status", "happened"),
            granularity=row["granularity"], actors=[a["name"] for a in row.get("actors", [])],
            sources=int(index.sources[p]),
        ))
    return out


def layout(index: TimelineIndex, lanes: list[LaneData], scale: TimeScale, view: Viewport,
           height: float, *, mode: str = "none",
           measure: Callable[[str], float] = lambda s: 7.0 * len(s), top: float = 8.0,
           max_cards: int = MAX_CARDS, v_range: tuple[float, float] | None = None) -> Layout:
    """Place cards (or clusters) for the events of each lane visible in `view`.

    `height` is the room for lanes; `view.width` the time area's width. Cards never overlap:
    each goes into the first row of its lane where it fits, and what finds no row joins a
    cluster that shows its count.
    """
    left = LANE_HEADER_WIDTH if mode != "none" else 0.0
    lo_u, hi_u = view.u(-CARD_MAX_WIDTH), view.u(view.width)
    windows = []
    for lane in lanes:
        lo = int(np.searchsorted(lane.units, lo_u, side="left"))
        hi = int(np.searchsorted(lane.units, hi_u, side="right"))
        windows.append((lo, hi))
    visible = sum(hi - lo for lo, hi in windows)
    density = visible > max_cards
    max_rows = max(1, int((height - top) // ROW_HEIGHT)) if mode == "none" else LANE_ROWS
    wanted: list[int] = []
    reaching: list[np.ndarray] = []
    for lane, (lo, _hi) in zip(lanes, windows, strict=True):
        # Earlier events whose band (a month, a year) reaches into the window.
        before = lane.members[max(0, lo - 40):lo]
        reaching.append(before[scale.units_of(index.t1[before]) > view.u0] if len(before)
                        else before)
    if not density:
        for lane, (lo, hi), early in zip(lanes, windows, reaching, strict=True):
            wanted.extend(int(p) for p in early)
            wanted.extend(int(p) for p in lane.members[lo:hi])
    items = {it.position: it for it in items_for(index, sorted(set(wanted)))} if wanted else {}
    cards: list[Card] = []
    clusters: list[Cluster] = []
    bands: list[Band] = []
    boxes: list[Lane] = []
    y = top
    for lane_no, (lane, (lo, hi)) in enumerate(zip(lanes, windows, strict=True)):
        inner = y + (LANE_PADDING if mode != "none" else 0)
        lane_cards: list[Card] = []
        overflow_u: list[float] | np.ndarray = []
        rows_end: list[float] = []
        if density:
            overflow_u = lane.units[lo:hi]
        else:
            early = {int(p) for p in reaching[lane_no]}
            for k in range(max(0, lo - 40), hi):
                position = int(lane.members[k])
                if k < lo and position not in early:
                    continue
                item = items.get(position)
                if item is None:
                    continue
                x = view.x(float(lane.units[k]))
                band = None
                if item.t0 is not None and item.granularity not in {"day", "hour", "minute"}:
                    band = (view.x(scale.to_units(item.t0)), view.x(scale.to_units(item.t1)))
                width = min(CARD_MAX_WIDTH, max(CARD_MIN_WIDTH, measure(item.title) + 16,
                                                measure(item.date_text) * 0.85 + 16))
                row = next((r for r, end in enumerate(rows_end) if x >= end + CARD_GAP), None)
                if row is None and len(rows_end) < max_rows:
                    rows_end.append(x + width)
                    row = len(rows_end) - 1
                elif row is not None:
                    rows_end[row] = x + width
                if row is None:
                    overflow_u.append(float(lane.units[k]))
                    continue
                lane_cards.append(Card(item, left + x, inner + row * ROW_HEIGHT, width,
                                       CARD_HEIGHT, *(
                                           (left + band[0], left + band[1]) if band else
                                           (None, None)), lane=lane_no))
        rows = 1 if density else max(1, len(rows_end)) + (1 if overflow_u else 0)
        lane_height = rows * ROW_HEIGHT + (2 * LANE_PADDING if mode != "none" else 0)
        cards.extend(lane_cards)
        in_sight = v_range is None or (y < v_range[1] and y + lane_height > v_range[0])
        if in_sight:  # lanes scrolled out of sight need their height only
            row_y = inner + (rows - 1) * ROW_HEIGHT
            bin_px = CLUSTER_BIN_PX * (2 if density and mode != "none" else 1)
            clusters.extend(_clusters(np.asarray(overflow_u), row_y, lane_no, left, view, bin_px))
            if density and len(overflow_u):
                counts = column_counts(np.asarray(overflow_u), view)
                if mode == "none":  # one lane: the whole height becomes a histogram
                    bands.append(Band(row_y + ROW_HEIGHT, max(ROW_HEIGHT,
                                      height - row_y - ROW_HEIGHT - top), counts))
                else:
                    bands.append(Band(row_y, CARD_HEIGHT, counts))
        boxes.append(Lane(lane.key, y, y + lane_height, len(lane.members)))
        y += lane_height
    return Layout(cards, clusters, boxes, y + top, left, density, visible, bands)


def _clusters(units: np.ndarray, y: float, lane: int, left: float, view: Viewport,
              bin_px: float = CLUSTER_BIN_PX) -> list[Cluster]:
    """Group the events that got no card into count badges, one per bin of pixels. `units` are
    in time order, so bins are found by bisection: the cost follows the bins, not the events."""
    if len(units) == 0:
        return []
    px = view.px_per_unit
    first = int(np.floor((units[0] - view.u0) * px / bin_px))
    last = int(np.floor((units[-1] - view.u0) * px / bin_px))
    ks = np.arange(first, last + 2)
    positions = np.searchsorted(units, view.u0 + ks * bin_px / px, side="left")
    positions[0], positions[-1] = 0, len(units)
    out = []
    for k, start, end in zip(ks[:-1].tolist(), positions[:-1].tolist(), positions[1:].tolist(),
                             strict=True):
        count = end - start
        if not count:
            continue
        x0 = max((float(units[start]) - view.u0) * px, -bin_px)  # a badge starts at its first
        width = max(40.0, 14 + 8 * len(count_label(count)))
        out.append(Cluster(left + x0, y, width, CARD_HEIGHT, count, view.u(k * bin_px),
                           view.u((k + 1) * bin_px), lane))
    return out


def column_counts(units: np.ndarray, view: Viewport) -> np.ndarray:
    """Events per pixel column of the window (units in time order)."""
    edges = view.u0 + np.arange(int(view.width) + 1) / view.px_per_unit
    return np.diff(np.searchsorted(units, edges, side="left"))


def count_label(count: int) -> str:
    """A cluster's count as a badge shows it: "+7", "+850", "+12k", "+1.2M"."""
    if count >= 1_000_000:
        return f"+{count / 1_000_000:.1f}M"
    if count >= 10_000:
        return f"+{count // 1000}k"
    return f"+{count}"


MIN_FIT_DAYS = 14.0  # events on one day are shown among their neighbouring days, not hours


def fit_view(units_lo: float, units_hi: float, width: float) -> Viewport:
    """The window that shows every event, with room for a card to the right of the last."""
    span = units_hi - units_lo
    fraction = min(0.45, CARD_MAX_WIDTH / max(width, 1.0))
    if span < MIN_FIT_DAYS:
        total = MIN_FIT_DAYS / (1 - fraction)
        left = units_lo - (total * (1 - fraction) - span) / 2
        return Viewport(left, left + total, width)
    total = span / (1 - fraction)
    pad = span * 0.03
    return Viewport(units_lo - pad, units_lo - pad + total + pad, width)
