"""Bytes to text: byte-order marks, UTF-8, legacy encodings, binary input and line ends.

Rules, in order:

1. A byte-order mark decides the encoding (UTF-8, UTF-16 or UTF-32) and is removed; UTF-16
   without one is recognised by its NUL high (or low) bytes (90 % of them, Latin-script
   text) when it decodes to text.
2. Input with a NUL byte, or with more than 5 % control characters (other than tab, line
   and page breaks and escape) in its first 64 KiB, is binary (E002); well-known file
   signatures (PNG, gzip, PDF, ...) are named in the reason. A file read record by record
   (JSON Lines, CSV) is judged by the share alone: a NUL byte fails only its record.
3. Valid UTF-8 is UTF-8.
4. UTF-8 with a few stray Windows-1252 bytes (a curly quote pasted from a word processor
   into a UTF-8 file: valid multi-byte UTF-8 sequences, and invalid bytes at most
   :data:`MAX_STRAY_SHARE` of the non-ASCII bytes) is decoded as UTF-8 with each invalid
   byte read as Windows-1252 (codec ``utf-8-cp1252``; one stray byte turned a whole article
   into ``mac_iceland`` mojibake before).
5. Otherwise Windows-1252 when it decodes and fewer than 30 % of the letters come out
   non-ASCII: English news in a legacy encoding is overwhelmingly Windows-1252, and
   charset-normalizer cannot tell it from other single-byte code pages on short texts
   (it reads ``“Café” – €5`` as cp1125). A Cyrillic or Greek code page read as
   Windows-1252 gives mostly non-ASCII letters, so it fails this test.
6. Otherwise charset-normalizer's best guess; nothing plausible is E004.

A legacy (non-UTF) decoding adds a W001 notice. Line ends ``\\r\\n`` and ``\\r`` become
``\\n``; nothing else in the text changes, since every downstream offset indexes it.
"""
from __future__ import annotations

import codecs
import zlib
from typing import BinaryIO

import charset_normalizer

from dateline.errors import Code, InputError, message
from dateline.records import Notice

__all__ = ["decode", "sniff_encoding", "sniff_stream", "encoding_notices", "normalise_newlines"]

SAMPLE_BYTES = 65_536
MAX_CONTROL_SHARE = 0.05
MAX_NON_ASCII_LETTERS_CP1252 = 0.30

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SIGNATURES = {
    b"\x89PNG": "PNG image",
    b"\x1f\x8b": "gzip-compressed data",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x7fELF": "ELF executable",
}
_TEXT_CONTROLS = frozenset(b"\t\n\v\f\r\x1b")
_CONTROLS = bytes(b for b in [*range(32), 127] if b not in _TEXT_CONTROLS)
_UTF = ("utf-8", "utf-8-sig", "utf-16", "utf-32", "utf-16-le", "utf-16-be")


MAX_STRAY_SHARE = 0.1
MIXED = "utf-8-cp1252"


