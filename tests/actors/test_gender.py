"""First names give a person's gender (issue 15 item 3): the shipped table, its rebuild, and
pronouns that agree with it."""
import importlib.util

import pytest

from dateline.actors.gender import NAMES_PATH, first_name_gender
from dateline.records import Article


def test_first_names_give_gender_and_surnames_alone_none():
    assert first_name_gender("Sharmistha Mukherjee") == "f"
    assert first_name_gender("Ursula von der Leyen") == "f"
    assert first_name_gender("John Healey") == "m"
    assert first_name_gender("Volodymyr Zelenskyy") == "m"
    assert first_name_gender("Jean Dupont") is None  # borne by women and men alike
    assert first_name_gender("Trump") is None  # a surname alone says nothing


@pytest.mark.skipif(importlib.util.find_spec("nomquamgender") is None,
                    reason="the rebuild needs the nomquamgender package (scripts/setup installs it)")
def test_the_table_rebuilds_byte_for_byte(tmp_path):
    from dateline.training.first_names import build

    out = tmp_path / "names.tsv.gz"
    summary = build(out)
    assert summary["names"] > 70_000 and out.read_bytes() == NAMES_PATH.read_bytes()


def test_she_is_not_the_man_named_last(pipeline):
    # Wikinews 2020 (the death of Pranab Mukherjee): his daughter speaks of him
    text = ("Pranab Mukherjee, a former president of India, died on Monday. His daughter Sharmistha Mukherjee "
            "thanked the doctors. “He fought till the end,” she said.")
    extraction = pipeline.extract(Article("t", text, published="2020-09-01"))
    [quote] = [q for q in extraction.quotes if q.text.startswith("He fought")]
    assert quote.speaker.name == "Sharmistha Mukherjee"


def test_a_name_spacy_calls_an_organisation_is_a_person_by_its_first_name(pipeline):
    # PolNeAR train (Breitbart, 2016): spaCy's small model tags "Carly Fiorina" ORG
    text = ("Carly Fiorina threw her support behind Sen. Ted Cruz (R-Texas) Wednesday. She applauded him for "
            "defying the establishment and fighting for Americans’ liberties “over and over again.”")
    extraction = pipeline.extract(Article("t", text, published="2016-03-09"))
    people = {a.name: [m.text for m in a.mentions] for a in extraction.actors if a.kind == "person"}
    assert "She" in people["Carly Fiorina"] and "She" not in people["Ted Cruz"]
