"""From an article to events: who did what, where and when, tied to the sentence that says so.

For each narrative sentence the extractor finds the trigger (the main verb, or an event noun such as
"a recent missile attack" when the verb only describes a state), the participants (people,
organisations and countries in the main clause, not in background phrases such as "amid calls from
..."), the places (named in locative phrases), and the time expression that governs the trigger.
Sentences that continue the previous event ("This meeting featured ...", "The attack struck ...")
add to it instead of making a new one; a coordinated object with its own place ("the destruction of
jets in Crimea and an attack ... in the Caspian Sea") makes one event per conjunct.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise

from core.actor_rules import (
    JOINT_TYPES,
    KIN_NOUNS,
    MEMBER_PREPOSITIONS,
    PARTNER_PREPOSITIONS,
    RELATION_NOUNS,
    TRADE_RELATIONS,
    a_company_ranked_in_its_country,
    agent_of_the_means,
    buyer_in_an_agreed_sale,
    describes_person,
    group_referred,
    is_joint,
    is_title_modifier,
    leaders_of,
    named_later,
    named_speaker,
    organisations_by_noun,
    person_of_fronted_clause,
    person_of_main_clause,
    ref_to_resolved,
    speaker_of_clause,
)
from core.entities import (
    HEAD_WORDS,
    NICKNAMED,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS,
    STRUCTURE_WORDS,
    EntityResolver,
    Resolved,
    after_a_title,
    bodies_the_model_cut,
    companies_the_model_missed,
    company_short_names,
    hyphen_leads,
    is_acronym,
    leading_names,
    people_the_model_missed,
)
from core.errors import InputError
from core.event_dates import (
    CLOCK_ONLY,
    a_year_before,
    before_the_event,
    before_then,
    bounded_by_its_preposition,
    compared_figure,
    days_from_an_event,
    days_from_an_event_at,
    fiscal_quarter,
    fiscal_year,
    in_a_comparison,
    long_after,
    long_before,
    months_so_far,
    part_of_the_period,
    period_end_date,
    period_ended,
    purpose_date,
    put_off_until,
    range_ends,
    recent_stretch,
    record_date,
    says_a_year_before,
    scheduled,
    shifted_back,
    state_date,
    the_period_in,
    the_year_reported,
    through,
)
from core.event_lexicon import (
    ACTING_BODIES,
    ACTING_GROUPS,
    ACTS_WITH_PARTICLE,
    AREA_NOUNS,
    ASPECTUAL_VERBS,
    BUSINESS_NOUNS,
    COMPANY_PARTS,
    CONTEST_NOUNS,
    ESTIMATE_NOUNS,
    EVENT_NOUNS,
    FORCES_NOUNS,
    FRAGMENT_NOUNS,
    GOVERNING_BODIES,
    GOVERNMENT_NOUNS,
    LOCATIVE_PREPOSITIONS,
    MARKET_NOUNS,
    MEDIUM_NOUNS,
    MEDIUM_VERBS,
    MODALS,
    OFFICIAL_NOUNS,
    ORGANISATION_NOUNS,
    PARTICIPATION_VERBS,
    PERIOD_FIGURES,
    PLACE_NOUNS,
    PLANNING_VERBS,
    PRIVATE_BODIES,
    PRIVATE_PEOPLE,
    PRONOUNS,
    RECENCY_WORDS,
    RELATIONAL_VERBS,
    REPORTING_VERBS,
    RESULT_VERBS,
    SPOKESPEOPLE,
    SPREAD_VERBS,
    STATEMENT_NOUNS,
    STATIVE_VERBS,
    TARGETING_VERBS,
    TELLING_VERBS,
    TOPIC_ROLES,
    UNNAMED_SPEAKERS,
    VISIT_NOUNS,
    VISITING_VERBS,
    WAYS_OF_GOING,
    WEEKDAY_NAMES,
    event_type,
)
from core.event_titles import (
    bare_clause,
    cap,
    clause_core,
    noun_phrase,
    short,
    where,
)
from core.gazetteer import DEMONYMS, Place, gazetteer
from core.mentions import (
    Mention,
    acronyms_the_model_left_out,
    common_words_read_as_names,
    companies_the_model_left_out,
    company_of_a_town,
    nicknamed_people,
    short_company_mentions,
    whole_word_mention,
)
from core.models import Article, Event, TimeExpression, When
from core.news_rules import (
    a_credit_line,
    a_figure_moves,
    a_figure_stated,
    a_stock_moved_aside,
    a_stock_trades,
    befalls_someone,
    closes_the_move,
    declined_to_speak,
    from_a_level,
    goes_on_speaking,
    names_a_medium,
    published_words_said_on,
    results_told,
    the_narrator,
    the_writers_side,
    told_results,
)
from core.nlp import pipeline
from core.place_rules import (
    NATIONAL_OFFICE,
    a_structure_befallen,
    based_venue,
    describes_a_company,
    held_at,
    is_target_place,
    measured_from,
    names_the_venue,
    qualifying_mentions,
    speakers_base,
    where_the_speaker_is,
    where_the_subject_is,
)
from core.reader import HEADER_LINE
from core.syntax import (
    BACKGROUND_NOUNS,
    CLAUSAL,
    contrasting,
    denied,
    done_through,
    examples_of_the_subject,
    in_background,
    interrupting_event,
    main_clause_after_when,
    misread_noun,
    misread_participle,
    own_clause,
    path_to_root,
    planned_by_be_to,
    sequel_clause,
    simultaneous,
    subject_of,
    telling_aside,
    tells_a_clause,
)
from core.time_model import interval, unknown_before
from core.time_tagger import NUMBER_WORDS, tag_times

# Quoted stretches: “…”, "…", and the ``…'' and ''…'' of wire copy typed in ASCII.
QUOTES = re.compile(r"“[^”]*”?|\"[^\"]*\"?|``.*?(?:''|$)|''.*?(?:''|$)", re.DOTALL)
# "the Biden administration", "Bush administration officials"
_AN_ADMINISTRATION = re.compile(r"\b([A-Z][a-z]+) administration\b")
# "the Finnish government", "Canada's government"
_A_GOVERNMENT = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s)? government\b")
# Changes told in the simple present of news ("Peter Holland, 45, becomes director of corporate
# affairs"): an event, not a habit.
_CHANGE_VERBS = {"become", "succeed", "replace", "resign", "retire", "join"}
# What a company books for a period ("a fourth-quarter charge"): the period is its own.
_BOOKED = {"charge", "write-off", "writedown", "write-down", "provision", "reserve"}
_MONTHS_NAMED = re.compile(r"(?:the\s+)?(?:first\s+)?\w+\s+months$", re.IGNORECASE)  # "the nine months"
_NARRATIVE_CONTINUATION = re.compile(  # (not "Then-DHS Director Michael Chertoff vowed")
    r"^\s*(?:Later|Afterwards|Then(?![-\u2013])|Subsequently|Meanwhile|Next,|Back then|"
    r"At (?:that|the) time,|For the (?:next|following) (?:[a-z]+ ){0,2}(?:minutes?|hours?)\b)", re.IGNORECASE)
# A few days or weeks from an event: within its month or year, when that is all the text tells.
_SHORTLY_AFTER = re.compile(
    r"\b(?:(?:a few|a couple of|two|three|several|\d+)\s+)?(?:days?|hours?|weeks?)\s+(?:later|afterwards?|"
    r"earlier)\b|\bthe\s+(?:next|following|previous)\s+(?:day|morning|evening|night|week)\b", re.IGNORECASE)
# Occasions on which one speaker says much, told over several paragraphs.
_OCCASIONS = {"speech", "address", "testimony", "lecture", "sermon", "briefing", "conference", "hearing"}
# A day's occasion the story goes through ("Trump's testimony", "her hearing"), with the people
# questioned, judged or heard at it.
_DAY_OCCASIONS = _OCCASIONS | {"questioning", "cross-examination", "deposition", "interview", "debate"}
# Occasions a story may go through over the next paragraphs once it has dated them.
_STAGED_OCCASIONS = _OCCASIONS | {"trial", "debate", "summit", "ceremony", "rally", "concert", "festival",
                                  "funeral", "wedding", "match", "game", "session"}
_RECORDS = {"document", "record", "file", "email", "filing", "paper", "log", "data", "receipt", "cable"}
_DONE_IN_A_RELATIVE = {"hold", "write", "send", "sign", "found", "create", "launch", "order", "give",
                       "deliver", "issue", "file", "conduct", "organize", "organise", "host", "brand"}
_PARTY_WORDS = {"republican", "democrat", "democratic", "conservative", "liberal", "socialist", "tory"}
_POSSESSIVE = re.compile(r"['’]s?$")  # "Gonzalez's", "Morales'"
_DOUBLE_HYPHEN = re.compile(r"(?<=\w)--(?=\w)")  # "three FOMC members--Dallas Fed President Fisher"
_QUANTITIES = {"million", "thousand", "hundred", "dozen", "score", "majority", "most", "many",
               "some", "half", "percent", "lot", "number", "all"}
# "Connecticut: While no national legislation was approved, ...": a list item by place.
_LIST_LABEL = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):[ \t]+(?=\w)")
# "In Tuscaloosa, there is ...": a paragraph that opens on a place.
_PARAGRAPH_PLACE = re.compile(
    r"In (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),")
_LATER_THAT_DAY = re.compile(r"\b(?:later|earlier)\s+in\s+the\s+day\b", re.IGNORECASE)
# "KYIV, Oct 12 (Reuters) — ", "Washington (CNN) -- ": where the story was filed, not a sentence of it.
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=\s+\((?:CNN|AP|Reuters|AFP|UPI|Xinhua|Bloomberg)\)))"
    r"(?:,\s*(?P<qualifier>[A-Z][A-Za-z.]{1,15}(?:\s+[A-Z][a-z.]+)?))?"  # ", Kenya" or ", Mo."
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # ", Oct 12"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:[—–-]{1,2}|_)"
    r"(?:\s+|$|(?<=--)(?=[A-Z])|(?<=—)(?=[A-Z]))")  # (or no space after: "NEW YORK--Verizon")
_PLANNING_STEMS = {verb.removesuffix("e") for verb in PLANNING_VERBS}  # "hop(e)s", "plann(ed)"
_NARRATIVE_TIME = re.compile(
    r"\b(?:same|next|following|previous)\s+(?:day|morning|evening|night)\b|\bthat day\b|"
    r"\bday (?:before|after)\b|\b(?:later|earlier)\b"
    r"(?!\s+(?:this|last|next|today|tonight|yesterday|tomorrow)\b)",  # ("earlier last week": the story's)
    re.IGNORECASE)


@dataclass
class _Sentence:
    span: object  # spaCy Span
    start: int  # absolute offsets
    end: int
    mentions: list[Mention]
    times: list[TimeExpression]
    heading_places: list[Resolved]
    dateline_places: list[Resolved]
    paragraph: int
    quotes: list[tuple[int, int]]  # quoted stretches of the paragraph
    # "from 1991 to 1997": the start of the range's first expression -> its last one
    range_ends: dict[int, TimeExpression] = field(default_factory=dict)

    def span_of(self, expr: TimeExpression):
        """The tokens of a time expression of this sentence (widened to whole tokens), or None."""
        return self.span.char_span(expr.start - self.start, expr.end - self.start, alignment_mode="expand")


@dataclass
class _Draft:
    trigger: object
    event: Event
    persons: list[Resolved] = field(default_factory=list)
    paragraph: int = 0
    named: list[Resolved] = field(default_factory=list)  # every entity its sentence names


def _paragraphs(article: Article) -> list[tuple[int, int, bool]]:
    """(start, end, is_narrative) for each non-empty line of the article."""
    skipped = article.skipped_lines
    out = []
    pos = 0
    for line in article.text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip():
            hidden = any(a <= start and end <= b for a, b in skipped)
            out.append((start, end, not hidden))
    return out


_PARTS_OF_A_TOWN = {"old", "east", "west", "north", "south", "central", "downtown", "greater", "upper",
                    "lower", "inner", "outer"}  # "In Old Havana"


_FREQUENCY_ADVERBS = {"often", "usually", "typically", "generally", "regularly", "frequently", "always",
                      "sometimes", "normally", "routinely", "commonly"}


_RUMOUR_NOUNS = {"rumor", "rumour", "report", "speculation", "talk", "word", "suggestion", "claim"}


def _rumoured(clause) -> bool:
    """Whether a clause with a subject of its own is what "there were rumors" told ("There were
    rumors last year that Disney was planning to re-release the films")."""
    noun = clause.head if clause.dep_ == "acl" else None
    verb = noun.head if noun is not None else clause.head
    if clause.dep_ == "advcl" and not any(c.lower_ == "that" and c.i < clause.i for c in clause.children):
        return False  # (the parser makes the told clause an adverbial one too: "rumors ... that")
    return clause.dep_ in {"ccomp", "acl", "advcl"} and verb.lemma_ == "be" \
        and any(c.dep_ == "expl" for c in verb.children) \
        and any(c.dep_ == "attr" and c.lemma_.lower() in _RUMOUR_NOUNS and (noun is None or c.i == noun.i)
                for c in verb.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}
                for c in clause.children)


def _told_as_done(verb) -> bool:
    """Whether a verb tells its act as done: a simple past or a perfect, without a modal."""
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" for c in helpers):
        return False
    return (verb.tag_ == "VBD" and not helpers) or (
        verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in helpers))


def _present_perfect(verb) -> bool:
    """Whether a verb is in the present perfect ("has come", "have been seen")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"}
                                      for c in verb.children)


def _clause_verb(token):
    """The verb of the clause a word stands in (the nearest verb above it), or None."""
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None


def _inside_a_longer_name(token) -> bool:
    """Whether a capitalised word the model left untagged is only part of a name ("Iron Man 2",
    "Google Play"), so that it names no place however a town is called."""
    if token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i \
            and not token.head.ent_type_:
        return True
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i
               and c.lower_ not in _PARTS_OF_A_TOWN for c in token.children)


def _quote_ranges(text: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + m.start(), offset + m.end()) for m in QUOTES.finditer(text)]


def _inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


# Exchanges of words that two sides have: "a conference call with", "an argument with".
_TALKS = {"call", "argument", "quarrel", "conversation"}
# The last words of places one is "on": "on Capitol Hill", "on St Leonards Place".
_ON_WHICH = {"Hill", "Street", "Avenue", "Island", "Place", "Road", "Lane", "Boulevard", "Square"}


def _supposed(verb) -> bool:
    """Whether a verb tells what may or might have been ("might have presented an obstacle"), a
    guess about the past rather than an event."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "have" in auxiliaries and bool({"might", "may", "could", "would", "should"} & set(auxiliaries))


def _possible(verb) -> bool:
    """Whether a verb tells what can, could, may or might be ("we can teach store associates",
    "Google could buy Yahoo"): an ability or a possibility, not an event (but "Drivers can no
    longer text", "can now vote" tell a change)."""
    return any(c.dep_ == "aux" and c.lower_ in {"can", "ca", "cannot", "could", "may", "might"}
               for c in verb.children) and not any(c.dep_ == "advmod" and c.lower_ in {"longer", "now"}
                                                   for c in verb.children)


