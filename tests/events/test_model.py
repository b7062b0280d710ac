"""The shipped event model: it loads once, its probabilities are well formed, it codes the
reference article as its build recorded, and the scorer of ``dateline eval events`` agrees with
``../shared/tools/score_folder.py``."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from dateline.events.model import MODEL_PATH, NONE, EventModel, default_model
from dateline.evaluation.events import score
from dateline.training.build_events import SETTINGS, event_signatures
from shared_paths import SHARED


def test_the_model_loads_once_and_is_small():
    assert default_model() is default_model()
    assert MODEL_PATH.stat().st_size < 3_000_000
    model = default_model()
    assert model.classes[-1] == NONE and len(model.classes) == 17  # the 16 PLOVER types and NONE
    assert 0 < model.threshold < 1


def test_probabilities_sum_to_one_and_the_lexicon_is_evidence():
    model = default_model()
    rows = [["k=verb", "lem=invade", "lex=ASSAULT", "rec=yes", "ar=nsubj", "rr=dobj"],
            ["k=noun", "lem=tariff", "lex=SANCTION", "rr=on"], []]
    probs = model.predict(rows)
    assert probs.shape == (3, 17) and np.allclose(probs.sum(axis=1), 1.0)
    types = model.classes[:-1]
    assert types[int(probs[0, :-1].argmax())] == "ASSAULT"
    assert types[int(probs[1, :-1].argmax())] == "SANCTION"


def test_a_missing_model_file_is_a_clear_error(tmp_path):
    from dateline.errors import DatelineError
    with pytest.raises(DatelineError) as err:
        EventModel.load(tmp_path / "absent.npz")
    assert err.value.code.value == "E012"


def test_the_reference_article_is_coded_as_the_build_recorded(reference):
    recorded = default_model().meta["reference_events"]
    assert recorded and event_signatures(reference.events) == recorded


def test_the_scorer_agrees_with_the_shared_score_folder(pipeline, tmp_path):
    from dateline.records import Article
    from dateline.training.events import read_gold, read_stories
    golds = read_gold(SHARED / "gold" / "voa" / "train")[:4]
    stories = read_stories(SHARED / "corpora" / "voa" / "voa_stories.jsonl")
    preds = {}
    for g in golds:
        story = stories[str(g["source"]["id"])]
        ex = pipeline.extract(Article(id=str(g["source"]["id"]), text=story["text"], published=g["published"]))
        preds[ex.article.id] = json.loads(json.dumps(ex.to_dict(), default=str))
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in preds.values()), encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for g in golds:
        (gold_dir / f"{g['source']['id']}.json").write_text(json.dumps(g), encoding="utf-8")
    ours = score((g, preds[str(g["source"]["id"])]) for g in golds)
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score_folder.py"), str(gold_dir), str(path),
                          "--json", "--attributes"], capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)
    assert ours["required_events"] == theirs["required_events"] > 10
    assert ours["predicted_events"] == theirs["predicted_events"] > 0
    assert ours["event_recall"] == pytest.approx(theirs["event_recall"])
    assert ours["event_precision"] == pytest.approx(theirs["event_precision"])
    assert ours["forbidden_events_reported"] == theirs["forbidden_events_reported"]
    for key in ("date", "location", "amount"):
        assert ours[f"{key}_checked"] == theirs[f"{key}_checked"]
        assert ours[f"{key}_agreement"] == pytest.approx(theirs[f"{key}_agreement"])
    assert theirs["date_checked"] > 5 and theirs["location_checked"] > 2


def test_the_manuals_example_sentences_are_read_with_v08_types():
    from dateline.training.events import read_gsr

    records = read_gsr(SHARED / "ontology" / "plover" / "PLOVER_GSR_CAMEO.txt")
    assert len(records) == 322  # the DOCUMENT record is no example
    first = records[0]
    assert first["label"] == "AGREE" and first["triggers"] == ["agreed", "cooperate"]
    assert first["text"].startswith("Senior Hungarian and Romanian officials agreed on Wednesday")
    labels = {r["label"] for r in records}
    assert {"REQUEST", "ACCUSE", "ASSAULT"} <= labels and not labels & {"DEMAND", "DISAPPROVE", "FIGHT", "INVESTIGATE"}


def test_the_shipped_model_decides_each_kind_at_the_threshold_the_build_chose():
    model = default_model()
    chosen = SETTINGS["thresholds"]
    assert {kind: model.threshold_for(*kind.split(":")) for kind in chosen} == chosen == {
        "statement": 0.25, "verb": 0.3, "noun": 0.2, "statement:ACCUSE": 0.4}
    assert model.threshold_for("an unknown kind") == model.threshold == 0.2
    # a type without a threshold of its own takes its kind's
    assert model.threshold_for("statement", "REQUEST") == 0.25 and model.threshold_for("verb", "ACCUSE") == 0.3
