"""One event, many reports: the same meeting told by several articles becomes one event with
several sources; events that only look alike stay apart."""

from __future__ import annotations

import pytest

from core.ingest import ingest_paths
from core.store import EventFilter, Store
from core.timeline_index import TimelineIndex

REPORTS = {
    # The same Saturday meeting in Miami, dated relative to each publication.
    "a-sunday.txt": ("2025-12-21", "Envoys meet in Miami",
                     "Russian envoy Kirill Dmitriev met US envoy Steve Witkoff in Miami on "
                     "Saturday, officials said."),
    "b-monday.txt": ("2025-12-22", "Miami talks",
                     "Kirill Dmitriev and Steve Witkoff met in Miami this weekend to discuss a "
                     "peace plan."),
    "c-sunday.txt": ("2025-12-21", "Talks in Florida",
                     "Yesterday, Dmitriev met Witkoff in Miami for several hours."),
    # Two different strikes on Odesa, weeks apart.
    "d-strike-1.txt": ("2025-11-10", "Strike on Odesa",
                       "Russian missiles struck Odesa on Sunday, killing three people."),
    "e-strike-2.txt": ("2025-12-20", "New strike on Odesa",
                       "Russian missiles struck Odesa on Friday, damaging the port."),
}


@pytest.fixture
def store_with_reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, (published, title, text) in REPORTS.items():
        (folder / name).write_text(f"{title}\nPublished: {published}\n\n{text}\n")
    store = Store(tmp_path / "n.db")
    summary = ingest_paths([folder], store)
    assert summary.articles == 5
    yield store
    store.close()


def test_same_meeting_is_one_event_with_three_sources(store_with_reports):
    index = TimelineIndex.from_store(store_with_reports)
    miami = index.select(EventFilter(locations=["Miami"]))
    assert len(miami) == 1
    position = int(miami[0])
    assert int(index.sources[position]) == 3
    # The most precise date stands for the story: Saturday 20 December.
    row = index.rows([position])[0]
    assert row["start"] == "2025-12-20"
    stories = store_with_reports.story_rows(int(index.story[position]))
    assert len({r["article_id"] for r in stories}) == 3
    assert {r["sentence"].split()[0] for r in stories} == {"Russian", "Kirill", "Yesterday,"}


def test_strikes_weeks_apart_stay_apart(store_with_reports):
    index = TimelineIndex.from_store(store_with_reports)
    strikes = index.select(EventFilter(locations=["Odesa"]))
    assert len(strikes) == 2
    assert all(int(index.sources[p]) == 1 for p in strikes)


def test_filters_see_the_names_of_every_source(store_with_reports):
    index = TimelineIndex.from_store(store_with_reports)
    assert len(index.select(EventFilter(actors=["Kirill Dmitriev"]))) == 1
    facets = index.facets(index.select(EventFilter()))
    assert ("Kirill Dmitriev", 1) in facets["actors"]
