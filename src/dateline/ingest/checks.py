"""Checks an article's text must pass before analysis: not empty, not too large, prose, English.

A text is prose when at least :data:`MIN_WORD_SHARE` of the non-space characters of its
first :data:`SAMPLE_CHARS` characters lie in words (runs of 1 to :data:`MAX_WORD_LETTERS`
letters; each kana or CJK ideograph counts). Over the 38,551 AllSides, PolNeAR and VOA
texts in ``../shared/corpora`` the lowest share is 0.535 (a table of candidates' taxes),
the median 0.96; "aaaa..." and rows of symbols have 0. Texts of fewer than
:data:`MIN_PROSE_CHARS` non-space characters are not judged.

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

__all__ = ["check_article_text", "detect_language", "word_share"]

SAMPLE_CHARS = 3000
MIN_WORDS = 20
MIN_CONFIDENCE = 0.5
MIN_ENGLISH_SHARE = 0.04
MIN_WORD_SHARE = 0.4
MAX_WORD_LETTERS = 25
MIN_PROSE_CHARS = 200

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
# a word for the prose check: a kana or CJK ideograph, or a whole run of 1-25 letters
_PROSE_WORD = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
    rf"|(?<![^\W\d_])[^\W\d_]{{1,{MAX_WORD_LETTERS}}}(?![^\W\d_])"
)


def check_article_text(text: str, *, max_chars: int = 1_000_000) -> None:
    """Raise if ``text`` cannot be analysed as an English news article.

    Args:
        text: the decoded article text.
        max_chars: the largest accepted length, in characters (``len(text)``).

    Raises:
        InputError: E003 when ``len(text) > max_chars`` (checked first, before any other
            work); E001 when the text is empty or white space only; E015 when it is not
            prose and E005 when another language dominates (rules in the module
            docstring; the reason gives the share of characters in words, or the language).
    """
    if len(text) > max_chars:
        raise InputError(Code.TOO_LARGE, size=f"{len(text):,} characters", limit=max_chars)
    if not text.strip():
        raise InputError(Code.EMPTY, what="the article", why="no text after stripping white space")
    language = detect_language(text)
    if language is not None:
        raise InputError(Code.NOT_ENGLISH, language=language)
    share, chars = word_share(text)
    if chars >= MIN_PROSE_CHARS and share < MIN_WORD_SHARE:
        raise InputError(Code.NOT_PROSE, share=share, chars=chars)


def word_share(text: str) -> tuple[float, int]:
    """The share of non-space characters in words, and their count, in the first
    :data:`SAMPLE_CHARS` characters of ``text``: ``(0.96, 2_410)`` for a news story.

    A word is a whole run of 1 to :data:`MAX_WORD_LETTERS` letters, or one kana or CJK
    ideograph; a longer run of letters ("aaaa...") is no word. ``(0.0, 0)`` for white space.
    """
    sample = text[:SAMPLE_CHARS]
    chars = sum(not c.isspace() for c in sample)
    if not chars:
        return 0.0, 0
    return sum(len(w) for w in _PROSE_WORD.findall(sample)) / chars, chars


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
