"""Verbs of ordinary news are no triggers (:mod:`dateline.events.verbs`, issue 14): the keyness
table built by ``python -m dateline.training.build_verbs`` and its use by the coder, on real
sentences of the AllSides corpus in ../shared."""
import gzip
import json
from itertools import islice

import pytest

from dateline.events.evidence import ORDINARY_BELOW
from dateline.events.verbs import EVENTFUL, VERBS_PATH, eventful, keyness
from shared_paths import SHARED


def test_event_verbs_outrank_the_verbs_of_ordinary_news():
    for lemma in ("impose", "violate", "seal", "invade", "order"):
        assert eventful(lemma), (lemma, keyness(lemma))
    for lemma in ("need", "do", "get", "know", "want", "save"):
        assert keyness(lemma) < ORDINARY_BELOW, (lemma, keyness(lemma))
    assert keyness("no-such-verb-here") == 0.0 < EVENTFUL


def test_the_table_is_small_and_records_its_inputs():
    data = json.loads(VERBS_PATH.read_text(encoding="utf-8"))
    assert VERBS_PATH.stat().st_size < 200_000
    assert data["meta"]["background_articles"] == 2500 and data["meta"]["lemmas"] == len(data["keyness"])


def _paragraph(number: int, needle: str) -> tuple[str, str]:
    path = SHARED / "corpora" / "allsides" / "allsides_articles.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        row = json.loads(next(islice(fh, number, number + 1)))
    text = row["content_original"]
    at = text.index(needle)
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return text[start: end if end >= 0 else len(text)], row["date"][:10]


@pytest.mark.parametrize("number, needle, kept", [
    # "… proposed actions on immigration need to be evaluated": "need" asks nothing of anyone
    (1070, "proposed actions on immigration need to be evaluated", set()),
    # a statement toward no one that names no act is no request: "…, saying people need “to learn …”"
    (1008, "Australian Prime Minister Scott Morrison spoke of the importance", set()),
    # an event verb outside the lexicon with a recipient stays: "urged party leaders … to return"
    (1147, "Trump urged party leaders Friday to return", {("REQUEST", "urged")}),
])
def test_ordinary_verbs_give_no_event(extract, number, needle, kept):
    text, published = _paragraph(number, needle)
    got = {(e.type, e.trigger) for e in extract(text, published=published).events}
    assert not any(trigger in ("need", "evaluated") or kind == "REQUEST" and trigger == "saying"
                   for kind, trigger in got), got
    assert kept <= got, got
