"""The actor knowledge base: people with their offices and terms, and named bodies.

Plain CSV files shipped in ``dateline/data`` that users edit, one row per fact, each with its
``source``:

- ``people.csv``: ``name, aliases (;-separated), gender (m/f), country (ISO alpha-3 or an
  organisation code), office (a key of :data:`dateline.actors.roles.TITLES`), sector (PLOVER),
  start, end (ISO 8601 dates; empty end = still in office), qid (Wikidata), source``.
  One row per term of office.
- ``bodies.csv``: ``name, aliases, country, sector, qid, source`` for ministries, legislatures,
  courts, armed groups and other bodies that act in the news.

The office valid on the article's publication date wins: "the US president" is Donald Trump
in a 2019 and a 2025 article, Joe Biden in a 2022 one.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from ..errors import Code, KnowledgeBaseError


@dataclass(frozen=True)
class Term:
    """One term of office: ``start``/``end`` ISO dates (``end`` ``None`` while in office)."""

    country: str
    office: str
    sector: str | None
    start: date | None
    end: date | None

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class Person:
    """A person the knowledge base knows, with every recorded term of office."""

    name: str
    aliases: tuple[str, ...]
    gender: str | None
    qid: str | None
    terms: list[Term]

    def term_on(self, day: date | None) -> Term | None:
        """The term valid on ``day``; when none is, the last one begun before ``day`` (Biden in
        2019: his vice presidency, ended), else the latest term."""
        valid = [t for t in self.terms if t.valid_on(day)]
        if valid:
            return valid[0]
        before = [t for t in self.terms if day is not None and t.start is not None and t.start <= day]
        return max(before or self.terms, key=lambda t: t.start or date.min) if self.terms else None

    def role_on(self, day: date | None) -> str | None:
        """The office held on ``day``, "former OFFICE" for a term ended before it, else None
        (a term still to come is no role: "president" for Biden in 2019 was wrong)."""
        term = self.term_on(day)
        if term is None or term.valid_on(day) or day is None:
            return term.office if term else None
        return f"former {term.office}" if term.end is not None and term.end <= day else None


@dataclass(frozen=True)
class Body:
    """A named body: ministry, legislature, court, armed group, agency."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    qid: str | None


def _key(name: str) -> str:
    """A name as the tables are looked up by: lower case, typographic apostrophes straight
    ("Jama’at" and "Jama'at" are one name)."""
    return name.lower().replace("’", "'").replace("‘", "'")


def _date(value: str, path: str, line: int) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise KnowledgeBaseError(Code.KNOWLEDGE_BASE, path=path, reason=f"line {line}: bad date {value!r}") from exc


def _rows(name: str) -> list[tuple[int, dict[str, str]]]:
    text = resources.files("dateline.data").joinpath(name).read_text(encoding="utf-8")
    return [(i + 2, row) for i, row in enumerate(csv.DictReader(text.splitlines()))]