class EventExtractor:
    """Extracts events from articles; holds the spaCy pipeline and the gazetteer."""

    def __init__(self) -> None:
        self.nlp = pipeline()
        self.gaz = gazetteer()
        self._relatives: dict[str, Resolved] = {}
        self._published = ""
        self._visiting: dict[str, bool] = {}  # speaker -> on a visit, for the article at hand
        self._quoting_on: tuple[str, int] = ("", 0)  # the speaker of the last quotation that went
        # on with what he had said, and where it ends
        self._region_pattern = re.compile(
            r"(?<!-)\b(" + "|".join(sorted((re.escape(n) for n in self.gaz.region_names()),
                                          key=len, reverse=True)) + r")\b(?!-)")  # not "trans-Atlantic"

    # ------------------------------------------------------------------ public
    def extract(self, article: Article) -> list[Event]:
        """The events of one article, in text order."""
        if not article.published:
            raise InputError(
                f"{article.path or 'article'}: no publication date found; give one with "
                "--published YYYY-MM-DD")
        times = tag_times(article.text, article.published)
        sentences, mentions = self._parse(article, times)
        resolver = EntityResolver(mentions, article.text, self.gaz)
        self._resolver = resolver
        self._published = article.published
        self._relatives = {}  # "father" -> whom "Elian's father" named
        self._visiting = {}
        self._quoting_on = ("", 0)
        self._day_scene: _Draft | None = None
        self._structures: dict[str, Resolved] = {}  # "monument" -> the Washington Monument
        self._scene_dated: list[tuple[int, int]] = []  # sentences dated by that scene
        drafts: list[_Draft] = []
        self._staged: _Draft | None = None  # a dated occasion the story goes through
        self._staged_until = 0  # the last paragraph that told of it
        for sentence in sentences:
            if self._day_scene is None and drafts and self._scene_named(sentence, drafts[0]):
                self._day_scene = drafts[0]
                self._date_the_scene_so_far(drafts, self._place_of_the_occasion(sentence, resolver))
            found = self._events_of(sentence, resolver, drafts, article)
            if found and drafts and sentence.paragraph == drafts[0].paragraph + 1 \
                    and all(d.paragraph < sentence.paragraph for d in drafts):
                _name_the_lead(drafts[0], found[0])
            for draft in found:
                own = draft.event.when.anchor not in {"published-date", "inherited"} \
                    and draft.event.when.granularity != "unknown"
                if own and self._stages_an_occasion(draft, article.published):
                    self._staged, self._staged_until = draft, draft.paragraph
                elif own and draft.trigger.dep_ == "ROOT":
                    self._staged = None  # the story moved to another time
            drafts.extend(found)
        return [d.event for d in drafts]

    @staticmethod
    def _stages_an_occasion(draft: _Draft, published: str) -> bool:
        """Whether a dated past event holds or is an occasion the next paragraphs may go through
        ("staged a mock trial in December 2016", "the summit on Monday")."""
        trigger = draft.trigger
        nouns = [trigger] if trigger.pos_ == "NOUN" else [c for c in trigger.children if c.dep_ == "dobj"]
        return draft.event.when.end[:10] < published \
            and any(n.lemma_.lower() in _STAGED_OCCASIONS for n in nouns)

    # ------------------------------------------------------------------ parsing
    def _parse(self, article: Article, times: list[TimeExpression]):
        paragraphs = _paragraphs(article)
        narrative = [(s, e) for s, e, keep in paragraphs if keep]
        datelines: list[list[Resolved]] = []
        texts = []
        carried: list[Resolved] = []
        labels: dict[int, list[Resolved]] = {}  # paragraphs that a place opens ("Oregon: ...")
        last_dateline = -9
        standalone = [s for s, e, keep in paragraphs if not keep
                      and _DATELINE.match(article.text[s:e] + " ")
                      and _DATELINE.match(article.text[s:e] + " ").end() >= e - s]
        for number, (s, e) in enumerate(narrative):
            text = article.text[s:e]
            match = _DATELINE.match(text) if number < 3 else None
            for line_start in standalone:  # a dateline the reader took for a heading
                if line_start < s and number < 2 and not carried:
                    line = article.text[line_start:article.text.find("\n", line_start)]
                    head = _DATELINE.match(line + " ")
                    place = self.gaz.dateline_place(head.group("place").title(), head.group("qualifier"))
                    if place is not None:
                        carried = [Resolved(place.name, place.kind, place, {line})]
                        last_dateline = number - 1
            places = []
            alone = bool(match) and not text[match.end():].strip()  # a dateline line of its own
            if match:
                name = match.group("place").title()
                place = self.gaz.dateline_place(name, match.group("qualifier"))
                if place is not None:
                    places.append(Resolved(place.name, place.kind, place, {name}))
                    carried = places
                text = " " * match.end() + text[match.end():]  # offsets stay the same
            # The place of filing stands for the lede's events: the rest of an inline
            # dateline's paragraph, or the paragraph after a dateline line of its own.
            datelines.append(places if match else (carried if number == last_dateline + 1
                                                   else []))
            if match and alone:
                last_dateline = number  # its lede is the next paragraph
            label = None if match else _LIST_LABEL.match(text)
            place = self._labelled_place(label.group("place")) if label else None
            if place is not None:  # "Oregon: Family leave has been expanded": an item of a list by
                # place, which is where it happens; "Illinois: passed two laws": Illinois passed them
                labels[s] = [Resolved(place.name, place.kind, place, {label.group("place")})]
                text = (" " * label.end() + text[label.end():] if text[label.end():][:1].isupper()
                        else text[:label.end("place")] + " " + text[label.end("place") + 1:])
            texts.append(_DOUBLE_HYPHEN.sub(" \u2013", text.replace(" - ", " \u2013 ").replace(
                " -- ", "  \u2013 ")))  # a hyphen typed for a dash ("Ola Bini - the Swedish programmer
            # ... - was arrested", "Duncan -- a Liberian national -- helped", "members--Dallas Fed
            # President Fisher") reads as one to the parser; same length
        self._filed_from = carried
        docs = list(self.nlp.pipe(texts))
        per_doc = [[whole_word_mention(ent, start, self.gaz) for ent in doc.ents]
                   for (start, _end), doc in zip(narrative, docs, strict=True)]
        named_elsewhere = frozenset(m.text for found in per_doc for m in found if not m.root.is_sent_start)
        for (start, _end), doc, found in zip(narrative, docs, per_doc, strict=True):
            nicknamed_people(doc, start, found)
            people_the_model_missed(found, article.text)
            bodies_the_model_cut(found)
            found[:] = common_words_read_as_names(found, named_elsewhere)
            found.extend(companies_the_model_left_out(doc, start, found))
            found.extend(acronyms_the_model_left_out(doc, start, found, self.gaz))
            found.sort(key=lambda m: m.start_char)
        companies_the_model_missed([m for found in per_doc for m in found], article.text)
        full_names = {_POSSESSIVE.sub("", m.text) for ms in per_doc for m in ms
                      if m.label_ == "PERSON" and len(m.text.split()) >= 2}
        surnames = {name.split()[-1] for name in full_names}
        firsts = Counter(name.split()[0] for name in full_names)
        surnames |= {first for first, count in firsts.items() if count == 1}  # "Taras"
        surnames |= {m.group("nick") for name in full_names if (m := NICKNAMED.fullmatch(name))
                     and " " not in m.group("nick")}  # "Faker", after 'Lee “Faker” Sang-hyeok'
        organisations = [m.text for ms in per_doc for m in ms if m.label_ == "ORG"]
        named_again = {o for o in organisations if " " in o and "'" not in o and "’" not in o
                       and (" of " not in o or self.gaz.lookup(o.rsplit(" of ", 1)[1]) is None)}
        # ("the Fluor Daniel unit of Fluor Corp. ... Fluor Daniel already has reassigned": a name
        # the model found once and missed where it comes again)
        counted = Counter(_POSSESSIVE.sub("", o) for o in organisations)  # ("Facebook’s office")
        untagged_subjects = Counter(t.text for doc in docs for t in doc if not t.ent_type_
                                    and t.pos_ == "PROPN" and t.dep_ in {"nsubj", "nsubjpass"})
        named_again |= {o for o, count in counted.items() if (count >= 2 or untagged_subjects[o] >= 2)
                        and " " not in o and o.isalpha() and o[:1].isupper() and o not in surnames}
        # ("Facebook", tagged twice of six times, or once and left untagged as the subject of two
        # sentences; not "Farkas", a person the model also took for a company)
        hyphenated = frozenset(hyphen_leads(organisations) - surnames)
        shorts = {short for short in company_short_names(organisations) | leading_names(organisations)
                  | named_again | hyphenated
                  if (" " in short and self.gaz.lookup(short) is None and self.gaz.country(short) is None)
                  or (short not in DEMONYMS and self.gaz.lookup(short) is None)}
        for (start, _end), doc, found in zip(narrative, docs, per_doc, strict=True):
            found.extend(self._missed_mentions(doc, start, surnames, organisations))
            found[:] = short_company_mentions(doc, start, shorts,
                                              company_of_a_town(doc, start, found, self.gaz), hyphenated)
            found.sort(key=lambda m: m.start_char)
        sentences: list[_Sentence] = []
        mentions = [m for ms in per_doc for m in ms]
        title = article.title.strip()
        headings = sorted((s, e) for s, e, keep in paragraphs
                          if not keep and not HEADER_LINE.match(article.text[s:e].strip())
                          and article.text[s:e].strip() != title)  # the headline is no section
        parts = zip(narrative, docs, per_doc, strict=True)
        for index, ((start, end), doc, doc_mentions) in enumerate(parts):
            # The places named by the closest heading above this paragraph.
            above = [h for h in headings if h[0] < start]
            heading_places = labels.get(start) or (
                self._places_in_heading(article.text[above[-1][0]:above[-1][1]]) if above else [])
            quotes = _quote_ranges(article.text[start:end], start)
            inline = bool(_DATELINE.match(article.text[start:end]))
            for number, sent in enumerate(doc.sents):
                s_start, s_end = start + sent.start_char, start + sent.end_char
                # An inline dateline stands for its lede sentence only.
                filed = datelines[index] if not inline or number == 0 else []
                own_times = [t for t in times if s_start <= t.start < s_end]
                ends = range_ends(own_times, article.text)
                sentences.append(_Sentence(
                    span=sent, start=s_start, end=s_end,
                    mentions=[m for m in doc_mentions if s_start <= m.start_char < s_end],
                    times=[t for t in own_times if all(t is not e for e in ends.values())],
                    heading_places=heading_places, dateline_places=filed,
                    paragraph=index, quotes=quotes, range_ends=ends,
                ))
        return sentences, mentions

    def _missed_mentions(self, doc, offset: int, surnames: set[str], organisations=()) -> list[Mention]:
        """Proper nouns the model left untagged: a surname (or the first name of one person)
        named in full elsewhere in the article, the initials of an organisation it names, or a
        well-known place ("In Kyiv, Zelenskyy reaffirmed ...")."""
        found = []
        for token in doc:
            if token.ent_type_ or token.pos_ not in {"PROPN", "NOUN"} or not token.text[:1].isupper():
                continue
            name = _POSSESSIVE.sub("", token.text)  # ("Morales", not "Morale")
            if token.is_upper and len(name) >= 3 and any(is_acronym(name, o) for o in organisations):
                label = "ORG"  # "PETA said", after "People for the Ethical Treatment of Animals"
            elif token.pos_ == "NOUN" and name not in surnames:
                continue  # ("Trump", a common noun to the model, after "Donald Trump")
            elif name in surnames or (token.pos_ == "PROPN" and re.fullmatch(r"[A-Z][a-z]+", name)
                                      and after_a_title(doc.text, token.idx, token.idx + len(token.text))):
                label = "PERSON"  # (or "Philadelphia Fed President Plosser", which it left untagged)
            else:
                place = self.gaz.lookup(name)
                if place is None or (place.kind == "city" and place.population < 100_000) \
                        or _inside_a_longer_name(token):
                    continue
                label = "GPE"
            found.append(Mention(token.text, label, offset + token.idx,
                                 offset + token.idx + len(token.text), token))
        return found

    def _labelled_place(self, label: str) -> Place | None:
        """The country, US state or region a list item opens with ("Connecticut: ..."), or None."""
        place = self.gaz.us_state(label) or self.gaz.lookup(label)
        return place if place is not None and place.kind in {"country", "state", "region"} else None

    def _places_in_heading(self, heading: str) -> list[Resolved]:
        places = []
        for match in re.finditer(r"\b(?:in|at|near|from)\s+((?:[A-Z][\w’'-]+\s?){1,3})", heading):
            place = self.gaz.lookup(match.group(1).strip())
            if place is not None:
                places.append(Resolved(place.name, place.kind, place, {match.group(1).strip()}))
        return places

    # ------------------------------------------------------------------ events
    def _events_of(self, sentence: _Sentence, resolver: EntityResolver, drafts: list[_Draft],
                   article: Article) -> list[_Draft]:
        sent = sentence.span
        text = article.text[sentence.start:sentence.end]
        quoted = sum(max(0, min(b, sentence.end) - max(a, sentence.start))
                     for a, b in sentence.quotes)
        root = main_clause_after_when(sent.root)
        if _inside(sentence.quotes, *_offsets(sentence, root)):
            teller = next((t for t in sent if t.lemma_.lower() in TELLING_VERBS and t.pos_ == "VERB"
                           and (any(c.dep_ == "nsubj" for c in t.children)
                                or (t.dep_ == "conj" and t.head.i == root.i and t.i > root.i))
                           and not _inside(sentence.quotes, *_offsets(sentence, t))), None)
            root = teller or root  # 'Morales wrote to the employee: "the client wants ..."': the
            # parser made the quotation's verb the root; the news is his writing it
        opening = min((a for a, _ in sentence.quotes if sentence.start <= a < sentence.end),
                      default=None)
        named_subject = root.pos_ == "VERB" and opening is not None \
            and sentence.start + root.idx - sent.start_char < opening and any(
                c.dep_ == "nsubj" and c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
                for c in root.children)  # "President Bush today denounced ``...''"
        if quoted > 0.5 * max(len(text.strip()), 1) and not named_subject and not any(
                named_speaker(t) for t in sent
                if not _inside(sentence.quotes, *_offsets(sentence, t))):
            speaker = self._pronoun_speaker(sentence, resolver, article.text)
            if speaker is None or (drafts and drafts[-1].event.type == "statement" and any(
                    a.name == speaker.name for a in drafts[-1].event.actors)):
                return []  # a quotation, its speaker unnamed, or what he just said: '"We will
                # continue," he said'
        if a_credit_line(root):
            return []
        trigger, noun_trigger = self._trigger(sent, root)
        if trigger is None and (self._dated_state(root, sentence) or (
                a_figure_stated(root) and self._dated_figure(root, sentence))):
            trigger = root  # "McBride was part of the crew of the Challenger in October 1984",
            # "Net for the nine months was $254 million"
        if trigger is None and (told := self._dated_event_described(root, sentence)) is not None:
            trigger, noun_trigger = told, True  # "Pompeo's first public speech, hosted ... on
            # April 13, 2017, was one of the most paranoid addresses": the speech
        if trigger is None:  # "Among the first to accede to NATO on Friday were ...": a state,
            # but a dated event within it, or a clause of its own after it: "There was no
            # confirmation, but O'Donnell has scheduled ..."
            return self._other_events(sentence, resolver, root, text, drafts, article)
        sequel = sequel_clause(trigger)
        reference = None
        if sequel is not None:  # "The strike came two days after envoys met in Miami"
            subject = subject_of(trigger)
            kind = event_type(subject.lemma_) if subject is not None else "event"
            reference = next((d.event.when for d in reversed(drafts) if d.event.type == kind),
                             drafts[-1].event.when if drafts else None)  # the strike told before
            trigger = sequel[0]
        scene = None
        interrupting = interrupting_event(trigger)
        if interrupting is not None:  # "He was heating soup when he was gunned down"
            scene, trigger = trigger, interrupting
        reporter = None
        reported = self._reported_event(trigger, sentence) or _shown_by_records(trigger)
        if reported is not None:  # "X happened, officials said": the event is X
            reporter, trigger = trigger, reported
        aside = telling_aside(trigger) if reporter is None and not noun_trigger else None
        if aside is not None and not self._dated(trigger, sentence) \
                and not self._actors(sentence, resolver, trigger, drafts)[0]:
            trigger = aside  # "But this skittishness, Mr. Antolini says, is creating liquidity
            # problems": nobody named acts in what he holds; his saying it is the news
        elif aside is not None and _possible(trigger) and not self._dated(trigger, sentence, definite=True):
            trigger = aside  # "For now, the State Department says, Embassy employees can offer only
            # emergency consular service": what may be is no event, its telling is one
        if reporter is None and self._is_generic(sentence, trigger, noun_trigger):
            if not any(c.dep_ in {"ccomp", "parataxis"} and own_clause(c) for c in trigger.children):
                return []
            return self._coordinated_events(sentence, resolver, trigger, text, drafts, article)
            # (a habit, but a clause of its own beside it, across a semicolon: "One of our stores
            # adopted a kitten; every week, associates posted about it")
        saying = next((c for c in trigger.children if c.lemma_.lower() in REPORTING_VERBS and (
            (c.dep_ == "advcl" and c.tag_ == "VBG") or (c.dep_ == "conj" and not own_clause(c)))), None)
        if declined_to_speak(trigger) and saying is not None:
            trigger = saying  # "declined to specify what prompted the moves, saying they are
            # meant only to benefit shareholders": what he did say
        elif declined_to_speak(trigger):  # "D'Amato's aides would not comment", "declined to
            # discuss the charges, but she said ...": nothing said, but what is said after it
            return self._coordinated_events(sentence, resolver, trigger, text, drafts, article)
        elif not noun_trigger and self._type(trigger) != "statement" \
                and denied(trigger) and not self._dated(trigger, sentence):
            # "the agency did not mention Ritter", "Neither he nor his parents could be located":
            # what did not happen is no event (but "could not be located on Tuesday" is a failure
            # of that day, and a dated event within the sentence, or a clause of its own after it,
            # is one)
            return self._other_events(sentence, resolver, trigger, text, drafts, article)
        elif not noun_trigger and (_supposed(trigger) or _possible(trigger)) \
                and not self._dated(trigger, sentence, definite=True):
            return self._other_events(sentence, resolver, trigger, text, drafts, article)  # "Schmidt
            # might have presented an obstacle": what may have been, not what was
        previous = drafts[-1] if drafts else None
        if previous is not None and self._continues(trigger, root, previous):
            self._add_participants(previous, sentence, resolver, root)
            return []
        planned = self._planned_event(trigger)
        if planned is not None and _plan_since_changed(planned):
            # "The offer previously had been scheduled to expire at midnight Friday": a plan
            # since changed, not an event (but what else the sentence tells may be one)
            return self._other_events(sentence, resolver, trigger, text, drafts, article, leave=planned)
        if planned is not None:  # "He is expected to meet Aziz": the meeting, expected
            trigger = planned
        actors, persons = self._actors(sentence, resolver, trigger, drafts)
        if reporter is not None and not actors:
            # "Kopp was seen crossing the border, the Buffalo News reported": who tells it
            source = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
            told = next((resolver.resolve(m) for m in sentence.mentions
                         if source is not None and m.root.i == source.i), None)
            if told is None and source is not None and source.lemma_.lower() in OFFICIAL_NOUNS:
                # "Loudon county officials say they'll rule", "Kenyan officials said they had
                # arrested two men": the county's government, Kenya
                told = next((r for m in sentence.mentions if m.root.dep_ in {"compound", "amod"}
                             and source.i in {m.root.head.i, m.root.head.head.i}  # ("Fairfax
                             and (r := resolver.resolve(m)) is not None and r.is_place), None)  # county")
            if told is None and source is not None and source.lower_ in GOVERNING_BODIES \
                    and source.pos_ == "NOUN":  # "..., management said", "the executives acknowledged"
                at = sentence.start + source.idx - sentence.span.start_char
                told = resolver.story_organization(at) or resolver.last_organization(at)
            if told is not None and (told.kind in {"person", "organization"} or told.is_place):
                actors = [told]
                persons = [told] if told.kind == "person" else []
                for also in self._resolved_at(sentence, resolver, source.conjuncts):
                    if also.kind in {"person", "organization"} and also not in actors:
                        actors.append(also)  # "..., Disney and Lucasfilm announced today"
                        persons += [also] if also.kind == "person" else []
        elif reporter is not None:
            # "West German and French authorities have cleared the takeover, Dresdner Bank said",
            # "..., the banks said": the body that tells its news acts too (but not the paper
            # that reports it, nor a spokesman who relays what others did)
            source = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
            told = [r for m in sentence.mentions if source is not None and m.root.i == source.i
                    and not names_a_medium(m.root) and (r := resolver.resolve(m)) is not None
                    and r.kind == "organization"]
            if source is not None and not told and source.tag_ == "NNS" \
                    and source.lemma_.lower() in BUSINESS_NOUNS \
                    and any(c.lower_ in {"the", "both"} for c in source.children):
                told = resolver.last_organizations(sentence.start + source.idx - sentence.span.start_char)
            actors.extend(speaker for speaker in told if speaker not in actors)
        locations = self._locations(sentence, resolver, trigger)
        kind = self._type(trigger)
        if not locations and drafts and any(c.lower_ == "there" and c.dep_ == "advmod"
                                            for c in trigger.children):
            locations = [ref_to_resolved(loc) for loc in drafts[-1].event.locations]
        when, time_span, future = self._when(sentence, trigger, noun_trigger, drafts, article,
                                             reporter)
        if scene is not None and time_span is None:  # the scene's time: "last fall when ..."
            when, time_span, future = self._when(sentence, scene, False, drafts, article)
        if planned is not None and time_span is None and planned.head.i != planned.i:
            # "On Tuesday, the league plans to hold a news conference": the plan's day
            when, time_span, future = self._when(sentence, planned.head, False, drafts, article)
        if sequel is not None and time_span is None and reference is not None:
            when = before_the_event(reference, *sequel[1:]) or when
        undated = (time_span is None and when.anchor == "published-date") \
            or CLOCK_ONLY.fullmatch(when.text or "")
        if undated and not (kind == "statement" and trigger.i < days_from_an_event_at(sentence.span)):
            # "at 6 a.m. 10 days before the murder" (but not "Clark said a jogger spotted the car
            # ten days before the shooting": that dates the spotting)
            when = days_from_an_event(text, drafts) or when
        if time_span is None and when.anchor == "published-date":
            when = self._after_the_event(trigger, drafts) or when
        occasion = self._event_named_again(trigger, drafts) \
            if time_span is None and when.anchor == "published-date" else None
        if occasion is not None:  # "Pompeo's first public speech ... on April 13, 2017 ... He
            # opened his speech with a tirade": the speech named again, its day and its place (what
            # he says in the paragraphs that tell it is the occasion's scene, below)
            told = occasion.event.when
            when = When(told.start, told.end, told.granularity, None, "inherited")
            locations = locations or [ref_to_resolved(loc) for loc in occasion.event.locations]
        if time_span is None and when.anchor == "published-date" and kind != "statement" \
                and self._goes_on_acting(trigger, persons, sentence, drafts):
            told = drafts[-1].event.when  # "On Sunday, Ahmed Azza was given permission to leave.
            # He passed the camera ...": what he did next, that day
            when = When(told.start, told.end, told.granularity, None, "inherited")
        if time_span is None and when.anchor == "published-date" \
                and (also := self._also_did_then(trigger, actors, sentence, drafts)) is not None:
            when = When(also.start, also.end, also.granularity, None, "inherited")  # "The Greek
            # cabinet agreed on austerity measures today ... The government also promised": today
        if kind == "statement" and time_span is None and reporter is None \
                and when.anchor == "published-date" and sentence.quotes \
                and goes_on_speaking(trigger, actors, drafts) \
                and not _inside(self._scene_dated, *drafts[-1].event.span):  # (a quotation going on)
            # "President Fidel Castro declared Wednesday night ... ''It is inevitable,'' Castro
            # told students": the same speaker quoted on, on the same occasion
            told = drafts[-1].event.when
            when = When(told.start, told.end, told.granularity, None, "inherited")
        if kind == "statement" and time_span is None and reporter is None \
                and when.anchor == "published-date" \
                and (told := published_words_said_on(trigger, actors, drafts)) is not None:
            when = When(told.start, told.end, told.granularity, None, "inherited")  # '"...," says
            # Kramer', after "Now Adam Kramer has posted an explanation": what he posted now
        if kind == "statement" and time_span is None and reporter is None \
                and when.anchor == "published-date" and self._quoted_on(sentence, trigger, actors, drafts):
            # '"I'm happy that he feels positively," Mr. Fabi said', after "Martin Fabi said ...":
            # the same speaker goes on, no statement of its own
            return self._dated_side_events(sentence, resolver, trigger, text, drafts, article, None)
        scene = self._scene_of(trigger, actors, sentence) \
            if time_span is None and when.anchor == "published-date" and occasion is None else None
        if scene is not None:
            told = scene.event.when  # "Donald Trump brought bombastic rhetoric to the witness stand
            # Monday ... Trump's testimony ...": what is told of it, that day; "the Shakespeare
            # Theatre Company staged a mock trial in December 2016 ... Alito presided": then, there
            when = When(told.start, told.end, told.granularity, None, "inherited")
            locations = locations or [ref_to_resolved(loc) for loc in scene.event.locations]
            self._scene_dated.append((sentence.start, sentence.end))
        coming = long_after(when, article.published) and kind != "statement"
        if not locations and not long_before(when, article.published) and not coming:
            # (what happened years before the story, or will happen months after it, did not
            # happen where it is filed: "The three are expected to join in April")
            at_home = self._acts_at_home(actors)
            locations = self._inherited_locations(sentence, persons, drafts,
                                                  statement=kind == "statement" or at_home,
                                                  actors=actors,
                                                  scene=self._crowd_acts(trigger, kind, sentence, drafts))
        elif not locations and when.anchor == "inherited" and drafts and persons \
                and any(p is persons[0] for p in drafts[-1].persons) and drafts[-1].event.when == when:
            locations = [ref_to_resolved(loc) for loc in drafts[-1].event.locations]  # "For the next
            # several minutes, Pompeo ranted", after what he did in his speech years ago: there too
        if not locations and (a_stock_trades(trigger) or a_figure_moves(trigger, kind)):
            locations = self._market_town(trigger, sentence, resolver)  # "London share prices closed"
        if kind == "economy":  # "the value of the Indonesian stock market has fallen": where
            actors, locations = self._markets_are_places(actors, locations, sentence, resolver)
        stock = a_stock_trades(trigger)
        status = "expected" if future or planned is not None or self._is_future(trigger) \
            else "happened"
        side = self._dated_side_events(sentence, resolver, trigger, text, drafts, article,
                                       time_span)
        if not actors and (the_narrator(trigger) or (
                not noun_trigger and when.anchor == "published-date"
                and (not locations or kind == "statement") and not self._deaths(trigger, kind)
                and not self._crowd_acts(trigger, kind, sentence, drafts)
                and not befalls_someone(trigger, kind)
                and not a_figure_moves(trigger, kind) and not a_figure_stated(trigger) and not stock)):
            # nothing anchors the main event, or nobody named says it, or the reporter speaks
            return side + self._coordinated_events(sentence, resolver, trigger, text,
                                                   drafts + side, article)
        results = []
        parts = self._split_conjuncts(trigger, sentence, locations) if not noun_trigger else []
        if len(parts) > 1:
            for obj, part_locations in parts:
                title = self._title(trigger, resolver, drafts, sentence, obj=obj,
                                    locations=part_locations)
                results.append(self._draft(trigger, title, event_type(obj.lemma_, trigger.lemma_),
                                           when, actors, part_locations or locations, text,
                                           sentence, status, time_span, persons))
        else:
            title = self._title(trigger, resolver, drafts, sentence, locations=locations,
                                noun_trigger=noun_trigger, persons=persons, actors=actors)
            results.append(self._draft(trigger, title, kind, when, actors, locations, text,
                                       sentence, status, time_span, persons))
        results.extend(self._relative_clause_events(sentence, resolver, trigger, when, text,
                                                    time_span))
        if stock or a_figure_moves(trigger, kind):
            results.extend(self._news_behind_a_move(sentence, resolver, trigger, text, drafts, article,
                                                    when if time_span is not None else None))
        for aside in (t for t in sentence.span if t.i != trigger.i and a_stock_moved_aside(t)):
            dated = next((d for d in side if d.trigger.i == aside.i), None)
            if dated is not None:  # ("Apple, which rose 2 to 40 yesterday, said": the market's
                dated.event.actors = []  # move of yesterday, not Apple's act)
                continue
            moved, span, _ = self._when(sentence, aside, False, drafts, article)
            results.append(self._draft(aside, self._title(aside, resolver, drafts, sentence), "economy",
                                       moved, [], [], text, sentence, "happened", span, []))
        results.extend(side)
        results.extend(self._coordinated_events(sentence, resolver, trigger, text, drafts + results,
                                                article))
        return results

    def _news_behind_a_move(self, sentence, resolver, trigger, text, drafts, article,
                            moved: When | None) -> list[_Draft]:
        """"Starpointe Savings Bank rose 3 to 20 after the Federal Deposit Insurance Corp.
        approved Dime's acquisition of Starpointe": the news a stock moved on, when someone named
        made it, is an event of its own (on or before the day of a dated move, on that day for
        "as" and "when")."""
        out = []
        for clause in trigger.children:
            mark = next((c for c in clause.children if c.dep_ == "mark"), None)
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if clause.dep_ != "advcl" or clause.pos_ != "VERB" or mark is None \
                    or mark.lower_ not in {"after", "as", "when"} or subject is None or denied(clause):
                continue
            actors, persons = self._actors(sentence, resolver, clause, drafts)
            if not actors:
                continue
            when, time_span, _ = self._when(sentence, clause, False, drafts, article)
            if time_span is None and moved is not None and moved.granularity == "day":
                when = When(moved.start, moved.end, "day", moved.text, "relative-to-event") \
                    if mark.lower_ != "after" else When("", moved.end, "unknown", None, "relative-to-event")
            title = self._title(clause, resolver, drafts, sentence, persons=persons, actors=actors)
            out.append(self._draft(clause, title, self._type(clause), when, actors, [], text, sentence,
                                   "happened", time_span, persons))
        return out

    @staticmethod
    def _after_the_event(trigger, drafts) -> When | None:
        """"Castro attended a rally Thursday ... After the rally, state television showed": the
        day of the event the text told just before and names again to open the sentence."""
        for prep in trigger.children:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.dep_ != "prep" or prep.lower_ not in {"after", "following"} or noun is None \
                    or not prep.is_sent_start \
                    or noun.lemma_.lower() not in EVENT_NOUNS \
                    or not any(c.lower_ in {"the", "that", "this"} for c in noun.children):
                continue
            for draft in reversed(drafts[-4:]):
                told = draft.event.when
                if any(t.lemma_ == noun.lemma_ for t in draft.trigger.sent):
                    if told.granularity not in {"day", "hour", "minute"}:
                        return None
                    return When(told.start[:10], told.end[:10], "day", f"after the {noun.text}",
                                "relative-to-event")
        return None

    @staticmethod
    def _subject_just_before(sentence: _Sentence, drafts) -> Resolved | None:
        """The person the main clause of the sentence right before is about, when a clause
        below it named someone else after him."""
        if not drafts or not _just_before(drafts[-1], sentence, same_paragraph=False):
            return None
        last = drafts[-1].event.span
        main = next((d for d in reversed(drafts[-4:]) if d.event.span == last
                     and d.trigger.dep_ == "ROOT" and d.persons), None)
        if main is None or main is drafts[-1] or drafts[-1].trigger.dep_ in {"ROOT", "conj"}:
            return None
        subject = subject_of(main.trigger)
        return main.persons[0] if subject is not None and subject.dep_ == "nsubj" \
            and subject.ent_type_ == "PERSON" else None

    @staticmethod
    def _also_did_then(trigger, actors, sentence: _Sentence, drafts) -> When | None:
        """The day of the last act told, when the same actor "also" did something in the simple
        past with no time of its own, a sentence or a short list after it."""
        if not drafts or not actors or not any(c.dep_ == "advmod" and c.lower_ == "also"
                                               for c in trigger.children):
            return None
        before = drafts[-1]
        told = before.event.when
        if not 0 <= sentence.start - before.event.span[1] <= 400 or not told.start \
                or told.anchor == "published-date" or before.event.status != "happened" \
                or told.granularity not in {"day", "hour", "minute"}:
            return None
        if trigger.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in trigger.children):
            return None  # (not "has also said", "would also go")
        named = {a.name for a in before.event.actors}
        return told if any(a.name in named for a in actors) else None

    @staticmethod
    def _goes_on_acting(trigger, persons, sentence: _Sentence, drafts) -> bool:
        """Whether a past act told with "he" or "she" follows, in the next sentence of the
        paragraph, a dated act of the same person: the story goes on with his day."""
        if not drafts or not persons or not _just_before(drafts[-1], sentence):
            return False
        before = drafts[-1]
        told = before.event.when
        if not told.start or told.anchor == "published-date" or before.event.status != "happened" \
                or told.granularity not in {"day", "hour", "minute"} \
                or before.trigger.dep_ not in {"ROOT", "conj"}:
            return False
        subject = subject_of(trigger)
        if subject is None or subject.lower_ not in {"he", "she"} \
                or _SHORTLY_AFTER.search(sentence.span.text) or any(t.lower_ in {"later", "afterwards"}
                                                                  for t in sentence.span):
            return False  # (not "Days later, he returned": another day)
        past = trigger.tag_ == "VBD" or (trigger.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ == "VBD" for c in trigger.children))
        if not past or any(c.dep_ == "aux" for c in trigger.children):
            return False  # (not "he had lived", "he has been", "he would go")
        earlier = subject_of(before.trigger)
        return persons[0] in before.persons or (earlier is not None and any(
            name.split()[-1] == earlier.text for name in persons[0].aliases | {persons[0].name}))

    def _quoted_on(self, sentence: _Sentence, trigger, actors, drafts) -> bool:
        """Whether a statement goes on quoting the one speaker of the statement just before it,
        with nothing between: a quotation first and then its speaker ('"It makes sense," Mr.
        Fabi said')."""
        if not drafts or len(actors) != 1:
            return False
        index = next((i for i in range(len(drafts) - 1, max(-1, len(drafts) - 4), -1)
                      if drafts[i].event.type == "statement"), None)
        said = drafts[index] if index is not None else None
        between = drafts[index + 1:] if index is not None else []
        if said is not None and [a.name for a in said.event.actors] == [actors[0].name] and between \
                and all([a.name for a in d.event.actors] == [actors[0].name] for d in between) \
                and said.paragraph == drafts[-1].paragraph \
                and _just_before(drafts[-1], sentence, same_paragraph=False):
            before = said.event  # "He says this data is displayed ... In recent years, he's begun
            # stripping ... 'It's a violation of our privacy,' he says": his statement goes on
        else:
            before = drafts[-1].event
            since = before.span[1]
            if self._quoting_on[0] == actors[0].name and self._quoting_on[1] > since:
                since = self._quoting_on[1]  # (after a quotation of his that went on already)
            between = "".join(ch for at, ch in enumerate(self._resolver.text[since:sentence.start], since)
                              if not _inside(sentence.quotes, at, at + 1))  # (the same quotation's
            if between.strip(" \n\"`\u201c"):  # first sentences may come between)
                return False
        if before.type != "statement" or [a.name for a in before.actors] != [actors[0].name]:
            return False
        at = sentence.start + trigger.idx - sentence.span.start_char
        going_on = any(start <= sentence.start < end for start, end in sentence.quotes) \
            and not any(start <= at < end for start, end in sentence.quotes) \
            and not any(c.lower_ in {"later", "again", "earlier"} or (c.lower_ == "at" and any(
                o.lemma_.lower() in {"point", "time", "moment"} for o in c.children))
                        for c in trigger.children)  # ('..." Trump said at another point': anew)
        if going_on:
            self._quoting_on = (actors[0].name, sentence.end)
        return going_on

    @staticmethod
    def _pronoun_speaker(sentence: _Sentence, resolver: EntityResolver, text: str) -> Resolved | None:
        """The person a quotation's "he said" or "she said" refers to: the first one its
        paragraph names before it ("Diana de Cardenas was born in Cuba. 'I think he deserves to
        be with his father,' she said")."""
        for token in sentence.span:
            at = sentence.start + token.idx - sentence.span.start_char
            if token.lower_ in {"he", "she"} and token.dep_ == "nsubj" \
                    and token.head.lemma_.lower() in TELLING_VERBS \
                    and not _inside(sentence.quotes, at, at + len(token.text)):
                paragraph = _paragraph_start(text, sentence.start)
                before = text[paragraph:sentence.start].strip()
                return resolver.first_named("person", paragraph, sentence.start) \
                    if before and not before.startswith(("``", "''", '"', "“")) else None
        return None

    def _other_events(self, sentence, resolver, verb, text, drafts, article, leave=None) -> list[_Draft]:
        """When the sentence's own verb makes no event: the dated events within the sentence and
        the clauses of their own after it (but not `leave`, the verb of a plan since changed)."""
        side = [d for d in self._dated_side_events(sentence, resolver, verb, text, drafts, article, None)
                if leave is None or d.trigger.i != leave.i]
        found = side + self._coordinated_events(sentence, resolver, verb, text, drafts + side, article)
        return found or self._according_to(sentence, resolver, verb, text, drafts, article)

    def _according_to(self, sentence, resolver, verb, text, drafts, article) -> list[_Draft]:
        """"Emissions cuts alone will not be enough, according to Hansen and his collaborators":
        no event of its own, but a named speaker's statement (not a paper's report)."""
        according = next((t for t in verb.children if t.lower_ == "according" and t.dep_ == "prep"),
                         None)
        to = next((c for c in according.children if c.lower_ == "to"), None) \
            if according is not None else None
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None or names_a_medium(source):
            return []
        actors = [r for r in self._resolved_at(sentence, resolver, [source, *source.conjuncts])
                  if r.kind in {"person", "organization"}]
        if not actors:
            return []
        when, time_span, _ = self._when(sentence, according, False, drafts, article)
        said = clause_core(verb) or ""
        first = verb.sent[0]
        if said.split(" ", 1)[0] == first.text and first.pos_ != "PROPN" and first.text != "I":
            said = said[0].lower() + said[1:]  # ("Hansen said emissions cuts will not be enough")
        title = f"{' and '.join(short(a) for a in actors[:3])} said {said}"
        return [self._draft(according, title.strip(), "statement", when, actors, [], text, sentence,
                            "happened", time_span, [a for a in actors if a.kind == "person"])]

    def _coordinated_events(self, sentence, resolver, trigger, text, drafts, article) -> list[_Draft]:
        """"Kopp vanished after the shooting, and the car was found at the Newark airport in
        December": a second clause with its own subject is an event of its own."""
        out = []
        told = [c for a in trigger.children if a.dep_ == "attr" for c in a.children if _rumoured(c)]
        for conj in [*trigger.children, *told]:
            rumoured = _rumoured(conj)
            if conj.lemma_.lower() in STATIVE_VERBS or declined_to_speak(conj) \
                    or (self._so_now(conj, sentence) and self._planned_event(conj) is None) or not (
                    rumoured or own_clause(conj) or self._dated_conjunct(conj, sentence)
                    or self._named_at_the_time(conj, sentence)):
                continue  # (nor "..., and a company official declined further comment")
            planned = None if rumoured else self._planned_event(conj)  # "... and hopes to win
            # seats this September" (but a plan rumoured is the rumour's news)
            actors, persons = self._actors(sentence, resolver, conj, drafts)
            conj = planned if planned is not None else conj
            if any(d.trigger.i == conj.i and d.trigger.doc is conj.doc for d in drafts[-6:]):
                continue  # already a dated side event
            locations = self._locations(sentence, resolver, conj)
            when, time_span, future = self._when(sentence, conj, False, drafts, article)
            if time_span is None and self._named_at_the_time(conj, sentence):
                # "took a more personal turn Thursday when Saddam called Bush a liar": Thursday
                main = self._when(sentence, trigger, False, drafts, article)
                if main[1] is not None:
                    when, time_span, future = main
            if time_span is None and rumoured:  # "There were rumors last year that Disney
                # was planning ...", "reports on Monday that": when the rumours went round
                when, time_span, future = self._when(sentence, trigger, False, drafts, article)
                if time_span is None:
                    rumour = next(c for c in trigger.children if c.dep_ == "attr")
                    when, time_span, future = self._when(sentence, rumour, True, drafts, article)
            if time_span is None and conj.dep_ == "conj" and conj.head.i == trigger.i and not denied(conj):
                main = self._when(sentence, trigger, False, drafts, article)
                if self._fronted(main[1], sentence, trigger):
                    when, time_span, future = main  # "But in June last year, the remaining
                    # leadership had a falling out, and Pol Pot was arrested": both in June
            future = future or planned is not None
            if not locations and not long_before(when, article.published):
                locations = self._inherited_locations(
                    sentence, persons, drafts,
                    statement=self._type(conj) == "statement" or self._acts_at_home(actors),
                    actors=actors)
            if time_span is None and (_supposed(conj) or _possible(conj)):
                continue  # "..., but we can't give anyone else the knowledge"
            if not actors and not locations and when.anchor == "published-date" \
                    and not self._crowd_acts(conj, self._type(conj)) and not a_stock_trades(conj) \
                    and not a_figure_moves(conj, self._type(conj)):
                continue  # (but "No one was hurt, but firefighters ordered the evacuation", "...,
                # Hanson skidded 9.5 to 200.5, and British Telecom fell 10 to 250")
            status = "expected" if future or self._is_future(conj) else "happened"
            title = self._title(conj, resolver, drafts, sentence, locations=locations,
                                persons=persons, actors=actors)
            out.append(self._draft(conj, title, self._type(conj), when, actors, locations, text,
                                   sentence, status, time_span, persons))
        return out

    @staticmethod
    def _fronted(time_span, sentence: _Sentence, trigger) -> bool:
        """Whether the time a clause took opens the sentence, before its subject, so that it
        covers the clauses coordinated with it."""
        if time_span is None:
            return False
        expr = next((t for t in sentence.times if (t.start, t.end) == tuple(time_span)), None)
        span = sentence.span_of(expr) if expr is not None else None
        subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return span is not None and subject is not None and span.end <= subject.left_edge.i \
            and all(t.pos_ in {"CCONJ", "ADP", "PUNCT", "ADV", "DET"} or t.ent_type_ in {"DATE", "TIME"}
                    for t in sentence.span[:span.start - sentence.span.start])

    @staticmethod
    def _market_town(trigger, sentence: _Sentence, resolver: EntityResolver) -> list[Resolved]:
        """"London share prices closed sharply lower", "Frankfurt prices closed lower again": the
        city that names the market that moved is where it moved."""
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return []
        return [r for m in sentence.mentions
                if m.root.dep_ in {"compound", "nmod", "amod"} and m.root.head.i in {subject.i, *(
                    t.i for t in subject.children if t.dep_ in {"compound", "nmod"})}
                and (r := resolver.resolve(m)) is not None and r.kind == "city"][:1]

    @staticmethod
    def _markets_are_places(actors, locations, sentence: _Sentence, resolver: EntityResolver):
        """A country that only qualifies what rose or fell ("the Indonesian currency has lost 26
        percent") is where it happened, not an actor."""
        described = {id(r) for m in sentence.mentions
                     if m.root.dep_ in {"amod", "compound", "poss", "nmod"}
                     and (r := resolver.resolve(m)) is not None and r.kind == "country"}
        moved = [a for a in actors if id(a) in described]
        return ([a for a in actors if id(a) not in described],
                locations + [m for m in moved if all(m.name != p.name for p in locations)])

    @staticmethod
    def _named_at_the_time(clause, sentence: _Sentence) -> bool:
        """"He was thrust into the saga when Elian's father, Juan Miguel, sent a letter": a
        clause saying when, whose own subject is named, is an event of its own."""
        if not (simultaneous(clause) or contrasting(clause)) or clause.pos_ != "VERB":
            return False
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        named = {m.root.i for m in sentence.mentions if m.label_ in {"PERSON", "ORG", "GPE", "NORP"}}
        return subject is not None and (subject.i in named or any(
            c.dep_ == "appos" and c.i in named for c in subject.children))

    @staticmethod
    def _crowd_acts(trigger, kind: str, sentence=None, drafts=()) -> bool:
        """"Police arrested six Protestants", "Riot police fired plastic bullets": what police,
        troops or crowds did is news though nobody is named ("riot police had to use tear gas"),
        and so is what "they" did next ("Police found explosives Sunday in a shed in Dundalk.
        They arrested two men") and what authorities, courts or relatives did ("A district court
        judge upheld the federal agency")."""
        subject = subject_of(trigger)
        if kind == "statement" or trigger.pos_ != "VERB" or subject is None or subject.dep_ != "nsubj" \
                or any(c.dep_ == "neg" for c in trigger.children):
            return False
        if subject.lower_ == "they":
            if sentence is None or not drafts:
                return False
            before = drafts[-1]
            group = subject_of(before.trigger)
            return group is not None and group.lemma_.lower() in ACTING_GROUPS and not before.event.actors \
                and _just_before(before, sentence)
        return subject.lemma_.lower() in ACTING_GROUPS or (
            subject.lemma_.lower() in ACTING_BODIES and trigger.tag_ in {"VBD", "VBN"})

    @staticmethod
    def _deaths(trigger, kind: str) -> bool:
        """"His mother and 10 others died at sea", "Ten of those on board died": deaths are news
        even when nobody is named, no place given and no day told."""
        return kind in {"attack", "disaster"} and trigger.pos_ == "VERB" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and (c.pos_ in {"NUM", "NOUN"} or c.like_num)
            for c in trigger.children) and not any(c.dep_ == "neg" for c in trigger.children)

    def _conjunct_verbs(self, trigger, sentence: _Sentence) -> list:
        """The coordinated verbs that make events of their own."""
        if trigger is None:
            return []
        return [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and (own_clause(c) or self._dated_conjunct(c, sentence))]

    def _conjunct_events(self, trigger, sentence: _Sentence) -> set[int]:
        """The words of the coordinated verbs that make events of their own."""
        return {t.i for c in self._conjunct_verbs(trigger, sentence) for t in c.subtree}

    def _dated_conjunct(self, conj, sentence: _Sentence) -> bool:
        """"fled to Florida in June 1998 and returned to Cuba later that year": a coordinated verb
        with a time of its own is an event of its own, by the same subject."""
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or misread_participle(conj):
            return False
        own = {t.i for t in conj.subtree}
        return any(expr.type in {"DATE", "TIME"} and (span := sentence.span_of(expr)) is not None
                   and span.root.i in own for expr in sentence.times)

    def _planned_event(self, trigger):
        """The verb of "expected / scheduled / due / set to meet", "were to wrap up": what is planned."""
        if (to_be_done := planned_by_be_to(trigger)) is not None:
            return to_be_done
        if not _a_planning_word(trigger):
            return None
        if any(c.dep_ == "dobj" and (c.lemma_.lower() in EVENT_NOUNS or c.lower_ in EVENT_NOUNS)
               for c in trigger.children):
            return None  # "scheduled a news conference Thursday to announce ...": the conference
        for child in trigger.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB":
                return child
        return None

    def _dated_side_events(self, sentence, resolver, trigger, text, drafts, article,
                           main_span) -> list[_Draft]:
        """A calendar date that dates a subordinate clause or an event noun rather than the
        main verb ("copies have been built since it entered production in February 1947", "a
        ceremony on March 12") makes an event of its own."""
        out = []
        conjuncts = self._conjunct_verbs(trigger, sentence)
        for expr in sentence.times:
            told = self._told_at(expr, sentence, article.text)
            if told is not None and told.i != trigger.i and re.match(r"\d{4}", expr.value):
                out.extend(self._side_event(sentence, resolver, told, expr, text, drafts, article, False))
                continue  # "down 6.8% from Oct. 13, when Wall Street's plunge helped spark the
                # weakness": what happened then, though the date only measures a change
            if expr.type not in {"DATE", "TIME"} \
                    or (expr.anchor == "relative-to-event"  # (but "at 6 a.m. ten days before
                        and not (CLOCK_ONLY.fullmatch(expr.text)  # the shooting")
                                 and days_from_an_event(text, drafts))) \
                    or not re.match(r"\d{4}", expr.value) \
                    or (main_span and expr.start == main_span[0]) \
                    or _inside(sentence.quotes, expr.start, expr.end) \
                    or record_date(article.text[max(0, expr.start - 20):expr.start]) \
                    or period_end_date(expr, article.text) \
                    or compared_figure(expr, article.text[sentence.start:expr.start]):
                continue  # (not "its fourth quarter ended Sept. 30" as an event, nor "rising to
                # a high in June from $29.75 in March")
            span = sentence.span_of(expr)
            if span is None:
                continue
            if self._governs(span.root, trigger):
                target = next((c for c in trigger.children if c.dep_ == "dobj" and (
                    c.lemma_.lower() in EVENT_NOUNS or c.lower_ in EVENT_NOUNS)), None)
                if main_span is None or target is None:
                    continue
                # "condemned Saturday the bomb attacks in Kenya ... Friday": the attacks' day
                out.extend(self._side_event(sentence, resolver, target, expr, text, drafts,
                                            article, True))
                continue
            if (span.root.dep_ in {"amod", "compound", "nmod", "poss"}
                    and span.root.head.lemma_.lower() in PERIOD_FIGURES | _BOOKED | {"deadline"}) \
                    or (span.root.dep_ == "pobj" and span.root.head.lower_ == "for"
                        and (span.root.head.head.lemma_.lower() in PERIOD_FIGURES | ESTIMATE_NOUNS
                             or any(c.dep_ == "dobj" and c.lemma_.lower() in ESTIMATE_NOUNS
                                    for c in span.root.head.head.children))):
                continue  # "cut the dividend due to its third-quarter loss", "resulting in a net
                # loss for the third quarter": the loss's quarter; "past the Nov. 1 deadline";
                # "is cutting his earnings estimate for next year": the estimate's year
            head = span.root.head
            while head.head.i != head.i and (
                    head.dep_ == "prep" or head.pos_ in {"ADP", "ADV"}
                    or (head.dep_ == "pobj" and head.pos_ == "NOUN"
                        and head.lemma_.lower() not in EVENT_NOUNS
                        and head.lower_ not in EVENT_NOUNS)
                    or (head.dep_ == "pobj" and head.pos_ == "PROPN" and head.ent_type_ == "EVENT")):
                head = head.head  # "in the early hours of Thursday morning": the arrest; "won gold
                # at the 2000 Olympics": the win
            bounds = interval(expr.value, article.published)
            if put_off_until(head, expr, article.text):  # "extended to Nov. 20 its offer": the
                for draft in self._side_event(sentence, resolver, head, expr, text, drafts, article,
                                              False):  # new deadline, not the day of the extension
                    draft.event.when = unknown_before(article.published)
                    draft.event.status, draft.event.time_span = "happened", None
                    out.append(draft)
                continue
            if head.dep_ == "xcomp" and bounds is not None and bounds[1][:10] < article.published \
                    and head.head.dep_ in {"advcl", "relcl", "acl", "pcomp"}:
                head = head.head  # "who were invited to join NATO in July 1997": the invitation
            if head.dep_ == "acl" and head.head.dep_ == "dobj" and self._dates_past_complement(
                    span.root, head.head.head, expr, article.published):
                continue  # "signed a contract to build the plant in 1995": the signing's year
            if _plan_since_changed(head) or from_a_level(span.root, head) or _unnamed_forecast(head) \
                    or _hypothetical(head) or _denied_above(head):
                continue  # "It had been due to expire Friday evening": no event of Friday
            is_clause = head.pos_ == "VERB" and (
                head.dep_ in {"advcl", "pcomp", "relcl", "acl", "xcomp", "ccomp"}
                or (head.tag_ == "VBD" and head.dep_ in {"oprd", "dobj", "attr"}))  # ("co-founded")
            is_noun = head.pos_ == "NOUN" and head.lemma_.lower() in EVENT_NOUNS
            told = told_results(trigger)
            if told is not None and told.i == head.i and bounds is not None \
                    and bounds[2] not in {"day", "hour", "minute"}:
                continue  # the statement of the results takes their period (above)
            if not (is_clause or is_noun) or head.i == trigger.i or bounds is None \
                    or any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in {"if", "unless"})
                           for c in head.children) \
                    or any(self._governs(span.root, c) for c in conjuncts) \
                    or (simultaneous(head) and head.head.i == trigger.i):
                continue  # (the time of a coordinated event of its own, or of the main one)
            out.extend(self._side_event(sentence, resolver, head, expr, text, drafts, article,
                                        is_noun))
        return out

    @staticmethod
    def _told_at(expr: TimeExpression, sentence: _Sentence, text: str):
        """The verb of a "when" clause that follows a date ("from Oct. 13, when Wall Street's
        plunge helped spark the weakness"): what happened at that date."""
        match = re.match(r",\s+when\b", text[expr.end:expr.end + 12])
        if match is None:
            return None
        at = expr.end + match.end() - 4 - sentence.start + sentence.span.start_char
        word = next((t for t in sentence.span if t.idx == at and t.lower_ == "when"), None)
        verb = word.head if word is not None and word.dep_ == "advmod" else None
        return verb if verb is not None and verb.pos_ == "VERB" else None

    def _side_event(self, sentence, resolver, head, expr: TimeExpression, text, drafts, article,
                    is_noun: bool) -> list[_Draft]:
        """The event a clause or event noun of the sentence makes, dated by `expr`."""
        if not is_noun:
            head = done_through(head) or head  # "before having to flee the capital after a coup
            # last year": the flight
        bounds = interval(expr.value, article.published)
        if bounds is None:
            return []
        when = through(When(*bounds, text=expr.text, anchor=expr.anchor), sentence.range_ends.get(expr.start),
                       article.published)
        perfect = not is_noun and head.dep_ != "relcl" \
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)  # (not "the first
        # time that Ritter had been allowed to carry out an inspection since Jan. 13")
        when = self._accounting_period(expr, sentence, article) or (
            bounded_by_its_preposition(when, expr, article.text, article.published) if perfect  # ("has
            # improved its practices since 2012", but not "the first since the January 1998 bombing")
            else before_then(when, article.text[max(0, expr.start - 24):expr.start], article.published))
        if CLOCK_ONLY.fullmatch(expr.text):  # "spotted the car at 6 a.m. ten days before"
            when = days_from_an_event(text, drafts) or when
        actors, persons = self._actors(sentence, resolver, head, drafts)
        if (not actors and the_narrator(head)) or declined_to_speak(head):
            return []  # (nor "weren't available to comment late yesterday")
        locations = self._locations(sentence, resolver, head)
        if not locations and is_noun and head.dep_ == "nsubj":
            # "where the Aug. 7 blasts killed 257 people in Nairobi and Dar es Salaam"
            locations = self._locations(sentence, resolver, head.head)
        title = self._title(head, resolver, drafts, sentence, locations=locations,
                            noun_trigger=is_noun, persons=persons, actors=actors,
                            obj=None if is_noun else self._gapped_object(head, expr, sentence))
        coming = self._is_future(head) or any(c.lower_ == "would" for c in head.children)
        status = "expected" if when.start > article.published or (
            coming and when.end[:10] >= article.published) else "happened"
        return [self._draft(head, title, self._type(head), when, actors, locations, text,
                            sentence, status, (expr.start, expr.end), persons)]

    @staticmethod
    def _gapped_object(verb, expr: TimeExpression, sentence: _Sentence):
        """The object a date goes with when one verb takes several, each with its own date
        ("adding Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982": West Germany
        in 1955), or None for the verb's first object."""
        span = sentence.span_of(expr)
        prep = span.root.head if span is not None and span.root.dep_ == "pobj" else None
        if prep is None or prep.head.i != verb.i:
            return None
        objects = [c for c in verb.children if c.dep_ in {"dobj", "conj"} and c.pos_ in {"NOUN", "PROPN"}
                   and c.text[:1].isalpha()
                   and c.i < prep.i]
        return max(objects, key=lambda c: c.i) if len(objects) > 1 else None

    def _draft(self, trigger, title, kind, when, actors, locations, text, sentence, status,
               time_span, persons) -> _Draft:
        stripped = text.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        event = Event(
            title=title, type=kind, when=when, actors=[a.ref() for a in actors],
            locations=[loc.ref() for loc in locations], sentence=stripped.strip(),
            span=(sentence.start + lead, sentence.start + len(stripped)), status=status,
            time_span=time_span,
        )
        named = [r for m in sentence.mentions if not _inside(sentence.quotes, m.start_char, m.end_char)
                 and m.root.dep_ != "amod" and not is_title_modifier(m.root)  # not "German"
                 and (r := self._resolver.resolve(m)) is not None]
        return _Draft(trigger=trigger, event=event, persons=persons, paragraph=sentence.paragraph,
                      named=list({id(r): r for r in named}.values()))

    def _trigger(self, sent, root):
        """The word that names the event, and whether it is a noun."""
        done = done_through(root)  # "Saddam appeared to accept a treaty", "riot police had to use"
        if done is not None:
            return done, False
        if planned_by_be_to(root) is not None:
            return root, False  # "were to wrap up their exercise": planned (below)
        particles = ACTS_WITH_PARTICLE.get(root.lemma_.lower(), set())
        stative = (root.lemma_.lower() in STATIVE_VERBS
                   and not any(c.dep_ == "prt" and c.lower_ in particles for c in root.children)) \
            or self._present_state(root)
        if stative:
            for child in root.children:  # "The only thing on television is his story, she said"
                if child.dep_ in {"parataxis", "ccomp", "conj"} \
                        and (child.i > root.i or (child.dep_ == "parataxis" and any(
                            c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in {"he", "she"})
                            for c in child.children))) \
                        and child.lemma_.lower() in REPORTING_VERBS \
                        and (child.dep_ == "conj" or any(c.dep_ == "nsubj" for c in child.children)):
                    return child, False  # ("Pichardo is from Nicaragua, and said ...", "That, he
                    # said, is why Unisys is overhauling its whole business")
            act = next((c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"
                        and c.lemma_.lower() not in STATIVE_VERBS and not own_clause(c)), None)
            if act is not None and root.pos_ == "VERB":
                return act, False  # "Albright watched the ministers sign, signed them herself"
        if root.lemma_.lower() == "have" and root.tag_ == "VBD" and results_told(root):
            return root, False  # "For the year ended July 2, Rally had net income of $2.4 million"
        if root.pos_ in {"VERB", "AUX"} and not stative:
            if root.lemma_.lower() in RELATIONAL_VERBS:
                for child in root.children:
                    if child.dep_ in {"dobj", "attr"} and (
                            child.lemma_.lower() in EVENT_NOUNS | STATEMENT_NOUNS or any(
                                c.dep_ == "poss" and c.ent_type_ in {"DATE", "PERSON", "ORG", "GPE", "NORP"}
                                for c in child.children)):
                        return child, True  # "The strike followed talks", "came after Putin's
                        # commitment" (not "followed him", "followed a normal progression")
            return root, False
        for token in sent:
            if token.pos_ == "NOUN" and token.lemma_.lower() in EVENT_NOUNS:
                modifiers = {c.lower_ for c in token.children}
                if modifiers & RECENCY_WORDS:
                    return token, True
        if root.pos_ == "NOUN" and (root.lemma_.lower() in EVENT_NOUNS | FRAGMENT_NOUNS) \
                and not any(t.pos_ in {"VERB", "AUX"} for t in sent) \
                and any(c.dep_ == "prep" and c.lower_ in {"in", "at", "on"} for c in root.children):
            return root, True  # a broadcast's headline: "More heavy gunfire in Kosovo."
        return None, False

    @staticmethod
    def _present_state(verb) -> bool:
        """"Weisfield's currently operates 87 stores", "currently it controls about 2%": what
        is so now, told in the simple present, is a state, not an event (but not what someone
        says now)."""
        if verb.tag_ == "VBN" and verb.lemma_.lower() in {"control", "own", "hold"} \
                and any(c.dep_ == "auxpass" and c.lower_ in {"is", "are"} for c in verb.children):
            return True  # "Merieux is controlled 50.1% by Rhone Poulenc": who owns it now
        return verb.tag_ in {"VBZ", "VBP"} and event_type(verb.lemma_) != "statement" \
            and any(c.dep_ == "advmod" and c.lower_ in {"currently", "now"} for c in verb.children) \
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)

    def _dated_state(self, root, sentence: _Sentence) -> bool:
        """Whether a copula with a named subject is dated by a calendar date ("was part of the
        crew in October 1984"), which makes the state an event of its time."""
        if root.lemma_ != "be":
            return False
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or not any(m.root.i == subject.i for m in sentence.mentions):
            return False
        return any(re.match(r"\d{4}", t.value) and t.type == "DATE"
                   and t.text.lower() not in {"now", "currently", "today"}  # ("Now, ... Control
                   and (span := sentence.span_of(t)) is not None  # Data is flush with cash")
                   and self._governs(span.root, root) for t in sentence.times)

    def _dated_event_described(self, root, sentence: _Sentence):
        """The subject of a copula that names an event of someone's and carries its own calendar
        date ("Pompeo's first speech, hosted ... on April 13, 2017, was ..."), else None."""
        if root.lemma_ != "be":
            return None
        subject = next((t for t in root.sent if t.i < root.i and t.pos_ == "NOUN"
                        and t.lemma_.lower() in EVENT_NOUNS | STATEMENT_NOUNS), None)
        if subject is None or not any(c.dep_ == "poss" and c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
                                      for c in subject.children):
            return None  # (the subject as it stands before the verb: the parser may misread the
            # phrase after it, "the think tank on April 13" as "think")
        dated = any(re.match(r"\d{4}-\d{2}", t.value) and t.type in {"DATE", "TIME"}
                    and (span := sentence.span_of(t)) is not None and subject.i < span.root.i < root.i
                    for t in sentence.times)
        return subject if dated else None

    def _so_now(self, verb, sentence: _Sentence) -> bool:
        """Whether a clause tells, undated, what is so now ("Courtaulds is giving shareholders
        choice", "the company's shares are wallowing far below their high"): a state or a
        view, not an event (but a trip to come, "is leaving for the United States", is one, and
        what someone says is a statement)."""
        present = verb.tag_ in {"VBZ", "VBP"} or (verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "'re"} for c in verb.children))
        return present and not self._dated(verb, sentence) \
            and event_type(verb.lemma_) not in {"movement", "statement"} \
            and verb.lemma_.lower() not in _CHANGE_VERBS

    @staticmethod
    def _spokesmans_company(subject, trigger, sentence: _Sentence, resolver) -> Resolved | None:
        """The company an unnamed spokesman speaks for: the one his words are about ("Lawrence
        Insurance underwrites mostly primary insurance, a company spokesman said"), else the one
        the story is about."""
        told = next((c for c in trigger.children if c.dep_ == "ccomp" and c.i < trigger.i), None)
        about = next((c for c in told.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if told else None
        named = next((r for m in sentence.mentions if about is not None and m.root.i == about.i
                      and (r := resolver.resolve(m)) is not None and r.kind == "organization"), None)
        return named or resolver.last_organization(sentence.start + subject.idx - sentence.span.start_char)

    def _dated_figure(self, verb, sentence: _Sentence) -> bool:
        """Whether a period dates a figure told with the copula, on the verb or on the figure
        ("A year earlier, net income was", "Net for the nine months was")."""
        figure = next(c for c in verb.children if c.dep_ == "nsubj")
        for expr in sentence.times:
            span = sentence.span_of(expr)
            before = sentence.span.text[:expr.start - sentence.start]
            if span is not None and (self._governs(span.root, verb) or span.root.head.head.i == figure.i) \
                    and (expr.type == "DATE" or _MONTHS_NAMED.match(expr.text)) \
                    and not compared_figure(expr, before):
                return True  # (not "up from $252 million in 1988")
        return False

    def _dated(self, token, sentence: _Sentence, definite: bool = False) -> bool:
        """Whether a time expression of the sentence dates this word (`definite`: one that names a
        time, not "in the past")."""
        for expr in sentence.times:
            span = sentence.span_of(expr)
            if definite and expr.value.endswith("_REF"):
                continue
            if span is not None and (expr.type in {"DATE", "TIME"} or recent_stretch(expr, self._published)) \
                    and self._governs(span.root, token):
                return True  # (also "in the past two months")
        return False

    @staticmethod
    def _resolved_at(sentence: _Sentence, resolver: EntityResolver, tokens) -> list[Resolved]:
        """The entities the sentence's mentions headed by these words resolve to, in order."""
        heads = {t.i for t in tokens}
        return [r for m in sentence.mentions if m.root.i in heads and (r := resolver.resolve(m)) is not None]

    def _reported_event(self, trigger, sentence: _Sentence):
        """The event of a sentence-final attribution ("Drones struck the port, the air force
        said"): the reported clause, when it comes before the reporting verb."""
        if trigger.lemma_.lower() not in REPORTING_VERBS:
            return None
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        anonymous = subject is not None and not subject.ent_type_ and subject.pos_ == "NOUN" \
            and subject.lemma_.lower() in {"report", "official", "source", "witness", "resident",
                                           "police", "medium"}
        for child in trigger.children:
            if child.dep_ != "ccomp" or child.pos_ not in {"VERB", "AUX"}:
                continue
            if child.i > trigger.i and not (anonymous and event_type(child.lemma_) not in
                                            {"event", "statement"}):
                continue  # (content after the verb: the news only when nobody is named)
            relayed = child.lemma_.lower() in REPORTING_VERBS and subject is not None \
                and subject.ent_type_ == "PERSON"  # "Gonzalez said he would come alone, Castro
            # said Sunday": Castro's announcement (but "Mohammadi said ..., IRNA reported": his)
            if child.lemma_.lower() in STATIVE_VERBS or child.lemma_.lower() == "aim" or relayed:
                return None
            at = sentence.start + child.idx - sentence.span.start_char
            if _inside(sentence.quotes, at, at + len(child.text)):
                return None  # a direct quotation: its words are the speaker's, the saying is the news
            subject = subject_of(child)
            named = subject is not None and (subject.ent_type_ or subject.pos_ == "PROPN" or (
                subject.lower_ in FORCES_NOUNS and any(  # ("Iraqi military authorities ordered")
                    c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE", "ORG"}
                    for c in subject.children)))
            if event_type(child.lemma_) == "event" and not named \
                    and not self._dated(child, sentence) \
                    and not any(self._dated_conjunct(c, sentence) for c in child.conjuncts):
                return None  # "Hungary's accession has brought new changes, Orban said": a view
            # "... may have prevented ..., an official said", "He did not write it," she said: a
            # view or a denial, so the saying is the event.
            if any((c.dep_ == "aux" and c.lower_ in MODALS | {"must"}) or c.dep_ == "neg"
                   for c in child.children):
                return None
            if self._so_now(child, sentence):
                return None  # "Courtaulds is giving shareholders choice and value, said Julia
                # Blake, an analyst": what is so now, in her view; her saying is the news (but "is
                # leaving for the United States, he said" is a trip to come)
            return child
        return None

    def _is_generic(self, sentence: _Sentence, trigger, noun_trigger: bool) -> bool:
        """A habit or a standing fact ("The agency sends teams every year"), not an event."""
        if noun_trigger or trigger.lemma_.lower() in RELATIONAL_VERBS | REPORTING_VERBS \
                or tells_a_clause(trigger):
            return False
        if any(t.type == "SET" and self._governs_at(t, trigger, sentence) for t in sentence.times) \
                and not self._dated(trigger, sentence):
            return True  # (but "joined Castro on Thursday in what has become a daily rally", and
            # "criticized Dow Jones for not disclosing that revenue will grow 20% annually")
        emphatic = trigger.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in {"do", "does"}
                                                for c in trigger.children)  # "They do trade OTC stocks"
        finite = trigger.tag_ in {"VBZ", "VBP"} or (trigger.tag_ == "VB" and trigger.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" for c in trigger.children))  # (a root in the base form is a present)
        simple_present = (emphatic or (finite and not any(
            c.dep_ in {"aux", "auxpass"} for c in trigger.children))) \
            and trigger.lemma_.lower() not in _CHANGE_VERBS  # ("Peter Holland becomes director")
        dated = any(t.type in {"DATE", "TIME"} for t in sentence.times)
        habitual = any(c.dep_ == "advmod" and c.lower_ in _FREQUENCY_ADVERBS for c in trigger.children)
        return simple_present and (habitual or not dated)  # ("Musicians often show off lots of
        # ring bling --but rarely have rings been thought of ... until now")

    def _governs_at(self, expr: TimeExpression, trigger, sentence: _Sentence) -> bool:
        """Whether a time expression hangs from the trigger (not from a clause below it)."""
        span = sentence.span_of(expr)
        return span is None or self._governs(span.root, trigger)

    def _continues(self, trigger, root, previous: _Draft) -> bool:
        """"This meeting featured ...", "The attack struck ...": more about the previous event."""
        for child in root.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ == "NOUN":
                dets = {c.lower_ for c in child.children if c.dep_ == "det"}
                same_noun = child.lemma_.lower() == previous.trigger.lemma_.lower()
                if child.lemma_.lower() in EVENT_NOUNS and (dets & {"this", "these"}
                                                              or (same_noun and "the" in dets)):
                    return True
        return False

    def _add_participants(self, draft: _Draft, sentence: _Sentence, resolver, root) -> None:
        actors, persons = self._actors(sentence, resolver, root, [])
        known = {a.name for a in draft.event.actors}
        for actor in actors:
            if actor.name not in known and not actor.is_place:
                draft.event.actors.append(actor.ref())
                known.add(actor.name)
        draft.persons.extend(persons)

    def _actors(self, sentence: _Sentence, resolver: EntityResolver, trigger, drafts):
        """People, organisations and countries taking part, in order of mention."""
        actors: list[Resolved] = []
        persons: list[Resolved] = []
        subject = self._subject_of(trigger, sentence)
        # "X expects to report": X, the subject of the verb the trigger complements, takes part.
        lent = {t.i for t in subject.subtree} - {t.i for t in trigger.subtree} \
            if subject is not None and subject.head.i != trigger.i else set()
        person_roots = {m.root.i for m in sentence.mentions if m.label_ == "PERSON"}
        # "the sister of the Cuban dictator walked": neither Cuba nor the dictator walked, and
        # (below) the sister is, like "she", the person the narrative is about
        kin = subject is not None and subject.lemma_.lower() in KIN_NOUNS \
            and any(c.lower_ == "the" for c in subject.children)
        kin_words = {t.i for t in subject.subtree} if kin else set()
        buyers: list[Resolved] = []
        for mention in sentence.mentions:
            if _inside(sentence.quotes, mention.start_char, mention.end_char) \
                    or (mention.root.i in kin_words and mention.root.i != subject.i):
                continue
            token = mention.root
            resolved = resolver.resolve(mention)
            if resolved is None:
                continue
            if not resolved.is_place and buyer_in_an_agreed_sale(path_to_root(token, trigger), trigger):
                buyers.append(resolved)  # "agreed to sell its candy businesses to Nestle": a
                continue  # party to the agreement (added once the subject is known)
            if (in_background(token, trigger) and token.i not in lent
                and not agent_of_the_means(token, trigger)) \
                    or is_title_modifier(token) or describes_person(token, trigger, person_roots) \
                    or self._describes_named_subject(token, trigger, resolver) \
                    or any(measured_from(step) for step in path_to_root(token, trigger)):
                continue  # (nor "miles away from Square's headquarters, McKelvey is standing")
            if not resolved.is_place and (not self._takes_part(token, trigger, mention) or (
                    token.i in lent and _owns_a_relative(path_to_root(token, subject.head)))):
                continue  # (in a lent subject too: "Elian's father asked them to end ...")
            if resolved.kind == "person" and token.dep_ == "compound" \
                    and token.head.lemma_.lower() == "administration":
                # "the Bush administration", "Bush administration officials": the US executive
                resolved = resolver.place_entity(self.gaz.country("United States"), "administration")
            if resolved.is_place and resolved.kind != "country" and token.dep_ == "compound" \
                    and token.head.lemma_.lower() in OFFICIAL_NOUNS \
                    and token.head.dep_ in {"nsubj", "nsubjpass"} and token.head.head.i == trigger.i:
                if resolved not in actors:  # "Loudon county officials say": the county's
                    actors.append(resolved)  # government, as a country's officials are the country
                continue
            if resolved.kind in {"city", "place"} and token.dep_ in {"nsubj", "nsubjpass"}:
                country = resolver.country_for_capital(mention)
                if country is None:
                    continue
                resolved = country
            elif resolved.is_place:
                if _people_of_a_country(token):
                    continue
                state_acts = self.gaz.us_state(resolved.name) is not None and token.dep_ == "nsubj" \
                    and token.head.i == trigger.i and trigger.pos_ == "VERB" \
                    and trigger.lemma_.lower() not in {"see", "get", "receive", "face", "suffer", "have"}
                # ("Illinois passed two laws": the state's government acts, as a country's; but
                # "Oklahoma saw ice" is where ice fell)
                if not state_acts and (resolved.kind != "country" or not (
                        self._country_acts(token, trigger) or token.i in lent)):
                    continue  # ("Poland ... are scheduled to become members": Poland acts)
                head = token
                while head.dep_ == "conj":
                    head = head.head
                if head.dep_ == "amod" and head.head.lemma_.lower() in PLACE_NOUNS:
                    continue  # "the Kenyan capital" is a place, not an actor
            if resolved not in actors:
                actors.append(resolved)
            if resolved.kind == "person":
                persons.append(resolved)
        if subject is None and not actors and trigger.pos_ == "VERB" and trigger.i > trigger.sent.start:
            named = next((m for m in sentence.mentions if m.label_ in {"PERSON", "ORG"}
                          and m.root.dep_ == "appos" and m.root.i < trigger.i
                          and all(t.is_punct or t.i in {d.i for d in m.root.subtree}
                                  for t in trigger.doc[m.root.i + 1:trigger.i])), None)
            resolved = resolver.resolve(named) if named is not None else None
            if resolved is not None and not resolved.is_place:  # "In its coverage of ... Adelson's
                actors.append(resolved)  # Sands, the New York Times claimed": the parser hung the
                # name on the phrase before it, though it stands right before the verb as its subject
                # (with its own apposition: "..., Binyah Kesselly, chairman of ..., told reporters")
        writers = resolver.writers_organization() if subject is not None and the_writers_side(subject) \
            and not _inside(sentence.quotes, *_offsets(sentence, subject)) else None
        if writers is not None and writers not in actors:  # "At Home Depot, we first realized
            actors.insert(0, writers)  # ... In 2008 we started on Twitter": Home Depot
        titled = self._titled_subject(subject, sentence, resolver) if subject is not None else None
        indefinite = subject is not None and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                 for c in subject.children)
        company = resolver.short_form_of(subject.text) if subject is not None and not actors \
            and subject.text[:1].isupper() and not subject.ent_type_ else None
        if company is not None:  # "Diversified, ..., said" (the model took it for a verb)
            actors.append(resolver.organization(company))
        body = speaker_of_clause(trigger, sentence, resolver, {"organization", "country"}) \
            if subject is not None and subject.lower_ == "it" and not actors else None
        if body is not None:  # "Acme Corp. said it earned $5 million": Acme
            actors.append(body)
        if subject is not None and subject.lower_ == "it" and not actors and drafts \
                and len(drafts[-1].event.actors) == 1 \
                and drafts[-1].event.actors[0].kind in {"country", "organization"} \
                and not resolver.text[drafts[-1].event.span[1]:sentence.start].strip():
            # "Iraq said it invaded Kuwait ... It accused Kuwait of slashing its revenues"
            actors.append(ref_to_resolved(drafts[-1].event.actors[0]))
        if indefinite and not actors and drafts and subject.lemma_.lower() in SPOKESPEOPLE \
                and not any(c.dep_ == "prep" for c in subject.children):
            # "The British Foreign Office said today ... said a spokesman, who by custom was not
            # identified": a spokesman of the body that just spoke, not one named before
            before = drafts[-1].event
            if before.type == "statement" and len(before.actors) == 1 \
                    and before.actors[0].kind in {"organization", "country"}:
                actors.append(ref_to_resolved(before.actors[0]))
            elif subject.lemma_.lower() != "official" and (company := self._spokesmans_company(
                    subject, trigger, sentence, resolver)) is not None:
                actors.append(company)  # "Crossland Savings Bank's stock plummeted ... A spokesman
                # said": the company the story is about
        if subject is not None and not subject.ent_type_ and (
                subject.pos_ == "NOUN" or (subject.pos_ == "PROPN" and subject.text.islower())) \
                and titled is None and not indefinite:
            # "the Ukrainian president said": the person the article names with that title
            person = resolver.person_by_title(
                subject.lemma_, [c.text for c in subject.children if c.dep_ in {"amod", "compound"}],
                at=sentence.start + subject.idx - sentence.span.start_char
                if subject.tag_ == "NN" else None, plural=subject.tag_ == "NNS")  # ("the ministers"
            # are both, below)
            if person is not None and person not in actors:
                describing = {id(resolver.resolve(m)) for m in sentence.mentions
                              if m.root.head.i == subject.i and m.root.dep_ in {"amod", "compound"}}
                actors = [a for a in actors if id(a) not in describing]  # "Ukrainian" is his title
                actors.insert(0, person)
                persons.insert(0, person)
        if subject is not None and not actors and subject.lemma_.lower() in SPOKESPEOPLE - {"official"} \
                and any(c.lower_ == "the" for c in subject.children) and not any(
                    c.dep_ == "prep" for c in subject.children) \
                and (company := self._spokesmans_company(subject, trigger, sentence, resolver)) is not None:
            actors.append(company)  # "The spokesman said", of no one named: the company's
        if titled is not None:
            # "The head of the FBI investigation in Dar es Salaam, Kenneth Piernick, said" (the
            # parser may hang the name on the last noun): he, not what his title names
            inside = {t.i for t in subject.subtree}
            described = {id(resolver.resolve(m)) for m in sentence.mentions
                         if m.root.i in inside} | {id(titled)}
            actors = [titled] + [a for a in actors if id(a) not in described]
            persons = [titled] + [p for p in persons if id(p) not in described]
        acts = subject is not None and (subject.dep_ == "nsubj" or subject.head.i != trigger.i)
        relative = self._relatives.get(subject.lemma_.lower()) if kin and not actors else None
        if relative is not None:  # "Elian's father asked ... The father and his son lived"
            actors.insert(0, relative)
            persons.insert(0, relative)
        pronoun = acts and (subject.lower_ in PRONOUNS or (kin and not actors) or any(
            c.lower_ in PRONOUNS for c in subject.conjuncts))
        speaker = (speaker_of_clause(trigger, sentence, resolver)
                   or person_of_main_clause(trigger, sentence, resolver)
                   or person_of_fronted_clause(trigger, subject, sentence, resolver)) if pronoun else None
        unnamed_before = self._unnamed_speaker_before(drafts, sentence) \
            if pronoun and subject.lower_ in {"he", "she"} and not actors else None
        if speaker is not None and speaker not in persons:
            actors.insert(0, speaker)  # "Morrison told reporters that he would travel"
            persons.insert(0, speaker)
        elif unnamed_before is not None:  # "A senior dealer with Warburg Securities noted that
            actors.append(unnamed_before)  # ... Mrs. Thatcher's cabinet shuffle. He attributed":
            # the dealer again, for his firm, not the person his words named
        elif pronoun and subject.lower_ in {"he", "she"} \
                and (main := self._subject_just_before(sentence, drafts)) is not None:
            actors.insert(0, main)  # "Alito ... once stood at the lectern that Prelogar commands
            persons.insert(0, main)  # today. After graduating ..., he joined": Alito, whom the
            # sentence before was about, not the person its relative clause named last
        elif pronoun and drafts and (newer := resolver.last_person(
                sentence.start, drafts[-1].event.span[0 if not drafts[-1].persons else 1])) is not None \
                and newer not in persons:
            # the narrative moved on to someone no event was made of, or whom an event nobody
            # named in did not make an actor ("The crowd listened to Emily Lyons. She spoke ...")
            actors.insert(0, newer)
            persons.insert(0, newer)
        elif pronoun:  # "He", "He and Arafat": the person the narrative is about
            for draft in reversed(drafts[-3:]):
                if draft.persons and draft.persons[0] not in persons:
                    actors.insert(0, draft.persons[0])
                    persons.insert(0, draft.persons[0])
                    break
        said = next((d for d in reversed(drafts[-3:]) if d.event.type == "statement" and d.event.actors),
                    None) \
            if pronoun and not actors and subject.lower_ in {"he", "she"} else None
        if said is not None:
            before = said.event
            if not said.persons and len(before.actors) == 1 \
                    and before.actors[0].kind in {"organization", "country"} \
                    and resolver.last_person(sentence.start, before.span[0]) is None:
                # "A spokeswoman for Crum & Forster said ... She said": the company's spokeswoman
                actors.append(ref_to_resolved(before.actors[0]))
        unnamed_subject = subject is None or not any(m.root.i == subject.i for m in sentence.mentions)
        if unnamed_subject and not actors:
            # "Scharping, ending a two-day visit, said ...", "Turkey, worried about ..., urged":
            # the parser lost the subject set off at the head of the sentence
            first = sentence.mentions[0] if sentence.mentions else None
            text = resolver.text
            opening = first is not None and first.root.i < trigger.i \
                and text[first.end_char:first.end_char + 3].lstrip().startswith(",") \
                and not text[sentence.start:first.start_char].strip()
            opener = resolver.resolve(first) if opening else None
            if opener is not None and (opener.kind in {"person", "organization", "country"}):
                actors.append(opener)
                if opener.kind == "person":
                    persons.append(opener)
        if subject is not None and not actors and subject.dep_ == "nsubj":
            named = self._counted_members(subject, sentence, resolver)
            if named:  # "Two top aides to Netanyahu, Uzi Arad and Danny Naveh, left"
                actors.extend(named)
                persons.extend(named)
        if subject is not None and not actors:
            actors.extend(leaders_of(subject, sentence, resolver))
            persons.extend(a for a in actors if a.kind == "person")
        if subject is not None and not actors:
            group = group_referred(subject, drafts, self.gaz)
            if group:  # "the ministers said", "The three are expected to join"
                actors.extend(group)
                persons.extend(a for a in group if a.kind == "person")
        if subject is not None and subject.lemma_.lower() in KIN_NOUNS \
                and not any(m.root.i in {t.i for t in subject.subtree} for m in sentence.mentions
                            if m.label_ == "PERSON" and resolver.resolve(m) in actors):
            relative = named_later(subject, sentence, resolver)
            if relative is not None and relative not in actors:
                # "Elian Gonzalez's father said ..." / "Juan Miguel Gonzalez"
                actors.insert(0, relative)
                persons.insert(0, relative)
                self._relatives[subject.lemma_.lower()] = relative
        if subject is not None and not actors and subject.lemma_.lower() in FORCES_NOUNS:
            for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}):
                where = next((m for m in sentence.mentions for c in prep.children
                              if c.dep_ == "pobj" and m.root.i == c.i), None)
                country = resolver.resolve(where) if where is not None else None
                if country is not None and country.kind == "country":
                    actors.append(country)  # "police in the Comoros raided two homes"
        owner = next((c for c in subject.children if c.dep_ == "poss"), None) \
            if subject is not None and subject.lemma_.lower() in GOVERNMENT_NOUNS else None
        ruler = next((r for m in sentence.mentions if owner is not None and m.root.i == owner.i
                      and (r := resolver.resolve(m)) is not None and r.kind == "person"), None)
        state = self._country_of_role(ruler, resolver) if ruler is not None else None
        if state is not None:  # "Castro's government expressed": Cuba, whose leader he is
            actors = [state if a is ruler else a for a in actors]
            persons = [p for p in persons if p is not ruler]
        if subject is not None and not actors and subject.lemma_.lower() in OFFICIAL_NOUNS \
                and any(c.dep_ == "compound" and c.lower_ == "government" for c in subject.children):
            named = [self.gaz.country(m.group(1)) for m in _A_GOVERNMENT.finditer(
                resolver.text[:sentence.start])]  # "government officials said", after "The
            named = [c for c in named if c is not None]  # Finnish government agreed": Finland's
            if named:
                actors.append(resolver.place_entity(named[-1], subject.text))
        if subject is not None and not actors and subject.lemma_.lower() in GOVERNMENT_NOUNS \
                and subject.tag_ == "NN" and any(c.lower_ == "the" for c in subject.children):
            # "The tourism industry in Kenya has been troubled ... The government has responded":
            # the country just named; else "HAVANA - The government exhorted citizens": the
            # government where it is filed
            text = resolver.text
            paragraph = _paragraph_start(text, sentence.start)
            if not text[paragraph:sentence.start].strip():  # (the paragraph before, then)
                paragraph = _paragraph_start(text, len(text[:paragraph].rstrip()))
            own = not any(c.dep_ in {"compound", "amod", "nmod"} for c in subject.children)
            scene = next((r for m in sentence.mentions if m.root.i < subject.i
                          and (r := resolver.resolve(m)) is not None and r.kind == "city"
                          and r.place is not None), None)
            # "In Havana, the government gave a guarded response": the city's country
            recent = (self.gaz.country_by_code(scene.place.country) if scene is not None else None)
            recent = resolver.place_entity(recent, subject.text) if recent is not None else None
            if recent is None and own:
                recent = resolver.first_named("country", paragraph, sentence.start)
            while recent is None and own and paragraph > 0 and sentence.start - paragraph < 600:
                # (over the short lines of a list: "The Greek cabinet agreed ... - Pensions will
                # be cut ... The government also promised")
                paragraph = _paragraph_start(text, len(text[:paragraph].rstrip()))
                recent = resolver.first_named("country", paragraph, sentence.start)
            place = self._filed_from[0].place if self._filed_from else None
            country = self.gaz.country_by_code(place.country if place else None)
            if recent is not None:
                actors.append(recent)
            elif country is not None:
                actors.append(resolver.place_entity(country, subject.text))
        modifiers = [c.lower_ for c in subject.children if c.dep_ in {"det", "compound", "amod", "poss"}] \
            if subject is not None else []
        if subject is not None and not actors and subject.lemma_.lower() == "administration" \
                and modifiers == ["the"]:
            by_surname = {p.name.split()[-1]: p for p in resolver.people.values() if p.kind == "person"}
            named = _AN_ADMINISTRATION.finditer(resolver.text[:sentence.start])
            heads = [by_surname[m.group(1)] for m in named if m.group(1) in by_surname]
            if heads:  # "The administration lost by a 6-3 vote", after "the Biden administration":
                # the country of his title ("Russian President Boris Yeltsin"), else the United States
                actors.append(self._country_of_role(heads[-1], resolver)
                              or resolver.place_entity(self.gaz.country("United States"), subject.text))
        named_by_noun = next((t for t in subject.subtree
                              if (t.lemma_.lower() in ORGANISATION_NOUNS
                                  or (t.lower_ in GOVERNING_BODIES and t.i == subject.i and t.pos_ == "NOUN"))
                              and not any(c.lower_ in {"other", "another", "new"} for c in t.children)
                              and t.ent_type_ not in {"GPE", "LOC", "FAC"}  # (not "the West Bank")
                              and not (t.lemma_.lower() == "group" and any(
                                  c.lower_ == "of" and any(p.tag_ == "NNS" for p in c.children)
                                  for c in t.children))  # ("the first group of evacuees")
                              and (any(c.lower_ in {"the", "its", "both"} for c in t.children)
                                   or a_company_ranked_in_its_country(t)
                                   or t.lower_ in GOVERNING_BODIES  # ("management said")
                                   or (t.dep_ == "appos" and t.head.i == subject.i
                                       and subject.left_edge.lower_ == "the"))),
                             None) if subject is not None else None
        # ("The giant foods, tobacco and brewing company said", parsed as foods that are a company)
        at = sentence.start + named_by_noun.idx - sentence.span.start_char if named_by_noun else 0
        if named_by_noun is not None and not actors and named_by_noun.tag_ == "NNS" \
                and named_by_noun.lemma_.lower() in BUSINESS_NOUNS:
            # "The companies said the accord was approved": the two businesses named last
            actors.extend(resolver.last_organizations(at))
        elif named_by_noun is not None and not actors:
            # "the company posted a loss", "the western military alliance invited", "an
            # official from the organization said": the organisation the text last named
            organisation = _company_told_of(named_by_noun, sentence, resolver) or (
                resolver.story_organization(at) if named_by_noun.lower_ in GOVERNING_BODIES
                else None) or resolver.last_organization(at, head=named_by_noun.lemma_.lower())
            if organisation is not None:
                actors.insert(0, organisation)
        medium = subject is not None \
            and subject.lemma_.lower() in {"newspaper", "daily", "agency", "broadcaster"}
        for country in (a for a in list(actors) if medium and a.kind == "country" and a.place is not None):
            named = resolver.state_medium_of(country.place)
            if named is not None:  # "North Korea's official newspaper blasted South Korea", in a
                actors = [named if a is country else a for a in actors]  # story that names the
                # Rodong Sinmun: the paper speaks, as a named agency does
        if subject is not None and not actors and subject.lemma_.lower() in {"paper", "newspaper"} \
                and modifiers == ["the"] and self._type(trigger) == "statement":
            # "The paper said", "The paper also blamed South Korea": the newspaper named last
            paper = resolver.last_newspaper(sentence.start + subject.idx - sentence.span.start_char)
            if paper is not None:
                actors.append(paper)
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == "its"), None) \
            if subject is not None and subject.lemma_.lower() in COMPANY_PARTS and not actors else None
        if owner is not None:  # "Its cereal division realized higher operating profit": the
            # company whose division it is
            company = resolver.last_organization(sentence.start + owner.idx - sentence.span.start_char)
            if company is not None:
                actors.append(company)
        if subject is not None and not actors and subject.lemma_.lower() in OFFICIAL_NOUNS:
            body = self._body_of_field(subject, resolver)
            if body is not None:  # "immigration authorities ruled": the Immigration and
                actors.append(body)  # Naturalization Service the article names
        if a_stock_trades(trigger) or a_figure_moves(trigger, self._type(trigger)) \
                or a_figure_stated(trigger):
            # "Philip Morris shares closed at $43.50", "Travelers Corp.'s net income rose 11%":
            # the market or the books move; the company (or the country of "U.K. sales") does not act
            actors = [a for a in actors if a.kind not in {"organization", "country"}]
        for buyer in buyers:
            if buyer not in actors:
                actors.append(buyer)
        again = self._described_again(subject, drafts) if subject is not None else None
        if again is not None:  # "The right-wing Republican even quoted ...", after Pompeo ranted:
            actors = [again, *(a for a in actors if a.kind not in {"group", "organization"}
                               and a is not again)]  # Pompeo, not the party
            persons = [again, *(p for p in persons if p is not again)]
        return actors, persons

    @staticmethod
    def _subject_of(trigger, sentence: _Sentence):
        """The subject of a verb (`subject_of`), but not the subject of a quotation the parser
        made the teller a verb of ('"He will be prosecuted" ..., Binyah Kesselly ..., told
        reporters': not the quotation's "he")."""
        subject = subject_of(trigger)
        if subject is None or trigger.dep_ != "conj" or subject.head.i != trigger.head.i:
            return subject
        quoted = _inside(sentence.quotes, *_offsets(sentence, subject)) \
            and not _inside(sentence.quotes, *_offsets(sentence, trigger))
        return None if quoted else subject

    def _scene_of(self, trigger, actors, sentence: _Sentence) -> _Draft | None:
        """The occasion an undated act of people in the simple past goes on with: the day the
        story's lead tells ("Donald Trump brought bombastic rhetoric to the witness stand Monday
        ... Trump's testimony at times mimicked ..."), else a dated occasion told in the last two
        paragraphs."""
        if self._day_scene is not None and trigger.tag_ == "VBZ" and trigger.lemma_.lower() in TELLING_VERBS \
                and [a.name for a in actors] == [p.name for p in self._day_scene.persons]:
            return self._day_scene  # ("..., Hoenig notes": what the lead's speaker says there)
        if not _told_as_a_scene(trigger, actors):
            return None
        if self._day_scene is not None:
            return self._day_scene
        if self._staged is not None and sentence.paragraph - self._staged_until <= 2:
            self._staged_until = sentence.paragraph
            return self._staged
        return None

    def _date_the_scene_so_far(self, drafts: list[_Draft], place: Resolved | None) -> None:
        """Once a paragraph names the occasion of the lead's day ("Hoenig said ... during a
        speech in Lincoln, Neb."), what its person did or said in the paragraphs between, told
        without a date of its own, was that day; the occasion's place is the lead's and theirs."""
        lead = drafts[0]
        if place is not None and not lead.event.locations:
            lead.event.locations = [place.ref()]
        told = lead.event.when
        names = {p.name for p in lead.persons}
        for draft in drafts[1:]:
            event = draft.event
            if event.when.anchor == "published-date" and {a.name for a in event.actors} == names \
                    and _told_as_a_scene(draft.trigger, event.actors):
                event.when = When(told.start, told.end, told.granularity, None, "inherited")
                event.locations = event.locations or list(lead.event.locations)
                self._scene_dated.append(event.span)

    def _place_of_the_occasion(self, sentence: _Sentence, resolver: EntityResolver) -> Resolved | None:
        """The place an occasion is told at in its sentence ("during a speech in Lincoln, Neb.")."""
        for mention in sentence.mentions:
            prep = mention.root.head
            if mention.root.dep_ == "pobj" and prep.lower_ in {"in", "at"} \
                    and prep.head.lemma_.lower() in _DAY_OCCASIONS:
                place = resolver.resolve(mention)
                if place is not None and place.is_place:
                    return place
        return None

    def _scene_named(self, sentence: _Sentence, lead: _Draft) -> bool:
        """Whether the sentence names the occasion of the lead's person on the lead's day: as
        theirs ("Trump's testimony", "her hearing") or as what they spoke at ("Hoenig said in
        prepared remarks during a speech")."""
        told = lead.event.when
        if told.granularity != "day" or told.anchor in {"published-date", "inherited"} \
                or not told.start or told.end[:10] > self._published \
                or told.start[:10] < shifted_back(self._published, 6) \
                or len(lead.persons) != 1 or sentence.paragraph - lead.paragraph > 6:
            return False
        surname = lead.persons[0].name.split()[-1].lower()
        for t in sentence.span:
            if t.lemma_.lower() not in _DAY_OCCASIONS:
                continue
            if any(c.dep_ == "poss" and c.lower_ in {"his", "her", surname} for c in t.children):
                return True
            verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in {"during", "in", "at"} else None
            if verb is not None and (lead.event.type == "statement" or not lead.event.locations) \
                    and verb.lemma_.lower() in REPORTING_VERBS and any(  # (not after "led a team
                    # of doctors to Africa Wednesday": the news conference may be of another day)
                    c.dep_ == "nsubj" and c.lower_ in {"he", "she", surname} for c in verb.children) \
                    and any(c.lower_ in {"a", "an", "his", "her"} for c in t.children):
                return True
        return False

    @staticmethod
    def _event_named_again(trigger, drafts):
        """The recent dated event an act refers back to by its noun ("opened his speech",
        "during the meeting"), or None."""
        nouns = [c for c in trigger.children if c.dep_ == "dobj"] + [
            o for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"during", "at", "in"}
            for o in c.children if o.dep_ == "pobj"]
        for noun in nouns:
            lemma = noun.lemma_.lower()
            if noun.pos_ != "NOUN" or lemma not in EVENT_NOUNS | STATEMENT_NOUNS | CONTEST_NOUNS \
                    or not any(c.lower_ in {"the", "his", "her", "their", "its", "that"}
                               for c in noun.children):
                continue
            same = CONTEST_NOUNS if lemma in CONTEST_NOUNS else {lemma}  # ("came second in the
            # competition", after "Paramedics attended the event on Saturday")
            for draft in reversed(drafts[-6:]):
                named = {draft.trigger.lemma_.lower(), *(c.lemma_.lower() for c in draft.trigger.children
                                                         if c.dep_ == "dobj")}  # ("attended the meeting")
                if same & named and draft.event.when.start and draft.event.when.granularity != "unknown":
                    return draft
        return None

    @staticmethod
    def _described_again(subject, drafts) -> Resolved | None:
        """The person the sentence before was about, when the subject describes him by his party
        ("The right-wing Republican", "the former Republican congressman from Kansas"), or a
        person a recent sentence gave the subject's role ("The CIA director", after "Pompeo's
        first public speech as CIA Director")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
                or subject.tag_ not in {"NN", "NNP"} or not drafts:
            return None
        words = {subject.lower_, *(c.lower_ for c in subject.children if c.dep_ in {"amod", "compound"})}
        if words & _PARTY_WORDS and drafts[-1].persons:
            return drafts[-1].persons[0]
        compound = [c for c in subject.children if c.dep_ == "compound"]
        if not compound or subject.lemma_.lower() not in ROLE_NOUNS | HEAD_WORDS:
            return None
        role = subject.doc[compound[0].i:subject.i + 1].text.lower()
        return next((d.persons[0] for d in reversed(drafts[-4:])
                     if len(d.persons) == 1 and role in d.event.sentence.lower()), None)

    @staticmethod
    def _unnamed_speaker_before(drafts, sentence: _Sentence) -> Resolved | None:
        """The body an unnamed speaker of the sentence just before spoke for ("A senior dealer
        with Warburg Securities noted ..."), whom a "he" or "she" opening this one goes on with."""
        if not drafts:
            return None
        before = drafts[-1]
        subject = next((c for c in before.trigger.children if c.dep_ == "nsubj"), None)
        if before.event.type != "statement" or before.persons or len(before.event.actors) != 1 \
                or before.event.actors[0].kind != "organization" or subject is None \
                or subject.pos_ != "NOUN" or subject.lemma_.lower() not in UNNAMED_SPEAKERS \
                or not _just_before(before, sentence, same_paragraph=False):
            return None
        return ref_to_resolved(before.event.actors[0])

    @staticmethod
    def _describes_named_subject(token, trigger, resolver: EntityResolver) -> bool:
        """"Diversified, the holding company for Fidelity Federal Savings, said", "Sytenko, a
        former deputy secretary-general of the United Nations, is expected": a name inside the
        apposition of a named subject says what the subject is; it does not act."""
        step = token
        while step.head.i != step.i:
            subject = step.head
            if step.dep_ == "appos" and step.i != token.i and subject.dep_ in {"nsubj", "nsubjpass"} \
                    and subject.head.i in {trigger.i, trigger.head.i} \
                    and (subject.ent_type_ or subject.pos_ == "PROPN"
                         or resolver.short_form_of(subject.text)):
                return True
            step = subject
        return False

    @staticmethod
    def _body_of_field(subject, resolver: EntityResolver) -> Resolved | None:
        """The one organisation of the article whose name begins with the field a plural
        subject names ("immigration officials": the Immigration and Naturalization Service)."""
        fields = {c.text.title() for c in subject.children
                  if c.dep_ in {"amod", "compound"} and c.text.islower() and c.is_alpha}
        bodies = [e for e in resolver.entities() if e.kind == "organization"
                  and any(name.split()[0] in fields for name in e.aliases | {e.name})]
        return bodies[0] if len({b.name for b in bodies}) == 1 else None

    @staticmethod
    def _titled_subject(subject, sentence: _Sentence, resolver: EntityResolver) -> Resolved | None:
        """The person set off by commas after a title subject ("The head of ..., Kenneth
        Piernick, said"), wherever the parser hung the name inside the subject."""
        if subject.tag_ != "NN" or subject.lemma_.lower() not in HEAD_WORDS | ROLE_NOUNS:
            return None  # (one title, one person: "Two top aides, Uzi Arad and Danny Naveh" are two)
        inside = {t.i for t in subject.subtree}
        for mention in sentence.mentions:
            if mention.label_ == "PERSON" and mention.root.i in inside and mention.root.dep_ == "appos" \
                    and resolver.text[mention.end_char:mention.end_char + 1] == ",":
                person = resolver.resolve(mention)
                if person is not None and person.kind == "person":
                    return person
        return None

    def _country_of_role(self, person: Resolved, resolver: EntityResolver) -> Resolved | None:
        """The country a person's role names ("Cuban leader" Fidel Castro: Cuba)."""
        for word in (person.role or "").split():
            country = self.gaz.country(word)
            if country is not None:
                return resolver.place_entity(country, word)
        return None

    @staticmethod
    def _counted_members(subject, sentence: _Sentence, resolver) -> list[Resolved]:
        """The people a counted subject lists after a comma ("Two top aides to Netanyahu, Uzi
        Arad and Danny Naveh, ..."), when as many are named as counted (the parser may hang the
        list on the last noun before it)."""
        count = next((c for c in subject.children if c.dep_ == "nummod"), None)
        number = None
        if count is not None:
            number = int(count.text) if count.text.isdigit() else NUMBER_WORDS.get(count.lower_)
        if subject.pos_ != "NOUN" or not number or number < 2:
            return []
        owners = {t.i for c in subject.children if c.dep_ == "prep" for t in c.children
                  if t.dep_ == "pobj"}  # "to Netanyahu": whose aides, not an aide
        inside = {t.i for t in subject.subtree}
        found = []
        for mention in sentence.mentions:
            root = mention.root
            if mention.label_ == "PERSON" and root.i in inside and root.i not in owners \
                    and root.dep_ in {"appos", "conj"}:
                person = resolver.resolve(mention)
                if person is not None and person not in found:
                    found.append(person)
        return found if len(found) == number else []

    def _takes_part(self, token, trigger, mention) -> bool:
        """Whether a named person, organisation or group acts in the event, rather than
        undergoing it ("Albright invited Geremek"), hosting it ("at the Truman Library") or
        describing a participant ("professor at George Washington University")."""
        if mention.label_ == "NORP" and token.dep_ == "amod":
            return False  # "European countries": an adjective, not a group that acts
        path = path_to_root(token, trigger)
        if not path:
            return True
        if _owns_a_relative(path):
            return False  # "a friend of Yitzhak Rabin's assassin said": neither Rabin nor Amir
        for step in path:
            if step.dep_ == "conj" and step.pos_ in {"VERB", "AUX"} and step.head.i == trigger.i:
                return False  # "asked for a visa, but was told by State Department officials"
        lemma = trigger.lemma_.lower()
        # ("joined President Fidel Castro at a rally": together; but "joined NATO": a member)
        joint = is_joint(lemma) or (lemma == "join" and mention.label_ == "PERSON")
        meeting = next((i for i, t in enumerate(path) if t.pos_ == "NOUN"
                        and (event_type(t.lemma_, t.lower_) in JOINT_TYPES or (
                            t.lemma_.lower() in _TALKS and i and path[i - 1].lower_ == "with"))),
                       None)  # (and "participated in a conference call with Roger Goodell")
        if meeting is not None and len(path) - meeting <= 3:
            # "featured discussions between X and Y", "a talk with Gore" (but not a meeting
            # deep inside the object: "condemned the handling of the meeting between X and Y")
            return all(t.lower_ in PARTNER_PREPOSITIONS | MEMBER_PREPOSITIONS
                       for t in path[:meeting] if t.dep_ == "prep")
        if any(step.dep_ == "appos" and step.i != token.i and step.head.ent_type_ == "PERSON"
               for step in path):
            return False  # "Alarcon, Castro's key man for U.S.-Cuban relations, said": not Castro
        top = path[-1]
        if top.dep_ == "punct":
            return False  # "... from one of its lenders, National Canada Corp.": a name the parser
            # hung on the verb as punctuation, far from any role in it
        if lemma == "agree" and top.dep_ == "prep" and top.lower_ == "with" and not any(
                c.dep_ in {"xcomp", "ccomp", "dobj"}
                or (c.dep_ == "prep" and c.lower_ in {"on", "to", "upon"}) for c in trigger.children):
            return False  # "Schmidt agreed with Sullivan": her view, not a deal with her
        if top.dep_ == "nsubj" and lemma in {"die", "perish", "drown"}:
            return False  # "Elian's mother Elisabeth Brotons died": whom death took, not an actor
        if top.dep_ in {"dobj", "dative", "iobj", "oprd", "attr"} and not joint:
            return False
        if top.dep_ == "npadvmod" and top.i > trigger.i and len(path) > 1:
            return False  # "pressed Trump on the properties ...: Mar-a-Lago, Trump Tower": a list
            # the parser hung on the verb after it, not someone who presses
        if top.dep_ == "nsubjpass" and len(path) >= 3 and path[-2].dep_ in {"prep", "agent"} \
                and path[-2].lower_ == "by" and lemma in _OWN_TERMS_VERBS:
            return True  # "A bid by Ciba-Geigy and Chiron was extended to Nov. 16": by them
        if top.dep_ == "nsubjpass":
            return False  # "Slepian was killed", "Elian must be returned": who undergoes it
        if agent_of_the_means(token, trigger):
            return True  # "Antar was charged in a civil suit filed ... by the SEC": the SEC
        if trigger.pos_ == "NOUN" and event_type(lemma, trigger.lower_) == "attack" \
                and token.dep_ == "compound" and mention.label_ in {"ORG", "FAC"}:
            return False  # "the U.S. Embassy blasts": the target
        for step in path:
            if step.dep_ != "prep":
                continue
            allowed = PARTNER_PREPOSITIONS if step.head.i == trigger.i else MEMBER_PREPOSITIONS
            if step.head.i == trigger.i and step.lower_ == "of" and trigger.pos_ == "NOUN" \
                    and event_type(lemma, trigger.lower_) in {"meeting", "movement", "statement"}:
                continue  # "the visit of Commerce Secretary William Daley"
            if step.lower_ not in allowed and not examples_of_the_subject(step):
                return False
        return True

    @staticmethod
    def _near_the_verb(token, trigger) -> bool:
        """Whether a place hangs from the verb itself ("said in Athens") or from a noun it
        governs ("spoke at a news conference in Washington"), but not from what is called for
        ("called for a Security Council meeting in Geneva")."""
        prep = token.head
        if token.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        return prep.head.i == trigger.i or (
            prep.head.dep_ == "pobj" and prep.head.head.head.i == trigger.i
            and prep.head.head.lower_ != "for")

    def _country_acts(self, token, trigger) -> bool:
        """A country is an actor as subject, as a modifier of the subject or the trigger, or
        between/with whom something happens; "the war in Ukraine" makes it a place."""
        path = path_to_root(token, trigger)
        if not path:
            return token.i == trigger.i
        if any(t.lemma_.lower() in KIN_NOUNS | {"relative", "family"} for t in path[1:]):
            return False  # "met with Elian's grandmothers from Cuba": they do not speak for Cuba
        if (len(path) >= 2 and path[0].dep_ in {"amod", "compound"}
                and (path[1].lemma_.lower() in PRIVATE_PEOPLE or path[1].lower_ in PRIVATE_BODIES)) or (
                path[0].dep_ == "pobj" and path[1].lower_ == "from"
                and any(t.lemma_.lower() in PRIVATE_PEOPLE for t in path[2:3])):
            return False  # "rescued by two American fishermen", "Cuban exiles failed", "hundreds
            # of people from the US began to arrive", "UK institutes have thrown their weight"
        deps = [t.dep_ for t in path]
        if len(path) >= 2 and deps[0] in {"poss", "amod", "compound"} and names_a_medium(path[1]):
            return False  # "Egypt's official Middle East News Agency said": the agency speaks
        if deps[-1] == "nsubjpass" and any(c.dep_ == "agent" for c in trigger.children):
            return False  # "the Ecuadorian diplomats ... were targeted by the spy ring": the doer is named
        if deps[-1] in {"nsubj", "nsubjpass", "agent"}:
            allowed = {"conj", "pobj", "prep", "amod", "compound", "poss", "nmod", "cc", "appos"}
            preps = {t.lower_ for t in path if t.dep_ == "prep"}
            return all(d in allowed for d in deps[:-1]) and preps <= {"from", "between", "of"}
        if len(path) == 1 and deps[0] in {"amod", "compound", "nmod", "poss"}:
            return True  # "a Russian missile attack"
        if deps[-1] == "dobj" and (is_joint(trigger.lemma_.lower()) or (
                trigger.lemma_.lower() == "join" and path[-1].lower_ in FORCES_NOUNS)) \
                and all(d in {"amod", "compound", "conj", "cc"} for d in deps[:-1]):
            return True  # "will meet Ukrainian negotiators", "joined Canadian authorities"
        preps = [t for t in path if t.dep_ == "prep"]
        return bool(preps) and preps[-1].lower_ in {"between", "with"} and preps[-1].head.i == trigger.i

    def _locations(self, sentence: _Sentence, resolver: EntityResolver, trigger) -> list[Resolved]:
        places: list[Resolved] = []
        statement = self._type(trigger) == "statement"
        quotes = sentence.quotes
        text = sentence.span.text
        # Our own table first: it knows regions and seas the model splits or merges wrongly.
        region_hits = []
        for match in self._region_pattern.finditer(text):
            start = sentence.start + match.start()
            if _inside(quotes, start, start + 1):
                continue
            token = sentence.span.char_span(match.start(), match.end(), alignment_mode="expand")
            if token is None or in_background(token.root, trigger) \
                    or (statement and not self._near_the_verb(token.root, trigger)):
                continue  # ("called U.S. soldiers the real occupiers in the Persian Gulf")
            end = start + len(match.group(1))
            inside = [m for m in sentence.mentions if m.start_char <= start and end <= m.end_char
                      and (m.start_char, m.end_char) != (start, end)]
            if any(m.label_ in {"ORG", "PERSON", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
                   or self.gaz.lookup(m.text) not in {None, self.gaz.lookup(match.group(1))}
                   for m in inside):
                continue  # "Africa" in "South Africa", "Atlantic" in "North Atlantic Treaty"
            place = self.gaz.lookup(match.group(1))
            short = match.group(1).removeprefix("the ")
            if place is not None and place.kind == "sea" and " " not in short:
                place = resolver.sea_named_in_full(short, start) or place  # ("the Gulf")
            if place is not None:
                region_hits.append((match.start(), match.end(), place))
        for index, (start, end, place) in enumerate(region_hits):
            following = region_hits[index + 1] if index + 1 < len(region_hits) else None
            if following and following[0] - end <= 1:
                continue  # "the Black Sea Odesa region": the first name only describes the second
            places.append(Resolved(place.name, place.kind, place, {text[start:end]}))
        covered = [(sentence.start + s, sentence.start + e) for s, e, _ in region_hits]
        for mention in sentence.mentions:  # "the Kenyan and Tanzanian capitals"
            token = mention.root
            head = token
            while head.dep_ == "conj":
                head = head.head
            if head.dep_ == "amod" and head.head.lemma_.lower() == "capital" \
                    and not in_background(head.head, trigger) and not statement:
                country = self.gaz.country(mention.text)
                capital = self.gaz.capital_of(country.name) if country else None
                named = []  # "the Tanzanian capital Dar es Salaam": the city the text names
                for following in sentence.span.doc[head.head.i + 1:head.head.i + 5]:
                    if following.pos_ != "PROPN" and not (named and following.lower_ in {"es", "de", "al"}):
                        break
                    named.append(following.text)
                for size in range(len(named), 0, -1):  # ("Dar es Salaam Thursday")
                    if (city := self.gaz.lookup(" ".join(named[:size]))) is not None:
                        capital = city
                        break
                if capital is not None and all(p.name != capital.name for p in places):
                    places.append(Resolved(capital.name, capital.kind, capital, {mention.text}))
        if trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.children):
            site = next((m for m in sentence.mentions if m.root.i == trigger.head.i), None)
            resolved = resolver.resolve(site) if site is not None else None
            if resolved is not None and resolved.is_place:
                places.append(resolved)  # "Oklahoma City, where 168 people were killed"
        for token in sentence.span:  # "at the city's airport": the city named last
            if token.lower_ == "city" and any(c.lower_ == "the" for c in token.children) \
                    and not any(c.dep_ == "prep" for c in token.children) \
                    and not in_background(token, trigger, through_complements=True):
                city = resolver.last_place(sentence.span.doc[token.i].idx + sentence.start
                                           - sentence.span.start_char, kind="city")
                if city is not None and all(p.name != city.name for p in places):
                    places.append(city)
        qualifiers = qualifying_mentions(sentence.mentions, resolver)
        conjuncts = self._conjunct_events(trigger, sentence)
        for mention in sentence.mentions:
            if _inside(quotes, mention.start_char, mention.end_char) or id(mention) in qualifiers \
                    or mention.root.i in conjuncts:  # (the place of a coordinated event of its own)
                continue
            if any(a < mention.end_char and mention.start_char < b for a, b in covered):
                continue
            resolved = resolver.resolve(mention)
            token = mention.root
            seat = self.gaz.headquarters_of(resolved.name) if resolved is not None \
                and resolved.kind == "organization" and token.dep_ == "pobj" \
                and token.head.lower_ in {"at", "in"} and token.head.head.i == trigger.i else None
            if seat is not None and all(p.name != seat.name for p in places):
                places.append(resolver.place_entity(seat, mention.text))  # "In the United
                continue  # Nations, Libya called for ...": at its seat in New York
            if resolved is None or not resolved.is_place:
                continue
            if token.dep_ == "pobj" and token.head.lower_ in {"through", "via"} \
                    and resolved.kind == "place" and event_type(trigger.lemma_) != "movement" \
                    and trigger.lemma_.lower() not in WAYS_OF_GOING:
                continue  # "was funded through Kickstarter": the means, a name the gazetteer does
                # not know as a place (but "passed through Smallville")
            if statement and where_the_speaker_is(token, trigger):
                if all(p.name != resolved.name for p in places):
                    places.append(resolved)  # "Thomson, in India to talk to ..., said"
                continue
            if token.dep_ in {"appos", "npadvmod"} and token.head.ent_type_ in {"GPE", "LOC"} \
                    and token.head.i < token.i:
                continue  # "Independence, Missouri", "Nairobi, Kenya": which one, not a second place
            if any(measured_from(step) for step in path_to_root(token, trigger)):
                continue  # ("A few miles from his home at Andrews Air Force Base, ...", "a stone's
                # throw from CIA headquarters in Langley")
            if is_target_place(token, trigger, resolved) or names_the_venue(token, trigger, resolved) \
                    or held_at(token, trigger) or where_the_subject_is(token, trigger) \
                    or based_venue(token, trigger) or a_structure_befallen(token, trigger, resolved):
                if all(p.name != resolved.name for p in places):
                    places.append(resolved)
                continue
            if in_background(token, trigger, through_complements=True):
                continue
            while token.dep_ == "conj" and token.head.i != token.i:  # "in Kenya and Tanzania"
                token = token.head
            if token.dep_ == "dobj" and token.head.i == trigger.i \
                    and trigger.lemma_.lower() in TARGETING_VERBS and (
                        resolved.kind != "country" or trigger.lemma_.lower() in VISITING_VERBS):
                if all(p.name != resolved.name for p in places):  # "missiles struck Odesa"
                    places.append(resolved)
                continue
            if token.dep_ == "poss" and token.head.dep_ == "pobj" and resolved.kind == "city" \
                    and token.head.head.lower_ in PLACE_PREPOSITIONS | {"into", "within", "through",
                                                                         "along", "around"}:
                token = token.head  # "at Havana's Palace of Conventions": in Havana
            if token.dep_ in {"appos", "compound", "npadvmod"} and token.head.dep_ == "pobj" and (
                    token.head.lemma_.lower() in (AREA_NOUNS if token.dep_ == "compound" else PLACE_NOUNS)
                    or (token.dep_ != "compound" and token.head.pos_ == "PROPN" and resolved.kind == "city")):
                token = token.head  # "in the capital, Ankara", "off the Florida coast", "on St
                # Leonards Place, Edinburgh": the town of the street or building named
            prep = token.head if token.dep_ == "pobj" else None
            if prep is None:
                continue
            if prep.lower_ == "of" and (prep.head.lemma_.lower() in PLACE_NOUNS or (
                    prep.head.lower_ in {"much", "most"} and prep.head.head.i == trigger.i)):
                if all(p.name != resolved.name for p in places):  # ("struck much of the eastern
                    places.append(resolved)  # United States")
                continue
            if prep.lower_ == "from" and prep.head.i != trigger.i and (
                    (prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() not in PLACE_NOUNS | EVENT_NOUNS)
                    or prep.head.ent_type_ == "PERSON"):
                continue  # "met a nun from Miami", "Mike Lavin, from Polwarth, came fifth": where
                # she comes from
            if prep.lower_ not in LOCATIVE_PREPOSITIONS and not (
                    prep.lower_ == "for" and event_type(trigger.lemma_) == "movement"):
                continue  # ("left Nairobi for Dar es Salaam": the destination)
            near = self._near_the_verb(token, trigger)
            if statement and not near:
                continue  # a statement happens where it is made, not where its object lies
            victims = prep.head
            while victims.dep_ == "conj" and victims.head.i != victims.i:
                victims = victims.head
            elided = (prep.head.pos_ == "NUM" and prep.head.dep_ == "conj"
                      and prep.head.head.i == trigger.i) or (  # "killed 247 in Kenya and 10 in Tanzania"
                victims.dep_ == "dobj" and victims.head.i == trigger.i
                and event_type(trigger.lemma_) in {"attack", "disaster"})
            if resolved.kind == "country" and prep.head.pos_ not in {"VERB", "AUX"} and not elided \
                    and prep.head.lemma_.lower() not in PLACE_NOUNS | EVENT_NOUNS:
                continue  # "the conflict in Ukraine" is background, not where it happened
            if prep.lower_ == "to" and prep.head.lemma_.lower() in VISIT_NOUNS:
                if all(p.name != resolved.name for p in places):
                    places.append(resolved)  # "Freeh, on an official visit to Mexico, asked"
                continue
            if prep.lower_ in {"to", "from", "on", "into"} and resolved.kind == "country" and not (
                    prep.lower_ in {"to", "into"} and prep.head.i == trigger.i
                    and (event_type(trigger.lemma_) in {"movement", "exchange"}
                         or trigger.lemma_.lower() in SPREAD_VERBS)):
                continue  # (but "were handed over to the United States" is where they went)
            if prep.lower_ == "on" and prep.head.lemma_.lower() not in EVENT_NOUNS | {"strike", "attack"} \
                    and not (self.gaz.is_seat(mention.text)
                             or mention.text.split()[-1] in _ON_WHICH
                             or (token.pos_ == "PROPN" and token.text in _ON_WHICH)):
                continue  # ("talks on Ukraine", but "sought support on Capitol Hill", "on St
                # Leonards Place, Edinburgh")
            if all(p.name != resolved.name for p in places):
                places.append(resolved)
        if any(p.kind == "city" for p in places):  # "Lviv's Rynok Square": Lviv, on the map
            places = [p for p in places if p.kind != "place" or (p.place and p.place.lat is not None)]
        if not places:  # where the description of who speaks or acts puts them
            for mention in sentence.mentions:
                resolved = resolver.resolve(mention)
                if resolved is not None and resolved.kind in {"city", "place"} \
                        and id(mention) not in qualifiers and speakers_base(mention.root, trigger):
                    places.append(resolved)
                    break
        for place in places:
            if place.name.split()[-1] in STRUCTURE_WORDS:
                self._structures[place.name.split()[-1].lower()] = place
        if not places:
            places = self._structure_named_again(trigger, sentence)
        return places

    def _structure_named_again(self, trigger, sentence: _Sentence) -> list[Resolved]:
        """The structure the article named, where the act's words name it again by its kind ("a
        secondary inspection of the monument", "a fence around the monument's base", after "The
        Washington Monument developed a crack")."""
        for token in trigger.subtree:
            place = self._structures.get(token.lower_)
            if place is not None and token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children) \
                    and not _inside(sentence.quotes, *_offsets(sentence, token)) \
                    and not in_background(token, trigger):
                return [place]
        return []

    def _acts_at_home(self, actors) -> bool:
        """Whether the country the story is filed from is among the actors ("HAVANA - Cuba
        appealed to world opinion")."""
        filed = self._filed_from[0].place if self._filed_from else None
        return filed is not None and filed.country is not None and any(
            a.kind == "country" and a.place is not None and a.place.country == filed.country
            for a in actors)

    def _inherited_locations(self, sentence: _Sentence, persons, drafts,
                             statement: bool = False, actors=(), scene: bool = False) -> list[Resolved]:
        """No place named: the place of the same person's previous event nearby (with `scene`,
        of the event told just before in the paragraph: "Hundreds blocked intersections in Miami.
        In one case, riot police had to use tear gas"), else the place the section heading names."""
        before = drafts[-1].event if drafts else None
        if scene and before is not None and _just_before(drafts[-1], sentence) \
                and before.locations and before.type != "statement":
            return [ref_to_resolved(loc) for loc in before.locations]  # (the sentence just before)
        for draft in reversed(drafts[-6:]):
            if draft.event.type == "movement" or draft.event.status == "expected":
                continue  # "Freeh flew to Washington", "will meet Bush in Kennebunkport": where he
                # went or will be, not where he speaks next
            gap = sentence.paragraph - draft.paragraph
            if persons and any(p is persons[0] for p in draft.persons) and draft.event.locations and (
                    gap <= 4 or (statement and gap <= 8
                                 and all(loc.kind in {"city", "place"} for loc in draft.event.locations))):
                return [ref_to_resolved(loc) for loc in draft.event.locations]  # (a speaker quoted on
                # further from the city of his speech: "In a speech in San Francisco, Gates spoke")
        abroad = statement and (self._speaks_from_abroad(actors, sentence, drafts)
                                or self._away_from_the_dateline(actors, sentence))
        if abroad and (home := self._scene_at_home(actors, sentence, drafts)):
            return home
        opening = _PARAGRAPH_PLACE.match(self._resolver.text, _paragraph_start(self._resolver.text,
                                                                               sentence.start))
        place = self.gaz.lookup(opening.group(1), self._resolver.context_countries) \
            if opening is not None and opening.end() <= sentence.start else None
        if place is not None and not abroad:  # "In Tuscaloosa, there is still a lot of rebuilding
            # to be done ... Blake Corder ... noted": the paragraph's place, not the dateline's
            return [Resolved(place.name, place.kind, place, {opening.group(1)})]
        if sentence.dateline_places and not abroad:
            return list(sentence.dateline_places)
        if sentence.heading_places:  # (not the state that acts: "Illinois: passed two laws")
            return [p for p in sentence.heading_places if p.name not in {a.name for a in actors}]
        if statement and self._filed_from and not abroad:
            return list(self._filed_from)  # said where the story was filed
        return []

    def _named_after_another_city(self, name: str, filed) -> bool:
        """Whether an organisation's name begins with a city other than the one filed from."""
        words = name.removeprefix("The ").split()
        for size in (3, 2, 1):
            if len(words) > size:
                place = self.gaz.lookup(" ".join(words[:size]))
                if place is not None and place.kind == "city" and place.population >= 100_000:
                    return place.name != filed.name
        return False

    def _country_in_apposition(self, person: Resolved, sentence: _Sentence) -> str | None:
        """The country code of the first country named in apposition to a person ("Alarcon,
        head of Cuba's National Assembly")."""
        if person.kind != "person":
            return None
        for mention in sentence.mentions:
            if self._resolver.resolve(mention) is not person:
                continue
            inside = {t.i for c in mention.root.children if c.dep_ == "appos" for t in c.subtree}
            for other in sentence.mentions:
                root = other.root
                belongs = (root.dep_ in {"poss", "amod", "compound"}
                           and root.head.lemma_.lower() not in TOPIC_ROLES) or (
                    root.dep_ == "pobj" and root.head.lower_ in {"of", "from"})  # not "adviser on Cuba"
                if root.i in inside and belongs and (place := self._resolver.resolve(other)) is not None \
                        and place.kind == "country" and place.place is not None:
                    return place.place.country
        return None

    def _speaks_from_abroad(self, actors, sentence: _Sentence | None = None, drafts=()) -> bool:
        """Whether the speaker belongs to another country than the one the story is filed from
        ("KYIV - Kremlin envoy Kirill Dmitriev told reporters" was not said in Kyiv; nor
        "Ricardo Alarcon, head of Cuba's National Assembly, said" in Washington), unless the
        story's lede has his country act where it is filed ("INDEPENDENCE, Mo. - Hungary became
        a member of NATO": its foreign minister spoke there)."""
        filed = self._filed_from[0].place if self._filed_from else None
        if filed is None or filed.country is None or not actors:
            return False
        code = self._speaker_country(actors[0], sentence, filed)
        if code is None or code == filed.country:
            return False
        here = {p.name for p in self._filed_from}
        if self._on_a_visit(actors[0], here):
            return False
        lede = drafts[0].event if drafts else None
        return not (actors[0].kind == "person" and lede is not None
                    and any(loc.name in here for loc in lede.locations) and any(
                        a.kind == "country" and (country := self.gaz.country(a.name)) is not None
                        and country.country == code for a in lede.actors))

    def _scene_at_home(self, actors, sentence: _Sentence, drafts) -> list[Resolved]:
        """The city in the speaker's own country where the story's last few events took place
        (Tanzania's foreign minister speaking while the story follows Albright in Dar es Salaam,
        under a Nairobi dateline)."""
        filed = self._filed_from[0].place if self._filed_from else None
        code = self._speaker_country(actors[0], sentence, filed) if actors and filed is not None else None
        if code is None or code == "?":
            return []
        for draft in reversed(drafts[-3:]):
            if sentence.paragraph - draft.paragraph > 3 or long_before(draft.event.when, self._published) \
                    or draft.event.type == "movement" or draft.event.status == "expected":
                continue  # (not where someone went: "Freeh flew to Washington")
            places = [loc for loc in draft.event.locations if (p := self.gaz.lookup(loc.name)) is not None
                      and p.kind == "city" and p.country == code]
            if places:
                return [ref_to_resolved(loc) for loc in places[:1]]
        return []

    def _on_a_visit(self, speaker: Resolved, here: set[str]) -> bool:
        """Whether the story has a foreign speaker visiting, with no other place named for the
        visit ("Scharping, ending a two-day visit, said", at a Warsaw dateline): he is where the
        story is filed."""
        if speaker.kind != "person":
            return False
        if speaker.name not in self._visiting:  # (asked for each of his statements)
            self._visiting[speaker.name] = self._visit_told(speaker, here)
        return self._visiting[speaker.name]

    def _visit_told(self, speaker: Resolved, here: set[str]) -> bool:
        visit = r"\b([^.;]{0,40}?)\b(?:visit|trip|tour)s?\b((?:\s+(?:to|in|of)\s+[^.;,]{0,30})?)"
        for name in speaker.aliases | {speaker.name, speaker.name.split()[-1]}:
            for match in re.finditer(re.escape(name) + visit, self._resolver.text):
                around = match.group(1) + match.group(2)
                places = [m.group(0) for m in re.finditer(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?", around)
                          if (p := self.gaz.lookup(m.group(0))) is not None and p.name not in here]
                if not places:
                    return True
        return False

    def _away_from_the_dateline(self, actors, sentence: _Sentence) -> bool:
        """Whether a speaker of the story's own country is at home elsewhere: a lawmaker of another
        state ("Rep. Dan Burton, R-Ind.," at a Miami dateline), or a national officer when the
        story is filed outside the capital ("Attorney General Janet Reno", "President Clinton")."""
        filed = self._filed_from[0].place if self._filed_from else None
        if filed is None or filed.kind != "city" or not actors or actors[0].kind != "person":
            return False
        speaker = actors[0]
        for name in speaker.aliases | {speaker.name}:
            tag = re.search(re.escape(name) + r",\s*[RDI]-([A-Z][A-Za-z.]+?)\.?,", self._resolver.text)
            if tag:
                state = self.gaz.state_code(tag.group(1))
                return state is not None and state != self.gaz.state_of(filed)
        country = self.gaz.country_by_code(filed.country)
        capital = self.gaz.capital_of(country.name) if country is not None else None
        national = bool(speaker.role and NATIONAL_OFFICE.search(speaker.role))
        return national and capital is not None and capital.name != filed.name

    def _speaker_country(self, speaker: Resolved, sentence: _Sentence | None, filed) -> str | None:
        """The country a speaker belongs to, as far as the text tells ("?" for a paper named
        after another city than the one filed from)."""
        described = self._country_in_apposition(speaker, sentence) if sentence is not None else None
        if described is not None:
            code = described
        elif speaker.kind == "country":
            code = speaker.place.country if speaker.place else None
        elif speaker.kind == "organization" and (body := self.gaz.home_of_body(speaker.name)):
            code = body
        elif speaker.kind == "organization" and self._named_after_another_city(speaker.name, filed):
            return "?"  # "The Buffalo News reported" is not at a Washington dateline
        else:
            words = (speaker.role or speaker.name if speaker.kind == "person" else speaker.name).split()
            code = None
            # "South African ...", "U.S. Justice Department", "Kremlin envoy", "But Tanzanian
            # Foreign Minister"
            for at, size in ((at, size) for at in range(min(2, len(words))) for size in (2, 1)):
                lead = " ".join(words[at:at + size])
                country = self.gaz.country(lead) or self.gaz.country(
                    self.gaz.country_of_capital(lead) or "")
                if country is not None:
                    code = country.country
                    break
        return code

    def _when(self, sentence: _Sentence, trigger, noun_trigger: bool, drafts, article,
              reporter=None, figure_periods: bool = True):
        published = article.published
        for expr in sentence.times:
            stretch = (period_ended(expr, sentence.times, article.text) if expr.type == "DURATION"
                       else None) or recent_stretch(expr, published) or months_so_far(
                expr, published, article.text[max(0, expr.start - 10):expr.start])
            if (expr.type not in {"DATE", "TIME"} and stretch is None) \
                    or _inside(sentence.quotes, expr.start, expr.end) \
                    or period_end_date(expr, article.text):
                continue
            span = sentence.span_of(expr)
            if span is None:
                continue
            if stretch is not None:
                if self._governs(span.root, trigger):
                    return stretch, (expr.start, expr.end), False
                continue
            if drafts and results_told(trigger) and says_a_year_before(expr.text) \
                    and not compared_figure(expr, article.text[sentence.start:expr.start]) \
                    and drafts[-1].event.when.end[:10] >= shifted_back(published, 1) \
                    and (results_told(drafts[-1].trigger) or told_results(drafts[-1].trigger) is not None) \
                    and (shifted := a_year_before(drafts[-1].event.when, "a year before")) is not None:
                return shifted, (expr.start, expr.end), False  # "The company had a net loss of
                # C$2.3 million ..., a year ago", after the quarter's results: that quarter, a year before
            if not self._governs(span.root, trigger) \
                    and not self._dates_past_complement(span.root, trigger, expr, published):
                continue
            if compared_figure(expr, article.text[sentence.start:expr.start]) \
                    or in_a_comparison(article.text[sentence.start:expr.start]) \
                    or from_a_level(span.root, trigger):
                continue  # "reported net of $68.2 million, up from $66.8 million a year ago"
            before = article.text[max(0, expr.start - 20):expr.start]
            if record_date(before) or (trigger.lemma_.lower() in REPORTING_VERBS and state_date(before)):
                continue  # "As of Sept. 30, the bank had assets ..., Security Pacific said"
            if expr.value == "FUTURE_REF" and (trigger.tag_ == "VBD" or any(
                    c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in trigger.children)):
                continue  # "were soon pronounced dead": soon after what came before, in the past
            if put_off_until(trigger, expr, article.text):
                continue  # "postponed until Tuesday": when it will be, not when it was put off
            when = self._accounting_period(expr, sentence, article) or (
                the_period_in(expr, article.text, drafts[-1].event.when) if drafts else None) or through(
                self._resolve_expression(expr, drafts, published), sentence.range_ends.get(expr.start),
                published)
            when = part_of_the_period(when, expr.text, published,
                                      article.text[max(0, expr.start - 12):expr.start])
            when = bounded_by_its_preposition(when, expr, article.text, published)
            if when is not None and when.start > published and _told_as_done(trigger) \
                    and purpose_date(before):
                continue  # "has cut half a million dollars from its budget for the next year": the
                # budget's year; a thing done is not done in the future
            if when is not None and _present_perfect(trigger) and span.root.head.dep_ == "prep" \
                    and span.root.head.head.i == trigger.i and span.root.i > trigger.i \
                    and when.start and when.end < published[:7] and when.anchor == "explicit":
                continue  # "has come across this interview of Zuckerberg ... in June 2005": a
                # perfect takes no date long gone, so the parser hung the interview's on the verb

            if when is not None and scheduled(trigger, expr) and when.start \
                    and when.start < published:
                moved = (date.fromisoformat(when.start[:10]) + timedelta(days=7)).isoformat()
                when = When(moved, moved, when.granularity, when.text, when.anchor)
            if when is not None:
                future = when.start > published if when.start else expr.future and not when.end
                return when, (expr.start, expr.end), future
        figure = next((c for c in trigger.children if c.dep_ == "nsubj"), None) \
            if figure_periods and (a_figure_moves(trigger, self._type(trigger)) or a_figure_stated(trigger)) \
            else None
        booked = next((c for c in trigger.children if c.dep_ == "dobj"
                       and c.lemma_.lower() in PERIOD_FIGURES), None) \
            if figure_periods and trigger.lemma_.lower() in RESULT_VERBS else None
        figures = {t.i for t in (figure, booked) if t is not None}
        for expr in sentence.times if figures else ():
            span = sentence.span_of(expr)
            names = span is not None and ((
                figure is not None and span.root.head.i == figure.i
                and span.root.dep_ in {"compound", "amod", "nmod", "npadvmod", "nummod"}) or (
                span.root.dep_ == "pobj" and span.root.head.lower_ in {"for", "in"}
                and span.root.head.head.i in figures))
            # ("Net for the nine months was"; "reported sales of $538.5 million for the quarter
            # ended Sept. 29", but not "reported a third-quarter loss": that names the figure)
            when = (self._accounting_period(expr, sentence, article)
                    or months_so_far(expr, published, article.text[max(0, expr.start - 10):expr.start])
                    or self._resolve_expression(expr, drafts, published)) if names else None
            if when is not None:
                return when, (expr.start, expr.end), False  # "third-quarter net income rose 11%"
        told = told_results(trigger)
        if told is not None:  # "Ogden Projects said net income jumped ... in the third quarter"
            when, span, future = self._when(sentence, told, False, drafts, article,
                                            figure_periods=False)  # (not "reported third-quarter
            # net income fell": the quarter names the figure, not the report)
            if span is not None and when.granularity not in {"day", "hour", "minute", "unknown"}:
                return when, span, future
        for clause in trigger.children:  # "was shot shortly after he returned home on the
            if simultaneous(clause):  # night of Friday, Oct. 23": the night of Oct. 23
                when, span, future = self._when(sentence, clause, False, drafts, article)
                if span is not None:
                    return when, span, future
        for clause in trigger.children:  # "Since the war began on October 7, restrictions have
            # risen": from that day to the story's (a perfect tells a stretch, not a reason)
            if clause.dep_ == "advcl" \
                    and any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children) \
                    and any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
                when, span, _future = self._when(sentence, clause, False, drafts, article)
                if span is not None and when.start and when.start[:10] <= published:
                    return (When(when.start, published, when.granularity, f"since {when.text}",
                                 when.anchor), None, False)  # (the clause stays an event of its own)
        when_word = next((c for c in trigger.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
        if when_word is not None:  # "since early December, when Castro promised": December
            at = sentence.start + when_word.idx - sentence.span.start_char
            expr = next((e for e in sentence.times if e.type in {"DATE", "TIME"} and e.end <= at
                         and not article.text[e.end:at].strip(" ,")), None)
            if expr is not None and compared_figure(expr, article.text[sentence.start:expr.start]):
                expr = None  # "a drop to $58.6 million from $186.4 million a year ago, when the
                # industry enjoyed strong demand": the time of the figure compared with
            if expr is not None and (bounds := interval(expr.value, published)) is not None:
                return (When(*bounds, text=expr.text, anchor=expr.anchor), (expr.start, expr.end),
                        bounds[0] > published)
        if reporter is not None:
            # Undated but reported on a known day: it happened on or before that day.
            said, span, _ = self._when(sentence, reporter, False, drafts, article)
            if said.granularity != "unknown" and said.anchor != "published-date":
                return (When(start="", end=said.end[:10], granularity="unknown", text=said.text,
                             anchor=said.anchor), span, False)
        if noun_trigger:
            recency = [c for c in trigger.children if c.lower_ in RECENCY_WORDS]
            if recency:
                return (When(start="", end=published, granularity="unknown",
                             text=recency[0].text, anchor="relative-to-published"), None, False)
        opening = _SHORTLY_AFTER.match(sentence.span.text.lstrip())
        shortly = _shortly_within(drafts[-1].event.when, opening.group(0)) if opening and drafts else None
        if shortly is not None:  # "Days later, he returned" (no number: the tagger leaves it)
            return shortly, None, False
        if (_NARRATIVE_CONTINUATION.match(sentence.span.text) or _LATER_THAT_DAY.search(sentence.span.text)) \
                and drafts:  # "were to wrap up their exercise later in the day": the day just told
            prev = drafts[-1].event.when
            return (When(start=prev.start, end=prev.end, granularity=prev.granularity,
                         text=None, anchor="inherited"), None, False)
        return unknown_before(published), None, False

    def _dates_past_complement(self, token, trigger, expr: TimeExpression, published: str) -> bool:
        """"NATO invited them to join in July 1997": a past date on the complement of a verb in
        the past tense dates the verb (what was still to come would not be dated in the past);
        "decided to admit them in March" keeps a coming date for the admission."""
        complement = next((c for c in trigger.children if c.dep_ == "xcomp"), None) or next((
            a for c in trigger.children if c.dep_ == "dobj" for a in c.children
            if a.dep_ == "acl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)),
            None)  # ("signed a contract to build the plant in 1995")
        if trigger.tag_ != "VBD" or complement is None or not self._governs(token, complement):
            return False
        bounds = interval(expr.value, published)
        return bounds is not None and bool(bounds[1]) and bounds[1][:10] < published

    def _governs(self, token, trigger) -> bool:
        """A time expression dates the trigger when it hangs from it through prepositions and
        adverbials, not through another clause or a noun ("hope for a resolution by ..."), or
        when it follows the verb at once ("Castro said Tuesday his government told ...")."""
        after = token.doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(token.doc) else None
        root = token.sent.root
        if trigger.pos_ == "NOUN" and root.lemma_ == "be" and trigger.i < token.i < root.i \
                and token.ent_type_ in {"DATE", "TIME"}:
            return True  # "Pompeo's first speech, hosted at a think tank on April 13, 2017, was":
            # a date inside the subject that names the event is the event's
        if trigger.lemma_.lower() in {"set", "fix", "name", "choose", "pick", "designate"} \
                and after is not None and after.lower_ == "as":
            return False  # "has set Nov. 10 as the deadline": the day set, not the day of setting
        if token.i == trigger.i + 1 and trigger.pos_ == "VERB" and token.ent_type_ in {"DATE", "TIME"} \
                and not (token.dep_ in {"compound", "nummod", "amod", "poss"} and token.head.pos_ == "NOUN"
                         and token.head.i > token.i):  # (not "were predicting 1990 earnings")
            return True
        if trigger.lemma_.lower() in REPORTING_VERBS and token.dep_ == "pobj" \
                and token.head.i == trigger.i + 1 and token.head.lower_ in {"on", "in", "at"}:
            return True  # "Westinghouse said on Monday it would sell its elevator unit": the
            # saying's day, however the parser hangs it
        main = trigger.dep_ == "ROOT" or (  # (or the told clause before its teller: "On Sept. 15,
            trigger.dep_ == "ccomp" and trigger.head.dep_ == "ROOT" and trigger.head.i > trigger.i  # ...,
            and trigger.head.lemma_.lower() in REPORTING_VERBS)  # Duncan helped ..., the Times reports")
        if main and token.ent_type_ in {"DATE", "TIME"} and token.i < trigger.i \
                and all(t.pos_ in {"ADP", "PUNCT"} or t.ent_type_ in {"DATE", "TIME"}
                        for t in token.doc[token.sent.start:token.i]) \
                and not (token.dep_ in {"nummod", "compound", "amod", "poss"} and token.head.pos_ == "NOUN"):
            return True  # "In nineteen ninety-one Charles Keating was convicted": a fronted date
            # dates the main verb, however the parser hangs it
        path = path_to_root(token, trigger)
        if not path:
            return token.i == trigger.i
        if len(path) == 2 and path[0].dep_ == "poss" \
                and path[0].lower_ in WEEKDAY_NAMES | {"yesterday", "today"} \
                and path[1].dep_ in {"nsubj", "nsubjpass"} \
                and path[1].lemma_.lower() in MARKET_NOUNS | {"trading", "session", "turnover"}:
            return True  # "Friday's trading volume totaled 132.8 million shares": that day's
        if path[0].dep_ in {"compound", "nummod", "amod", "nmod", "poss"} and len(path) >= 2 \
                and path[1].pos_ == "NOUN" and (path[1].lemma_.lower() in EVENT_NOUNS
                                                or path[1].lower_ in EVENT_NOUNS):
            at_it = (path[1].dep_ == "pobj" and path[1].head.lower_ in {"at", "during"}
                     and path[1].head.head.i == trigger.i) or (  # "decided at last year's Madrid summit",
                path[1].dep_ == "dobj" and path[1].head.i == trigger.i  # "attended the August 2017
                and trigger.lemma_.lower() in PARTICIPATION_VERBS)  # meeting"
            if not at_it:
                return False  # "charged him in the 1995 shooting": the shooting's year, not the charge's
        if len(path) == 3 and path[0].dep_ == "pobj" and path[1].lower_ in {"on", "in"} \
                and path[2].dep_ in {"nsubj", "nsubjpass"} and path[2].head.i == trigger.i \
                and path[2].i < path[1].i and token.i < trigger.i:
            return True  # "The U.N. Security Council on Aug. 6 ordered a global embargo"
        if len(path) >= 3 and path[0].dep_ == "pobj" and path[1].lower_ == "on" \
                and path[2].dep_ == "conj" and path[2].pos_ == "PROPN" and token.ent_type_ == "DATE" \
                and getattr(_clause_verb(path[2]), "i", None) == trigger.i:
            return True  # "will be launched on services such as iTunes ... and Xbox Video on April
            # 10th": a day the parser hung on the last name of a list is the verb's
        if path[0].dep_ in {"appos", "npadvmod"} and len(path) >= 2 \
                and path[1].dep_ in {"nsubj", "nsubjpass", "dobj"} and path[1].head.i == trigger.i:
            return True  # "Poland, Hungary and the Czech Republic Friday joined NATO", "issued
            # a nationwide arrest warrant Monday"
        for step in path[1:]:
            if step.dep_ == "conj" and step.pos_ == "VERB" and step.head.i == trigger.i \
                    and not misread_participle(step):
                return False  # "was spotted ..., and was found ... in December": the finding's
            if step.dep_ == "xcomp" and step.head.i == trigger.i \
                    and (trigger.lemma_.lower() in ASPECTUAL_VERBS or step.tag_ == "VBN"):
                continue  # "the task force began delving Thursday into ...": it began Thursday;
                # "was found abandoned at the airport in January": found in January
            if step.dep_ == "acl" and step.lemma_.lower() in MEDIUM_VERBS \
                    and step.head.lemma_.lower() in MEDIUM_NOUNS:
                continue  # "said in a letter published Wednesday": the statement's day
            if step.tag_ == "VBD" and step.dep_ in {"oprd", "dobj", "attr"}:
                return False  # "named chief executive of the company Tom Reyes co-founded 35 years
                # ago": a past verb the parser hung as an object is a clause of its own
            if misread_noun(step) and trigger.i in {step.head.i, step.head.head.i}:
                return True  # "brought rhetoric to the witness stand Monday": a noun, so the
                # day is the verb's
            if _fronted_participle(step, trigger):
                continue  # "Reached by phone on May 12, Lahav hung up": the call's day
            if step.dep_ in {"acl", "relcl", "xcomp", "advcl"} and step.tag_ in {"VB", "VBN"} \
                    and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in step.children) \
                    and step.head.lemma_.lower() in VISIT_NOUNS and step.head.dep_ == "pobj" \
                    and step.head.head.lower_ == "during" and step.head.head.head.i == trigger.i:
                continue  # "During a visit to interview Assange that month, the guards demanded":
                # the visit's month
            if step.dep_ in {"nsubj", "nsubjpass"} and step.lemma_.lower() in EVENT_NOUNS \
                    and step.head.i == trigger.i:
                continue  # "The bombings, on Aug. 7, killed 247 people": the bombings' day
            if simultaneous(step) and step.head.i == trigger.i:
                continue  # "said as dawn broke Saturday": Saturday
            if closes_the_move(step, trigger):
                return True  # "rose $2.50 to close at $117.375 ... yesterday": yesterday's rise
            if step.lower_ in {"effective", "starting", "beginning"} and step.head.i == trigger.i \
                    and step.i == path[-1].i:
                return True  # "created an office of the chairman, effective Feb. 1": when it takes
                # effect; "will receive benefits starting January 1"
            if step.dep_ == "prep" and step.head.lower_ in BACKGROUND_NOUNS:
                return False  # "arrested in connection with last year's bombings"
            if step.dep_ == "dobj" and step.head.i == trigger.i \
                    and path[0].dep_ in {"compound", "nmod", "npadvmod"} \
                    and trigger.lemma_.lower() in PARTICIPATION_VERBS:
                continue  # "attended a Sunday night memorial service"
            if step.dep_ in CLAUSAL or step.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "appos"} \
                    or own_clause(step):
                return False
            if step.pos_ in {"NOUN", "PROPN"} and step.dep_ == "pobj" \
                    and step.head.head.i != trigger.i and step.lemma_.lower() not in EVENT_NOUNS:
                return False
        return path[-1].dep_ not in CLAUSAL or (simultaneous(path[-1]) and path[-1].head.i == trigger.i) \
            or _fronted_participle(path[-1], trigger) \
            or (path[-1].dep_ == "xcomp" and (trigger.lemma_.lower() in ASPECTUAL_VERBS
                                              or path[-1].tag_ == "VBN"))

    @staticmethod
    def _accounting_period(expr: TimeExpression, sentence: _Sentence, article) -> When | None:
        """"the fourth quarter ended Aug. 26", "fiscal 1988" where the article says when the
        fiscal year ends: the company's period, not the calendar's."""
        return period_ended(expr, sentence.times, article.text) or fiscal_year(expr, article.text) \
            or fiscal_quarter(expr, article.text, article.published) \
            or the_year_reported(expr, article.text, article.published)

    def _resolve_expression(self, expr: TimeExpression, drafts, published: str) -> When | None:
        narrative = expr.anchor == "relative-to-event" or _NARRATIVE_TIME.search(expr.text)
        if narrative and (re.fullmatch(r"\d{4}(?:-\d{2})?", expr.value) or (
                re.fullmatch(r"\d{4}-\d{2}-\d{2}", expr.value) and not _NARRATIVE_TIME.search(expr.text))):
            narrative = False  # "later that year", "on the 10th of that month": the year (day)
            # the text named, already found
        base = drafts[-1].event.when if drafts else unknown_before(published)
        if narrative and (year_before := a_year_before(base, expr.text)) is not None:
            return year_before  # "A year earlier UniFirst earned": that quarter, a year before
        if narrative and says_a_year_before(expr.text) and (
                expr.anchor != "relative-to-event"
                or (not base.start and re.fullmatch(r"\d{4}-(?:Q\d|H\d|\d{2})", expr.value))):
            narrative = False  # "In the year-earlier quarter", after no dated period: the
            # tagger's quarter, a year before publication's; "A year ago, Benjamin Franklin had
            # profit", after an undated statement of its third-quarter loss: that quarter, a year back
        if narrative:
            if base.granularity in {"day", "hour", "minute"}:
                day = date.fromisoformat(base.start[:10])
                again = tag_times(expr.text, published, last_date=day)
                bounds = interval(again[0].value, published) if again else None
                if bounds is not None:
                    start, end, granularity = bounds
                    return When(start, end, granularity, expr.text, "relative-to-event")
            if (shortly := _shortly_within(base, expr.text)) is not None:
                return shortly  # "In 2016, he went to Las Vegas. Two days later, he returned": 2016
            # Relative to an event the text does not date: as little known as that event.
            return When(start="", end=base.end or published, granularity="unknown",
                        text=expr.text, anchor="relative-to-event")
        bounds = interval(expr.value, published)
        if bounds is None:
            return None
        start, end, granularity = bounds
        return When(start=start, end=end, granularity=granularity, text=expr.text,
                    anchor=expr.anchor)

    def _is_future(self, trigger) -> bool:
        auxiliaries = {c.lower_ for c in trigger.children if c.dep_ in {"aux", "auxpass"}}
        return bool(auxiliaries & {"will", "'ll", "shall"})

    def _type(self, trigger) -> str:
        lemma = trigger.lemma_.lower()
        if lemma in REPORTING_VERBS:
            obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.lemma_.lower() in EVENT_NOUNS | {"destruction"}:
                return event_type(obj.lemma_)
        if lemma in {"issue", "release", "make", "give", "publish", "read"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in trigger.children):
            return "statement"  # "has issued a statement asking ...", "gave a speech"
        if tells_a_clause(trigger) or (lemma in {"respond", "answer"} and any(
                c.dep_ == "ccomp" for c in trigger.children)):
            return "statement"  # "Owen Price agrees that the new rules are hurting ...", "he
            # responded that ..." (but "police responded with plastic bullets")
        if lemma == "blast" and trigger.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
                for c in trigger.children):
            return "statement"  # "the newspaper blasted South Korea for ...": words, not a bomb
        if lemma == "call" and any(c.dep_ == "auxpass" for c in trigger.children) and any(
                c.dep_ in {"prep", "prt"} and c.lower_ in {"to", "in", "out"} for c in trigger.children):
            return "movement"  # "Emergency services were called to the restaurant": sent for
        subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and (lemma == "take" or subject.lemma_.lower() in EVENT_NOUNS):
            return event_type(subject.lemma_, lemma)  # "talks took place", "bombings claimed"
        return event_type(lemma, subject.lemma_ if subject is not None else "")

    def _split_conjuncts(self, trigger, sentence, locations):
        """One part per coordinated event object that names its own place (among the
        sentence's places)."""
        obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        if obj is None:
            return []
        conjuncts = [obj] + [t for t in obj.conjuncts if t.pos_ == "NOUN"]
        if len(conjuncts) < 2:
            return []
        parts = []
        for index, conj in enumerate(conjuncts):
            if index + 1 < len(conjuncts):
                limit = conjuncts[index + 1].left_edge.i
                own = [t for t in conj.subtree if t.i < limit]
            else:
                own = list(conj.subtree)
            lo, hi = own[0].idx, own[-1].idx + len(own[-1])
            part_text = sentence.span.doc.text[lo:hi]
            part_places = [p for p in locations
                           if any(alias in part_text for alias in (p.aliases | {p.name}))]
            parts.append((conj, part_places))
        if sum(1 for _, places in parts if places) < 2:
            return []
        return parts

    def _relative_clause_events(self, sentence, resolver, trigger, when, text, time_span):
        """"..., an idea that Zelenskyy dismissed": a person acting in a relative clause."""
        results = []
        for token in sentence.span:
            if token.dep_ != "relcl" or token.pos_ != "VERB" or token.i == trigger.i:
                continue
            if token.lemma_.lower() not in {"dismiss", "reject", "welcome", "propose", "announce",
                                            "deny", "criticize", "praise", "condemn", "accept"} \
                    and not (token.tag_ == "VBD" and token.lemma_.lower() in _DONE_IN_A_RELATIVE):
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            mention = next((m for m in sentence.mentions if m.root.i == subject.i), None)
            resolved = resolver.resolve(mention) if mention else None
            if resolved is None or resolved.is_place:
                continue
            title = f"{short(resolved)} {token.text} {noun_phrase(token.head, 5)}"
            places = self._locations(sentence, resolver, token)  # ("a meeting Correa held in Brussels")
            event = Event(title=cap(title), type=event_type(token.lemma_),
                          when=When(**when.to_json()), actors=[resolved.ref()],
                          locations=[p.ref() for p in places],
                          sentence=text.strip(), span=(sentence.start, sentence.start + len(text.rstrip())),
                          time_span=time_span)
            results.append(_Draft(trigger=token, event=event, persons=[resolved],
                                  paragraph=sentence.paragraph))
        return results

    # ------------------------------------------------------------------ titles
    def _title(self, trigger, resolver, drafts, sentence: _Sentence, *, obj=None, locations=(),
               noun_trigger: bool = False, persons=(), actors=()) -> str:
        if noun_trigger:
            phrase = noun_phrase(trigger, 6)
            return cap(phrase + where(phrase, locations))
        subject = self._subject_of(trigger, sentence)
        if subject is None and trigger.dep_ == "acl":
            subject = trigger.head  # "its record high set on Aug. 6": the record high
        if subject is not None and subject.lower_ in {"who", "which", "that"} \
                and trigger.dep_ == "relcl":
            subject = trigger.head  # "Poland, ..., who were invited": Poland, ...
        subject_text = ""
        if subject is not None:
            if actors and the_writers_side(subject) and actors[0] is resolver.writers_organization():
                # "we started on Twitter", "our chief executive officer took": Home Depot('s)
                subject_text = short(actors[0]) if subject.lower_ == "we" else re.sub(
                    r"\b[Oo]ur\b", f"{short(actors[0])}'s",
                    self._subject_phrase(subject, resolver, sentence, drafts), count=1)
            elif subject.lemma_.lower() in KIN_NOUNS and persons and persons[0].kind == "person":
                subject_text = short(persons[0])  # "Elian's father asked": Juan Miguel Gonzalez
            elif organisations_by_noun(subject, actors):
                subject_text = " and ".join(short(a) for a in actors[:1 if subject.tag_ == "NN" else 3])
                # "The companies said" (but "The company said" is one)
            elif subject.lemma_.lower() in SPOKESPEOPLE - {"official"} and len(actors) == 1 \
                    and actors[0].kind in {"organization", "country"} \
                    and not any(t.ent_type_ for t in subject.subtree):
                subject_text = short(actors[0])  # "A spokesman said": Crossland Savings Bank said
            elif (again := self._described_again(subject, drafts)) is not None:
                subject_text = short(again)  # "The right-wing Republican quoted": Pompeo quoted
            elif actors and any(c.dep_ == "prep" and examples_of_the_subject(c) for c in subject.children):
                subject_text = " and ".join(short(a) for a in actors[:3])  # "greats like Jon Sieben
                # say": Sieben says
            elif subject.lower_ == "they" and not actors \
                    and self._crowd_acts(trigger, "event", sentence, drafts):
                subject_text = noun_phrase(subject_of(drafts[-1].trigger), 3)  # "They arrested two
                # men", after "Police found explosives": Police arrested two men
            elif subject.lower_ in PRONOUNS | {"it"}:
                speaker = speaker_of_clause(trigger, sentence, resolver)
                persons = persons[:1] or ([speaker] if speaker else next(
                    (d.persons for d in reversed(drafts[-3:]) if d.persons), []))
                body = actors[0] if (subject.lower_ == "it" or not persons) and len(actors) == 1 \
                    and actors[0].kind in {"organization", "country"} else None
                # ("Acme Corp. said it earned $5 million", "She [a spokeswoman for Acme] said")
                subject_text = short(persons[0]) if persons and subject.lower_ != "it" \
                    else short(body) if body is not None else subject.text
            else:
                subject_text = self._subject_phrase(subject, resolver, sentence, drafts)
        if actors and not actors[0].is_place and (
                (not subject_text and trigger.lemma_.lower() in REPORTING_VERBS)
                or (subject is not None and subject.ent_type_ in {"GPE", "LOC"}
                    and not any(a.is_place for a in actors))):
            subject_text = short(actors[0])  # "First of America Bank Corp. said", parsed without
            # a subject; "Kalamazoo, Mich.-based First of America said", parsed with the town as one
        verb = trigger.lower_ if trigger.is_sent_start and trigger.pos_ == "VERB" else trigger.text
        # ("Says Michael Hirsch, ...": Hirsch says)
        if trigger.lower_ == "saying" and trigger.dep_ == "advcl":
            verb = "said"  # "declined to specify ..., saying they ...": Edelman said
        if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "have" and trigger.tag_ == "VB":
            verb = f"had to {trigger.text}"  # "before having to flee the capital": had to flee
            if not subject_text and actors:
                subject_text = short(actors[0])
        particles = [c.text for c in trigger.children if c.dep_ == "prt"]
        if trigger.lower_ == "took" and any(c.lower_ == "place" for c in trigger.children):
            particles.append("place")
        negated = any(c.dep_ == "neg" for c in trigger.children)
        irregular = trigger.tag_ == "VBN" and trigger.lower_.endswith(("en", "wn", "un", "ne"))
        aux = [c.text for c in trigger.children if c.dep_ == "aux"
               and (negated or c.lower_ in {"will", "would", "did"} or (irregular and c.lemma_ == "have"))]
        # ("had fallen", not "fallen": a participle unlike the past needs its auxiliary)
        if aux and aux[-1].lower() in {"will", "would"} and trigger.tag_ == "VBN":
            aux += [c.text for c in trigger.children if c.dep_ == "auxpass" and c.lower_ == "be"]
            # ("will be launched")
        if negated:  # "didn't back down": "did not back down"
            aux.append("not")
        obj = obj if obj is not None else next(
            (c for c in trigger.children if c.dep_ in {"dobj", "attr"} and c.lower_ != "place"),
            None)
        obj_text = noun_phrase(obj, 6) if obj is not None else ""
        if obj_text and subject is not None and subject_text and subject.lower_ == "we" \
                and not subject_text.lower().startswith("we"):
            obj_text = re.sub(r"\bour\b", "its", obj_text)  # "Home Depot launched its Facebook page"
        if not obj_text:
            prep = next((c for c in trigger.children if c.dep_ == "prep"
                         and c.lower_ in {"to", "with", "for", "on", "against"}
                         and not any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if pobj is not None and (prep.lower_ != "to" or trigger.lemma_ != "remark"):
                obj_text = f"{prep.text} {noun_phrase(pobj, 4)}"
        told = told_results(trigger)
        if not obj_text and told is not None:  # "Ogden Projects said net income jumped"
            obj_text = clause_core(told)
        if not obj_text and event_type(trigger.lemma_) == "statement" \
                and trigger.lemma_.lower() not in REPORTING_VERBS | {"explain", "add"}:
            clause = next((c for c in trigger.children if c.dep_ == "ccomp"), None)
            if clause is not None:
                first = clause.left_edge
                at = sentence.start + first.idx - sentence.span.start_char
                if _inside(sentence.quotes, at, at + len(first.text)) or first.is_quote:
                    clause = None  # '"The cost will be high," Birch warned': the quotation is his
            if clause is not None and len(list(clause.subtree)) <= 7:
                obj_text = " ".join(t.text for t in clause.subtree)
            elif clause is not None:  # "shared that ... a significant amount of work remains"
                said = clause_core(clause)
                obj_text = f"that {said}" if said else ""
        words = " ".join(w for w in [subject_text, *aux, verb, *particles, obj_text] if w)
        if len(words.split()) <= 1:  # "Expire": "Offer expire", "Procedures go before Security Council"
            words = bare_clause(trigger) or words
        return cap(words + where(words, locations))

    def _subject_phrase(self, subject, resolver, sentence: _Sentence, drafts=()) -> str:
        names = []
        person = self._titled_subject(subject, sentence, resolver)
        if person is not None:  # "Gonzalez's lawyer, Greg Craig, asked": Craig
            return short(person)
        subtree = {t.i for t in subject.subtree} - {  # not its relative clause, nor the role
            t.i for c in subject.children  # set off after a name ("O'Donnell, the U.S. attorney",
            # "Ninoska Perez of the Miami-based Cuban-American National Foundation")
            if c.dep_ == "relcl" or (c.dep_ in {"appos", "prep", "npadvmod"} and subject.pos_ == "PROPN")
            or (c.dep_ == "prep" and c.lower_ in {"in", "at", "near"} and subject.pos_ == "NOUN"
                and any(p.ent_type_ in {"GPE", "LOC"} for p in c.children))  # (where, said after it)
            or (c.dep_ == "amod" and c.lower_ == "based")  # ("Salt Lake City-based First Security",
            for t in c.subtree}  # "Philip Morris Cos., New York, adopted")
        inside = [m for m in sentence.mentions if m.root.i in subtree]
        roles = " ".join(r.role for m in inside if (r := resolver.resolve(m)) is not None
                         and r.kind == "person" and r.role)
        people = {m.root.i for m in inside if m.label_ == "PERSON"}
        for mention in inside:
            if mention.root.dep_ == "poss" and mention.root.head.i in people:
                continue  # "Smith Barney's Mr. Doyle": Doyle
            if is_title_modifier(mention.root) or (mention.label_ != "PERSON" and mention.text in roles) \
                    or _owns_a_relative([mention.root, *path_to_root(mention.root, subject), subject]):
                continue  # ("Director of the FBI Louis Freeh": "Freeh", not "FBI and Freeh"; nor the
                # shipyard of "major creditors of bankrupt shipyard Waertsilae Marine")
            resolved = resolver.resolve(mention)
            if resolved is not None and resolved.is_place and describes_a_company(mention.root):
                continue  # "The Avon, Conn., company's stock": which company, not a place that acts
            if subject.pos_ == "NOUN" and mention.label_ in {"GPE", "LOC", "NORP", "FAC"} \
                    and any(t.dep_ == "prep" and t.lower_ not in {"of", "by", "from", "between"}
                            for t in path_to_root(mention.root, subject)):
                continue  # "restrictions for Palestinians": not "Palestinian Territory restrictions"
            if any(t.dep_ in {"appos", "acl", "relcl"} for t in path_to_root(mention.root, subject)[1:]):
                continue  # "A bid by Ciba-Geigy Ltd., a drug company based in Basel": whose bid, not
                # where that company is; "NATO's mission, since its founding in 1949, a time when ..."
            if resolved is not None:
                # "Russian drones", not "Russia drones"; "White House", not "Washington".
                demonym = (mention.text in DEMONYMS or mention.text[:-1] in DEMONYMS) \
                    and resolved.kind != "group" \
                    and resolver.text[mention.end_char:mention.end_char + 1] != "-"  # "Cuban-Americans"
                name = mention.text if demonym or self.gaz.is_seat(mention.text) else short(resolved)
                if name not in names:
                    names.append(name)
        if names and (subject.pos_ == "PROPN" or any(m.root.i == subject.i and resolver.resolve(m) is not None
                                                     for m in inside)):
            return " and ".join(names[:3])  # (also "Ratners and Weisfield's said", read as a noun)
        if names and subject.pos_ == "NOUN" and len(names) <= 3:
            return f"{' and '.join(names)} {subject.text.lower()}"
        owner = next((c for c in subject.children if c.dep_ == "poss" and (
            (c.pos_ == "NOUN" and c.lemma_.lower() in ORGANISATION_NOUNS) or c.lower_ == "its")), None)
        at = sentence.start + owner.idx - sentence.span.start_char if owner is not None else 0
        company = resolver.last_organization(at) if owner is not None and not names else None
        if company is not None and owner.lower_ == "its" \
                and company.name not in {a.name for d in drafts[-3:] for a in d.event.actors}:
            text = resolver.text
            before = max(text.rfind(". ", 0, max(0, sentence.start - 2)),
                         text.rfind("\n", 0, max(0, sentence.start - 1)), 0)
            near = text[before:at].lower()  # (the sentence before, and its own up to "its")
            if not any(name.lower() in near for name in company.aliases | {company.name}):
                company = None  # ("Its defense exports", after "CCTV cameras" that did nothing:
                # no company's; but "Coleco said ... Its shares rose")
        if company is not None:  # "The company's stock hit a high", "Its shares rose": Coleco
            # Industries Inc. stock
            return f"{short(company)} {subject.text.lower()}"
        return noun_phrase(subject, 4)


# What a bidder does to his own offer ("the bid by X was extended": by X, not "was rejected").
_OWN_TERMS_VERBS = {"extend", "raise", "lower", "sweeten", "withdraw", "amend", "revise", "increase",
                    "cut", "drop"}


def _offsets(sentence: _Sentence, token) -> tuple[int, int]:
    """The character offsets of a token of the sentence in the article."""
    start = sentence.start + token.idx - sentence.span.start_char
    return start, start + len(token.text)


def _company_told_of(noun, sentence: _Sentence, resolver: EntityResolver) -> Resolved | None:
    """The company a closing "the company said" speaks for when its sentence names one before
    it ("He did not work for FedEx, as earlier reported, the company said": FedEx, though the
    model took it for a place it does not know), or None."""
    if noun.dep_ != "nsubj" or noun.head.i < noun.i or noun.head.lemma_.lower() not in REPORTING_VERBS \
            or not any(t.lower_ == "," for t in noun.doc[sentence.span.start:noun.i]):
        return None
    named = [r for m in sentence.mentions if m.root.i < noun.i and not names_a_medium(m.root)
             and (r := resolver.resolve(m)) is not None
             and (r.kind == "organization"
                  or (r.kind == "place" and (r.place is None or r.place.lat is None)))]
    return resolver.company_named(named[-1]) if named else None


def _name_the_lead(lead: _Draft, draft: _Draft) -> None:
    """A lead that holds back its person's name ("A top regional Federal Reserve official
    sharply criticized Friday ...") gives it as the subject of the next paragraph ("Federal
    Reserve Bank of Kansas City President Thomas M. Hoenig ... said"): the lead's act is theirs."""
    subject = lead.trigger.head if lead.trigger.dep_ == "acl" else subject_of(lead.trigger)  # (the
    # parser may hang "criticized" on "official" as a participle)
    named = subject_of(draft.trigger)
    if lead.persons or subject is None or named is None or len(draft.persons) != 1 \
            or subject.lemma_.lower() not in ROLE_NOUNS | HEAD_WORDS | OFFICIAL_NOUNS \
            or not any(c.lower_ in {"a", "an"} for c in subject.children) \
            or named.ent_type_ != "PERSON" or not lead.trigger.tag_.startswith("VB") \
            or draft.trigger.dep_ != "ROOT" or subject.left_edge.i != subject.sent.start \
            or named.left_edge.i != named.sent.start:
        return
    lead.persons = list(draft.persons)
    lead.event.actors = [p.ref() for p in draft.persons]


def _told_as_a_scene(trigger, actors) -> bool:
    """Whether an act could go on with a scene told before it: done by people (not "The FBI
    dispatched agents"), in the simple past ("at first tried", which the tagger may read as a
    participle, and "did acknowledge"), not in a perfect ("has clashed", "had exaggerated": before it)."""
    helpers = [c for c in trigger.children if c.dep_ in {"aux", "auxpass"}]
    return bool(actors) and all(a.kind == "person" for a in actors) and (
        (not helpers and (trigger.tag_ == "VBD" or (trigger.tag_ == "VBN" and trigger.dep_ == "ROOT")))
        or (trigger.tag_ == "VB" and [c.lower_ for c in helpers] == ["did"]))


def _fronted_participle(clause, trigger) -> bool:
    """A past participle opening the sentence, without a subject of its own, that a person's act
    in the simple past follows at once ("Reached by phone on May 12, Lahav hung up"; not "Rescued
    on Nov. 25, Elian has become the subject of a custody battle", nor "Previously detailed by the
    Guardian in 2015, the report cited ...")."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.head.i == trigger.i \
        and clause.i == clause.sent.start and trigger.tag_ == "VBD" \
        and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children) \
        and any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in {"he", "she"})
                for c in trigger.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children)


def _shown_by_records(verb):
    """What records show someone named did ("court documents establish that Morales sent
    encrypted emails", "It turned out that UC Global employees photographed ..."): the act."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    turned_out = verb.lemma_.lower() == "turn" and subject is not None and subject.lower_ == "it" \
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)  # "It turned out that"
    if not turned_out and (verb.lemma_.lower() not in {"establish", "show", "reveal", "indicate", "confirm",
                                                       "prove"}
                           or subject is None or subject.lemma_.lower() not in _RECORDS):
        return None
    named = {"PERSON", "ORG", "GPE", "NORP"}
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and any(
        s.dep_ == "nsubj" and (s.ent_type_ in named or any(m.ent_type_ in named for m in s.children))
        for s in c.children)), None)  # (also "UC Global employees")


