"""How events are dated from other events and from the words around their time: "10 days
before the murder", "two days after the talks", "from 1991 to 1997", "They meet Monday"."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from core.event_lexicon import EVENT_NOUNS, POSTPONING_VERBS, REPORTING_VERBS, WEEKDAY_NAMES, event_type
from core.models import TimeExpression, When
from core.time_model import interval
from core.time_tagger import NUMBER_WORDS, RANGE_JOINT, SINCE_BEFORE, tag_times


def before_the_event(reference: When, mark: str, days: int | None) -> When | None:
    """The date of what happened `days` before (after) an event dated `reference`."""
    if reference.granularity != "day" or not reference.start:
        return None
    day = date.fromisoformat(reference.start[:10])
    if days is None:  # "after the envoys met": on or before that day
        return When(start="", end=day.isoformat(), granularity="unknown", text=None,
                    anchor="relative-to-event") if mark == "after" else None
    moved = day - timedelta(days=days) if mark == "after" else day + timedelta(days=days)
    return day_of(moved, f"{days} days {mark}")


def day_of(day: date, text: str) -> When:
    """A day dated from another event's day."""
    return When(start=day.isoformat(), end=day.isoformat(), granularity="day", text=text,
                anchor="relative-to-event")


CLOCK_ONLY = re.compile(r"(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
_DAYS_FROM_EVENT = re.compile(r"\b(\w+)\s+(days?|weeks?)\s+(before|after)\s+the\s+(\w+)\b",
                              re.IGNORECASE)  # "10 days before the murder"


def days_from_an_event_at(span) -> int:
    """The index of the first token of "10 days before the murder" in a sentence (a spaCy
    span), or -1."""
    match = _DAYS_FROM_EVENT.search(span.text)
    if match is None:
        return -1
    token = span.char_span(match.start(), match.end(), alignment_mode="expand")
    return token.start if token is not None else -1


def days_from_an_event(text: str, drafts) -> When | None:
    """"observed the car 10 days before the murder": that many days from the day of the event the
    story told of that kind (the murder it dated before)."""
    match = _DAYS_FROM_EVENT.search(text)
    if match is None:
        return None
    count, unit, mark, noun = match.groups()
    number = int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower())
    kind = event_type(noun.lower(), noun.lower().rstrip("s"))
    if not number or (noun.lower() not in EVENT_NOUNS and kind == "event"):
        return None
    reference = next((d.event.when for d in reversed(drafts) if d.event.type == kind
                      and d.event.when.granularity == "day" and d.event.when.start), None)
    if reference is None:
        return None
    days = number * (7 if unit.lower().startswith("week") else 1)
    sign = -1 if mark.lower() == "before" else 1
    return day_of(date.fromisoformat(reference.start[:10]) + timedelta(days=sign * days), match.group(0))



_RANGE_OPENING = re.compile(r"\b(from|between)\s+(?:the\s+)?$", re.IGNORECASE)


def range_ends(times: list[TimeExpression], text: str) -> dict[int, TimeExpression]:
    """Date ranges among a sentence's expressions: "from 1991 to 1997", "between March and
    May", "this year through Oct. 19". Maps the first expression's start to the last expression."""
    ends = {}
    dates = [t for t in times if t.type in {"DATE", "TIME"}]
    for first, last in pairwise(dates):
        opening = _RANGE_OPENING.search(text, max(0, first.start - 12), first.start)
        joint = RANGE_JOINT.fullmatch(text, first.end, last.start)
        if joint is not None and opening is None and (joint.group(1) or "").lower() == "through":
            ends[first.start] = last  # "this year through Oct. 19", "1989 through 1991"
            continue
        if opening is None or joint is None \
                or (joint.group(2) is not None) != (opening.group(1).lower() == "between"):
            continue
        ends[first.start] = last
    return ends


def through(when: When | None, last: TimeExpression | None, published: str) -> When | None:
    """The interval from `when` to the end of a range's last expression."""
    if when is None or last is None or not when.start:
        return when
    bounds = interval(last.value, published)
    if bounds is None or not bounds[1] or bounds[1] < when.start:
        return when
    return When(when.start, bounds[1], when.granularity, f"{when.text} to {last.text}", when.anchor)


