"""Timeline layout rules, tested without painting: scale, ticks, cards, bands, clusters."""

from __future__ import annotations

from datetime import date

from ui.axis_ticks import choose_level, ticks
from ui.time_scale import TimeScale, Viewport, to_days
from ui.timeline_layout import CARD_HEIGHT, fit_view, layout, prepare


def row(i, start, end=None, granularity="day", title=None, actors=("Russia",)):
    return {"id": f"e{i}", "title": title or f"Event {i}", "start": start, "end": end or start,
            "granularity": granularity, "time_text": None, "anchor": "explicit", "type": "meeting",
            "status": "happened", "actors": [{"name": a} for a in actors],
            "locations": [], "article_title": "A"}


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
    items = prepare([row(i, "2025-12-21") for i in range(12)])
    scale = TimeScale([(i.anchor, i.t1) for i in items])
    view = fit_view(items, scale, 1000)
    result = layout(items, scale, view, 600)
    assert len(result.cards) + sum(c.count for c in result.clusters) == 12
    assert overlapping(result.cards) is None
    assert len({c.y for c in result.cards}) == len(result.cards)  # stacked


def test_what_does_not_fit_becomes_a_cluster_with_a_count():
    items = prepare([row(i, "2025-12-21") for i in range(30)])
    scale = TimeScale([(i.anchor, i.t1) for i in items])
    result = layout(items, scale, fit_view(items, scale, 1000), 5 * 40)
    assert result.clusters
    assert len(result.cards) + sum(c.count for c in result.clusters) == 30
    assert overlapping(result.cards) is None


def test_density_mode_above_the_card_budget():
    rows = [row(i, date.fromordinal(739000 + i % 300).isoformat()) for i in range(3000)]
    items = prepare(rows)
    scale = TimeScale([(i.anchor, i.t1) for i in items])
    result = layout(items, scale, fit_view(items, scale, 1200), 600)
    assert result.density and not result.cards
    assert sum(c.count for c in result.clusters) == 3000


def test_month_event_is_a_band_over_its_month():
    items = prepare([row(1, "2025-07-01", "2025-07-31", "month"), row(2, "2025-12-20")])
    scale = TimeScale([(i.anchor, i.t1) for i in items], compress=False)
    view = fit_view(items, scale, 1400)
    card = next(c for c in layout(items, scale, view, 600).cards if c.item.event_id == "e1")
    x_july1 = view.x(scale.to_units(to_days("2025-07-01")))
    x_aug1 = view.x(scale.to_units(to_days("2025-08-01")))
    assert abs(card.band_x0 - x_july1) < 0.5 and abs(card.band_x1 - x_aug1) < 0.5
    assert card.h == CARD_HEIGHT


def test_unknown_start_sits_on_its_latest_day():
    items = prepare([row(1, "", "2025-12-21", "unknown")])
    assert items[0].t0 is None and items[0].anchor == to_days("2025-12-21")
    assert items[0].date_text == "on or before 21 Dec 2025"


def test_lanes_by_actor_give_one_lane_per_actor():
    items = prepare([row(1, "2025-12-20", actors=("Russia", "Ukraine")),
                     row(2, "2025-12-21", actors=("Ukraine",)), row(3, "2025-12-21", actors=())])
    scale = TimeScale([(i.anchor, i.t1) for i in items])
    result = layout(items, scale, fit_view(items, scale, 1000), 600, mode="actor")
    assert [lane.key for lane in result.lanes] == ["Ukraine", "Russia", "(none)"]
    assert [lane.count for lane in result.lanes] == [2, 1, 1]
    assert all(c.x >= result.left for c in result.cards)


def test_zoom_keeps_the_point_under_the_cursor():
    view = Viewport(0, 100, 1000)
    zoomed = view.zoomed(2, 250)
    assert abs(zoomed.u(250) - view.u(250)) < 1e-9
    assert abs((zoomed.u1 - zoomed.u0) - 50) < 1e-9
