"""Where an event happened, read from how a place is tied to the event's word: an attack's target,
a venue, a site, where the speaker is, and names that only say which place another is."""

from __future__ import annotations

import re
from itertools import pairwise

from core.entities import HEAD_WORDS, ROLE_NOUNS, STRUCTURE_WORDS, Resolved
from core.event_lexicon import EVENT_NOUNS, GATHERED_PEOPLE, ORGANISATION_NOUNS, event_type
from core.syntax import CLAUSAL, means_of_a_passive, path_to_root

# Offices held in the capital ("Attorney General Janet Reno", "President Clinton").
NATIONAL_OFFICE = re.compile(r"\b(?:President|Attorney General|Secretary|Senator|Sen\.|Rep\.|"
                             r"Representative|Congressman|Congresswoman|Prime Minister)\b")
DISTANCE_UNITS = {"mile", "kilometer", "kilometre", "km", "yard", "foot", "feet", "meter", "metre",
                  "block", "throw", "walk", "drive", "minute"}  # ("a stone's throw from")
DWELLINGS = {"home", "house", "residence", "ranch", "estate", "office", "retreat", "workplace"}
TALLY_NOUNS = {"toll", "number", "count", "tally", "casualties", "victims", "damage", "cost"}


def is_target_place(token, trigger, place: Resolved) -> bool:
    """"strikes against camps in Afghanistan", "an attack on a port in Odesa", "the bombing of a
    Birmingham clinic": where an attack's target lies is where the attack happened."""
    path = path_to_root(token, trigger)
    named_by_modifier = token.dep_ in {"compound", "nmod"} and place.kind == "city"
    if not path or not (token.dep_ in {"pobj", "conj", "appos"} or named_by_modifier) \
            or event_type(trigger.lemma_) == "statement" \
            or any(step.dep_ in CLAUSAL for step in path):
        return False  # "an attack on a Russian oil rig": Russian describes, it does not place
    for step in path:
        attack = step.head
        if step.dep_ == "prep" and step.lower_ in {"against", "on", "of"} \
                and event_type(attack.lemma_) == "attack" \
                and (attack.i == trigger.i or (attack.dep_ == "dobj" and attack.head.i == trigger.i)):
            return True
    return False


def qualifying_mentions(mentions, resolver) -> set[int]:
    """Mentions that only say which city the one before them is: "Nairobi, Kenya"."""
    found = set()
    place_roots = {m.root.i for m in mentions if (r := resolver.resolve(m)) is not None
                   and (r.is_place or m.label_ == "FAC")}
    for mention in mentions:  # "Andrews Air Force Base, near Washington"; "Cardenas, east of Havana"
        head = mention.root.head
        owner = head.head  # "near Washington", "east of Havana", "the capital of Tanzania"
        described = owner.i in place_roots or (
            owner.lower_ in {"east", "west", "north", "south", "capital", "city", "port"}
            and owner.head.i in place_roots)
        if mention.root.dep_ == "pobj" and head.dep_ == "prep" \
                and head.lower_ in {"near", "of", "outside"} and described:
            found.add(id(mention))
    for before, after in pairwise(mentions):
        if resolver.text[before.end_char:after.start_char].strip() != ",":
            continue
        city, region = resolver.resolve(before), resolver.resolve(after)
        if city is not None and region is not None and city.kind == "city" \
                and region.kind in {"country", "region", "state"}:
            found.add(id(after))
    return found


def where_the_speaker_is(token, trigger) -> bool:
    """"Thomson, in India to talk to tourism leaders, said": a place the speaker is in; "said
    in a statement issued from Berlin": where the statement came from; "said before leaving
    Andrews Air Force Base": where she left from."""
    leaving = token.head
    if token.dep_ == "dobj" and leaving.lemma_.lower() in {"leave", "depart"} and (
            (leaving.dep_ == "advcl" and leaving.head.i == trigger.i)
            or (leaving.dep_ == "pcomp" and leaving.head.head.i == trigger.i)):
        return True  # "Albright said Monday before leaving Andrews Air Force Base"
    if token.dep_ == "pobj" and token.head.lower_ == "from":
        issued = token.head.head
        return issued.dep_ == "acl" and issued.lemma_.lower() in {"issue", "release", "send"} \
            and issued.head.dep_ == "pobj" and issued.head.head.head.i == trigger.i
    owned = token.dep_ == "poss" and token.head.dep_ == "pobj"  # "in Ramallah's Old Town"
    if owned:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in {"in", "at"}:
        return False
    holder = token.head.head
    if owned and holder.lemma_.lower() not in DWELLINGS:
        return False  # (not "chairman of the committee in Britain's House of Commons")
    if holder.lemma_.lower() in DWELLINGS and holder.dep_ == "pobj" \
            and holder.head.lower_ in {"from", "at", "in"} and not measured_from(holder.head) \
            and any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in holder.children) \
            and path_to_root(token, trigger):
        return True  # "Bush, commenting on the crisis from his vacation home in Maine, said";
        # "says Azza, over a cup of tea at his workplace in Hebron"
    if holder.dep_ == "relcl" and holder.lemma_.lower() in {"be", "arrive", "stay"} \
            and holder.head.dep_ == "nsubj" and holder.head.head.i == trigger.i:
        return True  # "said Jose Ramirez, who was in New York with his family"
    return holder.dep_ in {"nsubj", "appos"} and (holder.head.i == trigger.i or (
        holder.dep_ == "appos" and holder.head.dep_ == "nsubj" and holder.head.head.i == trigger.i))


