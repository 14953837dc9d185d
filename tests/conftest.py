"""Shared fixtures. Qt runs offscreen; the spaCy model is loaded once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing the tests do lands in the user's own cache or data folders.
_SANDBOX = Path(__import__("tempfile").mkdtemp(prefix="newsline-tests-"))
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
ARTICLES = DATA / "articles"
SAMPLE = ROOT / "resources" / "sample-article.txt"


@pytest.fixture(scope="session")
def sample_events():
    """The events extracted from the bundled sample article (published 2025-12-21)."""
    from core.event_extractor import extract_events
    from core.reader import read_article

    return extract_events(read_article(SAMPLE, "2025-12-21"))


@pytest.fixture(scope="session")
def extracted():
    """Events of every test article, by file name."""
    from core.event_extractor import extract_events
    from core.reader import read_article

    return {path.name: extract_events(read_article(path)) for path in sorted(ARTICLES.iterdir())}


@pytest.fixture(scope="session")
def filled_db_template(tmp_path_factory):
    """A database with the sample and the test articles, built once."""
    from core.ingest import ingest_paths
    from core.store import Store

    path = tmp_path_factory.mktemp("template") / "newsline.db"
    with Store(path) as store:
        summary = ingest_paths([SAMPLE, ARTICLES], store)
    assert summary.articles == 1 + len(list(ARTICLES.iterdir())), summary.lines()
    return path


@pytest.fixture
def filled_db(filled_db_template, tmp_path) -> Path:
    """A fresh copy of the filled database for one test."""
    target = tmp_path / "newsline.db"
    shutil.copy(filled_db_template, target)
    return target


@pytest.fixture
def store():
    from core.store import Store

    with Store(memory=True) as db:
        yield db


def find(events, predicate):
    """The first event matching the predicate, or a helpful failure."""
    for event in events:
        if predicate(event):
            return event
    titles = "\n".join(f"  {e.title} | {e.when} | {[a.name for a in e.actors]}" for e in events)
    pytest.fail(f"no matching event among:\n{titles}")
