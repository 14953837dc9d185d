"""The SQLite store: idempotent imports, transactions, filters, search, and unusable files."""

from __future__ import annotations

import os
import sqlite3

import pytest

from core.errors import StoreError
from core.models import Article, EntityRef, Event, When
from core.store import EventFilter, Store


def make_event(title="Talks held", actors=("Russia",), places=("Miami",), start="2025-12-20",
               sentence="Talks were held in Miami.", kind="meeting") -> Event:
    return Event(
        title=title, type=kind, when=When(start, start, "day", "Saturday", "relative-to-published"),
        actors=[EntityRef(a, "country") for a in actors],
        locations=[EntityRef(p, "city", 25.7, -80.2) for p in places],
        sentence=sentence, span=(0, len(sentence)),
    )


def make_article(text="Talks were held in Miami.", published="2025-12-21") -> Article:
    return Article(text=text, title="Talks", published=published, path="talks.txt")


def test_schema_is_migrated_and_versioned(store):
    assert store.version == 7
    assert {"articles", "events", "entities", "event_entities", "events_fts"} <= \
        set(store.db.table_names())


def test_same_article_twice_changes_nothing(store):
    article = make_article()
    first = store.add_article(article, [make_event()])
    second = store.add_article(article, [make_event()])
    assert first.created and not second.created
    assert store.counts() == {"articles": 1, "events": 1, "entities": 2}


def test_failed_import_leaves_the_database_as_it_was(store):
    store.add_article(make_article(), [make_event()])
    before = store.counts()
    broken = make_event(title=None)  # NOT NULL-free schema: make the insert fail another way
    broken.span = ("not", "a span")  # sqlite cannot bind a tuple element of this shape
    broken.when.start = object()
    with pytest.raises(StoreError, match="could not store"):
        store.add_article(make_article("Another text.", "2025-12-22"), [make_event(), broken])
    assert store.counts() == before


def test_filters_combine(store):
    store.add_article(make_article("A"), [
        make_event("Met in Miami", ("Russia", "United States"), ("Miami",), "2025-12-20"),
        make_event("Strike on Odesa", ("Russia",), ("Odesa",), "2025-12-19", kind="attack",
                   sentence="Missiles hit Odesa overnight."),
        make_event("Talks in Istanbul", ("Ukraine",), ("Istanbul",), "2025-07-23"),
    ])
    titles = lambda flt: [r["title"] for r in store.events(flt)]  # noqa: E731
    assert titles(EventFilter(actors=["Russia"])) == ["Strike on Odesa", "Met in Miami"]
    assert titles(EventFilter(actors=["Russia"], locations=["Miami"])) == ["Met in Miami"]
    assert titles(EventFilter(types=["attack"])) == ["Strike on Odesa"]
    assert titles(EventFilter(date_from="2025-12-01")) == ["Strike on Odesa", "Met in Miami"]
    assert titles(EventFilter(date_to="2025-08-01")) == ["Talks in Istanbul"]
    assert titles(EventFilter(text="missiles")) == ["Strike on Odesa"]
    assert titles(EventFilter(text="hit")) == ["Strike on Odesa"]
    assert titles(EventFilter(text='odd "quote')) == []  # no FTS syntax error reaches the user


def test_events_carry_their_entities(store):
    store.add_article(make_article(), [make_event()])
    row = store.events()[0]
    assert row["actors"] == [{"name": "Russia", "kind": "country", "lat": None, "lon": None}]
    assert row["locations"][0]["name"] == "Miami" and row["locations"][0]["lat"] == 25.7
    assert row["article_title"] == "Talks" and row["published"] == "2025-12-21"


def test_facets_count_events(store):
    store.add_article(make_article(), [make_event(), make_event("Second", ("Russia", "Ukraine"))])
    facets = store.facets()
    assert facets["actors"][0] == ("Russia", 2)
    assert ("Ukraine", 1) in facets["actors"]
    assert store.facets(EventFilter(actors=["Ukraine"]))["actors"] == [("Russia", 1), ("Ukraine", 1)]


def test_rename_and_merge_survive_reimport(tmp_path):
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.add_article(make_article(), [make_event(actors=("Zelensky",))])
        store.add_article(make_article("B", "2025-12-22"),
                          [make_event(actors=("Volodymyr Zelenskyy",))])
        store.rename_entity("Zelensky", "Volodymyr Zelenskyy", "country")
        assert [n for n, _ in store.facets()["actors"]] == ["Volodymyr Zelenskyy"]
        store.add_article(make_article("C", "2025-12-23"), [make_event(actors=("Zelensky",))])
        assert store.facets()["actors"] == [("Volodymyr Zelenskyy", 3)]
        aliases = next(e["aliases"] for e in store.entities() if e["name"] == "Volodymyr Zelenskyy")
        assert "Zelensky" in aliases


def test_file_database_uses_wal(tmp_path):
    with Store(tmp_path / "n.db") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.db"
    content = b"These are my notes, not a database.\n" * 100
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(path)
    assert path.read_bytes() == content
    assert not (tmp_path / "notes.db-wal").exists()


