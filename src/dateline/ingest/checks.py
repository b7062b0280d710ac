"""Checks an article's text must pass before analysis: not empty, not too large, English.

The language check errs towards English: dateline only rejects a text when

* it has at least :data:`MIN_WORDS` words that do not start with a capital letter
  (shorter texts, and the names of an English text, are not judged),
* lingua (low-accuracy mode, restricted to :data:`LANGUAGES`, first
  :data:`SAMPLE_CHARS` characters) puts another language first with confidence of at
  least :data:`MIN_CONFIDENCE`, and
* English function words ("the", "and", "of", "said", ...) make up less than
  :data:`MIN_ENGLISH_SHARE` of the words: real English prose has 20-30 %, so English
  full of foreign names, or quoting a foreign sentence, still passes.
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dateline.errors import Code, InputError

if TYPE_CHECKING:
    from lingua import LanguageDetector

__all__ = ["check_article_text", "detect_language"]

SAMPLE_CHARS = 3000
MIN_WORDS = 20
MIN_CONFIDENCE = 0.5
MIN_ENGLISH_SHARE = 0.04

LANGUAGES = (
    "ENGLISH", "FRENCH", "GERMAN", "SPANISH", "PORTUGUESE", "ITALIAN", "DUTCH", "RUSSIAN",
    "UKRAINIAN", "POLISH", "TURKISH", "ARABIC", "CHINESE", "JAPANESE", "KOREAN",
)
# Frequent English words that are not also frequent words of the other languages above
# ("a", "in", "is", "to", "on", "was", "by", "will" ... are left out for that reason).
_ENGLISH_WORDS = frozenset(
    "the and of that with for were has have said says from which but been his"
    " their they this would are be not it who when after".split()
)
_WORD = re.compile(r"\w+")
# a word of letters; every kana or CJK ideograph counts as one (those scripts have no spaces)
_LETTERS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W\d_]+")


def check_article_text(text: str, *, max_chars: int = 1_000_000) -> None:
    """Raise if ``text`` cannot be analysed as an English news article.

    Args:
        text: the decoded article text.
        max_chars: the largest accepted length, in characters (``len(text)``).

    Raises:
        InputError: E003 when ``len(text) > max_chars`` (checked first, before any other
            work); E001 when the text is empty or white space only; E005 when another
            language dominates (rules in the module docstring; the reason names it).
    """
    if len(text) > max_chars:
        raise InputError(Code.TOO_LARGE, size=f"{len(text):,} characters", limit=max_chars)
    if not text.strip():
        raise InputError(Code.EMPTY, what="the article", why="no text after stripping white space")
    language = detect_language(text)
    if language is not None:
        raise InputError(Code.NOT_ENGLISH, language=language)


def detect_language(text: str) -> str | None:
    """The dominant language of ``text`` when it is confidently not English, else ``None``.

    Returns the lower-case English name of the language (``"french"``) or ``None`` when
    the text is English, too short to judge, or in doubt. Only the first
    :data:`SAMPLE_CHARS` characters are read, and capitalised words (mostly names) are
    left out, so a list of foreign names in an English text does not count as foreign.
    """
    common = _WORD.sub(_drop_capitalised, text[:SAMPLE_CHARS])
    words = _LETTERS.findall(common.lower())
    if len(words) < MIN_WORDS:
        return None
    if sum(w in _ENGLISH_WORDS for w in words) / len(words) >= MIN_ENGLISH_SHARE:
        return None
    confidences = _detector().compute_language_confidence_values(common)
    if not confidences:
        return None
    top = confidences[0]
    if top.language.name == "ENGLISH" or top.value < MIN_CONFIDENCE:
        return None
    return top.language.name.lower()


def _drop_capitalised(match: re.Match[str]) -> str:
    return "" if match[0][0].isupper() else match[0]


@cache
def _detector() -> LanguageDetector:
    """The lingua detector, built once on first use."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
