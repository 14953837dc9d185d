"""What makes a clause news though the extractor finds nobody named in it, or no time of its own:
figures that move, what befalls a named person, a speaker going on; and what is no news: the
reporter's own "we", declining to comment."""

from __future__ import annotations

import re

from core.event_lexicon import DECLINED_SPEECH, MARKET_NOUNS, PERIOD_FIGURES


def names_a_medium(token) -> bool:
    """Whether a word is part of the name of a news agency, paper or broadcaster."""
    name = next((e.text for e in token.doc.ents if e.start <= token.i < e.end and e.label_ == "ORG"), "")
    return bool(re.search(r"\b(?:News|Agency|Radio|Television|TV|Times|Post|Press)\b", name))


def goes_on_speaking(trigger, actors, drafts) -> bool:
    """Whether a statement in the simple past continues the dated statement just before it,
    by the same one speaker."""
    if not drafts or len(actors) != 1 or trigger.tag_ != "VBD" \
            or any(c.dep_ in {"aux", "auxpass"} for c in trigger.children):
        return False
    before = drafts[-1].event
    return before.type == "statement" and [a.name for a in before.actors] == [actors[0].name] \
        and before.when.anchor != "published-date" and before.when.granularity in {"day", "time"}


def a_figure_moves(trigger, kind: str) -> bool:
    """"Net income fell 37%", "Oil prices have been falling": a figure or a market that rose or
    fell is news though nobody is named."""
    return kind == "economy" and trigger.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in PERIOD_FIGURES | MARKET_NOUNS for c in trigger.children)


def befalls_someone(trigger, kind: str) -> bool:
    """"Keating was released from prison", "Kopp was arrested": what is done to a named person
    is news though nobody is named doing it."""
    return kind != "statement" and trigger.pos_ == "VERB" and any(
        c.dep_ == "nsubjpass" and c.ent_type_ == "PERSON" for c in trigger.children) \
        and any(c.dep_ == "auxpass" and c.lower_ in {"was", "were", "been"} for c in trigger.children) \
        and not any(c.dep_ == "neg" for c in trigger.children)  # (not "Kopp is sought")


def the_narrator(trigger) -> bool:
    """"the fourteen dollars we're seeing today", "We learned": outside quotation marks, the
    first person is the reporter or the anchor, not someone the story is about."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"we", "i"} for c in trigger.children)


def declined_to_speak(trigger) -> bool:
    """"would not comment", "declined to comment", "refused to elaborate"."""
    lemma = trigger.lemma_.lower()
    if lemma in {"decline", "refuse"}:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in DECLINED_SPEECH for c in trigger.children)
    return lemma in DECLINED_SPEECH and (
        any(c.dep_ == "neg" for c in trigger.children)
        or (trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in {"decline", "refuse"}))
