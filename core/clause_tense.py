"""The tense of the verb that governs a time expression, read from the words around it.

A date named without its year ("in March", "on Friday") lies on the side of the publication date
that its verb points to: "talks resumed in March" is this year's March, "talks will resume in March"
may be next year's. The governing verb is taken to be the nearest verb group in the same clause,
looking both ways; no parser is needed, so tagging stays fast.
"""

from __future__ import annotations

import re
from typing import Literal

from core.nlp import ABBREVIATIONS_BEFORE_A_NAME

Tense = Literal["past", "present", "future"]

# Abbreviations ("a.m.", "U.S.", "Mr.", "Nov.") are single words, so their periods end nothing; a
# period ends a sentence only before a capital, a quote or a line end.
_ABBREVIATIONS = "|".join([*sorted(a.capitalize() for a in ABBREVIATIONS_BEFORE_A_NAME | {"jr", "sr"}
                                   if "." not in a), "vs"])
_WORD = re.compile(rf"(?:[A-Za-z]\.){{2,}}|\b(?:{_ABBREVIATIONS})\.|[A-Za-z]+(?:'[a-z]+)?|n't|'ll|'d"
                   r"|[;!?:,]|\.(?=[\"')]*(?:\s+[A-Z\"'`(]|\s*\n|\s*$))|\"|''|``")
_WINDOW_CHARS = 240
_MAX_DISTANCE = 30  # words either side: "In January, a week after the anniversary, a bomb killed"

FUTURE_WORDS = {"will", "'ll", "shall", "wo", "going", "gonna", "would", "'d", "might",
                "should", "upcoming", "scheduled", "due", "planned", "plans", "plan",
                "intends", "intend", "expects", "expect", "expected", "aims", "hopes", "hope",
                "set", "slated", "tomorrow", "soon", "planning", "preparing", "expecting",
                "hoping", "intending", "aiming"}
# Words that are future cues only when "to" or "for" follows them ("set to meet", "due for");
# "planned", "scheduled" and "slated" always look ahead ("planned a rally on Saturday").
_FUTURE_BEFORE_TO = {"set", "due", "expected", "expects", "expect", "plans", "plan", "intends",
                     "intend", "aims", "hopes", "hope", "going", "planning", "preparing",
                     "expecting", "hoping", "intending", "aiming"}
PRESENT_WORDS = {"is", "are", "am", "says", "say", "tells", "does", "do", "has", "have", "'s",
                 "'re", "remains", "seems", "appears", "believes", "thinks", "wants", "needs"}
IRREGULAR_PAST = {
    "was", "were", "had", "did", "said", "told", "met", "took", "held", "began", "came", "went",
    "made", "gave", "left", "fled", "won", "lost", "fell", "rose", "struck", "shot", "sent",
    "spoke", "saw", "found", "got", "ran", "brought", "thought", "knew", "became", "kept", "led",
    "paid", "sold", "wrote", "flew", "stood", "sat", "hit", "put", "cut", "let", "beat", "broke",
    "chose", "drew", "drove", "ate", "fought", "forgot", "froze", "grew", "heard", "hid", "hung",
    "meant", "overtook", "quit", "rode", "rang", "sought", "shook", "shut", "sank", "slid", "spent",
    "spread", "stole", "stuck", "swore", "swept", "taught", "threw", "understood", "woke", "wore",
    "withdrew", "bought", "built", "caught", "dealt", "felt", "lent", "bent", "slept", "swam",
    "sang", "arose", "awoke", "bore", "bled", "bred", "clung", "crept", "dug", "flung", "laid",
    "misled", "oversaw", "rebuilt", "resold", "sped", "stung", "strode", "upheld", "withheld",
    "foresaw", "undertook", "mistook", "overcame", "underwent", "wept", "blew", "shrank",
    "drank", "overthrew", "forbade", "forgave", "swung", "sprang",
    "ago", "earlier", "last", "previously", "already", "formerly", "once",
}
# Words ending in -ed that are seldom a past-tense verb in news prose.
_NOT_PAST = {"need", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "based", "united",
             "limited", "related", "concerned", "interested", "supposed", "used", "armed",
             "married", "retired", "detailed", "advanced", "experienced", "so-called", "called",
             "named", "fixed", "proposed", "planned", "scheduled", "expected", "unexpected",
             "unidentified", "unnamed", "alleged", "unprecedented", "suspected"}
# Words that, just before a date, make it a deadline or a start still to come.
DEADLINE_WORDS = {"by", "until", "till", "payable", "effective"}
# Words that may stand between a deadline word and its day: "until 9 a.m. Tuesday".
_CLOCK_WORDS = {"a.m.", "p.m.", "noon", "midnight", "edt", "est", "gmt", "cdt", "cst", "pdt", "pst"}
_PARTICIPLE_AUX = {"be", "been", "being", "is", "are", "am", "'s", "'re", "has", "have", "get",
                   "gets"}
