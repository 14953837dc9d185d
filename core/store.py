"""The SQLite store: articles, events, entities and their links, with full-text search.

An ordinary SQLite file (sqlite-utils and Datasette open it as it is). The schema is applied by
numbered migrations recorded in `PRAGMA user_version`; the journal is WAL. One article's import is
one transaction, keyed by a hash of its text and publication date, so importing it again changes
nothing. A file that is not SQLite is refused and left untouched; a read-only file opens for
reading.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from core.errors import StoreError
from core.models import EXTRACTION_VERSION, Article, Event
from core.stories import find_story

SQLITE_HEADER = b"SQLite format 3\x00"
_T = TypeVar("_T")


def _guarded(method: Callable[..., _T]) -> Callable[..., _T]:
    """Turn SQLite faults (a damaged file, a locked database) into a user-facing StoreError."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except StoreError:
            raise
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database {self.path or '(memory)'} cannot be read: {exc}") from exc
    return wrapper


def _m1_initial(db: Database) -> None:
    db["articles"].create({
        "id": str, "title": str, "published": str, "path": str, "text": str,
        "imported_at": str, "event_count": int,
    }, pk="id")
    db["entities"].create({
        "id": int, "name": str, "kind": str, "lat": float, "lon": float, "aliases": str,
        "role": str,
    }, pk="id")
    db["entities"].create_index(["name", "kind"], unique=True)
    db["events"].create({
        "id": str, "article_id": str, "seq": int, "title": str, "type": str, "status": str,
        "start": str, "end": str, "granularity": str, "time_text": str, "anchor": str,
        "sentence": str, "span_start": int, "span_end": int, "time_start": int, "time_end": int,
        "sort_date": str,
    }, pk="id", foreign_keys=[("article_id", "articles", "id")])
    db["events"].create_index(["sort_date"])
    db["events"].create_index(["article_id"])
    db["event_entities"].create({"event_id": str, "entity_id": int, "role": str},
                                pk=("event_id", "entity_id", "role"),
                                foreign_keys=[("event_id", "events", "id"),
                                              ("entity_id", "entities", "id")])
    db["event_entities"].create_index(["entity_id", "role"])
    db["events"].enable_fts(["title", "sentence"], create_triggers=True, tokenize="porter")


def _m2_entity_merges(db: Database) -> None:
    # A user's merge or rename of an entity, kept so that re-imports honour it.
    db["entity_renames"].create({"alias": str, "kind": str, "name": str}, pk=("alias", "kind"))


def _m3_link_rowids(db: Database) -> None:
    # Links also carry the event's integer rowid, so the timeline loads them as plain numbers.
    db["event_entities"].add_column("event_rowid", int)
    db.execute("UPDATE event_entities SET event_rowid = "
               "(SELECT rowid FROM events WHERE events.id = event_entities.event_id)")
    db["event_entities"].create_index(["event_rowid"])


def _m4_generation(db: Database) -> None:
    # A counter bumped by every write, so caches of derived data know when they are stale.
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["meta"].insert({"key": "generation", "value": "1"})


def _m5_stories(db: Database) -> None:
    # The same real event told by several articles: `story` is the rowid of its first report.
    db["events"].add_column("story", int)
    db.execute("UPDATE events SET story = rowid")
    db["events"].create_index(["story"])


def _m6_story_lookup(db: Database) -> None:
    # Finding the story of a new report looks at events of its kind near its date.
    db["events"].create_index(["type", "sort_date"], index_name="idx_events_type_sort_date")


def _m7_extraction_version(db: Database) -> None:
    # The version of the rules that extracted an article's events (articles stored before it: 1).
    db["articles"].add_column("extraction", int)
    db.execute("UPDATE articles SET extraction = 1")


MIGRATIONS: list[Callable[[Database], None]] = [
    _m1_initial, _m2_entity_merges, _m3_link_rowids, _m4_generation, _m5_stories,
    _m6_story_lookup, _m7_extraction_version,
]
JULIAN_TO_ORDINAL = 1721424.5  # julianday('0001-01-01') = ordinal 1


