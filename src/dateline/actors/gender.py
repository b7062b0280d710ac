"""Gender of a person from their first name, for pronoun agreement ("she" is not the man).

The table (``data/first_names.tsv.gz``, about 77,000 names) holds the given names that the
nomquamgender data (MIT; Van Buskirk et al., ICWSM 2023) gives to one gender for at least 95% of
at least 30 bearers; it is rebuilt by :mod:`dateline.training.first_names` and read once per
process. A name absent from it (rare, unisex or written in another script) gives no gender, and
coreference then treats the person as either.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from ..errors import Code, DatelineError

NAMES_PATH = Path(__file__).resolve().parents[1] / "data" / "first_names.tsv.gz"


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    try:
        with gzip.open(NAMES_PATH, "rt", encoding="utf-8") as fh:
            return dict(line.rstrip("\n").split("\t") for line in fh if "\t" in line)
    except (OSError, ValueError) as exc:
        raise DatelineError(Code.KNOWLEDGE_BASE, path=str(NAMES_PATH), reason=f"first-name table unreadable: {exc}") \
            from exc


def first_name_gender(name: str) -> str | None:
    """``"m"``, ``"f"`` or ``None`` for a person's full name ("Sharmistha Mukherjee" -> ``"f"``):
    the gender of its first word, when the name has at least two words (a surname alone says
    nothing) and the table knows the first word.

    Raises:
        DatelineError: E012 when the packaged table is missing or unreadable.
    """
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].strip(".,").lower()
    return _names().get(first)
