"""Turn the model's entity mentions into canonical actors and places, within one article.

spaCy's small model errs in known ways (Kyiv as a person, Zelenskyy as an organisation, "the Black
Sea Odesa" as one place); the resolver corrects them with the gazetteer and with what the rest of
the article says: a surname resolves to the full name used elsewhere ("Zelenskyy" -> "Volodymyr
Zelenskyy"), a spelling variant to the same person ("Zelensky"), a demonym to its country, a
capital acting as subject to its state ("Moscow has indicated" -> Russia).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from core.gazetteer import Gazetteer, Place, gazetteer
from core.models import EntityRef

TITLE_WORDS = (
    r"President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|"
    r"Defen[cs]e Minister|Finance Minister|Minister|Secretary of State|Secretary General|"
    r"Secretary-General|Secretary|Chancellor|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|"
    r"Mayor|Ambassador|General|Gen\.|Admiral|Colonel|Col\.|Commander|Chief|Spokesman|"
    r"Spokeswoman|spokesman|spokeswoman|spokesperson|envoy|special envoy|special representative|"
    r"adviser|advisor|Chairman|Chairwoman|chairman|CEO|chief executive|King|Queen|Pope|Prince|"
    r"Princess|Judge|Justice|Speaker|leader|Leader|Treasurer|Attorney General|Premier|Professor|"
    r"Superintendent|Commissioner|Inspector|Director|Prosecutor|negotiator|Negotiator|governor|"
    r"Detective|Officer|Sergeant|Sgt\.|Lt\.|Capt\.|Captain|Lieutenant|Rabbi|Bishop|"
    r"Mr\.|Mrs\.|Ms\.|Dr\.|"
    r"Farmer|Rancher|Analyst|Economist|Attorney|Lawyer|Coach|Activist|Pastor|Reverend|Rev\.|Olympian"
)
_ROLE_ADJECTIVES = (r"(?:chief|special|top|deputy|senior|regional|former|acting|foreign|defen[cs]e|"
                    r"interior|finance|prime|national|security|presidential)")
_ROLE_BEFORE = re.compile(
    rf"(?P<role>(?:(?:[A-Z][\w'’-]*|U\.S\.|U\.N\.|{_ROLE_ADJECTIVES})[ ]+){{0,3}}(?i:{TITLE_WORDS})"
    r"(?:[ ]+of[ ]+(?:the[ ]+)?(?:(?:[A-Z][\w.]*|of|and|for)[ ]+){0,6}[A-Z][\w.]*(?:[ ]+\([A-Z]+\))?)?)"
    r"(?:'s|’s)?,?\s+$"  # "Director of the U.S. Federal Bureau of Investigation (FBI) Louis Freeh"
)
# Relatives who share the family name of the one they are named after.
KIN_NOUNS = {"father", "mother", "son", "daughter", "brother", "sister", "uncle", "aunt", "nephew",
             "niece", "grandfather", "grandmother", "cousin"}
TITLE_NOUNS = {"president", "minister", "secretary", "chancellor", "senator", "governor", "mayor",
               "ambassador", "general", "envoy", "spokesman", "spokeswoman", "leader", "king",
               "queen", "pope", "premier", "chairman", "adviser", "advisor", "dictator", "judge",
               "justice", "prosecutor", "commissioner", "superintendent", "sheriff"}
LEADER_WORDS = {"president", "premier", "chancellor", "king", "queen", "leader", "prime"}
# "the FBI chief", "the agency's head": whoever heads the body, whatever the title.
HEAD_NOUNS = {"chief", "head", "boss"}
HEAD_WORDS = {"director", "chief", "head", "chairman", "chairwoman", "president", "secretary",
              "minister", "commissioner", "leader", "administrator", "governor"}
_PERSON_TRIM = re.compile(rf"^(?:(?:{TITLE_WORDS})\s+)+")
# "King Hussein", "Crown Prince Hassan": a royal known by one name, the title part of it.
_ROYAL = re.compile(r"\b(King|Queen|Crown Prince|Prince|Princess|Sultan|Emir|Sheikh?)\s+"
                    r"([A-Z][\w'-]+)$")
_TRAILING_QUOTE = re.compile(r"\s*(?:``|''|[“”\"])$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Bodies that regulate or host business rather than do it
_PUBLIC_BODY = re.compile(r"^(?:Federal|National|U\.S\.)\b|\b(?:Commission|Department|Agency|Administration|"
                          r"Board|Bureau|Office|Authority|Court|Service|Exchange|Bourses?|Ministry|Council|Reserve)\b")
# A company's legal form, which the article may drop: "Security Pacific Corp." is "Security Pacific"
_LEGAL_FORM_WORDS = r"Inc|Corp|Co|Cos|Ltd|PLC|Plc|S\.p\.A|N\.V|S\.A|AG|GmbH|L\.P|(?:Limited )?Partnership"
# A run of capitalised words ending in a legal form ("Polly Peck International Inc.").
NAME_WITH_LEGAL_FORM = re.compile(
    rf"(?<![\w&-])(?:[A-Z][\w'&-]*\.?\s+){{1,4}}(?:{_LEGAL_FORM_WORDS})\.?(?![\w-])")
_LEGAL_FORM = re.compile(rf",?\s+(?:{_LEGAL_FORM_WORDS})\.?$|^(?:N\.V\.|S\.A\.)\s+")  # (and "N.V. DSM")
# "Norwood Partners Limited Partnership of Boston": a company and the town it is of.
COMPANY_OF_TOWN = re.compile(rf"(.+?\b(?:{_LEGAL_FORM_WORDS})\.?)\s+of\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Prepositions after which a name is where something happens ("at Kyiv's Palace of Sports").
PLACE_PREPOSITIONS = {"at", "in", "inside", "outside", "near"}
# The last word of the name of a building or site people go to.
VENUE_WORDS = {"Hospital", "Church", "Mosque", "Synagogue", "Hotel", "Stadium",
               "Theater", "Theatre", "Library", "Museum", "Palace", "Square", "Arena", "Prison",
               "Base"}
# The last word of a name that makes it a structure, which is always a place, never an actor
# ("The Washington Monument developed a crack").
STRUCTURE_WORDS = {"Monument", "Memorial", "Bridge", "Tower", "Dam", "Statue", "Obelisk", "Cathedral"}
# The last word of a name that makes it a part or a building of an organisation, not the whole.
UNIT_NOUNS = {"laboratory", "laboratories", "lab", "department", "division", "office", "bureau",
              "unit", "committee", "board", "academy", "school", "institute", "center", "centre",
              "museum", "foundation", "hospital", "council", "commission", "building",
              "headquarters", "stadium", "library", "branch", "section", "team", "squad"}
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}


# Short forms of bodies every reader knows, and the one name they are kept under.
ORGANISATION_NAMES = {"U.N.": "United Nations", "UN": "United Nations", "E.U.": "European Union",
                      "EU": "European Union", "North Atlantic Treaty Organization": "NATO"}

# Peoples named after the country they live in, as a second word: "Cuban Americans".
DIASPORA_NOUNS = {"Americans", "Canadians", "Australians", "Britons"}
_DIASPORA_AFTER = re.compile(rf"\s+({'|'.join(DIASPORA_NOUNS)})\b")
_DIASPORA_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:an|ian|ese|ish|i))\s+$")


@dataclass
class Resolved:
    """One canonical entity of the article and what it was called."""

    name: str
    kind: str  # person | organization | country | group | city | region | sea | continent | area
    place: Place | None = None
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    # Another person of the article has the same surname, so titles need the whole name.
    shares_surname: bool = False
    # The nickname the article calls a person by ("Faker", for Lee Sang-hyeok), for titles.
    nickname: str | None = None

    def ref(self) -> EntityRef:
        return EntityRef(
            name=self.name, kind=self.kind,
            lat=self.place.lat if self.place else None, lon=self.place.lon if self.place else None,
            aliases=sorted(a for a in self.aliases if a != self.name), role=self.role,
        )

    def with_alias(self, alias: str) -> Resolved:
        """This entity, now also known by `alias`."""
        self.aliases.add(alias)
        return self

    @property
    def is_place(self) -> bool:
        return self.kind not in {"person", "organization", "group"}


# Lowercase words that, right before a name, say it is a person's ("astronaut Bertalan Farkas").
ROLE_NOUNS = {
    "astronaut", "minister", "president", "spokesman", "spokeswoman", "official", "activist",
    "doctor", "nurse", "professor", "lawyer", "judge", "ambassador", "envoy", "leader", "chief",
    "director", "general", "colonel", "captain", "inspector", "agent", "secretary", "senator",
    "governor", "mayor", "commander", "premier", "chancellor", "author", "writer", "journalist",
    "reporter", "editor", "economist", "analyst", "manager", "chairman", "executive", "founder",
    "pilot", "dissident", "opposition", "rebel", "suspect", "fugitive", "prosecutor", "attorney",
    "negotiator", "adviser", "advisor", "aide", "delegate", "diplomat", "mediator",
    "representative", "officer", "lawmaker", "legislator", "deputy", "candidate", "speaker",
}
_NOT_A_NAME = {"inc", "corp", "co", "ltd", "union", "party", "ministry", "department", "bank",
               "group", "council", "agency", "university", "committee", "association",
               "organization", "organisation", "office", "service", "court", "commission",
               "federation", "league", "front", "army", "force", "forces", "company", "news",
               "times", "post", "press", "institute", "foundation", "fund", "airlines", "library"}


# ", an analyst at ...": the role an apposition gives a name.
_ROLE_AFTER = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?([a-z]+)\b(?=\s+(?:at|of|for|with|in)\b|,)")


_TITLE_BEFORE = re.compile(rf"\b(?:{TITLE_WORDS})\s+$")
_TITLE_AFTER = re.compile(rf"\s+(?:{TITLE_WORDS})\b")


def after_a_title(text: str, start: int, end: int) -> bool:
    """Whether a one-word name follows a title and ends the name ("Fed President Plosser",
    "Gov. Lopez", but not "General" in "Attorney General Janet Reno")."""
    return bool(_TITLE_BEFORE.search(text[max(0, start - 40):start])) \
        and not re.fullmatch(TITLE_WORDS, text[start:end]) and not re.match(r"\s+[A-Z]", text[end:end + 2])


def people_the_model_missed(mentions, text: str) -> None:
    """Relabel as PERSON the names the small model calls organisations though the text says they
    are people: after a role ("astronaut Bertalan Farkas"), before one ("Shannon Cross, an analyst
    at Cross Research") or listed with people ("Valery Kubasov, Leonid Popov and Valery Riumin")."""
    for index, mention in enumerate(mentions[:-1]):  # "Pedro" + "Toledo" read as a city
        after = mentions[index + 1]
        if mention.label_ == "PERSON" and after.label_ in {"GPE", "ORG"} and " " not in after.text \
                and text[mention.end_char:after.start_char] == " " and after.text[:1].isupper():
            mention.text = text[mention.start_char:after.end_char]
            mention.end_char = after.end_char
            after.label_ = "MERGED"
    mentions[:] = [m for m in mentions if m.label_ != "MERGED"]
    for mention in mentions:  # "Patrol Chief James Hall", read as a title of a work
        words = mention.text.split()
        if mention.label_ not in {"WORK_OF_ART", "PRODUCT", "FAC", "LAW"} or len(words) < 3:
            continue
        role = max((i for i, w in enumerate(words[:-2]) if w.lower().strip(".") in ROLE_NOUNS), default=None)
        name = " ".join(words[role + 1:]) if role is not None else ""
        if name and 2 <= len(words) - role - 1 <= 3 \
                and all(re.fullmatch(r"[A-Z][a-z]+|[A-Z]\.", w) for w in words[role + 1:]) \
                and not any(w.lower().strip(".,") in _NOT_A_NAME for w in words[role + 1:]) \
                and text[mention.end_char - len(name):mention.end_char] == name:
            mention.label_ = "PERSON"
            mention.text = name
            mention.start_char = mention.end_char - len(name)
    for mention in mentions:  # "Dallas Fed President Fisher", read as a town
        if mention.label_ in {"GPE", "ORG"} and re.fullmatch(r"[A-Z][a-z]+", mention.text) \
                and text[mention.start_char - 1:mention.start_char] == " " \
                and after_a_title(text, mention.start_char, mention.end_char):
            mention.label_ = "PERSON"
    for index, mention in enumerate(mentions):
        if mention.label_ != "ORG":
            continue
        words = mention.text.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) \
                or any(w.lower().strip(".,") in _NOT_A_NAME for w in words):
            continue
        before = re.search(r"([A-Za-z]+)\W{1,2}$", text[max(0, mention.start_char - 30):mention.start_char])
        after_role = before is not None and before.group(1) in ROLE_NOUNS
        previous = mentions[index - 1] if index else None
        listed = previous is not None and previous.label_ == "PERSON" \
            and re.fullmatch(r"\s*(?:,|and|, and)\s*", text[previous.end_char:mention.start_char]) \
            and not _TITLE_AFTER.match(text, mention.end_char)  # (not "Fisher, Minneapolis Fed President")
        role_after = _ROLE_AFTER.match(text, mention.end_char)
        if after_role or listed or (role_after and role_after.group(1).lower() in ROLE_NOUNS):
            mention.label_ = "PERSON"  # (or "Shannon Cross, an analyst at Cross Research")


