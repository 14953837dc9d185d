"""Each class of time expression, found and valued against a publication date."""

from __future__ import annotations

import pytest

from core.time_tagger import tag_times

DCT = "2025-12-21"  # a Sunday


def one(text: str, dct: str = DCT):
    found = tag_times(text, dct)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    t = found[0]
    return t.text, t.type, t.value


@pytest.mark.parametrize("text, expected", [
    ("The talks took place in July in Istanbul.", ("July", "DATE", "2025-07")),
    ("They met on July 23, 2025 in Istanbul.", ("July 23, 2025", "DATE", "2025-07-23")),
    ("They met on 23 July 2025.", ("23 July 2025", "DATE", "2025-07-23")),
    ("They met on Dec. 19 in Moscow.", ("Dec. 19", "DATE", "2025-12-19")),
    ("Prices rose in March 2024.", ("March 2024", "DATE", "2024-03")),
    ("The war began in 2022.", ("2022", "DATE", "2022")),
    ("Trade grew in the 1990s.", ("the 1990s", "DATE", "199")),
    ("The treaty was signed 2025-07-23.", ("2025-07-23", "DATE", "2025-07-23")),
])
def test_calendar_dates(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text, value", [
    ("He spoke on Friday.", "2025-12-19"),
    ("He spoke on Sunday.", "2025-12-21"),  # the publication day itself, not a week earlier
    ("He will speak on Tuesday.", "2025-12-23"),
    ("They met last Monday.", "2025-12-15"),
    ("They meet next Monday.", "2025-12-22"),
    ("He spoke yesterday.", "2025-12-20"),
    ("He speaks today.", "2025-12-21"),
    ("He will speak tomorrow.", "2025-12-22"),
    ("By mid afternoon, officials were saying it was over.", "2025-12-21TAF"),
    ("By late evening the crowd had gone.", "2025-12-21TEV"),
    ("Protesters were planning to march on Monday.", "2025-12-22"),  # a plan looks ahead
])
def test_days_relative_to_publication(text, value):
    assert one(text)[2] == value


@pytest.mark.parametrize("text, value", [
    ("Sales fell last week.", "2025-W50"),
    ("Sales fell this week.", "2025-W51"),
    ("Sales fell last month.", "2025-11"),
    ("Sales will rise next month.", "2026-01"),
    ("Sales fell last year.", "2024"),
    ("Sales rose this year.", "2025"),
    ("Profit rose in the third quarter.", "2025-Q3"),
    ("It was quiet this summer.", "2025-SU"),
    ("It snowed last winter.", "2024-WI"),
    ("It began earlier this month.", "2025-12"),
    ("A deal is expected by the end of the month.", "2025-12-31"),
    ("Three days ago the talks ended.", "2025-12-18"),
    ("A year ago the talks ended.", "2024"),
])
def test_periods(text, value):
    assert one(text)[2] == value


@pytest.mark.parametrize("text, expected", [
    ("The siege lasted three days.", ("three days", "DURATION", "P3D")),
    ("He was jailed for two years.", ("two years", "DURATION", "P2Y")),
    ("It took a month to rebuild.", ("a month", "DURATION", "P1M")),
    ("The strike lasted 48 hours.", ("48 hours", "DURATION", "PT48H")),
    ("Talks went on for several weeks.", ("several weeks", "DURATION", "PXW")),
])
def test_durations_are_not_dates(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text, value", [
    ("The council meets every Monday.", "XXXX-WXX-1"),
    ("The paper is published daily.", "P1D"),
    ("Teams are sent every year.", "P1Y"),
    ("Officials meet weekly.", "P1W"),
])
def test_sets(text, value):
    _, kind, value_ = one(text)
    assert (kind, value_) == ("SET", value)


@pytest.mark.parametrize("text, value", [
    ("Prices are now falling.", "PRESENT_REF"),
    ("He recently resigned.", "PAST_REF"),
    ("Talks may resume in the future.", "FUTURE_REF"),
])
def test_vague_references(text, value):
    assert one(text)[2] == value


def test_clock_times_take_the_day_they_follow():
    found = tag_times("The blast came at 10:30 a.m. on Friday.", DCT)
    assert [(t.type, t.value) for t in found] == [("TIME", "2025-12-19T10:30")]


def test_narrative_expressions_follow_the_last_date():
    text = "Talks began on March 3, 2024. The next day, ministers spoke. The day after, a deal."
    values = [t.value for t in tag_times(text, "2024-03-15")]
    assert values == ["2024-03-03", "2024-03-04", "2024-03-05"]
    assert [t.anchor for t in tag_times(text, "2024-03-15")][1] == "relative-to-event"