_COUNTED = re.compile(r"\b(\w+)\s+(trading\s+|business\s+)?(days?|weeks?)\s+(after|before)\s+$",
                      re.IGNORECASE)


def counted_from(when: When | None, before: str) -> When | None:
    """"Eight trading days after Oct. 12": the day that many days (trading days skip weekends) or
    weeks from the date named."""
    match = _COUNTED.search(before)
    if when is None or match is None or when.granularity != "day" or when.start[:10] != when.end[:10]:
        return when
    word = match.group(1).lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if not count or count > 366:
        return when
    sign = 1 if match.group(4).lower() == "after" else -1
    day = date.fromisoformat(when.start[:10])
    if match.group(2):  # trading or business days: weekdays only
        left = count
        while left:
            day += timedelta(days=sign)
            left -= day.weekday() < 5
    else:
        day += timedelta(days=sign * count * (7 if match.group(3).lower().startswith("week") else 1))
    text = f"{match.group(0).strip()} {when.text}"
    return When(day.isoformat(), day.isoformat(), "day", text, when.anchor)


def since_then(when: When | None, before: str, after: str, published: str) -> When | None:
    """"Since 1983, Westinghouse has shed 70 businesses": from the start of that time to the
    day of publication, not a point at 1983 (but "since November, when he was found" tells
    when he was found)."""
    if when is None or not when.start or not SINCE_BEFORE.search(before) or when.start[:10] > published \
            or re.match(r"[\s,_]*when\b", after):
        return when
    return When(when.start, published, when.granularity, f"since {when.text}", when.anchor)


_BEFORE = re.compile(r"\b(?:before|prior to)\s+$", re.IGNORECASE)


_BY = re.compile(r"\bby\s+$", re.IGNORECASE)


def before_then(when: When | None, before: str, published: str) -> When | None:
    """"will exceed 2C of warming before 2050": from the story's day to the eve of that time,
    not in 2050; "had left before 1990": on or before the eve of 1990."""
    if when is None or not when.start or not _BEFORE.search(before):
        return when
    eve = (date.fromisoformat(when.start[:10]) - timedelta(days=1)).isoformat()
    if when.start[:10] > published:
        return When(published, eve, "day", f"before {when.text}", when.anchor)
    return When("", eve, "unknown", f"before {when.text}", when.anchor)


def by_then(when: When | None, before: str, published: str) -> When | None:
    """"By 2016, he had secured one contract", "By late 2017, he was using a white noise
    machine": on or before the end of that time, not within it (what is to be done "by the end of
    the month" keeps its day)."""
    if when is None or not when.start or when.start[:10] > published or not _BY.search(before) \
            or when.granularity in {"day", "hour", "minute"}:
        return when  # ("By Wednesday, 32 members had filed reports": that day, as news tells it)
    return When("", when.end, "unknown", f"by {when.text}", when.anchor)


def bounded_by_its_preposition(when: When | None, expr: TimeExpression, text: str,
                               published: str) -> When | None:
    """The time an expression dates once the words before it are read: "since 2012" runs to the
    story's day, "before 2050" ends on its eve, "by 2016" is on or before its end, "for the
    first time in 20 years" counts from then."""
    before = text[max(0, expr.start - 40):expr.start]
    when = since_then(when, before[-12:], text[expr.end:expr.end + 12], published)
    when = counted_from(when, before)
    when = before_then(when, before[-24:], published)
    return by_then(when, before[-4:], published)


def long_after(when: When, published: str) -> bool:
    """Whether an event starts more than a month after the publication date."""
    if not when.start:
        return False
    return (date.fromisoformat(when.start[:10]) - date.fromisoformat(published)).days > 31


def long_before(when: When, published: str) -> bool:
    """Whether an event ended more than a month before the publication date."""
    if not when.end:
        return False
    ended = date.fromisoformat(when.end[:10])
    return (date.fromisoformat(published) - ended).days > 31


