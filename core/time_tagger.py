"""Find time expressions in English news text and give them TIMEX3 types and values.

The recogniser is ours: readable rules over words ("last week", "on Friday", "three days",
"every Monday", "by the end of the month"). Calendar dates are normalised with dateparser, pinned to
English. Relative expressions resolve against the document creation (publication) date, and those
that refer back to the narrative ("the next day", "on the same day") against the last date the text
named (`anchor="relative-to-event"`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from core.clause_tense import clause_tense, told_in_past_perfect
from core.models import TimeExpression

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "couple": 2, "dozen": 12,
}
VAGUE_COUNTS = {"several", "few", "a few", "many", "some", "couple of", "a couple of", "the"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
UNIT_CODES = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "weekend": ("WE", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False), "night": ("D", False),
}
# A unit's next smaller one, for fractional amounts: (how many, its code, whether it is a time).
SMALLER_UNIT = {"year": (12, "M", False), "month": (30, "D", False), "week": (7, "D", False),
                "day": (24, "H", True), "hour": (60, "M", True), "minute": (60, "S", True)}
DECADE_WORDS = {"twenties": "192", "thirties": "193", "forties": "194", "fifties": "195",
                "sixties": "196", "seventies": "197", "eighties": "198", "nineties": "199"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI"}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|"
          r"Dec\.?)")
_MONTH_NAME = r"(?:January|February|March|April|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_NUM_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
             r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
             r"sixty|seventy|eighty|ninety|hundred)(?:[- ](?:one|two|three|four|five|six|seven|"
             r"eight|nine))?")
_COUNT = rf"(?:\d+(?:\.\d+|\s+1/2|½)?|{_NUM_WORD}|an?|several|a few|few|many|some|a couple of|a dozen)"
_UNIT = r"(?:second|minute|hour|day|week|weekend|month|quarter|year|decade|century|centuries)"
# How far before its unit a duration may start ("for the following more than twenty-seven days").
_REACH_BEFORE_UNIT = 80
_APPROX = r"(?:(?:more|less|fewer) than|nearly|almost|about|around|roughly|at least|up to|over|some|just)"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"


@dataclass
class _Rule:
    pattern: re.Pattern[str]
    handler: Callable[[re.Match[str], _Context], tuple[str, str, str] | None]
    # A word every match holds, cheap to find, and how far a match may reach before and after it:
    # the costly pattern is then tried only around those words.
    near: re.Pattern[str] | None = None
    reach: tuple[int, int] = (0, 0)

    def matches(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        """The pattern's matches in `text`, as a scan of the whole text finds them (`lowered`:
        the text in ASCII lower case, where the words are looked for)."""
        if self.near is None:
            yield from self.pattern.finditer(text)
            return
        before, after = self.reach
        windows: list[list[int]] = []
        for hit in self.near.finditer(lowered if lowered is not None else lower_ascii(text)):
            low, high = max(0, hit.start() - before), min(len(text), hit.end() + after)
            if windows and low <= windows[-1][1]:
                windows[-1][1] = high
            else:
                windows.append([low, high])
        for low, high in windows:
            yield from self.pattern.finditer(text, low, high)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_ascii(text: str) -> str:
    """The text with A-Z in lower case: the same length, so offsets stay true."""
    return text.translate(_ASCII_LOWER)


def _word(pattern: str) -> re.Pattern[str]:
    """A rule's word to look for, in lower case, in the lowered text."""
    return re.compile(pattern)


@dataclass
class _Context:
    dct: date
    text: str
    last_date: date | None  # the last day-precise date the text named, for "the next day"
    last_period: tuple[str, int] | None = None  # the last quarter or month named, and where
    last_year: int | None = None  # the year of the last date named, for "later that year"
    last_month: tuple[int, int] | None = None  # and its month, for "that month"
    last_written: tuple[date, int] | None = None  # the last date written with its year, and where


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _count(word: str) -> float | None:
    """A number word or digits as a number; None for vague counts ("several")."""
    word = word.lower().strip()
    if word in VAGUE_COUNTS:
        return None
    half = re.fullmatch(r"(\d+)(?:\s+1/2|½)", word)
    if half:  # "5 1/2"
        return int(half.group(1)) + 0.5
    try:
        return float(word)
    except ValueError:
        pass
    total = 0
    for part in re.split(r"[- ]", word):
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return total


def _duration_value(count: float | None, unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    code, is_time = UNIT_CODES.get(unit, ("D", False))
    if unit == "weekend":
        code = "WE"
    if count is None:
        amount = "X"
    elif count == int(count):
        amount = str(int(count))
    elif unit in SMALLER_UNIT and (count * SMALLER_UNIT[unit][0]) % 1 == 0:
        # "5 1/2 hours" is PT5H30M, "2 1/2 years" P2Y6M, "a day and a half" P1DT12H.
        factor, smaller, smaller_is_time = SMALLER_UNIT[unit]
        whole, rest = int(count), round((count - int(count)) * factor)
        head = f"{whole}{code}" if whole else ""
        tail = f"{rest}{smaller}"
        if is_time:
            return f"PT{head}{tail}"
        return f"P{head}T{tail}" if smaller_is_time else f"P{head}{tail}"
    else:
        amount = str(count)
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"


def _future_context(ctx: _Context, start: int, end: int) -> bool:
    """Whether the verb governing a time expression speaks of the future."""
    return clause_tense(ctx.text, start, end) == "future"


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


# What stands before a time counted from: "since November", "since early December", "since the 1980s".
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+|(?:early|late|mid)[- ]?)?$", re.IGNORECASE)