def test_other_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another program"):
        Store(path)


def test_corrupt_database(tmp_path):
    path = tmp_path / "broken.db"
    with Store(path) as store:
        store.add_article(make_article(), [make_event()])
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        with Store(path) as store:
            store.events()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_database_opens_for_reading(tmp_path):
    path = tmp_path / "ro.db"
    with Store(path) as store:
        store.add_article(make_article(), [make_event()])
    os.chmod(path, 0o444)
    os.chmod(tmp_path, 0o555)
    try:
        with Store(path) as store:
            assert store.read_only
            assert len(store.events()) == 1
            with pytest.raises(StoreError, match="read-only"):
                store.add_article(make_article("New", "2025-12-22"), [make_event()])
    finally:
        os.chmod(tmp_path, 0o755)
        os.chmod(path, 0o644)


def test_read_only_mode_refuses_writes(tmp_path, monkeypatch):
    """The same check as above, where the tests run as root (CI): access() is patched."""
    path = tmp_path / "ro.db"
    with Store(path) as store:
        store.add_article(make_article(), [make_event()])
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK)
    with Store(path) as store:
        assert store.read_only
        assert len(store.events()) == 1
        with pytest.raises(StoreError, match="read-only"):
            store.add_article(make_article("New", "2025-12-22"), [make_event()])


def test_generation_changes_with_every_write(store):
    first = store.generation()
    store.add_article(make_article(), [make_event()])
    second = store.generation()
    store.add_article(make_article(), [make_event()])  # unchanged: no write
    assert second > first and store.generation() == second


def test_older_databases_are_migrated(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.add_article(make_article(), [make_event()])
    conn = sqlite3.connect(path)  # back to schema 2: links without rowids, no meta table
    conn.execute("DROP TABLE meta")
    conn.execute("DROP INDEX idx_event_entities_event_rowid")
    conn.execute("ALTER TABLE event_entities DROP COLUMN event_rowid")
    conn.execute("DROP INDEX idx_events_story")
    conn.execute("DROP INDEX idx_events_type_sort_date")
    conn.execute("ALTER TABLE events DROP COLUMN story")
    conn.execute("ALTER TABLE articles DROP COLUMN extraction")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.version == 7
        rowids, _entities, _roles = store.entity_links()
        assert len(rowids) == 2 and all(r > 0 for r in rowids)


def test_timeline_index_cache_follows_the_data(tmp_path, monkeypatch):
    from core.store import EventFilter
    from core.timeline_index import TimelineIndex

    path, cache = tmp_path / "n.db", tmp_path / "cache"
    monkeypatch.setattr("core.timeline_index.CACHE_MIN_EVENTS", 1)
    with Store(path) as store:
        store.add_article(make_article(), [make_event()])
        assert len(TimelineIndex.from_store(store, cache)) == 1
        assert list(cache.iterdir())
        assert len(TimelineIndex.from_store(store, cache)) == 1  # from the cache
        store.add_article(make_article("B", "2025-12-22"), [
            make_event(places=("Kyiv",), start="2025-11-02"),
            make_event("Two", places=("Odesa",), start="2025-10-01")])
        index = TimelineIndex.from_store(store, cache)
        assert len(index) == 3
        assert len(index.select(EventFilter(actors=["Russia"]))) == 3


def test_events_found_by_older_rules_are_extracted_again(store):
    """An article stored by an older version of the extraction is replaced on re-import; the
    same version changes nothing, and other articles' reports keep their own events."""
    article = make_article()
    other = Article(text="Envoys met in Miami on Saturday.", title="Other", published="2025-12-21",
                    path="other.txt")
    store.add_article(article, [make_event("Old title", sentence="Talks were held in Miami.")])
    store.add_article(other, [make_event("Envoys met", sentence="Envoys met in Miami on Saturday.")])
    store.db.execute("UPDATE articles SET extraction = 1 WHERE id = "
                     "(SELECT id FROM articles WHERE title = 'Talks')")
    assert not store.has_article(article)
    result = store.add_article(article, [make_event("New title", actors=("Ukraine",),
                                                    sentence="Talks were held in Miami.")])
    assert result.updated and not result.created
    titles = {r[0] for r in store.db.execute("SELECT title FROM events").fetchall()}
    assert titles == {"New title", "Envoys met"}
    assert store.search_rowids("Old") == [] and len(store.search_rowids("New")) == 1
    links = store.db.execute("SELECT COUNT(*) FROM event_entities").fetchone()[0]
    assert links == 4  # two events, each one actor and one place
    stories = store.db.execute("SELECT COUNT(*) FROM events WHERE story NOT IN "
                               "(SELECT rowid FROM events)").fetchone()[0]
    assert stories == 0  # no report points at an event that is gone
    again = store.add_article(article, [make_event("Newer title")])
    assert not again.created and not again.updated and store.has_article(article)
