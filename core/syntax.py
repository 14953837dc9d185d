"""Where a word stands in a sentence's dependency tree: its path to the event's word, the clause
it belongs to, the subject of a verb, and the clauses that carry an event of their own."""

from __future__ import annotations

from core.event_lexicon import BACKGROUND_PREPOSITIONS, OVERHEAD_VERBS, RELATIONAL_VERBS, TELLING_VERBS
from core.time_tagger import NUMBER_WORDS

CLAUSAL = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"}


BODIES = {"judge", "court", "magistrate", "jury", "tribunal", "parliament", "congress",
          "committee", "panel", "senate", "assembly"}


BACKGROUND_NOUNS = {"connection", "response", "retaliation", "reference", "relation", "reaction"}


def path_to_root(token, root) -> list:
    """The tokens from `token` up to (not including) `root`; empty if `root` is not an ancestor."""
    path = []
    current = token
    while current.i != root.i:
        path.append(current)
        if current.head.i == current.i:
            return []
        current = current.head
    return path


def examples_of_the_subject(prep) -> bool:
    """Whether a preposition names examples of a plural subject ("former swimming greats like Jon
    Sieben say", "leaders such as Helmut Kohl said"): the ones named act."""
    return prep.head.tag_ == "NNS" and prep.head.dep_ in {"nsubj", "nsubjpass"} and (
        prep.lower_ == "like" or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)))


def in_background(token, trigger, through_complements: bool = False) -> bool:
    """Whether a token sits in a background phrase or a clause other than the trigger's own
    (with `through_complements`, "invited them to join NATO in Madrid" keeps Madrid)."""
    for step in path_to_root(token, trigger):
        if step.dep_ in CLAUSAL and not (through_complements and (
                step.dep_ == "xcomp" or (simultaneous(step) and step.head.i == trigger.i))):
            return True  # (a place may come from "perished when their boat sank off Florida")
        if own_clause(step):
            return True
        if step.dep_ == "prep" and step.lower_ in BACKGROUND_PREPOSITIONS \
                and not examples_of_the_subject(step) and not (
                step.lower_ == "before" and any(c.lemma_.lower() in BODIES for c in step.children)) \
                and not (step.lower_ == "over" and step.head.lemma_.lower() in OVERHEAD_VERBS):
            return True  # (but "appear before a judge in Manhattan" is where it happens, and
            # "helicopters are flying over northern New York" is where they fly)
        if step.dep_ == "prep" and step.lower_ in {"to", "by"} and step.head.lower_ == "according":
            return True
        if step.dep_ == "prep" and step.head.lower_ in BACKGROUND_NOUNS:
            return True  # "in connection with the blasts in Kenya", "in response to attacks"
    return not path_to_root(token, trigger) and token.i != trigger.i


def misread_participle(token) -> bool:
    """A past participle the parser coordinated with the verb though it describes a noun
    ("put Bin Laden and anti-abortion activist and accused doctor killer James Kopp on the
    list"): no subject, no auxiliary, and a noun right after it."""
    return token.dep_ == "conj" and token.tag_ == "VBN" \
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in token.children) \
        and token.i + 1 < len(token.doc) and token.nbor(1).pos_ in {"NOUN", "PROPN", "ADJ"}


def misread_noun(token) -> bool:
    """A noun the parser read as a bare verb describing the noun before it ("brought rhetoric
    to the witness stand Monday"): a base form hung as a clause, with no "to", no
    subject, right after a noun."""
    return token.dep_ in {"acl", "advcl"} and token.tag_ == "VB" and token.i > 0 \
        and token.nbor(-1).pos_ == "NOUN" and token.nbor(-1).i != token.head.i \
        and not any(c.dep_ in {"aux", "nsubj", "mark", "dobj"} for c in token.children)