def speakers_base(token, trigger) -> bool:
    """"said Paul Moskal, a spokesman for the bureau's Buffalo office", "Armando Gutierrez,
    spokesman for Elian's relatives in Miami", "Philip Morris Cos., New York, adopted": a place
    in the description of who speaks or acts."""
    after = token.doc[token.i + 1:token.i + 4].text.replace(" ", "")
    based = after.startswith("-based") or bool(re.match(r",[A-Z][\w.]*-based", after))
    # "of the Miami-based Cuban-American National Foundation", "The Kearny, N.J.-based maker"
    doc = token.doc
    set_off = token.dep_ in {"appos", "npadvmod"} and token.head.ent_type_ == "ORG" \
        and doc[token.left_edge.i - 1].text == "," and token.right_edge.i + 1 < len(doc) \
        and doc[token.right_edge.i + 1].text == ","  # "Philip Morris Cos., New York, adopted"
    based = based or set_off
    described = token.head if token.dep_ in {"compound", "nmod"} and token.head.ent_type_ == "GPE" \
        and token.head.dep_ in {"compound", "nmod"} and token.head.head.dep_ == "nsubj" \
        else token  # "The Wilmington, Mass., garment service company boosted"
    town_of = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.ent_type_ == "ORG" \
        and token.head.head.dep_ in {"nsubj", "nsubjpass"}  # "Norwood Partners ... of Boston said"
    based = based or town_of
    located = based or (token.dep_ == "pobj" and token.head.lower_ in {"in", "at"}) or (
        described.dep_ in {"compound", "nmod"}
        and (described.head.lemma_.lower() in {"office", "bureau", "branch"} | ORGANISATION_NOUNS
             or (described.head.dep_ == "appos" and described.head.head.ent_type_ == "PERSON"
                 and any(c.lower_ in {"a", "an"} for c in described.head.children))))
    # ("for the Toronto ... concern", "The Oklahoma City energy concern", "James Fallon, a New
    # Providence, N.J., marketing consultant, says"; but "the Essex County prosecutor" is his office)
    if not located:  # ("the Erie district attorney" is no place he speaks from)
        return False
    step = token
    while step.head.i != step.i and (
            step.dep_ in {"compound", "poss", "pobj", "prep", "nmod", "amod", "npadvmod"}
            or (step.dep_ == "conj" and step.pos_ == "NOUN")
            or (step.dep_ == "appos" and step.head.dep_ != "nsubj")):
        step = step.head  # ("president of Safaricentre International, a tour operator in ...";
        # "chief investment officer of Republic National Bank and manager of the FundTrust Group
        # in New York")
    # (or the title that is the subject: "The head of the FBI investigation in Dar es Salaam")
    return (step.dep_ == "appos" and step.head.dep_ == "nsubj" and step.head.head.i == trigger.i) \
        or (step.dep_ == "nsubj" and step.head.i == trigger.i and (
            based or (step.pos_ == "NOUN" and step.lemma_.lower() in HEAD_WORDS | ROLE_NOUNS
                      | ORGANISATION_NOUNS)))


def names_the_venue(token, trigger, place: Resolved) -> bool:
    """"the Madrid summit", "at the NATO Washington summit", "found at the Newark airport": a
    city naming a meeting held there, or the site where something happened."""
    if token.dep_ not in {"compound", "nmod"}:
        return False
    noun = token.head
    while noun.dep_ in {"compound", "nmod", "poss"} and noun.head.i != noun.i:
        noun = noun.head  # "in a Tel Aviv magistrate's court"
    if place.kind != "city":  # "the Tanzania blast" (but "the Ukraine talks" are about it)
        if event_type(noun.lemma_, noun.lower_) not in {"attack", "disaster"}:
            return False
        path = path_to_root(noun, trigger)
        return noun.i == trigger.i or (bool(path) and path[-1].dep_ in {"nsubj", "nsubjpass"}
                                       and path[-1].lemma_.lower() in TALLY_NOUNS
                                       and all(t.dep_ in {"pobj", "prep", "nsubj", "nsubjpass"}
                                               for t in path))
    if noun.i == trigger.i:
        return noun.lemma_.lower() in EVENT_NOUNS or noun.lower_ in EVENT_NOUNS
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    near = prep.head.i == trigger.i or (prep.head.dep_ == "xcomp" and prep.head.head.i == trigger.i)
    return near and (noun.lemma_.lower() in EVENT_NOUNS or noun.lower_ in EVENT_NOUNS
                     or prep.lower_ in {"at", "in", "near", "outside"})


