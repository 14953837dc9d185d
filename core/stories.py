"""One event, many reports: decide whether a newly stored event is one already reported by
another article (the same kind of event, on overlapping dates, with the same participants or
place), so the timeline shows it once with all its sources.

Events that only look alike stay apart: two strikes on Odesa in different weeks do not overlap in
time; an event known only as "on or before" a date matches a dated one only within a few days of
that bound.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

RECENT_DAYS = 7  # how far before its bound an "on or before" event may lie
LOOK_BACK_DAYS = 40  # a matching report starts at most this long before the new one (a month)
SAME_KIND = {"statement": {"statement"}}  # kinds that must match exactly


@dataclass
class Candidate:
    rowid: int
    story: int
    start: str
    end: str
    granularity: str
    shared_actors: int
    shared_places: int


def _day(iso: str) -> date | None:
    return date.fromisoformat(iso[:10]) if iso else None


def bounds(start: str, end: str, granularity: str) -> tuple[date, date]:
    """The interval an event may lie in; "on or before X" counts as the week up to X."""
    last = _day(end) or _day(start) or date.max
    first = _day(start) or (last - timedelta(days=RECENT_DAYS))
    return first, last


def overlaps(a: tuple[date, date], b: tuple[date, date], slack: int = 1) -> bool:
    return a[0] <= b[1] + timedelta(days=slack) and b[0] <= a[1] + timedelta(days=slack)


def same_story(event: dict, actors: set[int], places: set[int], candidate: Candidate) -> bool:
    """Whether a stored event reports the same happening as the new one."""
    if not overlaps(bounds(event["start"], event["end"], event["granularity"]),
                    bounds(candidate.start, candidate.end, candidate.granularity)):
        return False
    if places and candidate.shared_places == 0:
        return False  # a named place must be shared
    if actors and candidate.shared_actors == 0:
        return False
    # One shared place pins an event down; one shared actor alone ("Russia") does not.
    return candidate.shared_places >= 1 or candidate.shared_actors >= 2


def find_story(db, event: dict, actors: set[int], places: set[int]) -> int | None:
    """The story (rowid of its first event) a new event belongs to, if any."""
    entities = sorted(actors | places)
    if not entities:
        return None
    first, last = bounds(event["start"], event["end"], event["granularity"])
    marks = ",".join("?" for _ in entities)
    # Driven by the date index (a frequent name such as a president's would otherwise make every
    # import scan all of that name's events); "+" keeps SQLite from starting at the names.
    rows = db.execute(
        "SELECT e.rowid, e.story, e.start, e.\"end\", e.granularity, "
        "SUM(ee.role = 'actor'), SUM(ee.role = 'location') "
        "FROM events e INDEXED BY idx_events_type_sort_date "
        "JOIN event_entities ee ON ee.event_rowid = e.rowid "
        "WHERE e.sort_date BETWEEN ? AND ? "
        f"AND +ee.entity_id IN ({marks}) AND e.article_id != ? AND e.type = ? "
        "AND (e.\"end\" = '' OR e.\"end\" >= ?) AND (e.start = '' OR e.start <= ?) "
        "GROUP BY e.rowid ORDER BY COUNT(*) DESC LIMIT 50",
        [(first - timedelta(days=LOOK_BACK_DAYS)).isoformat(),
         (last + timedelta(days=1)).isoformat(), *entities, event["article_id"], event["type"],
         (first - timedelta(days=1)).isoformat(), (last + timedelta(days=1)).isoformat()],
    ).fetchall()
    for rowid, story, start, end, granularity, shared_actors, shared_places in rows:
        candidate = Candidate(rowid, story or rowid, start, end, granularity,
                              shared_actors or 0, shared_places or 0)
        if same_story(event, actors, places, candidate):
            return candidate.story
    return None
