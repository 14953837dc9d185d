"""Entity mentions with offsets into the whole article, mended where the model cut or read a
name wrongly: a place split at a hyphen, a company called by a shorter name, a company "of" its
town."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.entities import COMPANY_OF_TOWN, NAME_WITH_LEGAL_FORM, NICKNAMED, TITLE_NOUNS, has_legal_form
from core.event_lexicon import ACTING_GROUPS, FORCES_NOUNS, REPORTING_VERBS


@dataclass
class Mention:
    """An entity span with offsets into the whole article text."""

    text: str
    label_: str
    start_char: int
    end_char: int
    root: object  # the spaCy token heading the span


_DASHES = {"\u2013", "\u2014"}


def whole_word_mention(ent, offset: int, gaz) -> Mention:
    """A mention widened over hyphens the model split a known place at ("Dar-es-Salaam", not
    "Salaam"; but "US-led" stays "US")."""
    text = ent.doc.text
    label = ent.label_
    end = ent.end
    while end - ent.start > 1 and (ent.doc[end - 1].is_space or ent.doc[end - 1].text in _DASHES):
        end -= 1  # ("Khalfan Khamis Mohamed  –", the dash the model took into the name)
    ent = ent.doc[ent.start:end]
    lo, hi = ent.start_char, ent.end_char
    while lo >= 2 and text[lo - 1] == "-" and text[lo - 2].isalpha():
        lo -= 1
        while lo > 0 and text[lo - 1].isalpha():
            lo -= 1
    while hi + 1 < len(text) and text[hi] == "-" and text[hi + 1].isalpha():
        hi += 1
        while hi < len(text) and text[hi].isalpha():
            hi += 1
    if (lo, hi) != (ent.start_char, ent.end_char) and gaz.lookup(text[lo:hi]) is None:
        lo, hi = ent.start_char, ent.end_char
    if label == "ORG" and has_legal_form(ent.text):
        first = ent.start
        while first > 0 and ent.doc[first - 1].dep_ == "compound" \
                and ent.start <= ent.doc[first - 1].head.i < ent.end \
                and ent.doc[first - 1].text[:1].isupper() and ent.doc[first - 1].is_alpha \
                and ent.doc[first - 1].lower_ not in TITLE_NOUNS:
            first -= 1  # "Price Stern Sloan Inc.", of which the model took "Stern Sloan Inc."
        lo = min(lo, ent.doc[first].idx)
    root = ent[1:].root if len(ent) > 1 and ent[0].dep_ == "det" else ent.root  # ("the Blue Bell,
    # Pa., concern": Bell, not "the", which the parser hung on the concern)
    return Mention(text[lo:hi], label, offset + lo, offset + hi, root)


def common_words_read_as_names(found: list[Mention], named_elsewhere: frozenset[str] = frozenset()
                               ) -> list[Mention]:
    """The mentions left when a capital that only opens the sentence is not taken for a name:
    "Riot police used tear gas" (the model's person "Riot"), but "Hamas gunmen breached ..."
    where the article names Hamas inside a sentence too."""
    groups = ACTING_GROUPS | FORCES_NOUNS
    return [m for m in found
            if not (" " not in m.text and m.root.is_sent_start and m.root.dep_ == "compound"
                    and m.label_ not in {"NORP", "GPE"}  # ("Liberian authorities said")
                    and m.root.head.pos_ == "NOUN" and m.root.head.lemma_.lower() in groups
                    and m.text not in named_elsewhere)]


def company_of_a_town(doc, offset: int, found: list[Mention], gaz) -> list[Mention]:
    """A paragraph's mentions with "Norwood Partners Limited Partnership of Boston" split into
    the company and the town it is of (a place named with it, where it acts)."""
    out = []
    for mention in found:
        split = COMPANY_OF_TOWN.match(mention.text) if mention.label_ == "ORG" else None
        town = split.group(2) if split else ""
        if split is None or gaz.lookup(town) is None:
            out.append(mention)
            continue
        name_end = mention.start_char + len(split.group(1))
        town_start = mention.start_char + split.start(2)
        for text, label, start, end in ((split.group(1), "ORG", mention.start_char, name_end),
                                        (town, "GPE", town_start, town_start + len(town))):
            span = doc.char_span(start - offset, end - offset)
            if span is not None:
                out.append(Mention(text, label, start, end, span.root))
    return out


def companies_the_model_left_out(doc, offset: int, found: list[Mention]) -> list[Mention]:
    """Companies named with their legal form that the model marked as nothing at all
    ("Polly Peck International Inc.'s agreement"): new mentions, from the first proper noun."""
    added = []
    for match in NAME_WITH_LEGAL_FORM.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or any(t.ent_type_ for t in span):
            continue
        tokens = list(span)
        while tokens and (tokens[0].pos_ != "PROPN" or tokens[0].lower_ in {"in", "on", "at", "the"}):
            tokens = tokens[1:]  # ("In March Acme Corp.": Acme Corp.)
        if len(tokens) < 2:
            continue
        name = doc[tokens[0].i:tokens[-1].i + 1]
        start, end = offset + name.start_char, offset + name.end_char
        if any(m.start_char < end and start < m.end_char for m in found):
            continue
        added.append(Mention(name.text, "ORG", start, end, name.root))
    return added


def nicknamed_people(doc, offset: int, found: list[Mention]) -> None:
    """A name with a nickname between its parts, which the model cuts up ('Lee “Faker”
    Sang-hyeok' as "Lee", 'Joaquín “El Chapo' and "Guzmán"): one person mention in place of the
    pieces, in `found`."""
    for match in NICKNAMED.finditer(doc.text):
        end = match.end("family") - len(re.search(r"(?:['’]s)?$", match.group("family")).group())
        span = doc.char_span(match.start(), end, alignment_mode="expand")
        if span is None:
            continue
        start, stop = offset + match.start(), offset + end
        found[:] = [m for m in found if not (m.start_char < stop and start < m.end_char)]
        found.append(Mention(doc.text[match.start():end], "PERSON", start, stop, span.root))
    found.sort(key=lambda m: m.start_char)


def acronyms_the_model_left_out(doc, offset: int, found: list[Mention], gaz) -> list[Mention]:
    """A body's initials that the model marked as nothing though they say something ("ACCA
    said a speedy jump would ..."), or a team's or group's code that acts ("T1 entered the final",
    "M23 seized the town"): new organisation mentions (not a country's or a town's)."""
    added = []
    for token in doc:
        code = re.fullmatch(r"[A-Z]{1,3}\d{1,3}", token.text) is not None and token.head.pos_ == "VERB"
        if token.ent_type_ or token.dep_ != "nsubj" \
                or (token.head.lemma_.lower() not in REPORTING_VERBS and not code) \
                or not (re.fullmatch(r"[A-Z]{3,6}", token.text) or code) or token.head.text.isupper() \
                or any(c.dep_ in {"amod", "compound", "det", "poss"} for c in token.children) \
                or not re.fullmatch(r"\s?", token.whitespace_) or doc.text[token.idx - 1:token.idx] == "&" \
                or doc.text[token.idx + len(token.text):][:1] == "&":
            continue  # (not "UK INSTITUTES SAY", a headline in capitals, "Kenyan TV said", "AT&T")
        start, end = offset + token.idx, offset + token.idx + len(token.text)
        if any(m.start_char < end and start < m.end_char for m in found) \
                or gaz.country(token.text) is not None or gaz.lookup(token.text) is not None:
            continue
        added.append(Mention(token.text, "ORG", start, end, token))
    return added


def short_company_mentions(doc, offset: int, shorts: set[str], found: list[Mention],
                           read_as_people: frozenset[str] = frozenset()) -> list[Mention]:
    """A paragraph's mentions with a company's shorter name in place of what the model made of
    it ("First of America said", after "First of America Bank Corp.", read as an ordinal and the
    United States; "Hewlett announced", after "Hewlett-Packard Co.", read as a person, for a
    name in `read_as_people`). A name of one word must be a subject ("Ratners and Weisfield's said", which
    the model read as a common noun), and no other entity's."""
    for name in shorts:
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text):
            start, end = offset + match.start(), offset + match.end()
            if any(m.label_ == "ORG" and m.start_char <= start and end <= m.end_char for m in found):
                continue  # (inside the full name)
            span = doc.char_span(match.start(), match.end())
            if span is None:
                continue
            if span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN" \
                    and span.root.head.tag_ == "NNS" and not span.root.ent_type_:
                continue  # "All six Star Wars movies", after "Star Wars Digital Movie Collection":
                # a name that only says which things
            labels = {"", "ORG", "PERSON"} if name in read_as_people else {"", "ORG"}
            if " " not in name and (span.root.ent_type_ not in labels or not _a_subject(span.root)):
                continue  # (the first part of "Hewlett-Packard" may pass for a surname)
            found = [m for m in found if m.end_char <= start or m.start_char >= end]
            found.append(Mention(name, "ORG", start, end, span.root))
    return found


def _a_subject(token) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}
