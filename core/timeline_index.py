"""All events of a database as sorted numeric columns, for a timeline that stays fast at a
million events: filters are numpy masks, facets are bincounts, and the words of an event (title,
sentence, names) are fetched only for the cards on screen.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.models import GRANULARITIES
from core.time_model import describe_row

ORDINAL_1970 = 719163  # date(1970, 1, 1).toordinal()
FINE = {"hour", "minute"}
ACTOR, LOCATION = 0, 1
OTHER_LANE = "(none)"


def iso_to_days(values: Iterable[str]) -> np.ndarray:
    """ISO dates or date-times to float days (proleptic ordinal); "" to NaN."""
    cleaned = [v if v else "NaT" for v in values]
    moments = np.array(cleaned, dtype="datetime64[m]")
    minutes = moments.astype("int64").astype("float64")
    minutes[np.isnat(moments)] = np.nan
    return minutes / 1440.0 + ORDINAL_1970


def _codes(values: list[str]) -> tuple[np.ndarray, list[str]]:
    names = sorted(set(values))
    lookup = {name: i for i, name in enumerate(names)}
    return np.fromiter((lookup[v] for v in values), dtype=np.int32, count=len(values)), names


ARRAYS = ("rowid", "t0", "t1", "anchor", "granularity", "type_code", "expected", "article_code",
          "link_event", "link_entity", "link_role", "story", "sources")
CACHE_VERSION = 2
CACHE_MIN_EVENTS = 20_000  # smaller databases load faster than a cache could help
CACHE_FILES = 8  # the most recently used databases keep their cache


@dataclass
class TimelineIndex:
    """Columns aligned by position, sorted by anchor (the known start, else the latest day)."""

    rowid: np.ndarray
    t0: np.ndarray  # first day, NaN when only an upper bound is known
    t1: np.ndarray  # exclusive end
    anchor: np.ndarray
    granularity: np.ndarray  # index into GRANULARITIES
    type_code: np.ndarray
    type_names: list[str]
    expected: np.ndarray  # bool
    article_code: np.ndarray  # the article's rowid
    link_event: np.ndarray  # position of the event of each link
    link_entity: np.ndarray  # entity id
    link_role: np.ndarray  # ACTOR or LOCATION
    story: np.ndarray  # the story (first report's rowid) each shown event stands for
    sources: np.ndarray  # how many reports (articles' events) the story has
    entity_names: dict[int, str]
    published: list[str]
    fetch: Callable[[list[int]], list[dict]]  # rowids -> event rows (for cards and details)
    search: Callable[[str], list[int]] | None = None  # full-text query -> rowids
    article_titles: Callable[[list[int]], dict[int, str]] = lambda codes: {}
    article_codes: Callable[[list[str]], list[int]] = lambda ids: []
    _cache: dict[int, dict] = field(default_factory=dict)

    # ------------------------------------------------------------------ building
    @staticmethod
    def arrays(columns: dict, links) -> dict[str, np.ndarray]:
        """Sorted columns from the store's numeric columns and links. Reports of one story
        become one event: the report with the most precise date stands for it, and the
        names of all its reports are its names."""
        rowid = np.asarray(columns["rowid"], dtype=np.int64)
        start = np.asarray(columns["start"], dtype=np.float64)
        end = np.asarray(columns["end"], dtype=np.float64)
        end = np.where(np.isnan(end), start, end)
        granularity = np.asarray(columns["granularity"], dtype=np.int8)
        fine = np.isin(granularity, [GRANULARITIES.index(g) for g in FINE])
        t1 = np.where(fine, end + 1 / 24, np.floor(end) + 1.0)
        anchor = np.where(np.isnan(start), t1 - 1.0, start)
        story = np.asarray(columns.get("story", rowid), dtype=np.int64)
        # One representative per story: the narrowest known interval, then the first report.
        width = np.where(np.isnan(start), np.inf, t1 - start)
        grouped = np.lexsort((rowid, width, story))
        starts_group = np.ones(len(grouped), dtype=bool)
        starts_group[1:] = story[grouped][1:] != story[grouped][:-1]
        representatives = grouped[starts_group]
        sources = np.diff(np.append(np.flatnonzero(starts_group), len(grouped)))
        representative_of = np.empty(len(rowid), dtype=np.int64)
        representative_of[grouped] = representatives[np.cumsum(starts_group) - 1]
        # Shown events sorted by anchor.
        order = representatives[np.argsort(anchor[representatives], kind="stable")]
        position = np.full(len(rowid), -1, dtype=np.int64)
        position[order] = np.arange(len(order))
        sources_by_rep = np.zeros(len(rowid), dtype=np.int64)
        sources_by_rep[representatives] = sources
        link_rowids = np.asarray(links[0], dtype=np.int64)
        if len(link_rowids):  # each link's event -> the shown event of its story
            sorter = np.argsort(rowid)
            original = sorter[np.searchsorted(rowid, link_rowids, sorter=sorter)]
            triples = np.stack([position[representative_of[original]],
                                np.asarray(links[1], dtype=np.int64),
                                np.asarray(links[2], dtype=np.int64)], axis=1)
            triples = np.unique(triples, axis=0)
        else:
            triples = np.empty((0, 3), dtype=np.int64)
        return {
            "rowid": rowid[order], "t0": start[order], "t1": t1[order],
            "anchor": anchor[order], "granularity": granularity[order],
            "type_code": np.asarray(columns["type"], dtype=np.int16)[order],
            "expected": np.asarray(columns["expected"], dtype=bool)[order],
            "article_code": np.asarray(columns["article"], dtype=np.int64)[order],
            "link_event": triples[:, 0].astype(np.int64),
            "link_entity": triples[:, 1].astype(np.int64),
            "link_role": triples[:, 2].astype(np.int8),
            "story": story[order], "sources": sources_by_rep[order],
        }

    @classmethod
    def from_store(cls, store, cache_dir: Path | None = None) -> TimelineIndex:
        """Every event of a store; the store stays the source of words. With `cache_dir`, the
        columns are kept on disk until the database changes, so a large database reopens fast."""
        arrays, type_names = None, None
        cache = None
        if cache_dir is not None and store.path is not None \
                and store.counts()["events"] >= CACHE_MIN_EVENTS:
            ident = f"{Path(store.path).resolve()}"
            cache = cache_dir / (hashlib.sha1(ident.encode()).hexdigest()[:16] + ".npz")
            key = f"{CACHE_VERSION}:{ident}:{store.generation()}"
            arrays, type_names = _load_cache(cache, key)
        if arrays is None:
            columns = store.timeline_columns()
            type_names = columns["type_names"]
            arrays = cls.arrays(columns, store.entity_links())
            if cache is not None:
                _save_cache(cache, key, arrays, type_names)
        return cls(**arrays, type_names=list(type_names), entity_names=store.entity_names(),
                   published=store.published_dates(), fetch=store.events_by_rowid,
                   search=store.search_rowids, article_titles=store.article_titles,
                   article_codes=store.article_rowids)

    @classmethod
    def from_rows(cls, rows: list[dict], published: list[str] | None = None) -> TimelineIndex:
        """An index over event rows already in memory (exports, tests)."""
        rowids = [row.get("rowid", i) for i, row in enumerate(rows)]
        by_rowid = {r: row for r, row in zip(rowids, rows, strict=True)}
        entity_ids: dict[str, int] = {}
        links: tuple[list[int], list[int], list[int]] = ([], [], [])
        for rowid, row in zip(rowids, rows, strict=True):
            for role, key in ((ACTOR, "actors"), (LOCATION, "locations")):
                for entity in row.get(key, []):
                    eid = entity_ids.setdefault(entity["name"], len(entity_ids))
                    links[0].append(rowid)
                    links[1].append(eid)
                    links[2].append(role)
        type_code, type_names = _codes([r["type"] for r in rows])
        article_code, article_names = _codes([r.get("article_title") or "" for r in rows])
        granularity = [GRANULARITIES.index(r["granularity"]) if r["granularity"] in GRANULARITIES
                       else len(GRANULARITIES) - 1 for r in rows]
        columns = {
            "rowid": rowids, "start": iso_to_days(r["start"] for r in rows),
            "end": iso_to_days(r["end"] for r in rows), "granularity": granularity,
            "type": type_code, "expected": [r.get("status") == "expected" for r in rows],
            "article": article_code,
        }
        return cls(**cls.arrays(columns, links), type_names=type_names,
                   entity_names={v: k for k, v in entity_ids.items()},
                   published=published or sorted({r["published"] for r in rows
                                                  if r.get("published")}),
                   fetch=lambda ids: [{**by_rowid[i], "rowid": i} for i in ids if i in by_rowid],
                   article_titles=lambda codes: {c: article_names[c] for c in codes},
                   article_codes=lambda ids: [i for i, n in enumerate(article_names) if n in ids])

    def __len__(self) -> int:
        return len(self.rowid)

    # ------------------------------------------------------------------ filtering
    def _entity_ids(self, names: list[str]) -> np.ndarray:
        wanted = set(names)
        return np.fromiter((i for i, n in self.entity_names.items() if n in wanted), dtype=np.int64)

    def _with_entity(self, names: list[str], role: int) -> np.ndarray:
        hit = (self.link_role == role) & np.isin(self.link_entity, self._entity_ids(names))
        mask = np.zeros(len(self), dtype=bool)
        mask[self.link_event[hit]] = True
        return mask

    def select(self, flt) -> np.ndarray:
        """Positions of the events an `EventFilter` keeps, in time order."""
        mask = np.ones(len(self), dtype=bool)
        if flt.actors:
            mask &= self._with_entity(flt.actors, ACTOR)
        if flt.locations:
            mask &= self._with_entity(flt.locations, LOCATION)
        if flt.types:
            codes = [i for i, t in enumerate(self.type_names) if t in set(flt.types)]
            mask &= np.isin(self.type_code, codes)
        if flt.articles:
            mask &= np.isin(self.article_code, self.article_codes(list(flt.articles)))
        if flt.date_from:
            start = iso_to_days([flt.date_from])[0]
            mask &= self.t1 > start
        if flt.date_to:
            end = iso_to_days([flt.date_to])[0] + 1.0
            mask &= self.anchor < end
        if flt.text.strip() and self.search is not None:
            mask &= np.isin(self.rowid, np.asarray(self.search(flt.text), dtype=np.int64))
        return np.flatnonzero(mask)

    def facets(self, selection: np.ndarray, limit: int = 500) -> dict[str, list[tuple[str, int]]]:
        """Events per actor, location and type among the selection, most frequent first."""
        chosen = np.zeros(len(self), dtype=bool)
        chosen[selection] = True
        out: dict[str, list[tuple[str, int]]] = {}
        for key, role in (("actors", ACTOR), ("locations", LOCATION)):
            keep = chosen[self.link_event] & (self.link_role == role)
            ids, counts = np.unique(self.link_entity[keep], return_counts=True)
            order = np.lexsort((ids, -counts))[:limit]
            pairs = [(self.entity_names.get(int(ids[i]), "?"), int(counts[i])) for i in order]
            out[key] = sorted(pairs, key=lambda p: (-p[1], p[0]))
        codes, counts = np.unique(self.type_code[selection], return_counts=True)
        out["types"] = sorted(((self.type_names[c], int(n)) for c, n in zip(codes, counts,
                                                                              strict=True)),
                              key=lambda p: (-p[1], p[0]))
        return out

    def lanes(self, mode: str, selection: np.ndarray, limit: int = 50
              ) -> tuple[list[str], list[np.ndarray]]:
        """Lane names and, for each, the positions of its events (time order); the most
        frequent lanes first and the events with none last."""
        if mode == "none":
            return [""], [selection]
        if mode == "article":
            codes = self.article_code[selection]
            values, counts = np.unique(codes, return_counts=True)
            top = values[np.lexsort((values, -counts))][:limit]
            titles = self.article_titles([int(c) for c in top])
            return ([titles.get(int(c), f"article {c}") for c in top],
                    [selection[codes == c] for c in top])
        role = ACTOR if mode == "actor" else LOCATION
        chosen = np.zeros(len(self), dtype=bool)
        chosen[selection] = True
        keep = chosen[self.link_event] & (self.link_role == role)
        events, entities = self.link_event[keep], self.link_entity[keep]
        ids, counts = np.unique(entities, return_counts=True)
        top = ids[np.lexsort((ids, -counts))][:limit]
        keys, members = [], []
        in_top = np.isin(entities, top)
        order = np.lexsort((events[in_top], entities[in_top]))
        grouped_entities = entities[in_top][order]
        grouped_events = events[in_top][order]
        bounds = np.searchsorted(grouped_entities, top)
        ends = np.searchsorted(grouped_entities, top, side="right")
        for entity, lo, hi in zip(top, bounds, ends, strict=True):
            keys.append(self.entity_names.get(int(entity), "?"))
            members.append(np.unique(grouped_events[lo:hi]))
        named = np.zeros(len(self), dtype=bool)
        named[events] = True
        without = selection[~named[selection]]
        if len(without):
            keys.append(OTHER_LANE)
            members.append(without)
        return keys, members

    # ------------------------------------------------------------------ words
    def rows(self, positions: Iterable[int]) -> list[dict]:
        """Event rows (title, sentence, names, ...) for these positions, cached."""
        positions = list(positions)
        wanted = [int(self.rowid[p]) for p in positions]
        missing = [r for r in wanted if r not in self._cache]
        if missing:
            for row in self.fetch(missing):
                self._cache[int(row["rowid"])] = row
            if len(self._cache) > 20000:
                self._cache.clear()
                return self.rows(positions)
        return [self._cache[r] for r in wanted if r in self._cache]

    def position_of(self, rowid: int) -> int | None:
        hits = np.flatnonzero(self.rowid == rowid)
        return int(hits[0]) if len(hits) else None

    def date_text(self, row: dict) -> str:
        """The event's date as a reader says it (kept with the cached row)."""
        text = row.get("_date_text")
        if text is None:
            text = row["_date_text"] = describe_row(row)
        return text


def _load_cache(path: Path, key: str) -> tuple[dict | None, list[str] | None]:
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["key"]) != key:
                return None, None
            return {name: data[name] for name in ARRAYS}, [str(t) for t in data["type_names"]]
    except (OSError, KeyError, ValueError):
        return None, None


def _save_cache(path: Path, key: str, arrays: dict, type_names: list[str]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp.npz")
        np.savez(partial, key=np.array(key), type_names=np.array(type_names, dtype=str),
                 **arrays)
        partial.replace(path)
        caches = sorted(path.parent.glob("*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in caches[CACHE_FILES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a cache that cannot be written only costs time