def own_clause(token) -> bool:
    """A coordinated verb with a subject of its own: "..., and the car was found ...", or a
    clause the parser hung from the next one across a semicolon ("LIN Broadcasting surged 4 5/8
    to 112 5/8; LIN and BellSouth sweetened their merger agreement")."""
    if token.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in {"nsubj", "nsubjpass", "expl"}
                                                    for c in token.children):
        return False
    if token.dep_ in {"ccomp", "parataxis"}:
        edge = token.right_edge.i if token.i < token.head.i else token.left_edge.i
        low, high = sorted((token.head.i, edge))
        return any(t.text == ";" for t in token.doc[low:high])
    return token.dep_ == "conj"


def simultaneous(clause) -> bool:
    """A clause that only says when: "officials said as dawn broke Saturday", "was shot shortly
    after he returned home on the night of Oct. 23"."""
    if clause.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"}}
    if marks & {"while"} and any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.head.children):
        return False  # "While Moscow signed a contract in 1995, its completion has been put off":
        # a contrast with what has been since, not a time
    return bool(marks & {"as", "when", "while"}) or (
        bool(marks & {"after", "before"})
        and bool(marks & {"shortly", "just", "soon", "immediately", "right"}))


def contrasting(clause) -> bool:
    """"While Moscow signed a contract in 1995, ...", "Although ...": a clause set against the
    main one before it, with an act of its own."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return clause.dep_ == "advcl" and clause.i < clause.head.i \
        and bool(marks & {"while", "although", "though", "whereas"}) \
        and not any(c.dep_ == "neg" for c in clause.children)  # (not "Although he had not announced")


def means_of_a_passive(trigger):
    """"Antar was charged last month in a civil suit filed in Newark by the SEC": the participle
    that tells who did it (filed), where the passive verb names no agent of its own."""
    if not any(c.dep_ == "auxpass" for c in trigger.children) \
            or any(c.dep_ == "agent" for c in trigger.children):
        return None
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for means in noun.children:
                if means.dep_ == "acl" and means.tag_ == "VBN" \
                        and any(c.dep_ == "agent" for c in means.children):
                    return means
    return None


def done_through(verb):
    """The act a verb of seeming or of having to frames ("Saddam appeared to accept a treaty",
    "riot police had to use tear gas", "before having to flee the capital"), or None."""
    if verb.lemma_.lower() not in {"seem", "appear", "have"} or any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


_DASH_WORDS = {"\u2014", "\u2013", "--"}


def main_clause_after_when(root):
    """The main verb when the parser took a fronted "When ..." clause for the main one ("When a
    co-owner asked what Morales meant, he responded that ...": responded), or the clause a "That's
    why" introduces, else the root."""
    first = root.doc[root.sent.start] if hasattr(root, "sent") else None
    if first is not None and first.lower_ in {"that", "this"} and first.head.i == root.i \
            and first.dep_ == "nsubj" and root.lemma_ == "be":
        told = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"
                     and any(w.lower_ == "why" and w.dep_ == "advmod" for w in c.children)), None)
        return told or root  # "That's why Greenpeace has launched an expedition": the launch
    told = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.pos_ == "VERB"
                 and any(s.dep_ == "nsubj" for s in c.children)
                 and any(t.text in _DASH_WORDS and c.i < t.i < root.i for t in root.children)), None)
    if told is not None:
        return told  # "The Fed did launch operation twist—it is also taking aim at mortgages": the
        # clause before the dash, which the parser hung on the one after it
    if first is None or first.lower_ not in {"when", "after", "once", "while", "before"}:
        return root
    comma = next((t for t in root.sent if t.text == ","), None)
    if comma is None or comma.i < root.i:
        return root
    return next((c for c in root.children if c.dep_ in {"ccomp", "conj", "parataxis"} and c.pos_ == "VERB"
                 and c.i > comma.i and any(s.dep_ == "nsubj" and s.i > comma.i for s in c.children)), root)


