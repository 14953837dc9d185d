"""Adaptive time-axis ticks, from decades down to hours, with two label rows.

The finest level whose labels still fit is chosen from the pixels one day takes; the upper row
names the enclosing period (the month over its days, the year over its months). Pure Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from ui.time_scale import TimeScale, Viewport, from_days


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    major: bool = False  # an upper-row label (the enclosing period)


@dataclass(frozen=True)
class Level:
    name: str
    days: float
    min_px: float  # pixels a label needs


def _month_start(d: datetime, step: int) -> datetime:
    month = ((d.month - 1) // step) * step + 1
    return datetime(d.year, month, 1)


def _add_months(d: datetime, months: int) -> datetime:
    index = d.year * 12 + d.month - 1 + months
    return datetime(index // 12, index % 12 + 1, 1)


def _iter_level(name: str, t0: datetime, t1: datetime) -> Iterator[datetime]:
    if name in {"hour", "3 hours", "6 hours"}:
        step = {"hour": 1, "3 hours": 3, "6 hours": 6}[name]
        d = t0.replace(minute=0, second=0, microsecond=0)
        d = d.replace(hour=(d.hour // step) * step)
        while d <= t1:
            yield d
            d += timedelta(hours=step)
    elif name == "day":
        d = datetime(t0.year, t0.month, t0.day)
        while d <= t1:
            yield d
            d += timedelta(days=1)
    elif name == "week":
        d = datetime(t0.year, t0.month, t0.day)
        d -= timedelta(days=d.weekday())
        while d <= t1:
            yield d
            d += timedelta(days=7)
    elif name in {"month", "quarter"}:
        step = 1 if name == "month" else 3
        d = _month_start(t0, step)
        while d <= t1:
            yield d
            d = _add_months(d, step)
    else:
        step = {"year": 1, "5 years": 5, "decade": 10, "50 years": 50, "century": 100}[name]
        d = datetime(max(1, (t0.year // step) * step), 1, 1)
        while d <= t1:
            yield d
            d = datetime(d.year + step, 1, 1)


LEVELS = [
    Level("hour", 1 / 24, 44), Level("3 hours", 1 / 8, 44), Level("6 hours", 1 / 4, 44),
    Level("day", 1, 26), Level("week", 7, 34), Level("month", 30.4, 38),
    Level("quarter", 91.3, 34), Level("year", 365.25, 40), Level("5 years", 1826, 40),
    Level("decade", 3652, 46), Level("50 years", 18262, 46), Level("century", 36524, 50),
]
MAJOR_OF = {"hour": "day", "3 hours": "day", "6 hours": "day", "day": "month",
            "week": "month", "month": "year", "quarter": "year", "year": "decade",
            "5 years": "century", "decade": "century"}


def minor_label(name: str, d: datetime) -> str:
    if name in {"hour", "3 hours", "6 hours"}:
        return d.strftime("%H:%M")
    if name in {"day", "week"}:
        return str(d.day)
    if name == "month":
        return d.strftime("%b")
    if name == "quarter":
        return f"Q{(d.month - 1) // 3 + 1}"
    if name in {"decade", "50 years", "century"}:
        return f"{d.year}s"
    return str(d.year)


def major_label(name: str, d: datetime) -> str:
    if name == "day":
        return d.strftime("%a %d %B %Y").replace(" 0", " ")
    if name == "month":
        return d.strftime("%B %Y")
    if name == "year":
        return str(d.year)
    if name == "decade":
        return f"{d.year}s"
    return f"{d.year}s"


def choose_level(px_per_day: float, measure: Callable[[str], float] | None = None) -> Level:
    """The finest level whose ticks are at least a label apart."""
    for level in LEVELS:
        if level.days * px_per_day >= level.min_px:
            return level
    return LEVELS[-1]


def ticks(scale: TimeScale, view: Viewport) -> tuple[Level, list[Tick]]:
    """Minor and major ticks for the visible window; none inside compressed gaps."""
    level = choose_level(view.px_per_unit)
    t0 = from_days(scale.to_days(view.u0))
    t1 = from_days(scale.to_days(view.u1))
    t0 = max(t0, datetime(1, 1, 2))
    out: list[Tick] = []
    count = 0
    for moment in _iter_level(level.name, t0, t1):
        u = scale.to_units(moment.toordinal() + (moment.hour * 60 + moment.minute) / 1440)
        if scale.in_gap(u):
            continue
        out.append(Tick(view.x(u), minor_label(level.name, moment)))
        count += 1
        if count > 2000:
            break
    major_name = MAJOR_OF.get(level.name)
    if major_name:
        majors: list[Tick] = []
        starts = [(scale.to_units(m.toordinal()), m, False) for m in
                  _iter_level(major_name, t0 - timedelta(days=1), t1)]
        # After a compressed gap, name the period the axis resumes in.
        for gap in scale.gaps:
            if view.u0 < gap.u1 < view.u1:
                resumed = from_days(scale.to_days(gap.u1))
                first = next(iter(_iter_level(major_name, resumed, resumed)), resumed)
                starts.append((gap.u1, first, True))
        for u, moment, resumes in sorted(starts, key=lambda s: s[0]):
            if scale.in_gap(u):
                continue
            x = max(view.x(u), 0.0)
            label = major_label(major_name, moment)
            if majors and majors[-1].label == label:
                continue
            if majors and x - majors[-1].x < 110:
                if majors[-1].x == 0.0 or resumes:
                    majors[-1] = Tick(x, label, major=True)  # the clamped label gives way
                continue
            majors.append(Tick(x, label, major=True))
        out.extend(majors)
    return level, out