def _infer_year(ctx: _Context, month: int, day: int | None, start: int, end: int) -> int:
    """The year of a month (and day) named without one: the occurrence nearest to publication,
    unless the governing verb's tense puts it on the other side and the nearest one is not close
    (a past verb often speaks of a date weeks ahead: "extended the offer to Nov. 20")."""
    dct = ctx.dct
    if day and ctx.last_written is not None and start - ctx.last_written[1] < 1500 \
            and ctx.last_written[0].year != dct.year:
        told = ctx.last_written[0]  # "On February 26, 2017, Wikileaks announced ... Two days later,
        near = date(told.year, month, min(day, 28))  # on February 28": the story's year, not
        if 0 <= (near - told).days <= 62:  # the publication's
            return told.year
    if not day and ctx.last_month is not None and ctx.last_month[0] != dct.year \
            and told_in_past_perfect(ctx.text, start, end):
        # "By July 2001, BackRub had been renamed Google ... In March, Schmidt had become the
        # chairman": the March before the time the story is at, not the publication's
        told_year, told_month = ctx.last_month
        return told_year if month <= told_month else told_year - 1
    reference = dct if day else date(dct.year, dct.month, 1)
    options = sorted(
        ((when - reference).days, year)
        for year in (dct.year - 1, dct.year, dct.year + 1)
        for when in (date(year, month, min(day or 1, 28)),)
    )
    offset, year = min(options, key=lambda o: abs(o[0]))
    if offset > 0 and SINCE_BEFORE.search(ctx.text[max(0, start - 16):start]):
        return max(y for d, y in options if d <= 0)  # "since November", said in October: last year's
    close = (62 if offset > 0 else 14) if day else 31
    if abs(offset) <= close:
        return year
    tense = clause_tense(ctx.text, start, end)
    if tense == "past" and offset > 0:
        return max(y for d, y in options if d <= 0)
    if tense == "future" and offset < 0:
        return min(y for d, y in options if d >= 0)
    return year


def _calendar_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# ---------------------------------------------------------------- handlers
# Each returns (type, value, anchor) or None to reject the match.

def _h_full_date(m: re.Match[str], ctx: _Context):
    import dateparser

    parsed = dateparser.parse(
        m.group(0).replace(".", " ").replace(",", " "), languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None:
        return None
    return "DATE", parsed.date().isoformat(), "explicit"


def _h_month_day(m: re.Match[str], ctx: _Context):
    month = _month_number(m.group("month"))
    day = int(re.sub(r"\D", "", m.group("day")))
    modifier = (m.groupdict().get("mod") or "").lower()
    if modifier:  # "this February 24", "last March 3": the year the modifier says, as for a month
        year = _year_of_named_month(ctx, month, modifier)
    else:
        year = _infer_year(ctx, month, day, m.start(), m.end())
    value = _calendar_date(year, month, day)
    return ("DATE", value, "relative-to-published") if value else None


def _h_month_year(m: re.Match[str], ctx: _Context):
    return "DATE", f"{int(m.group('year')):04d}-{_month_number(m.group('month')):02d}", "explicit"


def _year_of_named_month(ctx: _Context, month: int, modifier: str) -> int:
    """The year of a month named with "last", "next" or "this"."""
    if modifier.startswith("last"):
        # "last February" said in March is a year ago: last month would have been "last month"
        return ctx.dct.year if month < ctx.dct.month - 1 else ctx.dct.year - 1
    if modifier.startswith("next"):
        return ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    return ctx.dct.year


def _h_month_alone(m: re.Match[str], ctx: _Context):
    month = _month_number(m.group("month"))
    modifier = (m.groupdict().get("mod") or "").lower()
    if modifier.startswith(("last", "next", "this")):
        year = _year_of_named_month(ctx, month, modifier)
    else:
        year = _infer_year(ctx, month, None, m.start(), m.end())
    return "DATE", f"{year:04d}-{month:02d}", "relative-to-published"


def _h_month_of_year(m: re.Match[str], ctx: _Context):
    """"in early October this year", "February last year", "May of next year"."""
    offset = {"this": 0, "last": -1, "next": 1}[m.group("which").lower()]
    return "DATE", f"{ctx.dct.year + offset:04d}-{_month_number(m.group('month')):02d}", \
        "relative-to-published"


def _h_iso_date(m: re.Match[str], ctx: _Context):
    value = _calendar_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return ("DATE", value, "explicit") if value else None


def _h_slash_date(m: re.Match[str], ctx: _Context):
    year = int(m.group("y"))
    if year < 100:
        year += 1900 if year > 30 else 2000
    value = _calendar_date(year, int(m.group("m")), int(m.group("d")))
    return ("DATE", value, "explicit") if value else None


def _h_year(m: re.Match[str], ctx: _Context):
    return "DATE", m.group("year"), "explicit"


def _h_decade(m: re.Match[str], ctx: _Context):
    digits = m.group("decade")
    if len(digits) == 2:  # '90s
        century = ctx.dct.year // 100
        decade = century * 10 + int(digits[0])
        if decade * 10 > ctx.dct.year:
            decade -= 10
        return "DATE", f"{decade:03d}", "relative-to-published"
    return "DATE", digits[:3], "explicit"  # TIMEX3 writes a decade as its first three digits


def _h_season(m: re.Match[str], ctx: _Context):
    season = SEASONS[(m.group("season") or m.group("season2")).lower()]
    modifier = (m.group("mod") or "").lower()
    year = ctx.dct.year
    explicit_year = m.group("year") or m.group("year2")
    if explicit_year:
        year = int(explicit_year)
        anchor = "explicit"
    else:
        anchor = "relative-to-published"
        if modifier == "last":  # the latest season gone by: "last spring", said in October, is
            # this year's (winter, which spans the new year, is last year's)
            ends = {"SP": 5, "SU": 8, "FA": 11}.get(season)
            year -= 0 if ends is not None and ctx.dct.month > ends else 1
        elif modifier == "next":
            year += 1
    return "DATE", f"{year}-{season}", anchor


def _quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _h_quarter(m: re.Match[str], ctx: _Context):
    quarter = ORDINALS[m.group("ord").lower()]
    if m.group("year") or m.group("year2"):  # "the third quarter of 1988", "the 1988 third quarter"
        return "DATE", f"{m.group('year') or m.group('year2')}-Q{quarter}", "explicit"
    year, current = _quarter_of(ctx.dct)
    if quarter > current and not _future_context(ctx, m.start(), m.end()):
        year -= 1
    return "DATE", f"{year}-Q{quarter}", "relative-to-published"


def _h_half(m: re.Match[str], ctx: _Context):
    half = 1 if m.group("ord").lower() in {"first", "1st"} else 2
    year = int(m.group("year")) if m.group("year") else ctx.dct.year
    return "DATE", f"{year}-H{half}", "explicit" if m.group("year") else "relative-to-published"


def _h_deictic_day(m: re.Match[str], ctx: _Context):
    word = m.group("word").lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    day = ctx.dct + timedelta(days=offset)
    part = m.group("part")
    if word == "tonight":
        return "TIME", f"{day.isoformat()}TNI", "relative-to-published"
    if part:
        return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[part.lower()]}", "relative-to-published"
    return "DATE", day.isoformat(), "relative-to-published"


