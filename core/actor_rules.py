"""Who takes part in an event: names that only describe someone, groups referred back to ("the
three", "the ministers"), and the speaker a reported clause belongs to."""

from __future__ import annotations

import re

from core.entities import KIN_NOUNS, TITLE_NOUNS, Resolved
from core.event_lexicon import (
    BUSINESS_NOUNS,
    COMPANY_PARTS,
    LED_GROUPS,
    ORGANISATION_NOUNS,
    REPORTING_VERBS,
    TELLING_VERBS,
    event_type,
)
from core.gazetteer import Place
from core.models import EntityRef
from core.syntax import means_of_a_passive, path_to_root

RELATION_NOUNS = KIN_NOUNS | {"friend", "wife", "husband", "relative", "relatives", "assassin",
                             "killer", "widow", "girlfriend", "boyfriend", "lawyer", "attorney",
                             "family", "supporter", "follower", "ally", "backer", "opponent",
                             "critic", "creditor", "shareholder", "holder", "employee", "customer",
                             "client", "supplier", "competitor", "rival"}
# Relations a company's name can qualify as a noun ("Anheuser competitors offered discounts").
TRADE_RELATIONS = {"competitor", "rival", "creditor", "customer", "client", "supplier"}


# Prepositions through which a name still takes part: on the verb ("met with", "by"), and
# inside the subject ("envoys from Russia", "a spokesman for the ministry").
PARTNER_PREPOSITIONS = {"with", "between", "by", "among", "alongside"}


MEMBER_PREPOSITIONS = {"of", "from", "for", "between", "with", "and", "including"}


JOINT_TYPES = {"meeting", "agreement", "exchange"}
# Verbs of the exchange type that one side does to the other ("handed a flag to the Marines").
ONE_SIDED = {"hand", "give", "release", "free", "return"}


def is_joint(lemma: str, other: str = "") -> bool:
    """Whether an event has parties on both sides ("met", "signed", "swapped")."""
    return event_type(lemma, other) in JOINT_TYPES and lemma not in ONE_SIDED


def is_title_modifier(token) -> bool:
    """A name that only describes someone named with it: "Putin's special envoy, Kirill
    Dmitriev", "US Secretary of State Marco Rubio" (but "Ukrainian representatives" act)."""
    head = token.head
    title_like = {"envoy", "representative", "representatives", "president", "minister",
                  "secretary", "spokesman", "spokeswoman", "adviser", "advisor", "official", "officials",
                  "ambassador", "aide", "chief", "leader", "negotiator", "prime", "counterpart",
                  "chancellor", "general", "governor", "mayor", "senator", "head", "premier",
                  "treasurer", "chairman", "director", "commander", "professor", "deputy",
                  "attorney", "judge", "prosecutor", "commissioner", "sheriff"}
    if token.dep_ in {"amod", "compound", "nmod"} and head.pos_ == "NOUN" and (
            (head.dep_ in {"compound", "nmod", "appos"} and head.head.ent_type_ in {"PERSON", "ORG"})
            or any(c.dep_ == "appos" and c.ent_type_ in {"PERSON", "ORG"} for c in head.children)):
        return True  # "Hungarian astronaut Bertalan Farkas", "three Soviet astronauts, Valery
        # Kubasov, ...", "Italian chemical giant Montedison": which one, not an actor
    described = (head, *(c for c in head.children if c.dep_ == "appos"))
    if ((token.dep_ == "amod" and token.ent_type_ == "NORP")
            or (token.dep_ in {"compound", "nmod"} and token.ent_type_ == "GPE")) and head.pos_ == "NOUN" \
            and any(c.lower_ == "the" for c in head.children) \
            and any(n.lemma_.lower() in BUSINESS_NOUNS | {"group", "giant"} for n in described):
        return True  # "The British paper, packaging and publishing concern, said", "The Dutch
        # chemical group said", "The No. 1 U.S. auto maker wrote": which company, not the country
    if token.dep_ == "poss" and a_company_ranked_in_its_country(head):
        return True  # "Canada's largest department store operator said": which company
    if token.dep_ == "poss" and head.lemma_.lower() in COMPANY_PARTS \
            and any(c.dep_ in {"appos", "compound"} and c.ent_type_ == "ORG" for c in head.children):
        return True  # "General Motors Corp.'s electronics unit, GM Hughes Electronics, said",
        # "Southern's Gulf Power unit may plead guilty": the unit
    if token.dep_ in {"amod", "compound", "nmod"} and token.ent_type_ in {"GPE", "NORP"} \
            and head.lemma_.lower() in BUSINESS_NOUNS | COMPANY_PARTS \
            and any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in head.children):
        return True  # "Ratners Group PLC's U.S. subsidiary has agreed": which subsidiary
    if token.dep_ not in {"poss", "compound", "amod", "nmod"} or head.lower_ not in title_like:
        return False
    named = head.dep_ in {"compound", "nmod"} and head.head.pos_ == "PROPN"
    following = head.doc[head.i + 1:head.i + 3]
    named_after = (len(following) == 2 and following[0].text == "," and following[1].pos_ == "PROPN") \
        or (len(following) >= 1 and following[0].pos_ == "PROPN")  # "chief negotiator Rustem Umerov"
    return named or named_after or head.pos_ == "PROPN" \
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)


