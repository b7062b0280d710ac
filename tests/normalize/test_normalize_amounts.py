"""dateline.normalize.amounts: money and percentages."""
from __future__ import annotations

import csv
from pathlib import Path

import pycountry
import pytest

from dateline.normalize.amounts import CODES, find_amounts, parse_amount, unknown_codes

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "articles" / "000_23741e95d5d05c55.txt"
WIKINEWS = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"


def triples(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(a.text, a.value, a.currency, a.unit) for a in find_amounts(text)]


@pytest.mark.parametrize("text, value, currency", [
    ("£150m", 150_000_000, "GBP"),
    ("$2.5bn", 2_500_000_000, "USD"),
    ("€3 billion", 3_000_000_000, "EUR"),
    ("US$40 million", 40_000_000, "USD"),
    ("Rs 500 crore", 5_000_000_000, "INR"),
    ("1.2 million dollars", 1_200_000, "USD"),
    ("50,000 euros", 50_000, "EUR"),
    ("$500", 500, "USD"),
    ("¥1,000", 1_000, "JPY"),
    ("500 yen", 500, "JPY"),
    ("A$2m", 2_000_000, "AUD"),
    ("C$3.5 billion", 3_500_000_000, "CAD"),
    ("USD 2bn", 2_000_000_000, "USD"),
    ("5m GBP", 5_000_000, "GBP"),
    ("3 billion yuan", 3_000_000_000, "CNY"),
    ("a million dollars", 1_000_000, "USD"),
    ("10 million pounds", 10_000_000, "GBP"),
    ("500 billion won", 500_000_000_000, "KRW"),
])
def test_money(text, value, currency):
    amount = parse_amount(text)
    assert amount is not None
    assert (amount.value, amount.currency, amount.unit) == (value, currency, None)
    assert (amount.start, amount.end) == (0, len(text))


@pytest.mark.parametrize("text, value", [
    ("20%", 20), ("around 20%", 20), ("20 percent", 20), ("20 per cent", 20), ("3.5 pct", 3.5),
])
def test_percentages(text, value):
    amount = parse_amount(text)
    assert (amount.text, amount.value, amount.currency, amount.unit) == (text, value, None, "percent")


@pytest.mark.parametrize("text", [
    "In 2014 he had 300 soldiers.",
    "The oldest, age 29, weighed 82 pounds (37 kg).",
    "They sent 50 pounds of rice.",
    "Measured in 2019 dollars.",
    "He won 3 games.",
    "a 10 percentage-point increase",
    "a 150m sprint",
    "us 5",
])
def test_not_amounts(text):
    assert find_amounts(text) == []


def test_reference_article():
    text = REFERENCE.read_text(encoding="utf-8")
    found = find_amounts(text)
    assert triples(text) == [("£150m", 150_000_000, "GBP", None), ("around 20%", 20, None, "percent")]
    for amount in found:
        assert text[amount.start:amount.end] == amount.text


def _wikinews_sentence(start: str) -> str:
    with WIKINEWS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            i = row["text"].find(start)
            if i >= 0:
                return row["text"][i:row["text"].index(".", i + len(start)) + 1]
    raise AssertionError(start)


@pytest.mark.parametrize("start, expected", [
    ("In addition to prison, the men's identities", [
        ("€20,000", 20_000, "EUR", None), ("£17,500", 17_500, "GBP", None), ("US$22,900", 22_900, "USD", None)]),
    ("The United States, which has retreated from a previous goal", [("US$300", 300_000_000_000, "USD", None)]),
    ("Currently, NASA pays for Russian spacecraft", [("roughly US$80 million", 80_000_000, "USD", None)]),
    ("Chelyabinsk's governor has promised", [("one million rubles", 1_000_000, "RUB", None)]),
    ("The ten states with highest youth suicide rates", [
        ("50%", 50, None, "percent"), ("around 20%", 20, None, "percent")]),
])
def test_wikinews_sentences(start, expected):
    assert triples(_wikinews_sentence(start)) == expected


def test_currency_codes_are_iso_4217():
    assert unknown_codes() == []
    assert all(pycountry.currencies.get(alpha_3=code) for code in CODES)


def test_parse_amount_needs_the_whole_text():
    assert parse_amount("20% more") is None
    assert parse_amount("  £150m ").value == 150_000_000
