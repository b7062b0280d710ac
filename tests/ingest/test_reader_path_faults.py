"""Fault tests of the readers' paths and streams: odd names, links, FIFOs, unreadable entries and
standard input. Bad paths are failures, never exceptions or hangs, and the paths around them are
read (issue 17, item 3; the file contents are in ``test_reader_faults.py``)."""
from __future__ import annotations

import hashlib
import io
import json
import os
import signal
from pathlib import Path

import pytest

from dateline.ingest import readers

from .test_reader_faults import ENGLISH, GARBAGE, SECOND, outcome, read

NOT_REGULAR = ("unsupported input format '(not a regular file)' (expected one of .txt, .html, .htm, .json, .json.gz, "
               ".jsonl, .jsonl.gz, .csv, .csv.gz, .warc, .warc.gz)")


@pytest.fixture()
def good(tmp_path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(SECOND, encoding="utf-8")
    return path


@pytest.fixture()
def no_hang():
    """Fail a test that blocks (a FIFO opened for reading waits for a writer) instead of hanging."""
    if not hasattr(signal, "SIGALRM"):
        pytest.skip("signal.alarm is POSIX only, and so are FIFOs")

    def timeout(signum, frame):
        raise TimeoutError("the reader blocked")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_escapes(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"bad\xff.txt"), "wb") as fh:
        fh.write(ENGLISH.encode())
    [article] = read(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"bad\xff.txt")))
    assert (article.path, article.text) == (f"{tmp_path}/bad\\xff.txt", ENGLISH)
    [listed] = read(tmp_path)
    assert listed.path == article.path


def test_names_the_system_refuses_are_e007_and_the_next_path_is_read(tmp_path, good):
    # before: Path.is_dir() raised OSError (errno 36) out of iter_articles for a name too long
    long_name = tmp_path / ("a" * 300 + ".txt")
    items = read(long_name, tmp_path / "nul\x00.txt", good)
    assert outcome(items) == ["E007", "E007", hashlib.sha256(SECOND.encode()).hexdigest()[:16]]
    assert items[0].reason == f"cannot read {long_name}: file name too long"
    assert items[1].reason.endswith(": embedded null byte") and items[2].path == str(good)


def test_a_symbolic_link_loop_is_e007_named_as_such(tmp_path, good):
    (tmp_path / "loop1.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop1.txt")
    [alone] = read(tmp_path / "loop1.txt")
    assert (alone.code, alone.reason) == ("E007", f"cannot read {tmp_path / 'loop1.txt'}: too many levels of symbolic links")
    items = read(tmp_path)
    assert [(item.path, getattr(item, "code", None)) for item in items] == [
        (str(good), None), (str(tmp_path / "loop1.txt"), "E007"), (str(tmp_path / "loop2.txt"), "E007")]
    assert items[1].reason.endswith("Too many levels of symbolic links")


def test_a_folder_linked_inside_itself_is_walked_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "sub" / "self").symlink_to(tmp_path / "sub", target_is_directory=True)
    assert [item.path for item in read(tmp_path)] == [str(tmp_path / "sub" / "a.txt")]


def test_a_fifo_named_as_input_is_e009_without_blocking(tmp_path, good, no_hang):
    # before: iter_articles opened it and waited for a writer forever
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    items = read(fifo, good)
    assert [(item.path, getattr(item, "code", None)) for item in items] == [(str(fifo), "E009"), (str(good), None)]
    assert items[0].reason == NOT_REGULAR
    assert [(item.path, getattr(item, "code", None)) for item in read(tmp_path)] == [(str(fifo), "E009"),
                                                                                      (str(good), None)]


def test_an_unreadable_file_in_a_folder_is_e007_and_its_neighbours_are_read(tmp_path, monkeypatch):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": ENGLISH}) + "\n", encoding="utf-8")
    locked = tmp_path / "b.jsonl"
    locked.write_text(json.dumps({"id": "b", "text": ENGLISH}) + "\n", encoding="utf-8")
    locked.chmod(0)
    (tmp_path / "c.txt").write_text(SECOND, encoding="utf-8")
    if os.geteuid() == 0:  # root reads a file of mode 000: the refusal is made here

        def refusing(file, *args, **kwargs):
            if str(file) == str(locked):
                raise PermissionError(13, "Permission denied", str(file))
            return open(file, *args, **kwargs)

        monkeypatch.setattr(readers, "open", refusing, raising=False)
    try:
        items = read(tmp_path)
    finally:
        locked.chmod(0o644)
    assert outcome(items)[:2] == ["a", "E007"] and items[2].text == SECOND
    assert items[1].reason == f"cannot read {locked}: Permission denied"


@pytest.mark.parametrize("data, expected", [
    (b"", ["E001"]),
    (b" \r\n\t", ["E001"]),
    (GARBAGE, ["E002"]),
    (b"[" * 3000, ["E008"]),
    (b'{"id": "n", "text": NaN}', ["E006"]),
    (b'{"id": "x", "text": 12}\n{"id": "g", "text": "%s"}\n' % ENGLISH.encode(), ["E006", "g"]),
    (b'[1, "s", null, {"id": "g", "text": "%s"}]' % ENGLISH.encode(), ["E008", "E008", "E008", "g"]),
    (("\ufeff" + json.dumps([{"id": "g", "text": ENGLISH}])).encode("utf-16-le"), ["g"]),  # was read as plain text
    (("\ufeff" + json.dumps({"id": "g", "text": ENGLISH})).encode("utf-16-be"), ["g"]),
])
def test_standard_input_faults(data, expected):
    items = read("-", stdin=io.BytesIO(data))
    assert outcome(items) == expected
    assert all(item.path.startswith("<stdin>") for item in items)
