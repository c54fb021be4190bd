"""Reading .txt and .html files: size limit, binary check, encoding detection, normalization.

Every failure raises one of the :mod:`glossator.errors` input errors, whose message names the
file, says what is wrong and what to do.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path

from glossator.errors import (
    BinaryFileError,
    EmptyFileError,
    FileMissingError,
    TooLargeError,
    UndecodableError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from glossator.ingest.encoding import (
    bom_encoding,
    declared_charset,
    detect_single_byte,
    guess_utf16_without_bom,
    implausible_unicode,
    lookup,
    resolve_alias,
)
from glossator.ingest.htmltext import html_to_text
from glossator.model import SourceFile

MAX_BYTES = 20 * 1024 * 1024
"""The largest file :func:`read_source` accepts: 20 MiB (20,971,520 bytes).

Far above any text an editor annotates by hand, and small enough that decoding, analysis and
the GUI stay responsive. Checked with ``stat`` before the file is read.
"""

# File name extensions Glossator reads, and the format each means.
FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html"}

# Signatures of binary formats someone may give a text name to (or mistake for text).
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.epub document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", None),  # checked below: bzip2 only with its block header
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office (.doc/.xls) file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"OggS", "an Ogg media file"),
    (b"wOFF", "a WOFF font"),
    (b"wOF2", "a WOFF2 font"),
)

# C0 control characters that do not occur in text (tab, newlines, form feed are fine).
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20)) | {0x7F}
# More than this share of control characters makes a file binary.
_MAX_CONTROL_SHARE = 0.05

_NEWLINES_RE = re.compile(r"\r\n?")


def _magic(raw: bytes) -> str | None:
    for sig, what in _MAGIC:
        if raw.startswith(sig):
            if sig == b"BZh":
                if raw[3:4].isdigit() and raw[4:10] == b"1AY&SY":
                    return "a bzip2 archive"
                continue
            return what
    if raw.startswith(b"RIFF") and raw[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return "a RIFF media file"
    if raw.startswith(b"MZ") and b"\x00" in raw[:64]:
        return "a Windows executable"
    return None


def _binary_problem(raw: bytes) -> str | None:
    """Why ``raw`` (not UTF-16/32) is binary, or None if it may be text."""
    what = _magic(raw)
    if what:
        return f"this is {what}, not text"
    sample = raw[: 1 << 16]
    if b"\x00" in sample:
        return "it contains NUL bytes, so it is binary data, not text"
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    if controls and controls / len(sample) > _MAX_CONTROL_SHARE:
        return f"{controls} of its first {len(sample)} bytes are control characters: binary data, not text"
    return None


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def decode_bytes(
    raw: bytes, name: str, encoding: str | None = None, is_html: bool = False
) -> tuple[str, str]:
    """Decode ``raw`` (the bytes of the file ``name``) and return (text, encoding name).

    With ``encoding`` the user's choice is used as is (an unknown name or bytes that do not
    decode raise UndecodableError). Otherwise: BOM; BOM-less UTF-16; strict UTF-8; for HTML a
    declared charset that decodes; then a Cyrillic or Western single-byte code page chosen by how
    the decoded text reads (see :mod:`glossator.ingest.encoding`).

    Recorded names: "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be",
    "windows-1251", "koi8-r", "mac-cyrillic", "cp866", "iso-8859-5", "windows-1252", ...

    The text keeps its line endings and is not yet NFC-normalized; a leading BOM is removed.
    Raises EmptyFileError, BinaryFileError, UndecodableError.
    """
    if not raw:
        raise EmptyFileError(name, "the file is empty", "choose a file that contains text")
    what = _magic(raw)
    if what:
        raise BinaryFileError(name, f"this is {what}, not text", "import a .txt or .html file")

    if encoding is not None:
        canonical = lookup(encoding)
        if canonical is None:
            raise UndecodableError(
                name,
                f"unknown encoding {encoding!r}",
                "give an encoding name Python knows, e.g. utf-8, windows-1251, koi8-r",
            )
        if not canonical.startswith(("utf-16", "utf-32")):
            problem = _binary_problem(raw)
            if problem:
                raise BinaryFileError(name, problem, "import a .txt or .html file")
        try:
            text = raw.decode(resolve_alias(encoding))
        except UnicodeDecodeError as exc:
            raise UndecodableError(
                name,
                f"the bytes at offset {exc.start} ({raw[exc.start : exc.start + 4].hex(' ')}) are"
                f" not valid {canonical}",
                "leave out the encoding to detect it, or give the file's real encoding",
            ) from exc
        return _strip_bom(text), canonical

    bom = bom_encoding(raw)
    if bom:
        enc, size = bom
        try:
            return raw[size:].decode(enc), enc
        except UnicodeDecodeError as exc:
            raise UndecodableError(
                name,
                f"the file starts with a {enc} byte order mark, but byte {exc.start + size} is"
                f" not valid {enc}",
                "convert the file to UTF-8, or give its encoding",
            ) from exc

    if b"\x00" in raw[: 1 << 16]:
        utf16 = guess_utf16_without_bom(raw)
        if utf16:
            return raw.decode(utf16), utf16

    problem = _binary_problem(raw)
    if problem:
        raise BinaryFileError(name, problem, "import a .txt or .html file")

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and not implausible_unicode(text):
        return text, "utf-8"

    declared = None
    if is_html:
        label = declared_charset(raw)
        declared = lookup(label) if label else None
        if declared and declared.startswith(("utf-", "ascii")):
            declared = None  # UTF-8 failed above; a UTF-16 label on 8-bit bytes is wrong
    return detect_single_byte(raw, declared)


def normalize_text(text: str) -> str:
    """Line endings to "\\n" and NFC: the form every stored text and every offset refers to."""
    text = _NEWLINES_RE.sub("\n", text)
    return unicodedata.normalize("NFC", text)


def source_format(path: str | os.PathLike[str]) -> str:
    """ "txt" or "html" for a path by its extension; UnsupportedFormatError otherwise."""
    p = Path(path)
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        shown = p.suffix or "no extension"
        raise UnsupportedFormatError(
            str(path),
            f"Glossator does not read this kind of file ({shown})",
            "import a .txt, .text, .html or .htm file (convert other formats to text first)",
        )
    return fmt


def read_source(
    path: str | os.PathLike[str], encoding: str | None = None, max_bytes: int = MAX_BYTES
) -> SourceFile:
    """Read a .txt/.text/.html/.htm file into a SourceFile (text NFC, "\\n" line endings).

    ``encoding`` overrides detection. ``max_bytes`` (default :data:`MAX_BYTES`, 20 MiB) is
    checked with ``stat`` before reading. HTML is reduced to its text (see
    :mod:`glossator.ingest.htmltext`); ``raw`` and ``sha256`` are always those of the file's bytes.

    Raises FileMissingError, UnreadableFileError, UnsupportedFormatError, TooLargeError,
    EmptyFileError, BinaryFileError or UndecodableError.
    """
    p = Path(path)
    shown = str(path)
    try:
        st = os.stat(p)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise FileMissingError(shown, "no such file", "check the path and the file name") from exc
    except PermissionError as exc:
        raise UnreadableFileError(
            shown, "permission denied", "check the permissions of the file and its folders"
        ) from exc
    except OSError as exc:
        raise UnreadableFileError(shown, f"cannot be read ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(st.st_mode):
        raise UnreadableFileError(shown, "this is a folder, not a file", "choose a file inside it")
    if not stat.S_ISREG(st.st_mode):
        raise UnreadableFileError(shown, "this is not a regular file", "choose a text file")
    fmt = source_format(p)
    if st.st_size > max_bytes:
        raise TooLargeError(
            shown,
            f"the file has {st.st_size:,} bytes, above the limit of {max_bytes:,}",
            "split it into smaller files",
        )
    try:
        with open(p, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except PermissionError as exc:
        raise UnreadableFileError(
            shown, "permission denied", "check the permissions of the file"
        ) from exc
    except OSError as exc:
        raise UnreadableFileError(shown, f"cannot be read ({exc.strerror or exc})") from exc
    if len(raw) > max_bytes:  # it grew after stat
        raise TooLargeError(
            shown, f"the file has more than {max_bytes:,} bytes", "split it into smaller files"
        )

    decoded, enc = decode_bytes(raw, shown, encoding=encoding, is_html=fmt == "html")
    if not decoded.strip():
        raise EmptyFileError(shown, "the file contains only white space", "choose a file with text")
    if fmt == "html":
        decoded = html_to_text(normalize_text(decoded))
        if not decoded.strip():
            raise EmptyFileError(
                shown, "the page has no text outside its markup", "choose a page with text"
            )
    text = normalize_text(decoded)
    return SourceFile(
        name=p.name,
        path=shown,
        format=fmt,
        raw=raw,
        encoding=enc,
        sha256=hashlib.sha256(raw).hexdigest(),
        text=text,
    )
