"""Timeline layout rules, tested without painting: scale, ticks, cards, bands, clusters."""

from __future__ import annotations

from datetime import date

import numpy as np

from core.store import EventFilter
from core.timeline_index import TimelineIndex
from ui.axis_ticks import choose_level, ticks
from ui.time_scale import TimeScale, Viewport, to_days
from ui.timeline_layout import CARD_HEIGHT
from ui.timeline_scene import TimelineScene


def row(i, start, end=None, granularity="day", title=None, actors=("Russia",), kind="meeting"):
    return {"id": f"e{i}", "title": title or f"Event {i}", "start": start, "end": end or start,
            "granularity": granularity, "time_text": None, "anchor": "explicit", "type": kind,
            "status": "happened", "actors": [{"name": a} for a in actors],
            "locations": [], "article_title": "A"}


def scene_of(rows, width=1000, height=600, mode="none", compress=True):
    scene = TimelineScene(width=width, height=height, mode=mode, compress=compress)
    scene.set_rows(rows, [])
    return scene


def overlapping(cards):
    for i, a in enumerate(cards):
        for b in cards[i + 1:]:
            if a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h:
                return a, b
    return None


def test_gap_compression_keeps_both_ends_readable():
    july = (to_days("2025-07-01"), to_days("2025-08-01"))
    december = (to_days("2025-12-19"), to_days("2025-12-22"))
    compressed = TimeScale([july, december])
    plain = TimeScale([july, december], compress=False)
    assert len(compressed.gaps) == 1 and 120 < compressed.gaps[0].days < 140
    assert compressed.u_max < plain.u_max * 0.5
    for t in (july[0], july[1], december[0]):  # the map is invertible
        assert abs(compressed.to_days(compressed.to_units(t)) - t) < 1e-6
    assert not plain.gaps
    days = np.array([july[0], december[0], july[0] - 400, december[1] + 400])
    assert np.allclose(compressed.units_of(days), [compressed.to_units(d) for d in days])


def test_tick_levels_adapt_from_decades_to_hours():
    assert choose_level(0.01).name in {"decade", "50 years", "century"}
    assert choose_level(0.2).name == "year"
    assert choose_level(2).name == "month"
    assert choose_level(40).name == "day"
    assert choose_level(2000).name == "hour"


def test_ticks_have_two_rows_and_skip_gaps():
    scale = TimeScale([(to_days("2025-07-01"), to_days("2025-08-01")),
                       (to_days("2025-12-19"), to_days("2025-12-22"))])
    view = Viewport(0, scale.u_max, 1200)
    _level, found = ticks(scale, view)
    majors = [t.label for t in found if t.major]
    assert "July 2025" in majors and "December 2025" in majors
    minors = [t for t in found if not t.major]
    assert minors and all(not scale.in_gap(view.u(t.x)) for t in minors)


def test_cards_never_overlap_on_one_day():
    scene = scene_of([row(i, "2025-12-21") for i in range(12)])
    result = scene.current
    assert len(result.cards) + sum(c.count for c in result.clusters) == 12
    assert overlapping(result.cards) is None
    assert len({c.y for c in result.cards}) == len(result.cards)  # stacked


def test_what_does_not_fit_becomes_a_cluster_with_a_count():
    scene = scene_of([row(i, "2025-12-21") for i in range(30)], height=5 * 40 + 46)
    result = scene.current
    assert result.clusters
    assert len(result.cards) + sum(c.count for c in result.clusters) == 30
    assert overlapping(result.cards) is None


def test_density_mode_above_the_card_budget():
    rows = [row(i, date.fromordinal(739000 + i % 300).isoformat()) for i in range(3000)]
    result = scene_of(rows, width=1200).current
    assert result.density and not result.cards
    assert sum(c.count for c in result.clusters) == 3000


def test_clicking_a_cluster_zooms_until_cards_appear():
    rows = [row(i, date.fromordinal(739000 + i % 300).isoformat()) for i in range(3000)]
    scene = scene_of(rows, width=1200)
    for _ in range(8):
        if scene.current.cards:
            break
        biggest = max(scene.current.clusters, key=lambda c: c.count)
        scene.zoom_to(biggest.u0, biggest.u1)
    assert scene.current.cards and overlapping(scene.current.cards) is None


def test_month_event_is_a_band_over_its_month():
    scene = scene_of([row(1, "2025-07-01", "2025-07-31", "month"), row(2, "2025-12-20")],
                     width=1400, compress=False)
    card = next(c for c in scene.current.cards if c.item.title == "Event 1")
    view, scale = scene.view, scene.scale
    x_july1 = view.x(scale.to_units(to_days("2025-07-01")))
    x_aug1 = view.x(scale.to_units(to_days("2025-08-01")))
    assert abs(card.band_x0 - x_july1) < 0.5 and abs(card.band_x1 - x_aug1) < 0.5
    assert card.h == CARD_HEIGHT


def test_unknown_start_sits_on_its_latest_day():
    scene = scene_of([row(1, "", "2025-12-21", "unknown")])
    card = scene.current.cards[0]
    assert card.item.t0 is None and card.item.anchor == to_days("2025-12-21")
    assert card.item.date_text == "on or before 21 Dec 2025"


def test_lanes_by_actor_give_one_lane_per_actor():
    scene = scene_of([row(1, "2025-12-20", actors=("Russia", "Ukraine")),
                      row(2, "2025-12-21", actors=("Ukraine",)), row(3, "2025-12-21", actors=())],
                     mode="actor")
    result = scene.current
    assert [lane.key for lane in result.lanes] == ["Ukraine", "Russia", "(none)"]
    assert [lane.count for lane in result.lanes] == [2, 1, 1]
    assert all(c.x >= result.left for c in result.cards)


def test_index_filters_and_facets():
    index = TimelineIndex.from_rows([
        row(1, "2025-12-20", actors=("Russia", "Ukraine"), kind="attack"),
        row(2, "2025-07-10", actors=("Ukraine",)), row(3, "2025-12-21", actors=())])
    titles = lambda flt: [index.rows([p])[0]["title"] for p in index.select(flt)]  # noqa: E731
    assert titles(EventFilter()) == ["Event 2", "Event 1", "Event 3"]
    assert titles(EventFilter(actors=["Ukraine"])) == ["Event 2", "Event 1"]
    assert titles(EventFilter(types=["attack"])) == ["Event 1"]
    assert titles(EventFilter(date_from="2025-12-01")) == ["Event 1", "Event 3"]
    assert titles(EventFilter(date_to="2025-12-20")) == ["Event 2", "Event 1"]
    facets = index.facets(index.select(EventFilter()))
    assert facets["actors"] == [("Ukraine", 2), ("Russia", 1)]


def test_zoom_keeps_the_point_under_the_cursor():
    view = Viewport(0, 100, 1000)
    zoomed = view.zoomed(2, 250)
    assert abs(zoomed.u(250) - view.u(250)) < 1e-9
    assert abs((zoomed.u1 - zoomed.u0) - 50) < 1e-9