def _shortly_within(base: When, text: str) -> When | None:
    """"Days later", "the next day" after an event dated only by its month or year ("In 2016,
    Morales rushed off to a fair in Las Vegas. Days later, he returned"): that month or year
    (weeks, only within a year); None otherwise."""
    shortly = _SHORTLY_AFTER.search(text)
    if shortly is None or not base.start or base.granularity not in {"month", "year"} \
            or (base.granularity == "month" and "week" in shortly.group(0).lower()):
        return None
    return When(base.start, base.end, base.granularity, text, "relative-to-event")


def _people_of_a_country(token) -> bool:
    """"Americans will be required", "millions of poor Americans will receive": people of the
    country, not the country (but "the Americans proposed" may be its delegation)."""
    if token.tag_ != "NNPS" or any(c.lower_ == "the" for c in token.children):
        return False
    return token.dep_ in {"nsubj", "nsubjpass"} or (
        token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _QUANTITIES)


def _a_planning_word(token) -> bool:
    """"expected / scheduled / due / set (to meet)" (the model lemmatises "hopes" as "hop")."""
    return token.lemma_.lower() in PLANNING_VERBS or (
        token.pos_ == "VERB" and re.sub(r"(?:e?s|e?d|ing)$", "", token.lower_) in _PLANNING_STEMS)


