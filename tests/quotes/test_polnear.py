"""PolNeAR reading and scoring (issue 3, item 4) on real files of ../shared/corpora/polnear/dev."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.quotes.polnear import (
    parse_ann,
    GoldArticle,
    PredictedQuote,
    gold_as_predictions,
    match,
    overlap_ok,
    read_split,
    score,
    speaker_ok,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "corpora" / "polnear" / "dev"
CADDELL = "breitbart_2016-09-15_pat-caddell-democrat-voters-worr"
FLYNN = "politico_2016-09-08_flynn-says-trump-absolutely-righ"


@pytest.fixture(scope="module")
def dev() -> dict[str, GoldArticle]:
    if not DEV.is_dir():
        pytest.skip(f"PolNeAR dev split missing at {DEV}")
    return {a.id: a for a in read_split(DEV)}


def test_reads_one_annotation_file(dev):
    art = dev[CADDELL]
    assert art.annotator == "4e07" and art.annotators == ("4e07",)
    assert len(art.attributions) == 7  # E1..E7 of CADDELL_4e07.ann
    e3 = next(a for a in art.attributions if a.id == "E3")
    # T9 is discontinuous: "Content 315 448;463 553"; checked by hand against the text
    assert e3.content == ((315, 448), (463, 553))
    assert art.text[315:448].startswith("“One of the things I am surprised about")
    assert art.text[463:553] == "“Yesterday, there were two polls. Morning Consult and Rasmussen had very similar numbers.”"
    assert e3.content_text == art.text[315:448] + " " + art.text[463:553]
    assert e3.cue_text == "said" and e3.source_text == "Caddell" and e3.quoted
    e2 = next(a for a in art.attributions if a.id == "E2")
    assert e2.source_text == art.text[159:199] == "longtime Democratic pollster Pat Caddell"
    assert not e2.quoted


def test_first_annotator_in_sorted_order(dev):
    art = dev[FLYNN]
    assert art.annotators == ("4b22", "4e07", "5fec", "6b86", "d473", "ef2d")
    assert art.annotator == "4b22"


def test_split_size(dev):
    assert len(dev) == 84
    assert all(a.attributions for a in dev.values())


def test_perfect_predictions_score_one(dev):
    preds = {a.id: gold_as_predictions(a) for a in dev.values()}
    got = score(dev.values(), preds)
    for what in ("content", "cue", "source"):
        for rule in ("exact", "overlap"):
            assert got[what][rule]["f1"] == 1.0, (what, rule)
    assert got["quoted_recall"]["exact"] == 1.0
    assert got["speaker_accuracy"]["accuracy"] == 1.0


def test_empty_predictions_score_zero_recall(dev):
    got = score([dev[CADDELL]], {})
    assert got["gold_attributions"] == 7 and got["predicted_quotes"] == 0
    for what in ("content", "cue", "source"):
        assert got[what]["overlap"]["recall"] == 0.0
    assert got["quoted_recall"]["overlap"] == 0.0


def test_overlap_rule_exactly_half():
    # a = 0..10, b = 5..15: 5 shared characters, half of each -> counts
    assert overlap_ok(((0, 10),), ((5, 15),))
    # a = 0..10, b = 6..16: 4 shared characters, less than half -> does not count
    assert not overlap_ok(((0, 10),), ((6, 16),))
    # half of the short span but less than half of the long one -> does not count
    assert not overlap_ok(((0, 4),), ((2, 20),))
    # discontinuous: segments 0..4 and 10..14 (8 chars) against 0..8 (8 chars): 4 shared
    assert overlap_ok(((0, 4), (10, 14)), ((0, 8),))
    assert not overlap_ok((), ((0, 8),))


def test_matching_is_one_to_one():
    gold = [frozenset(range(0, 10)), frozenset(range(0, 10))]
    pred = [frozenset(range(0, 10))]
    assert len(match(gold, pred, "overlap")) == 1
    assert len(match(gold, pred, "exact")) == 1


def test_quotation_marks_and_whitespace_are_trimmed_for_exact_match(dev):
    art = dev[CADDELL]
    e5 = next(a for a in art.attributions if a.id == "E5")  # Content 575 842;843 1076, in quotes
    (a, _), (_, b) = e5.content
    inner = PredictedQuote(content=((a + 1, 842), (843, b - 1)), kind="direct")
    got = score([art], {art.id: [inner]})
    assert got["content"]["exact"]["matched"] == 1


def test_speaker_by_name_or_mention(dev):
    art = dev[CADDELL]
    e3 = next(a for a in art.attributions if a.id == "E3")  # source "Caddell" at 454..461
    by_name = PredictedQuote(content=e3.content, speaker_name="Pat Caddell")
    by_mention = PredictedQuote(content=e3.content, source=((454, 461),), speaker_name="Someone Else")
    wrong = PredictedQuote(content=e3.content, source=((0, 3),), speaker_name="Hillary Clinton")
    for pred, ok in ((by_name, 1), (by_mention, 1), (wrong, 0)):
        got = score([art], {art.id: [pred]})["speaker_accuracy"]
        assert (got["correct"], got["total"]) == (ok, 1)


def test_pipeline_output_scores(dev, pipeline):
    from dateline.records import Article

    art = dev[CADDELL]
    ex = pipeline.extract(Article(id=art.id, text=art.text, path=art.path))
    preds = [PredictedQuote.from_quote(q) for q in ex.quotes]
    assert preds, "dateline finds the quotes of the Caddell article"
    got = score([art], {art.id: preds})
    assert got["predicted_quotes"] == len(preds)
    assert got["content"]["overlap"]["recall"] > 0
    assert 0.0 <= got["speaker_accuracy"]["accuracy"] <= 1.0


def test_span_over_a_line_break_is_read_although_brat_stores_only_its_first_line():
    name = "nyt_2016-04-18_for-news-outlets-feeling-the-squ"
    split = SHARED / "corpora" / "polnear" / "train"
    text = (split / "text" / f"{name}.txt").read_text(encoding="utf-8")
    ann = (split / "attributions" / f"{name}_4e07.ann").read_text(encoding="utf-8")
    atts = parse_ann(ann, text)
    multi_line = [a for a in atts if any("\n" in text[s:e] for s, e in a.content)]
    assert atts and multi_line


def test_a_source_that_names_no_one_keeps_its_words(pipeline):
    """PolNeAR train, a first-person excerpt: "I urged the judge to give me a fair sentence, which I
    said was not a prison sentence": the source is "I", whom the story never names."""
    from dateline.quotes.polnear import predicted_attributions
    from dateline.records import Article

    gold = next(a for a in read_split(SHARED / "corpora" / "polnear" / "train")
                if a.id.startswith("breitbart_2015-11-19_exclusive-excerpt-dinesh"))
    got = pipeline.extract(Article(id=gold.id, text=gold.text))
    q = next(q for q in got.quotes if q.text.startswith("give me a fair sentence"))
    assert q.speaker is None and q.cue == "urged"
    assert q.unresolved_source == "I" and gold.text[q.unresolved_start:q.unresolved_end] == "I"
    assert gold.text[q.unresolved_end:q.unresolved_end + 7] == " urged "
    (pred,) = [p for p in predicted_attributions(got.quotes) if p.content[0][0] == q.start]
    assert pred.source == ((q.unresolved_start, q.unresolved_end),) and pred.speaker_name is None
    g = next(a for a in gold.attributions if "give me a fair sentence" in a.content_text)
    assert speaker_ok(g, pred)  # PolNeAR's source is the span "I"