_GENERIC_LAST_WORDS = {"Bank", "Group", "Holdings", "Company", "Corporation", "Industries", "International"}


def _head_word(name: str) -> str:
    """The noun a name is built on, lower-cased: its last word, or the one before "of"
    ("Supreme Court": court; "University of Toronto": university)."""
    words = name.split()
    if "of" in words[1:-1]:
        words = words[:words.index("of", 1)]
    return words[-1].lower()


# A quotation a sentence opens with: ``...'', ''...'', "..." or “...”.
_OPENING_QUOTATION = re.compile(r"\s*(?:``|''|\"|\u201c).*?(?:''|\"|\u201d)", re.DOTALL)
_GENERATION = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def surname(name: str) -> str:
    """A person's family name: the last word, passing over "Jr." and the like ("Louis
    Gerstner Jr." is Gerstner)."""
    words = name.split()
    while len(words) > 1 and words[-1].strip(",") in _GENERATION:
        words = words[:-1]
    return words[-1].strip(",") if words else name


def has_legal_form(name: str) -> bool:
    """Whether a name carries a company's legal form ("Inc.", "Corp.", "N.V. ...")."""
    return bool(_LEGAL_FORM.search(_clean(name)))


def company_short_names(names: list[str]) -> set[str]:
    """The shorter names an article may call a company named in full with its legal form:
    "First of America" for "First of America Bank Corp.", "Midwest Financial" for "Midwest
    Financial Group Inc.", "Ratners" for "Ratners Group PLC" (only one company's; a name of one
    word stands only as a subject, see `short_company_mentions`)."""
    shorts: dict[str, set[str]] = {}
    for full in {_clean(n) for n in names if has_legal_form(n)}:
        core = _LEGAL_FORM.sub("", full).strip()
        words = core.split()
        if len(words) >= 2 and words[-1] in _GENERIC_LAST_WORDS:
            shorts.setdefault(" ".join(words[:-1]), set()).add(core)
    return {short for short, owners in shorts.items() if len(owners) == 1}