def _plan_since_changed(verb) -> bool:
    """"It had been due to expire Friday", "The offer previously had been scheduled to expire at
    midnight Friday": what was planned, in the past perfect, and so did not happen then."""
    if verb.dep_ != "xcomp" or not _a_planning_word(verb.head):
        return False
    plan = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in plan.children)


def _just_before(draft: _Draft, sentence: _Sentence, same_paragraph: bool = True) -> bool:
    """Whether a draft's sentence is the one right before `sentence` (in its paragraph)."""
    return 0 <= sentence.start - draft.event.span[1] <= 2 \
        and (not same_paragraph or draft.paragraph == sentence.paragraph)


# Verbs of a view of what is to come.
_FORECAST_VERBS = {"expect", "predict", "forecast", "anticipate", "project", "foresee", "think",
                   "believe", "worry", "fear"}


def _unnamed_forecast(verb) -> bool:
    """"Wall Street analysts expect the trend to continue into the fourth quarter", "Many worried
    their efforts ... would fail today": what people nobody names foresee, not an event of then."""
    step = verb
    while step.dep_ in {"xcomp", "ccomp", "conj"} and step.head.i != step.i:
        step = step.head
        if step.lemma_.lower() in _FORECAST_VERBS:
            subject = next((c for c in step.children if c.dep_ == "nsubj"), None)
            return subject is not None and (subject.pos_ == "NOUN" or subject.lower_ in {
                "many", "some", "most", "others"}) \
                and not any(t.ent_type_ in {"PERSON", "ORG"} for t in subject.subtree)
    return False