def test_two_days_later_counts_from_the_narrative():
    found = tag_times("Landfall came on Tuesday. Two days later, a state of emergency.",
                      "2023-09-08")
    assert [t.value for t in found] == ["2023-09-05", "2023-09-07"]


def test_month_without_year_looks_forward_in_future_tense():
    assert one("The summit will be held in March.")[2] == "2026-03"
    assert one("The summit was held in March.")[2] == "2025-03"


def test_spans_exclude_prepositions():
    text, _, _ = one("The meeting was held on Friday.")
    assert text == "Friday"


@pytest.mark.parametrize("text", [
    "We would support such a proposal.",      # dateparser reads "We" as Wednesday
    "Officials may meet again.",               # the modal "may" is no month
    "The company paid $1998 in fees.",          # money, not a year
    "A 13-year-old boy was hurt.",             # an age, not a duration
    "He won 2,000 votes.",
    "March on, the crowd shouted.",
])
def test_no_false_time_expressions(text):
    assert tag_times(text, DCT) == []


def test_offsets_point_into_the_text():
    text = "On the same day, Ukraine reported an attack. It had begun in July."
    for t in tag_times(text, DCT):
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("text, value", [
    ("The war ended in nineteen ninety-six.", "1996"),
    ("Plans for the year two thousand were drawn up.", "2000"),
    ("Sales beat the year-earlier quarter.", "2024-Q3"),  # the latest quarter, a year back
    ("Profit rose in this year's third quarter.", "2025-Q3"),
    ("Trade grew in the mid-1990s.", "199"),
])
def test_written_out_and_financial_periods(text, value):
    assert one(text)[2] == value


def test_a_year_ago_refers_to_the_period_just_named():
    found = tag_times("Third-quarter profit rose to $5 million from $4 million a year ago.", DCT)
    assert [(t.text, t.value) for t in found] == [("Third-quarter", "2025-Q3"),
                                                   ("a year ago", "2024-Q3")]


def test_planned_weekday_looks_forward():
    assert one("Protesters planned a demonstration on Saturday.", "2000-01-07")[2] == "2000-01-08"
    assert one("He could come as soon as Tuesday.", "2000-04-03")[2] == "2000-04-04"


def test_a_year_ago_period_is_of_results_told_not_of_a_quarter_forecast():
    found = tag_times("Bethlehem earned $46.9 million in the third quarter. Analysts expect losses "
                      "through the third quarter of 1990. In the year-ago period, Bethlehem earned "
                      "$101.4 million.", "1989-10-26")
    assert [(t.text, t.value) for t in found][-1] == ("the year-ago period", "1988-Q3")


def test_year_before_a_quarter():
    assert one("In the 1988 third quarter, the company lost money.")[1:] == ("DATE", "1988-Q3")


def test_a_clock_time_with_an_aside_joins_its_day():
    found = tag_times("The blast came at about 10:35 a.m. (0735 GMT) Friday.", "1998-08-08")
    assert [(t.text, t.value) for t in found] == [("10:35 a.m. (0735 GMT) Friday", "1998-08-07T10:35")]


@pytest.mark.parametrize("text, expected", [
    ("In 1995 talks began. Later that year they collapsed.",
     [("1995", "1995"), ("Later that year", "1995")]),
    ("In March 2001 he left; that month he returned.",
     [("March 2001", "2001-03"), ("that month", "2001-03")]),
    ("On May 3, 2001 they met. The next morning they left.",
     [("May 3, 2001", "2001-05-03"), ("The next morning", "2001-05-04TMO")]),
    ("On May 3, 2001 they met. That night it rained.",
     [("May 3, 2001", "2001-05-03"), ("That night", "2001-05-03TNI")]),
    ("Prices soared in the nineties.", [("the nineties", "199")]),
    ("A deal will come soon.", [("soon", "FUTURE_REF")]),
    ("The wall fell a decade ago.", [("a decade ago", "1992")]),
    ("They left as soon as they could.", []),
    ("That year was hard.", []),  # no year named before: nothing to refer to
])
def test_narrative_references_and_vague_words(text, expected):
    assert [(t.text, t.value) for t in tag_times(text, "2002-01-05")] == expected


@pytest.mark.parametrize("text, value", [
    ("The house approved it in early October this year.", "1998-10"),
    ("They met in July last year.", "1997-07"),
    ("The process began in February.", "1998-02"),  # past verb, two months off: not next year's
])
def test_months_with_their_year_named_in_words(text, value):
    assert [t.value for t in tag_times(text, "1998-12-03")] == [value]


@pytest.mark.parametrize("dct, value", [
    ("2025-12-10", "2025-12-02"),  # a Wednesday: the Tuesday of last week, not yesterday
    ("2025-12-21", "2025-12-16"),  # a Sunday, first day of the week: the week just gone
    ("1989-10-30", "1989-10-24"),
])
def test_last_weekday_is_in_last_week(dct, value):
    assert [t.value for t in tag_times("It happened last Tuesday.", dct)] == [value]


