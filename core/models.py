"""Plain records passed between reader, tagger, extractor, store and views."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

GRANULARITIES = (
    "minute", "hour", "day", "week", "month", "quarter", "season", "year", "decade", "unknown",
)


# Which rules extracted the events stored for an article: raise it whenever a change to the
# extraction changes what is found, so that a re-import replaces events an older version found.
EXTRACTION_VERSION = 17


@dataclass
class Article:
    """An article as read from disk: its text, title and publication date."""

    text: str
    title: str
    published: str | None  # ISO date
    path: str = ""
    # Character spans of lines that are headings, bullets or otherwise not narrative sentences.
    skipped_lines: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class TimeExpression:
    """A time expression found in text, with its TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    # How the value was resolved: explicit, relative-to-published, relative-to-event.
    anchor: str = "explicit"
    # Set when the expression refers to a future moment ("tomorrow", "by the end of the month").
    future: bool = False

    def to_json(self) -> dict:
        """The `times --json` record."""
        return {"start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "value": self.value}


@dataclass
class When:
    """An event's time as an interval with a granularity (see the time model in README)."""

    start: str  # ISO date or date-time; "" when unbounded (on or before `end`)
    end: str
    granularity: str
    text: str | None
    anchor: str

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class EntityRef:
    """An actor or a location as mentioned by an event, by canonical name."""

    name: str
    kind: str
    lat: float | None = None
    lon: float | None = None
    aliases: list[str] = field(default_factory=list)
    role: str | None = None  # "President", "special envoy", ...


@dataclass
class Event:
    """Something that happened or is expected, tied to the sentence that states it."""

    title: str
    type: str
    when: When
    actors: list[EntityRef]
    locations: list[EntityRef]
    sentence: str
    span: tuple[int, int]
    status: str = "happened"  # happened | expected
    time_span: tuple[int, int] | None = None  # offsets of the governing time expression

    def to_json(self) -> dict:
        """The event record of the `extract --json` contract."""
        return {
            "title": self.title,
            "type": self.type,
            "status": self.status,
            "when": self.when.to_json(),
            "actors": [{"name": a.name, "kind": a.kind} for a in self.actors],
            "locations": [
                {"name": loc.name, "kind": loc.kind, "lat": loc.lat, "lon": loc.lon}
                for loc in self.locations
            ],
            "sentence": self.sentence,
            "span": list(self.span),
        }