# Verbs of the terms a proposal or a law sets ("requires the company to begin an auction").
_TERMS_VERBS = {"require", "allow", "permit", "oblige", "entitle", "bar", "forbid"}


def _hypothetical(verb) -> bool:
    """"could help slash costs by the end of 1990", "talking about possibly buying back debt next
    year", "the proposal requires the company to begin an auction in June 1994": what may be, not
    an event of that time."""
    for step in (verb, verb.head if verb.dep_ in {"xcomp", "pcomp"} else None):
        if step is not None and any((c.dep_ == "aux" and c.lower_ in {"could", "might", "may"})
                                    or (c.dep_ == "advmod" and c.lower_ in {"possibly", "perhaps", "maybe"})
                                    for c in step.children):
            return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _TERMS_VERBS \
        and verb.head.tag_ in {"VBZ", "VBP"}  # (a term of a proposal or a law, in the present)


def _denied_above(verb) -> bool:
    """"The facility wasn't to begin turning out product until 1993": a clause under a denied verb
    tells what did not (yet) happen."""
    step = verb
    while step.dep_ == "xcomp" and step.head.i != step.i:
        step = step.head
        if denied(step):
            return True
    return False


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph (the line) holding character `at` begins."""
    return text.rfind("\n", 0, at) + 1


def _owns_a_relative(path) -> bool:
    """Whether a name on this path to the verb only says whose friend, lawyer or relative the
    actor is (but "the boy's great-uncle, Lazaro Gonzalez" names the uncle himself)."""
    return any(step.lemma_.lower() in RELATION_NOUNS
               and (below.dep_ in {"prep", "poss"}  # (and "Anheuser competitors": theirs)
                    or (below.dep_ == "compound" and step.lemma_.lower() in TRADE_RELATIONS))
               and below.lower_ != "including"  # ("supporters, including Ann Robinson": hers)
               for below, step in pairwise(path))


_extractor: EventExtractor | None = None


def extract_events(article: Article) -> list[Event]:
    """The events of an article (the extractor and its model are loaded on first use)."""
    global _extractor
    if _extractor is None:
        _extractor = EventExtractor()
    return _extractor.extract(article)