_SOFT_WORDS = {"not", "n't", "also", "still", "just", "now", "already", "never", "ever", "been"}
_CLAUSE_END = {";", ".", "!", "?", ":"}


_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"}


def _is_past_form(word: str) -> bool:
    return word in IRREGULAR_PAST or (
        len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST and word not in FUTURE_WORDS
        and not word.startswith("un")  # "unspecified", "unannounced": adjectives
    )


def _classify(words: list[str], i: int) -> Tense | None:
    """The tense a word signals where it stands, or None for a word that is no verb cue."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else ""
    if word in _FUTURE_BEFORE_TO:
        if following in {"to", "for"}:
            return "future"
        return "past" if word == "set" else None
    if word in {"is", "are", "am"} and following == "to":
        return "future"  # "is to resume trading Tuesday"
    if word == "early" and i > 0 and words[i - 1] == "as" and following == "as":
        return "future"  # "as early as Tuesday"
    if word in FUTURE_WORDS:
        return "future"
    if word in {"has", "have", "'s", "'ve"}:
        j = i + 1
        while j < len(words) and (words[j] in _SOFT_WORDS - {"been"} or words[j].endswith("ly")):
            j += 1
        nxt = words[j] if j < len(words) else ""
        if nxt == "been" or _is_past_form(nxt) or nxt.endswith("en"):
            return "past"  # the perfect: "has met", "have been"
        return "present" if word in PRESENT_WORDS else None
    if word in PRESENT_WORDS:
        return "present"
    if _is_past_form(word):
        previous = words[i - 1] if i > 0 else ""
        if previous in _PARTICIPLE_AUX or previous == "to":
            return None  # a participle: the auxiliary before it carries the tense
        if previous in _DETERMINERS or (previous.endswith("ly") and i > 1 and words[i - 2] in _DETERMINERS):
            return None  # an adjective: "a revised plan", "the newly elected council"
        return "past"
    return None


_SUBORDINATORS = {"when", "if", "which", "who", "that", "after", "before", "because", "while", "unless",
                  "once", "where"}


def _past_perfect(words: list[str], here: int) -> bool:
    """Whether the time's own clause is told in the past perfect, which places even a deadline or a
    plan before the time of telling ("Until Thursday, they had not called him a suspect")."""
    for step in (-1, 1):
        i = here + step
        while 0 <= i < len(words) and abs(i - here) <= 10 and words[i] not in _SUBORDINATORS:
            if words[i] == "had" and i + 1 < len(words) and words[i + 1] != "to":
                return True
            i += step
    return False


def _words_around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The lowered words before `text[start:end]`, back to the nearest sentence or clause end,
    and the words after it (up to a window; the caller cuts those)."""
    left = [w.lower() for w in _WORD.findall(text[max(0, start - _WINDOW_CHARS):start])]
    right = [w.lower() for w in _WORD.findall(text[end:end + _WINDOW_CHARS])]
    for k in range(len(left) - 1, -1, -1):
        if left[k] in _CLAUSE_END:
            return left[k + 1:], right
    return left, right


def told_in_past_perfect(text: str, start: int, end: int) -> bool:
    """Whether the clause of `text[start:end]` is told in the past perfect ("In March, Schmidt
    had become the chairman"): a time before the time the story is at."""
    left, right = _words_around(text, start, end)
    right = right[:next((k for k, w in enumerate(right) if w in _CLAUSE_END), len(right))]
    return _past_perfect([*left, "<time>", *right], len(left))


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the verb group nearest to `text[start:end]` within its clause, or None."""
    left, right = _words_around(text, start, end)  # (the clause: cut at the nearest end each side)
    fronted = all(w in {"on", "in", "at", "by", "since", "until", "during", ",", "``", "\""}
                  for w in left)  # "On Friday, the company said ...": the clause follows
    for k, w in enumerate(right):
        if w in _CLAUSE_END or (w == "," and not fronted) or (
                w in {"and", "but"} and k + 1 < len(right) and _classify(right, k + 1) is not None):
            right = right[:k]  # "... meet Trump on Sunday, his office said", "... and hopes to":
            break  # another clause
    words = [*left, "<time>", *right]
    here = len(left)
    best: tuple[int, int, Tense] | None = None
    if _past_perfect(words, here):
        return "past"  # "had filed reports by Wednesday", "had been due to expire Friday"
    lead = [w for w in left[-3:] if w not in _CLOCK_WORDS]
    if lead and lead[-1] in DEADLINE_WORDS:
        return "future"  # "payable Dec. 7", "by August", "effective Feb. 1", "until 9 a.m. Tuesday"
    for i, _ in enumerate(words):
        if i == here:
            continue
        distance = abs(i - here)
        if distance > _MAX_DISTANCE:
            continue
        tense = _classify(words, i)
        if tense is None:
            continue
        key = (distance, 0 if i < here else 1)  # nearer first; on a tie, the verb before
        if best is None or key < best[:2]:
            best = (*key, tense)
    return best[2] if best else None