def based_venue(token, trigger) -> bool:
    """"a speech ... hosted at the Washington DC-based Center for Strategic and International
    Studies", "spoke at the London-based Chatham House": a venue named by the city it is based
    in, which is where the act took place."""
    after = token.doc[token.i + 1:token.i + 4].text.replace(" ", "")
    if not re.match(r"(?:[A-Z][\w.]*)?-based", after):
        return False
    venue = token.head
    while venue.dep_ in {"compound", "nmod", "amod", "npadvmod"} and venue.head.i != venue.i:
        venue = venue.head
    if venue.dep_ != "pobj" or venue.head.lower_ != "at":
        return False
    holder = venue.head.head
    return holder.i == trigger.i or (holder.dep_ in {"acl", "relcl", "xcomp"} and holder.head.i == trigger.i)


def held_at(token, trigger) -> bool:
    """"joined NATO at a ceremony held in the city of Independence": the place of an event noun
    of the main clause, given by a participle describing it."""
    path = path_to_root(token, trigger)
    for index, step in enumerate(path):
        if not ((step.dep_ == "acl" and step.tag_ == "VBN") or step.dep_ == "relcl"):
            continue
        noun = step.head
        means = means_of_a_passive(trigger)
        if noun.lemma_.lower() not in EVENT_NOUNS and noun.lower_ not in EVENT_NOUNS \
                and (means is None or means.i != step.i):  # ("was charged in a civil suit
            return False  # filed in federal court in Newark by the SEC")
        inner = path[:index]
        return all(t.dep_ in {"pobj", "prep", "compound", "appos", "conj"} for t in inner) \
            and any(t.dep_ == "prep" and t.lower_ in {"in", "at", "near"} for t in inner) \
            and (noun.i == trigger.i or (noun.dep_ == "pobj" and noun.head.head.i == trigger.i))
    return False


def where_the_subject_is(token, trigger) -> bool:
    """"Thousands of people in Germany demonstrated", "workers across France struck", "A large
    plant in Covington, Ga., is to come on line": the place of the people (or the works) the
    sentence is about is where it happened."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"in", "across", "throughout"}:
        return False
    step = prep.head
    if step.lemma_.lower() not in GATHERED_PEOPLE | WORKS_NOUNS:
        return False
    while step.dep_ == "pobj" and step.head.lower_ == "of":  # "thousands of people"
        step = step.head.head
    return step.dep_ in {"nsubj", "nsubjpass"} and (
        step.head.i == trigger.i or (trigger.dep_ == "xcomp" and step.head.i == trigger.head.i))


def a_structure_befallen(token, trigger, place: Resolved) -> bool:
    """"The Washington Monument developed a crack", "The National Cathedral lost three spires":
    a structure the sentence is about is where it happened."""
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.i == trigger.i \
        and place.name.split()[-1] in STRUCTURE_WORDS


# Works that are where what befalls them happens.
WORKS_NOUNS = {"plant", "factory", "mill", "facility", "refinery", "mine", "smelter", "warehouse"}


def measured_from(step) -> bool:
    """"A few miles from his home at Andrews Air Force Base", "Some 2,000 miles away from Square's
    headquarters in San Francisco": a "from" that measures a distance says where something is not."""
    if step.dep_ != "prep" or step.lower_ != "from":
        return False
    return step.head.lemma_.lower() in DISTANCE_UNITS | {"away"} or any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in DISTANCE_UNITS for c in step.children)


def describes_a_company(token) -> bool:
    """"The Avon, Conn., company", "The Sunnyvale, Calif., maker": a place (or its state) that
    says which company, in the noun phrase that names it."""
    step = token
    while step.dep_ in {"compound", "nmod", "npadvmod", "appos"} and step.head.i != step.i \
            and step.head.ent_type_ in {"GPE", ""} and step.head.pos_ in {"PROPN", "NOUN"}:
        step = step.head
        if step.pos_ == "NOUN" and step.lemma_.lower() in ORGANISATION_NOUNS:
            return True
    return False
