"""Which files a path names: formats by file-name ending, folders walked in order, and names
shown so that they can always be printed.

Every file found is returned, read or not: a file of an unsupported type, a folder that cannot
be listed and what is neither file nor folder come back as a :class:`~dateline.records.Failure`
that names it, never skipped in silence.
"""
from __future__ import annotations

import os
from pathlib import Path

from dateline.errors import Code, InputError
from dateline.ingest.articles import failure
from dateline.records import Failure

__all__ = ["SUFFIXES", "kind_of", "walk", "not_regular", "display_path"]

SUFFIXES = {
    ".txt": "text", ".html": "html", ".htm": "html",
    ".json": "json", ".json.gz": "json", ".jsonl": "jsonl", ".jsonl.gz": "jsonl",
    ".csv": "csv", ".csv.gz": "csv", ".warc": "warc", ".warc.gz": "warc",
}


def walk(root: Path) -> list[Path | Failure]:
    """The non-hidden files under ``root`` (and broken links), sorted: a file of an unsupported
    type is read as a failure (E009) that names it, never skipped in silence; so are a folder
    that cannot be listed (E007) and what is neither file nor folder (a FIFO, a socket: E009)."""
    found: list[Path | Failure] = []

    def unreadable(err: OSError) -> None:
        shown = display_path(err.filename or root)
        found.append(failure(shown, InputError(Code.UNREADABLE, path=shown, reason=err.strerror or str(err))))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith("."):
                continue
            path = Path(folder) / name
            if path.is_file() or (path.is_symlink() and not path.exists()):
                found.append(path)
            else:
                found.append(not_regular(path))
    return sorted(found, key=lambda item: str(item) if isinstance(item, Path) else item.path)


def not_regular(path: Path) -> Failure:
    """E009 for what is neither file nor folder (a FIFO, a socket, a device)."""
    shown = display_path(path)
    return failure(shown, InputError(Code.UNSUPPORTED, suffix="(not a regular file)", expected=", ".join(SUFFIXES)))


def kind_of(path: Path) -> str | None:
    """The format of ``path`` by its name's ending (a value of :data:`SUFFIXES`), else ``None``."""
    name = path.name.lower()
    return next((kind for suffix, kind in SUFFIXES.items() if name.endswith(suffix)), None)


def display_path(path: str | Path) -> str:
    """``path`` as text that can always be printed and written as UTF-8: a byte of the name that
    is not UTF-8 (Python holds it as a lone surrogate) is shown as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
