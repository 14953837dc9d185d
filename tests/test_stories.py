"""One event, many reports: the same meeting told by several articles becomes one event with
several sources; events that only look alike stay apart."""

from __future__ import annotations

import pytest

from core.ingest import ingest_paths
from core.store import EventFilter, Store
from core.timeline_index import TimelineIndex
from tests.conftest import DATA

# The same Saturday meeting in Miami told by three articles, each dating it relative to its own
# publication ("on Saturday", "this weekend", "yesterday"); and two different strikes on Odesa,
# weeks apart.
REPORTS = DATA / "reports"


@pytest.fixture
def store_with_reports(tmp_path):
    store = Store(tmp_path / "n.db")
    summary = ingest_paths([REPORTS], store)
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


def test_a_shared_country_alone_does_not_join_stories(tmp_path):
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_text("Strike\nPublished: 2025-12-20\n\n"
                                  "Russian missiles struck Odesa on Friday, damaging the port.\n")
    (folder / "b.txt").write_text("Strikes\nPublished: 2025-12-21\n\n"
                                  "Russian strikes have caused significant disruption.\n")
    with Store(tmp_path / "n.db") as store:
        ingest_paths([folder], store)
        index = TimelineIndex.from_store(store)
        assert len(index) == 2 and int(index.sources.max()) == 1
