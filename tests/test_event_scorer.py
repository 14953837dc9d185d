"""The event benchmark's scorer pairs each gold event with its own prediction."""

from __future__ import annotations

import sys
from pathlib import Path

from core.models import EntityRef, Event, When

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from event_eval import score_document


def _event(title: str, start: str, end: str) -> Event:
    return Event(title=title, type="statement",
                 when=When(start, end, "month" if start else "unknown", None, "explicit"),
                 actors=[EntityRef(name="Edgar Woolard", kind="person")], locations=[],
                 sentence="s", span=(0, 50))


def _gold(start: str, end: str) -> dict:
    return {"summary": "g", "when": {"start": start, "end": end}, "actors": ["Edgar Woolard"],
            "locations": [], "span": [0, 50]}


def test_two_events_of_one_sentence_each_meet_their_own_gold_event():
    said = _event("Woolard said", "", "1989-10-26")
    entered = _event("Woolard entered his post", "1989-04-01", "1989-04-30")
    gold = [_gold("", "1989-04-30"), _gold("1989-04-01", "1989-04-30")]  # said before April; April
    tally = score_document([said, entered], gold, {})
    assert (tally.matched, tally.date_exact) == (2, 1)  # April meets April, not the statement
