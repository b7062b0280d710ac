"""Tests of dateline.ingest.checks: empty, too large and non-English texts."""
from __future__ import annotations

import csv
import gzip
import json
import time
from pathlib import Path

import pytest

from dateline.errors import Code, InputError
from dateline.ingest import checks
from dateline.ingest.checks import check_article_text, detect_language

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

FRENCH = (
    "Le président de la République a annoncé mardi soir une série de mesures destinées à "
    "soutenir le pouvoir d'achat des ménages. Selon le gouvernement, ces dispositions "
    "entreront en vigueur dès le mois prochain. L'opposition a dénoncé des annonces "
    "« insuffisantes » et réclame un débat au Parlement."
)
GERMAN = (
    "Die Bundesregierung hat am Mittwoch neue Hilfen für die Ukraine beschlossen. Nach Angaben "
    "des Verteidigungsministeriums sollen weitere Luftabwehrsysteme geliefert werden. Kanzler "
    "Scholz sagte in Berlin, Deutschland werde die Ukraine so lange wie nötig unterstützen. "
    "Die Opposition kritisierte, die Entscheidung komme zu spät."
)
SPANISH = (
    "El Gobierno español aprobó este martes un nuevo paquete de medidas para hacer frente a la "
    "subida de los precios de la energía. Según fuentes del Ministerio de Economía, las ayudas "
    "llegarán a más de dos millones de hogares. La oposición ha criticado que el plan llega tarde."
)
RUSSIAN = (
    "Правительство во вторник одобрило новый пакет мер поддержки семей, пострадавших от роста "
    "цен на энергоносители. По словам министра финансов, первые выплаты поступят гражданам уже "
    "в этом месяце. Оппозиция раскритиковала план, назвав его недостаточным."
)
CHINESE = (
    "中国政府周二宣布了一系列新的经济刺激措施，旨在提振国内消费和稳定就业。国家发展和改革委员会表示，"
    "这些措施将在下个月开始实施。分析人士认为，政策力度仍然不足以扭转经济下行的趋势。"
)


def _raises(text: str, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        check_article_text(text, **kwargs)
    return info.value


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \u00a0\n"])
def test_empty_or_white_space_is_e001(text):
    assert _raises(text).code is Code.EMPTY


def test_too_large_is_e003_and_checked_before_anything_else(monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("language detection ran on an over-long text")

    monkeypatch.setattr(checks, "detect_language", forbidden)
    err = _raises("x" * 101, max_chars=100)
    assert err.code is Code.TOO_LARGE
    assert err.reason == "the article has 101 characters, over the limit of 100 characters"
    assert _raises(" " * 101, max_chars=100).code is Code.TOO_LARGE  # size before emptiness
    monkeypatch.undo()
    check_article_text("x" * 100, max_chars=100)  # at the limit: fine


@pytest.mark.parametrize("text, language", [
    (FRENCH, "french"), (GERMAN, "german"), (SPANISH, "spanish"),
    (RUSSIAN, "russian"), (CHINESE, "chinese"),
])
def test_other_languages_are_e005(text, language):
    err = _raises(text)
    assert err.code is Code.NOT_ENGLISH
    assert err.reason == f"the article is not in English (detected: {language})"


@pytest.mark.parametrize("text", [
    "Zelensky thanks Erdoğan.",
    "Putin, Xi meet in Moscow",
    "Bundeskanzler Scholz trifft Macron in Paris",  # too short to judge: accepted
    "Squad: Szczęsny, Bereszyński, Glik, Bednarek, Kiwior, Cash, Zieliński, Krychowiak, "
    "Frankowski, Lewandowski, Milik, Świderski, Piątek, Grosicki, Kamiński, Skóraś, Moder, "
    "Szymański, Zalewski, Bielik, Żurkowski. Coach: Michniewicz.",
])
def test_short_texts_and_name_lists_are_accepted(text):
    check_article_text(text)
    assert detect_language(text) is None


def test_english_with_many_foreign_names_and_a_french_quote_is_accepted():
    text = (
        "Volodymyr Zelensky met Recep Tayyip Erdoğan, Hakan Fidan and İbrahim Kalın in Ankara "
        "on Tuesday, while Andriy Yermak and Rustem Umerov held talks with Jean-Noël Barrot. "
        "Barrot told Le Monde: « La France restera aux côtés de l'Ukraine aussi longtemps qu'il "
        "le faudra. » Szczęsny, Bereszyński and Glik were also named by the ministry."
    )
    check_article_text(text)


def test_reference_article_is_english():
    check_article_text((SHARED / "articles" / "000_23741e95d5d05c55.txt").read_text(encoding="utf-8"))


def test_no_wikinews_2019_article_is_rejected_as_non_english():
    with open(SHARED / "corpora" / "wikinews" / "wikinews_2019.csv", encoding="utf-8", newline="") as fh:
        texts = [row["text"] for row in csv.DictReader(fh)]
    assert len(texts) == 171
    started = time.perf_counter()
    rejected = []
    for text in texts:
        try:
            check_article_text(text)
        except InputError as err:
            rejected.append((err.code, text[:60]))
    elapsed = time.perf_counter() - started
    assert rejected == []
    print(f"language check of 171 wikinews articles: {elapsed:.3f} s")


def test_detector_is_built_once():
    assert checks._detector() is checks._detector()


@pytest.mark.parametrize(
    "text",
    [
        "a" * 5000,  # one run of letters, no word
        "\n".join("%$#@!*&^()[]{}<>?/|\\~`+=-_;:0123456789" * 2 for _ in range(40)),  # symbols
        " ".join(["1,234.5 | 678.9 | 0.12 %"] * 60),  # numbers only
    ],
)
def test_junk_is_e015_not_prose(text):
    with pytest.raises(InputError) as err:
        check_article_text(text)
    assert err.value.code is Code.NOT_PROSE
    assert "0% of its first" in str(err.value)


def test_the_sparsest_real_article_is_prose():
    # of the 38,551 AllSides, PolNeAR and VOA texts, a table of candidates' taxes has the
    # lowest share of characters in words (0.535): still prose
    with gzip.open(SHARED / "corpora" / "allsides" / "allsides_articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        text = next(
            json.loads(line)["content_original"] for line in fh if "The Candidates And Their Taxes Two years" in line
        )
    share, chars = checks.word_share(text)
    assert chars >= checks.MIN_PROSE_CHARS and round(share, 3) == 0.535
    check_article_text(text)


def test_word_share_of_the_reference_article():
    text = (SHARED / "articles" / "000_23741e95d5d05c55.txt").read_text(encoding="utf-8")
    share, chars = checks.word_share(text)
    assert chars > 2000 and share > 0.9
