"""Short titles for event cards: a subject, a verb, an object, and the places not yet named."""

from __future__ import annotations

import re

from core.entities import Resolved, surname

TITLE_MAX = 72


def short(resolved: Resolved) -> str:
    """How a title names an entity: a person by the nickname the article gives him, else by
    surname, unless another shares it."""
    if resolved.nickname:
        return resolved.nickname
    if resolved.kind == "person" and len(resolved.name.split()) > 1 and not resolved.shares_surname:
        return surname(resolved.name)
    return resolved.name


def noun_phrase(token, limit: int) -> str:
    """A compact phrase for a noun: its determiners dropped, modifiers and an of-phrase kept."""
    if token is None:
        return ""
    keep = []
    for child in token.lefts:
        if child.dep_ in {"amod", "compound", "nummod", "poss", "nmod"}:
            keep.extend(t for t in child.subtree)
    keep.append(token)
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in {"of", "between", "on", "to", "for"}:
            subtree = [t for t in child.subtree if t.dep_ not in {"relcl", "acl"}]
            if len(keep) + len(subtree) <= limit + 3:
                keep.extend(subtree)
            break
        if child.dep_ == "acl" and any(c.lower_ == "to" for c in child.children):
            # "commitment to continue military operations"
            subtree = [t for t in child.subtree if t.dep_ not in {"relcl", "advcl", "punct"}]
            if len(keep) + len(subtree) <= limit + 3:
                keep.extend(subtree)
            break
    keep.sort(key=lambda t: t.i)
    words = [t.text for t in keep if t.dep_ != "det" and t.dep_ != "punct"]
    if len(words) > limit + 3:
        words = words[:limit + 3]
    text = " ".join(words).replace(" ’s", "’s").replace(" 's", "'s")
    return text


def bare_clause(verb) -> str:
    """A few words for a clause whose title found no subject or object: the noun the clause
    describes or the subject of the verb it completes, the verb, and its object or first
    prepositional phrase ("offer expire", "procedures go before Security Council")."""
    owner = verb.head if verb.dep_ in {"relcl", "acl"} else None
    step = verb
    while owner is None and step.dep_ in {"xcomp", "ccomp", "advcl", "conj", "pcomp", "acomp"} \
            and step.head.i != step.i:
        step = step.head
        owner = next((c for c in step.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if owner is not None and owner.lower_ in {"which", "that", "who"} and step.dep_ == "relcl":
            owner = step.head  # "The offer, which was due to expire yesterday": the offer
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "attr"}), None)
    tail = noun_phrase(obj, 4) if obj is not None else ""
    prep = next((c for c in verb.children if c.dep_ == "prep"), None) if not tail else None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is not None:
        tail = f"{_in_running_text(prep)} {noun_phrase(pobj, 4)}"
    head = noun_phrase(owner, 3) if owner is not None and owner.pos_ in {"NOUN", "PROPN"} else ""
    return " ".join(w for w in (head, _in_running_text(verb), tail) if w)


def _in_running_text(token) -> str:
    """A word as it reads inside a title ("Found in Florida" at the head of its sentence:
    "found")."""
    return token.lower_ if token.i == token.sent.start and token.pos_ != "PROPN" else token.text


def clause_core(verb) -> str:
    """A reported clause in a few words: its subject, verb and object ("work remains")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON":
        return ""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "attr", "acomp"}), None)
    auxiliaries = [c.text for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}]
    words = [noun_phrase(subject, 4), *auxiliaries, verb.text,
             noun_phrase(obj, 3) if obj is not None else ""]
    return " ".join(w for w in words if w)


def where(phrase: str, locations) -> str:
    """" in X" for the places the phrase does not already name."""
    names = [loc.name for loc in locations[:2]
             if not any(alias.removeprefix("the ") in phrase for alias in (loc.name, *loc.aliases))]
    # (not "expedition to Gulf in Gulf of Mexico", where "the Gulf" named it)
    if not names:
        return ""
    return " in " + " and ".join(names)


def cap(title: str) -> str:
    title = " ".join(title.split())
    title = re.sub(r"\s+([,.;:’'])", r"\1", title)
    if len(title) > TITLE_MAX:
        title = title[:TITLE_MAX].rsplit(" ", 1)[0] + "…"
    return title[:1].upper() + title[1:]
