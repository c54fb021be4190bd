"""Plain data objects shared by the store, the analyzers, the CLI, TEI and the GUI.

Offsets everywhere are Unicode code points into the NFC-normalized text of one document
revision; ``end`` is exclusive.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, overload

# Block roles, in the order a reader meets them on a typical page.
BLOCK_ROLES = ("title", "keywords", "navigation", "byline", "body", "boilerplate")

# Block languages: a language tag, or "mixed" when two scripts share a block.
BLOCK_LANGS = ("en", "ru", "mixed", "und")

ANNOTATION_STATUSES = ("suggested", "accepted", "rejected")

# Characters of text kept on each side of an annotation, to re-anchor it on a changed text.
CONTEXT_CHARS = 32


def quote_and_context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """An annotation's quote and the context around it (prefix, suffix) in ``text``."""
    return (
        text[start:end],
        text[max(0, start - CONTEXT_CHARS) : start],
        text[end : end + CONTEXT_CHARS],
    )


def fold(text: str) -> str:
    """A term form as forms are compared: NFC, lower case, ё as е, no stress marks (acute or
    grave), single spaces."""
    text = unicodedata.normalize("NFC", text).replace("\u0301", "").replace("\u0300", "")
    return " ".join(text.lower().replace("ё", "е").split())


@dataclass(frozen=True, slots=True)
class AnnotationType:
    """One entry of the annotation taxonomy (exported as the TEI ``<taxonomy>``)."""

    name: str
    label: str
    description: str


# The one taxonomy of annotation types. TEI element names, so export is a direct mapping.
TAXONOMY: tuple[AnnotationType, ...] = (
    AnnotationType("persName", "Person", "A personal name."),
    AnnotationType("orgName", "Organisation", "The name of an organisation or body."),
    AnnotationType("placeName", "Place", "A place name."),
    AnnotationType("date", "Date", "A date or period, normalized in the attribute 'when'."),
    AnnotationType("term", "Term", "A term of the term base."),
    AnnotationType("foreign", "Foreign", "A word or phrase in another language than the text's."),
    AnnotationType("bibl", "Citation", "A bibliographic citation."),
    AnnotationType("note", "Note", "An editorial note or insertion."),
    AnnotationType("q", "Quotation", "Quoted speech or writing."),
    AnnotationType("reg", "Normalization", "A normalized spelling or romanization."),
    AnnotationType("lb", "Line break", "A hyphenation or line break left in the source."),
)
ANNOTATION_TYPES = tuple(t.name for t in TAXONOMY)


@dataclass(slots=True)
class Block:
    """A segment of a document's text with its role and language."""

    start: int
    end: int
    role: str
    lang: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "role": self.role, "lang": self.lang}


@dataclass(slots=True)
class Span:
    """A language span inside the text, e.g. a Cyrillic run tagged ``ru``.

    ``extra`` carries analyzer-specific fields (for romanized Russian: cyrillic, lemma,
    scheme, score, term) that are reported flat in the JSON output.
    """

    start: int
    end: int
    text: str
    lang: str
    script: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "lang": self.lang,
        }
        if self.script:
            d["script"] = self.script
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Annotation:
    """A stand-off annotation: a typed span of a document, with provenance and status."""

    start: int
    end: int
    type: str
    quote: str = ""
    prefix: str = ""
    suffix: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)
    status: str = "suggested"
    origin: str = "manual"
    author: str = ""
    id: int | None = None
    document_id: int | None = None
    # Microseconds since the Unix epoch, UTC: integers load several times faster than
    # ISO strings, which matters for documents with 100,000 annotations.
    created_us: int = 0
    updated_us: int = 0

    @property
    def created_at(self) -> str:
        return iso_time(self.created_us)

    @property
    def updated_at(self) -> str:
        return iso_time(self.updated_us)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        del d["created_us"], d["updated_us"]
        d["created_at"] = self.created_at
        d["updated_at"] = self.updated_at
        return d


def iso_time(microseconds: int) -> str:
    """An ISO 8601 UTC timestamp from microseconds since the epoch ('' for 0)."""
    if not microseconds:
        return ""
    return datetime.fromtimestamp(microseconds / 1_000_000, UTC).isoformat(timespec="microseconds")


class AnnotationRows(Sequence[Annotation]):
    """A document's annotations as read from the store, made into :class:`Annotation`
    objects only when read: a document with 100,000 annotations opens without building
    100,000 objects, and highlighting reads the positions straight from the rows.

    Each row is ``(id, start, end, type, attributes_json, status, origin, author,
    created_us, updated_us)``; quote, prefix and suffix are cut from ``text``, the revision
    every row is anchored on.
    """

    __slots__ = ("_rows", "_text", "_document_id")

    def __init__(self, rows: list[tuple[Any, ...]], text: str, document_id: int) -> None:
        self._rows = rows
        self._text = text
        self._document_id = document_id

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Annotation: ...
    @overload
    def __getitem__(self, index: slice) -> list[Annotation]: ...
    def __getitem__(self, index: int | slice) -> Annotation | list[Annotation]:
        if isinstance(index, slice):
            return [self._make(r) for r in self._rows[index]]
        return self._make(self._rows[index])

    def __iter__(self) -> Iterator[Annotation]:
        return map(self._make, self._rows)

    def positions(self) -> Iterator[tuple[int, int, int, str, str]]:
        """(id, start, end, type, status) of every annotation, without building objects."""
        for r in self._rows:
            yield r[0], r[1], r[2], r[3], r[5]

    def _make(self, r: tuple[Any, ...]) -> Annotation:
        return Annotation(
            r[1],
            r[2],
            r[3],
            *quote_and_context(self._text, r[1], r[2]),
            json.loads(r[4]) if r[4] else {},
            r[5],
            r[6],
            r[7],
            r[0],
            self._document_id,
            r[8],
            r[9],
        )


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an annotation goes in the new text (``None`` offsets: it is an orphan)."""

    annotation_id: int
    start: int | None
    end: int | None
    how: str  # "unchanged", "context", "fuzzy" or "orphan"


@dataclass(slots=True)
class Revision:
    """One version of a document's text. Texts are never edited in place."""

    number: int
    text: str
    created_at: str = ""
    note: str = ""


