"""Verbs of ordinary news are no triggers (:mod:`dateline.events.verbs`, issue 14): the keyness
table built by ``python -m dateline.training.build_verbs`` and its use by the coder, and the other
evidence checks of :mod:`dateline.events.evidence` (nouns of political processes acting on no one,
releases of things), on real sentences of the AllSides corpus in ../shared."""
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
    # "… with White House press secretary Sarah Sanders releasing a statement insisting …": no RETREAT
    (1209, "Sarah Sanders releasing a statement", set()),
    # an event verb outside the lexicon with a recipient stays: "urged party leaders … to return"
    (1147, "Trump urged party leaders Friday to return", {("REQUEST", "urged")}),
])
def test_ordinary_verbs_give_no_event(extract, number, needle, kept):
    text, published = _paragraph(number, needle)
    got = {(e.type, e.trigger) for e in extract(text, published=published).events}
    assert not any(trigger in ("need", "evaluated", "releasing") or kind == "REQUEST" and trigger == "saying"
                   for kind, trigger in got), got
    assert kept <= got, got


def test_a_process_noun_acting_on_no_one_is_no_event(pipeline):
    # AllSides 1026: "Even as the Greek election looms, some European leaders are scrambling …":
    # the noun "election" with its state adjective is a candidate the model had coded AGREE
    from dateline.events.evidence import bare_process
    from dateline.training.events import story_coders

    text, published = _paragraph(1026, "Even as the Greek election looms")
    [(_, coder)] = list(story_coders(pipeline, [{"id": "t", "text": text, "published": published}]))
    election = next(c for c, _ in coder.candidates() if c.kind == "noun" and c.trigger.text == "election")
    assert [a.country for a in election.actor] == ["GRC"] and not election.recipient
    assert bare_process(election)
    assert not any(e.trigger == "election" for e in coder.code())