@dataclass
class EventFilter:
    """What the timeline shows: every non-empty field narrows the events (AND across fields,
    OR within a list)."""

    actors: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    text: str = ""

    def is_empty(self) -> bool:
        return not (self.actors or self.locations or self.types or self.articles
                    or self.date_from or self.date_to or self.text.strip())

    def describe(self) -> str:
        """The active filters in words, for captions and the status line."""
        parts = []
        if self.actors:
            parts.append("actor: " + ", ".join(self.actors))
        if self.locations:
            parts.append("location: " + ", ".join(self.locations))
        if self.types:
            parts.append("type: " + ", ".join(self.types))
        if self.date_from or self.date_to:
            parts.append(f"dates: {self.date_from or '…'} to {self.date_to or '…'}")
        if self.text.strip():
            parts.append(f'text: "{self.text.strip()}"')
        if self.articles:
            parts.append(f"{len(self.articles)} article(s)")
        return "; ".join(parts) if parts else "all events"


@dataclass
class ImportResult:
    """What one article's import did."""

    article_id: str
    title: str
    events: int
    created: bool  # False when the same article was already stored
    updated: bool = False  # its events, found by older rules, were extracted again


def _fetch_table(cursor, width: int, dtype):
    """A query's numeric rows as one 2-D array, fetched in chunks to bound memory."""
    import numpy as np

    chunks = []
    while rows := cursor.fetchmany(200_000):
        chunks.append(np.array(rows, dtype=dtype))
    return np.concatenate(chunks) if chunks else np.empty((0, width), dtype=dtype)


def article_id(article: Article) -> str:
    """The content hash that identifies an article."""
    digest = hashlib.sha256(f"{article.published}\n{article.text}".encode()).hexdigest()
    return digest[:20]


def _check_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StoreError(f"cannot read database {path}: {exc.strerror or exc}") from exc
    if header and header != SQLITE_HEADER:
        raise StoreError(f"{path} is not a SQLite database; it was left untouched")


