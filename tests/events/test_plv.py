"""PLV reading, the PLOVER root-class classifier and ``eval plover`` (issue 5, item 3) on real rows of
../shared/gold/plv_train.tsv."""
from __future__ import annotations

import json
from collections import Counter

import pytest
import typer
from typer.testing import CliRunner

from dateline.cli.plover_cmd import plover_app
from dateline.events import plv

from shared_paths import SHARED

TRAIN = SHARED / "gold" / "plv_train.tsv"


@pytest.fixture(scope="module")
def rows():
    return plv.read_plv(TRAIN)


def _write(path, rows_):
    """A PLV file with the columns read here (marked_sentence, sentence, source, target, gold_root)."""
    lines = ["sentence\tmarked_sentence\tsource\ttarget\tgold_root\tmodality_L2"]
    lines += ["\t".join([r.sentence, r.marked, r.source, r.target, r.label or "", r.modality or ""]) for r in rows_]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_real_file(rows):
    assert len(rows) == 1050
    counts = Counter(r.label for r in rows)
    assert len(counts) == 15 and set(counts) == set(plv.ROOT_CLASSES)
    assert counts["YIELD"] == 141
    first = rows[0]
    assert first.label == "ACCUSE" and first.marked.startswith("<s>Iranian Foreign Minister")
    assert first.source == "Iranian Foreign Minister Mohammad Javad Zarif"


def test_split_markers():
    text, s, t = plv.split_markers("Yesterday <s>Iran</s> condemned <t>the U.S.</t> again.")
    assert text == "Yesterday Iran condemned the U.S. again."
    assert text[s[0]:s[1]] == "Iran" and text[t[0]:t[1]] == "the U.S."
    text, s, t = plv.split_markers("<s>UN officials</s> complained.")
    assert text[s[0]:s[1]] == "UN officials" and t is None


def test_train_on_subset_predicts_held_out(rows):
    by_class: dict[str, list] = {}
    for r in rows:
        by_class.setdefault(r.label, []).append(r)
    train_rows = [r for rs in by_class.values() for r in rs[:20]]
    held = [rs[-1] for rs in by_class.values()]  # one unseen sentence per class
    model = plv.train(train_rows)
    pred = plv.predict(model, held)
    assert len(pred) == len(held) and set(pred) <= set(plv.ROOT_CLASSES)
    right = sum(p == r.label for p, r in zip(pred, held))
    # chance is 1 in 15; 7 of 15 seen with 20 training rows a class
    assert right >= 6, list(zip(pred, [r.label for r in held]))


def test_metrics_on_hand_made_confusion():
    gold = ["A", "A", "A", "B", "B", "C"]
    pred = ["A", "A", "B", "B", "B", "A"]
    m = plv.metrics(gold, pred)
    assert m["n"] == 6 and m["accuracy"] == pytest.approx(4 / 6)
    # A: P 2/3 R 2/3 -> 2/3; B: P 2/3 R 1 -> 0.8; C: 0
    assert m["per_class_f1"] == pytest.approx({"A": 2 / 3, "B": 0.8, "C": 0.0})
    assert m["macro_f1"] == pytest.approx((2 / 3 + 0.8) / 3)


def _app():
    app = typer.Typer()
    app.add_typer(plover_app, name="eval")

    @app.command()
    def other() -> None:  # a second command, as in the real CLI
        pass
    return app


def test_cli_json_predictions_in_input_order(rows, tmp_path):
    classes = ["ASSAULT", "REJECT", "AGREE"]
    pool = {c: [r for r in rows if r.label == c] for c in classes}
    train_file = _write(tmp_path / "train.tsv", [r for c in classes for r in pool[c][:15]])
    test_rows = [pool[c][-1 - k] for k in range(3) for c in classes]  # interleaved classes
    test_file = _write(tmp_path / "test.tsv", test_rows)
    res = CliRunner().invoke(_app(), ["eval", "plover", str(test_file), "--format", "json",
                                      "--train", str(train_file), "--method", "tfidf"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["n"] == len(test_rows) and len(out["predictions"]) == len(test_rows)
    assert set(out["predictions"]) <= set(classes)
    assert {"accuracy", "macro_f1", "per_class_f1"} <= set(out)
    assert out["mode"].startswith("trained on")
    # input order: the same rows reversed give the predictions reversed
    rev = _write(tmp_path / "rev.tsv", test_rows[::-1])
    res2 = CliRunner().invoke(_app(), ["eval", "plover", str(rev), "--format", "json",
                                       "--train", str(train_file), "--method", "tfidf"])
    assert json.loads(res2.stdout)["predictions"] == out["predictions"][::-1]


def test_cli_same_file_is_cross_validated(rows, tmp_path):
    classes = ["ASSAULT", "REJECT", "AGREE"]
    train_file = _write(tmp_path / "train.tsv", [r for c in classes for r in [x for x in rows if x.label == c][:30]])
    res = CliRunner().invoke(_app(), ["eval", "plover", str(train_file), "--format", "json",
                                      "--train", str(train_file), "--method", "tfidf"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert "cross-validated" in out["mode"] and len(out["predictions"]) == out["n"]
    table = CliRunner().invoke(_app(), ["eval", "plover", str(train_file), "--train", str(train_file),
                                        "--method", "tfidf"])
    assert table.exit_code == 0 and "cross-validated" in table.stdout and "macro-F1" in table.stdout