@pytest.mark.parametrize("text, dct, expected", [
    # past perfect: even a deadline word lies before the time of telling
    ("Until Thursday, they had not called him a suspect.", "1999-05-07", "1999-05-06"),
    ("Thirty-two members had filed reports by Wednesday.", "1990-08-16", "1990-08-15"),
    # periods of abbreviations end no clause: "will" still governs, "until" is still a deadline
    ("He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.", "2000-04-05",
     "2000-04-06T04:00"),
    ("The U.S. agency has given them until 9 a.m. Tuesday to sign.", "2000-04-03", "2000-04-04T09:00"),
    ("They will vote this coming Sunday.", "1998-03-05", "1998-03-08"),
    ("Nobody expected yesterday's announcement.", "1989-10-26", "1989-10-25"),
])
def test_weekdays_and_days_by_the_clause_around_them(text, dct, expected):
    assert [t.value for t in tag_times(text, dct)][-1] == expected


def test_a_year_number_before_a_singular_unit_is_a_year():
    found = tag_times("Profit rose in the third quarter from the 1988 quarter.", "1989-10-30")
    assert [(t.text, t.type, t.value) for t in found][-1] == ("1988 quarter", "DATE", "1988-Q3")
    assert [t.value for t in tag_times("It took 1000 years.", "1989-10-30")] == ["P1000Y"]


def test_comparisons_a_year_back_do_not_chain():
    text = ("Third-quarter net rose to $5 million from $4 million a year ago. Sales rose "
            "to $9 million from $8 million a year earlier. For the nine months, net was "
            "$12 million, up from $10 million a year earlier.")
    assert [t.value for t in tag_times(text, "1989-10-26")] == \
        ["1989-Q3", "1988-Q3", "1988-Q3", "P9M", "1988"]


def test_last_month_named_just_after_it_is_a_year_back():
    assert [t.value for t in tag_times("Two helicopters crashed last February.", "1998-03-01")] == ["1997-02"]
    assert [t.value for t in tag_times("Two helicopters crashed last February.", "1998-06-01")] == ["1998-02"]


def test_the_first_month_of_a_range_takes_the_year_written_after_the_last():
    found = tag_times("The council met between March and May 2021.", "2024-03-08")
    assert [(t.text, t.value) for t in found] == [("March", "2021-03"), ("May 2021", "2021-05")]
    found = tag_times("Sales fell from June to August 2019.", "2024-03-08")
    assert [t.value for t in found] == ["2019-06", "2019-08"]


def test_all_week_is_the_week_now_running():
    assert [(t.text, t.value) for t in tag_times("It rained all week.", "2000-03-30")] == \
        [("all week", "2000-W13")]


@pytest.mark.parametrize("text, expected", [
    ("Net income for the year ended March 31 rose.", ("the year", "DURATION", "P1Y")),
    ("It expects a loss in the fiscal year ending June 30.", ("the fiscal year", "DURATION", "P1Y")),
    ("Sales fell for the year.", ("the year", "DATE", "2025")),  # no end named: the calendar year
])
def test_a_year_that_ends_on_a_day_is_twelve_months(text, expected):
    found = tag_times(text, DCT)
    assert (found[0].text, found[0].type, found[0].value) == expected


def test_last_years_quarter_is_the_quarter_just_named():
    found = tag_times("Net sales for this year's third quarter were $14 million. Sales for last "
                      "year's quarter were $3 million.", "1989-11-01")
    assert [t.value for t in found] == ["1989-Q3", "1988-Q3"]


@pytest.mark.parametrize("dct, value", [
    ("1989-10-26", "1989-SP"),  # said in the fall: this year's spring, gone by
    ("1989-04-10", "1988-SP"),  # said in the spring itself: last year's
])
def test_last_spring_is_the_latest_spring_gone_by(dct, value):
    assert one("The strike began last spring.", dct) == ("last spring", "DATE", value)


def test_the_following_month_and_year_go_on_from_the_ones_named():
    found = tag_times("In March it got an offer. The following month it was sold. It was founded "
                      "in 1987. The following year it grew.", "1989-10-27")
    assert [(t.text, t.value) for t in found][1::2] == [("The following month", "1989-04"),
                                                         ("The following year", "1988")]


def test_the_quarter_a_year_ago_is_one_expression_a_year_back():
    found = tag_times("For the quarter a year ago, Acme reported earnings of $16.3 million.", "1989-10-26")
    assert [(t.text, t.value) for t in found] == [("the quarter a year ago", "1988-Q3")]