def hyphen_leads(names: list[str]) -> set[str]:
    """The first part of a company's hyphenated name, which an article may use alone and the
    model may read as a surname ("Hewlett announced last week", after "Hewlett-Packard Co.")."""
    owners: dict[str, set[str]] = {}
    for full in {_clean(n) for n in names if has_legal_form(n)}:
        first = full.split()[0]
        lead, _, rest = first.partition("-")
        if rest[:1].isupper() and lead[:1].isupper() and len(lead) > 2:
            owners.setdefault(lead, set()).add(full)
    return {lead for lead, fulls in owners.items() if len(fulls) == 1}


def leading_names(names: list[str]) -> set[str]:
    """The first two words of organisations named in three or more ("America West" of "America
    West Airlines", which the model may read as America): one organisation's only."""
    owners: dict[str, set[str]] = {}
    for full in {_LEGAL_FORM.sub("", _clean(n)).strip() for n in names}:
        words = full.split()
        if len(words) >= 3 and all(w[:1].isupper() for w in words[:2]):
            owners.setdefault(" ".join(words[:2]), set()).add(full)
    return {lead for lead, fulls in owners.items() if len(fulls) == 1}


# ", the computer-animation company that ...": what an apposition says a name is.
_DESCRIBED_AS_A_COMPANY = re.compile(
    r",\s+(?:the|a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|studio|maker|manufacturer|"
    r"start-?up|retailer|chain|carrier|airline|network|publisher|developer)\b")


_ONE_WORD_NAME = re.compile(r"(?<![\w.'-])([A-Z][a-z]+)(?=,)")
_LAST_WORD_OF_A_NAME = re.compile(r"[A-Z][\w&.'-]*\s+$")  # ("Las Vegas Sands, a company": not "Sands")


def companies_the_model_missed(mentions, text: str) -> None:
    """Relabel as ORG a company's name without its legal form that the model calls a person
    ("Oshkosh Truck attributed", in the article of "Oshkosh Truck Corp."), or one the text says
    is a company ("Pixar, the computer-animation company that produced ...")."""
    companies = {_LEGAL_FORM.sub("", _clean(m.text)) for m in mentions
                 if m.label_ == "ORG" and has_legal_form(m.text)}
    companies |= {_clean(m.text) for m in mentions if m.label_ == "PERSON" and len(m.text.split()) == 1
                  and _DESCRIBED_AS_A_COMPANY.match(text, m.end_char)}
    # "the idea for Square, a company that provides ...": the model may tag that one mention
    # of the name not at all, and call the others a person
    companies |= {found.group(1) for found in _ONE_WORD_NAME.finditer(text)
                  if _DESCRIBED_AS_A_COMPANY.match(text, found.end())
                  and not _LAST_WORD_OF_A_NAME.search(text, max(0, found.start() - 40), found.start())}
    for mention in mentions:  # (and "John Labatt Ltd." itself)
        if mention.label_ == "PERSON" and (_clean(mention.text) in companies
                                           or has_legal_form(mention.text)):
            mention.label_ = "ORG"


# Last words that make a run of capitalised words an organisation's name.
_BODY_WORDS = {"Service", "Services", "Agency", "Association", "Board", "Commission", "Council", "Bureau",
               "Institute", "Authority", "Federation", "Society", "Foundation", "Exchange", "League"}


def bodies_the_model_cut(mentions) -> None:
    """Widen a nationality the model took alone over the name it begins ("Canadian Bond Rating
    Service downgraded ...": the rating service, not Canada)."""
    for mention in mentions:
        if mention.label_ != "NORP" or " " in mention.text:
            continue
        doc, last = mention.root.doc, mention.root.i
        end = last
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper() \
                and not doc[end + 1].ent_type_:
            end += 1
        if end == last or doc[end].text not in _BODY_WORDS:
            continue
        span = doc[last:end + 1]
        mention.end_char += span.end_char - mention.root.idx - len(mention.root.text)
        mention.text = span.text
        mention.label_ = "ORG"
        mention.root = span.root


def _listed_with_companies(span) -> bool:
    """Whether a name is coordinated with an organisation's ("Disney and Lucasfilm")."""
    root = getattr(span, "root", None)
    return root is not None and hasattr(root, "conjuncts") \
        and any(c.ent_type_ == "ORG" for c in root.conjuncts)


def _clean(text: str) -> str:
    text = _TRAILING_QUOTE.sub("", text.strip())  # the model's 'Ernesto ``' (of 'Ernesto ``Che')
    text = _POSSESSIVE.sub("", text.strip())
    text = re.sub(r"^(?:the|The)\s+", "", text)
    return " ".join(text.split())


def is_acronym(short: str, long: str) -> bool:
    """Whether `short` is made of the initials of `long`'s words ("NATO", "IRNA" no)."""
    letters = short.replace(".", "")
    if not (2 <= len(letters) <= 8 and letters.isupper()) or " " in short:
        return False
    words = [w.upper() for w in re.split(r"[\s-]+", long)
             if w and w.lower() not in {"of", "the", "and", "for"}]

    def spells(i: int, j: int) -> bool:
        """Letters from i spelled by words from j, each word giving its initial and perhaps
        more of its letters in order ("Southeast" gives S and E in ASEAN)."""
        if j == len(words):
            return i == len(letters)
        if i == len(letters) or letters[i] != words[j][0]:
            return False
        k, rest = i + 1, words[j][1:]
        options = [k]
        for ch in rest:  # further letters of the same word, in order
            if k < len(letters) and ch == letters[k]:
                k += 1
                options.append(k)
        return any(spells(n, j + 1) for n in options)

    return spells(0, 0)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


# The writer speaks for an organisation: "At Home Depot, we first realized", "we at Acme
# believe", "Here at the Times we".
_WE_AT = re.compile(r"(?:\b[Aa]t\s+(?:the\s+)?(?P<after>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*),\s+we\b"
                    r"|\b[Ww]e\s+(?:here\s+)?at\s+(?:the\s+)?(?P<before>[A-Z][\w&.'-]*))")
