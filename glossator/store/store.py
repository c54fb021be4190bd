"""The store: every read and write of annotations.db goes through :class:`Store`.

Each public write method is one transaction (``BEGIN IMMEDIATE`` so two writers queue on
the busy timeout instead of failing) that also appends to the change log. Reads return
model objects, never cursors.
"""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from glossator.errors import NotFoundError, StoreError
from glossator.model import (
    ANNOTATION_STATUSES,
    ANNOTATION_TYPES,
    Analysis,
    Annotation,
    AnnotationRows,
    Block,
    Change,
    Document,
    DocumentSummary,
    Link,
    Placement,
    SourceFile,
    Span,
    Term,
    TermForm,
    Translation,
    quote_and_context,
)
from glossator.store.schema import migrations

DEFAULT_DB_NAME = "annotations.db"
BUSY_TIMEOUT_MS = 10_000


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database to use: ``explicit`` (``--db``), else ``$GLOSSATOR_DB``, else ./annotations.db."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("GLOSSATOR_DB")
    if env:
        return Path(env)
    return Path.cwd() / DEFAULT_DB_NAME


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _now_us() -> int:
    return time.time_ns() // 1000


def _attributes_json(attributes: dict[str, Any]) -> str | None:
    return _dumps(attributes) if attributes else None


def _default_author() -> str:
    name = os.environ.get("GLOSSATOR_AUTHOR")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _loads(text: str | None) -> Any:
    if text is None:
        return None
    if text == "{}":
        return {}
    return json.loads(text)


@dataclass(slots=True)
class ImportOutcome:
    """What happened to one imported file."""

    document_id: int
    created: bool  # False: the same bytes were already stored as this document
    title: str
    concepts_created: list[int] = dataclasses.field(default_factory=list)


@dataclass(slots=True)
class SearchHit:
    """One full-text match: in a document's text, or in a term form."""

    kind: str  # "document" or "term"
    id: int  # document id or concept id
    title: str
    snippet: str


_ANNOTATION_COLUMNS = (
    'id, document_id, start, "end", type, quote, prefix, suffix, attributes, status, '
    "origin, author, created_us, updated_us"
)


def _annotation_from_row(row: Sequence[Any]) -> Annotation:
    return Annotation(
        id=row[0],
        document_id=row[1],
        start=row[2],
        end=row[3],
        type=row[4],
        quote=row[5],
        prefix=row[6],
        suffix=row[7],
        attributes=json.loads(row[8]) if row[8] else {},
        status=row[9],
        origin=row[10],
        author=row[11],
        created_us=row[12],
        updated_us=row[13],
    )


