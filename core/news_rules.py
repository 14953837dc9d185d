"""What makes a clause news though the extractor finds nobody named in it, or no time of its own:
figures that move, what befalls a named person, a speaker going on; and what is no news: the
reporter's own "we", declining to comment."""

from __future__ import annotations

import re

from core.event_lexicon import (
    DECLINED_SPEECH,
    MARKET_NOUNS,
    MEDIUM_VERBS,
    PERIOD_FIGURES,
    PRIVATE_PEOPLE,
    REPORTING_VERBS,
    RESULT_VERBS,
)


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
    told = drafts[-1].trigger
    if told.dep_ == "ccomp" and told.head.lemma_.lower() in REPORTING_VERBS:
        return False  # ("An IBM spokeswoman said the company told customers Monday": Monday is
        # when the company told them, not when she spoke)
    return before.type == "statement" and [a.name for a in before.actors] == [actors[0].name] \
        and before.when.anchor != "published-date" and before.when.granularity in {"day", "time"}


def published_words_said_on(trigger, actors, drafts):
    """The time of what one person posted or said, dated, that a statement of his in the present
    tense goes on telling ("Now Adam Kramer has posted an explanation ... 'The reason we did this
    research ...,' says Kramer"), else None: the story quotes the words he put out then."""
    if len(actors) != 1 or actors[0].kind != "person" or trigger.tag_ not in {"VBZ", "VBP"} \
            or any(c.dep_ in {"aux", "auxpass"} for c in trigger.children):
        return None
    for draft in reversed(drafts[-6:]):
        if all(a.name != actors[0].name for a in draft.event.actors):
            continue
        told = draft.event.when
        put_out = draft.event.type == "statement" or draft.trigger.lemma_.lower() in MEDIUM_VERBS
        return told if put_out and told.anchor != "published-date" and told.granularity in {"day", "time"} \
            else None
    return None


_MOVING_VERBS = {"rise", "fall", "drop", "climb", "gain", "slip", "plunge", "jump", "surge", "decline",
                 "tumble", "soar", "ease", "increase", "grow", "shrink", "narrow", "widen", "advance",
                 "improve", "double", "triple", "sink", "slide", "total", "hit", "peak", "plummet",
                 "skid", "dip", "leap", "slump", "sag", "dive", "shed", "settle", "rocket", "skyrocket",
                 "rebound", "retreat", "spurt", "recover", "lose"}


def a_figure_moves(trigger, kind: str) -> bool:
    """"Net income fell 37%", "Oil prices have been falling": a figure or a market that rose or
    fell is news though nobody is named."""
    return (kind == "economy" or trigger.lemma_.lower() in _MOVING_VERBS) and trigger.pos_ == "VERB" \
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in PERIOD_FIGURES | MARKET_NOUNS
                for c in trigger.children)


def from_a_level(token, verb) -> bool:
    """"Order entry has increased from the low levels of the early summer": a time within the
    level a move started from dates that level, not the move."""
    step = token
    while step.head.i != step.i and step.i != verb.i:
        if step.dep_ == "prep" and step.lower_ == "from" and step.head.i == verb.i:
            return verb.lemma_.lower() in _MOVING_VERBS
        step = step.head
    return False


def a_figure_stated(verb) -> bool:
    """"Net for the nine months was $254 million", "A year earlier, net income was $2.1 million":
    a period's figure told with the copula (news only where a period dates it)."""
    return verb.lemma_ == "be" \
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in PERIOD_FIGURES for c in verb.children) \
        and any(c.dep_ == "attr" and any(t.ent_type_ == "MONEY" for t in c.subtree) for c in verb.children)


_TRADING_VERBS = _MOVING_VERBS | {"close", "finish", "end", "lose", "rally"}


_PRICED = re.compile(r"\s+(?:(?:yesterday|today)\s+)?(?:(?:up|down|off)\s+)?"
                     r"(?:(?:\$\s?[\d.,]+|[\d.,]+\s+(?:cents|pence)|(?:\d+\s+)?\d+/\d+|[\d.,]+)"
                     r"(?:\s+a\s+share)?,?\s+)?"
                     r"(?:to\s+close\s+)?(?:at|to)\s+(?:\$|#|[\d.,]+\d\b)")
# ("closed down $1.875 at $44.875", "nose-dived $8.625 a share, to $100"; and London's quotes in
# pence, "British Steel skidded 1.74 to 123.5", "shed 8.5 pence a share to close at 185 pence"; and
# fractions of a dollar, "Intel eased 1/8 to 31 7/8", "surged 4 5/8 to 112 5/8")


def closes_the_move(clause, trigger) -> bool:
    """"The stock rose $2.50 to close at $117.375 yesterday": the close ends the rise, one
    event of one day."""
    return clause.head.i == trigger.i and clause.dep_ in {"advcl", "xcomp"} \
        and clause.lemma_.lower() in {"close", "end", "finish", "settle"} \
        and trigger.lemma_.lower() in _MOVING_VERBS


def a_stock_trades(trigger) -> bool:
    """"Philip Morris shares closed at $43.50", "POP plunged $4 to $14.75": the market moves a
    company's stock; the company does not act."""
    if trigger.lemma_.lower() not in _TRADING_VERBS:
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in {"share", "stock", "bond"}:
        return True  # ("Long-term Treasury bonds ended slightly higher": not the Treasury)
    after = trigger.doc.text[trigger.idx + len(trigger.text):trigger.idx + len(trigger.text) + 40]
    priced = _PRICED.match(after) is not None  # ("closed at $28.25", "plunged $4 to $14.75")
    return subject.pos_ == "PROPN" and priced and not any(
        c.dep_ == "dobj" and not any(t.text == "$" for t in c.subtree) and not c.like_num
        and c.lemma_.lower() not in {"decline", "gain", "drop", "increase", "rise", "loss", "pence",
                                     "penny", "cent", "point"}  # ("closed
        for c in trigger.children)  # at $5.25, down $1.875, a 26% decline")