def scheduled(trigger, expr: TimeExpression) -> bool:
    """"They meet Monday": the simple present with a weekday announces a coming event (but
    "Weakness in big technology stocks hurt the composite ... on Friday" is a past: a singular
    subject would have "hurts")."""
    singular = any(c.dep_ == "nsubj" and c.tag_ in {"NN", "NNP"} for c in trigger.children)
    return trigger.tag_ in {"VBP", "VBZ"} and expr.text.strip().lower() in WEEKDAY_NAMES \
        and not (trigger.tag_ == "VBP" and singular) \
        and trigger.lemma_.lower() not in REPORTING_VERBS \
        and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children)


_RECENT = re.compile(r"(?:(?:in|over|during|for|within)\s+)?(?:the\s+)?(?:last|past)\b", re.IGNORECASE)
_LENGTH = re.compile(r"P(\d+)([DWMY])")


def recent_stretch(expr: TimeExpression, published: str) -> When | None:
    """"Gas prices fell two cents over the last two weeks": the stretch of time that ends on the
    day of publication, for a duration counted back from it."""
    length = _LENGTH.fullmatch(expr.value)
    if expr.type != "DURATION" or length is None or not _RECENT.match(expr.text.strip()):
        return None
    count, unit = int(length.group(1)), length.group(2)
    end = date.fromisoformat(published)
    if unit in "DW":
        start = end - timedelta(days=count * (7 if unit == "W" else 1))
    else:
        months = end.year * 12 + end.month - 1 - count * (12 if unit == "Y" else 1)
        year, month = divmod(months, 12)
        start = date(year, month + 1, min(end.day, 28))
    return When(start.isoformat(), end.isoformat(), "day", expr.text, "relative-to-published")


_YEAR_AGO = re.compile(r"\b(?:year|quarter)[- ](?:ago|earlier|before)\b", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:from|compared with|against|versus)\b")


_FIGURE_COMPARED_IN = re.compile(r"\b(?:from|compared with|against|versus)\s+(?:[A-Z]{0,2}\$|#)?\s?[\d.,]+"
                                 r"(?:\s+(?:million|billion))?(?:\s+[A-Za-z]+){0,2}?\s+(?:in|for|during)\s+$")


def compared_figure(expr: TimeExpression, before: str) -> bool:
    """"reported net of $68.2 million, up from $66.8 million a year ago", "Revenue was C$291.6
    million, up from C$252 million in 1988": the time of the figure compared with (`before` is
    the sentence up to the expression), not of the report."""
    return (bool(_YEAR_AGO.search(expr.text)) and bool(_COMPARED.search(before))) \
        or bool(_FIGURE_COMPARED_IN.search(before))


_RECORD_DATE = re.compile(r"\bof record\s+(?:as of\s+|on\s+)?$")
_STATE_DATE = re.compile(r"\bas of\s+$", re.IGNORECASE)


def put_off_until(verb, expr: TimeExpression, text: str) -> bool:
    """"postponed until Tuesday", "extended to Nov. 20 its offer", "extended loans through
    January": the day it was put off to, not the day it was put off."""
    return verb.lemma_.lower() in POSTPONING_VERBS and bool(
        re.search(r"\b(?:until|till|to|through)\s+$", text[max(0, expr.start - 8):expr.start]))


_COMPARED_OCCASION = re.compile(
    r",\s+(?:just\s+)?as\s+(?:he|she|they|it|we|I)\s+(?:did|had|has|does|do)\b[^,;]*$")


def in_a_comparison(before: str) -> bool:
    """Whether a time expression is inside an aside that likens the act to another occasion
    ("Hoenig reiterated, as he did in an interview two weeks ago, that"): it dates that one."""
    return bool(_COMPARED_OCCASION.search(before))


def record_date(before: str) -> bool:
    """"will issue rights to shareholders of record Nov. 8": the day that says who gets them,
    not the day of the issue (`before` is the text up to the expression)."""
    return bool(_RECORD_DATE.search(before))


def purpose_date(before: str) -> bool:
    """"cut $500,000 from its budget for the next year": the period the thing done is for."""
    return bool(_PURPOSE_DATE.search(before))


def state_date(before: str) -> bool:
    """"As of Sept. 30, the bank had assets of $511 million": the day a figure stood."""
    return bool(_STATE_DATE.search(before))


