"""dateline.actors.countries: the country and organisation table."""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from dateline.actors.countries import CountryMatch, CountryTable, country_table, validate
from dateline.errors import KnowledgeBaseError

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "articles" / "000_23741e95d5d05c55.txt"
DATA = ROOT / "src" / "dateline" / "data"


@pytest.fixture(scope="module")
def table() -> CountryTable:
    return country_table()


def test_shipped_files_validate():
    assert validate() == []


def test_every_un_member_and_observer_has_a_name():
    with (DATA / "countries.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    names = Counter(r["alpha3"] for r in rows if r["field"] == "name")
    assert len(names) == 197 and set(names.values()) == {1}
    assert {"PSE", "VAT", "TWN", "XKX"} <= set(names)
    assert {r["source"] for r in rows} == {"pycountry", "geonames", "project"}


@pytest.mark.parametrize("text, code, via", [
    ("United States", "USA", "name"), ("US", "USA", "alias"), ("U.S.", "USA", "alias"),
    ("USA", "USA", "alias"), ("America", "USA", "alias"), ("United States of America", "USA", "alias"),
    ("UK", "GBR", "alias"), ("Britain", "GBR", "alias"), ("Great Britain", "GBR", "alias"),
    ("Russian Federation", "RUS", "alias"), ("American", "USA", "adjective"), ("British", "GBR", "adjective"),
    ("Russian", "RUS", "adjective"), ("Ukrainian", "UKR", "adjective"), ("Americans", "USA", "demonym"),
    ("the British", "GBR", "demonym"), ("The British", "GBR", "demonym"), ("Ukrainians", "UKR", "demonym"),
    ("Washington", "USA", "capital"), ("Kyiv", "UKR", "capital"), ("Kiev", "UKR", "capital"),
    ("Moscow", "RUS", "capital"), ("Beijing", "CHN", "capital"), ("Tehran", "IRN", "capital"),
    ("White House", "USA", "seat"), ("Kremlin", "RUS", "seat"), ("Downing Street", "GBR", "seat"),
    ("Whitehall", "GBR", "seat"), ("Élysée", "FRA", "seat"), ("Kosovo", "XKX", "name"),
    ("NATO", "NATO", "organisation"), ("Nato", "NATO", "organisation"), ("EU", "EUR", "organisation"),
    ("Europe", "EUR", "organisation"), ("European", "EUR", "adjective"), ("UN", "UN", "organisation"),
    ("African Union", "AFR", "organisation"), ("the West", "WST", "organisation"),
    ("the US’s", "USA", "alias"), (" Ukraine's", "UKR", "name"),
])
def test_match(table, text, code, via):
    match = table.match(text)
    assert match is not None
    assert (match.code, match.via) == (code, via)


def test_match_names_and_sectors(table):
    assert table.match("US") == CountryMatch("USA", "United States", "alias")
    assert table.match("Nato").sector == "IGO"
    assert table.match("the West").sector is None
    assert table.is_organisation("NATO") and not table.is_organisation("USA")
    assert table.name_of("GBR") == "United Kingdom"


@pytest.mark.parametrize("text", ["us", "Us", "nato", "the alliance", "un", "Healey", ""])
def test_no_match(table, text):
    assert table.match(text) is None


def spans(table, text):
    return [(text[s:e], m.code, m.via) for s, e, m in table.find_all(text)]


def test_find_all_longest_and_guarded(table):
    text = ("The Washington Post said Western Europe and Western leaders met in the South China Sea, "
            "New Mexico and Guinea-Bissau; Russian President Putin told us the US's allies in Papua New Guinea.")
    assert spans(table, text) == [
        ("Europe", "EUR", "organisation"), ("Western", "WST", "adjective"), ("Guinea-Bissau", "GNB", "name"),
        ("Russian", "RUS", "adjective"), ("US", "USA", "alias"), ("Papua New Guinea", "PNG", "name"),
    ]


def test_trie_finds_what_a_longest_first_alternation_finds(table):
    """The table's one trie-shaped expression (dateline.nlp.names.names_pattern) against the plain
    alternation of every name, longest first, over the 77 VOA stories: the same spans (phrases
    that name no actor, ``NOT_ACTORS``, are matched and dropped by both)."""
    import json
    import re

    from dateline.actors import countries

    names = sorted(table._entries, key=lambda v: (-len(v), v))
    plain = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(v) + (countries._NEXT_NOT_CAPITALISED if v in table._guarded else "") for v in names) + r")(?!\w)")
    lines = (SHARED / "corpora" / "voa" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    assert len(texts) == 77
    found = 0
    for text in texts:
        expected = [(m.start(), m.end()) for m in plain.finditer(text) if table._entries[m.group(0)] is not None]
        assert [(s, e) for s, e, _ in table.find_all(text)] == expected
        found += len(expected)
    assert found > 1000


def test_reference_article(table):
    text = REFERENCE.read_text(encoding="utf-8")
    found = table.find_all(text)
    for start, end, match in found:
        assert text[start:end] and match.code
    codes = Counter(m.code for _, _, m in found)
    assert codes["UKR"] >= 15 and codes["USA"] >= 6 and codes["NATO"] == 4 and codes["GBR"] == 3
    first = {text[s:e]: (m.code, m.via) for s, e, m in reversed(found)}
    assert first["Washington"] == ("USA", "capital")
    assert first["Kyiv"] == ("UKR", "capital")
    assert first["European"] == ("EUR", "adjective")
    assert first["Ukrainians"] == ("UKR", "demonym")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_reports_problems(tmp_path):
    countries = _write(tmp_path / "c.csv", "alpha3,field,value,source\n"
                       "USA,name,United States,pycountry\nUSA,name,America,project\n"
                       "QQQ,name,Nowhere,project\nGBR,name,United Kingdom,pycountry\n"
                       "GBR,alias,America,project\nFRA,name,Frankreich,pycountry\nFRA,alias,,project\n")
    orgs = _write(tmp_path / "o.csv", "code,field,value,source\nUSA,name,Org,project\nNATO,colour,blue,project\n")
    problems = "\n".join(validate(countries, orgs))
    for expected in ("QQQ is not an ISO", "USA has 3 name rows", "'America' names more than one code",
                     "'Frankreich' is not a pycountry name", "empty cell", "unknown field 'colour'",
                     "code USA is also a country code"):
        assert expected in problems


def test_loading_a_malformed_file_raises(tmp_path):
    bad = _write(tmp_path / "c.csv", "code,value\nUSA,US\n")
    with pytest.raises(KnowledgeBaseError) as err:
        CountryTable(countries=bad)
    assert err.value.code.value == "E012"


def test_user_rows_extend_the_table(tmp_path):
    text = (DATA / "countries.csv").read_text(encoding="utf-8") + "UKR,seat,Bankova Street,user\n"
    table = CountryTable(countries=_write(tmp_path / "c.csv", text))
    assert table.match("Bankova Street") == CountryMatch("UKR", "Ukraine", "seat")