def a_stock_moved_aside(token) -> bool:
    """"McCaw, which dropped 2 1/2 to 37 3/4, has offered $125 a share": a stock's move told in a
    relative clause on the company."""
    if token.dep_ != "relcl" or token.lemma_.lower() not in _TRADING_VERBS \
            or token.head.pos_ != "PROPN" or not any(c.dep_ == "nsubj" and c.lower_ == "which"
                                                      for c in token.children):
        return False
    after = token.doc.text[token.idx + len(token.text):token.idx + len(token.text) + 40]
    return _PRICED.match(after) is not None


def befalls_someone(trigger, kind: str) -> bool:
    """"Keating was released from prison", "Kopp was arrested": what is done to a named person
    is news though nobody is named doing it, and so is harm done to someone described ("An
    elderly Catholic man was hospitalized", "Another man has been arrested")."""
    harmed = kind in {"attack", "legal", "disaster"} or trigger.lemma_.lower() in {"hospitalize", "rescue"}
    return kind != "statement" and trigger.pos_ == "VERB" and any(
        c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or (
            harmed and c.lemma_.lower() in PRIVATE_PEOPLE and c.tag_ == "NN"))
        for c in trigger.children) \
        and any(c.dep_ == "auxpass" and c.lower_ in {"was", "were", "been"} for c in trigger.children) \
        and not any(c.dep_ == "neg" for c in trigger.children)  # (not "Kopp is sought")


def the_narrator(trigger) -> bool:
    """"the fourteen dollars we're seeing today", "We learned": outside quotation marks, the
    first person is the reporter or the anchor, not someone the story is about."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"we", "i"} for c in trigger.children)


def the_writers_side(subject) -> bool:
    """"we", "our chief executive officer", "one of our stores": the first person plural as a
    subject, which stands for the writer's organisation where the article names it ("At Home
    Depot, we ...")."""
    if subject.lower_ == "we":
        return True
    if subject.lower_ in {"one", "some", "many", "most", "all", "each"}:
        subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), subject)
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in subject.children)


def a_credit_line(trigger) -> bool:
    """"CNN's Jason Carroll and Ben Brumfield contributed to this report": the newsroom's credits,
    not something the story tells."""
    return trigger.lemma_.lower() == "contribute" and any(
        (t.lower_ in {"report", "story", "article"} and any(c.lower_ == "this" for c in t.children))
        or (t.lower_ == "reporting" and t.head.i == trigger.i) for t in trigger.subtree)  # ("reporting from")


def _negated(token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "neither" for c in token.children) or any(
        c.dep_ in {"nsubj", "nsubjpass"} and any(g.lower_ == "neither" for g in c.children)
        for c in token.children)


def declined_to_speak(trigger) -> bool:
    """"would not comment", "declined to comment", "wouldn't say", "refused to elaborate", "weren't
    available to comment", "couldn't be reached for comment", "Neither Equus nor Tony Lama gave a
    reason"."""
    lemma = trigger.lemma_.lower()
    if lemma in REPORTING_VERBS and any(
            c.dep_ == "ccomp" and c.lemma_.lower() == "have" and any(
                o.dep_ == "dobj" and o.lemma_.lower() == "comment"
                and any(d.lower_ == "no" for d in o.children) for o in c.children)
            for c in trigger.children):
        return True  # "said the company has no comment on Crane's filing"
    if lemma in {"decline", "refuse"}:  # (also "declined further comment")
        return any(c.dep_ in {"xcomp", "dobj"} and c.lemma_.lower() in DECLINED_SPEECH
                   for c in trigger.children)
    if lemma == "reach" and _negated(trigger):
        return True  # ("couldn't be reached for comment", and no one was reached)
    if lemma == "give" and _negated(trigger):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in {"reason", "explanation", "detail", "comment"}
                   for c in trigger.children)
    if lemma in DECLINED_SPEECH and trigger.dep_ == "xcomp" and trigger.head.lower_ in {"available", "able"}:
        return _negated(trigger.head.head) or _negated(trigger.head)
    return lemma in DECLINED_SPEECH and (
        any(c.dep_ == "neg" for c in trigger.children)
        or (trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in {"decline", "refuse"}))


def results_told(clause) -> bool:
    """"net income jumped", "it had a loss of $158,666", "had eight million guilders of
    extraordinary charges": a clause that tells a company's results for a period."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in PERIOD_FIGURES for c in clause.children):
        return True
    booked = PERIOD_FIGURES | {"charge", "write-off", "writedown", "gain"}  # (as a subject, "charges" may
    # be a prosecutor's)
    return clause.lemma_.lower() in RESULT_VERBS and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in booked or any(
            p.lemma_.lower() in booked  # ("had $110 million in sales")
            for of in c.children if of.lower_ in {"of", "in"} for p in of.children))
        for c in clause.children)


def told_results(trigger):
    """The reported clause of a statement that tells results ("Ogden Projects said net income
    jumped ..."), if there is one."""
    if trigger.lemma_.lower() not in REPORTING_VERBS:
        return None
    return next((c for c in trigger.children if c.dep_ == "ccomp" and results_told(c)), None)
