"""TIMEX3 values as intervals: first and last possible day, and a granularity.

"2025-07" is 2025-07-01 .. 2025-07-31 (month); "PAST_REF" is "on or before" the publication date
(start unbounded, granularity unknown).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from core.models import When

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PART_OF_DAY = {"MO", "AF", "EV", "NI", "DT"}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def interval(value: str, published: str) -> tuple[str, str, str] | None:
    """(start, end, granularity) of a TIMEX3 date value; None for durations and sets."""
    if value == "PRESENT_REF":
        return published, published, "day"
    if value == "PAST_REF":
        return "", published, "unknown"
    if value == "FUTURE_REF":
        return published, "", "unknown"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T([A-Z]{2}))?", value)
    if m:
        day = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        if m.group(4):
            stamp = f"{day}T{m.group(4)}:{m.group(5)}"
            return stamp, stamp, "minute" if m.group(5) != "00" else "hour"
        return day, day, "day"
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        return f"{year:04d}-{month:02d}-01", _month_end(year, month).isoformat(), "month"
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        if m.group(3):
            return (monday + timedelta(days=5)).isoformat(), (monday + timedelta(days=6)).isoformat(), "day"
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        year, quarter = int(m.group(1)), int(m.group(2))
        return (f"{year:04d}-{3 * quarter - 2:02d}-01",
                _month_end(year, 3 * quarter).isoformat(), "quarter")
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        year, half = int(m.group(1)), int(m.group(2))
        return f"{year:04d}-{6 * half - 5:02d}-01", _month_end(year, 6 * half).isoformat(), "quarter"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        year = int(m.group(1))
        first, last = SEASON_MONTHS[m.group(2)]
        end_year = year + 1 if last < first else year
        return f"{year:04d}-{first:02d}-01", _month_end(end_year, last).isoformat(), "season"
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        return f"{value}-01-01", f"{value}-12-31", "year"
    m = re.fullmatch(r"(\d{3})X?", value)
    if m:
        decade = int(m.group(1)) * 10
        return f"{decade:04d}-01-01", f"{decade + 9:04d}-12-31", "decade"
    return None


def unknown_before(published: str) -> When:
    """An event the text does not date: on or before the publication date."""
    return When(start="", end=published, granularity="unknown", text=None, anchor="published-date")


def describe_row(row: dict) -> str:
    """`describe` for a stored event row."""
    return describe(When(row["start"], row["end"], row["granularity"], row.get("time_text"),
                         row["anchor"]))


def describe(when: When) -> str:
    """The date as a reader says it: "July 2025", "21 Dec 2025", "on or before 21 Dec 2025"."""
    def day_text(iso: str) -> str:
        d = date.fromisoformat(iso[:10])
        return f"{d.day} {d.strftime('%b')} {d.year}" + (f", {iso[11:16]}" if len(iso) > 10 else "")

    g = when.granularity
    if g == "unknown":
        if when.start and not when.end:
            return f"on or after {day_text(when.start)}"
        if when.end and not when.start:
            return f"on or before {day_text(when.end)}"
        if when.start and when.end:
            return f"between {day_text(when.start)} and {day_text(when.end)}"
        return "date unknown"
    if (when.text or "").lower().startswith("since ") and when.end:  # "since 1983": 1983 – 26 Oct 1989
        return f"{describe(When(when.start, when.start, g, None, when.anchor))} – {day_text(when.end)}"
    start = date.fromisoformat(when.start[:10])
    if g == "day" and when.end and when.end[:10] != when.start[:10]:
        return f"{day_text(when.start)} – {day_text(when.end)}"  # a weekend
    if g in {"day", "hour", "minute"}:
        return day_text(when.start)
    if g == "week":
        return f"week of {day_text(when.start)}"
    if g == "month":
        return start.strftime("%B %Y")
    if g == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if g == "season":
        names = {3: "Spring", 6: "Summer", 9: "Autumn", 12: "Winter"}
        return f"{names.get(start.month, 'Season')} {start.year}"
    if g == "year":
        return str(start.year)
    if g == "decade":
        return f"{start.year}s"
    return f"{when.start} – {when.end}"
