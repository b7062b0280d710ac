"""dateline.normalize.places: the offline gazetteer and places in a parsed document."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.normalize.places import find_places, lookup_place

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "articles" / "000_23741e95d5d05c55.txt"
WIKINEWS = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"


@pytest.fixture(scope="module")
def nlp():
    from dateline.nlp.pipeline import load_nlp

    return load_nlp()


def places(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for p in find_places(nlp(text))]


@pytest.mark.parametrize("name, country, kind", [
    ("U.S", "USA", "country"), ("U.S.", "USA", "country"), ("US", "USA", "country"),
    ("the US", "USA", "country"), ("UK", "GBR", "country"), ("Britain", "GBR", "country"),
    ("China", "CHN", "country"), ("Saudi Arabia", "SAU", "country"), ("Hong Kong", "HKG", "country"),
    ("Kyiv", "UKR", "city"), ("Kiev", "UKR", "city"), ("Brussels", "BEL", "city"), ("Kabul", "AFG", "city"),
    ("Washington", "USA", "city"), ("Paris", "FRA", "city"), ("Odessa", "UKR", "city"),
    ("Crimea", "UKR", "region"), ("Gaza", "PSE", "region"), ("West Bank", "PSE", "region"),
    ("Texas", "USA", "region"), ("the Soviet Union", None, "country"), ("USSR", None, "country"),
])
def test_lookup_place(name, country, kind):
    info = lookup_place(name)
    assert info is not None
    assert (info.country, info.kind) == (country, kind)


def test_lookup_coordinates_and_misses():
    kyiv = lookup_place("Kyiv")
    assert kyiv.lat == pytest.approx(50.45, abs=0.05) and kyiv.lon == pytest.approx(30.52, abs=0.05)
    assert kyiv.capital
    assert lookup_place("Ukraine").lat is None  # countries carry no point
    assert lookup_place("us") is None
    assert lookup_place("Trump") is None
    assert lookup_place("") is None


@pytest.mark.parametrize("text, expected", [
    ("We traveled to China.", [("China", "CHN")]),
    ("Officials in the U.S said the talks would resume.", [("U.S", "USA")]),
    ("The Soviet Union invaded Afghanistan in 1979 and Soviet troops entered Kabul.",
     [("Soviet Union", None), ("Afghanistan", "AFG"), ("Kabul", "AFG")]),
    ("He studied at the University of China.", []),
])
def test_find_places_small_sentences(nlp, text, expected):
    assert places(nlp, text) == expected


def test_reference_article(nlp):
    text = REFERENCE.read_text(encoding="utf-8")
    found = find_places(nlp(text))
    by_text = {p.text: p.country for p in found}
    assert by_text["Brussels"] == "BEL"
    assert by_text["Saudi Arabia"] == "SAU"
    assert by_text["Crimea"] == "UKR"  # spaCy: ORG
    assert by_text["Kyiv"] == "UKR"  # spaCy: PERSON
    assert by_text["Washington"] == "USA"
    assert sum(p.text == "Kyiv" for p in found) == 3
    for p in found:
        assert text[p.start:p.end] == p.text
    assert not {"Trump", "Putin", "Healey", "Nato"} & set(by_text)


def _doc(words: list[str], ents: list[str]) -> Doc:
    return Doc(Vocab(), words=words, ents=ents)


def test_override_is_conservative():
    # a lone PERSON "Kyiv" is a place; a title, a common first name or a person's name are not
    assert [p.country for p in find_places(_doc(["in", "Kyiv", "."], ["O", "B-PERSON", "O"]))] == ["UKR"]
    assert find_places(_doc(["Mr", "Kyiv", "said"], ["O", "B-PERSON", "O"])) == []
    assert find_places(_doc(["Jordan", "said"], ["B-PERSON", "O"])) == []
    doc = _doc(["Georgia", "Meloni", "met", "Georgia", "."], ["B-PERSON", "I-PERSON", "O", "B-PERSON", "O"])
    assert find_places(doc) == []
    # a small town labelled ORG is not taken; a GPE not in the gazetteer is kept without a country
    assert find_places(_doc(["Lumbertown", "Inc"], ["B-ORG", "I-ORG"])) == []
    unknown = find_places(_doc(["in", "Zzyzxville"], ["O", "B-GPE"]))
    assert [(p.text, p.country, p.kind) for p in unknown] == [("Zzyzxville", None, "place")]


def test_wikinews_sentence(nlp):
    sentence = ("State media on Saturday reported a war-damaged five-storey block of flats collapsed in a "
                "former rebel-held neighbourhood of Aleppo, Syria.")
    with WIKINEWS.open(encoding="utf-8") as handle:
        assert any(sentence in row["text"] for row in csv.DictReader(handle))
    assert places(nlp, sentence) == [("Aleppo", "SYR"), ("Syria", "SYR")]
