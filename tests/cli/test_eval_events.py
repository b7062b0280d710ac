"""``dateline eval events``: figures on annotated VOA train stories, and bad arguments refused with
their E code before any work."""
from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from dateline.cli.main import app
from shared_paths import SHARED

runner = CliRunner()
CORPUS = SHARED / "corpora" / "voa" / "voa_stories.jsonl"
TRAIN = SHARED / "gold" / "voa" / "train"


def test_two_train_stories_scored_in_json(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("8010030.json", "8005899.json"):  # G7 in Charlevoix; Rubio in Jeddah
        shutil.copy(TRAIN / name, gold / name)
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["eval", "events", str(gold), str(CORPUS), "--format", "json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert [a["id"] for a in figures["articles"]] == ["8005899", "8010030"]
    assert figures["required_events"] == 15 and 0 < figures["found_events"] <= 15  # 8 + 7 required
    assert figures["predicted_events"] == sum(a["predicted"] for a in figures["articles"]) > 0
    assert "CONSULT" in figures["by_type"] and figures["failures"] == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {d["article"]["id"] for d in lines} == {"8005899", "8010030"} and all("events" in d for d in lines)


def test_bad_arguments_are_refused_with_their_code(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.json").write_text("{not json", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "1", "text": "Nothing here.", "published": "2025-03-01"}) + "\n")
    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 2000 + "]" * 2000 + "\n", encoding="utf-8")
    cases = [([str(bad), str(CORPUS)], "E008 "), ([str(empty), str(CORPUS)], "E010 "),
             ([str(TRAIN), str(other)], "lacks 12 annotated stories"),
             ([str(TRAIN), str(CORPUS), "--out", str(tmp_path / "no" / "p.jsonl")], "E010 --out"),
             ([str(tmp_path / "absent"), str(CORPUS)], "E010 GOLD_DIR"),
             ([str(TRAIN), str(CORPUS), "--out", str(tmp_path)], "E010 --out"),  # a folder, not a file
             ([str(TRAIN), str(deep)], "E008 CORPUS")]
    for args, says in cases:
        result = runner.invoke(app, ["eval", "events", *args])
        assert result.exit_code == 2 and says in result.output, (args, result.output)
        assert "Traceback" not in result.output


def test_group_names_count_as_the_reference_scorers_codes(tmp_path):
    from dateline.evaluation import events as ev

    houthis = [{"name": "Houthi movement", "country": "YEM"}]
    ev._ALIASES.clear()
    assert ev.party_codes(houthis) == {"YEM", "HOUTHI MOVEMENT"}  # no scorer found yet: the name itself
    assert not ev.use_reference_aliases(tmp_path)  # a folder with no tools/score_article.py above it
    assert ev.use_reference_aliases(SHARED / "gold" / "voa" / "dev")  # finds ../shared/tools
    assert ev.party_codes(houthis) == {"YEM", "HOUTHI MOVEMENT", "HOUTHIS"}
    assert ev.party_codes([{"name": "Islamic State", "country": "ISIS"}]) == {"ISIS", "ISLAMIC STATE"}


def test_misses_name_the_reference_events_missed_and_the_events_matching_none():
    import json as _json

    from dateline.evaluation.events import misses

    gold = _json.loads((SHARED / "gold" / "voa" / "train" / "8010030.json").read_text(encoding="utf-8"))
    text = "U.S.-Ukraine talks in Jeddah ended. Canada praised Japan."
    pred = {"events": [
        {"type": "CONSULT", "actor": [{"country": "USA"}, {"country": "UKR"}], "recipient": [], "aux": [],
         "rule": "model:noun:talk", "confidence": 0.9, "start": 0, "end": 35},
        {"type": "SUPPORT", "actor": [{"country": "CAN"}], "recipient": [{"country": "JPN"}], "aux": [],
         "rule": "model:verb:praise", "confidence": 0.5, "start": 36, "end": 57},
        {"type": "ASSAULT", "actor": [{"country": "RUS"}], "recipient": [{"country": "UKR"}], "aux": ["negated"],
         "rule": "model:verb:attack", "confidence": 0.5, "start": 0, "end": 35},
        {"type": "RETREAT", "actor": [{"country": "RUS"}, {"country": "UKR"}], "recipient": [], "aux": [],
         "rule": "model:noun:ceasefire", "confidence": 0.4, "start": 36, "end": 57}]}
    lines = misses(gold, pred, text)
    assert lines[-2:] == [  # 8010030 forbids a ceasefire in effect: named, then the prediction
        "FORBIDDEN ['RETREAT'] ['RUS', 'UKR'] -> [] | No ceasefire is in effect: Rubio only 'hopes a ceasefire ... could take place "
        "within days if the Kre",
        "FALSE RETREAT ['RUS', 'UKR'] -> [] model:noun:ceasefire 0.4 | Canada praised Japan."]
    missed = [ln for ln in lines if ln.startswith("MISS")]
    assert len(missed) == 7 and not any("['USA', 'UKR'] -> []" in ln for ln in missed)  # E2 found; 8 required
    assert [ln for ln in lines if ln.startswith("FALSE")][0] == \
        "FALSE SUPPORT ['CAN'] -> ['JPN'] model:verb:praise 0.5 | Canada praised Japan."  # the negated one is no report
