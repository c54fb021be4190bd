"""Editing one document: the decisions behind the desktop application's actions, in plain
Python so that tests reach them without a window.

A :class:`DocumentSession` receives the store and a document id. It keeps an
:class:`AnnotationIndex` of the document's annotation positions (built once from
``AnnotationRows.positions()``, then updated one annotation at a time), answers what a view
needs (what to highlight in a range, what lies under the cursor, where the next suggestion
is, which concepts the document names) and makes every change through one store call, so each
is committed when it is made and can be undone from the change log.

All offsets are code points of the document's NFC text, as in the store. Conversion to a
toolkit's positions is the view's business.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from glossator.analysis import CYRILLIC_LANGS, DEFAULT_SCHEME
from glossator.anchoring import revise_document
from glossator.errors import GlossatorError, NotFoundError
from glossator.importer import term_index
from glossator.ingest.reader import read_source
from glossator.model import (
    ANNOTATION_STATUSES,
    ANNOTATION_TYPES,
    Annotation,
    Document,
    Placement,
    Term,
    TermForm,
)
from glossator.store import Store
from glossator.translit import SCHEMES, TermIndex, reverse_romanize, romanize

# Block roles shown dimmed: page furniture, not the text.
DIMMED_ROLES = frozenset({"navigation", "boilerplate"})
ORIGIN_MANUAL = "manual"
NOTE_ATTRIBUTE = "note"
CONCEPT_ATTRIBUTE = "concept"

# (id, start, end, type, status), as ``AnnotationRows.positions()`` yields them.
Position = tuple[int, int, int, str, str]


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection without the white space around it (people select a word and its space)."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class AnnotationIndex:
    """Where a document's annotations are, found by range without scanning them all.

    Annotations are filed in every chunk of ``CHUNK`` code points they touch, so the
    annotations of one visible block are a dictionary lookup away, and one annotation is
    added, moved or removed in constant time. Suggestions are also kept sorted by start, for
    stepping through them.
    """

    CHUNK = 256

    def __init__(self, positions: Iterable[Position] = ()) -> None:
        self._by_id: dict[int, Position] = {}
        self._chunks: dict[int, list[int]] = {}
        self._suggested: list[tuple[int, int]] = []  # (start, id), sorted
        self.counts: Counter[str] = Counter()
        chunk = self.CHUNK
        chunks = self._chunks
        for p in positions:
            ann_id, start, end, _type, status = p
            self._by_id[ann_id] = p
            self.counts[status] += 1
            for c in range(start // chunk, max(start, end - 1) // chunk + 1):
                bucket = chunks.get(c)
                if bucket is None:
                    chunks[c] = [ann_id]
                else:
                    bucket.append(ann_id)
            if status == "suggested":
                self._suggested.append((start, ann_id))
        self._suggested.sort()

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, ann_id: object) -> bool:
        return ann_id in self._by_id

    def get(self, ann_id: int) -> Position | None:
        return self._by_id.get(ann_id)

    def _chunk_range(self, start: int, end: int) -> range:
        return range(start // self.CHUNK, max(start, end - 1) // self.CHUNK + 1)

    def put(self, p: Position) -> None:
        """Add an annotation, or replace what is known of it."""
        if p[0] in self._by_id:
            self.remove(p[0])
        ann_id, start, end, _type, status = p
        self._by_id[ann_id] = p
        self.counts[status] += 1
        for c in self._chunk_range(start, end):
            self._chunks.setdefault(c, []).append(ann_id)
        if status == "suggested":
            insort(self._suggested, (start, ann_id))

    def remove(self, ann_id: int) -> None:
        p = self._by_id.pop(ann_id, None)
        if p is None:
            return
        _id, start, end, _type, status = p
        self.counts[status] -= 1
        for c in self._chunk_range(start, end):
            bucket = self._chunks.get(c)
            if bucket is not None and ann_id in bucket:
                bucket.remove(ann_id)
        if status == "suggested":
            i = bisect_left(self._suggested, (start, ann_id))
            if i < len(self._suggested) and self._suggested[i] == (start, ann_id):
                del self._suggested[i]

    def overlapping(self, start: int, end: int) -> list[Position]:
        """Annotations that share a code point with [start, end) — or, when empty, sit at
        ``start`` — in document order."""
        found: dict[int, Position] = {}
        by_id = self._by_id
        for c in self._chunk_range(start, end):
            for ann_id in self._chunks.get(c, ()):
                p = by_id[ann_id]
                if (p[1] < end and p[2] > start) or (p[1] == p[2] == start):
                    found[ann_id] = p
        return sorted(found.values(), key=lambda p: (p[1], p[2], p[0]))

    def at(self, pos: int) -> list[Position]:
        """Annotations that hold the code point at ``pos`` (or end just there), innermost
        first."""
        hits = [p for p in self.overlapping(max(0, pos - 1), pos + 1) if p[1] <= pos <= p[2]]
        hits.sort(key=lambda p: (p[2] - p[1], p[1]))
        return hits

    def suggestion_after(self, pos: int, wrap: bool = True) -> int | None:
        i = bisect_right(self._suggested, (pos, float("inf")))
        if i < len(self._suggested):
            return self._suggested[i][1]
        return self._suggested[0][1] if wrap and self._suggested else None

    def suggestion_before(self, pos: int, wrap: bool = True) -> int | None:
        i = bisect_left(self._suggested, (pos, -1))
        if i > 0:
            return self._suggested[i - 1][1]
        return self._suggested[-1][1] if wrap and self._suggested else None

    def suggested_count(self) -> int:
        return len(self._suggested)

    def ids(self) -> Iterator[int]:
        return iter(self._by_id)


@dataclass(frozen=True, slots=True)
class Mark:
    """A piece of highlighting: ``layer`` is "dim", "cyrillic", "romanized", "accepted" or
    "suggested"; ``type`` the annotation type for the last two."""

    start: int
    end: int
    layer: str
    type: str = ""
    id: int | None = None


@dataclass(slots=True)
class TermRow:
    """A concept as the terms list of a document shows it."""

    concept_id: int
    cyrillic: str
    romanized: str
    english: str
    lemma: str
    count: int
    status: str
    links: int = 0

    @property
    def link_status(self) -> str:
        if self.status == "suggested":
            return "to confirm"
        return f"{self.status}, {self.links} link{'s' if self.links != 1 else ''}"


@dataclass(slots=True)
class TermSummary:
    """A concept of the term base in one line per language."""

    concept_id: int
    english: str
    cyrillic: str
    romanized: str
    status: str
    note: str
    forms: int
    term: Term


def summarize_term(term: Term) -> TermSummary:
    """English, Cyrillic and romanized forms of a concept, each joined with " · "."""

    def join(lang: str) -> str:
        seen: list[str] = []
        for f in term.forms:
            if f.lang == lang and f.text not in seen:
                seen.append(f.text)
        return " · ".join(seen)

    assert term.id is not None
    return TermSummary(
        term.id,
        join("en"),
        join("ru"),
        join("ru-Latn"),
        term.status,
        term.note,
        len(term.forms),
        term,
    )


def head_form(term: Term, lang: str = "ru") -> TermForm | None:
    """The form a concept is named by in ``lang``: a term before an acronym or inflection."""
    forms = [f for f in term.forms if f.lang == lang]
    if not forms:
        return None
    order = {"term": 0, "lemma": 1, "acronym": 2, "inflected": 3}
    return min(forms, key=lambda f: order.get(f.kind, 4))


@dataclass(slots=True)
class LinkCandidate:
    """A Cyrillic reading offered for a romanized span."""

    cyrillic: str
    lemma: str
    scheme: str
    score: float
    known: bool
    source: str = "engine"  # "engine", "annotation" or "term base"


@dataclass(slots=True)
class ConceptMatch:
    """A term base concept that a romanized span may name."""

    concept_id: int
    form: str
    score: float
    summary: TermSummary


@dataclass(slots=True)
class LinkProposal:
    """What the link dialog offers for a span of romanized Russian."""

    start: int
    end: int
    latin: str
    candidates: list[LinkCandidate] = field(default_factory=list)
    concepts: list[ConceptMatch] = field(default_factory=list)
    annotation_id: int | None = None


@dataclass(slots=True)
class LinkResult:
    concept_id: int
    concept_created: bool
    annotation: Annotation
    forms_added: list[str] = field(default_factory=list)
    links_added: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RevisionResult:
    """What importing a corrected text did: the new revision and where annotations went."""

    revision: int
    placements: list[Placement]

    @property
    def placed(self) -> int:
        return sum(1 for p in self.placements if p.how != "orphan")

    @property
    def orphaned(self) -> int:
        return len(self.placements) - self.placed

    def summary(self) -> str:
        if not self.placements:
            return f"Corrected text stored as revision {self.revision}; it had no annotations"
        line = (
            f"Corrected text stored as revision {self.revision}: {self.placed} annotation"
            f"{'s' if self.placed != 1 else ''} placed"
        )
        if self.orphaned:
            line += f", {self.orphaned} could not be placed (see Unplaced annotations)"
        return line


def find_all(text: str, query: str, case_sensitive: bool = False) -> list[tuple[int, int]]:
    """Every occurrence of ``query`` in ``text`` as (start, end) code points. Stress marks
    (U+0301) and ё/е do not matter, as people type Russian without them."""
    if not query:
        return []
    folded, origin = _fold_for_search(text)
    q = _fold_for_search(query)[0]
    if not q:
        return []
    flags = 0 if case_sensitive else re.IGNORECASE
    out = []
    for m in re.finditer(re.escape(q), folded, flags):
        if m.end() == m.start():
            continue
        start = origin[m.start()] if origin else m.start()
        end = origin[m.end() - 1] + 1 if origin else m.end()
        if origin:  # take the stress marks after the last letter along
            while end < len(text) and text[end] == "\u0301":
                end += 1
        out.append((start, end))
    return out


def _fold_for_search(text: str) -> tuple[str, list[int] | None]:
    text = text.replace("ё", "е").replace("Ё", "Е")
    if "\u0301" not in text:
        return text, None
    origin = [i for i, ch in enumerate(text) if ch != "\u0301"]
    return text.replace("\u0301", ""), origin


class DocumentSession:
    """One open document and every change made to it through the application.

    Raises :class:`glossator.errors.NotFoundError` for a document that does not exist.
    """

    def __init__(self, store: Store, doc_id: int, scheme: str = DEFAULT_SCHEME) -> None:
        self.store = store
        self.scheme = scheme if scheme in SCHEMES else DEFAULT_SCHEME
        self.doc_id = doc_id
        self._termbase: TermIndex | None = None
        self.load()

    # -- reading ------------------------------------------------------------------------

    def load(self) -> None:
        """(Re)read the document and build the index of its annotations."""
        doc = self.store.get_document(self.doc_id)
        self.document: Document = doc
        self._termbase = None  # the term base may have changed too: rebuilt when next needed
        self.text = doc.text
        rows = doc.annotations
        self.index = AnnotationIndex(rows.positions())  # type: ignore[attr-defined]
        self._block_starts = [b.start for b in doc.blocks]
        self._spans = [
            (s.start, s.end, "romanized" if s.lang == "ru-Latn" else "cyrillic")
            for s in doc.spans
            if s.lang == "ru-Latn" or s.script == "Cyrl" or s.lang in CYRILLIC_LANGS
        ]
        self._span_starts = [s[0] for s in self._spans]
        self._span_max = max((e - s for s, e, _ in self._spans), default=0)

    @property
    def title(self) -> str:
        return self.document.title

    def counts(self) -> dict[str, int]:
        return {s: self.index.counts.get(s, 0) for s in ANNOTATION_STATUSES}

    def annotation(self, ann_id: int) -> Annotation:
        return self.store.get_annotation(ann_id)

    def quote(self, start: int, end: int) -> str:
        return self.text[start:end]

    def visible_at(self, pos: int) -> list[Position]:
        """The shown (not rejected) annotations holding ``pos``, innermost first."""
        return [p for p in self.index.at(pos) if p[4] != "rejected"]

    def pick(self, start: int, end: int | None = None) -> int | None:
        """The annotation a click or a selection means: one with exactly the selected span,
        else the innermost shown one under the cursor."""
        if end is not None and end != start:
            lo, hi = min(start, end), max(start, end)
            exact = [p for p in self.index.overlapping(lo, hi) if (p[1], p[2]) == (lo, hi)]
            exact = [p for p in exact if p[4] != "rejected"] or exact
            if exact:
                return exact[0][0]
            start = lo
        hits = self.visible_at(start)
        return hits[0][0] if hits else None

    def marks(self, start: int, end: int) -> list[Mark]:
        """What to highlight in [start, end), clipped to it, lowest layer first: Cyrillic and
        romanized Russian, dimmed page furniture (which greys them too), then annotations (suggested ones above
        accepted ones, so they show; rejected ones are not shown)."""
        out: list[Mark] = []
        j = bisect_left(self._span_starts, start - self._span_max)
        while j < len(self._spans) and self._spans[j][0] < end:
            s, e, layer = self._spans[j]
            if e > start:
                out.append(Mark(max(s, start), min(e, end), layer))
            j += 1
        blocks = self.document.blocks
        i = max(0, bisect_right(self._block_starts, start) - 1)
        while i < len(blocks) and blocks[i].start < end:
            b = blocks[i]
            if b.role in DIMMED_ROLES and b.end > start:
                out.append(Mark(max(b.start, start), min(b.end, end), "dim"))
            i += 1
        anns = self.index.overlapping(start, end)
        for status in ("accepted", "suggested"):
            for ann_id, s, e, type_, st in anns:
                if st == status and e > s:
                    out.append(Mark(max(s, start), min(e, end), status, type_, ann_id))
        return out

    def next_suggestion(self, pos: int, forward: bool = True) -> int | None:
        """The suggestion after (or before) ``pos``, wrapping around the document."""
        if forward:
            return self.index.suggestion_after(pos)
        return self.index.suggestion_before(pos)

    def span_of(self, ann_id: int) -> tuple[int, int]:
        p = self.index.get(ann_id)
        if p is None:
            raise NotFoundError(f"no annotation number {ann_id} in this document")
        return p[1], p[2]

    # -- changing annotations (each one store call: committed and undoable) --------------

    def _keep(self, a: Annotation) -> Annotation:
        assert a.id is not None
        self.index.put((a.id, a.start, a.end, a.type, a.status))
        return a

    def annotate(
        self,
        start: int,
        end: int,
        type_: str,
        attributes: dict[str, Any] | None = None,
        status: str = "accepted",
        origin: str = ORIGIN_MANUAL,
    ) -> Annotation:
        """A new annotation (accepted, unless told) over [start, end), without the white
        space around."""
        if type_ not in ANNOTATION_TYPES:
            raise ValueError(f"unknown annotation type {type_!r}")
        start, end = trim_span(self.text, start, end)
        if start == end and type_ != "lb":
            raise ValueError("select some text to annotate")
        a = Annotation(
            start,
            end,
            type_,
            attributes=dict(attributes or {}),
            status=status,
            origin=origin,
            author=self.store.author,
        )
        return self._keep(self.store.add_annotation(self.doc_id, a))

    def apply_type(self, start: int, end: int, type_: str, current: int | None) -> Annotation:
        """What a type key does: with text selected, annotate it (or retype the annotation
        that spans exactly the selection); with nothing selected, retype the current
        annotation (accepting it, as choosing its type is a decision)."""
        if start != end:
            s, e = trim_span(self.text, start, end)
            for p in self.index.overlapping(s, e):
                if (p[1], p[2]) == (s, e) and p[4] != "rejected":
                    return self.set_type(p[0], type_)
            return self.annotate(s, e, type_)
        if current is None:
            raise ValueError("select some text, or an annotation, first")
        return self.set_type(current, type_)

    def update(self, ann_id: int, **changes: Any) -> Annotation:
        return self._keep(self.store.update_annotation(ann_id, **changes))

    def set_type(self, ann_id: int, type_: str) -> Annotation:
        return self.update(ann_id, type=type_, status="accepted")

    def set_span(self, ann_id: int, start: int, end: int) -> Annotation:
        start, end = min(start, end), max(start, end)
        return self.update(ann_id, start=start, end=end)

    def set_status(self, ann_id: int, status: str) -> Annotation:
        return self.update(ann_id, status=status)

    def accept(self, ann_id: int) -> Annotation:
        return self.set_status(ann_id, "accepted")

    def reject(self, ann_id: int) -> Annotation:
        return self.set_status(ann_id, "rejected")

    def suggestions_in(self, start: int, end: int, type_: str | None = None) -> list[int]:
        """Suggestions lying wholly inside [start, end), of one type or all."""
        return [
            p[0]
            for p in self.index.overlapping(start, end)
            if p[4] == "suggested" and start <= p[1] and p[2] <= end and type_ in (None, p[3])
        ]

    def suggested_types_in(self, start: int, end: int) -> Counter[str]:
        return Counter(
            self.index.get(i)[3]  # type: ignore[index]
            for i in self.suggestions_in(start, end)
        )

    def set_status_in(self, start: int, end: int, status: str, type_: str | None = None) -> int:
        """Accept (or reject) every suggestion of a kind inside a selection: one step."""
        ids = self.suggestions_in(start, end, type_)
        if ids:
            self.store.set_status(ids, status)
            for i in ids:
                p = self.index.get(i)
                assert p is not None
                self.index.put((p[0], p[1], p[2], p[3], status))
        return len(ids)

    def set_attribute(self, ann_id: int, key: str, value: Any) -> Annotation:
        """Set one attribute (an empty value removes it)."""
        key = key.strip()
        if not key:
            raise ValueError("an attribute needs a name")
        attributes = dict(self.annotation(ann_id).attributes)
        if value in (None, ""):
            if key not in attributes:
                return self.annotation(ann_id)
            del attributes[key]
        else:
            if attributes.get(key) == value:
                return self.annotation(ann_id)
            attributes[key] = value
        return self.update(ann_id, attributes=attributes)

    def set_attributes(self, ann_id: int, attributes: dict[str, Any]) -> Annotation:
        clean = {k.strip(): v for k, v in attributes.items() if k.strip() and v not in (None, "")}
        if clean == self.annotation(ann_id).attributes:
            return self.annotation(ann_id)
        return self.update(ann_id, attributes=clean)

    def set_note(self, ann_id: int, note: str) -> Annotation:
        return self.set_attribute(ann_id, NOTE_ATTRIBUTE, note.strip())

    def delete(self, ann_id: int) -> None:
        self.store.delete_annotation(ann_id)
        self.index.remove(ann_id)

    # -- a corrected text and the annotations it left unplaced ---------------------------

    def revise_from_file(self, path: str) -> RevisionResult:
        """Make the text of ``path`` the document's new revision, re-anchoring every
        annotation (those that cannot be placed are kept as orphans), and reload.

        Raises the reader's InputError for a file that cannot be read, ValueError when the
        file holds the text the document already has."""
        source = read_source(path)
        if source.text == self.text:
            raise ValueError(f"{path}: the text is the same as the document's — nothing to correct")
        placements = revise_document(
            self.store, self.doc_id, source.text, note=f"corrected from {source.name}"
        )
        self.load()
        return RevisionResult(self.document.revision, placements)

    def orphans(self) -> list[Annotation]:
        """Annotations that could not be placed on the corrected text (old quote, offsets)."""
        return self.store.orphaned_annotations(self.doc_id)

    def _orphan(self, ann_id: int) -> Annotation:
        for a in self.orphans():
            if a.id == ann_id:
                return a
        raise NotFoundError(f"annotation {ann_id} is no longer among the unplaced ones")

    def place_orphan(self, ann_id: int, start: int, end: int) -> Annotation:
        """Put an unplaced annotation on [start, end) of the current text: a new annotation
        with its type, attributes, status and origin, the orphan removed — one undo step."""
        orphan = self._orphan(ann_id)
        s, e = trim_span(self.text, start, end)
        if s == e:
            raise ValueError("select the text to place the annotation on")
        with self.store.batch():
            # The orphan goes first: if it is already gone, nothing is added anywhere.
            self.store.delete_annotation(ann_id)
            placed = self.annotate(
                start, end, orphan.type, orphan.attributes, orphan.status, orphan.origin
            )
        return placed

    def delete_orphan(self, ann_id: int) -> Annotation:
        orphan = self._orphan(ann_id)
        self.store.delete_annotation(ann_id)
        return orphan

    # -- undo and redo -------------------------------------------------------------------

    def undo(self) -> list[int]:
        """Revert the author's last change (of any document); returns the ids of this
        document's annotations it touched. Raises NotFoundError when there is nothing."""
        return self._follow(self.store.undo())

    def redo(self) -> list[int]:
        return self._follow(self.store.redo())

    def _follow(self, changes: list[Any]) -> list[int]:
        touched = []
        orphaned: set[int | None] | None = None
        for c in changes:
            if c.entity != "annotation" or c.entity_id is None:
                continue
            if c.document_id not in (None, self.doc_id):
                continue
            try:
                a = self.store.get_annotation(c.entity_id)
            except NotFoundError:
                self.index.remove(c.entity_id)
            else:
                if a.document_id == self.doc_id:
                    if orphaned is None:
                        orphaned = {o.id for o in self.orphans()}
                    if a.id in orphaned:  # back among the unplaced: not in the text
                        self.index.remove(c.entity_id)
                    else:
                        self._keep(a)
            touched.append(c.entity_id)
        return touched

    # -- the concepts of this document ------------------------------------------------

    def term_rows(self) -> list[TermRow]:
        """The concepts this document's annotations link to, most frequent first."""
        rows = []
        for term, count in self.store.document_terms(self.doc_id):
            assert term.id is not None
            ru = head_form(term, "ru")
            en = head_form(term, "en")
            cyrillic = ru.text if ru else ""
            if cyrillic:
                romanized = romanize(cyrillic, self.scheme)
            else:
                latin = head_form(term, "ru-Latn")
                romanized = latin.text if latin else ""
            lemma = ru.lemma if ru and ru.lemma else cyrillic
            rows.append(
                TermRow(
                    term.id,
                    cyrillic,
                    romanized,
                    en.text if en else "",
                    lemma,
                    count,
                    term.status,
                    len(self.store.links_of_term(term.id)),
                )
            )
        return rows

    def term_occurrences(self, concept_id: int) -> list[tuple[int, int, int]]:
        """(start, end, annotation id) of a concept's shown occurrences in this document."""
        return [
            (a.start, a.end, a.id)
            for doc_id, a in self.store.term_occurrences(concept_id)
            if doc_id == self.doc_id and a.status != "rejected" and a.id is not None
        ]

    def termbase(self) -> TermIndex:
        if self._termbase is None:
            self._termbase = term_index(self.store)
        return self._termbase

    def concept_at(self, start: int, end: int | None = None) -> int | None:
        """The concept a cursor or selection names: through the annotation under it, else,
        for a selection, a term base form that sounds the same."""
        for p in self.visible_at(start) if end in (None, start) else []:
            concept = self.annotation(p[0]).attributes.get(CONCEPT_ATTRIBUTE)
            if concept is not None:
                return int(concept)
        if end is not None and end != start:
            ann = self.pick(start, end)
            if ann is not None:
                concept = self.annotation(ann).attributes.get(CONCEPT_ATTRIBUTE)
                if concept is not None:
                    return int(concept)
            s, e = trim_span(self.text, start, end)
            if 0 < e - s <= 200:
                hits = self.termbase().lookup(self.text[s:e], limit=1)
                if hits and hits[0][2] >= 0.9:
                    return int(hits[0][0])  # type: ignore[call-overload]
        return None

    # -- linking romanized Russian -------------------------------------------------------

    def link_proposal(self, start: int, end: int) -> LinkProposal:
        """Cyrillic readings of the romanized span [start, end) and the concepts it may
        name: the engine's candidates, what an earlier analysis proposed, and the term base's
        forms that sound alike."""
        start, end = trim_span(self.text, start, end)
        latin = self.text[start:end]
        if not latin:
            raise ValueError("select the romanized Russian to link")
        proposal = LinkProposal(start, end, latin)
        existing = self.pick(start, end)
        if existing is not None and self.span_of(existing) != (start, end):
            existing = None
        proposal.annotation_id = existing
        seen: set[str] = set()

        def offer(c: LinkCandidate) -> None:
            if c.cyrillic and c.cyrillic not in seen:
                seen.add(c.cyrillic)
                proposal.candidates.append(c)

        concept_scores: dict[int, tuple[float, str]] = {}
        if existing is not None:
            attrs = self.annotation(existing).attributes
            if attrs.get("cyrillic"):
                offer(
                    LinkCandidate(
                        str(attrs["cyrillic"]),
                        str(attrs.get("lemma", attrs["cyrillic"])),
                        str(attrs.get("scheme", "unknown")),
                        float(attrs.get("cert", 1.0)),
                        True,
                        "annotation",
                    )
                )
            if attrs.get(CONCEPT_ATTRIBUTE) is not None:
                concept_scores[int(attrs[CONCEPT_ATTRIBUTE])] = (1.0, latin)
        engine = reverse_romanize(latin, limit=8)
        for c in engine:
            offer(LinkCandidate(c.cyrillic, c.lemma, c.scheme, c.score, c.known))
        index = self.termbase()
        probes = [latin] + [c.cyrillic for c in proposal.candidates[:3]]
        for probe in probes:
            for concept_id, form, score in index.lookup(probe, limit=5):
                cid = int(concept_id)  # type: ignore[call-overload]
                if score >= 0.6 and score > concept_scores.get(cid, (0.0, ""))[0]:
                    concept_scores[cid] = (score, form)
        for cid, (score, form) in sorted(concept_scores.items(), key=lambda kv: -kv[1][0]):
            try:
                summary = summarize_term(self.store.get_term(cid))
            except NotFoundError:
                continue
            proposal.concepts.append(ConceptMatch(cid, form, score, summary))
            ru = head_form(summary.term, "ru")
            if ru is not None:
                offer(LinkCandidate(ru.text, ru.lemma or ru.text, "", score, True, "term base"))
        return proposal

    def confirm_link(
        self,
        proposal: LinkProposal,
        cyrillic: str,
        concept_id: int | None = None,
        lemma: str = "",
        scheme: str = "",
        english: str = "",
    ) -> LinkResult:
        """Link the romanized span to its Cyrillic: the concept gets the romanized and
        Cyrillic forms it lacks, linked by transliteration-of (a new concept is made when
        none is given), and the span becomes an accepted ``foreign`` annotation pointing to
        the concept."""
        cyrillic = unicodedata.normalize("NFC", cyrillic.strip())
        if not cyrillic:
            raise ValueError("give the Cyrillic form to link to")
        if not any("\u0400" <= ch <= "\u04ff" for ch in cyrillic):
            raise ValueError(f"{cyrillic!r} is not written in Cyrillic")
        lemma = lemma.strip() or cyrillic
        scheme = scheme or "unknown"
        latin = proposal.latin
        result_forms: list[str] = []
        result_links: list[str] = []
        with self.store.batch():
            created = concept_id is None
            if concept_id is None:
                forms = [
                    TermForm(cyrillic, "ru", "term", lemma=lemma),
                    TermForm(latin, "ru-Latn", "term", scheme=scheme, lemma=lemma),
                ]
                if english.strip():
                    forms.append(TermForm(english.strip(), "en", "term"))
                term = self.store.add_term(Term(forms=forms, status="admitted", origin="manual"))
                assert term.id is not None
                concept_id = term.id
                ids = [f.id for f in term.forms]
                assert None not in ids
                self.store.link_forms("transliteration-of", ids[1], ids[0])  # type: ignore[arg-type]
                result_links.append("transliteration-of")
                if len(ids) > 2:
                    self.store.link_forms("translation-of", ids[2], ids[0])  # type: ignore[arg-type]
                    result_links.append("translation-of")
                result_forms = [f.text for f in forms]
            else:
                term = self.store.get_term(concept_id)
                cyr_form = next(
                    (f for f in term.forms if f.lang == "ru" and f.text == cyrillic), None
                )
                if cyr_form is None:
                    kind = (
                        "term"
                        if head_form(term, "ru") is None or lemma == cyrillic
                        else "inflected"
                    )
                    cyr_form = self.store.add_form(
                        concept_id, TermForm(cyrillic, "ru", kind, lemma=lemma)
                    )
                    result_forms.append(cyrillic)
                lat_form = next(
                    (f for f in term.forms if f.lang == "ru-Latn" and f.text == latin), None
                )
                if lat_form is None:
                    lat_form = self.store.add_form(
                        concept_id, TermForm(latin, "ru-Latn", "term", scheme=scheme, lemma=lemma)
                    )
                    result_forms.append(latin)
                if english.strip() and not any(
                    f.lang == "en" and f.text == english.strip() for f in term.forms
                ):
                    en_form = self.store.add_form(concept_id, TermForm(english.strip(), "en"))
                    assert en_form.id is not None and cyr_form.id is not None
                    self.store.link_forms("translation-of", en_form.id, cyr_form.id)
                    result_forms.append(english.strip())
                    result_links.append("translation-of")
                have = set(self.store.links_of_term(concept_id))
                if ("transliteration-of", latin, cyrillic) not in have:
                    assert lat_form.id is not None and cyr_form.id is not None
                    self.store.link_forms("transliteration-of", lat_form.id, cyr_form.id)
                    result_links.append("transliteration-of")
                if term.status == "suggested":
                    self.store.update_term(concept_id, status="admitted")
            attributes = {
                "xml:lang": "ru-Latn",
                "cyrillic": cyrillic,
                "lemma": lemma,
                "scheme": scheme,
                CONCEPT_ATTRIBUTE: concept_id,
            }
            if proposal.annotation_id is not None:
                old = self.annotation(proposal.annotation_id).attributes
                keep = {k: v for k, v in old.items() if k in (NOTE_ATTRIBUTE, "kind")}
                annotation = self.update(
                    proposal.annotation_id,
                    attributes={**keep, **attributes},
                    status="accepted",
                )
            else:
                annotation = self.annotate(proposal.start, proposal.end, "foreign", attributes)
        self._termbase = None  # new forms: rebuilt when next needed
        return LinkResult(concept_id, created, annotation, result_forms, result_links)


