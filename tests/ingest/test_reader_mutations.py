"""Seeded random damage to good record files: a damaged record never costs another record, and
damaged gzip data is always reported (issue 17, item 3; fixed cases in ``test_reader_faults.py``)."""
from __future__ import annotations

import gzip
import random

import pytest

from dateline.records import Article, Failure

from .test_reader_faults import ENGLISH, read, records

_NOT_BREAKS = [b for b in range(256) if b not in b"\n\r"]
_SHARP = list(b'\x00"\\,{}[]:\x93\xff\xc3\x1b')  # bytes that break JSON, CSV or UTF-8


def _damage(rng: random.Random, line: bytes) -> bytes:
    """``line`` with one to four random bytes overwritten, inserted or deleted (never a line break)."""
    out = bytearray(line)
    for _ in range(rng.randint(1, 4)):
        byte = rng.choice(_SHARP if rng.random() < 0.5 else _NOT_BREAKS)
        at, how = rng.randrange(len(out)), rng.randrange(3)
        if how == 0:
            out[at] = byte
        elif how == 1:
            out.insert(at, byte)
        else:
            del out[at]
    return bytes(out)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_random_damage_to_one_record_keeps_the_others(tmp_path, fmt):
    rng = random.Random(2024)
    rows = [(f"r{n}", f"Record {n}. {ENGLISH}") for n in range(6)]
    header = fmt == "csv"
    lines = records(fmt, rows).encode().split(b"\n")
    path = tmp_path / f"damaged.{fmt}"
    for trial in range(200):
        hit = rng.randrange(len(rows))
        damaged = _damage(rng, lines[hit + header])
        path.write_bytes(b"\n".join([*lines[:hit + header], damaged, *lines[hit + header + 1:]]))
        items = read(path)
        ids = [item.id for item in items if isinstance(item, Article)]
        before, after = [i for i, _ in rows[:hit]], [i for i, _ in rows[hit + 1:]]
        assert ids[:hit] == before, (trial, damaged)
        # CSV: a quote the damage opened may run on into the rows after it (to the next quote or the end)
        quoting_fault = any(isinstance(item, Failure) and "CSV" in item.reason for item in items)
        if after and not (header and quoting_fault):
            assert ids[-len(after):] == after, (trial, damaged)


def test_random_damage_to_gzip_data_is_a_failure_after_the_records_before_it(tmp_path):
    rng = random.Random(7)
    rows = [(f"r{n}", f"Record {n}. {ENGLISH}") for n in range(40)]
    data = gzip.compress(records("jsonl", rows).encode(), mtime=0)
    path = tmp_path / "damaged.jsonl.gz"
    for trial in range(60):
        damaged = bytearray(data)
        damaged[rng.randrange(10, len(data))] ^= 1 << rng.randrange(8)  # one bit after the header
        path.write_bytes(bytes(damaged))
        items = read(path)
        assert items and isinstance(items[-1], Failure) and items[-1].code in ("E007", "E008"), trial
        assert [item.id for item in items if isinstance(item, Article)][:1] in ([], ["r0"]), trial