_PURPOSE_DATE = re.compile(r"\bfor\s+(?:the\s+)?$")
_YEAR_END = re.compile(r"\byear[- ]end\b|\bend of (?:the|this|next|last) year\b", re.IGNORECASE)
_MONTH_END = re.compile(r"\bend of (?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\b(?!.*\bend of\b)", re.IGNORECASE)


def part_of_the_period(when: When | None, text: str, published: str, before: str = "") -> When | None:
    """"said earlier this week", "so far this year": the part of the period up to the day of
    publication; "later this month": the part after it; "by year-end": the year's last day."""
    if when is not None and ((when.granularity == "year" and _YEAR_END.search(text))
                             or (when.granularity == "month" and _MONTH_END.search(before + text))):
        return When(when.end, when.end, "day", when.text, when.anchor)  # "close around year end",
        # "expire at the end of November"
    if when is None or not when.start or not (when.start[:10] <= published <= when.end[:10]):
        return when
    words = text.lower().split()
    if words[:2] == ["earlier", "this"] and when.start[:10] == published:
        # "Earlier this month" in the paper of Nov. 1, written the day before: October
        before = date.fromisoformat(published) - timedelta(days=1)
        start = before.replace(day=1) if when.granularity == "month" else before - timedelta(days=6)
        return When(start.isoformat(), before.isoformat(), "day", when.text, when.anchor)
    if (words[:2] == ["earlier", "this"] or re.search(r"\b(?:so far|to date)\s+$", before.lower())) \
            and when.end[:10] != published:  # ("has gained 2% so far this year": to the day)
        return When(when.start, published, "day", when.text, when.anchor)
    if words[:2] == ["later", "this"] and when.start[:10] != published:
        return When(published, when.end, "day", when.text, when.anchor)
    return when


# Accounting periods: "the fourth quarter ended Aug. 26", "fiscal 1988", "the first nine months".
_PERIOD_MONTHS = {"quarter": 3, "half": 6, "year": 12}
_ENDS = r"\s*,?\s*(?:which\s+)?end(?:ed|ing|s)\s+"  # "ended", ", which ends"
_ENDED = re.compile(_ENDS + "$")
_FISCAL_YEAR_END = re.compile(
    r"\b(?:fourth|final)[- ]quarter\s+end(?:ed|ing)\s+|\bfiscal\s+year\s+(?:that\s+)?end(?:ed|ing|s)\s+",
    re.IGNORECASE)
_MONTHS_SO_FAR = re.compile(r"^the\s+(?:first\s+)?(\w+)\s+months$", re.IGNORECASE)


def _in_year(day: date, year: int) -> date:
    """The same day of the month in another year (Feb. 29 becomes Feb. 28)."""
    return day.replace(year=year, day=min(day.day, 28) if day.month == 2 else day.day)


