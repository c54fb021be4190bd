"""The schema of annotations.db as named, ordered migrations recorded in the database.

A migration, once released, is never edited: a change to the schema is a new function
appended below. ``sqlite_utils.migrations.Migrations`` records each applied name in the
table ``_sqlite_migrations`` and runs each one inside a transaction.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("glossator")


@migrations(name="0001_documents")
def _documents(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            source_name TEXT NOT NULL DEFAULT '',
            source_path TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT 'txt',
            encoding TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL DEFAULT 0,
            metadata TEXT NOT NULL DEFAULT '{}',
            imported_at TEXT NOT NULL,
            current_revision INTEGER NOT NULL DEFAULT 1
        )"""
    )
    # The original bytes live apart, so listing documents never reads them.
    db.execute(
        """
        CREATE TABLE sources (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            raw BLOB NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (document_id, number)
        )"""
    )
    db.execute(
        """
        CREATE TABLE blocks (
            id INTEGER PRIMARY KEY,
            revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            role TEXT NOT NULL,
            lang TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX blocks_revision ON blocks(revision_id, idx)")
    db.execute(
        """
        CREATE TABLE spans (
            id INTEGER PRIMARY KEY,
            revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            lang TEXT NOT NULL,
            script TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute("CREATE INDEX spans_revision ON spans(revision_id, start)")


@migrations(name="0002_annotations")
def _annotations(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL DEFAULT '',
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL,
            attributes TEXT,  -- JSON object; NULL when there are none
            status TEXT NOT NULL DEFAULT 'suggested'
                CHECK (status IN ('suggested', 'accepted', 'rejected')),
            origin TEXT NOT NULL DEFAULT 'manual',
            author TEXT NOT NULL DEFAULT '',
            created_us INTEGER NOT NULL,  -- microseconds since the epoch, UTC
            updated_us INTEGER NOT NULL,
            CHECK (start >= 0 AND "end" >= start)
        )"""
    )
    # Opening a document reads its annotations in (start, end) order: an index in that
    # order spares a sort on every open.
    db.execute('CREATE INDEX annotations_position ON annotations(document_id, start, "end")')
    db.execute("CREATE INDEX annotations_status ON annotations(document_id, status)")


@migrations(name="0003_termbase")
def _termbase(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE concepts (
            id INTEGER PRIMARY KEY,
            status TEXT NOT NULL DEFAULT 'admitted'
                CHECK (status IN ('preferred', 'admitted', 'deprecated', 'suggested')),
            note TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT 'manual',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE forms (
            id INTEGER PRIMARY KEY,
            concept_id INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            lang TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'term',
            scheme TEXT NOT NULL DEFAULT '',
            lemma TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX forms_concept ON forms(concept_id)")
    db.execute("CREATE INDEX forms_text ON forms(text COLLATE NOCASE)")
    db.execute(
        """
        CREATE TABLE links (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            source_type TEXT NOT NULL CHECK (source_type IN ('form', 'annotation')),
            source_id INTEGER NOT NULL,
            target_type TEXT NOT NULL CHECK (target_type IN ('form', 'annotation')),
            target_id INTEGER NOT NULL,
            score REAL NOT NULL DEFAULT 1.0,
            scheme TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'suggested',
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX links_source ON links(source_type, source_id)")
    db.execute("CREATE INDEX links_target ON links(target_type, target_id)")


@migrations(name="0004_changes")
def _changes(db: Database) -> None:
    # Append-only: the store never updates or deletes a row of this table.
    db.execute(
        """
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            author TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            document_id INTEGER,
            before TEXT,
            after TEXT
        )"""
    )
    db.execute("CREATE INDEX changes_document ON changes(document_id, id)")
    db.execute(
        """CREATE TRIGGER changes_append_only_update BEFORE UPDATE ON changes
           BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END"""
    )
    db.execute(
        """CREATE TRIGGER changes_append_only_delete BEFORE DELETE ON changes
           BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END"""
    )


@migrations(name="0005_fulltext")
def _fulltext(db: Database) -> None:
    # FTS5 over document text and term forms, kept in step by triggers. The unicode61
    # tokenizer folds case and diacritics for Cyrillic and Latin alike.
    db["revisions"].enable_fts(
        ["text"], fts_version="FTS5", create_triggers=True, tokenize="unicode61"
    )
    db["forms"].enable_fts(["text"], fts_version="FTS5", create_triggers=True, tokenize="unicode61")


@migrations(name="0006_change_batches")
def _change_batches(db: Database) -> None:
    # The changes one store call made together: undo and redo work on whole batches, so
    # "accept all suggestions in the selection" is one step back.
    db.execute("ALTER TABLE changes ADD COLUMN batch TEXT")
    db.execute("CREATE INDEX changes_author_batch ON changes(author, id)")


@migrations(name="0007_orphaned_annotations")
def _orphaned_annotations(db: Database) -> None:
    # An annotation that could not be placed on a corrected text keeps its old offsets and
    # quote, flagged here, and is listed apart rather than dropped.
    db.execute("ALTER TABLE annotations ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0")


@migrations(name="0008_translations")
def _translations(db: Database) -> None:
    # A translation is kept per block of the source, so the two sides stay aligned however
    # either grows; one row per (document, block, language).
    db.execute(
        """
        CREATE TABLE translations (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            block INTEGER NOT NULL,
            lang TEXT NOT NULL,
            text TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            updated_us INTEGER NOT NULL,
            UNIQUE (document_id, block, lang)
        )"""
    )