def test_a_month_since_which_something_holds_is_gone_by():
    assert [t.value for t in tag_times("He has been here since November.", "1989-10-26")] == ["1988-11"]
    assert [t.value for t in tag_times("Talks resume in November.", "1989-10-26")] == ["1989-11"]


def test_a_holidays_weekend_and_the_holiday_of_another_year():
    dct = "2013-11-27"  # the day before Thanksgiving
    assert one("416 motorists died during Thanksgiving weekend last year.", dct) == \
        ("Thanksgiving weekend last year", "DATE", "2012-W47-WE")
    assert one("Millions will travel over the Thanksgiving holiday weekend.", dct)[2] == "2013-W48-WE"
    assert one("They met at Christmas last year.", dct)[2] == "2012-12-25"
    assert one("They will meet at Christmas.", dct)[2] == "2013-12-25"


def test_a_holiday_of_a_year_named():
    dct = "2011-09-13"
    assert one("By Christmas 2012 you will have a TV.", dct) == ("Christmas 2012", "DATE", "2012-12-25")
    assert one("Sales fell at Thanksgiving 2009.", dct)[:3:2] == ("Thanksgiving 2009", "2009-11-26")
    assert one("On Christmas, 2,000 people came.", dct)[::2] == ("Christmas", "2010-12-25")


def test_the_past_decade_is_the_ten_years_up_to_now():
    assert one("Exports have doubled in the past decade.", "2023-11-07")[1:] == ("DURATION", "P10Y")
    assert one("Exports doubled in the last decade.", "1998-02-10")[1:] == ("DATE", "198")


def test_a_day_named_without_its_year_after_a_dated_day_of_another_year_is_in_that_year():
    found = tag_times("On March 3, 2019, the firm announced the sale. Two days after the announcement, "
                      "on March 5, its chief flew to Paris.", DCT)
    assert [t.value for t in found if t.type == "DATE"][-1] == "2019-03-05"
    found = tag_times("On March 3, 2019, the firm announced the sale. The deal closes on Dec. 28.", DCT)
    assert found[-1].value == "2025-12-28"  # (months away from that day: the story's own time)


def test_a_day_of_that_month_and_the_same_month_are_of_the_month_named():
    found = tag_times("The work began in June 2017. On the 27th of the same month, he wrote to them. "
                      "In December 2017 he flew west; on the 10th of that month he sent emails. "
                      "Rates fell in May 2016, and prices rose the same month.", DCT)
    values = {t.text: t.value for t in found}
    assert values["the 27th of the same month"] == "2017-06-27"
    assert values["the 10th of that month"] == "2017-12-10"
    assert values["the same month"] == "2016-05"


def test_years_later_count_from_the_year_the_text_named():
    found = tag_times("Before leaving public life in 2008, he founded the institute. Two years later, "
                      "the site first appeared. Profit fell from a year earlier.", "2020-05-14")
    values = {t.text: t.value for t in found}
    assert values["Two years later"] == "2010"
    assert values["a year earlier"] == "2019"  # (a comparison: a year before the story's)


def test_this_or_last_month_with_a_day():
    assert one("The hearing opened this February 24.", "2020-05-14") == \
        ("this February 24", "DATE", "2020-02-24")
    assert one("He left last March 3.", "2020-05-14")[2] == "2020-03-03"


def test_rules_tried_only_near_their_words_find_what_a_scan_of_the_whole_text_finds():
    from core.time_tagger import RULES
    from tests.conftest import SAMPLE
    texts = [SAMPLE.read_text(encoding="utf-8"),
             "For the following more than twenty-seven days, sales rose; two years ago, in the fall of 1998, "
             "the 1990s ended. Every Monday, twice a week, the first half of 1999 and this year's third "
             "quarter, nineteen ninety-nine, at the end of the year, early today, a 10-year-old boy. "
             "As soon as possible, but soon; the same day, on the following morning, later that week, "
             "last month, this coming year, now, in the near future, recently.",
             "days " * 50 + "three  days later"]
    anchored = [rule for rule in RULES if rule.near is not None]
    assert len(anchored) >= 5
    for text in texts:
        for rule in anchored:
            assert [m.span() for m in rule.matches(text)] == [m.span() for m in rule.pattern.finditer(text)]


def test_a_yearless_month_told_in_the_past_perfect_is_before_the_storys_time():
    story = "By July 2001, BackRub had been renamed Google. In {month}, Schmidt {verb} the chairman."
    def value(month, verb):
        return [t.value for t in tag_times(story.format(month=month, verb=verb), "2014-04-24")][1]
    assert value("March", "had become") == "2001-03"
    assert value("October", "had become") == "2000-10"  # (the October before July 2001)
    assert value("March", "became") == "2014-03"  # (the simple past keeps the nearest March)
