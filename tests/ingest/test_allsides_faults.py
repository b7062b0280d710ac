"""Articles of the AllSides corpus that stopped with E011 in the full ingest of 2026-11-30:
a relative-pronoun speaker whose antecedent led back to it (RecursionError, The Hill, line
17328) and a publication date in year 1 (Brookings, line 32179, dated 0001-11-30)."""
from __future__ import annotations

import gzip
import json

import pytest
from shared_paths import SHARED

from dateline.records import Article

ALLSIDES = SHARED / "corpora" / "allsides" / "allsides_articles.jsonl.gz"


@pytest.fixture(scope="module")
def records() -> dict[int, dict]:
    wanted, found = {17328, 32179}, {}
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if number in wanted:
                found[number] = json.loads(line)
                if len(found) == len(wanted):
                    break
    return found


def test_a_speaker_chain_that_loops_back_ends_instead_of_failing(pipeline, records):
    record = records[17328]
    assert record["source"] == "The Hill" and "Collins" in record["content_original"]
    got = pipeline.extract(Article(id=record["ID"], text=record["content_original"], published=record["date"]))
    collins = next(q for q in got.quotes if q.text.startswith("The sad part about it is they claim"))
    assert collins.speaker.name == "Doug Collins" and collins.cue == "said"


def test_a_publication_date_in_year_one_neither_fails_nor_resolves_dates(pipeline, records):
    record = records[32179]
    assert record["date"] == "0001-11-30"
    got = pipeline.extract(Article(id=record["ID"], text=record["content_original"], published=record["date"]))
    assert got.quotes and all(d.value is None or d.value[:4] != "0000" for d in got.dates)
