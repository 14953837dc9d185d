"""Where each event goes on the timeline: a pure function of the events, the visible window, the
size and a text-measuring function. Painting only draws the result, and tests check the rules
(cards never overlap; a month-long event spans its month; dense stretches become clusters).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from core.models import When
from core.time_model import describe
from ui.time_scale import TimeScale, Viewport, to_days

ROW_HEIGHT = 40
CARD_HEIGHT = 34
CARD_MAX_WIDTH = 300
CARD_MIN_WIDTH = 70
CARD_GAP = 6
LANE_HEADER_WIDTH = 150
LANE_PADDING = 6
MAX_CARDS = 400  # beyond this many cards in view, draw clusters instead
CLUSTER_BIN_PX = 56
LANE_MODES = ("none", "actor", "location", "article")
OTHER_LANE = "(none)"


@dataclass
class Item:
    """One event as the timeline needs it."""

    index: int  # position in the event list given to `prepare`
    event_id: str
    t0: float | None  # first day (None: unknown start, "on or before t1")
    t1: float  # exclusive end, in days
    title: str
    date_text: str
    type: str
    status: str
    granularity: str
    actors: list[str]
    locations: list[str]
    article: str
    sources: int = 1

    @property
    def anchor(self) -> float:
        return self.t0 if self.t0 is not None else self.t1 - 1

    def lane_keys(self, mode: str) -> list[str]:
        if mode == "actor":
            return self.actors or [OTHER_LANE]
        if mode == "location":
            return self.locations or [OTHER_LANE]
        if mode == "article":
            return [self.article]
        return [""]


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
    items: list[Item] = field(default_factory=list)


@dataclass
class Lane:
    key: str
    y0: float
    y1: float
    count: int


@dataclass
class Layout:
    cards: list[Card]
    clusters: list[Cluster]
    lanes: list[Lane]
    content_height: float
    left: float  # x where the time area starts (after lane headers)
    density: bool = False  # True when clusters replace cards for lack of room


def prepare(rows: list[dict]) -> list[Item]:
    """Timeline items from stored event rows, in time order."""
    items = []
    for index, row in enumerate(rows):
        end = to_days(row["end"]) if row["end"] else None
        start = to_days(row["start"]) if row["start"] else None
        if end is None and start is None:
            continue
        if end is None:
            end = start
        granularity = row["granularity"]
        t1 = end + (1.0 if granularity not in {"hour", "minute"} else 1 / 24)
        when = When(row["start"], row["end"], granularity, row.get("time_text"), row["anchor"])
        items.append(Item(
            index=index, event_id=row["id"], t0=start, t1=t1, title=row["title"],
            date_text=describe(when), type=row["type"], status=row.get("status", "happened"),
            granularity=granularity,
            actors=[a["name"] for a in row.get("actors", [])],
            locations=[loc["name"] for loc in row.get("locations", [])],
            article=row.get("article_title") or "", sources=row.get("sources", 1),
        ))
    items.sort(key=lambda it: (it.anchor, it.index))
    return items


def intervals(items: list[Item]) -> list[tuple[float, float]]:
    """What each item occupies on the time axis (unknown starts occupy their end day)."""
    return [(it.t0 if it.t0 is not None else it.t1 - 1, it.t1) for it in items]


def lane_order(items: list[Item], mode: str, limit: int = 50) -> list[str]:
    """Lanes by number of events, the most frequent first; the rest folded into OTHER_LANE."""
    if mode == "none":
        return [""]
    counts = Counter(key for it in items for key in it.lane_keys(mode))
    ordered = [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    if OTHER_LANE in ordered:
        ordered.remove(OTHER_LANE)
        ordered.append(OTHER_LANE)
    return ordered[:limit]


def layout(items: list[Item], scale: TimeScale, view: Viewport, height: float, *,
           mode: str = "none", measure: Callable[[str], float] = lambda s: 7.0 * len(s),
           lanes: list[str] | None = None, top: float = 8.0, max_cards: int = MAX_CARDS
           ) -> Layout:
    """Place cards (or clusters) for the items visible in `view`.

    `height` is the room for lanes; `view.width` the time area's width. Cards never overlap:
    each goes into the first row of its lane where it fits, and what finds no row joins a
    cluster that shows its count.
    """
    left = LANE_HEADER_WIDTH if mode != "none" else 0.0
    lane_keys = lanes if lanes is not None else lane_order(items, mode)
    lane_index = {key: i for i, key in enumerate(lane_keys)}
    anchors = [scale.to_units(it.anchor) for it in items]
    # Visible items: anchor within the window, widened by a card's width on the left.
    lo_u = view.u(-CARD_MAX_WIDTH)
    hi_u = view.u(view.width)
    lo = bisect.bisect_left(anchors, lo_u)
    hi = bisect.bisect_right(anchors, hi_u)
    visible = list(range(lo, hi))
    # Items whose band starts before the window but reaches into it.
    for i in range(max(0, lo - 200), lo):
        if scale.to_units(items[i].t1) >= view.u0:
            visible.insert(0, i)
    per_lane: dict[int, list[int]] = {}
    for i in visible:
        for key in items[i].lane_keys(mode) if mode != "none" else [""]:
            lane = lane_index.get(key, lane_index.get(OTHER_LANE))
            if lane is not None:
                per_lane.setdefault(lane, []).append(i)
    total_visible = sum(len(v) for v in per_lane.values())
    density = total_visible > max_cards
    if mode == "none":
        max_rows = max(1, int((height - top) // ROW_HEIGHT))
    else:
        max_rows = 3
    cards: list[Card] = []
    clusters: list[Cluster] = []
    lane_boxes: list[Lane] = []
    y = top
    for lane, key in enumerate(lane_keys):
        members = per_lane.get(lane, [])
        rows_end: list[float] = []
        lane_cards: list[Card] = []
        overflow: list[tuple[float, Item, float]] = []
        for i in members:
            item = items[i]
            x = view.x(anchors[i])
            if density:
                overflow.append((x, item, anchors[i]))
                continue
            width = min(CARD_MAX_WIDTH, max(CARD_MIN_WIDTH, measure(item.title) + 16,
                                            measure(item.date_text) * 0.85 + 16))
            band = None
            if item.t0 is not None and item.granularity not in {"day", "hour", "minute"}:
                band = (view.x(scale.to_units(item.t0)), view.x(scale.to_units(item.t1)))
            card_x = x
            placed = False
            for row, end in enumerate(rows_end):
                if card_x >= end + CARD_GAP:
                    rows_end[row] = card_x + width
                    lane_cards.append(Card(item, card_x, row, width, CARD_HEIGHT,
                                           *(band or (None, None)), lane=lane))
                    placed = True
                    break
            if not placed and len(rows_end) < max_rows:
                rows_end.append(card_x + width)
                lane_cards.append(Card(item, card_x, len(rows_end) - 1, width, CARD_HEIGHT,
                                       *(band or (None, None)), lane=lane))
                placed = True
            if not placed:
                overflow.append((x, item, anchors[i]))
        rows = max(1, len(rows_end)) + (1 if overflow and not density else 0)
        if density:
            rows = 1
        lane_height = rows * ROW_HEIGHT + (2 * LANE_PADDING if mode != "none" else 0)
        y0 = y
        inner = y + (LANE_PADDING if mode != "none" else 0)
        for card in lane_cards:
            card.x += left
            card.y = inner + card.y * ROW_HEIGHT
            if card.band_x0 is not None:
                card.band_x0 += left
                card.band_x1 += left
        cards.extend(lane_cards)
        cluster_row_y = inner + (rows - 1) * ROW_HEIGHT
        clusters.extend(_clusters(overflow, cluster_row_y, lane, left, view))
        y += lane_height
        lane_boxes.append(Lane(key, y0, y, len(members)))
    return Layout(cards, clusters, lane_boxes, y + top, left, density)


def _clusters(overflow: list[tuple[float, Item, float]], y: float, lane: int, left: float,
              view: Viewport) -> list[Cluster]:
    """Group the items that found no row into count badges, one per bin of pixels."""
    out: list[Cluster] = []
    for x, item, u in sorted(overflow, key=lambda o: o[0]):
        if out and x - out[-1].x - left < CLUSTER_BIN_PX:
            cluster = out[-1]
            cluster.count += 1
            cluster.u1 = max(cluster.u1, u)
            cluster.items.append(item)
            continue
        out.append(Cluster(left + x, y, 0, CARD_HEIGHT, 1, u, u, lane, [item]))
    for cluster in out:
        cluster.w = max(40.0, 14 + 8 * len(str(cluster.count)))
    return out


def fit_view(items: list[Item], scale: TimeScale, width: float) -> Viewport:
    """The window that shows every item, with room for the cards to the right."""
    if not items:
        return Viewport(0.0, max(scale.u_max, 1.0), width)
    u0 = scale.to_units(min(it.anchor for it in items))
    u1 = scale.to_units(max(it.t1 for it in items))
    span = max(u1 - u0, 2.0)
    # Leave a card's width to the right of the last event.
    fraction = min(0.45, CARD_MAX_WIDTH / max(width, 1.0))
    total = span / (1 - fraction)
    pad = span * 0.03
    return Viewport(u0 - pad, u0 - pad + total + pad, width)
