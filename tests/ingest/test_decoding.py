"""Tests of dateline.ingest.decoding: BOMs, UTF-8, cp1252 and other legacy text, binary input."""
from __future__ import annotations

import codecs
import gzip
import random
from pathlib import Path

import pytest

from dateline.errors import Code, InputError
from dateline.ingest.decoding import decode, sniff_encoding

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
REFERENCE = SHARED / "articles" / "000_23741e95d5d05c55.txt"


def _code(raw: bytes) -> Code:
    with pytest.raises(InputError) as info:
        decode(raw)
    return info.value.code


def test_utf8_passes_through_unchanged():
    text = "Zelensky said: “We’re ready.”\tNo change\u00a0here  \n"
    assert decode(text.encode("utf-8")) == (text, [])


def test_reference_article_decodes_to_its_text():
    text, notices = decode(REFERENCE.read_bytes())
    assert text == REFERENCE.read_text(encoding="utf-8")
    assert text.startswith("\nJohn Healey has urged Donald Trump")
    assert notices == []


@pytest.mark.parametrize("bom, encoding", [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
])
def test_byte_order_mark_decides_and_is_removed(bom, encoding):
    text, notices = decode(bom + "Kyiv – “peace”".encode(encoding))
    assert text == "Kyiv – “peace”"
    assert notices == []


def test_line_ends_become_newlines_and_nothing_else_changes():
    text, _ = decode(b"one\r\ntwo\rthree\n\n four \t")
    assert text == "one\ntwo\nthree\n\n four \t"


def test_cp1252_is_decoded_right_with_a_w001_notice():
    text, notices = decode("“Café” – €5".encode("cp1252"))
    assert text == "“Café” – €5"
    assert [n.code for n in notices] == ["W001"]
    assert notices[0].reason == "the text was not UTF-8; decoded as cp1252"


def test_cp1252_paragraph():
    original = "The minister said: “We’ll pay €5m for the café – it’s fine.”\r\nCritics disagreed…"
    text, notices = decode(original.encode("cp1252"))
    assert text == original.replace("\r\n", "\n")
    assert notices[0].code == Code.DECODED_LEGACY.value


def test_cyrillic_code_page_is_not_taken_for_cp1252():
    original = "Президент заявил, что переговоры продолжатся на следующей неделе."
    text, notices = decode(original.encode("cp1251"))
    assert text == original
    assert notices[0].reason.endswith("cp1251")


def test_png_is_binary():
    rng = random.Random(7)
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(2000))
    with pytest.raises(InputError) as info:
        decode(raw)
    assert info.value.code is Code.BINARY
    assert str(info.value) == "E002: the input is binary, not text (PNG image)"


def test_gzip_is_binary():
    raw = gzip.compress(b"An article that was compressed and then named .txt. " * 50)
    assert _code(raw) is Code.BINARY


def test_nul_byte_anywhere_is_binary():
    assert _code(b"Plain words " * 10_000 + b"\x00 and more") is Code.BINARY


def test_many_control_characters_are_binary():
    assert _code(b"text\x01\x02\x03\x04\x05\x06 more text") is Code.BINARY


def test_escape_and_form_feed_are_text():
    assert decode(b"page one\x0cpage two \x1b[1mbold\x1b[0m")[0] == "page one\x0cpage two \x1b[1mbold\x1b[0m"


def test_undecodable_bytes_are_e004():
    assert _code(bytes(range(0x80, 0x100)) * 4) is Code.UNDECODABLE


def test_empty_bytes_are_empty_text():
    assert decode(b"") == ("", [])


def test_sniff_accepts_a_utf8_character_cut_at_the_end_of_a_sample():
    head = "Café ".encode("utf-8") * 10 + "é".encode("utf-8")[:1]
    assert sniff_encoding(head) == "utf-8"
    assert sniff_encoding(head, complete=True) != "utf-8"


def test_stray_cp1252_bytes_in_utf8_are_read_as_cp1252_and_the_rest_stays_utf8():
    # one curly quote pasted in Windows-1252 into a UTF-8 file turned the whole article into
    # mac_iceland mojibake (issue 17): the reference article, UTF-8, with one such sentence
    from shared_paths import SHARED

    article = (SHARED / "articles" / "000_23741e95d5d05c55.txt").read_text(encoding="utf-8")
    raw = article.encode("utf-8") + b"\nHe said \x93no\x94 \x96 and left.\n"
    text, notices = decode(raw)
    assert text == article + "\nHe said \u201cno\u201d \u2013 and left.\n"
    assert [n.code for n in notices] == ["W001"] and "utf-8-cp1252" in notices[0].reason
    import io
    assert io.TextIOWrapper(io.BytesIO(raw), encoding=sniff_encoding(raw[:4096])).read() == text


def test_utf16_without_a_byte_order_mark_is_text_not_binary():
    # it was refused as binary (E002) for its NUL bytes (issue 17)
    from shared_paths import SHARED

    article = (SHARED / "articles" / "000_23741e95d5d05c55.txt").read_text(encoding="utf-8")
    for codec in ("utf-16-le", "utf-16-be"):
        assert decode(article.encode(codec)) == (article, [])
    with pytest.raises(InputError) as err:
        decode(bytes(range(0, 8)) * 200)  # control bytes and NULs: still binary
    assert err.value.code == Code.BINARY