def _h_this_part(m: re.Match[str], ctx: _Context):
    offset = -1 if m.group("mod").lower() == "last" else 0
    day = ctx.dct + timedelta(days=offset)
    return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[m.group('part').lower()]}", \
        "relative-to-published"


def _weekday_date(ctx: _Context, weekday: int, modifier: str, start: int, end: int) -> date:
    """The day a weekday names: the coming one when its verb speaks of the future, else (news
    mostly reports what happened) the latest one, the publication day itself included."""
    dct = ctx.dct
    delta = weekday - dct.weekday()
    if modifier == "last":
        # "last Tuesday" said on a Wednesday is the Tuesday of last week (weeks as English
        # speakers count them, Sunday to Saturday: said on a Sunday, "last Monday" is six days ago)
        week_start = dct - timedelta(days=(dct.weekday() + 1) % 7)
        return week_start - timedelta(days=7) + timedelta(days=(weekday + 1) % 7)
    if modifier == "next" or (delta != 0 and _future_context(ctx, start, end)):
        return dct + timedelta(days=delta if delta > 0 else delta + 7)
    if modifier == "this":
        return dct + timedelta(days=delta)
    return dct + timedelta(days=delta if delta <= 0 else delta - 7)


def _h_weekday(m: re.Match[str], ctx: _Context):
    weekday = WEEKDAYS[m.group("weekday").lower()]
    modifier = " ".join((m.group("mod") or "").lower().split())
    if modifier in {"coming", "this coming"}:
        modifier = "next"
    day = _weekday_date(ctx, weekday, modifier, m.start(), m.end())
    # "Friday night" names the day: news annotation mostly values it as the date alone.
    return "DATE", day.isoformat(), "relative-to-published"


def _h_all_period(m: re.Match[str], ctx: _Context):
    """"All week, officials have issued statements": the week now running."""
    return "DATE", _relative_unit_value(m.group("unit"), ctx.dct, 0), "relative-to-published"


def _relative_unit_value(unit: str, day: date, offset: int) -> str:
    unit = unit.lower()
    if unit == "day":
        return (day + timedelta(days=offset)).isoformat()
    if unit in {"week", "weekend"}:
        shifted = day + timedelta(weeks=offset)
        suffix = "-WE" if unit == "weekend" else ""
        return _week_value(shifted) + suffix
    if unit == "month":
        shifted = _shift_months(day, offset)
        return f"{shifted.year:04d}-{shifted.month:02d}"
    if unit == "quarter":
        shifted = _shift_months(day, 3 * offset)
        year, quarter = _quarter_of(shifted)
        return f"{year}-Q{quarter}"
    if unit == "year":
        return f"{day.year + offset:04d}"
    if unit == "decade":
        return f"{(day.year + 10 * offset) // 10:03d}"
    if unit == "century":
        return f"{(day.year + 100 * offset) // 100:02d}"
    return day.isoformat()


def _h_relative_unit(m: re.Match[str], ctx: _Context):
    """last week, this month, next year, the past year, the coming weekend."""
    modifier = m.group("mod").lower()
    unit = m.group("unit").lower()
    offset = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
              "coming": 1, "following": 1}[modifier.split()[-1]]
    if modifier == "past" and unit == "decade":
        return "DURATION", "P10Y", "relative-to-published"  # the ten years up to now, not the 2010s
    return "DATE", _relative_unit_value(unit, ctx.dct, offset), "relative-to-published"


def _h_narrative_unit(m: re.Match[str], ctx: _Context):
    """the next day, the following week, the previous day, the same day, that day."""
    modifier = m.group("mod").lower()
    unit = m.group("unit").lower()
    offset = {"next": 1, "following": 1, "previous": -1, "same": 0, "that": 0,
              "preceding": -1}[modifier]
    if modifier == "previous" and unit not in {"day", *PARTS_OF_DAY}:
        return _h_relative_unit(m, ctx)
    named = (ctx.last_year if unit == "year" else ctx.last_month) if unit in {"year", "month"} else None
    if modifier in {"that", "same"} and unit in {"year", "month"} \
            and (named is not None or modifier == "that"):
        # "later that year", "the same month": the year (month) the text last named, if it named one
        if named is None:
            return None
        value = f"{named:04d}" if unit == "year" else f"{named[0]:04d}-{named[1]:02d}"
        return "DATE", value, "relative-to-event"
    if modifier in {"next", "following"} and unit in {"year", "month"} and (
            named := ctx.last_year if unit == "year" else ctx.last_month) is not None:
        # "In March, ... The following month, the company put itself up for sale": April
        if unit == "year":
            return "DATE", f"{named + 1:04d}", "relative-to-event"
        year, month = divmod(named[0] * 12 + named[1], 12)  # (the month after `named`)
        return "DATE", f"{year:04d}-{month + 1:02d}", "relative-to-event"
    base = ctx.last_date or ctx.dct
    anchor = "relative-to-event" if ctx.last_date else "relative-to-published"
    if unit in PARTS_OF_DAY:  # "the next morning", "that night"
        day = base + timedelta(days=offset)
        return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[unit]}", anchor
    return "DATE", _relative_unit_value(unit, base, offset), anchor