def planned_by_be_to(verb):
    """The act "be to" plans for someone named ("South Korea and the U.S. were to wrap up their
    exercise", "Putin is to meet Trump"), or None; not "The aim is to win"."""
    if verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
                               or subject.lower_ in {"he", "she", "they", "we"}):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def telling_aside(trigger):
    """The speaker's verb set inside the clause it tells ("But this skittishness, Mr. Antolini
    says, is creating liquidity problems", "But, he observes, while makers suffer losses ...")."""
    return next((c for c in trigger.children if c.dep_ == "parataxis" and c.lemma_.lower() in TELLING_VERBS
                 and any(s.dep_ == "nsubj" for s in c.children)), None)


def tells_a_clause(verb) -> bool:
    """Whether a verb tells what someone holds ("Joseph Hardiman agrees that program trading is
    hurting ...", '"... make money," declares Robert Antolini'): a statement, even in the present."""
    if verb.lemma_.lower() not in TELLING_VERBS or not (
            verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in verb.children)):
        return False
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return speaker is not None and (speaker.ent_type_ in {"PERSON", "ORG", "GPE"} or speaker.lower_ in {
        "he", "she"}) and not any(c.lower_ in {"all", "many", "some", "most"} for c in speaker.children)
    # (but "Not all Cuban-Americans insist that Elian be allowed to stay" is no one's saying)


def denied(verb) -> bool:
    """Whether a verb is denied: "did not mention", "Neither he nor his parents could be located"."""
    return any(c.dep_ == "neg" or (c.dep_ in {"nsubj", "nsubjpass"} and (
        c.lower_ in {"nobody", "none"} or any(
            (p.dep_ == "preconj" and p.lower_ == "neither") or (p.dep_ == "neg" and p.i < c.i)
            for p in c.children)))  # ("Not everyone subscribes to a resolution")
               for c in verb.children)


def subject_of(trigger):
    """The subject of a verb, or of the verb it complements ("He is expected to meet")."""
    for token in (trigger, trigger.head if trigger.dep_ in {"xcomp", "conj"} else None):
        if token is None:
            continue
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.dep_ == "nsubj" and token.dep_ == "relcl" and (
                (subject.lower_ == "who" and token.head.ent_type_ == "PERSON")
                or (subject.lower_ in {"which", "who"} and token.head.ent_type_ == "ORG")):
            return token.head  # "Josefa Gonzalez, who left Cuba in 1962": she left; "IBM Corp.,
            # which plans to introduce workstations": IBM
        if subject is not None:
            return subject
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.tag_ == "VBG" and clause.dep_ in {"advcl", "pcomp"}:
        # "After touring Dar es Salaam and meeting police leaders, the FBI chief said": the one
        # the sentence is about did the touring and the meeting
        main = clause.head.head if clause.head.dep_ == "prep" else clause.head
        return next((c for c in main.children if c.dep_ == "nsubj"), None)
    return None


def interrupting_event(trigger):
    """"They were talking when the bomb went off": the event is what broke into the scene the
    progressive verb sets."""
    progressive = trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be"
                                                for c in trigger.children)
    if not progressive:
        return None
    for child in trigger.children:
        if child.dep_ == "advcl" and any((c.dep_ == "advmod" and c.lower_ == "when")
                                         or (c.dep_ == "mark" and c.lower_ == "when")
                                         for c in child.children):
            return child
    return None


def sequel_clause(trigger):
    """"The strike came two days after envoys met": the clause (met), whether it was "after" or
    "before" the subject, and by how many days, if a count is given."""
    if trigger.lemma_.lower() not in RELATIONAL_VERBS:
        return None
    for child in trigger.children:
        mark = next((c.lower_ for c in child.children if c.dep_ == "mark"), None)
        if child.dep_ == "advcl" and child.pos_ == "VERB" and mark in {"after", "before"}:
            days = None
            for c in child.children:
                if c.dep_ == "npadvmod" and c.lemma_.lower() in {"day", "week"}:
                    count = next((n for n in c.children if n.dep_ == "nummod"), None)
                    word = count.lower_ if count is not None else "a"
                    number = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
                    if number is not None:
                        days = number * (7 if c.lemma_.lower() == "week" else 1)
            return child, mark, days
    return None
