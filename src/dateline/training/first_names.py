"""Rebuild the first-name gender table: ``python -m dateline.training.first_names``.

Reads the name data of the PyPI package ``nomquamgender`` 0.1.4 (MIT licence; Van Buskirk,
Clauset and Larremore, "An open-source cultural consensus approach to name-based gender
classification", ICWSM 2023: for each lower-case given name, the number of sources, the number
of people counted and the probability that a bearer was gendered female, pooled from 36 national
and international sources). Install it with ``pip install --no-deps nomquamgender==0.1.4``
(``scripts/setup`` does); its package is found without importing it, so pandas is not needed.

Keeps the names written in the Latin letters a-z, hyphen and apostrophe, borne by at least
``MIN_PEOPLE`` people, whose probability is at least ``CONFIDENT`` one way (``f``) or at most
``1 - CONFIDENT`` (``m``); writes them sorted, one ``name<TAB>m|f`` line each, to
``src/dateline/data/first_names.tsv.gz`` (gzip without a time stamp: the same input gives the
same bytes). :mod:`dateline.actors.gender` reads it.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import sys
from pathlib import Path

from ..actors.gender import NAMES_PATH

MIN_PEOPLE = 30
CONFIDENT = 0.95
_LATIN = re.compile(r"[a-z][a-z'-]+")


def source_file() -> Path:
    """The package's ``name_data.json``.

    Raises:
        FileNotFoundError: when nomquamgender is not installed.
    """
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("nomquamgender is not installed: pip install --no-deps nomquamgender==0.1.4")
    return Path(list(spec.submodule_search_locations)[0]) / "name_data.json"


def table(data: dict) -> list[tuple[str, str]]:
    """``(name, "m"|"f")`` pairs of the confident, common, Latin-script names of ``data``, sorted."""
    out = []
    for name, row in data.items():
        people, p_female = row[1], row[2]
        if not _LATIN.fullmatch(name) or people < MIN_PEOPLE:
            continue
        if p_female >= CONFIDENT:
            out.append((name, "f"))
        elif p_female <= 1 - CONFIDENT:
            out.append((name, "m"))
    return sorted(out)


def build(out: Path = NAMES_PATH) -> dict:
    """Write the table; returns the counts."""
    rows = table(json.loads(source_file().read_text(encoding="utf-8")))
    body = "".join(f"{name}\t{gender}\n" for name, gender in rows).encode("utf-8")
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as fh:
        fh.write(body)
    return {"names": len(rows), "female": sum(g == "f" for _, g in rows), "out": str(out)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=NAMES_PATH, help="where to write the table")
    args = parser.parse_args(argv)
    try:
        print(json.dumps(build(args.out)))
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