class Store:
    """A Newsline database. Open it on the thread that uses it."""

    def __init__(self, path: str | Path | None = None, *, memory: bool = False) -> None:
        self.read_only = False
        self.match_stories = True  # join reports of the same event across articles
        self._entity_cache: dict[tuple[str, str], tuple[int, set[str]]] = {}
        if memory or path is None:
            self.path = None
            self.db = Database(memory=True)
        else:
            self.path = Path(path)
            _check_file(self.path)
            exists = self.path.exists() and self.path.stat().st_size > 0
            writable = (os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)
                        if exists else os.access(self.path.parent if str(self.path.parent) else ".",
                                                 os.W_OK))
            try:
                if exists and not writable:
                    self.read_only = True
                    conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                    self.db = Database(conn)
                elif not writable:
                    raise StoreError(f"cannot create database {self.path}: folder is not writable")
                else:
                    self.db = Database(self.path)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        try:
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database {self.path} is damaged or not a Newsline database: {exc}") from exc
        self.db.conn.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ schema
    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        version = self.version
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path} was written by a newer Newsline (schema {version})")
        if version == len(MIGRATIONS):
            return
        if self.read_only:
            raise StoreError(f"{self.path} needs an upgrade but is read-only")
        if self.path is not None and version == 0 and self.db.table_names():
            names = set(self.db.table_names())
            if "articles" not in names:
                raise StoreError(f"{self.path} is a SQLite database of another program; "
                                 "choose another file")
        if self.path is not None:
            self.db.enable_wal()
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.db.atomic():
                migration(self.db)
                self.db.execute(f"PRAGMA user_version = {number}")

    # ------------------------------------------------------------------ writes
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"database {self.path} is read-only: cannot import")

    @_guarded
    def has_article(self, article: Article) -> bool:
        """Whether the article is stored with events of the current extraction rules."""
        return self.db["articles"].count_where(
            "id = ? AND extraction >= ?", [article_id(article), EXTRACTION_VERSION]) > 0

    @_guarded
    def add_article(self, article: Article, events: Iterable[Event]) -> ImportResult:
        """Store an article and its events in one transaction (no-op if already stored)."""
        self._writable()
        aid = article_id(article)
        stored = self.db.execute("SELECT extraction FROM articles WHERE id = ?", [aid]).fetchone()
        if stored and (stored[0] or 0) >= EXTRACTION_VERSION:
            count = self.db["events"].count_where("article_id = ?", [aid])
            return ImportResult(aid, article.title, count, created=False)
        events = list(events)
        renames = self._renames()
        try:
            with self.db.atomic():
                if stored:  # found by older rules: its events give way to the new ones
                    self._drop_events(aid)
                self.db["articles"].upsert({
                    "id": aid, "title": article.title, "published": article.published,
                    "path": article.path, "text": article.text,
                    "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "event_count": len(events), "extraction": EXTRACTION_VERSION,
                }, pk="id")
                links = []
                rows = []
                for seq, event in enumerate(events):
                    eid = hashlib.sha256(
                        f"{aid}:{seq}:{event.span}:{event.title}".encode()).hexdigest()[:20]
                    time_start, time_end = event.time_span or (None, None)
                    rows.append({
                        "id": eid, "article_id": aid, "seq": seq, "title": event.title,
                        "type": event.type, "status": event.status, "start": event.when.start,
                        "end": event.when.end, "granularity": event.when.granularity,
                        "time_text": event.when.text, "anchor": event.when.anchor,
                        "sentence": event.sentence, "span_start": event.span[0],
                        "span_end": event.span[1], "time_start": time_start,
                        "time_end": time_end, "sort_date": event.when.start or event.when.end,
                    })
                    for role, refs in (("actor", event.actors), ("location", event.locations)):
                        for ref in refs:
                            entity = self._entity_id(ref, renames)
                            links.append({"event_id": eid, "entity_id": entity, "role": role})
                self.db["events"].insert_all(rows)
                rowids = dict(self.db.execute(
                    "SELECT id, rowid FROM events WHERE article_id = ?", [aid]).fetchall())
                for link in links:
                    link["event_rowid"] = rowids[link["event_id"]]
                self.db["event_entities"].insert_all(links, ignore=True)
                self._assign_stories(rows, rowids, links)
                self._bump_generation()
        except sqlite3.Error as exc:
            self._entity_cache.clear()  # ids made inside the rolled-back transaction are gone
            raise StoreError(f"could not store {article.path or article.title}: {exc}") from exc
        except BaseException:
            self._entity_cache.clear()
            raise
        return ImportResult(aid, article.title, len(events), created=not stored,
                            updated=bool(stored))

    def _drop_events(self, aid: str) -> None:
        """Remove an article's events and their links; other reports that joined their stories
        head stories of their own (a re-extraction may join them again)."""
        old = [r[0] for r in self.db.execute("SELECT rowid FROM events WHERE article_id = ?", [aid])]
        if not old:
            return
        marks = ",".join("?" * len(old))
        self.db.execute(f"DELETE FROM event_entities WHERE event_rowid IN ({marks})", old)
        self.db.execute("DELETE FROM events WHERE article_id = ?", [aid])
        self.db.execute(f"UPDATE events SET story = rowid WHERE story IN ({marks})", old)

    def _assign_stories(self, rows: list[dict], rowids: dict[str, int], links: list[dict]) -> None:
        """Join each new event to the story another article already told, else start one."""
        entities: dict[str, tuple[set[int], set[int]]] = {}
        for link in links:
            actors, places = entities.setdefault(link["event_id"], (set(), set()))
            (actors if link["role"] == "actor" else places).add(link["entity_id"])
        for row in rows:
            actors, places = entities.get(row["id"], (set(), set()))
            story = find_story(self.db, row, actors, places) if self.match_stories else None
            self.db.execute("UPDATE events SET story = ? WHERE rowid = ?",
                            [story or rowids[row["id"]], rowids[row["id"]]])

    def _renames(self) -> dict[tuple[str, str], str]:
        return {(r["alias"], r["kind"]): r["name"] for r in self.db["entity_renames"].rows}

    def _bump_generation(self) -> None:
        self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 "
                        "WHERE key = 'generation'")

    @_guarded
    def generation(self) -> int:
        """Changes whenever the data changes (for caches of derived data)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def batch(self):
        """Group many imports in one transaction (each import stays atomic inside it)."""
        return self.db.atomic()

    def _entity_id(self, ref, renames) -> int:
        kind = ref.kind
        name = renames.get((ref.name, kind), ref.name)
        aliases = set(ref.aliases) | ({ref.name} if name != ref.name else set())
        if kind == "person" and " " not in name:
            # A surname alone: the person of that surname already known, when there is one.
            full = self.db.execute(
                "SELECT name FROM entities WHERE kind = 'person' AND name LIKE ? LIMIT 2",
                [f"% {name}"]).fetchall()
            if len(full) == 1:
                aliases.add(name)
                name = full[0][0]
        cached = self._entity_cache.get((name, kind))
        if cached is not None and aliases <= cached[1]:
            return cached[0]
        row = self.db.execute("SELECT id, aliases FROM entities WHERE name = ? AND kind = ?",
                              [name, kind]).fetchone()
        if row:
            self._entity_cache[(name, kind)] = (row[0], set(json.loads(row[1] or "[]")) | aliases)
            known = set(json.loads(row[1] or "[]"))
            if not aliases <= known:
                self.db["entities"].update(row[0], {"aliases": json.dumps(sorted(known | aliases))})
            return row[0]
        entity_id = self.db["entities"].insert({
            "name": name, "kind": kind, "lat": ref.lat, "lon": ref.lon,
            "aliases": json.dumps(sorted(aliases)), "role": ref.role,
        }).last_pk
        self._entity_cache[(name, kind)] = (entity_id, aliases)
        return entity_id

    @_guarded
    def rename_entity(self, old: str, new: str, kind: str | None = None) -> None:
        """Rename an entity, or merge it into another of that name; kept for later imports.
        Without `kind`, the entity of that name (the one with most events, if several)."""
        self._writable()
        self._entity_cache.clear()
        if kind is None:
            row = self.db.execute(
                "SELECT en.kind FROM entities en LEFT JOIN event_entities ee "
                "ON ee.entity_id = en.id WHERE en.name = ? GROUP BY en.id "
                "ORDER BY COUNT(ee.event_id) DESC LIMIT 1", [old]).fetchone()
            if row is None:
                raise StoreError(f"no entity called {old!r}")
            kind = row[0]
        target_kind = self.db.execute("SELECT kind FROM entities WHERE name = ? LIMIT 1",
                                      [new]).fetchone()
        if target_kind is not None and target_kind[0] != kind:
            kind_of_new = target_kind[0]
            self.db.execute("UPDATE entities SET kind = ? WHERE name = ? AND kind = ?",
                            [kind_of_new, old, kind])
            kind = kind_of_new
        with self.db.atomic():
            row = self.db.execute("SELECT id, aliases FROM entities WHERE name = ? AND kind = ?",
                                  [old, kind]).fetchone()
            if row is None:
                raise StoreError(f"no {kind} called {old!r}")
            target = self.db.execute("SELECT id, aliases FROM entities WHERE name = ? AND kind = ?",
                                     [new, kind]).fetchone()
            if target is None:
                aliases = sorted(set(json.loads(row[1] or "[]")) | {old})
                self.db["entities"].update(row[0], {"name": new, "aliases": json.dumps(aliases)})
            else:
                aliases = sorted(set(json.loads(row[1] or "[]")) | set(json.loads(target[1] or "[]"))
                                 | {old})
                self.db.execute("UPDATE OR IGNORE event_entities SET entity_id = ? WHERE entity_id = ?",
                                [target[0], row[0]])
                self.db.execute("DELETE FROM event_entities WHERE entity_id = ?", [row[0]])
                self.db["entities"].delete(row[0])
                self.db["entities"].update(target[0], {"aliases": json.dumps(aliases)})
            self.db["entity_renames"].upsert({"alias": old, "kind": kind, "name": new},
                                             pk=("alias", "kind"))
            self._bump_generation()

    # ------------------------------------------------------------------ reads
    def _where(self, flt: EventFilter) -> tuple[str, list]:
        clauses, params = [], []
        for role, names in (("actor", flt.actors), ("location", flt.locations)):
            if names:
                marks = ",".join("?" for _ in names)
                clauses.append(
                    "events.id IN (SELECT ee.event_id FROM event_entities ee JOIN entities en "
                    f"ON en.id = ee.entity_id WHERE ee.role = ? AND en.name IN ({marks}))")
                params += [role, *names]
        if flt.types:
            clauses.append(f"events.type IN ({','.join('?' for _ in flt.types)})")
            params += flt.types
        if flt.articles:
            clauses.append(f"events.article_id IN ({','.join('?' for _ in flt.articles)})")
            params += flt.articles
        if flt.date_from:
            clauses.append("(events.\"end\" = '' OR substr(events.\"end\", 1, 10) >= ?)")
            params.append(flt.date_from)
        if flt.date_to:
            clauses.append("substr(events.sort_date, 1, 10) <= ?")
            params.append(flt.date_to)
        if flt.text.strip():
            clauses.append("events.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
            params.append(self.db.quote_fts(flt.text.strip()))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    @_guarded
    def events(self, flt: EventFilter | None = None) -> list[dict]:
        """Events matching the filter, in time order, each with its actors and locations."""
        where, params = self._where(flt or EventFilter())
        try:
            rows = list(self.db.query(
                "SELECT events.rowid AS rowid, events.*, articles.title AS article_title, "
                "articles.published AS published "
                f"FROM events JOIN articles ON articles.id = events.article_id{where} "
                "ORDER BY events.sort_date, events.article_id, events.seq", params))
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot search for {flt.text!r}: {exc}") from exc
        if not rows:
            return rows
        by_id = {row["id"]: row for row in rows}
        for row in rows:
            row["actors"], row["locations"] = [], []
        marks = ",".join("?" for _ in by_id)
        query = ("SELECT ee.event_id, ee.role, en.name, en.kind, en.lat, en.lon FROM event_entities ee "
                 "JOIN entities en ON en.id = ee.entity_id")
        links = self.db.query(query + (f" WHERE ee.event_id IN ({marks})" if len(by_id) < 900 else ""),
                              list(by_id) if len(by_id) < 900 else [])
        for link in links:
            row = by_id.get(link["event_id"])
            if row is not None:
                key = "actors" if link["role"] == "actor" else "locations"
                row[key].append({"name": link["name"], "kind": link["kind"],
                                 "lat": link["lat"], "lon": link["lon"]})
        return rows

    @_guarded
    def facets(self, flt: EventFilter | None = None) -> dict[str, list[tuple[str, int]]]:
        """Counts of events per actor, location and type under the filter."""
        where, params = self._where(flt or EventFilter())
        out: dict[str, list[tuple[str, int]]] = {}
        for role in ("actor", "location"):
            rows = self.db.execute(
                "SELECT en.name, COUNT(DISTINCT ee.event_id) AS n FROM event_entities ee "
                "JOIN entities en ON en.id = ee.entity_id JOIN events ON events.id = ee.event_id"
                f"{where}{' AND' if where else ' WHERE'} ee.role = ? GROUP BY en.name "
                "ORDER BY n DESC, en.name", [*params, role]).fetchall()
            out[role + "s"] = [(name, n) for name, n in rows]
        rows = self.db.execute(f"SELECT type, COUNT(*) FROM events{where} GROUP BY type "
                               "ORDER BY COUNT(*) DESC", params).fetchall()
        out["types"] = [(t, n) for t, n in rows]
        return out

    @_guarded
    def articles(self) -> list[dict]:
        """Stored articles without their text."""
        return list(self.db.query(
            "SELECT id, title, published, path, imported_at, event_count FROM articles "
            "ORDER BY published, title"))

    @_guarded
    def article_text(self, aid: str) -> str:
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", [aid]).fetchone()
        return row[0] if row else ""

    @_guarded
    def entities(self, role: str | None = None) -> list[dict]:
        rows = list(self.db.query("SELECT * FROM entities ORDER BY name"))
        for row in rows:
            row["aliases"] = json.loads(row["aliases"] or "[]")
        return rows

    @_guarded
    @_guarded
    def timeline_columns(self) -> dict:
        """Every event as numeric columns for the timeline index: rowid, first and last day
        (float days; NaN when unknown), granularity and type codes, expected flag, article
        rowid. Fetched in chunks, so memory stays bounded."""
        import numpy as np

        from core.models import GRANULARITIES

        types = [r[0] for r in self.db.execute("SELECT DISTINCT type FROM events ORDER BY type")]
        type_case = " ".join(f"WHEN {self.db.quote(t)} THEN {i}" for i, t in enumerate(types))
        gran_case = " ".join(f"WHEN '{g}' THEN {i}" for i, g in enumerate(GRANULARITIES))
        cursor = self.db.execute(
            "SELECT e.rowid, "
            f"CASE WHEN e.start = '' THEN NULL ELSE julianday(e.start) - {JULIAN_TO_ORDINAL} END, "
            f"CASE WHEN e.\"end\" = '' THEN NULL ELSE julianday(e.\"end\") - {JULIAN_TO_ORDINAL} END, "
            f"CASE e.granularity {gran_case} ELSE {len(GRANULARITIES) - 1} END, "
            f"CASE e.type {type_case or 'WHEN NULL THEN 0'} ELSE 0 END, "
            "e.status = 'expected', a.rowid, COALESCE(e.story, e.rowid) "
            "FROM events e JOIN articles a ON a.id = e.article_id")
        table = _fetch_table(cursor, 8, np.float64)
        return {"rowid": table[:, 0].astype(np.int64), "start": table[:, 1],
                "end": table[:, 2], "granularity": table[:, 3].astype(np.int8),
                "type": table[:, 4].astype(np.int16), "type_names": types,
                "expected": table[:, 5] == 1, "article": table[:, 6].astype(np.int64),
                "story": table[:, 7].astype(np.int64)}

    @_guarded
    def entity_links(self):
        """(event rowid, entity id, role: 0 actor / 1 location) of every link, as arrays."""
        import numpy as np

        cursor = self.db.execute(
            "SELECT event_rowid, entity_id, role = 'location' FROM event_entities")
        table = _fetch_table(cursor, 3, np.int64)
        return table[:, 0], table[:, 1], table[:, 2].astype(np.int8)

    @_guarded
    def entity_names(self) -> dict[int, str]:
        """Entity id -> name."""
        return dict(self.db.execute("SELECT id, name FROM entities").fetchall())

    @_guarded
    def published_dates(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT published FROM articles WHERE published != '' ORDER BY published")]

    @_guarded
    def story_rows(self, story: int) -> list[dict]:
        """Every report of one story (the same event told by several articles)."""
        rowids = [r[0] for r in self.db.execute(
            "SELECT rowid FROM events WHERE COALESCE(story, rowid) = ? ORDER BY rowid", [story])]
        return self.events_by_rowid(rowids)

    @_guarded
    def article_titles(self, rowids: list[int]) -> dict[int, str]:
        """Article rowid -> title."""
        out: dict[int, str] = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            marks = ",".join("?" for _ in chunk)
            out.update(self.db.execute(
                f"SELECT rowid, title FROM articles WHERE rowid IN ({marks})", chunk).fetchall())
        return out

    @_guarded
    def article_rowids(self, ids: list[str]) -> list[int]:
        marks = ",".join("?" for _ in ids)
        return [r[0] for r in self.db.execute(
            f"SELECT rowid FROM articles WHERE id IN ({marks})", ids)] if ids else []

    @_guarded
    def search_rowids(self, text: str) -> list[int]:
        """Rowids of events whose title or sentence match a full-text query."""
        try:
            return [r[0] for r in self.db.execute(
                "SELECT rowid FROM events_fts WHERE events_fts MATCH ?",
                [self.db.quote_fts(text.strip())])]
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot search for {text!r}: {exc}") from exc

    @_guarded
    def events_by_rowid(self, rowids: list[int]) -> list[dict]:
        """Full event rows (with actors and locations) for these rowids, in that order."""
        if not rowids:
            return []
        out: dict[int, dict] = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            marks = ",".join("?" for _ in chunk)
            for row in self.db.query(
                    "SELECT events.rowid AS rowid, events.*, articles.title AS article_title, "
                    "articles.published AS published FROM events JOIN articles "
                    f"ON articles.id = events.article_id WHERE events.rowid IN ({marks})", chunk):
                row["actors"], row["locations"] = [], []
                out[row["rowid"]] = row
            links = self.db.execute(
                "SELECT ee.event_rowid, ee.role, en.name, en.kind, en.lat, en.lon "
                "FROM event_entities ee JOIN entities en ON en.id = ee.entity_id "
                f"WHERE ee.event_rowid IN ({marks})", chunk)
            for rowid, role, name, kind, lat, lon in links:
                key = "actors" if role == "actor" else "locations"
                out[rowid][key].append({"name": name, "kind": kind, "lat": lat, "lon": lon})
        return [out[r] for r in rowids if r in out]

    @_guarded
    def stale_count(self) -> int:
        """How many stored articles older extraction rules read."""
        return self.db.execute("SELECT COUNT(*) FROM articles WHERE COALESCE(extraction, 0) < ?",
                               [EXTRACTION_VERSION]).fetchone()[0]

    @_guarded
    def stale_articles(self) -> list[Article]:
        """The stored articles whose events older extraction rules found, as they were stored."""
        rows = self.db.execute(
            "SELECT title, published, path, text FROM articles WHERE COALESCE(extraction, 0) < ? "
            "ORDER BY published", [EXTRACTION_VERSION]).fetchall()
        return [Article(text=text, title=title, published=published, path=path or "")
                for title, published, path, text in rows]

    def counts(self) -> dict[str, int]:
        return {name: self.db[name].count for name in ("articles", "events", "entities")}
