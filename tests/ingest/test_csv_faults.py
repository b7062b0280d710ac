"""Malformed CSV files: an unclosed quote is reported with its line, never read as one long field
holding the rows after it (issue 17)."""
from __future__ import annotations

from dateline.ingest.readers import iter_articles
from dateline.records import Article, Failure

TEXT = "Officials in Paris said on Monday that France would send aid to Ukraine and more."


def test_an_unclosed_quote_fails_the_rest_of_the_file_with_its_line_and_keeps_the_rows_before(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(f'id,text\n1,{TEXT}\n2,"Second row, its quote never closed.\n3,Third row.\n', encoding="utf-8")
    first, failure = list(iter_articles([str(path)]))
    assert isinstance(first, Article) and (first.id, first.text) == ("1", TEXT)
    assert isinstance(failure, Failure) and failure.code == "E008"
    assert failure.reason.endswith("CSV record from line 3: a quoted field is never closed")


def test_a_quote_closed_on_a_later_line_is_one_field_with_its_line_breaks(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(f'id,text\n1,"{TEXT}\nA second paragraph."\n2,{TEXT}\n', encoding="utf-8")
    first, second = list(iter_articles([str(path)]))
    assert first.text == TEXT + "\nA second paragraph." and second.id == "2"
