"""The governing verb's tense, and how it places dates named without a year."""

from __future__ import annotations

import pytest

from core.clause_tense import clause_tense
from core.time_tagger import tag_times


def tense_at(sentence: str, phrase: str):
    start = sentence.index(phrase)
    return clause_tense(sentence, start, start + len(phrase))


@pytest.mark.parametrize("sentence, phrase, tense", [
    ("The minister said Friday that talks had stalled.", "Friday", "past"),
    ("Envoys will meet on Friday in Miami.", "Friday", "future"),
    ("On Friday, the company said it will appeal.", "Friday", "past"),  # the nearer verb
    ("The summit is to be held in March.", "March", "future"),
    ("The meeting will be held in March.", "March", "future"),  # not "held", a participle
    ("The talks have been held since March.", "March", "past"),  # the perfect
    ("The dividend is payable Dec. 7 to holders.", "Dec. 7", "future"),
    ("Kyiv expects to sign the deal by August.", "August", "future"),
    ("His father could arrive as early as Tuesday.", "Tuesday", "future"),
    ("Protesters planned a large rally on Saturday.", "Saturday", "future"),
    ("Prices rose in March; analysts expect a fall in May.", "March", "past"),  # clause ends at ;
    ("The fund is in good shape this March.", "March", "present"),
    ("Snow in March, then a thaw.", "March", None),  # no verb at all
    ("Since KKR bought RJR in February, it has sold assets.", "February", "past"),  # irregular
    ("The plant was built in May and caught fire in June.", "May", "past"),
])
def test_tense_of_the_governing_verb(sentence, phrase, tense):
    assert tense_at(sentence, phrase) == tense


def values(text: str, dct: str) -> list[str]:
    return [t.value for t in tag_times(text, dct)]


def test_a_past_verb_puts_a_distant_month_last_year():
    assert values("Sales fell in March.", "1989-10-30") == ["1989-03"]
    assert values("The plant closed in November.", "1990-02-10") == ["1989-11"]


def test_a_future_verb_puts_a_past_month_next_year():
    assert values("The plant will close in March.", "1989-10-30") == ["1990-03"]


def test_a_past_verb_does_not_push_a_date_weeks_ahead_back_a_year():
    # Reported speech about a date soon to come: "extended the offer to Nov. 20".
    assert values("The company extended its offer to Nov. 20.", "1989-11-02") == ["1989-11-20"]


def test_without_a_verb_cue_the_nearest_occurrence_wins():
    assert values("Snow in December, then a thaw.", "1998-02-06") == ["1997-12"]
    assert values("Snow in April, then a thaw.", "1998-12-05") == ["1999-04"]


def test_fractions_of_units_become_smaller_units():
    assert values("The search lasted 5 1/2 hours.", "2000-01-05") == ["PT5H30M"]
    assert values("He served 2 1/2 years.", "2000-01-05") == ["P2Y6M"]
    assert values("The call lasted a minute and a half.", "2000-01-05") == ["PT1M30S"]


def test_an_attribution_after_a_comma_is_another_clause():
    sentence = "He is due to meet Trump in Florida on Sunday, his office said."
    assert tense_at(sentence, "Sunday") == "future"
    assert values(sentence, "2025-12-26") == ["2025-12-28"]  # the coming Sunday


@pytest.mark.parametrize("sentence, phrase, tense", [
    # a verb further off still governs when none stands nearer
    ("In January, a week after the anniversary of the court's decision, a clinic bombing in "
     "Birmingham, Ala., killed a guard.", "January", "past"),
    # "a still unspecified date", "an unannounced visit": adjectives, not past verbs
    ("The split would be paid on a still unspecified date in January.", "January", "future"),
    # a period inside "Ala." or after a closing quote ends no clause / still ends the sentence
    ("He said, ``We are done.'' In March the plant reopened.", "March", "past"),
])
def test_the_clause_reaches_past_abbreviations_and_adjectives(sentence, phrase, tense):
    assert tense_at(sentence, phrase) == tense
