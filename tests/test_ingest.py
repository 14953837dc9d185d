"""Importing folders: serial and in worker processes give the same database; cancel stops."""

from __future__ import annotations

import pytest

from core.ingest import extract_again, ingest_paths, ingest_text
from core.models import Article
from core.store import Store
from tests.conftest import ARTICLES


def summary_of(store):
    return sorted((r["title"], r["start"], r["end"]) for r in store.events())


def test_worker_processes_store_what_one_process_stores(tmp_path):
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        serial = ingest_paths([ARTICLES], one)
        progress = []
        parallel = ingest_paths([ARTICLES], two, workers=2,
                                progress=lambda d, t, n: progress.append((d, t)))
        assert (serial.articles, serial.events) == (parallel.articles, parallel.events) == \
            (5, serial.events)
        assert summary_of(one) == summary_of(two)
        assert progress[-1] == (5, 5)


def test_cancel_stops_between_articles(tmp_path):
    calls = []
    with Store(tmp_path / "n.db") as store:
        summary = ingest_paths([ARTICLES], store, cancelled=lambda: len(calls) >= 2,
                               progress=lambda d, t, n: calls.append(d))
    assert summary.cancelled and summary.articles == 2


@pytest.mark.parametrize("processes", [False, True])
def test_pasted_text_becomes_an_article(tmp_path, processes):
    with Store(tmp_path / "n.db") as store:
        summary = ingest_text("Rescuers reached the village of Amatrice on Thursday, "
                              "officials said.", store, title="Quake", published="2016-08-26",
                              processes=processes)
        assert summary.articles == 1
        row = store.events()[0]
        assert row["start"] == "2016-08-25" and row["article_title"] == "Quake"


def test_reimport_extracts_again_what_older_rules_found(tmp_path):
    source = ARTICLES / "trade-summit.txt"
    with Store(tmp_path / "n.db") as store:
        first = ingest_paths([source], store)
        assert first.articles == 1
        store.db.execute("UPDATE articles SET extraction = 1")  # as if stored by older rules
        store.db.execute("DELETE FROM event_entities")
        store.db.execute("DELETE FROM events WHERE seq > 0")  # and older rules found less
        again = ingest_paths([source], store)
        assert (again.articles, again.updated, again.unchanged) == (0, 1, 0)
        assert "extracted again by newer rules" in again.lines()[0]
        assert store.db["events"].count == first.events
        assert ingest_paths([source], store).unchanged == 1


def test_a_stored_article_in_another_language_is_extracted_again_not_lost(tmp_path):
    text = "El gobierno anunció hoy nuevas medidas para reducir el precio de la electricidad. " * 5
    with Store(tmp_path / "n.db") as store:  # stored before the reader refused other languages
        store.add_article(Article(text=text, title="Noticia", published="2023-11-07", path="n.txt"), [])
        store.db.execute("UPDATE articles SET extraction = 1")
        summary = extract_again(store)
        assert summary.lines() and store.db["articles"].count == 1
        assert not store.stale_articles()
