"""Money and percentages in text, as :class:`~dateline.records.Amount` records.

Money needs a currency: a symbol or code before the number ("£150m", "US$40 million",
"€3 billion", "Rs 500 crore", "USD 2bn") or a currency word or code after it ("1.2 million
dollars", "50,000 euros", "3 billion yuan", "2 million USD"). Scale words and suffixes:
k/thousand, m/mn/mln/million, b/bn/billion, tn/trn/trillion, lakh (1e5), crore (1e7);
a range shares its scale ("US$300 and 400 billion" gives 300 billion). Percentages are a
number followed by "%", "percent", "per cent" or "pct" (``unit="percent"``, value in percent).
A hedge before the amount ("around 20%", "more than $2bn") is part of the text. Plain
numbers, years and other units are never amounts.

Conventions: "$" alone is US dollars, "¥" yen, "Rs" Indian rupees; "pounds" and "won" are
money only after a scale word ("10 million pounds"; "82 pounds" is a weight) or with a
qualifier ("pounds sterling", "Korean won"), and never before "of"; a bare
year before a currency word ("2019 dollars") is not an amount. Values are
exact decimals: an ``int`` when whole, else a ``float``, in the currency's own units.
Currency codes are ISO 4217 and checked against pycountry (:data:`CODES`).
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..records import Amount

_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "£": "GBP", "€": "EUR", "¥": "JPY",
    "₹": "INR", "Rs.": "INR", "Rs": "INR", "₽": "RUB", "₩": "KRW", "₪": "ILS", "₺": "TRY", "₴": "UAH",
}
#: ISO 4217 codes recognised next to a number ("USD 5m", "5m USD"); RMB is an alias of CNY.
CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "KRW",
         "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "TRY", "UAH", "ILS", "SAR", "AED", "EGP", "NGN",
         "KES", "PKR", "IDR", "THB", "IRR", "QAR", "KWD")
_CODE_ALIASES = {"RMB": "CNY"}
#: Currency words after a number; longer (qualified) names first.
_WORDS = {
    "US dollars": "USD", "U.S. dollars": "USD", "American dollars": "USD", "Australian dollars": "AUD",
    "Canadian dollars": "CAD", "New Zealand dollars": "NZD", "Hong Kong dollars": "HKD",
    "Singapore dollars": "SGD", "Taiwan dollars": "TWD", "New Taiwan dollars": "TWD", "dollars": "USD",
    "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP",
    "pound": "GBP", "sterling": "GBP", "Egyptian pounds": "EGP", "Lebanese pounds": "LBP",
    "Syrian pounds": "SYP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR",
    "Indian rupees": "INR", "Pakistani rupees": "PKR", "Sri Lankan rupees": "LKR", "Nepalese rupees": "NPR",
    "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB", "Korean won": "KRW",
    "South Korean won": "KRW", "shekels": "ILS", "new shekels": "ILS", "lira": "TRY", "liras": "TRY",
    "Turkish lira": "TRY", "Swiss francs": "CHF", "rand": "ZAR", "naira": "NGN", "riyals": "SAR",
    "Saudi riyals": "SAR", "Qatari riyals": "QAR", "rials": "IRR", "Iranian rials": "IRR", "dirhams": "AED",
    "Moroccan dirhams": "MAD", "hryvnias": "UAH", "hryvnia": "UAH", "zlotys": "PLN", "zloty": "PLN",
    "Swedish kronor": "SEK", "kronor": "SEK", "Norwegian kroner": "NOK", "Danish kroner": "DKK",
    "pesos": "MXN", "Mexican pesos": "MXN", "Argentine pesos": "ARS", "Philippine pesos": "PHP",
    "Colombian pesos": "COP", "Chilean pesos": "CLP", "reais": "BRL", "Brazilian reais": "BRL",
    "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "won": "KRW",
}
#: Words that are amounts only after a scale word: "82 pounds" is a weight, "won 3" a verb.
_NEEDS_SCALE = {"won", "pounds", "pound"}
_SCALES = {"k": 3, "thousand": 3, "m": 6, "mn": 6, "mln": 6, "million": 6, "b": 9, "bn": 9, "billion": 9,
           "tn": 12, "trn": 12, "trillion": 12, "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7}
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "half a": Decimal("0.5")}
_HEDGES = ("around", "about", "approximately", "roughly", "nearly", "almost", "some", "an estimated",
           "up to", "more than", "less than", "fewer than", "at least", "at most", "over", "under")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_WORDNUM = rf"(?P<wnum>{_alternation(_WORD_NUMBERS)})"
_SCALE_WORD = r"thousand|million|billion|trillion|lakhs?|crores?"
_SCALE = rf"(?:\s?(?P<scale>{_SCALE_WORD}|mn|mln|bn|trn|tn)|(?P<suffix>[kmbKMB])(?![\w$]))"
_HEDGE = rf"(?:(?P<hedge>{_alternation(_HEDGES)})\s+)?"
_CODE = rf"(?:{_alternation(CODES + tuple(_CODE_ALIASES))})"
_SYMBOL = rf"(?P<symbol>{_alternation(_SYMBOLS)}|{_CODE}\s)"
_RANGE = re.compile(rf"\s*(?:and|to|-|–)\s*\$?\d[\d,.]*\s?(?P<scale>{_SCALE_WORD}|bn|mn|tn)\b")

_PREFIXED = re.compile(rf"(?<![\w$£€¥]){_HEDGE}{_SYMBOL}\s?{_NUM}(?!\d){_SCALE}?(?![\w%])")
_SUFFIXED = re.compile(
    rf"(?<![\w$£€¥.,]){_HEDGE}(?:{_NUM}|{_WORDNUM}){_SCALE}?\s+"
    rf"(?P<word>{_alternation(_WORDS)}|{_CODE})(?!\w)(?!\s+of\b)", re.IGNORECASE)
_PERCENT = re.compile(rf"(?<![\w.,]){_HEDGE}{_NUM}\s?(?:%|(?:percent|per\s?cent|pct)\b)", re.IGNORECASE)


def _number(m: re.Match[str]) -> Decimal:
    if m.groupdict().get("num"):
        return Decimal(m["num"].replace(",", ""))
    return Decimal(_WORD_NUMBERS[m["wnum"].lower()])


def _scaled(value: Decimal, scale: str | None) -> int | float:
    if scale:
        value *= Decimal(10) ** _SCALES[scale.lower()]
    return int(value) if value == value.to_integral_value() else float(value)


def _currency_of_word(word: str) -> str | None:
    for key, code in _WORDS.items():
        if key.lower() == word.lower():
            return code
    upper = word.upper()
    return _CODE_ALIASES.get(upper, upper if upper in CODES and word.isupper() else None)


def _prefixed(text: str) -> list[Amount]:
    out = []
    for m in _PREFIXED.finditer(text):
        symbol = m["symbol"].strip()
        currency = _SYMBOLS.get(symbol) or _CODE_ALIASES.get(symbol, symbol)
        scale = m["scale"] or m["suffix"]
        if scale is None and (r := _RANGE.match(text, m.end())):
            scale = r["scale"]
        out.append(Amount(m.group(0), m.start(), m.end(), _scaled(_number(m), scale), currency=currency))
    return out


def _suffixed(text: str) -> list[Amount]:
    out = []
    for m in _SUFFIXED.finditer(text):
        word, scale = m["word"], m["scale"] or m["suffix"]
        currency = _currency_of_word(word)
        if currency is None or (word.lower() in _NEEDS_SCALE and scale is None):
            continue
        if m["wnum"] and scale is None:
            continue  # "two dollars" is too small to matter and "a dollar" is not an amount
        if scale is None and re.fullmatch(r"(?:19|20)\d\d", m["num"] or ""):
            continue  # "in 2019 dollars" is a year
        out.append(Amount(m.group(0), m.start(), m.end(), _scaled(_number(m), scale), currency=currency))
    return out


def _percentages(text: str) -> list[Amount]:
    return [Amount(m.group(0), m.start(), m.end(), _scaled(_number(m), None), unit="percent")
            for m in _PERCENT.finditer(text)]


def find_amounts(text: str) -> list[Amount]:
    """Every money amount and percentage in ``text``, in text order, without overlaps.

    Offsets are Python ``str`` indices into ``text`` (end exclusive); money ``value`` is in
    the currency's units with ``currency`` an ISO 4217 code; percentages have
    ``unit="percent"``. Never raises.
    """
    found = _prefixed(text) + _suffixed(text) + _percentages(text)
    found.sort(key=lambda a: (a.start, a.start - a.end))
    kept: list[Amount] = []
    for amount in found:
        if not kept or amount.start >= kept[-1].end:
            kept.append(amount)
    return kept


def parse_amount(text: str) -> Amount | None:
    """The amount that the whole of ``text`` states ("£150m", "around 20%"), or ``None``.

    Offsets of the result are indices into ``text``. Never raises.
    """
    stripped = text.strip()
    for amount in find_amounts(text):
        if amount.text == stripped:
            return amount
    return None


@lru_cache(maxsize=1)
def unknown_codes() -> list[str]:
    """Currency codes used here that pycountry does not know (should be empty)."""
    import pycountry

    used = set(CODES) | set(_SYMBOLS.values()) | set(_WORDS.values()) | set(_CODE_ALIASES.values())
    return sorted(c for c in used if pycountry.currencies.get(alpha_3=c) is None)
