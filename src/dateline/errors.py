"""Every user-facing error and warning of dateline, with its stable code.

Codes never change meaning once released; new ones are appended. Code raises
:class:`DatelineError` (or a subclass) carrying one of these codes, so a batch can
report the code and the reason for a skipped article and go on with the rest.

Codes
-----
E001 empty input (an article without text, or a file of records that holds none)
E002 binary input           E003 input too large
E004 undecodable text       E005 not English            E006 record without text
E007 unreadable path        E008 malformed record       E009 unsupported format
E010 bad argument           E011 processing failure     E012 knowledge-base error
E013 not found (an API path or record)
E014 time budget exceeded (one article took longer than ``--time-budget`` seconds)
E015 not prose (too few of the characters form words: "aaaa...", rows of symbols)

Warnings (``W``) are attached to an article and never stop it.
"""
from __future__ import annotations

from enum import Enum


class Code(str, Enum):
    """Stable error and warning codes (``E`` stops one article, ``W`` only notes)."""

    EMPTY = "E001"
    BINARY = "E002"
    TOO_LARGE = "E003"
    UNDECODABLE = "E004"
    NOT_ENGLISH = "E005"
    NO_TEXT = "E006"
    UNREADABLE = "E007"
    MALFORMED = "E008"
    UNSUPPORTED = "E009"
    BAD_ARGUMENT = "E010"
    PROCESSING = "E011"
    KNOWLEDGE_BASE = "E012"
    NOT_FOUND = "E013"
    TIME_BUDGET = "E014"
    NOT_PROSE = "E015"
    # warnings
    DECODED_LEGACY = "W001"
    UNBALANCED_QUOTES = "W002"
    NO_PUBLICATION_DATE = "W003"
    BAD_DATE = "W004"
    IMPLAUSIBLE_DATE = "W005"


MESSAGES: dict[Code, str] = {
    Code.EMPTY: "{what} is empty ({why})",  # "the article" / "the input" (a file with no record)
    Code.BINARY: "the input is binary, not text ({detail})",
    Code.TOO_LARGE: "the article has {size}, over the limit of {limit:,} characters",
    Code.UNDECODABLE: "the bytes could not be decoded as text in any known encoding",
    Code.NOT_ENGLISH: "the article is not in English (detected: {language})",
    Code.NO_TEXT: "the record has no text field (looked for: {fields})",
    Code.UNREADABLE: "cannot read {path}: {reason}",
    Code.MALFORMED: "malformed record: {reason}",
    Code.UNSUPPORTED: "unsupported input format {suffix!r} (expected one of {expected})",
    Code.BAD_ARGUMENT: "{reason}",
    Code.PROCESSING: "processing failed: {reason}",
    Code.KNOWLEDGE_BASE: "knowledge base {path}: {reason}",
    Code.NOT_FOUND: "{what} not found",
    Code.TIME_BUDGET: "the article took longer than its time budget of {seconds:g} s ({stage}); skipped",
    Code.NOT_PROSE: "the article is not prose: {share:.0%} of its first {chars:,} non-space characters form words (news prose has over 50%; under 40% is refused)",
    Code.DECODED_LEGACY: "the text was not UTF-8; decoded as {encoding}",
    Code.UNBALANCED_QUOTES: "unbalanced quotation mark at offset {offset}; quote recovered up to the paragraph end",
    Code.NO_PUBLICATION_DATE: "no publication date; relative dates are left unresolved",
    Code.BAD_DATE: "publication date {value!r} is not an ISO 8601 date; ignored",
    Code.IMPLAUSIBLE_DATE: "publication date {value!r} is before {first} or after {last}; ignored",
}


def message(code: Code, **detail: object) -> str:
    """The message for ``code`` with its ``{placeholders}`` filled from ``detail``."""
    return MESSAGES[code].format(**detail)


class DatelineError(Exception):
    """An error with a stable code; ``str(err)`` is ``"E001: the article is empty ..."``.

    Attributes:
        code: the :class:`Code`.
        reason: the human-readable message without the code.
    """

    def __init__(self, code: Code, **detail: object) -> None:
        self.code = code
        self.reason = message(code, **detail)
        self.detail = detail
        super().__init__(f"{code.value}: {self.reason}")


class InputError(DatelineError, ValueError):
    """The article or record cannot be read as English news text (E001–E009)."""


class ArgumentError(DatelineError, ValueError):
    """A command-line or API argument is invalid (E010)."""


class ProcessingError(DatelineError, RuntimeError):
    """An article could not be processed by a pipeline stage (E011)."""


class KnowledgeBaseError(DatelineError, ValueError):
    """A knowledge-base data file is invalid (E012)."""