def _h_day_of_that_month(m: re.Match[str], ctx: _Context):
    """"On the 27th of the same month", "the 10th of that month": that day of the month the
    text last named."""
    if ctx.last_month is None:
        return None
    value = _calendar_date(ctx.last_month[0], ctx.last_month[1], int(m.group("day")))
    return ("DATE", value, "relative-to-event") if value else None


def _h_day_before(m: re.Match[str], ctx: _Context):
    offset = -1 if m.group("dir").lower() == "before" else 1
    base = ctx.last_date or ctx.dct
    anchor = "relative-to-event" if ctx.last_date else "relative-to-published"
    return "DATE", (base + timedelta(days=offset)).isoformat(), anchor


def _h_ago(m: re.Match[str], ctx: _Context):
    """three days ago, a year ago, two weeks earlier, a month later."""
    count = _count(m.group("count"))
    unit = m.group("unit").lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    direction = m.group("dir").lower()
    relative_to_event = direction in {"earlier", "later", "before", "after"}
    base = (ctx.last_date or ctx.dct) if relative_to_event else ctx.dct
    anchor = "relative-to-event" if relative_to_event and ctx.last_date else "relative-to-published"
    sign = 1 if direction in {"later", "after", "from now", "hence"} else -1
    if count is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor
    n = int(count) * sign
    if unit == "year" and count == 1 and ctx.last_period and \
            m.start() - ctx.last_period[1] < 1500:
        # "third-quarter net rose from $66.8 million a year ago": the period just named,
        # a year before.
        value = ctx.last_period[0]
        return "DATE", f"{int(value[:4]) + n:04d}{value[4:]}", "relative-to-event"
    if unit == "year" and direction == "later" and ctx.last_year is not None \
            and (ctx.last_date is None or ctx.last_date.year != ctx.last_year):
        # "Before leaving public life in 2008, ... Two years later": 2010, from the year named
        return "DATE", f"{ctx.last_year + n:04d}", "relative-to-event"
    if unit == "day":
        return "DATE", (base + timedelta(days=n)).isoformat(), anchor
    if unit in {"hour", "minute", "second"}:
        return "DATE", base.isoformat(), anchor
    if unit == "decade":  # "a decade ago": about that year, not the whole decade it fell in
        return "DATE", f"{base.year + 10 * n:04d}", anchor
    return "DATE", _relative_unit_value(unit, base, n), anchor


def _h_part_of_period(m: re.Match[str], ctx: _Context):
    """earlier this month, later this year, early next week, late last year."""
    modifier = m.group("mod").lower()
    unit = m.group("unit").lower()
    offset = {"last": -1, "this": 0, "next": 1}[modifier]
    return "DATE", _relative_unit_value(unit, ctx.dct, offset), "relative-to-published"


def _h_end_of(m: re.Match[str], ctx: _Context):
    """the end of the month, the end of next year, the beginning of the week."""
    if m.group("year"):
        return "DATE", m.group("year"), "explicit"
    unit = m.group("unit").lower()
    modifier = (m.group("mod") or "the").lower()
    offset = {"the": 0, "this": 0, "next": 1, "last": -1}[modifier]
    base = ctx.dct
    value = _relative_unit_value(unit, base, offset)
    if m.group("edge").lower() == "end" and unit in {"month", "week"}:
        # "By the end of the month": the month's last day.
        if unit == "month":
            first = _shift_months(base, offset)
            last = _shift_months(first, 1) - timedelta(days=1)
            return "DATE", last.isoformat(), "relative-to-published"
    return "DATE", value, "relative-to-published"


def _h_year_earlier(m: re.Match[str], ctx: _Context):
    """"the year-earlier quarter", "the year-ago period", "year-earlier" (results a year back)."""
    what = (m.group("what") or "").lower()
    year = ctx.dct.year
    latest = _shift_months(ctx.dct, -3)
    latest_year, latest_quarter = _quarter_of(latest)
    named = (int(ctx.last_period[0][:4]), int(ctx.last_period[0][-1])) \
        if ctx.last_period and m.start() - ctx.last_period[1] < 400 and "Q" in ctx.last_period[0] else None
    if named is not None and named <= _quarter_of(ctx.dct):  # (results told are of a quarter
        latest_year, latest_quarter = named  # begun, not of "the third quarter of 1990" forecast)
    if "nine months" in what:
        return "DURATION", "P9M", "relative-to-published"
    if what or ctx.last_period:
        return "DATE", f"{latest_year - 1}-Q{latest_quarter}", "relative-to-published"
    return "DATE", f"{year - 1}", "relative-to-published"


def _h_years_quarter(m: re.Match[str], ctx: _Context):
    """"this year's third quarter", "next year's first quarter"."""
    year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m.group("mod").lower()]
    named = re.fullmatch(r"\d{4}-Q(\d)", ctx.last_period[0]) if ctx.last_period else None
    quarter = ORDINALS[m.group("ord").lower()] if m.group("ord") \
        else int(named.group(1)) if named else _quarter_of(ctx.dct)[1]  # "last year's quarter",
    # after "this year's third quarter": the third
    return "DATE", f"{year}-Q{quarter}", "relative-to-published"


def _h_spelled_year(m: re.Match[str], ctx: _Context):
    """"nineteen ninety-six", "the year two thousand"."""
    if m.group("century").lower() == "two thousand":
        rest = _count(m.group("rest")) if m.group("rest") else 0
        return ("DATE", f"{2000 + int(rest):04d}", "explicit") if rest is not None else None
    if not m.group("rest"):
        return None  # "nineteen" alone is a number
    rest = _count(m.group("rest"))
    return ("DATE", f"{1900 + int(rest):04d}", "explicit") if rest is not None else None


def _h_weekend(m: re.Match[str], ctx: _Context):
    """The weekend just past (or under way); the coming one in future-tense context."""
    dct = ctx.dct
    saturday = dct + timedelta(days=5 - dct.weekday())
    if saturday > dct and not _future_context(ctx, m.start(), m.end()):
        saturday -= timedelta(days=7)
    return "DATE", _week_value(saturday) + "-WE", "relative-to-published"


HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
            "valentine's day": (2, 14), "halloween": (10, 31)}


def _h_holiday(m: re.Match[str], ctx: _Context):
    """Christmas, Thanksgiving (the fourth Thursday of November); "Thanksgiving weekend" is the
    weekend of its week, "Christmas last year" the one of the year before, "Christmas 2012" that
    year's."""
    name = m.group("name").lower()
    month, day = HOLIDAYS.get(name, (11, 25))
    if m.group("year"):  # "by Christmas 2012"
        year = int(m.group("year"))
    elif m.group("mod"):
        year = ctx.dct.year + {"last": -1, "next": 1, "this": 0}[m.group("mod").lower()]
    else:
        year = _infer_year(ctx, month, day, m.start(), m.end())
    holiday = date(year, month, day)
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)
        holiday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if m.group("weekend"):
        return "DATE", _week_value(holiday) + "-WE", "relative-to-published"
    return "DATE", holiday.isoformat(), "relative-to-published"


def _h_duration(m: re.Match[str], ctx: _Context):
    raw = m.group("count") or ""
    plural = m.string[m.end("unit"):m.end("unit") + 1].lower() == "s"
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", raw) and not plural:
        # "the 1988 quarter" is a period of 1988, not 1988 quarters: the quarter last spoken of
        quarter = re.fullmatch(r"\d{4}-(Q\d)", ctx.last_period[0]) if ctx.last_period else None
        unit = m.group("unit").lower()
        return "DATE", f"{raw}-{quarter.group(1)}" if unit == "quarter" and quarter else raw, "explicit"
    count = _count(raw) if raw else None
    if count is not None and m.group("half"):  # "an hour and a half"
        count += 0.5
    return "DURATION", _duration_value(count, m.group("unit")), "explicit"


def _h_bare_plural_duration(m: re.Match[str], ctx: _Context):
    return "DURATION", _duration_value(None, m.group("unit")), "explicit"


def _h_set(m: re.Match[str], ctx: _Context):
    word = m.group(0).lower()
    for weekday, index in WEEKDAYS.items():
        if weekday in word:
            return "SET", f"XXXX-WXX-{index + 1}", "explicit"
    for key, value in (("dail", "P1D"), ("day", "P1D"), ("night", "P1D"), ("week", "P1W"),
                       ("month", "P1M"), ("quarter", "P3M"), ("annual", "P1Y"),
                       ("year", "P1Y"), ("hour", "PT1H")):
        if key in word:
            return "SET", value, "explicit"
    return None


def _h_ref(m: re.Match[str], ctx: _Context):
    word = m.group(0).lower()
    if word in {"now", "currently", "current", "at present", "present", "nowadays",
                "these days", "right now", "today's"}:
        return "DATE", "PRESENT_REF", "relative-to-published"
    if "future" in word or word in {"soon"}:
        return "DATE", "FUTURE_REF", "relative-to-published"
    return "DATE", "PAST_REF", "relative-to-published"


def _h_clock(m: re.Match[str], ctx: _Context):
    hour = int(m.group("h"))
    minute = int(m.group("min") or 0)
    meridiem = (m.group("ampm") or "").lower().replace(".", "").strip()
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    if ctx.last_date:
        day, anchor = ctx.last_date, "relative-to-event"
    else:
        day, anchor = ctx.dct, "relative-to-published"
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}", anchor


def _h_noon(m: re.Match[str], ctx: _Context):
    hour = "12:00" if m.group(0).lower() in {"noon", "midday"} else "24:00"
    return "TIME", f"{ctx.dct.isoformat()}T{hour}", "relative-to-published"


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_B = r"(?<![\w$])"  # a word start not preceded by a letter, digit or currency sign
_E = r"(?![\w%])"

