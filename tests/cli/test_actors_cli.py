"""``dateline actors list|check`` on the shipped knowledge base."""
from typer.testing import CliRunner

from dateline.cli.main import app

runner = CliRunner()


def test_shipped_knowledge_base_passes_its_check():
    result = runner.invoke(app, ["actors", "check"])
    assert result.exit_code == 0 and "knowledge base OK" in result.stdout


def test_list_gives_the_office_holders_on_a_date():
    result = runner.invoke(app, ["actors", "list", "--country", "USA", "--on", "2022-06-01"])
    assert "Joe Biden" in result.stdout and "Lloyd Austin" in result.stdout
    assert "Donald Trump" not in result.stdout and "Pete Hegseth" not in result.stdout


# -- dateline actors add ------------------------------------------------------------------------
import csv
import shutil
from importlib import resources

import pytest


@pytest.fixture()
def people_copy(tmp_path):
    """A temporary copy of the packaged people.csv."""
    path = tmp_path / "people.csv"
    shutil.copyfile(str(resources.files("dateline.data").joinpath("people.csv")), path)
    return path


def _add(path, *extra):
    return runner.invoke(app, ["actors", "add", "--file", str(path), *extra])


BADENOCH = ["--name", "Kemi Badenoch", "--aliases", "Badenoch", "--gender", "f", "--country", "GBR",
            "--office", "leader", "--sector", "PTY", "--start", "2024-11-02",
            "--source", "Wikipedia: Leader of the Opposition (United Kingdom)"]


def test_add_appends_a_validated_row(people_copy):
    before = people_copy.read_text(encoding="utf-8")
    result = _add(people_copy, *BADENOCH)
    assert result.exit_code == 0, result.output
    after = people_copy.read_text(encoding="utf-8")
    assert after.startswith(before)
    last = list(csv.DictReader(after.splitlines()))[-1]
    assert last == {"name": "Kemi Badenoch", "aliases": "Badenoch", "gender": "f", "country": "GBR",
                    "office": "leader", "sector": "PTY", "start": "2024-11-02", "end": "", "qid": "",
                    "source": "Wikipedia: Leader of the Opposition (United Kingdom)"}


def test_added_row_is_read_by_the_knowledge_base(people_copy, monkeypatch):
    from dateline.actors import kb as kb_module

    assert _add(people_copy, *BADENOCH).exit_code == 0
    monkeypatch.setattr(kb_module, "_rows", lambda name: [
        (i + 2, row) for i, row in enumerate(csv.DictReader(
            (people_copy if name == "people.csv" else resources.files("dateline.data").joinpath(name))
            .read_text(encoding="utf-8").splitlines()))])
    person = kb_module.KnowledgeBase().person("Kemi Badenoch")
    assert person is not None and person.terms[0].country == "GBR" and person.gender == "f"


def test_add_refuses_an_overlapping_term_with_e012(people_copy):
    before = people_copy.read_text(encoding="utf-8")
    result = _add(people_copy, "--name", "Someone Else", "--country", "USA", "--office", "president",
                  "--sector", "GOV", "--start", "2019-06-01", "--end", "2019-07-01", "--source", "test")
    assert result.exit_code == 1
    assert "E012" in result.output and "overlaps Donald Trump" in result.output
    assert people_copy.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("change, message", [
    ({"--start": "2024-13-02"}, "bad date '2024-13-02'"),
    ({"--end": "2024-01-01"}, "end 2024-01-01 is not after start 2024-11-02"),
    ({"--country": "XYZ"}, "unknown country code 'XYZ'"),
    ({"--office": "pope"}, "unknown office 'pope'"),
    ({"--source": " "}, "source required"),
    ({"--gender": "x"}, "gender must be m, f or empty"),
    ({"--qid": "12345"}, "qid must be a Wikidata id"),
    ({"--sector": "GOVERNMENT"}, "sector must be a PLOVER code"),
])
def test_add_refuses_invalid_rows_with_e012(people_copy, change, message):
    args = list(BADENOCH)
    for option, value in change.items():
        if option in args:
            args[args.index(option) + 1] = value
        else:
            args += [option, value]
    before = people_copy.read_text(encoding="utf-8")
    result = _add(people_copy, *args)
    assert result.exit_code == 1
    assert f"E012: new row: {message}" in result.output
    assert people_copy.read_text(encoding="utf-8") == before


def test_add_refuses_a_duplicate_row(people_copy):
    assert _add(people_copy, *BADENOCH).exit_code == 0
    result = _add(people_copy, *BADENOCH)
    assert result.exit_code == 1 and "E012: new row: duplicate" in result.output


def test_add_refuses_a_file_that_is_not_a_people_table(tmp_path):
    bad = tmp_path / "bodies.csv"
    bad.write_text("name,aliases,country\nx,,USA\n", encoding="utf-8")
    result = _add(bad, *BADENOCH)
    assert result.exit_code == 1 and "E012" in result.output and "header" in result.output


def test_validate_person_row_is_what_check_uses():
    from dateline.actors.kb import validate_person_row

    good = {"name": "A B", "aliases": "", "gender": "m", "country": "FRA", "office": "president", "sector": "GOV",
            "start": "2017-05-14", "end": "", "qid": "", "source": "x"}
    assert validate_person_row(good, "row", strict=True) == []
    assert validate_person_row({**good, "end": "2017-05-14"}, "row") == ["row: end 2017-05-14 is not after start 2017-05-14"]