# A name with a nickname in quotation marks between its parts: 'Lee “Faker” Sang-hyeok',
# 'Joaquín “El Chapo” Guzmán'.
NICKNAMED = re.compile(r"\b(?P<given>[A-Z][\w'’.-]*) [“\"](?P<nick>[A-Z][^“”\"\n]{0,24}?)[”\"] "
                       r"(?P<family>[A-Z][\w'’-]*)")
# "Kearny, N.J.-based maker": a town, where a company is based.
_BASED_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*)?-based\b")


class EntityResolver:
    """Canonical names for the entity mentions of one article."""

    def __init__(self, spans, text: str, gaz: Gazetteer | None = None) -> None:
        """`spans`: the spaCy entity spans of the article's narrative sentences."""
        self.gaz = gaz or gazetteer()
        self.text = text
        self.people: dict[str, Resolved] = {}  # full name -> person
        self._nicknames: dict[str, Resolved] = {}  # "Faker" -> Lee Sang-hyeok
        self._names_with_s: dict[str, str] = {}  # "Weisfield" -> "Weisfield's" (below)
        self._by_mention: dict[tuple[int, int], Resolved | None] = {}
        self._papers: dict[tuple[int, int], Resolved] = {}  # newspapers and news agencies, by mention
        # Where the subjects of clauses were named: the story's topic, for "the company".
        # ("Cineplex Odeon Corp. directors said", "Cineplex's board said": the company too)
        self._subjects = {(s.start_char, s.end_char) for s in spans
                          if getattr(s.root, "dep_", "") in {"nsubj", "nsubjpass"}
                          or (getattr(s.root, "dep_", "") in {"compound", "poss"}
                              and s.root.head.dep_ in {"nsubj", "nsubjpass"})}
        # Subjects named together ("Ratners and Weisfield's said"), for "the companies said".
        by_token = {(id(s.root.doc), s.root.i): (s.start_char, s.end_char) for s in spans
                    if hasattr(s.root, "doc")}
        self._joint_subjects = [
            [(s.start_char, s.end_char), *(by_token[key] for t in s.root.conjuncts
                                           if (key := (id(t.doc), t.i)) in by_token)]
            for s in spans if getattr(s.root, "dep_", "") in {"nsubj", "nsubjpass"} and s.root.conjuncts]
        countries = set()
        for span in spans:
            if span.label_ in {"GPE", "NORP"}:
                country = self.gaz.country(_clean(span.text))
                if country and country.country:
                    countries.add(country.country)
        self.context_countries = frozenset(countries)
        # Full names first, so surnames can resolve to them.
        self._full_mentions: dict[str, list[tuple[int, bool]]] = {}  # where, and if as subject
        for span in spans:
            if span.label_ == "PERSON":
                name = self._person_name(span.text)
                if len(name.split()) >= 2 and not self._is_place_name(name):
                    self._full_mentions.setdefault(name, []).append(
                        (span.start_char, getattr(span.root, "dep_", "") in {"nsubj", "nsubjpass"}))
                    person = self.people.setdefault(name, Resolved(name, "person"))
                    person.aliases.add(name)
                    nicknamed = NICKNAMED.fullmatch(_clean(span.text))
                    if nicknamed:  # "Faker" alone is Lee Sang-hyeok
                        self._nicknames[nicknamed.group("nick")] = person
                        person.aliases.add(nicknamed.group("nick"))
                        person.nickname = nicknamed.group("nick")
                    role = self._role_before(span.start_char)
                    if role and not person.role:
                        person.role = role
                    owner = re.search(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+$",
                                      self.text[max(0, span.start_char - 30):span.start_char])
                    country = self.gaz.country(owner.group(1)) if owner else None
                    if country is not None and not person.role:
                        person.role = f"leader of {country.name}"  # "Iraq's Saddam Hussein"
        for span in spans:
            royal = self._royal(span)
            if royal is not None and royal not in self.people:
                person = self.people.setdefault(royal, Resolved(royal, "person"))
                person.aliases.add(royal)
                realm = re.match(r" of ([A-Z][\w ]+?)\b(?=[,.;]| \(| and| who| to| in| said)",
                                 self.text[span.end_char:span.end_char + 40])
                person.role = royal.rsplit(" ", 1)[0] + (f" of {realm.group(1)}" if realm else "")
        surnames = Counter(surname(p.name) for p in self.people.values())
        for person in self.people.values():  # Manuel and Lazaro Gonzalez
            person.shares_surname = surnames[surname(person.name)] > 1
        for span in spans:  # "President Bush" named by surname only: his title still tells
            if span.label_ == "PERSON":  # who "the president" is
                name = self._person_name(span.text)
                role = self._role_before(span.start_char) if len(name.split()) == 1 else None
                if role and self._person_for(name) is None:
                    person = self._organization(name, "person")
                    person.role = person.role or role
        # Organisations named in full ("QVC Network Inc."), for their short forms ("QVC").
        # Not a part of one ("FBI Laboratory" is not what "the FBI" means).
        self._long_orgs = {_clean(s.text): _clean(s.text) for s in spans
                           if s.label_ == "ORG" and len(_clean(s.text).split()) >= 2
                           and _clean(s.text).split()[-1].lower() not in UNIT_NOUNS}
        # A company whose name ends in "'s" ("Weisfield's Inc.", "Sotheby's Holdings Inc."): a
        # mention that looks possessive ("Weisfield's shares") keeps its "'s".
        for span in spans:
            own = re.fullmatch(r"(.+?)['’]s(?: \w+)*", _LEGAL_FORM.sub("", span.text.strip())) \
                if span.label_ == "ORG" and _LEGAL_FORM.search(span.text.strip()) else None
            if own is not None:
                self._names_with_s[own.group(1)] = _LEGAL_FORM.sub("", span.text.strip())
        self._acronyms = self._find_acronyms(spans)
        for span in spans:
            self._by_mention[(span.start_char, span.end_char)] = self._resolve(span)
        self._writers = self._find_writers_organization()

    # ------------------------------------------------------------------ helpers
    def _find_acronyms(self, spans) -> dict[str, str]:
        """"The North Atlantic Treaty Organization (NATO)", "NATO (North Atlantic Treaty
        Organization)": both forms name one organisation, called by the form the article uses
        more."""
        found: dict[str, str] = {}
        for span in spans:
            if span.label_ != "ORG":
                continue
            inner = re.match(r"\s*\(([^()]{2,60})\)", self.text[span.end_char:span.end_char + 64])
            if not inner:
                continue
            first, second = _clean(span.text), inner.group(1).strip()
            short, long = sorted((first, second), key=len)
            if not is_acronym(short, long):
                continue
            canonical = short if self.text.count(short) > self.text.count(long) else long
            found[short] = found[long] = canonical
        longs = {_clean(s.text) for s in spans if s.label_ == "ORG" and len(s.text.split()) >= 2}
        for span in spans:  # "the Federal Deposit Insurance Corp. ... The FDIC cleared the move"
            short = _clean(span.text)
            if span.label_ != "ORG" or short in found or not short.isupper():
                continue
            spelled = [long for long in longs if is_acronym(short, long)]
            if len(spelled) == 1:
                long = spelled[0]
                canonical = short if self.text.count(short) > self.text.count(long) else long
                found[short] = found[long] = canonical
        return found

    def _person_name(self, text: str) -> str:
        nicknamed = NICKNAMED.fullmatch(_clean(text))
        if nicknamed:  # 'Lee “Faker” Sang-hyeok': Lee Sang-hyeok
            return f"{nicknamed.group('given')} {nicknamed.group('family')}"
        return _PERSON_TRIM.sub("", _clean(text))

    def _role_before(self, start: int) -> str | None:
        match = _ROLE_BEFORE.search(self.text[max(0, start - 100):start])
        if not match:
            return None
        role = match.group("role").strip().rstrip(",")
        return role if len(role) <= 80 else None

    def _named_as_a_place(self, span) -> bool:
        """Whether the words around a mention make it a place: a preposition of place before it
        and a state or country after it ("of St. Albans, Vt.,")."""
        before = self.text[max(0, span.start_char - 6):span.start_char]
        after = re.match(r",\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(,?)", self.text[span.end_char:])
        # (or a determiner before and a comma after: "the Blue Bell, Pa., concern took")
        return (bool(re.search(r"\b(?:of|in|from|near|at)\s+$", before))
                or ((bool(re.search(r"\b(?:the|a|an)\s+$", before, re.IGNORECASE))
                     or bool(re.match(r"(?:the|a|an)\s", span.text, re.IGNORECASE)))
                    and after is not None and after.group(2) == ",")) \
            and after is not None and self.gaz.country_code_of(after.group(1)) is not None

    def _org_read_for_a_place(self, span, text: str) -> bool:
        """"at the rally on Capitol Hill": after a preposition of place, a name the gazetteer
        knows as a town of a country the article is about is that town, not an organisation."""
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ not in PLACE_PREPOSITIONS | {"on"}:
            return False
        place = self.gaz.lookup(text, self.context_countries)
        return place is not None and place.country in self.context_countries \
            and (place.kind != "city" or place.population >= 10_000)

    def _is_place_name(self, name: str, said_person: bool = False, said_organisation: bool = False) -> bool:
        """Whether a name is a country, region or large city (for a name the model calls a
        person, a large city or one of a country the article is about: "Bush" is no town in
        Egypt; for one it calls an organisation, a city by its own name, not by another spelling:
        "Mobil" is the oil company, not Mobile)."""
        place = self.gaz.lookup(name, self.context_countries)
        if place is not None and said_organisation and place.kind == "city" \
                and not self.gaz.is_called(place, name) and not self.gaz.is_seat(name):
            return False  # (but "the White House", "the Kremlin" stand for their capitals)
        return place is not None and (place.kind != "city" or (
            place.population >= 100_000 and (not said_person or place.population >= 1_000_000
                                             or place.country in self.context_countries)))

    def _person_for(self, name: str, at: int | None = None, said_person: bool = False) -> Resolved | None:
        """A full name this (sur)name or first name refers to, allowing one-letter spelling
        variants of surnames (a first name that is also a place only when `said_person`)."""
        if name in self.people:
            return self.people[name]
        if name in self._nicknames:
            return self._nicknames[name]
        if f"person:{name}" in self.people:  # "President Bush", named by surname only
            return self.people[f"person:{name}"]
        tokens = name.split()
        if not tokens:
            return None
        last = tokens[-1].lower()
        people = [p for p in self.people.values() if p.kind == "person" and " " in p.name]
        matches = [p for p in people if surname(p.name).lower() == last]
        if not matches and len(last) >= 5:
            matches = [p for p in people
                       if _edit_distance_at_most_one(surname(p.name).lower(), last)]
        if len(tokens) > 1:
            first = tokens[0].lower()
            matches = [p for p in matches if p.name.split()[0].lower()[:1] == first[:1]]
        if not matches and (said_person or not self._is_place_name(name)):
            # "Manuel", "Juan Miguel": the one full name they begin
            matches = [p for p in people if p.name.lower().startswith(name.lower() + " ")]
        if len(matches) == 2:
            # "Elian" throughout, and "Gonzalez" for his father: of two, the one the story calls
            # by first name is not the one its bare surname means
            by_surname = [p for p in matches if not self._called_by_first_name(p)]
            if len(by_surname) == 1:
                return by_surname[0]
        if len(matches) > 1 and at is not None:
            # Two Castros: the one the text named first in the last sentence naming either
            # ("Raul Castro, younger brother of President Fidel Castro ... Castro declared").
            # Prefer the one last named as a subject ("Raul Castro, ..., likened"); else the first
            # named in the last sentence naming either.
            named = sorted(((start, subject, id(person)), person) for person in matches
                           for start, subject in self._full_mentions.get(person.name, ())
                           if start < at)
            subjects = [person for (_, subject, _), person in named if subject]
            if subjects:
                return subjects[-1]
            if named:
                last = named[-1][0][0]
                sentence_start = max(self.text.rfind(". ", 0, last), self.text.rfind("\n", 0, last))
                return next(p for (start, _, _), p in named if start > sentence_start)
        return matches[0] if len(matches) == 1 else None

    def _role_says(self, role: str, word: str) -> bool:
        """Whether a role carries a modifier, a demonym matching its country ("the Jordanian
        monarch" is the King of Jordan)."""
        if word in role.lower():
            return True
        country = self.gaz.country(word)
        return country is not None and country.name.lower() in role.lower()

    def _royal(self, span) -> str | None:
        """"King Hussein" (the title in the span or just before it): the royal's name."""
        if span.label_ != "PERSON":
            return None
        before = self.text[max(0, span.start_char - 14):span.start_char]
        match = _ROYAL.search(before + _clean(span.text))
        return f"{match.group(1)} {match.group(2)}" if match else None

    def _called_by_first_name(self, person: Resolved) -> bool:
        """Whether the text calls this person by first name alone, more than once."""
        first, last = person.name.split()[0], person.name.split()[-1]
        alone = re.findall(rf"\b{re.escape(first)}\b(?!['’]?\s*(?:[A-Z]\w*\s+)*{re.escape(last)})",
                           self.text)
        return len(alone) >= 2

    def place_entity(self, place: Place, alias: str) -> Resolved:
        """The one entity of this article for a place, now also called `alias`."""
        key = f"place:{place.name}"
        resolved = self.people.get(key)
        if resolved is None:
            resolved = Resolved(place.name, place.kind, place)
            self.people[key] = resolved
        resolved.aliases.add(alias)
        return resolved

    def organization(self, name: str) -> Resolved:
        """The one entity of this article for an organisation of that name."""
        return self._organization(name)

    def _organization(self, name: str, kind: str = "organization") -> Resolved:
        if kind == "organization" and name in self._names_with_s:
            name = self._names_with_s[name]  # "Weisfield" of "Weisfield's shares": Weisfield's
        canonical = ORGANISATION_NAMES.get(name, name) if kind == "organization" else name
        key = f"{kind}:{_LEGAL_FORM.sub('', canonical)}"
        resolved = self.people.get(key)
        if resolved is None:
            resolved = Resolved(canonical, kind)
            self.people[key] = resolved
        resolved.aliases.add(name)
        return resolved

    # ------------------------------------------------------------------ resolution
    def sea_named_in_full(self, word: str, before: int) -> Place | None:
        """The sea a short name stands for when the article named it in full before ("the Gulf",
        after "the Gulf of Mexico", is not the Persian Gulf)."""
        named = re.findall(rf"\b({re.escape(word)} of [A-Z][a-z]+|[A-Z][a-z]+ {re.escape(word)})\b",
                           self.text[:before])
        for name in reversed(named):
            place = self.gaz.lookup(name)
            if place is not None and place.kind == "sea":
                return place
        return None

    def _resolve(self, span) -> Resolved | None:
        label = span.label_
        text = _clean(span.text)
        if not text or not any(ch.isalpha() for ch in text):
            return None
        if label in {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                     "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"}:
            return None
        named_by = text.split()[-1] if label in {"PERSON", "ORG", "FAC"} and len(text.split()) > 1 else ""
        if named_by in STRUCTURE_WORDS and (label != "PERSON" or re.search(
                r"\bthe\s+$", self.text[max(0, span.start_char - 5):span.start_char], re.IGNORECASE)):
            # (a person may bear such a name: "Senator John Tower said")
            return self.place_entity(Place(text, "place", None, None), text)
        if named_by in VENUE_WORDS:
            # "Millard Fillmore Suburban Hospital", which the model may call a person
            root = span.root
            if (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS) or (
                    root.dep_ == "dobj" and root.head.lemma_.lower() in {"leave", "reach", "visit"}):
                return self.place_entity(Place(text, "place", None, None), text)  # ("leaving
                # Andrews Air Force Base")
            return self._organization(text)
        if self.gaz.is_state_medium(text):
            return self._organization(text)  # "Xinhua said", whatever the model took it for
        royal = self._royal(span) if label == "PERSON" else None
        if royal is not None:
            return self.people[royal]
        person = self._person_for(self._person_name(text), span.start_char, label == "PERSON")
        if person is not None and label in {"PERSON", "ORG", "GPE", "NORP"}:
            person.aliases.add(text)
            return person
        root = span.root
        if label in {"GPE", "ORG", "NORP"} and getattr(root, "dep_", "") == "appos" \
                and root.head.lemma_.lower() in KIN_NOUNS and " " not in text:
            person = self.people.setdefault(text, Resolved(text, "person"))
            person.aliases.add(text)  # "another sister, Georgina": a person, not the town
            return person
        ethnic = re.search(r"\bethnic\s+$", self.text[max(0, span.start_char - 8):span.start_char])
        if re.match(r"\s+(?:newspaper|news agency|agency|radio|television|daily|weekly|magazine)\b",
                    self.text[span.end_char:span.end_char + 16]) or re.search(
                r"\b(?:newspaper|daily|weekly|magazine|news agency)\s+$",
                self.text[max(0, span.start_char - 16):span.start_char]):
            self._papers[(span.start_char, span.end_char)] = paper = self._organization(text)
            return paper  # "The Cape Argus newspaper reported", "the daily Granma"
        hyphenated = re.match(r"-[A-Z][a-z]+", self.text[span.end_char:span.end_char + 12])
        if label == "NORP" and hyphenated:  # "Cuban-Americans" are a people, not Cuba
            return self._organization(text + hyphenated.group(0).rstrip("s") + "s", "group")
        if label == "NORP":  # "Cuban Americans", "Korean Canadians": a people, not two countries
            after = _DIASPORA_AFTER.match(self.text, span.end_char)
            before = _DIASPORA_BEFORE.search(self.text[max(0, span.start_char - 20):span.start_char])
            if text.split()[-1] in DIASPORA_NOUNS and (" " in text or before):
                return self._organization(text if " " in text else f"{before.group(1)} {text}", "group")
            if after and self.gaz.country(text) is not None:
                return self._organization(f"{text} {after.group(1)}", "group")
        root = getattr(span, "root", None)
        if label == "NORP" and root is not None and root.dep_ == "compound" \
                and root.head.ent_type_ == "PERSON" and self.gaz.country(text) is None:
            return None  # "Olympian Bill Kirby", "Democrat Jane Doe": what the person is, no group
        if label == "NORP" and ethnic:
            return self._organization(text, "group")  # "ethnic Albanians" are a people, not Albania
        if label in {"GPE", "NORP", "LOC", "FAC", "PERSON", "ORG"}:
            country = self.gaz.country(text) or self._half_of_a_divided_country(text, span.start_char)
            if country is not None:
                return self.place_entity(country, text)
        area = span.root.dep_ == "compound" and span.root.head.lemma_.lower() in {
            "neighborhood", "neighbourhood", "suburb", "area", "district", "region", "county"}
        placed = label == "NORP" and (self._named_as_a_place(span) or area) and \
            self.gaz.lookup(text, self.context_countries) is not None  # "of St. Albans, Vt.,",
        # "Slepian's suburban Amherst neighborhood"
        if label == "NORP" and not placed:
            return self._organization(text, "group")
        company = self.short_form_of(text) if label in {"PERSON", "ORG"} or (
            label == "GPE" and getattr(span.root, "dep_", "") == "nsubj" and self.gaz.country(text) is None
        ) else None  # ("..., Oneida said" after "ONEIDA Ltd.", though Oneida is a town too)
        if company is not None and not placed:  # "a spokesman for Kyle" after "Kyle Technology
            return self._organization(company).with_alias(text)  # Corp." (not the Texas town)
        placed = placed or (label == "ORG" and self._org_read_for_a_place(span, text)) \
            or (label in {"ORG", "PERSON"} and self._named_as_a_place(span)) or (
            label in {"ORG", "PERSON"} and _BASED_AFTER.match(self.text, span.end_char) is not None
            and self.gaz.lookup(text, self.context_countries) is not None)  # "Kearny, N.J.-based"
        venue = re.match(r"([A-Z][\w .'-]+?)['’]s\s+[A-Z]", span.text.strip())
        if label in {"ORG", "FAC"} and venue and span.root.dep_ == "pobj" \
                and span.root.head.lower_ in PLACE_PREPOSITIONS:
            city = self.gaz.lookup(venue.group(1), self.context_countries)
            if city is not None and city.kind == "city":  # "at Kyiv's Palace of Sports"
                return self.place_entity(city, venue.group(1))
        if label == "GPE" and not placed and _listed_with_companies(span) \
                and self.gaz.lookup(text, self.context_countries) is None:
            return self._organization(text)  # "Disney and Lucasfilm announced": no town of that name
        if label in PLACE_LABELS or placed or (
                label in {"PERSON", "ORG"} and self._is_place_name(text, label == "PERSON", label == "ORG")):
            qualifier = re.match(r",\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", self.text[span.end_char:])
            code = self.gaz.country_code_of(qualifier.group(1)) if qualifier else None
            # "Birmingham, Ala." is the one in Alabama
            place = self.gaz.lookup(text, {code} if code else self.context_countries)
            if place is not None and place.kind == "sea" and " " not in text:
                place = self.sea_named_in_full(text, span.start_char) or place
            if re.search(r"\b(?:upstate|downstate)\s+$",
                         self.text[max(0, span.start_char - 12):span.start_char], re.IGNORECASE) \
                    or self._listed_with_a_state(span):
                place = self.gaz.us_state(text) or place  # "upstate New York", "in Rhode Island
                # and New York": the state
            bare = re.sub(r"\s+(?:archipelago|islands|island|region|province|state)$", "", text,
                          flags=re.IGNORECASE)
            if place is None and bare != text:  # "the Comoros archipelago"
                place = self.gaz.lookup(bare, {code} if code else self.context_countries)
            within = re.match(r"(?:port|university|city|county|bay|gulf) of ([A-Z][\w .'-]+)$", text,
                              re.IGNORECASE) or re.match(r"([A-Z][\w.'-]+(?: [A-Z][\w.'-]+)??) "
                                                         r"(?:International )?Airport$", text)
            if place is None and within:  # "the Port of Miami" is in Miami
                place = self.gaz.lookup(within.group(1), {code} if code else self.context_countries)
            if place is not None and code and place.country not in {code, None} and place.kind == "city":
                place = Place(text, "place", None, None, code)  # a small town, not its namesake abroad
            if place is not None:
                return self.place_entity(place, text)
            return None if label == "GPE" and len(text) < 3 else self.place_entity(
                Place(text, "place", None, None), text)
        if label == "PERSON":
            name = self._person_name(text)
            if len(name.split()) >= 2:
                return self.people.get(name)
            resolved = self._organization(name, "person")
            return resolved
        if text in self._acronyms and label in {"ORG", "GPE", "PERSON", "NORP"}:
            return self._organization(self._acronyms[text]).with_alias(text)
        if label == "ORG" and text.islower():
            return None  # "the academy": a common noun, for the organisation named before it
        if label == "ORG":
            before = self.text[max(0, span.start_char - 16):span.start_char]
            if re.search(r"(?:Secretary|Department|Ministry|Minister) of\s*$", before):
                return None  # "State" in "Secretary of State"
            return self._organization(text)
        return None

    def _listed_with_a_state(self, span) -> bool:
        """Whether a place is named in a list with a US state ("Rhode Island and New York")."""
        root = getattr(span, "root", None)
        if root is None or not hasattr(root, "conjuncts"):
            return False
        names = (next((e.text for e in other.doc.ents if e.start <= other.i < e.end), other.text)
                 for other in root.conjuncts)
        return any(self.gaz.us_state(name) is not None for name in names)

    def _half_of_a_divided_country(self, text: str, start: int) -> Place | None:
        """"The North" and "the South" in a story that names both North and South Korea (or
        Sudan): that half, not a region."""
        if text not in {"North", "South"} or not re.search(r"\bthe\s+$", self.text[max(0, start - 4):start],
                                                         re.IGNORECASE):
            return None
        other = "South" if text == "North" else "North"
        for match in re.finditer(rf"\b{text} ([A-Z][a-z]+)\b", self.text):
            country = self.gaz.country(match.group(0))
            if country is not None and f"{other} {match.group(1)}" in self.text:
                return country
        return None

    def short_form_of(self, name: str) -> str | None:
        """The one organisation named in full whose first words these are ("QVC" for QVC Network
        Inc., "First of America" for First of America Bank Corp.)."""
        size = len(name.split())
        full = [long for long in self._long_orgs if long != name
                and ([w.lower() for w in long.split()[:size]] == name.lower().split()
                     or _LEGAL_FORM.sub("", long).strip().lower() == name.lower())]  # ("N.V. DSM")
        if len({_LEGAL_FORM.sub("", long) for long in full}) != 1:
            return None
        return None if self._named_alone_first(name, full[0]) or self._a_thing(full[0]) else full[0]

    def _a_thing(self, long: str) -> bool:
        """Whether the text calls the long name "a" or "an" one ("you will have an Apple TV"): a
        product of the company its first word names, not the company."""
        return re.search(rf"\b[Aa]n?\s+{re.escape(long)}\b", self.text) is not None

    def _named_alone_first(self, name: str, long: str) -> bool:
        """Whether the text named the short name on its own, as a name, well before the long one
        (more than a couple of sentences: "Google" all through a story that names "Google
        Toolbar" late is Google; "Kyle" in a headline just above "Kyle Technology Corp." is not)."""
        rest = long.split()[len(name.split()):]
        if not rest:
            return False
        alone = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-]| {re.escape(rest[0])})", self.text)
        return alone is not None and self.text.find(long) > alone.start() + 200

    def person_by_title(self, title: str, modifiers: list[str], at: int | None = None,
                        plural: bool = False) -> Resolved | None:
        """The one person whose role in this article carries this title and its modifiers
        ("the Ukrainian president" -> Volodymyr Zelenskyy, role "Ukrainian President"); of
        several, the one named last before `at` ("Iraq's president Saddam Hussein ... President
        Clinton glossed over ... the president said": Clinton)."""
        title = title.lower()
        if title not in TITLE_NOUNS | HEAD_NOUNS | {"monarch"}:
            return None
        wanted = [m.lower() for m in modifiers]
        titles = HEAD_WORDS if title in HEAD_NOUNS else {"king", "queen", "sultan", "emir"} \
            if title == "monarch" else {title}
        found = [p for p in self.people.values() if p.kind == "person" and p.role
                 and titles & set(p.role.lower().split())
                 and all(self._role_says(p.role, w) for w in wanted)]
        if plural and len(found) < 2:
            return None  # "The judges denied a request", after one judge named: the court
        if not found and title == "leader":
            # "the Cuban leader": the one head of state or government named, unless their role
            # names another country
            heads = [p for p in self.people.values() if p.kind == "person" and p.role
                     and set(p.role.lower().split()) & LEADER_WORDS]
            found = [p for p in heads if all(
                w in p.role.lower() or self.gaz.country(p.role.split()[0]) is None for w in wanted)]
        if at is not None and not wanted and title in TITLE_NOUNS - LEADER_WORDS:
            # "The minister denied ...", pages after the one minister named: another minister
            found = [p for p in found if any(person is p and at - 3000 <= start < at
                                             for (start, _end), person in self._by_mention.items())]
        if len(found) > 1 and at is not None:
            named = [(start, person) for (start, _end), person in self._by_mention.items()
                     if start < at and any(person is p for p in found)]
            return max(named, key=lambda item: item[0])[1] if named else None
        return found[0] if len(found) == 1 else None

    def resolve(self, span) -> Resolved | None:
        """The canonical entity behind a spaCy entity span of this article."""
        key = (span.start_char, span.end_char)
        if key not in self._by_mention:
            self._by_mention[key] = self._resolve(span)
        return self._by_mention[key]

    def country_for_capital(self, span) -> Resolved | None:
        """The state a capital stands for when it acts ("Moscow has indicated")."""
        name = self.gaz.country_of_capital(_clean(span.text))
        if name is None:
            return None
        country = self.gaz.country(name)
        return self.place_entity(country, _clean(span.text)) if country else None

    def _last_named(self, kind: str, after: int, before: int, first: bool = False,
                    head: str | None = None, subject: bool = False) -> Resolved | None:
        """The entity of that kind named last (or first) between two character offsets (with
        `head`, one whose name has that head word: "the court" is the Supreme Court, "the
        university" the University of Toronto; with
        `subject`, one named as the subject of its clause)."""
        best: tuple[int, Resolved] | None = None
        for key, resolved in self._by_mention.items():
            start = key[0]
            if head is not None and (resolved is None or len(resolved.name.split()) < 2
                                     or _head_word(resolved.name) != head):
                continue
            if subject and key not in self._subjects:
                continue
            if resolved is not None and resolved.kind == kind and after <= start < before \
                    and (best is None or (start < best[0] if first else start > best[0])):
                best = (start, resolved)
        return best[1] if best else None

    def last_newspaper(self, before: int) -> Resolved | None:
        """The newspaper or news agency named last before character `before` ("The Maariv
        newspaper said ... The newspaper, quoting secret reports, said"; a state medium such as
        the Rodong Sinmun is known by name)."""
        papers = dict(self._papers)
        papers.update({key: r for key, r in self._by_mention.items()
                       if r is not None and self.gaz.is_state_medium(r.name)})
        named = [key for key in papers if key[0] < before]
        return papers[max(named)] if named else None

    def state_medium_of(self, country: Place) -> Resolved | None:
        """The one state newspaper or news agency of a country that the article names anywhere
        ("North Korea's official newspaper blasted ...; the Rodong Sinmun said": the Rodong
        Sinmun), or None."""
        media = {r.name: r for r in self._by_mention.values() if r is not None
                 and self.gaz.is_state_medium(r.name) and self.gaz.home_of_body(r.name) == country.country}
        return next(iter(media.values())) if len(media) == 1 else None

    def last_place(self, before: int, kind: str = "city", within: int = 1500) -> Resolved | None:
        """The place of that kind named last before character `before` ("the city")."""
        return self._last_named(kind, before - within, before)

    def first_named_at(self, person: Resolved) -> int | None:
        """Where the article first names a person in full."""
        places = self._full_mentions.get(person.name)
        return places[0][0] if places else None

    def first_named(self, kind: str, after: int, before: int) -> Resolved | None:
        """The entity of that kind named first between two character offsets (whom or what a
        paragraph or sentence is about)."""
        return self._last_named(kind, after, before, first=True)

    def last_person(self, before: int, after: int) -> Resolved | None:
        """The person the narrative last turned to between two character offsets: the first one
        the last sentence names (its subject, mostly: "Castro's remarks were aimed at those who say
        Elian should stay. He placed the blame ..." is Castro), else the one named last."""
        end = before
        while end > after and self.text[end - 1].isspace():
            end -= 1
        sentence_start = max(self.text.rfind(". ", after, end - 1), self.text.rfind("\n", after, end - 1))
        if sentence_start >= after:
            quoted = _OPENING_QUOTATION.match(self.text, sentence_start + 1, end)
            if quoted:  # "``We have the perfect formula for reinserting Elian,'' Castro said": the
                sentence_start = quoted.end() - 1  # speaker, not whom he speaks of
            person = self._last_named("person", sentence_start + 1, before, first=True)
            if person is not None:
                return person
        return self._last_named("person", after, before)

    def last_organization(self, before: int, within: int = 1500, head: str | None = None) -> Resolved | None:
        """The organisation named last before character `before` (for "the company", "the
        alliance"), if one was named within `within` characters; one whose name ends in `head`
        first ("the court": the Supreme Court, not the institute named since)."""
        found = None
        if head:  # of several, the story's subject ("Poughkeepsie Savings Bank said a sale to
            # First Citizens Bank fell through ... the bank is increasing its reserves")
            found = self._last_named("organization", before - within, before, first=True, head=head,
                                     subject=True) \
                or self._last_named("organization", before - within, before, head=head)
        # "Pacific First said shareholders approved its acquisition by Royal Trustco. The company
        # said": the company the story is about, named as a subject, before the one it names;
        # "Healthdyne said ... while Home Nutritional Services will sell ... The company said":
        # the first so named in its paragraph, else in the paragraph before ("In March, American
        # Medical received an offer ... The following month, the company put itself up for
        # sale"), else in the story
        paragraph = self.text.rfind("\n\n", 0, before) + 1
        previous = self.text.rfind("\n\n", 0, max(paragraph - 2, 0)) + 1  # (the paragraph before)
        return found or self._last_named("organization", paragraph, before, first=True, subject=True) \
            or self._last_named("organization", previous, paragraph, first=True, subject=True) \
            or self._last_named("organization", before - within, before, first=True, subject=True) \
            or self._last_named("organization", before - within, before)

    def company_named(self, resolved: Resolved) -> Resolved:
        """The organisation a name stands for when the text calls it "the company", though the
        model took it for a place it does not know ("FedEx")."""
        return resolved if resolved.kind == "organization" else self._organization(resolved.name)

    def writers_organization(self) -> Resolved | None:
        """The organisation the writer speaks for, where the article says so ("At Home Depot, we
        first realized ..."): whom "we" and "our stores" stand for outside quotation marks."""
        return self._writers

    def _find_writers_organization(self) -> Resolved | None:
        for match in _WE_AT.finditer(self.text):
            start = match.start("after") if match.group("after") else match.start("before")
            found = next((r for (a, _b), r in self._by_mention.items()
                          if a == start and r is not None and r.kind == "organization"), None)
            if found is not None:
                return found
        return None

    def story_organization(self, before: int) -> Resolved | None:
        """The organisation the story is about: the first named as a subject before character
        `before` ("Cineplex Odeon Corp. directors said ... The board said": Cineplex's board)."""
        return self._last_named("organization", 0, before, first=True, subject=True)

    def last_organizations(self, before: int, count: int = 2, within: int = 1500) -> list[Resolved]:
        """The `count` businesses named last before character `before` ("the companies said",
        "the thrifts agreed": the buyer and the bought), passing over public bodies and
        exchanges ("was cleared by the Federal Deposit Insurance Corp."); but the companies
        named together as the subject just before, when no other company has been a subject since
        ("Ratners and Weisfield's said they agreed on its sale to Sterling Inc. The companies said")."""
        joint = next((group for group in reversed(self._joint_subjects)
                      if before - within <= group[0][0] < before), None)
        if joint is not None:
            named = [r for key in joint if (r := self._by_mention.get(key)) is not None
                     and r.kind == "organization"]
            since = {id(r) for key in self._subjects if max(joint)[1] <= key[0] < before
                     and (r := self._by_mention.get(key)) is not None and r.kind == "organization"}
            if len({id(r) for r in named}) == count == len(named) and since <= {id(r) for r in named}:
                return named
        found: list[Resolved] = []
        for (start, _end), resolved in sorted(self._by_mention.items(), reverse=True):
            if resolved is None or resolved.kind != "organization" or not before - within <= start < before \
                    or any(_PUBLIC_BODY.search(name) for name in resolved.aliases | {resolved.name}) \
                    or any(r is resolved for r in found):
                continue
            found.append(resolved)
            if len(found) == count:
                return found[::-1]
        return []

    def entities(self) -> list[Resolved]:
        """Every canonical entity seen in the article."""
        seen: dict[int, Resolved] = {}
        for resolved in self._by_mention.values():
            if resolved is not None:
                seen[id(resolved)] = resolved
        return list(seen.values())