def a_company_ranked_in_its_country(noun) -> bool:
    """"Canada's largest department store operator", "France's third-largest chemical group": a
    company described by its rank in its country (the country does not act)."""
    return noun.lemma_.lower() in ORGANISATION_NOUNS | BUSINESS_NOUNS \
        and any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in noun.children) \
        and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children) \
        and not any(c.dep_ == "appos" for c in noun.children)  # (", the Ulster Unionists,": named)


def agent_of_the_means(token, trigger) -> bool:
    """Whether a name is the agent of the means of a passive verb (the SEC of "was charged in a
    civil suit filed by the SEC")."""
    means = means_of_a_passive(trigger)
    return means is not None and token.dep_ == "pobj" and token.head.dep_ == "agent" \
        and token.head.head.i == means.i


def describes_person(token, trigger, person_roots: set[int] = frozenset()) -> bool:
    """A name between which and the trigger stands a person it describes: "Poland's Aleksander
    Kwasniewski", "Bronislaw Geremek of Poland", "Kopp, 44, of St. Albans"."""
    if token.ent_type_ == "PERSON" or token.i in person_roots:
        return False
    if token.dep_ == "conj" and (token.head.ent_type_ == "PERSON" or token.head.i in person_roots):
        return False  # "followed by Manuel and Lazaro": listed with a person, not describing him
    if token.dep_ == "poss" and (token.head.ent_type_ == "PERSON" or token.head.i in person_roots):
        return True  # "Smith Barney's Mr. Doyle, who yesterday trimmed": his firm, whatever he did
    return any(step.i != token.i and step.pos_ == "PROPN"
               and (step.ent_type_ == "PERSON" or step.i in person_roots)
               for step in path_to_root(token, trigger))


GROUP_OF_PEOPLE = {"minister", "leader", "president", "envoy", "official", "negotiator",
                   "delegate", "ambassador", "diplomat", "chief", "head", "mediator"}


GROUP_OF_COUNTRIES = {"country", "nation", "state", "government", "side", "member", "neighbour",
                      "neighbor", "ally", "republic"}


NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


def group_referred(subject, drafts, gaz) -> list[Resolved]:
    """The actors a plural subject refers back to: "the ministers" (the recent people with that
    role), "the two governments" (the recent countries, or those of the leaders just named),
    "The three", "both" (as many as a recent event had)."""
    if subject.lower_ in NUMBERS and subject.pos_ in {"NUM", "PRON", "DET"}:
        count, noun = NUMBERS[subject.lower_], ""
    elif subject.tag_ == "NNS" and any(c.lower_ in {"the", "both", "all"} for c in subject.children):
        numbers = [NUMBERS.get(c.lower_) for c in subject.children if c.dep_ == "nummod"]
        count, noun = (numbers[0] if numbers and numbers[0] else 0), subject.lemma_.lower()
    else:
        return []
    if noun and noun not in GROUP_OF_PEOPLE | GROUP_OF_COUNTRIES:
        return []

    def fits(members: list[Resolved]) -> bool:
        return len(members) >= 2 and (not count or len(members) == count)

    recent = list({id(p): p for d in drafts[-4:] for p in d.persons}.values())
    if noun in GROUP_OF_PEOPLE:
        titled = [p for p in recent if p.role and noun in p.role.lower()]
        if fits(titled):
            return titled
    for draft in reversed(drafts[-3:]):
        people = list({id(p): p for p in draft.persons}.values())
        countries = [ref_to_resolved(a) for a in draft.event.actors if a.kind == "country"]
        named = [r for r in draft.named if r.kind == "country"]
        if noun not in GROUP_OF_COUNTRIES and fits(people):
            return people
        if noun not in GROUP_OF_PEOPLE and fits(countries):
            return countries
        if noun not in GROUP_OF_PEOPLE and count and fits(named):
            return named  # "Poland, Hungary and the Czech Republic can join ... The three"
        if noun in GROUP_OF_COUNTRIES:  # "Abe and Morrison ... the two governments"
            of_roles = [gaz.country(p.role.split()[0]) for p in people if p.role]
            places = [Resolved(c.name, "country", c, {c.name}) for c in of_roles if c]
            if fits(places):
                return places
    return []