class KnowledgeBase:
    """People and bodies, looked up by name, alias or office.

    Raises:
        KnowledgeBaseError: E012 when a data file has a bad row.
    """

    def __init__(self, people_file: str = "people.csv", bodies_file: str = "bodies.csv") -> None:
        self.people: dict[str, Person] = {}
        for line, row in _rows(people_file):
            name = row["name"].strip()
            if not name or not row["country"].strip() or not row["office"].strip():
                raise KnowledgeBaseError(Code.KNOWLEDGE_BASE, path=people_file,
                                         reason=f"line {line}: name, country and office are required")
            person = self.people.get(name)
            if person is None:
                aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
                person = Person(name, aliases, row["gender"].strip() or None, row["qid"].strip() or None, [])
                self.people[name] = person
            person.terms.append(Term(row["country"].strip(), row["office"].strip(), row["sector"].strip() or None,
                                     _date(row["start"], people_file, line), _date(row["end"], people_file, line)))
        self.bodies = [
            Body(row["name"].strip(), tuple(a.strip() for a in row["aliases"].split(";") if a.strip()),
                 row["country"].strip() or None, row["sector"].strip() or None, row["qid"].strip() or None)
            for _, row in _rows(bodies_file)
        ]
        self._names: dict[str, list[Person]] = {}
        for person in self.people.values():
            for alias in (person.name, *person.aliases):
                self._names.setdefault(_key(alias), []).append(person)
        self._bodies: dict[str, Body] = {}
        for body in self.bodies:
            for alias in (body.name, *body.aliases):
                self._bodies[_key(alias)] = body
        #: the offices (keys such as ``prime minister``) the knowledge base lists for each state
        self.offices: dict[str, set[str]] = {}
        for person in self.people.values():
            for term in person.terms:
                self.offices.setdefault(term.country, set()).add(term.office)
        #: every office it lists for some state
        self.listed_offices: set[str] = set().union(*self.offices.values())

    def person(self, name: str, on: date | None = None) -> Person | None:
        """The person called ``name`` (full name or alias). A bare surname matches only when
        one known person has it, or one of them held office on ``on``."""
        found = self._names.get(_key(name), [])
        if len(found) > 1:
            found = [p for p in found if p.term_on(on) and p.term_on(on).valid_on(on)] or found
        if len(found) == 1:
            return found[0]
        return None

    def office_holder(self, country: str, office: str, on: date | None) -> Person | None:
        """Who held ``office`` (a key such as ``president``) for ``country`` on ``on``."""
        for person in self.people.values():
            for term in person.terms:
                if term.country == country and term.office == office and term.valid_on(on):
                    return person
        return None

    def body(self, name: str) -> Body | None:
        """The body called ``name`` (case-insensitive, with or without a leading "the")."""
        key = _key(name)
        return self._bodies.get(key) or self._bodies.get(key.removeprefix("the "))


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The knowledge base shipped with dateline (loaded once per process)."""
    return KnowledgeBase()


#: Columns of ``people.csv``, in order.
PEOPLE_COLUMNS = ("name", "aliases", "gender", "country", "office", "sector", "start", "end", "qid", "source")

#: Offices several people hold at once (their terms may overlap).
SHARED_OFFICES = frozenset({"minister", "official", "leader", "senator", "legislator", "ambassador", "envoy", "judge"})


def _known_codes_and_offices() -> tuple[set[str], set[str]]:
    from .countries import country_table
    from .roles import TITLES

    return set(country_table().names), {office for office, _ in TITLES.values()}


def person_row_dates(row: dict[str, str], path: str = "people.csv", line: int = 0) -> tuple[date | None, date | None]:
    """``(start, end)`` of a ``people.csv`` row.

    Raises:
        KnowledgeBaseError: E012 when a date is not ISO 8601.
    """
    return _date(row.get("start") or "", path, line), _date(row.get("end") or "", path, line)


def validate_person_row(row: dict[str, str], where: str = "people.csv", *, codes: set[str] | None = None,
                        offices: set[str] | None = None, strict: bool = False) -> list[str]:
    """Problems of one ``people.csv`` row, each prefixed with ``where`` (empty when the row is sound).

    Checks dates (ISO 8601, end after start), the country code (known to the gazetteer), the
    office (a key of :data:`dateline.actors.roles.TITLES`) and the source. A bad date stops the
    other checks. ``strict`` (used for new rows) also requires name, country and office, gender
    ``m``/``f`` or empty, a three-letter upper-case sector and a ``Q``-number QID.
    ``codes``/``offices`` default to the gazetteer's codes and the offices of ``TITLES``.
    """
    if codes is None or offices is None:
        known_codes, known_offices = _known_codes_and_offices()
        codes = known_codes if codes is None else codes
        offices = known_offices if offices is None else offices
    row = {k: (row.get(k) or "") for k in PEOPLE_COLUMNS}
    problems: list[str] = []
    if strict:
        missing = [c for c in ("name", "country", "office", "source") if not row[c].strip()]
        if missing:
            problems.append(f"{where}: {', '.join(missing)} required")
    try:
        start, end = person_row_dates(row)
    except KnowledgeBaseError as exc:
        return problems + [f"{where}: {exc.detail['reason'].removeprefix('line 0: ')}"]
    if start and end and end <= start:
        problems.append(f"{where}: end {end} is not after start {start}")
    if codes and row["country"] not in codes and not (strict and not row["country"]):
        problems.append(f"{where}: unknown country code {row['country']!r}")
    if row["office"] not in offices and not (strict and not row["office"]):
        problems.append(f"{where}: unknown office {row['office']!r}")
    if not row["source"].strip() and not strict:
        problems.append(f"{where}: no source")
    if strict:
        if row["gender"].strip() not in ("", "m", "f"):
            problems.append(f"{where}: gender must be m, f or empty, not {row['gender']!r}")
        sector = row["sector"].strip()
        if sector and not (len(sector) == 3 and sector.isalpha() and sector.isupper()):
            problems.append(f"{where}: sector must be a PLOVER code such as GOV or MIL, not {sector!r}")
        qid = row["qid"].strip()
        if qid and not (qid[0] == "Q" and qid[1:].isdigit()):
            problems.append(f"{where}: qid must be a Wikidata id such as Q22686, not {qid!r}")
        for col in PEOPLE_COLUMNS:
            if "\n" in row[col] or "\r" in row[col]:
                problems.append(f"{where}: {col} holds a line break")
    return problems


def term_overlaps(terms: dict[tuple[str, str], list[tuple[date, date | None, str]]]) -> list[str]:
    """Overlapping terms of one office and country held by different people, as messages."""
    problems: list[str] = []
    for (country, office), spans in terms.items():
        if office in SHARED_OFFICES:
            continue
        spans.sort()
        for (s1, e1, n1), (s2, _e2, n2) in zip(spans, spans[1:]):
            if e1 is None or e1 > s2:
                if n1 != n2:
                    problems.append(f"people.csv: {country} {office}: {n1} (from {s1}) overlaps {n2} (from {s2})")
    return problems


def check_knowledge_base() -> list[str]:
    """Problems in the shipped knowledge-base files (an empty list when they are sound).

    Checks ``people.csv`` (dates valid and in order, country codes known to the gazetteer,
    offices known to :data:`dateline.actors.roles.TITLES`, sources given, no duplicate rows,
    no overlapping terms of one office and country) and ``bodies.csv`` (codes, sources,
    duplicate names), then the country and organisation tables
    (:func:`dateline.actors.countries.validate`).
    """
    from .countries import validate

    problems: list[str] = []
    codes, offices = _known_codes_and_offices()
    seen: set[tuple[str, ...]] = set()
    terms: dict[tuple[str, str], list[tuple[date, date | None, str]]] = {}
    for line, row in _rows("people.csv"):
        where = f"people.csv line {line}"
        key = tuple(row.values())
        if key in seen:
            problems.append(f"{where}: duplicate row")
        seen.add(key)
        problems.extend(validate_person_row(row, where, codes=codes, offices=offices))
        try:
            start, end = person_row_dates(row, "people.csv", line)
        except KnowledgeBaseError:
            continue
        if start:
            terms.setdefault((row["country"], row["office"]), []).append((start, end, row["name"]))
    problems.extend(term_overlaps(terms))
    names: set[str] = set()
    for line, row in _rows("bodies.csv"):
        if row["name"] in names:
            problems.append(f"bodies.csv line {line}: duplicate name {row['name']!r}")
        names.add(row["name"])
        if row["country"] and codes and row["country"] not in codes:
            problems.append(f"bodies.csv line {line}: unknown country code {row['country']!r}")
        if not row["source"].strip():
            problems.append(f"bodies.csv line {line}: no source")
    return problems + validate()