@dataclass(slots=True)
class SourceFile:
    """The bytes a document came from, decoded: kept so an import is reproducible."""

    name: str
    path: str
    format: str  # "txt" or "html"
    raw: bytes
    encoding: str
    sha256: str
    text: str  # decoded, NFC-normalized


@dataclass(slots=True)
class TermProposal:
    """A concept that suggestions of an analysis link to.

    Either an existing concept of the term base (``term.id`` set: nothing of it is changed)
    or a new one, stored with status ``suggested`` for a person to confirm. ``occurrences``
    index ``Analysis.suggestions``; ``links`` are ``(kind, source, target)`` between indexes of
    ``term.forms`` (transliteration-of, translation-of, acronym-of).
    """

    term: Term
    occurrences: list[int] = field(default_factory=list)
    links: list[tuple[str, int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Analysis:
    """What the analyzers found in one text: blocks, language spans, suggested annotations,
    and the term base concepts they link to."""

    text: str
    encoding: str
    blocks: list[Block] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    suggestions: list[Annotation] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    terms: list[TermProposal] = field(default_factory=list)
    homoglyphs: list[dict[str, Any]] = field(default_factory=list)
    acronyms: list[dict[str, Any]] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        """The documented ``glossator analyze --json`` contract."""
        return {
            "text": self.text,
            "encoding": self.encoding,
            "metadata": self.metadata,
            "blocks": [b.to_dict() for b in self.blocks],
            "spans": [s.to_dict() for s in self.spans],
            "suggestions": [
                {
                    "start": a.start,
                    "end": a.end,
                    "type": a.type,
                    "quote": a.quote,
                    "attributes": a.attributes,
                    "origin": a.origin,
                    "status": a.status,
                }
                for a in self.suggestions
            ],
            "terms": [
                {
                    "concept": p.term.id,
                    "new": p.term.id is None,
                    "forms": [
                        {"text": f.text, "lang": f.lang, "kind": f.kind, "scheme": f.scheme}
                        for f in p.term.forms
                    ],
                    "occurrences": p.occurrences,
                }
                for p in self.terms
            ],
            "acronyms": self.acronyms,
            "homoglyphs": self.homoglyphs,
        }


@dataclass(slots=True)
class Document:
    """A document as loaded from the store: its current text and what is attached to it."""

    id: int
    title: str
    text: str
    revision: int
    source_name: str = ""
    source_path: str = ""
    format: str = "txt"
    encoding: str = ""
    sha256: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    imported_at: str = ""
    blocks: list[Block] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    annotations: Sequence[Annotation] = field(default_factory=list)


@dataclass(slots=True)
class DocumentSummary:
    """A row of the document list: enough to show and filter, without the text."""

    id: int
    title: str
    source_name: str
    encoding: str
    length: int
    accepted: int
    suggested: int
    imported_at: str


@dataclass(slots=True)
class TermForm:
    """One written form of a concept: English, Cyrillic, or romanized with its scheme."""

    text: str
    lang: str  # "en", "ru", "ru-Latn"
    kind: str = "term"  # term, acronym, lemma, inflected
    scheme: str = ""  # for ru-Latn: ala-lc, bgn-pcgn, iso9, scholarly, ..., unknown
    lemma: str = ""
    id: int | None = None
    concept_id: int | None = None


@dataclass(slots=True)
class Term:
    """A corpus-wide concept of the term base with its forms."""

    forms: list[TermForm] = field(default_factory=list)
    status: str = "admitted"  # preferred, admitted, deprecated
    note: str = ""
    origin: str = "manual"
    id: int | None = None


@dataclass(slots=True)
class Link:
    """A typed, scored connection between two forms or annotations."""

    kind: str  # transliteration-of, translation-of, acronym-of, same-as
    source: tuple[str, int]  # ("form"|"annotation", id)
    target: tuple[str, int]
    score: float = 1.0
    scheme: str = ""
    status: str = "suggested"
    id: int | None = None


@dataclass(slots=True)
class Translation:
    """The translation of one block of a document into ``lang``."""

    document_id: int
    block: int  # index into the document's blocks
    lang: str
    text: str
    author: str = ""
    updated_us: int = 0

    @property
    def updated_at(self) -> str:
        return iso_time(self.updated_us)


@dataclass(slots=True)
class Change:
    """One entry of the append-only change log."""

    id: int
    at: str
    author: str
    action: str
    entity: str
    entity_id: int | None
    document_id: int | None
    before: Any
    after: Any