def _cp1252_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: the bytes UTF-8 could not decode, read as Windows-1252."""
    return err.object[err.start:err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error("dateline.cp1252", _cp1252_bytes)


class _MixedDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, data, errors, final):
        return codecs.utf_8_decode(data, "dateline.cp1252", final)


def _mixed_codec(name: str) -> codecs.CodecInfo | None:
    if name.replace("_", "-") != MIXED:
        return None
    return codecs.CodecInfo(name=MIXED, encode=codecs.utf_8_encode,
                            decode=lambda data, errors="strict": codecs.utf_8_decode(data, "dateline.cp1252", True),
                            incrementaldecoder=_MixedDecoder,
                            incrementalencoder=codecs.getincrementalencoder("utf-8"))


codecs.register(_mixed_codec)


def _non_ascii_bytes(text: str) -> int:
    return sum(len(ch.encode("utf-8")) for ch in text if ord(ch) > 127)


def _mostly_utf8(sample: bytes) -> bool:
    """Rule 4: valid multi-byte UTF-8 with few invalid bytes."""
    stray = valid = 0
    at = 0
    while at < len(sample):
        try:
            text = sample[at:].decode("utf-8")
            valid += _non_ascii_bytes(text)
            break
        except UnicodeDecodeError as err:
            valid += _non_ascii_bytes(sample[at:at + err.start].decode("utf-8"))
            if err.reason == "unexpected end of data" and at + err.end >= len(sample):
                break  # a character cut at the end of a sample
            stray += err.end - err.start
            at += err.end
    return valid > 0 and stray <= MAX_STRAY_SHARE * (valid + stray)


def decode(raw: bytes) -> tuple[str, list[Notice]]:
    """Decode the bytes of one article into text.

    Args:
        raw: the whole file or record, as bytes.

    Returns:
        ``(text, notices)``: the text without byte-order mark, with ``\\r\\n`` and ``\\r``
        replaced by ``\\n`` and otherwise unchanged (downstream character offsets are
        Python ``str`` indices into it); ``notices`` holds a W001 :class:`Notice` naming
        the encoding when the input was not UTF.

    Raises:
        InputError: E002 for binary input, E004 when no encoding fits.

    The rules are listed in the module docstring.
    """
    encoding = sniff_encoding(raw, complete=True)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(Code.UNDECODABLE) from None
    return normalise_newlines(text), encoding_notices(encoding)


def sniff_encoding(raw: bytes, *, complete: bool = False, records: bool = False) -> str:
    """The Python codec name to decode ``raw`` with, by the rules of the module docstring.

    Args:
        raw: the whole input (``complete=True``) or its first bytes (``complete=False``,
            e.g. the first 64 KiB of a large file; a multi-byte character cut at the end
            is then allowed).
        records: ``raw`` starts a file read record by record (JSON Lines, CSV): a NUL byte
            does not make it binary (rule 2's share of control characters still does), so
            the one record that holds it fails (E008) and the others are read.

    Returns:
        ``"utf-8"``, ``"utf-8-sig"``, ``"utf-16"`` or ``"utf-32"`` (codecs that consume
        the byte-order mark), ``"utf-8-cp1252"`` (rule 4), ``"cp1252"``, or
        charset-normalizer's codec name.

    Raises:
        InputError: E002 for binary input, E004 when no encoding fits.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding
    utf16 = _utf16_without_bom(raw[:SAMPLE_BYTES])
    if utf16:
        return utf16
    _reject_binary(raw, complete=complete, nul=not records)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(raw, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    sample = raw if complete else raw[:SAMPLE_BYTES]
    if _mostly_utf8(sample):
        return MIXED
    if _plausible_cp1252(sample):
        return "cp1252"
    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        raise InputError(Code.UNDECODABLE)
    return best.encoding


def sniff_stream(stream: BinaryIO) -> tuple[str, list[Notice]]:
    """The encoding of a seekable stream of records from its first bytes; the stream is rewound.

    A UTF-8 stream is read with codec ``utf-8-cp1252`` (decoding rule 4), so a stray byte past
    the sample does not stop the file. Reads with ``read1`` and stops at a fault, so a truncated
    gzip file still yields the records before the fault (the fault itself is reported when the
    stream is read again).

    Returns:
        ``(codec name, notices)``: the notices are W001 for a legacy encoding, else empty.

    Raises:
        InputError: E002 binary, E004 undecodable (:func:`sniff_encoding` with ``records``).
        OSError, EOFError, zlib.error: a fault before the first byte (a gzip file cut inside its
            header): ``GzipFile.seek(0)`` at position 0 does nothing, and the stream would then
            read as empty.
    """
    head = b""
    try:
        while len(head) < SAMPLE_BYTES and (chunk := stream.read1(SAMPLE_BYTES - len(head))):
            head += chunk
    except (OSError, EOFError, zlib.error):
        if not head:
            raise
    stream.seek(0)
    encoding = sniff_encoding(head, records=True)
    # a stray Windows-1252 byte after the sample is read as such, not a fault for the rest of the file
    return (MIXED if encoding == "utf-8" else encoding), encoding_notices(encoding)


def encoding_notices(encoding: str) -> list[Notice]:
    """``[]`` for a UTF encoding, else one W001 :class:`Notice` naming ``encoding``."""
    if encoding in _UTF:
        return []
    return [Notice(code=Code.DECODED_LEGACY.value, reason=message(Code.DECODED_LEGACY, encoding=encoding))]


def normalise_newlines(text: str) -> str:
    """``text`` with ``\\r\\n`` and lone ``\\r`` replaced by ``\\n``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _utf16_without_bom(head: bytes) -> str | None:
    """Rule 2a: ``utf-16-le`` or ``utf-16-be`` for UTF-16 text without a byte-order mark (most
    of its high or low bytes NUL, as Latin-script text has, and it decodes), else None."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    for codec, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if high.count(0) >= 0.9 * pairs:
            try:
                text = head[:pairs * 2].decode(codec)
            except UnicodeDecodeError:
                continue
            if _control_share(text.encode("utf-8", "replace")) <= MAX_CONTROL_SHARE:
                return codec
    return None


def _reject_binary(raw: bytes, *, complete: bool, nul: bool = True) -> None:
    """Raise E002 when ``raw`` looks binary (rule 2 of the module docstring; a NUL byte
    counts only with ``nul``)."""
    head = raw[:SAMPLE_BYTES]
    has_nul = nul and b"\x00" in (raw if complete else head)
    share = _control_share(head)
    if not has_nul and share <= MAX_CONTROL_SHARE:
        return
    kind = next((name for sig, name in _SIGNATURES.items() if head.startswith(sig)), None)
    if kind is None:
        kind = "it contains NUL bytes" if has_nul else f"{share:.0%} of its first bytes are control characters"
    raise InputError(Code.BINARY, detail=kind)


def _control_share(head: bytes) -> float:
    if not head:
        return 0.0
    return (len(head) - len(head.translate(None, _CONTROLS))) / len(head)


def _plausible_cp1252(sample: bytes) -> bool:
    """Rule 4: ``sample`` decodes as Windows-1252 into mostly ASCII letters."""
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for c in letters if not c.isascii())
    return non_ascii / len(letters) < MAX_NON_ASCII_LETTERS_CP1252