RULES: list[_Rule] = [
    # Calendar dates.
    _Rule(_rx(rf"{_B}(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR}){_E}",
              0), _h_full_date),
    _Rule(_rx(rf"{_B}(?:{_WEEKDAY},?\s+)?(?:(?P<mod>this|last|next)\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAY}){_E}"
              r"(?!\s*(?:%|percent|million|billion))", 0),
          _h_month_day),
    _Rule(_rx(rf"{_B}(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH_NAME}){_E}", 0), _h_month_day),
    _Rule(_rx(rf"{_B}(?:(?:early|mid|late)-?\s*)?(?P<month>{_MONTH})(?:\s+of)?,?\s+(?P<year>{_YEAR}){_E}",
              0), _h_month_year),
    _Rule(_rx(rf"{_B}(?:(?:early|late|mid-?|the middle of)\s*)?(?P<month>{_MONTH_NAME})\s+(?:of\s+)?"
              r"(?P<which>this|last|next)\s+year\b", 0), _h_month_of_year),
    _Rule(_rx(rf"{_B}(?:(?P<mod>last|next|this|early|late|mid-|mid|the middle of)\s*)?"
              rf"(?P<month>{_MONTH_NAME}|May(?=\s*[,.;]|\s+(?:and|or|to|through|until)\b)){_E}", 0),
          _h_month_alone),
    _Rule(_rx(rf"\b(?:in|since|until|by|before|after|from|through|during|between|of)\s+"
              rf"(?P<month>May){_E}", 0), _h_month_alone),
    _Rule(_rx(r"(?<![\d/-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])"), _h_iso_date),
    _Rule(_rx(r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d\d(?:\d\d)?)(?![\d/])"),
          _h_slash_date),
    _Rule(_rx(rf"{_B}(?:(?:early|mid|late)-?\s*|fiscal\s+|the\s+year\s+)?(?P<year>{_YEAR})"
              r"(?![\w%-]|\.\d|,\d{3}|\s*(?:percent|million|billion|people|troops|votes))"),
          _h_year),
    _Rule(_rx(r"(?:\bthe\s+(?:early\s+|late\s+|mid-?)?)?(?:(?<=[\s-])|^)'?(?P<decade>(?:1[5-9]|20)\d0|\d0)'?s\b"),
          _h_decade, _word(r"\d0'?s\b"), (30, 3)),
    _Rule(_rx(r"\ball\s+(?P<unit>week|month|year)(?:\s+long)?\b"), _h_all_period),
    _Rule(_rx(r"\b(?:(?P<mod>this|last|next|the|early|late)\s+(?:past\s+)?)"
              r"(?P<season>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<year>\d{4}))?\b"
              r"|\b(?P<season2>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year2>\d{4})\b"),
          _h_season, _word(r"spring|summer|fall|autumn|winter"), (30, 25)),
    _Rule(_rx(r"\b(?:the\s+)?(?:fiscal\s+)?(?:(?P<year2>(?:19|20)\d\d)\s+)?"
              r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
              r"(?:[- ]quarter)(?:\s+of\s+(?:fiscal\s+)?(?P<year>\d{4}))?\b"),
          _h_quarter, _word(r"quarter"), (40, 30)),
    _Rule(_rx(r"\b(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half(?:\s+of\s+(?P<year>\d{4}))?\b"),
          _h_half, _word(r"half"), (20, 25)),
    # Days named by their relation to the publication date.
    _Rule(_rx(r"\b(?:(?:early|late)\s+)?(?P<word>today|tonight|yesterday|tomorrow)"
              r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
          _h_deictic_day, _word(r"today|tonight|yesterday|tomorrow"), (12, 25)),
    _Rule(_rx(r"\b(?P<mod>this|last)\s+(?P<part>morning|afternoon|evening|night)\b"), _h_this_part),
    # "By mid afternoon, official sources were saying": that part of the day of the story
    _Rule(_rx(r"(?<=\b[Bb]y )(?P<mod>)(?:(?:early|late|mid)[- ]?)?(?P<part>morning|afternoon|evening)\b"),
          _h_this_part),
    _Rule(_rx(rf"\b(?:(?P<mod>last|next|this\s+coming|coming|this|early|late)\s+)?(?P<weekday>{_WEEKDAY})"
              rf"(?:\s+(?P<part>{_PART_OF_DAY}))?(?!s)\b", 0), _h_weekday),
    _Rule(_rx(r"\b(?:the|this)\s+weekend\b"), _h_weekend),
    _Rule(_rx(r"\b(?:the\s+)?(?P<mod>last|next|this|past|previous|current|coming|this\s+coming)\s+"
              r"(?P<unit>week|weekend|month|quarter|year|decade|century)\b(?!s)"), _h_relative_unit,
          _word(r"week|month|quarter|year|decade|century"), (35, 6)),
    _Rule(_rx(r"\b(?:(?:on|of)\s+)?(?:the\s+|that\s+)?(?P<mod>next|following|previous|same|preceding)\s+"
              r"(?P<unit>day|week|month|year|morning|afternoon|evening|night)\b(?!s)"
              r"|\b(?:(?:later|earlier)\s+)?that\s+(?P<unit2>day|week|month|year|morning|afternoon|"
              r"evening|night)\b"),
          lambda m, ctx: _h_narrative_unit(_NarrativeMatch(m), ctx),
          _word(r"day|week|month|year|morning|afternoon|evening|night"), (40, 6)),
    _Rule(_rx(r"\bthe\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\s+of\s+(?:that|the\s+same)\s+month\b"),
          _h_day_of_that_month),
    _Rule(_rx(r"\bthe\s+day\s+(?P<dir>before|after)\b"), _h_day_before),
    _Rule(_rx(rf"\b(?:{_APPROX}\s+)?(?P<count>{_COUNT})\s+(?P<unit>{_UNIT})s?\s+"
              r"(?P<dir>ago|earlier|later|from now|hence)\b"), _h_ago,
          _word(r"ago|earlier|later|from now|hence"), (_REACH_BEFORE_UNIT, 10)),
    _Rule(_rx(r"\b(?:earlier|later|early|late|mid-?)\s+(?P<mod>this|next|last)\s+"
              r"(?P<unit>week|month|year|quarter)\b"), _h_part_of_period),
    _Rule(_rx(r"\b(?:the\s+)?(?P<edge>end|beginning|start|middle)\s+of\s+(?:(?P<mod>the|this|next|last)\s+"
              r"(?P<unit>week|month|year|quarter|decade)|(?P<year>\d{4}))\b"),
          _h_end_of, _word(r"end|beginning|start|middle"), (12, 30)),
    _Rule(_rx(r"\b(?:the\s+)?(?:comparable\s+)?(?:year-earlier|year-ago)"
              r"(?:\s+(?P<what>quarter|period|third quarter|second quarter|first quarter|"
              r"fourth quarter|nine months))?\b"), _h_year_earlier),
    # "the year ended March 31" is twelve months, not the calendar year of the publication
    _Rule(_rx(r"\bthe\s+(?:fiscal\s+)?year(?=\s*,?\s*(?:that\s+|which\s+)?end(?:ed|ing|s)\b)"),
          lambda m, ctx: ("DURATION", "P1Y", "explicit")),
    _Rule(_rx(r"\bthe\s+(?:latest|current|full|fiscal|latest fiscal|current fiscal)?\s*"
              r"(?:fiscal\s+)?year\b(?![-\w])"),
          lambda m, ctx: ("DATE", f"{ctx.dct.year}", "relative-to-published")),
    _Rule(_rx(r"\b(?P<mod>this|last|next)\s+year's\s+(?:(?P<ord>first|second|third|fourth)\s+)?"
              r"quarter\b"), _h_years_quarter, _word(r"year's"), (10, 40)),
    _Rule(_rx(r"\bthe\s+latest\s+period\b"),
          lambda m, ctx: ("DATE", _relative_unit_value("quarter", ctx.dct, -1),
                          "relative-to-published")),
    _Rule(_rx(r"\b(?:the\s+year\s+)?(?P<century>nineteen|two thousand)(?:[- ]and)?[- ]?"
              r"(?P<rest>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
              r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
              r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)?\b"),
          _h_spelled_year, _word(r"nineteen|two thousand"), (15, 40)),
    _Rule(_rx(r"\b(?:(?:the\s+)?year[- ]end|year's\s+end)\b"),
          lambda m, ctx: ("DATE", f"{ctx.dct.year}", "relative-to-published")),
    _Rule(_rx(r"\bthe\s+(?:latest\s+|recent\s+|most recent\s+)?quarter\b(?!s)"),
          lambda m, ctx: ("DATE", _relative_unit_value("quarter", ctx.dct, -1),
                          "relative-to-published")),
    _Rule(_rx(r"\b(?P<name>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?|"
              r"Independence Day|Valentine's Day|Halloween)(?P<weekend>(?:\s+holiday)?\s+weekend)?"
              r"(?:\s+(?P<mod>last|next|this)\s+year|,?\s+(?P<year>(?:1[6-9]|20)\d\d)(?![\d,]))?\b", 0),
          _h_holiday),
    # Times of day.
    _Rule(_rx(r"\b(?:at\s+)?(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?\s*"
              r"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
              r"(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET|local time)\b)?"), _h_clock),
    _Rule(_rx(r"\b(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?P<ampm>)(?!:?\d)\s*(?=\s*(?:GMT|UTC|local|hours|EST|EDT|CET|h\b))"),
          _h_clock),
    _Rule(_rx(r"\b(?:noon|midday|midnight)\b"), _h_noon),
    _Rule(_rx(r"\bovernight\b"),
          lambda m, ctx: ("TIME", f"{(ctx.dct - timedelta(days=1)).isoformat()}TNI",
                          "relative-to-published")),
    # Sets.
    _Rule(_rx(rf"\b(?:every|each)\s+(?:other\s+)?(?:{_WEEKDAY}|day|night|week|month|quarter|year)\b"
              r"|\b(?:daily|nightly|weekly|monthly|annually|yearly|hourly)\b"
              r"|\b(?:once|twice|three times|four times)\s+(?:a|per)\s+(?:day|week|month|year)\b"),
          _h_set, _word(r"every|each|daily|nightly|weekly|monthly|annually|yearly|hourly|once|twice|times"),
          (8, 40)),
    # Durations.
    _Rule(_rx(rf"\b(?:(?:for|over|during|in|within)\s+)?(?:the\s+(?:past|last|next|first|coming|previous|"
              rf"following|latest)\s+)?(?:{_APPROX}\s+)?(?P<count>{_COUNT})(?:[- ]|\s+more\s+)"
              rf"(?P<unit>{_UNIT})s?(?:-long)?(?P<half>\s+and\s+a\s+half)?\b(?!-old)"), _h_duration,
          _word(rf"(?<=[- ]){_UNIT}"), (_REACH_BEFORE_UNIT, 40)),
    _Rule(_rx(r"\b(?:the\s+(?:past|last|next|coming)\s+|(?:recent|coming)\s+)"
              r"(?P<unit>days|weeks|months|years|decades)\b"),
          lambda m, ctx: ("DURATION", _duration_value(None, m.group("unit")), "explicit")),
    _Rule(_rx(r"(?<=\bfor )(?P<unit>hours|days|weeks|months|years|decades|centuries)\b"),
          _h_bare_plural_duration),
    # Vague references.
    _Rule(_rx(r"\b(?:now|currently|current|recent|nowadays|at present|these days|right now|recently|"
              r"the past|in the past|formerly|the future|the near future|"
              r"(?<!as )soon(?! as| after| afterwards))\b"),
          _h_ref, _word(r"now|current|recent|present|these days|past|formerly|future|soon"), (12, 15)),
    _Rule(_rx(r"\bthe\s+(?:early\s+|late\s+|mid-?)?(?P<word>twenties|thirties|forties|fifties|sixties|"
              r"seventies|eighties|nineties)\b"),
          lambda m, ctx: ("DATE", DECADE_WORDS[m.group("word").lower()], "relative-to-published")),
]


class _NarrativeMatch:
    """Adapts the "that day" alternative to the shape of the narrative-unit handler."""

    def __init__(self, m: re.Match[str]):
        self._m = m

    def group(self, name: str | int = 0):
        if name == "mod":
            return self._m.group("mod") or "that"
        if name == "unit":
            return self._m.group("unit") or self._m.group("unit2")
        return self._m.group(name)

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


_MONTH_CONTEXT = {"in", "since", "until", "by", "before", "after", "from", "through", "during",
                  "between", "of", "early", "late", "mid", "last", "next", "this", "and", "or", "to"}
_THE_BEFORE = re.compile(r"\bthe\s", re.IGNORECASE)  # "for the nine months"
_LEADING_PREPOSITION = re.compile(
    r"^(?:on|in|at|by|for|over|during|within|of|since|until|before|after|from|through)\s+",
    re.IGNORECASE)
_KEEP_PREPOSITION = re.compile(r"^(?:in|at)\s+(?:present|the past)", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_FUTURE_WORDS = re.compile(r"\b(?:tomorrow|next|coming|future|soon|later|from now|hence|end of)\b",
                           re.IGNORECASE)


def tag_times(text: str, published: str | date, *, last_date: date | None = None
              ) -> list[TimeExpression]:
    """Find the time expressions of `text`, resolved against the publication date `published`.

    `last_date` is the day the narrative stands at before `text` begins, for expressions such as
    "the next day" (by default the first such expression resolves against `published`)."""
    dct = date.fromisoformat(published) if isinstance(published, str) else published
    candidates: list[tuple[int, int, _Rule, re.Match[str]]] = []
    lowered = lower_ascii(text)
    for rule in RULES:
        for match in rule.matches(text, lowered):
            if match.end() > match.start():
                candidates.append((match.start(), match.end(), rule, match))
    # Longest match wins; among equals the earlier rule.
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[tuple[int, int, _Rule, re.Match[str]]] = []
    taken_until = -1
    for cand in candidates:
        if cand[0] >= taken_until:
            chosen.append(cand)
            taken_until = cand[1]
        elif cand[1] > taken_until and chosen and cand[1] - cand[0] > chosen[-1][1] - chosen[-1][0]:
            chosen[-1] = cand
            taken_until = cand[1]
    ctx = _Context(dct=dct, text=text, last_date=last_date)
    results: list[TimeExpression] = []
    for start, end, rule, match in chosen:
        if _is_false_positive(text, start, end):
            continue
        outcome = rule.handler(match, ctx)
        if outcome is None:
            continue
        kind, value, anchor = outcome
        span_text = text[start:end]
        lead = _LEADING_PREPOSITION.match(span_text)
        if lead and not _KEEP_PREPOSITION.match(span_text):
            start += lead.end()
            span_text = text[start:end]
        future = bool(_FUTURE_WORDS.search(span_text)) or (
            kind == "DATE" and _DAY_VALUE.match(value) is not None and value[:10] > dct.isoformat()
        )
        results.append(TimeExpression(start=start, end=end, text=span_text, type=kind,
                                      value=value, anchor=anchor, future=future))
        day = _DAY_VALUE.match(value)
        if kind in {"DATE", "TIME"} and day:
            ctx.last_date = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
            if rule.handler is _h_full_date:
                ctx.last_written = (ctx.last_date, end)
        if kind == "DATE" and re.fullmatch(r"\d{4}-(Q\d|\d{2})", value) and \
                rule.handler not in (_h_ago, _h_year_earlier):  # "a year ago" is a comparison
            ctx.last_period = (value, end)
        elif kind == "DURATION" and _THE_BEFORE.search(text[max(0, start - 6):start] + span_text[:4]):
            ctx.last_period = None  # "for the nine months": results now span more than a period
        if kind in {"DATE", "TIME"} and re.match(r"\d{4}(?!\d)", value):
            ctx.last_year = int(value[:4])
            month = re.match(r"\d{4}-(\d{2})", value)
            ctx.last_month = (ctx.last_year, int(month.group(1))) if month else None
    return _period_a_year_back(_merge_time_with_day(_share_the_year(results, text), text), text)


def _period_a_year_back(items: list[TimeExpression], text: str) -> list[TimeExpression]:
    """Join "the quarter a year ago" into one expression: that quarter, a year back."""
    merged: list[TimeExpression] = []
    for item in items:
        before = merged[-1] if merged else None
        if before is not None and before.type == "DATE" and text[before.end:item.start] == " " \
                and re.fullmatch(r"a year (?:ago|earlier|before)", item.text, re.IGNORECASE) \
                and re.fullmatch(r"the (?:quarter|period|month|half)", before.text, re.IGNORECASE) \
                and re.fullmatch(r"\d{4}-(?:Q\d|H\d|\d{2})", before.value):
            value = f"{int(before.value[:4]) - 1}{before.value[4:]}"
            merged[-1] = TimeExpression(start=before.start, end=item.end, text=text[before.start:item.end],
                                        type="DATE", value=value, anchor=before.anchor, future=False)
            continue
        merged.append(item)
    return merged


# What joins the two ends of a date range ("March and May", "1991 to 1997"); group 2 is "and",
# which only "between" opens.
RANGE_JOINT = re.compile(r"\s*(?:(to|until|till|through|-|–)|(and))\s*(?:the\s+)?", re.IGNORECASE)


def _share_the_year(items: list[TimeExpression], text: str) -> list[TimeExpression]:
    """"between March and May 2023", "from June to August 2021": the first month takes the
    year written after the second."""
    for index in range(len(items) - 1):
        first, last = items[index], items[index + 1]
        month = re.fullmatch(r"\d{4}-(\d{2})", first.value)
        written = re.fullmatch(r"(\d{4})-(\d{2})", last.value)
        if month and written and re.search(r"\d{4}", last.text) and not re.search(r"\d", first.text) \
                and RANGE_JOINT.fullmatch(text, first.end, last.start) \
                and int(month.group(1)) <= int(written.group(2)):
            items[index] = replace(first, value=f"{written.group(1)}-{month.group(1)}")
    return items


def _is_false_positive(text: str, start: int, end: int) -> bool:
    """Reject matches that only look like time: "a 13-year-old", "May" the verb, "$1998"."""
    after = text[end:end + 5]
    if after.startswith("-old") or after.startswith(" old"):
        return True
    word = text[start:end]
    if word.lower() in {"daily", "weekly"} and re.match(r"\s+[A-Z]", text[end:end + 3]):
        return True  # a newspaper: "the Communist Party daily Granma"
    if word == "March":  # the verb: "March on", "Protesters march"
        before = text[max(0, start - 12):start].lower().split()
        return not before or before[-1] not in _MONTH_CONTEXT
    return False


_CLOCK_ASIDE = re.compile(r"\s*\([^()]{1,20}\)\s*,?\s*")


def _merge_time_with_day(items: list[TimeExpression], text: str) -> list[TimeExpression]:
    """Join "10 a.m. Friday" and "Friday at 10 a.m." into one TIME on that day."""
    merged: list[TimeExpression] = []
    for item in items:
        if merged:
            prev = merged[-1]
            gap = text[prev.end:item.start]
            pair = {prev.type, item.type}
            aside = _CLOCK_ASIDE.fullmatch(gap)  # "10:35 a.m. (0735 GMT) Friday"
            if pair == {"TIME", "DATE"} and (aside or (
                    gap.strip(" ,").lower() in {"", "at", "on"} and len(gap) <= 4)):
                clock = prev if prev.type == "TIME" else item
                day = item if clock is prev else prev
                if "T" in clock.value and _DAY_VALUE.match(day.value) and len(day.value) == 10:
                    merged[-1] = TimeExpression(
                        start=prev.start, end=item.end, text=text[prev.start:item.end], type="TIME",
                        value=day.value + clock.value[clock.value.index("T"):], anchor=day.anchor,
                        future=day.future or clock.future,
                    )
                    continue
        merged.append(item)
    return merged
