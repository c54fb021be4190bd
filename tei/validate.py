"""RELAX NG validation of TEI files: lxml (always available) and jing (when installed).

Glossator's own profile, ``tei/schema/glossator.rng``, is the default schema; the official
``tei_all.rng`` can be given instead. Documents are parsed with :func:`tei.safe.parse_secure`
(no entities, DTDs or network); schemas are loaded once per process and path.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from glossator.xmlsafe import untrusted_parser
from tei.errors import JingMissingError, TeiError, TeiMalformedError
from tei.safe import MAX_BYTES, parse_secure

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
GLOSSATOR_SCHEMA = SCHEMA_DIR / "glossator.rng"

_JING_LINE = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): (?P<kind>\w+): (?P<msg>.*)$")


@dataclass(frozen=True, slots=True)
class ValidationError:
    """One problem found by a validator: where (1-based line and column, 0 if unknown) and what."""

    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.message}"


@lru_cache(maxsize=8)
def load_schema(path: str | Path | None = None) -> etree.RelaxNG:
    """The compiled RELAX NG schema at ``path`` (Glossator's profile by default), cached.

    Schema files are trusted local files, but they are still read without network access."""
    p = Path(path) if path is not None else GLOSSATOR_SCHEMA
    parser = untrusted_parser()
    return etree.RelaxNG(etree.parse(str(p), parser))


def validate(
    path_or_bytes: str | Path | bytes, schema: str | Path | None = None
) -> list[ValidationError]:
    """Validate a TEI document (a path or its bytes) against ``schema`` (default: Glossator's
    profile) with lxml. Returns the errors, empty when valid. A document that cannot be
    parsed safely gives one error with the parser's line and column."""
    if isinstance(path_or_bytes, bytes | bytearray):
        data, name = bytes(path_or_bytes), "<bytes>"
    else:
        p = Path(path_or_bytes)
        data, name = p.read_bytes(), str(p)
    try:
        tree = parse_secure(data, name, max_bytes=max(MAX_BYTES, len(data)), require_tei=False)
    except TeiMalformedError as exc:
        return [ValidationError(exc.line, exc.column, str(exc))]
    except TeiError as exc:
        return [ValidationError(0, 0, str(exc))]
    rng = load_schema(schema)
    if rng.validate(tree):
        return []
    return [ValidationError(e.line, e.column, e.message) for e in rng.error_log]


def jing_available() -> bool:
    """Whether the ``jing`` command is on PATH."""
    return shutil.which("jing") is not None


def validate_with_jing(
    path: str | Path | bytes, schema: str | Path | None = None, *, timeout: float = 300
) -> list[ValidationError]:
    """Validate with jing, the reference RELAX NG validator. ``path`` may also be the bytes
    of a document (written to a temporary file). Raises :class:`tei.errors.JingMissingError`
    when jing is not installed."""
    jing = shutil.which("jing")
    if jing is None:
        raise JingMissingError(
            "jing is not installed — install it (Debian/Ubuntu: apt-get install jing) or "
            "validate with tei.validate.validate, which uses lxml"
        )
    schema_path = Path(schema) if schema is not None else GLOSSATOR_SCHEMA
    tmp = None
    if isinstance(path, bytes | bytearray):
        tmp = tempfile.NamedTemporaryFile(suffix=".xml", delete=False)
        tmp.write(path)
        tmp.close()
        path = tmp.name
    try:
        proc = subprocess.run(
            [jing, str(schema_path), str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    finally:
        if tmp is not None:
            Path(tmp.name).unlink(missing_ok=True)
    errors: list[ValidationError] = []
    for line in (proc.stdout + "\n" + proc.stderr).splitlines():
        m = _JING_LINE.match(line.strip())
        if m and m.group("kind") in ("error", "fatal"):
            errors.append(
                ValidationError(int(m.group("line")), int(m.group("col")), m.group("msg"))
            )
    if proc.returncode != 0 and not errors:
        out = " ".join(
            ln for ln in (proc.stdout + proc.stderr).splitlines() if "[warning]" not in ln
        )
        errors.append(ValidationError(0, 0, out.strip() or f"jing exited with {proc.returncode}"))
    return errors