def speaker_of_clause(trigger, sentence, resolver, kinds=frozenset({"person"})) -> Resolved | None:
    """The named person (or, with `kinds`, the body) who reports the clause a word stands in
    ("Morrison told reporters that he would travel": Morrison; "Acme Corp. said it earned $5
    million", "the company said it hopes": Acme)."""
    clause = trigger
    while clause.dep_ not in {"ccomp", "ROOT"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    mention = next((m for m in sentence.mentions if subject is not None and m.root.i == subject.i),
                   None)
    resolved = resolver.resolve(mention) if mention is not None else None
    if resolved is not None and "country" in kinds and resolved.kind == "city":
        resolved = resolver.country_for_capital(mention) or resolved  # "Moscow announced it will"
    if resolved is None and subject is not None and "organization" in kinds and subject.pos_ == "NOUN" \
            and subject.lemma_.lower() in ORGANISATION_NOUNS and subject.left_edge.lower_ == "the":
        resolved = resolver.last_organization(sentence.start + subject.idx - sentence.span.start_char)
    return resolved if resolved is not None and resolved.kind in kinds else None


def person_of_main_clause(trigger, sentence, resolver) -> Resolved | None:
    """The named person a subordinate or coordinated clause's "he" stands for: the main
    clause's subject ("Slepian was shot shortly after he returned home": Slepian; "O'Donnell
    declined to discuss the charges, but she said": O'Donnell)."""
    if trigger.dep_ not in {"advcl", "conj"}:
        return None
    subject = next((c for c in trigger.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    mention = next((m for m in sentence.mentions if subject is not None and m.root.i == subject.i),
                   None)
    resolved = resolver.resolve(mention) if mention is not None else None
    return resolved if resolved is not None and resolved.kind == "person" else None


def person_of_fronted_clause(trigger, subject, sentence, resolver) -> Resolved | None:
    """The named person a main clause's "he" stands for when a clause before it names him
    ("When Morales returned from Vegas to Spain, he divulged details": Morales)."""
    if subject is None or subject.lower_ not in {"he", "she"}:
        return None
    for clause in trigger.children:
        if clause.dep_ != "advcl" or clause.i > subject.i:
            continue
        named = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        mention = next((m for m in sentence.mentions if named is not None and m.root.i == named.i), None)
        resolved = resolver.resolve(mention) if mention is not None else None
        if resolved is not None and resolved.kind == "person":
            return resolved
    return None


def named_speaker(root) -> bool:
    """Whether a reporting verb's subject is a name ("Geremek said it was 'a great day'", "...,''
    wrote Judge J.L. Edmonson")."""
    if root.lemma_.lower() not in TELLING_VERBS | {"call", "describe", "read", "ask"}:
        return False
    for subject in (c for c in root.children if c.dep_ == "nsubj"):  # (the parser may give two)
        if subject.pos_ == "NOUN" and subject.lemma_.lower() in TITLE_NOUNS | ORGANISATION_NOUNS \
                and any(c.lower_ == "the" for c in subject.children):
            return True  # "the president said", "The company said it was ``concerned ...''"
        if (subject.pos_ == "PROPN" and (bool(subject.ent_type_) or subject.text[:1].isupper())) \
                or subject.ent_type_ in {"PERSON", "ORG"}:
            return True  # (also a name the model tags as a common noun: "Morales announced")
        if subject.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN"
                                          for c in subject.children):
            return True  # "Vacco's campaign manager, Matt Behrmann, said"
    return False


def ref_to_resolved(ref: EntityRef) -> Resolved:
    place = Place(ref.name, ref.kind, ref.lat, ref.lon)
    return Resolved(ref.name, ref.kind, place, set(ref.aliases))


def named_later(kin, sentence, resolver):
    """The person a kin noun stands for: the one named in apposition to the same words before
    ("Elian's father, Juan Miguel Gonzalez"), or titled by them ("great-uncle Lazaro
    Gonzalez"), else, when it describes before naming ("Elian Gonzalez's father said ...",
    then "Juan Miguel Gonzalez wrote"), the next person of the same family name the article
    names."""
    possessor = next((c for c in kin.children if c.dep_ == "poss"), None)
    if possessor is None:
        return None
    owner_words = " ".join(t.text for t in possessor.subtree if t.dep_ != "case")
    owner = next((m for m in sentence.mentions if m.label_ == "PERSON" and m.root.i == possessor.i),
                 None)
    owner_person = resolver.resolve(owner) if owner is not None else None
    kin_words = "".join(t.text_with_ws for t in kin.subtree
                        if t.i >= possessor.i + 1 and t.i <= kin.i and t.dep_ != "case").strip()
    before = resolver.text[:sentence.start]
    name = r"((?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+)\b"
    # "Elian's father in Cuba, Juan Miguel Gonzalez, asked ...", then "Elian's father joined";
    # "instead of great-uncle Lazaro Gonzalez", then "Elian's great-uncle vowed"
    appositions = rf"\b(?i:{re.escape(owner_words)}['’]s {re.escape(kin_words)})\b[^.,;]{{0,40}}, {name}"
    titles = rf"\b{re.escape(kin_words)} {name}"
    for pattern in (appositions, titles):
        for match in reversed(list(re.finditer(pattern, before))):
            person = resolver.people.get(match.group(1))
            if person is not None and person is not owner_person:
                return person
    if owner is None:
        return None
    # (a first name stands for the full name: "Elian's father" is a Gonzalez)
    surname = (owner_person.name if owner_person is not None and owner_person.kind == "person"
               else owner.text.removesuffix("'s").removesuffix("’s")).split()[-1]
    end = sentence.start + sentence.span.end_char - sentence.span.start_char
    after = resolver.text[end:end + 400]  # (named in the next sentence or two, not pages later)
    for match in re.finditer(rf"\b((?:[A-Z][a-z]+\s+){{1,3}}{re.escape(surname)})\b", after):
        person = resolver.people.get(match.group(1))
        first = resolver.first_named_at(person) if person is not None else None
        if person is not None and person is not owner_person and (first is None or first > sentence.start):
            return person  # (one named before is not who is still to be named)
    return None


def leaders_of(subject, sentence, resolver) -> list[Resolved]:
    """"A group of investors led by Giant Group Ltd. and its chairman, Burt Sugarman, said":
    those who lead a group, consortium or coalition act for it."""
    led = next((c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() == "lead"), None)
    if led is None or subject.lemma_.lower() not in LED_GROUPS:
        return []
    by = next((c for c in led.children if c.dep_ == "agent"), None)
    inside = {t.i for t in by.subtree} if by is not None else set()
    found = []
    for mention in sentence.mentions:
        if mention.root.i in inside and mention.root.dep_ in {"pobj", "conj", "appos"}:
            resolved = resolver.resolve(mention)
            if resolved is not None and not resolved.is_place and resolved not in found:
                found.append(resolved)
    return found


def organisations_by_noun(subject, actors) -> bool:
    """Whether a subject names the organisations that act by a common noun only ("the
    company", "the thrifts", "The giant foods, tobacco and brewing company")."""
    if not actors or any(a.kind != "organization" for a in actors):
        return False
    if a_company_ranked_in_its_country(subject):
        return True  # "Canada's largest department store operator said"
    nouns = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    return subject.pos_ == "NOUN" and subject.left_edge.lower_ in {"the", "both"} \
        and not any(t.ent_type_ in {"PERSON", "ORG"} for t in subject.subtree if t.i <= subject.i) \
        and any(n.lemma_.lower() in ORGANISATION_NOUNS | {"paper", "newspaper"} for n in nouns)


def buyer_in_an_agreed_sale(path, trigger) -> bool:
    """"Acme said it agreed to sell its shoe business to Bolt Corp." (or "to Nestle S.A.'s
    Nestle Foods unit"): the buyer is a party to the agreement. `path` runs from the name up to
    the trigger."""
    steps = list(path)
    while len(steps) > 2 and steps[0].dep_ in {"poss", "compound"} \
            and steps[1].lemma_.lower() in COMPANY_PARTS:
        steps = steps[1:]
    if len(steps) < 3 or steps[0].dep_ != "pobj" or steps[1].lower_ != "to":
        return False
    sale = steps[2]
    if sale.lemma_.lower() != "sell" or sale.dep_ != "xcomp" or sale.head.lemma_.lower() != "agree":
        return False
    agreed = sale.head
    return agreed.i == trigger.i or (
        len(steps) == 4 and agreed.dep_ == "ccomp" and agreed.head.i == trigger.i)