class Store:
    """annotations.db, opened and migrated. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str] = ":memory:", author: str | None = None):
        self.path = str(path)
        self.author = author or _default_author()
        try:
            # isolation_level=None: the store opens and closes every transaction itself.
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.db = Database(conn)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            # Documents with 100,000 annotations must open fast: keep their pages in memory.
            conn.execute("PRAGMA cache_size = -65536")
            conn.execute("PRAGMA mmap_size = 268435456")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
                # WAL + NORMAL: a committed transaction survives a killed process.
                conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open the database ({exc}) — check that the path is a "
                "Glossator database, or give another with --db"
            ) from exc
        self._conn = conn
        self._batch: str | None = None

    # -- lifecycle ---------------------------------------------------------------------

    def _migrate(self) -> None:
        if not migrations.pending(self.db):
            return
        try:
            migrations.apply(self.db)
        except sqlite3.OperationalError:
            # Another process migrated at the same moment; what it did is what we wanted.
            if migrations.pending(self.db):
                raise

    def applied_migrations(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested calls join the outer one through a savepoint."""
        conn = self._conn
        if conn.in_transaction:
            with self.db.atomic():
                yield conn
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"{self.path}: the database stayed busy for {BUSY_TIMEOUT_MS // 1000} s "
                f"({exc}) — another Glossator window or program is writing; try again"
            ) from exc
        self._batch = uuid.uuid4().hex
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
        finally:
            self._batch = None

    @contextmanager
    def batch(self) -> Iterator[Store]:
        """Several store calls as one transaction and one undo step."""
        with self._write():
            yield self

    def latest_change_id(self) -> int:
        """The id of the newest change: cheap to poll for other writers' work."""
        row = self._conn.execute("SELECT max(id) FROM changes").fetchone()
        return row[0] or 0

    def _log(
        self,
        conn: sqlite3.Connection,
        action: str,
        entity: str,
        entity_id: int | None,
        document_id: int | None,
        before: Any,
        after: Any,
    ) -> None:
        conn.execute(
            "INSERT INTO changes (at, author, action, entity, entity_id, document_id, before,"
            " after, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _now(),
                self.author,
                action,
                entity,
                entity_id,
                document_id,
                None if before is None else _dumps(before),
                None if after is None else _dumps(after),
                self._batch,
            ),
        )

    # -- documents -------------------------------------------------------------------

    def find_by_sha256(self, sha256: str) -> int | None:
        row = self._conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return row[0] if row else None

    def import_document(self, source: SourceFile, analysis: Analysis) -> ImportOutcome:
        """Store a decoded file with its analysis: document, source bytes, revision 1, blocks,
        language spans and suggested annotations, in one transaction.

        The same bytes imported again make no second document: the existing one is returned
        with ``created=False``.
        """
        if analysis.text != source.text:
            raise ValueError("the analysis was made on another text than the source's")
        with self._write() as conn:
            existing = conn.execute(
                "SELECT id, title FROM documents WHERE sha256 = ?", (source.sha256,)
            ).fetchone()
            if existing:
                return ImportOutcome(existing[0], False, existing[1])
            now = _now()
            title = _document_title(source, analysis)
            cur = conn.execute(
                "INSERT INTO documents (title, source_name, source_path, format, encoding, sha256,"
                " size, metadata, imported_at, current_revision) VALUES (?,?,?,?,?,?,?,?,?,1)",
                (
                    title,
                    source.name,
                    source.path,
                    source.format,
                    source.encoding,
                    source.sha256,
                    len(source.raw),
                    _dumps(analysis.metadata),
                    now,
                ),
            )
            doc_id = cur.lastrowid
            assert doc_id is not None
            conn.execute(
                "INSERT INTO sources (document_id, raw) VALUES (?, ?)", (doc_id, source.raw)
            )
            rev_id = self._insert_revision(conn, doc_id, 1, source.text, analysis, now, "imported")
            created = self._insert_suggestions(conn, doc_id, 1, source.text, analysis)
            self._log(
                conn,
                "import",
                "document",
                doc_id,
                doc_id,
                None,
                {
                    "title": title,
                    "source": source.name,
                    "sha256": source.sha256,
                    "encoding": source.encoding,
                    "revision_id": rev_id,
                    "suggestions": len(analysis.suggestions),
                    "concepts_created": created,
                },
            )
            return ImportOutcome(doc_id, True, title, created)

    def _insert_suggestions(
        self, conn: sqlite3.Connection, doc_id: int, revision: int, text: str, analysis: Analysis
    ) -> list[int]:
        """Store an analysis' suggestions with the concepts they link to: existing concepts
        are only linked to, never changed; new ones are created with status ``suggested``.
        Returns the ids of the concepts created."""
        created: list[int] = []
        head_of: dict[int, tuple[int, int]] = {}  # suggestion index -> (concept, head form)
        for proposal in analysis.terms:
            term = proposal.term
            if term.id is not None:
                row = conn.execute(
                    "SELECT id FROM forms WHERE concept_id = ?"
                    " ORDER BY (lang = 'ru' AND kind = 'term') DESC, id LIMIT 1",
                    (term.id,),
                ).fetchone()
                if row is None:
                    continue  # the concept is gone (merged or deleted meanwhile)
                concept_id, head = term.id, row[0]
            else:
                concept_id, form_ids = self._insert_term(conn, term)
                created.append(concept_id)
                for kind, source, target in proposal.links:
                    self._insert_link(
                        conn,
                        kind,
                        ("form", form_ids[source]),
                        ("form", form_ids[target]),
                        status="suggested",
                    )
                head = form_ids[0]
            for i in proposal.occurrences:
                head_of[i] = (concept_id, head)
        suggestions = []
        for i, a in enumerate(analysis.suggestions):
            if i in head_of:
                a = dataclasses.replace(a, attributes={**a.attributes, "concept": head_of[i][0]})
            suggestions.append(a)
        ids = self._insert_annotations(conn, doc_id, revision, text, suggestions)
        for i, (_concept, head) in head_of.items():
            lang = analysis.suggestions[i].attributes.get("xml:lang")
            kind = "transliteration-of" if lang == "ru-Latn" else "same-as"
            self._insert_link(
                conn,
                kind,
                ("annotation", ids[i]),
                ("form", head),
                score=float(analysis.suggestions[i].attributes.get("cert", 1.0)),
                scheme=str(analysis.suggestions[i].attributes.get("scheme", "")),
                status="suggested",
            )
        return created

    def replace_suggestions(self, doc_id: int, analysis: Analysis) -> tuple[int, int]:
        """Re-run analysis results on a document: suggestions made by analyzers before and
        still undecided are replaced; what people accepted or rejected is kept, and nothing is
        suggested again where a decided annotation of the same type already stands. Concepts
        people confirmed are only linked to. Returns (suggestions removed, added)."""
        with self._write() as conn:
            text, revision = self._current_text(conn, doc_id)
            if analysis.text != text:
                raise ValueError("the analysis was made on another text than the document's")
            old = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM annotations WHERE document_id = ? AND status = 'suggested'"
                    " AND origin LIKE 'auto:%'",
                    (doc_id,),
                )
            ]
            conn.executemany(
                "DELETE FROM links WHERE (source_type = 'annotation' AND source_id = ?)"
                " OR (target_type = 'annotation' AND target_id = ?)",
                [(i, i) for i in old],
            )
            conn.executemany("DELETE FROM annotations WHERE id = ?", [(i,) for i in old])
            decided = {
                (r[0], r[1], r[2])
                for r in conn.execute(
                    'SELECT start, "end", type FROM annotations WHERE document_id = ?'
                    " AND status != 'suggested'",
                    (doc_id,),
                )
            }
            keep = [
                i
                for i, a in enumerate(analysis.suggestions)
                if (a.start, a.end, a.type) not in decided
            ]
            new_index = {old_i: new_i for new_i, old_i in enumerate(keep)}
            terms = []
            for p in analysis.terms:
                occurrences = [new_index[i] for i in p.occurrences if i in new_index]
                if occurrences:
                    terms.append(dataclasses.replace(p, occurrences=occurrences))
            kept = dataclasses.replace(
                analysis, suggestions=[analysis.suggestions[i] for i in keep], terms=terms
            )
            created = self._insert_suggestions(conn, doc_id, revision, text, kept)
            self._log(
                conn,
                "reanalyze",
                "document",
                doc_id,
                doc_id,
                {"suggestions_removed": len(old)},
                {"suggestions_added": len(keep), "concepts_created": created},
            )
            return len(old), len(keep)

    def _insert_term(self, conn: sqlite3.Connection, term: Term) -> tuple[int, list[int]]:
        now = _now()
        cur = conn.execute(
            "INSERT INTO concepts (status, note, origin, created_at, updated_at)"
            " VALUES (?,?,?,?,?)",
            (term.status, term.note, term.origin, now, now),
        )
        concept_id = cur.lastrowid
        assert concept_id is not None
        form_ids = []
        for f in term.forms:
            cur = conn.execute(
                "INSERT INTO forms (concept_id, text, lang, kind, scheme, lemma)"
                " VALUES (?,?,?,?,?,?)",
                (concept_id, f.text, f.lang, f.kind, f.scheme, f.lemma),
            )
            assert cur.lastrowid is not None
            form_ids.append(cur.lastrowid)
        self._log(
            conn,
            "add",
            "concept",
            concept_id,
            None,
            None,
            {**_term_state(term), "form_ids": form_ids},
        )
        return concept_id, form_ids

    def _insert_link(
        self,
        conn: sqlite3.Connection,
        kind: str,
        source: tuple[str, int],
        target: tuple[str, int],
        score: float = 1.0,
        scheme: str = "",
        status: str = "accepted",
    ) -> int:
        cur = conn.execute(
            "INSERT INTO links (kind, source_type, source_id, target_type, target_id, score,"
            " scheme, status, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (kind, source[0], source[1], target[0], target[1], score, scheme, status, _now()),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def _insert_revision(
        self,
        conn: sqlite3.Connection,
        doc_id: int,
        number: int,
        text: str,
        analysis: Analysis,
        now: str,
        note: str,
    ) -> int:
        cur = conn.execute(
            "INSERT INTO revisions (document_id, number, text, created_at, note) VALUES (?,?,?,?,?)",
            (doc_id, number, text, now, note),
        )
        rev_id = cur.lastrowid
        assert rev_id is not None
        conn.executemany(
            'INSERT INTO blocks (revision_id, idx, start, "end", role, lang) VALUES (?,?,?,?,?,?)',
            [(rev_id, i, b.start, b.end, b.role, b.lang) for i, b in enumerate(analysis.blocks)],
        )
        conn.executemany(
            'INSERT INTO spans (revision_id, start, "end", text, lang, script, extra)'
            " VALUES (?,?,?,?,?,?,?)",
            [
                (rev_id, s.start, s.end, s.text, s.lang, s.script, _dumps(s.extra))
                for s in analysis.spans
            ],
        )
        return rev_id

    def _insert_annotations(
        self,
        conn: sqlite3.Connection,
        doc_id: int,
        revision: int,
        text: str,
        annotations: Sequence[Annotation],
    ) -> list[int]:
        ids = []
        now_us = _now_us()
        for a in annotations:
            _check_annotation(a, len(text))
            quote, prefix, suffix = quote_and_context(text, a.start, a.end)
            cur = conn.execute(
                'INSERT INTO annotations (document_id, revision, start, "end", quote, prefix,'
                " suffix, type, attributes, status, origin, author, created_us, updated_us)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc_id,
                    revision,
                    a.start,
                    a.end,
                    quote,
                    prefix,
                    suffix,
                    a.type,
                    _attributes_json(a.attributes),
                    a.status,
                    a.origin,
                    a.author or self.author,
                    now_us,
                    now_us,
                ),
            )
            assert cur.lastrowid is not None
            ids.append(cur.lastrowid)
        return ids

    def document_count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def list_documents(self, filter_text: str = "") -> list[DocumentSummary]:
        """Documents with counts of accepted and suggested annotations, oldest first."""
        sql = (
            "SELECT d.id, d.title, d.source_name, d.encoding, length(r.text), d.imported_at,"
            " (SELECT count(*) FROM annotations a WHERE a.document_id = d.id"
            "  AND a.status = 'accepted'),"
            " (SELECT count(*) FROM annotations a WHERE a.document_id = d.id"
            "  AND a.status = 'suggested')"
            " FROM documents d JOIN revisions r"
            " ON r.document_id = d.id AND r.number = d.current_revision"
        )
        params: list[Any] = []
        if filter_text:
            sql += " WHERE d.title LIKE ? OR d.source_name LIKE ?"
            like = f"%{filter_text}%"
            params = [like, like]
        sql += " ORDER BY d.id"
        return [
            DocumentSummary(
                id=r[0],
                title=r[1],
                source_name=r[2],
                encoding=r[3],
                length=r[4],
                imported_at=r[5],
                accepted=r[6],
                suggested=r[7],
            )
            for r in self._conn.execute(sql, params)
        ]

    def resolve_document(self, selector: str) -> int:
        """A document id from what a user types: its number, a SHA-256 prefix, or its title
        or file name (exact, then unique substring)."""
        sel = selector.strip()
        conn = self._conn
        if sel.isdigit():
            row = conn.execute("SELECT id FROM documents WHERE id = ?", (int(sel),)).fetchone()
            if row:
                return row[0]
        candidates: list[tuple[int, str]] = []
        if len(sel) >= 6 and all(c in "0123456789abcdef" for c in sel.lower()):
            candidates = conn.execute(
                "SELECT id, title FROM documents WHERE sha256 LIKE ?", (sel.lower() + "%",)
            ).fetchall()
        if not candidates:
            candidates = conn.execute(
                "SELECT id, title FROM documents WHERE title = ? OR source_name = ?", (sel, sel)
            ).fetchall()
        if not candidates:
            like = f"%{sel}%"
            candidates = conn.execute(
                "SELECT id, title FROM documents WHERE title LIKE ? OR source_name LIKE ?",
                (like, like),
            ).fetchall()
        if len(candidates) == 1:
            return candidates[0][0]
        if not candidates:
            raise NotFoundError(
                f"no document matches {selector!r} — `glossator list` shows the documents"
            )
        listed = ", ".join(f"{i} ({t})" for i, t in candidates[:5])
        raise NotFoundError(
            f"{selector!r} matches {len(candidates)} documents: {listed} — give the number"
        )

    def get_document(self, doc_id: int, with_annotations: bool = True) -> Document:
        """A document's current revision with its blocks, spans and annotations."""
        conn = self._conn
        row = conn.execute(
            "SELECT d.id, d.title, r.text, d.current_revision, d.source_name, d.source_path,"
            " d.format, d.encoding, d.sha256, d.metadata, d.imported_at, r.id"
            " FROM documents d JOIN revisions r"
            " ON r.document_id = d.id AND r.number = d.current_revision WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no document number {doc_id} — `glossator list` shows them")
        rev_id = row[11]
        doc = Document(
            id=row[0],
            title=row[1],
            text=row[2],
            revision=row[3],
            source_name=row[4],
            source_path=row[5],
            format=row[6],
            encoding=row[7],
            sha256=row[8],
            metadata=_loads(row[9]),
            imported_at=row[10],
        )
        doc.blocks = [
            Block(r[0], r[1], r[2], r[3])
            for r in conn.execute(
                'SELECT start, "end", role, lang FROM blocks WHERE revision_id = ? ORDER BY idx',
                (rev_id,),
            )
        ]
        doc.spans = [
            Span(r[0], r[1], r[2], r[3], r[4], _loads(r[5]))
            for r in conn.execute(
                'SELECT start, "end", text, lang, script, extra FROM spans'
                " WHERE revision_id = ? ORDER BY start",
                (rev_id,),
            )
        ]
        if with_annotations:
            doc.annotations = self.annotations(doc_id)
        return doc

    def source_bytes(self, doc_id: int) -> bytes:
        row = self._conn.execute(
            "SELECT raw FROM sources WHERE document_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no source bytes stored for document {doc_id}")
        return bytes(row[0])

    def delete_document(self, doc_id: int) -> None:
        """Remove a document with everything attached to it (the change log keeps the record)."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT title, sha256 FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"no document number {doc_id}")
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            self._log(
                conn,
                "delete",
                "document",
                doc_id,
                doc_id,
                {"title": row[0], "sha256": row[1]},
                None,
            )

    # -- annotations -----------------------------------------------------------------

    def annotations(self, doc_id: int, statuses: Sequence[str] | None = None) -> AnnotationRows:
        """A document's annotations, ordered by position.

        Opening a document is the hot path, so this reads only what is not derived (quote,
        prefix and suffix are cut from the current text, on which every annotation is
        anchored) and leaves the objects to be made as they are read.
        """
        text, _ = self._current_text(self._conn, doc_id)
        sql = (
            'SELECT id, start, "end", type, attributes, status, origin, author,'
            " created_us, updated_us FROM annotations WHERE document_id = ? AND orphaned = 0"
        )
        params: list[Any] = [doc_id]
        if statuses:
            sql += f" AND status IN ({','.join('?' * len(statuses))})"
            params.extend(statuses)
        sql += ' ORDER BY start, "end", id'
        return AnnotationRows(self._conn.execute(sql, params).fetchall(), text, doc_id)

    def orphaned_annotations(self, doc_id: int) -> list[Annotation]:
        """Annotations that could not be placed on the document's corrected text, with the
        quote and offsets they had."""
        return [
            _annotation_from_row(r)
            for r in self._conn.execute(
                f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE document_id = ?"
                " AND orphaned = 1 ORDER BY start, id",
                (doc_id,),
            )
        ]

    def add_revision(
        self,
        doc_id: int,
        analysis: Analysis,
        placements: Sequence[Placement],
        note: str = "corrected",
        expected_revision: int | None = None,
    ) -> int:
        """Make ``analysis.text`` the document's current text, moving each annotation to its
        placement (an unplaced one is kept as an orphan). One transaction; returns the new
        revision number. ``expected_revision`` is the revision the placements were computed
        on: if another program stored a newer one meanwhile, nothing is written."""
        with self._write() as conn:
            old_text, number = self._current_text(conn, doc_id)
            if expected_revision is not None and number != expected_revision:
                raise StoreError(
                    f"document {doc_id} was corrected elsewhere meanwhile (it is now revision "
                    f"{number}) — open it again and repeat the correction"
                )
            new_number = number + 1
            self._insert_revision(conn, doc_id, new_number, analysis.text, analysis, _now(), note)
            text = analysis.text
            for p in placements:
                if p.start is None or p.end is None:
                    conn.execute(
                        "UPDATE annotations SET orphaned = 1, revision = ? WHERE id = ?"
                        " AND document_id = ?",
                        (new_number, p.annotation_id, doc_id),
                    )
                    continue
                quote, prefix, suffix = quote_and_context(text, p.start, p.end)
                conn.execute(
                    'UPDATE annotations SET start = ?, "end" = ?, quote = ?, prefix = ?,'
                    " suffix = ?, revision = ?, orphaned = 0 WHERE id = ? AND document_id = ?",
                    (p.start, p.end, quote, prefix, suffix, new_number, p.annotation_id, doc_id),
                )
            conn.execute(
                "UPDATE documents SET current_revision = ? WHERE id = ?", (new_number, doc_id)
            )
            orphans = sum(1 for p in placements if p.start is None)
            self._log(
                conn,
                "revise",
                "document",
                doc_id,
                doc_id,
                {"revision": number, "length": len(old_text)},
                {
                    "revision": new_number,
                    "length": len(text),
                    "placed": len(placements) - orphans,
                    "orphaned": orphans,
                    "note": note,
                },
            )
            return new_number

    def get_annotation(self, ann_id: int) -> Annotation:
        row = self._conn.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", (ann_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no annotation number {ann_id}")
        return _annotation_from_row(row)

    def _current_text(self, conn: sqlite3.Connection, doc_id: int) -> tuple[str, int]:
        row = conn.execute(
            "SELECT r.text, d.current_revision FROM documents d JOIN revisions r"
            " ON r.document_id = d.id AND r.number = d.current_revision WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no document number {doc_id}")
        return row[0], row[1]

    def add_annotations(self, doc_id: int, annotations: Sequence[Annotation]) -> list[Annotation]:
        """Add annotations to a document in one transaction; quote and context are taken
        from the document's current text."""
        with self._write() as conn:
            text, revision = self._current_text(conn, doc_id)
            ids = self._insert_annotations(conn, doc_id, revision, text, annotations)
            added = [self._annotation_in(conn, i) for i in ids]
            for a in added:
                self._log(conn, "add", "annotation", a.id, doc_id, None, _ann_state(a))
            return added

    def add_annotation(self, doc_id: int, annotation: Annotation) -> Annotation:
        return self.add_annotations(doc_id, [annotation])[0]

    def _ann_state_in(self, conn: sqlite3.Connection, a: Annotation) -> dict[str, Any]:
        """An annotation's state as stored, with whether it is unplaced (for undo)."""
        state = _ann_state(a)
        row = conn.execute("SELECT orphaned FROM annotations WHERE id = ?", (a.id,)).fetchone()
        if row and row[0]:
            state.update(orphaned=True, prefix=a.prefix, suffix=a.suffix)
        return state

    def _annotation_in(self, conn: sqlite3.Connection, ann_id: int) -> Annotation:
        row = conn.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", (ann_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no annotation number {ann_id}")
        return _annotation_from_row(row)

    def update_annotation(self, ann_id: int, **changes: Any) -> Annotation:
        """Change an annotation's type, span, attributes or status; logs before and after."""
        allowed = {"type", "start", "end", "attributes", "status"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {', '.join(sorted(unknown))} of an annotation")
        with self._write() as conn:
            before = self._annotation_in(conn, ann_id)
            assert before.document_id is not None
            after = dataclasses.replace(before, **changes)
            text, _ = self._current_text(conn, before.document_id)
            _check_annotation(after, len(text))
            quote, prefix, suffix = quote_and_context(text, after.start, after.end)
            conn.execute(
                'UPDATE annotations SET type=?, start=?, "end"=?, quote=?, prefix=?, suffix=?,'
                " attributes=?, status=?, updated_us=? WHERE id=?",
                (
                    after.type,
                    after.start,
                    after.end,
                    quote,
                    prefix,
                    suffix,
                    _attributes_json(after.attributes),
                    after.status,
                    _now_us(),
                    ann_id,
                ),
            )
            if "status" in changes and changes["status"] != before.status:
                # A link made by an analyzer is decided together with its annotation.
                conn.execute(
                    "UPDATE links SET status = ? WHERE source_type = 'annotation'"
                    " AND source_id = ?",
                    (changes["status"], ann_id),
                )
            updated = self._annotation_in(conn, ann_id)
            self._log(
                conn,
                "update",
                "annotation",
                ann_id,
                before.document_id,
                self._ann_state_in(conn, before),
                _ann_state(updated),
            )
            return updated

    def set_status(self, ann_ids: Sequence[int], status: str) -> None:
        """Accept or reject several annotations in one transaction."""
        with self._write():
            for ann_id in ann_ids:
                self.update_annotation(ann_id, status=status)

    def delete_annotation(self, ann_id: int) -> None:
        with self._write() as conn:
            before = self._annotation_in(conn, ann_id)
            state = self._ann_state_in(conn, before)
            conn.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))
            self._log(conn, "delete", "annotation", ann_id, before.document_id, state, None)

    # -- term base -------------------------------------------------------------------

    def add_term(self, term: Term) -> Term:
        """Create a concept with its forms; returns it with its id and form ids set."""
        with self._write() as conn:
            concept_id, form_ids = self._insert_term(conn, term)
        term.id = concept_id
        for f, fid in zip(term.forms, form_ids, strict=True):
            f.id, f.concept_id = fid, concept_id
        return term

    def get_term(self, concept_id: int) -> Term:
        conn = self._conn
        row = conn.execute(
            "SELECT id, status, note, origin FROM concepts WHERE id = ?", (concept_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no concept number {concept_id}")
        forms = [
            TermForm(
                text=r[0], lang=r[1], kind=r[2], scheme=r[3], lemma=r[4], id=r[5], concept_id=row[0]
            )
            for r in conn.execute(
                "SELECT text, lang, kind, scheme, lemma, id FROM forms WHERE concept_id = ?"
                " ORDER BY id",
                (concept_id,),
            )
        ]
        return Term(forms=forms, status=row[1], note=row[2], origin=row[3], id=row[0])

    def term_forms(self) -> Iterator[tuple[int, str, str]]:
        """(concept id, text, lang) of every form: what a term index is built from."""
        yield from self._conn.execute("SELECT concept_id, text, lang FROM forms ORDER BY id")

    def list_terms(
        self, filter_text: str = "", status: str | None = None, limit: int | None = None
    ) -> list[Term]:
        """Concepts with their forms, oldest first; ``filter_text`` matches any form."""
        sql = "SELECT id FROM concepts c WHERE 1"
        params: list[Any] = []
        if status:
            sql += " AND status = ?"
            params.append(status)
        if filter_text:
            sql += " AND EXISTS (SELECT 1 FROM forms f WHERE f.concept_id = c.id AND f.text LIKE ?)"
            params.append(f"%{filter_text}%")
        sql += " ORDER BY id"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [self.get_term(r[0]) for r in self._conn.execute(sql, params).fetchall()]

    def update_term(
        self, concept_id: int, status: str | None = None, note: str | None = None
    ) -> Term:
        """Change a concept's status (preferred, admitted, deprecated, suggested) or note."""
        with self._write() as conn:
            before = self.get_term(concept_id)
            conn.execute(
                "UPDATE concepts SET status = ?, note = ?, updated_at = ? WHERE id = ?",
                (
                    before.status if status is None else status,
                    before.note if note is None else note,
                    _now(),
                    concept_id,
                ),
            )
            after = self.get_term(concept_id)
            self._log(
                conn, "update", "concept", concept_id, None, _term_state(before), _term_state(after)
            )
            return after

    def add_form(self, concept_id: int, form: TermForm, link_kind: str | None = None) -> TermForm:
        """Add a form to a concept, linked to its head form by ``link_kind`` if given."""
        with self._write() as conn:
            term = self.get_term(concept_id)
            cur = conn.execute(
                "INSERT INTO forms (concept_id, text, lang, kind, scheme, lemma)"
                " VALUES (?,?,?,?,?,?)",
                (concept_id, form.text, form.lang, form.kind, form.scheme, form.lemma),
            )
            assert cur.lastrowid is not None
            form.id, form.concept_id = cur.lastrowid, concept_id
            if link_kind and term.forms:
                head = term.forms[0].id
                assert head is not None
                self._insert_link(conn, link_kind, ("form", form.id), ("form", head))
            self._log(
                conn,
                "add",
                "form",
                form.id,
                None,
                None,
                {
                    "concept": concept_id,
                    "text": form.text,
                    "lang": form.lang,
                    "kind": form.kind,
                    "scheme": form.scheme,
                    "lemma": form.lemma,
                },
            )
            return form

    def link_forms(self, kind: str, source_form: int, target_form: int) -> int:
        """Link two forms (transliteration-of, translation-of, acronym-of, same-as)."""
        with self._write() as conn:
            link_id = self._insert_link(conn, kind, ("form", source_form), ("form", target_form))
            self._log(
                conn,
                "add",
                "link",
                link_id,
                None,
                None,
                {"kind": kind, "source": source_form, "target": target_form},
            )
            return link_id

    def merge_terms(self, keep_id: int, other_id: int) -> Term:
        """Merge concept ``other_id`` into ``keep_id``: its forms (those not already there),
        links and occurrences move over, and ``other_id`` is removed. Every row it touches is
        logged with its state before and after, so the merge is one undo step."""
        if keep_id == other_id:
            raise ValueError("a concept cannot be merged into itself")
        with self._write() as conn:
            keep, other = self.get_term(keep_id), self.get_term(other_id)

            def change(entity: str, entity_id: int, before: Any, after: Any, doc: Any = None):
                self._apply_state(conn, entity, entity_id, before, after)
                action = "delete" if after is None else "update"
                self._log(conn, action, entity, entity_id, doc, before, after)

            have = {(f.text, f.lang, f.kind): f.id for f in keep.forms}
            for f in other.forms:
                assert f.id is not None
                state = _form_state(f, other_id)
                same = have.get((f.text, f.lang, f.kind))
                if same is None:
                    change("form", f.id, state, {**state, "concept": keep_id})
                    continue
                # A duplicate form: links to it now point at the kept one.
                for link in self._links_touching(conn, f.id):
                    moved = dict(link)
                    for end in ("source", "target"):
                        if moved[f"{end}_type"] == "form" and moved[f"{end}_id"] == f.id:
                            moved[f"{end}_id"] = same
                    change("link", link["id"], link, moved)
                change("form", f.id, state, None)
            for doc_id, ann in self.term_occurrences(other_id):
                before = self._ann_state_in(conn, ann)
                after = {**before, "attributes": {**ann.attributes, "concept": keep_id}}
                change("annotation", ann.id, before, after, doc_id)  # type: ignore[arg-type]
            change("concept", other_id, {**_term_state(other), "forms": [], "form_ids": []}, None)
            if keep.status == "suggested" and other.status != "suggested":
                before = _term_state(keep)
                change("concept", keep_id, before, {**before, "status": other.status})
            merged = self.get_term(keep_id)
            self._log(
                conn,
                "merge",
                "concept",
                keep_id,
                None,
                {"kept": _term_state(keep), "merged": {"id": other_id, **_term_state(other)}},
                _term_state(merged),
            )
            return merged

    def _links_touching(self, conn: sqlite3.Connection, form_id: int) -> list[dict[str, Any]]:
        cols = (
            "id, kind, source_type, source_id, target_type, target_id, score, scheme, status"
        ).split(", ")
        rows = conn.execute(
            f"SELECT {', '.join(cols)} FROM links WHERE (source_type = 'form' AND source_id = ?)"
            " OR (target_type = 'form' AND target_id = ?)",
            (form_id, form_id),
        ).fetchall()
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def term_occurrences(self, concept_id: int) -> list[tuple[int, Annotation]]:
        """(document id, annotation) of every annotation linked to a concept, across the corpus."""
        rows = self._conn.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE attributes IS NOT NULL"
            " AND json_extract(attributes, '$.concept') = ? ORDER BY document_id, start",
            (concept_id,),
        ).fetchall()
        return [(r[1], _annotation_from_row(r)) for r in rows]

    def document_terms(self, doc_id: int, with_rejected: bool = False) -> list[tuple[Term, int]]:
        """The concepts a document's annotations link to, with how often (rejected ones
        aside unless asked for), most frequent first."""
        rows = self._conn.execute(
            "SELECT json_extract(attributes, '$.concept') AS c, count(*) FROM annotations"
            " WHERE document_id = ? AND attributes IS NOT NULL AND orphaned = 0"
            " AND (? OR status != 'rejected')"
            " AND c IS NOT NULL GROUP BY c ORDER BY count(*) DESC, c",
            (doc_id, with_rejected),
        ).fetchall()
        out = []
        for concept_id, count in rows:
            try:
                out.append((self.get_term(int(concept_id)), count))
            except NotFoundError:
                continue  # merged away since
        return out

    def links_among_forms(self, form_ids: Sequence[int]) -> list[Link]:
        """The links whose two ends are both among ``form_ids``."""
        if not form_ids:
            return []
        wanted = set(form_ids)
        marks = ",".join("?" * len(wanted))
        rows = self._conn.execute(
            "SELECT id, kind, source_type, source_id, target_type, target_id, score, scheme,"
            f" status FROM links WHERE source_type = 'form' AND source_id IN ({marks})"
            " ORDER BY id",
            list(wanted),
        ).fetchall()
        return [
            Link(r[1], (r[2], r[3]), (r[4], r[5]), r[6], r[7], r[8], r[0])
            for r in rows
            if r[4] == "form" and r[5] in wanted
        ]

    def export_parts(
        self, doc_id: int, change_limit: int = 10_000
    ) -> tuple[Document, list[Term], list[Link], list[Change]]:
        """What a TEI export of a document is made from: the document, the concepts its
        annotations name, the links among their forms and from its annotations, and its
        change log (newest first)."""
        doc = self.get_document(doc_id)
        terms = [t for t, _n in self.document_terms(doc_id, with_rejected=True)]
        form_ids = [f.id for t in terms for f in t.forms if f.id is not None]
        links = self.links_among_forms(form_ids)
        links += [
            Link(r[1], (r[2], r[3]), (r[4], r[5]), r[6], r[7], r[8], r[0])
            for r in self._conn.execute(
                "SELECT l.id, l.kind, l.source_type, l.source_id, l.target_type, l.target_id,"
                " l.score, l.scheme, l.status FROM links l JOIN annotations a"
                " ON l.source_type = 'annotation' AND a.id = l.source_id"
                " WHERE a.document_id = ? ORDER BY l.id",
                (doc_id,),
            )
        ]
        return doc, terms, links, self.changes(doc_id, limit=change_limit)

    def link_annotation(
        self,
        ann_id: int,
        form_id: int,
        kind: str = "transliteration-of",
        score: float = 1.0,
        scheme: str = "",
        status: str = "accepted",
    ) -> int:
        """Link an annotation to a term form (the annotation follows that concept)."""
        with self._write() as conn:
            ann = self._annotation_in(conn, ann_id)
            link_id = self._insert_link(
                conn, kind, ("annotation", ann_id), ("form", form_id), score, scheme, status
            )
            self._log(
                conn,
                "add",
                "link",
                link_id,
                ann.document_id,
                None,
                {"kind": kind, "source": ann_id, "target": form_id, "source_type": "annotation"},
            )
            return link_id

    def links_of_term(self, concept_id: int) -> list[tuple[str, str, str]]:
        """(kind, source form text, target form text) of the links among a concept's forms."""
        return [
            (r[0], r[1], r[2])
            for r in self._conn.execute(
                "SELECT l.kind, s.text, t.text FROM links l"
                " JOIN forms s ON l.source_type = 'form' AND s.id = l.source_id"
                " JOIN forms t ON l.target_type = 'form' AND t.id = l.target_id"
                " WHERE s.concept_id = ? ORDER BY l.id",
                (concept_id,),
            )
        ]

    def term_count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM concepts").fetchone()[0]

    # -- search ----------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over document texts and term forms (FTS5, words and prefixes).

        The query is taken as words, not FTS syntax, so no user input can be a syntax error.
        """
        words = _fts_words(query)
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        if not query.endswith(" "):
            match = match[:-1] + '"*'  # the last word as a prefix, as people type
        conn = self._conn
        hits = [
            SearchHit("document", r[0], r[1], r[2])
            for r in conn.execute(
                "SELECT d.id, d.title,"
                " snippet(revisions_fts, 0, '[', ']', ' … ', 12)"
                " FROM revisions_fts JOIN revisions r ON r.rowid = revisions_fts.rowid"
                " JOIN documents d ON d.id = r.document_id AND r.number = d.current_revision"
                " WHERE revisions_fts MATCH ? ORDER BY rank LIMIT ?",
                (match, limit),
            )
        ]
        hits += [
            SearchHit("term", r[0], r[1], r[2])
            for r in conn.execute(
                "SELECT f.concept_id, f.text, f.lang FROM forms_fts JOIN forms f"
                " ON f.rowid = forms_fts.rowid WHERE forms_fts MATCH ? ORDER BY rank LIMIT ?",
                (match, limit),
            )
        ]
        return hits

    # -- translations ---------------------------------------------------------------

    def translations(self, doc_id: int, lang: str) -> list[Translation]:
        """A document's translations into ``lang``, by block."""
        return [
            Translation(doc_id, r[0], lang, r[1], r[2], r[3])
            for r in self._conn.execute(
                "SELECT block, text, author, updated_us FROM translations"
                " WHERE document_id = ? AND lang = ? ORDER BY block",
                (doc_id, lang),
            )
        ]

    def translation_languages(self, doc_id: int) -> list[str]:
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT lang FROM translations WHERE document_id = ? ORDER BY lang",
                (doc_id,),
            )
        ]

    def set_translation(self, doc_id: int, block: int, lang: str, text: str) -> Translation:
        """Store (or, with empty text, remove) the translation of one block; logged and
        undoable like every edit."""
        with self._write() as conn:
            blocks = conn.execute(
                "SELECT count(*) FROM blocks b JOIN revisions r ON r.id = b.revision_id"
                " JOIN documents d ON d.id = r.document_id AND r.number = d.current_revision"
                " WHERE d.id = ?",
                (doc_id,),
            ).fetchone()[0]
            if not blocks:
                self._current_text(conn, doc_id)  # raises NotFoundError for no such document
            if not 0 <= block < blocks:
                raise ValueError(f"document {doc_id} has blocks 0-{blocks - 1}, not {block}")
            before = self._translation_state(conn, doc_id, block, lang)
            after = (
                None
                if not text.strip()
                else {"block": block, "lang": lang, "text": text, "author": self.author}
            )
            self._apply_state(conn, "translation", doc_id, before, after)
            self._log(conn, "set", "translation", doc_id, doc_id, before, after)
            return Translation(doc_id, block, lang, text, self.author, _now_us())

    def _translation_state(
        self, conn: sqlite3.Connection, doc_id: int, block: int, lang: str
    ) -> dict[str, Any] | None:
        row = conn.execute(
            "SELECT text, author FROM translations WHERE document_id = ? AND block = ?"
            " AND lang = ?",
            (doc_id, block, lang),
        ).fetchone()
        if row is None:
            return None
        return {"block": block, "lang": lang, "text": row[0], "author": row[1]}

    # -- undo and redo ------------------------------------------------------------------

    def _history(self) -> tuple[list[str], list[str]]:
        """This author's undo and redo stacks of batches, replayed from the change log, so
        they survive a restart."""
        undo: list[str] = []
        redo: list[str] = []
        current: str | None = None
        kind = ""
        target = ""
        # Imports and re-analyses are not edits to step back through (undoing one would
        # delete the concepts it proposed and leave its annotations pointing at nothing).
        skip = False

        def close() -> None:
            if current is None or skip:
                return
            if kind == "undo":
                if target in undo:
                    undo.remove(target)
                redo.append(target)
            elif kind == "redo":
                if target in redo:
                    redo.remove(target)
                undo.append(target)
            elif kind == "edit":
                undo.append(current)
                redo.clear()

        for action, entity, batch, after in self._conn.execute(
            "SELECT action, entity, batch, after FROM changes WHERE batch IS NOT NULL"
            " AND (author = ? OR action = 'revise') ORDER BY id",
            (self.author,),
        ):
            if action == "revise":
                # Offsets logged before a corrected text belong to the old one: nothing from
                # before a revision, by anyone, is undone or redone after it.
                close()
                undo.clear()
                redo.clear()
                current, kind, target = None, "", ""
                continue
            if batch != current:
                close()
                current, kind, target, skip = batch, "", "", False
            if action in ("import", "reanalyze"):
                skip = True
            if action in ("undo", "redo"):
                kind = action
                target = json.loads(after)["batch"] if after else ""
            elif (action, entity) in _UNDOABLE and kind == "":
                kind = "edit"
        close()
        return undo, redo

    def can_undo(self) -> bool:
        return bool(self._history()[0])

    def can_redo(self) -> bool:
        return bool(self._history()[1])

    def undo(self) -> list[Change]:
        """Revert this author's last batch of edits; returns the changes reverted."""
        undo, _ = self._history()
        if not undo:
            raise NotFoundError("nothing to undo")
        return self._replay(undo[-1], backwards=True)

    def redo(self) -> list[Change]:
        """Make again the batch the last undo reverted; returns its changes."""
        _, redo = self._history()
        if not redo:
            raise NotFoundError("nothing to redo")
        return self._replay(redo[-1], backwards=False)

    def _replay(self, batch: str, backwards: bool) -> list[Change]:
        rows = self._conn.execute(
            "SELECT id, at, author, action, entity, entity_id, document_id, before, after"
            " FROM changes WHERE batch = ? ORDER BY id",
            (batch,),
        ).fetchall()
        changes = [
            Change(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _loads(r[7]), _loads(r[8]))
            for r in rows
            if (r[3], r[4]) in _UNDOABLE
        ]
        with self._write() as conn:
            for c in reversed(changes) if backwards else changes:
                before, after = (c.after, c.before) if backwards else (c.before, c.after)
                self._apply_state(conn, c.entity, c.entity_id, before, after)
                self._log(
                    conn,
                    "undo" if backwards else "redo",
                    c.entity,
                    c.entity_id,
                    c.document_id,
                    before,
                    {"batch": batch, "state": after},
                )
        return changes

    def _apply_state(
        self,
        conn: sqlite3.Connection,
        entity: str,
        entity_id: int | None,
        current: Any,
        wanted: Any,
    ) -> None:
        """Bring one row from the state ``current`` to ``wanted`` (None: absent)."""
        if entity == "annotation":
            if wanted is None:
                conn.execute("DELETE FROM annotations WHERE id = ?", (entity_id,))
                return
            row = conn.execute(
                "SELECT document_id FROM annotations WHERE id = ?"
                " UNION ALL SELECT document_id FROM changes WHERE entity = 'annotation'"
                " AND entity_id = ? AND document_id IS NOT NULL LIMIT 1",
                (entity_id, entity_id),
            ).fetchone()
            if row is None:
                raise NotFoundError(f"annotation {entity_id} belongs to no known document")
            doc_id = row[0]
            text, revision = self._current_text(conn, doc_id)
            orphaned = bool(wanted.get("orphaned"))
            if orphaned:  # it stays unplaced, with the quote and context it had
                quote, prefix, suffix = wanted["quote"], wanted["prefix"], wanted["suffix"]
            else:
                quote, prefix, suffix = quote_and_context(text, wanted["start"], wanted["end"])
            conn.execute(
                'INSERT OR REPLACE INTO annotations (id, document_id, revision, start, "end",'
                " quote, prefix, suffix, type, attributes, status, origin, author, created_us,"
                " updated_us, orphaned) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    entity_id,
                    doc_id,
                    revision,
                    wanted["start"],
                    wanted["end"],
                    quote,
                    prefix,
                    suffix,
                    wanted["type"],
                    _attributes_json(wanted["attributes"]),
                    wanted["status"],
                    wanted["origin"],
                    wanted.get("author", self.author),
                    wanted.get("created_us") or _now_us(),
                    _now_us(),
                    int(orphaned),
                ),
            )
        elif entity == "concept":
            if wanted is None:
                conn.execute("DELETE FROM concepts WHERE id = ?", (entity_id,))
            elif current is None:  # re-create a concept an undo removed, with its ids
                now = _now()
                conn.execute(
                    "INSERT INTO concepts (id, status, note, origin, created_at, updated_at)"
                    " VALUES (?,?,?,?,?,?)",
                    (entity_id, wanted["status"], wanted["note"], wanted["origin"], now, now),
                )
                for fid, form in zip(wanted.get("form_ids", []), wanted["forms"], strict=False):
                    text, lang, kind, scheme, *lemma = form
                    conn.execute(
                        "INSERT INTO forms (id, concept_id, text, lang, kind, scheme, lemma)"
                        " VALUES (?,?,?,?,?,?,?)",
                        (fid, entity_id, text, lang, kind, scheme, lemma[0] if lemma else ""),
                    )
            else:
                conn.execute(
                    "UPDATE concepts SET status = ?, note = ?, updated_at = ? WHERE id = ?",
                    (wanted["status"], wanted["note"], _now(), entity_id),
                )
        elif entity == "translation":
            key = wanted or current
            conn.execute(
                "DELETE FROM translations WHERE document_id = ? AND block = ? AND lang = ?",
                (entity_id, key["block"], key["lang"]),
            )
            if wanted is not None:
                conn.execute(
                    "INSERT INTO translations (document_id, block, lang, text, author,"
                    " updated_us) VALUES (?,?,?,?,?,?)",
                    (
                        entity_id,
                        wanted["block"],
                        wanted["lang"],
                        wanted["text"],
                        wanted.get("author", self.author),
                        _now_us(),
                    ),
                )
        elif entity == "form":
            if wanted is None:
                conn.execute("DELETE FROM forms WHERE id = ?", (entity_id,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO forms (id, concept_id, text, lang, kind, scheme, lemma)"
                    " VALUES (?,?,?,?,?,?,?)",
                    (
                        entity_id,
                        wanted["concept"],
                        wanted["text"],
                        wanted["lang"],
                        wanted["kind"],
                        wanted.get("scheme", ""),
                        wanted.get("lemma", ""),
                    ),
                )
        elif entity == "link":
            if wanted is None:
                conn.execute("DELETE FROM links WHERE id = ?", (entity_id,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO links (id, kind, source_type, source_id, target_type,"
                    " target_id, score, scheme, status, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (
                        entity_id,
                        wanted["kind"],
                        wanted.get("source_type", "form"),
                        wanted.get("source_id", wanted.get("source")),
                        wanted.get("target_type", "form"),
                        wanted.get("target_id", wanted.get("target")),
                        wanted.get("score", 1.0),
                        wanted.get("scheme", ""),
                        wanted.get("status", "accepted"),
                        _now(),
                    ),
                )

    # -- change log and health --------------------------------------------------------

    def changes(self, document_id: int | None = None, limit: int = 100) -> list[Change]:
        """The newest entries of the change log, newest first."""
        sql = (
            "SELECT id, at, author, action, entity, entity_id, document_id, before, after"
            " FROM changes"
        )
        params: list[Any] = []
        if document_id is not None:
            sql += " WHERE document_id = ?"
            params.append(document_id)
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(limit)
        return [
            Change(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _loads(r[7]), _loads(r[8]))
            for r in self._conn.execute(sql, params)
        ]

    def integrity_check(self) -> str:
        return self._conn.execute("PRAGMA integrity_check").fetchone()[0]


# The changes undo and redo know how to revert and make again.
_UNDOABLE = frozenset(
    {
        ("add", "annotation"),
        ("update", "annotation"),
        ("delete", "annotation"),
        ("add", "concept"),
        ("update", "concept"),
        ("add", "form"),
        ("update", "form"),
        ("delete", "form"),
        ("delete", "concept"),
        ("add", "link"),
        ("update", "link"),
        ("set", "translation"),
    }
)


def _fts_words(query: str) -> list[str]:
    word = []
    words = []
    for ch in query:
        if ch.isalnum():
            word.append(ch)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return words


def _document_title(source: SourceFile, analysis: Analysis) -> str:
    title = str(analysis.metadata.get("title") or "").strip()
    if not title:
        for b in analysis.blocks:
            if b.role in ("title", "body"):
                title = analysis.text[b.start : b.end].strip()
                break
    title = " ".join(title.split())
    if len(title) > 200:
        title = title[:199] + "…"
    return title or source.name


def _check_annotation(a: Annotation, text_length: int) -> None:
    if a.type not in ANNOTATION_TYPES:
        raise ValueError(
            f"unknown annotation type {a.type!r}; known types: {', '.join(ANNOTATION_TYPES)}"
        )
    if a.status not in ANNOTATION_STATUSES:
        raise ValueError(
            f"unknown status {a.status!r}; use one of {', '.join(ANNOTATION_STATUSES)}"
        )
    if not (0 <= a.start <= a.end <= text_length):
        raise ValueError(
            f"annotation span {a.start}-{a.end} lies outside the text (0-{text_length})"
        )


def _form_state(f: TermForm, concept_id: int) -> dict[str, Any]:
    return {
        "concept": concept_id,
        "text": f.text,
        "lang": f.lang,
        "kind": f.kind,
        "scheme": f.scheme,
        "lemma": f.lemma,
    }


def _term_state(t: Term) -> dict[str, Any]:
    return {
        "status": t.status,
        "note": t.note,
        "origin": t.origin,
        "forms": [[f.text, f.lang, f.kind, f.scheme, f.lemma] for f in t.forms],
    }


def _ann_state(a: Annotation) -> dict[str, Any]:
    """Everything needed to put an annotation back as it was (undo, redo)."""
    return {
        "start": a.start,
        "end": a.end,
        "type": a.type,
        "quote": a.quote,
        "attributes": a.attributes,
        "status": a.status,
        "origin": a.origin,
        "author": a.author,
        "created_us": a.created_us,
    }
