"""Exchange with other tools: the term base as TBX, OmegaT glossary and CSV (export, and import
merged into the term base), and a document's annotations as W3C Web Annotations.

The functions here are what the command line calls; the formats are described in their modules
(:mod:`.tbx`, :mod:`.omegat`, :mod:`.csv_glossary`, :mod:`.webanno`), the merge rules in
:mod:`.merge`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from glossator.files import write_atomic
from glossator.model import Annotation, Term
from glossator.store import Store

from .common import ExchangeError, ParsedGlossary, decode_text, read_bytes
from .csv_glossary import export_csv, parse_csv
from .merge import Conflict, MergeReport, merge_glossary
from .omegat import export_omegat, parse_omegat
from .tbx import export_tbx, parse_tbx
from .webanno import (
    WebAnnotationImport,
    export_web_annotations,
    import_into_document,
    import_web_annotations,
)

GLOSSARY_FORMATS = ("tbx", "omegat", "csv")
_EXTENSIONS = {
    ".tbx": "tbx",
    ".xml": "tbx",
    ".utf8": "omegat",
    ".tab": "omegat",
    ".tsv": "omegat",
    ".txt": "omegat",
    ".csv": "csv",
}

__all__ = [
    "GLOSSARY_FORMATS",
    "Conflict",
    "ExchangeError",
    "MergeReport",
    "ParsedGlossary",
    "WebAnnotationImport",
    "default_base_uri",
    "detect_format",
    "export_csv",
    "export_document_annotations",
    "export_glossary",
    "export_omegat",
    "export_tbx",
    "export_termbase",
    "export_web_annotations",
    "import_document_annotations",
    "import_glossary",
    "import_into_document",
    "import_web_annotations",
    "merge_glossary",
    "parse_csv",
    "parse_omegat",
    "parse_tbx",
    "read_glossary",
    "termbase_terms",
]


def detect_format(path: str | os.PathLike[str], data: bytes | None = None) -> str:
    """``tbx``, ``omegat`` or ``csv`` from the file name, else from the first bytes."""
    fmt = _EXTENSIONS.get(Path(path).suffix.lower())
    if fmt:
        return fmt
    head = (data or b"")[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "tbx"
    if b"\t" in head:
        return "omegat"
    if b"," in head or b";" in head:
        return "csv"
    raise ExchangeError(
        str(path),
        "cannot tell the glossary format from the name",
        "name the format (tbx, omegat or csv) or use .tbx, .utf8 or .csv",
    )


def read_glossary(
    path: str | os.PathLike[str], fmt: str | None = None, encoding: str | None = None
) -> ParsedGlossary:
    """Concepts of a glossary file (TBX, OmegaT tab-separated, CSV) without touching the base."""
    raw = read_bytes(path)
    fmt = fmt or detect_format(path, raw)
    name = str(path)
    if fmt == "tbx":
        return parse_tbx(raw, name)
    if fmt == "omegat":
        if encoding is None and name.lower().endswith(".utf8"):
            encoding = "utf-8-sig"
        return parse_omegat(decode_text(raw, name, encoding), name)
    if fmt == "csv":
        return parse_csv(decode_text(raw, name, encoding), name)
    raise ValueError(f"unknown glossary format {fmt!r}; use one of {', '.join(GLOSSARY_FORMATS)}")


def import_glossary(
    store: Store,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    encoding: str | None = None,
    default_status: str = "admitted",
) -> MergeReport:
    """Read a glossary file and merge it into the term base (one transaction, one undo step)."""
    parsed = read_glossary(path, fmt, encoding)
    return merge_glossary(
        store, parsed.terms, default_status=default_status, skipped=parsed.skipped
    )


def termbase_terms(
    store: Store, include_suggested: bool = False, filter_text: str = ""
) -> list[Term]:
    """The concepts to export: confirmed ones (preferred, admitted, deprecated), and
    suggested ones too when asked."""
    terms = store.list_terms(filter_text)
    if include_suggested:
        return terms
    return [t for t in terms if t.status != "suggested"]


def export_glossary(terms: Sequence[Term], fmt: str) -> bytes:
    """The concepts in ``fmt`` (tbx, omegat, csv) as the bytes of a file (UTF-8)."""
    if fmt == "tbx":
        return export_tbx(terms)
    if fmt == "omegat":
        return export_omegat(terms).encode("utf-8")
    if fmt == "csv":
        return export_csv(terms).encode("utf-8")
    raise ValueError(f"unknown glossary format {fmt!r}; use one of {', '.join(GLOSSARY_FORMATS)}")


def export_termbase(
    store: Store,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    include_suggested: bool = False,
) -> tuple[Path, int]:
    """Write the term base to ``path`` atomically; returns the path and the concept count."""
    fmt = fmt or _EXTENSIONS.get(Path(path).suffix.lower())
    if fmt not in GLOSSARY_FORMATS:
        raise ValueError(
            f"{path}: cannot tell the format from the name; give one of "
            f"{', '.join(GLOSSARY_FORMATS)} (or use .tbx, .utf8, .csv)"
        )
    terms = termbase_terms(store, include_suggested)
    return write_atomic(path, export_glossary(terms, fmt)), len(terms)


def default_base_uri(store: Store, doc_id: int) -> str:
    doc = store.get_document(doc_id, with_annotations=False)
    return f"urn:glossator:document:{doc.sha256 or doc.id}"


def export_document_annotations(
    store: Store,
    doc_id: int,
    path: str | os.PathLike[str],
    base_uri: str | None = None,
    statuses: Sequence[str] | None = None,
) -> tuple[Path, int]:
    """Write a document's annotations as W3C Web Annotations (JSON-LD) atomically; returns
    the path and the number of annotations."""
    doc = store.get_document(doc_id)
    data = export_web_annotations(doc, base_uri or default_base_uri(store, doc_id), statuses)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return write_atomic(path, text.encode("utf-8")), data["total"]


def load_json(path: str | os.PathLike[str]) -> Any:
    raw = read_bytes(path)  # refuses files over the size limit
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExchangeError(str(path), f"not a JSON file ({exc})", "give a JSON-LD file") from exc


def import_document_annotations(
    store: Store, doc_id: int, path: str | os.PathLike[str], skip_existing: bool = True
) -> tuple[WebAnnotationImport, list[Annotation]]:
    """Add the annotations of a W3C Web Annotation (or Hypothesis) JSON file to a document."""
    data = load_json(path)
    try:
        return import_into_document(store, doc_id, data, skip_existing=skip_existing)
    except ValueError as exc:
        raise ExchangeError(str(path), str(exc), "give a W3C Web Annotation file") from exc