# -- the term base ------------------------------------------------------------------------


def term_summaries(
    store: Store, filter_text: str = "", status: str | None = None
) -> list[TermSummary]:
    """The term base as its window lists it."""
    return [summarize_term(t) for t in store.list_terms(filter_text, status=status or None)]


@dataclass(slots=True)
class Occurrence:
    document_id: int
    document_title: str
    annotation_id: int
    start: int
    end: int
    quote: str
    context: str
    status: str


def occurrences_across_corpus(store: Store, concept_id: int) -> list[Occurrence]:
    """Where a concept is named, in every document, with a line of context."""
    titles: dict[int, str] = {}
    out = []
    for doc_id, a in store.term_occurrences(concept_id):
        if doc_id not in titles:
            try:
                titles[doc_id] = store.get_document(doc_id, with_annotations=False).title
            except NotFoundError:
                titles[doc_id] = f"document {doc_id}"
        assert a.id is not None
        context = " ".join(f"{a.prefix[-20:]}[{a.quote}]{a.suffix[:20]}".split())
        out.append(
            Occurrence(doc_id, titles[doc_id], a.id, a.start, a.end, a.quote, context, a.status)
        )
    return out


def choose_kept_concept(a: Term, b: Term) -> tuple[int, int]:
    """Which of two concepts to keep when merging: a confirmed one over a suggested one,
    then the one with more forms, then the older one. Returns (keep, other)."""

    def rank(t: Term) -> tuple[int, int, int]:
        assert t.id is not None
        return (t.status != "suggested", len(t.forms), -t.id)

    keep, other = (a, b) if rank(a) >= rank(b) else (b, a)
    assert keep.id is not None and other.id is not None
    return keep.id, other.id


TERM_STATUSES = ("suggested", "admitted", "preferred", "deprecated")


def describe_error(exc: BaseException) -> str | None:
    """The message to show for a failure a person can meet while editing, or None for a
    programming error (which should crash loudly in development)."""
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return (
            "the database is busy: another Glossator window or program is writing to it — "
            "try again in a moment"
        )
    if isinstance(exc, GlossatorError | ValueError | sqlite3.OperationalError):
        return str(exc)
    return None