def _months_back(end: date, months: int) -> date:
    """The first day of the `months` months that end on `end`."""
    if not _weekly(end):  # "ended Sept. 30": from a month's first day
        month = end.month - months + 1
        return date(end.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    if months == 3:  # "ended Aug. 26": a 52-week calendar's quarter of 13 weeks
        return end - timedelta(days=90)
    month = end.month - months
    return date(end.year + (month - 1) // 12, (month - 1) % 12 + 1, min(end.day, 28)) + timedelta(days=1)


def period_ended(expr: TimeExpression, times: list[TimeExpression], text: str) -> When | None:
    """"for the fourth quarter ended Aug. 26": the three months that end that day, not the
    calendar's fourth quarter; "the nine months ended Sept. 30", "the year ending June 30"."""
    noun = expr.text.lower().split()[-1]
    the = re.search(r"\bthe\s+$", text[max(0, expr.start - 5):expr.start], re.IGNORECASE)
    so_far = _MONTHS_SO_FAR.match(expr.text) or (  # ("the six months ended Aug. 12", tagged "six months")
        _MONTHS_SO_FAR.match("the " + expr.text) if the else None)
    months = _PERIOD_MONTHS.get(noun) or (NUMBER_WORDS.get(so_far.group(1).lower()) if so_far else None)
    if not months:
        return None
    last = next((e for e in times if e.start > expr.end and _ENDED.fullmatch(text[expr.end:e.start])), None)
    bounds = interval(last.value, "") if last is not None else None
    if bounds is None or bounds[2] != "day":
        return None
    end = date.fromisoformat(bounds[1][:10])
    named = interval(expr.value, "") if re.match(r"\d{4}", expr.value) else None
    if named is not None and named[1] and abs((date.fromisoformat(named[1][:10]) - end).days) > 183:
        end = _in_year(end, int(named[1][:4]))  # "the year-ago quarter ended Oct. 31": 1988's
    return When(_months_back(end, months).isoformat(), end.isoformat(),
                "quarter" if months == 3 else "year" if months == 12 else "month",
                f"{expr.text} ended {last.text}", expr.anchor)


def period_end_date(expr: TimeExpression, text: str) -> bool:
    """Whether a date is the last day of an accounting period named just before it ("the
    quarter ended Sept. 30"): no event of its own."""
    return bool(re.search(r"\b(?:quarter|half|year|months|period)" + _ENDS + "$",
                          text[max(0, expr.start - 40):expr.start], re.IGNORECASE))


def _day_named_at(text: str, at: int, published: str) -> date | None:
    """The day a date written at `text[at:]` names ("Sept. 30"), valued against `published`."""
    found = tag_times(text[at:at + 20], published)
    bounds = interval(found[0].value, "") if found and found[0].start == 0 else None
    return date.fromisoformat(bounds[1][:10]) if bounds is not None and bounds[2] == "day" else None


def fiscal_year(expr: TimeExpression, text: str) -> When | None:
    """"In fiscal 1988", where the article says when its fiscal year ends ("its fourth quarter
    ended Sept. 30"): Oct. 1, 1987 to Sept. 30, 1988."""
    year = re.fullmatch(r"fiscal\s+(?:year\s+)?(\d{4})", expr.text, re.IGNORECASE)
    ends = _FISCAL_YEAR_END.search(text)
    if not year or not ends:
        return None
    day = _day_named_at(text, ends.end(), f"{year.group(1)}-12-31")
    if day is None:
        return None
    end = _in_year(day, int(year.group(1)))
    return When(_months_back(end, 12).isoformat(), end.isoformat(), "year", expr.text, expr.anchor)


_YEAR_ENDED = re.compile(r"\b(?:fiscal\s+)?year\s*,?\s*(?:which\s+|that\s+)?ended\s+", re.IGNORECASE)
_THE_YEAR = re.compile(r"(?:the\s+)?(?:full|whole|entire|fiscal)?\s*year", re.IGNORECASE)


def the_year_reported(expr: TimeExpression, text: str, published: str) -> When | None:
    """"Sales for the full year were $6.6 billion", where the article reports "the year ended
    Sept. 30": that fiscal year, not the calendar's."""
    if not _THE_YEAR.fullmatch(expr.text.strip()):
        return None
    days = {day for ended in _YEAR_ENDED.finditer(text)
            if (day := _day_named_at(text, ended.end(), published)) is not None}
    if len(days) != 1:
        return None
    end = days.pop()
    if not 0 <= (date.fromisoformat(published[:10]) - end).days < 366:
        return None
    return When(_months_back(end, 12).isoformat(), end.isoformat(), "year", expr.text, expr.anchor)


def months_so_far(expr: TimeExpression, published: str, before: str = "") -> When | None:
    """"For the first nine months, Xerox earned": the year's months so far, the last of them
    before publication (`before`: the text up to the expression, which may hold its "the")."""
    so_far = _MONTHS_SO_FAR.match(expr.text) or (
        _MONTHS_SO_FAR.match("the " + expr.text) if re.search(r"\bthe\s+(?:first\s+)?$", before) else None)
    months = NUMBER_WORDS.get(so_far.group(1).lower()) if so_far else None
    if expr.type != "DURATION" or not months or months > 11:
        return None
    pub = date.fromisoformat(published[:10])
    year = pub.year if pub.month > months else pub.year - 1
    end = date(year, months + 1, 1) - timedelta(days=1)
    return When(date(year, 1, 1).isoformat(), end.isoformat(), "month", expr.text, "relative-to-published")


_YEAR_BEFORE = re.compile(r"^(?:a|one)\s+year\s+(?:earlier|before|ago)$|\byear[- ](?:earlier|ago)\b",
                          re.IGNORECASE)


def shifted_back(day: str, years: int) -> str:
    """The same day `years` years before ("1989-11-01" -> "1988-11-01")."""
    then = date.fromisoformat(day[:10])
    return _in_year(then, then.year - years).isoformat()


def says_a_year_before(text: str) -> bool:
    """"a year earlier", "the year-earlier quarter"."""
    return bool(_YEAR_BEFORE.search(text))


def a_year_before(base: When, text: str) -> When | None:
    """"A year earlier UniFirst earned $2.4 million", after a quarter's results: the same
    period a year before."""
    if not says_a_year_before(text) or not base.start or base.granularity not in {
            "day", "week", "month", "quarter", "season", "year"}:
        return None
    if base.granularity == "quarter" and _weekly(date.fromisoformat(base.end[:10])):
        start, end = (date.fromisoformat(day[:10]) - timedelta(weeks=52) for day in (base.start, base.end))
        return When(start.isoformat(), end.isoformat(), "quarter", text, "relative-to-event")
    return When(shifted_back(base.start, 1), shifted_back(base.end, 1), base.granularity, text,
                "relative-to-event")


def the_period_in(expr: TimeExpression, text: str, base: When) -> When | None:
    """"In the 1988 period, the company earned $20.6 million", after the quarter's results: that
    quarter in 1988."""
    if not re.fullmatch(r"\d{4}", expr.value) \
            or not re.match(r"[- ](?:period|quarter)\b", text[expr.end:expr.end + 9]) \
            or base.granularity not in {"month", "quarter"} or not base.start:
        return None
    years = int(base.end[:4]) - int(expr.value)
    if years <= 0:
        return None
    if years == 1 and (shifted := a_year_before(base, "a year before")) is not None:
        start, end = shifted.start, shifted.end  # (52 weeks back for a quarter of weeks)
    else:
        start, end = shifted_back(base.start, years), shifted_back(base.end, years)
    return When(start, end, base.granularity, expr.text, "relative-to-event")


def _weekly(end: date) -> bool:
    """Whether a period ends on a day other than a month's last (a calendar of weeks)."""
    return (end + timedelta(days=1)).day != 1


_FISCAL_QUARTER = re.compile(r"(?:the\s+)?(?:fiscal[- ](?:first|second|third|fourth)"
                             r"|(?:first|second|third|fourth)\s+fiscal)[- ]quarter$", re.IGNORECASE)
_QUARTER_ENDED = re.compile(r"\b(?:(first|second|third|fourth)\s+)?quarter\s*,?\s*(?:which\s+)?ended\s+",
                            re.IGNORECASE)  # (past: reported)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def fiscal_quarter(expr: TimeExpression, text: str, published: str) -> When | None:
    """"Delta's earnings soared in the fiscal first quarter", where the article tells the one
    quarter it reports ("For the quarter ended Sept. 30") or one of the same number: the three
    months to that day, not the calendar's first quarter."""
    wanted = _FISCAL_QUARTER.match(expr.text)
    if not wanted:
        return None
    number = next(n for word, n in _ORDINALS.items() if word in wanted.group(0).lower())
    same_number: set[date] = set()
    unnumbered: set[date] = set()  # (another quarter's end, "its fourth quarter ended June 30",
    for ended in _QUARTER_ENDED.finditer(text):  # says nothing of this one)
        if (day := _day_named_at(text, ended.end(), published)) is not None:
            ordinal = _ORDINALS.get((ended.group(1) or "").lower())
            if ordinal == number:
                same_number.add(day)
            elif ordinal is None:
                unnumbered.add(day)
    days = same_number or unnumbered
    if len(days) != 1:
        return None
    end = days.pop()
    return When(_months_back(end, 3).isoformat(), end.isoformat(), "quarter", expr.text, expr.anchor)
