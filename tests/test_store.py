"""The store: migrations, one transaction per write, the change log, search, and what a
crashed or concurrent writer leaves behind."""

import hashlib
import sqlite3
import threading

import pytest

from glossator.errors import NotFoundError, StoreError
from glossator.model import Analysis, Annotation, Block, SourceFile, Span, Term, TermForm
from glossator.store import Store

TEXT = "KONR, Власовцы, Русская Прага\n\nThe Committee met in Prague on November 14th, 1944."


def make_source(text: str = TEXT, name: str = "doc.txt") -> SourceFile:
    raw = text.encode("utf-8")
    return SourceFile(
        name=name,
        path=f"/tmp/{name}",
        format="txt",
        raw=raw,
        encoding="utf-8",
        sha256=hashlib.sha256(raw).hexdigest(),
        text=text,
    )


def make_analysis(text: str = TEXT) -> Analysis:
    first_end = text.index("\n")
    spans = [Span(6, 14, text[6:14], "ru", "Cyrl"), Span(16, 29, text[16:29], "ru", "Cyrl")]
    return Analysis(
        text=text,
        encoding="utf-8",
        blocks=[
            Block(0, first_end, "keywords", "mixed"),
            Block(first_end + 2, len(text), "body", "en"),
        ],
        spans=spans,
        suggestions=[
            Annotation(6, 14, "foreign", attributes={"xml:lang": "ru"}, origin="auto:script")
        ],
        metadata={"title": "A test", "authors": [], "editors": []},
    )


def test_new_database_has_every_migration_and_wal(db_path):
    with Store(db_path) as s:
        assert s.applied_migrations()[0] == "0001_documents"
        assert s.integrity_check() == "ok"
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Opening again applies nothing twice.
    with Store(db_path) as s:
        assert len(s.applied_migrations()) == len(set(s.applied_migrations()))


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        Store(bad)


def test_import_stores_everything_and_logs_it(store):
    outcome = store.import_document(make_source(), make_analysis())
    assert outcome.created and outcome.title == "A test"
    doc = store.get_document(outcome.document_id)
    assert doc.text == TEXT
    assert [b.role for b in doc.blocks] == ["keywords", "body"]
    assert [s.text for s in doc.spans] == ["Власовцы", "Русская Прага"]
    assert len(doc.annotations) == 1
    ann = doc.annotations[0]
    assert (ann.quote, ann.status, ann.attributes) == ("Власовцы", "suggested", {"xml:lang": "ru"})
    assert ann.prefix == "KONR, " and ann.suffix.startswith(", Русская")
    assert store.source_bytes(doc.id) == TEXT.encode("utf-8")
    [change] = store.changes(doc.id)
    assert (change.action, change.entity, change.author) == ("import", "document", "tester")


def test_same_bytes_twice_make_no_second_document(store):
    first = store.import_document(make_source(), make_analysis())
    again = store.import_document(make_source(name="copy.txt"), make_analysis())
    assert not again.created and again.document_id == first.document_id
    assert store.document_count() == 1


def test_annotation_edits_are_logged_with_before_and_after(store):
    doc_id = store.import_document(make_source(), make_analysis()).document_id
    ann = store.add_annotation(doc_id, Annotation(0, 4, "orgName", status="accepted"))
    assert ann.quote == "KONR" and ann.author == "tester"
    changed = store.update_annotation(ann.id, type="term", attributes={"ref": "#c1"})
    assert changed.type == "term" and changed.attributes == {"ref": "#c1"}
    store.delete_annotation(ann.id)
    log = store.changes(doc_id)
    assert [c.action for c in log[:3]] == ["delete", "update", "add"]
    assert log[1].before["type"] == "orgName" and log[1].after["type"] == "term"
    with pytest.raises(NotFoundError):
        store.get_annotation(ann.id)


def test_a_failing_write_changes_nothing(store):
    doc_id = store.import_document(make_source(), make_analysis()).document_id
    before = len(store.changes())
    good = Annotation(0, 4, "orgName")
    bad = Annotation(0, 10_000, "orgName")  # beyond the text
    with pytest.raises(ValueError, match="outside the text"):
        store.add_annotations(doc_id, [good, bad])
    assert len(store.annotations(doc_id)) == 1  # only the imported suggestion
    assert len(store.changes()) == before
    with pytest.raises(ValueError, match="unknown annotation type"):
        store.add_annotation(doc_id, Annotation(0, 4, "nonsense"))


def test_set_status_is_one_transaction(store):
    doc_id = store.import_document(make_source(), make_analysis()).document_id
    ids = [a.id for a in store.add_annotations(doc_id, [Annotation(0, 4, "orgName")] * 3)]
    with pytest.raises(NotFoundError):
        store.set_status([*ids, 999_999], "accepted")
    assert {a.status for a in store.annotations(doc_id)} == {"suggested"}
    store.set_status(ids, "accepted")
    assert len(store.annotations(doc_id, ["accepted"])) == 3
    summary = store.list_documents()[0]
    assert (summary.accepted, summary.suggested) == (3, 1)


def test_change_log_is_append_only(store):
    store.import_document(make_source(), make_analysis())
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("DELETE FROM changes")


def test_full_text_search_finds_words_prefixes_and_cyrillic(store):
    store.import_document(make_source(), make_analysis())
    store.add_term(
        Term([TermForm("Власовцы", "ru"), TermForm("Vlasovtsy", "ru-Latn", scheme="bgn-pcgn")])
    )
    assert [h.kind for h in store.search("Prague")] == ["document"]
    assert store.search("Pra")[0].kind == "document"  # prefix of the last word
    kinds = {h.kind for h in store.search("власовцы")}  # case folded
    assert kinds == {"document", "term"}
    assert store.search('"unbalanced AND (') == []  # user input is never FTS syntax
    assert "[Prague]" in store.search("prague")[0].snippet


def test_resolve_document_by_number_hash_and_title(store):
    doc_id = store.import_document(make_source(), make_analysis()).document_id
    sha = make_source().sha256
    assert store.resolve_document(str(doc_id)) == doc_id
    assert store.resolve_document(sha[:10]) == doc_id
    assert store.resolve_document("a test") == doc_id
    with pytest.raises(NotFoundError, match="glossator list"):
        store.resolve_document("no such thing")


def test_two_connections_write_without_database_is_locked(db_path):
    Store(db_path).close()
    errors = []

    def writer(n):
        try:
            with Store(db_path, author=f"w{n}") as s:
                for i in range(20):
                    text = f"document {n} {i} " + TEXT
                    s.import_document(make_source(text, f"{n}-{i}.txt"), make_analysis(text))
        except Exception as exc:  # pragma: no cover - the assertion reports it
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store(db_path) as s:
        assert s.document_count() == 60 and s.integrity_check() == "ok"


def test_annotation_rows_build_objects_on_demand(store):
    doc_id = store.import_document(make_source(), make_analysis()).document_id
    store.add_annotations(
        doc_id,
        [
            Annotation(0, 4, "orgName", attributes={"ref": "#konr"}, status="accepted"),
            Annotation(16, 29, "placeName"),
        ],
    )
    rows = store.get_document(doc_id).annotations
    assert len(rows) == 3
    assert [a.quote for a in rows] == ["KONR", "Власовцы", "Русская Прага"]  # by position
    first = rows[0]
    assert (first.attributes, first.status, first.document_id) == (
        {"ref": "#konr"},
        "accepted",
        doc_id,
    )
    assert first.created_at.endswith("+00:00") and first.created_at == first.updated_at
    assert rows[-1].prefix.endswith("Власовцы, ") and rows[-1].suffix.startswith("\n\nThe")
    assert [a.quote for a in rows[1:]] == ["Власовцы", "Русская Прага"]
    assert [p[1:4] for p in rows.positions()] == [
        (0, 4, "orgName"),
        (6, 14, "foreign"),
        (16, 29, "placeName"),
    ]
    # What a bulk load derives equals what a single read stores.
    single = store.get_annotation(first.id)
    assert single.to_dict() == first.to_dict()


def test_undo_and_redo_every_kind_of_annotation_edit(db_path):
    s = Store(db_path, author="editor")
    doc_id = s.import_document(make_source(), make_analysis()).document_id
    assert not s.can_undo()  # an import is not an edit to step back through
    ann = s.add_annotation(doc_id, Annotation(0, 4, "orgName", status="accepted"))
    s.update_annotation(ann.id, type="term", attributes={"ref": "#c1"})
    s.delete_annotation(ann.id)
    s.undo()  # the delete
    assert s.get_annotation(ann.id).type == "term"
    s.undo()  # the update
    back = s.get_annotation(ann.id)
    assert (back.type, back.attributes, back.quote) == ("orgName", {}, "KONR")
    s.undo()  # the add
    with pytest.raises(NotFoundError):
        s.get_annotation(ann.id)
    with pytest.raises(NotFoundError, match="nothing to undo"):
        s.undo()
    s.redo()
    s.redo()
    assert s.get_annotation(ann.id).type == "term"
    s.close()
    # The stacks live in the change log: they survive a restart.
    s = Store(db_path, author="editor")
    assert s.can_undo() and s.can_redo()
    s.redo()
    with pytest.raises(NotFoundError):
        s.get_annotation(ann.id)
    s.close()


def test_a_batch_is_one_step_and_a_new_edit_clears_redo(store):
    doc_id = store.import_document(make_source(), make_analysis()).document_id
    ids = [a.id for a in store.add_annotations(doc_id, [Annotation(0, 4, "orgName")] * 3)]
    store.set_status(ids, "accepted")
    store.undo()
    assert {a.status for a in store.annotations(doc_id)} == {"suggested"}
    store.update_annotation(ids[0], type="term")  # a new edit
    assert not store.can_redo()
    store.undo()
    store.undo()  # the three added in one call go in one step
    assert len(store.annotations(doc_id)) == 1


def test_undo_is_per_author(db_path):
    a = Store(db_path, author="anna")
    doc_id = a.import_document(make_source(), make_analysis()).document_id
    a.add_annotation(doc_id, Annotation(0, 4, "orgName"))
    b = Store(db_path, author="boris")
    assert not b.can_undo() and a.can_undo()
    a.close()
    b.close()


def test_a_manual_concept_and_form_are_undone_and_redone(store):
    term = store.add_term(Term([TermForm("Власов", "ru"), TermForm("Vlasov", "ru-Latn")]))
    form = store.add_form(term.id, TermForm("Wlassow", "ru-Latn", scheme="german"))
    store.undo()
    assert [f.text for f in store.get_term(term.id).forms] == ["Власов", "Vlasov"]
    store.undo()
    with pytest.raises(NotFoundError):
        store.get_term(term.id)
    store.redo()
    store.redo()
    again = store.get_term(term.id)
    assert [f.id for f in again.forms] == [*[f.id for f in term.forms], form.id]
    assert again.forms[-1].scheme == "german"


def test_batch_makes_one_undo_step_and_links_follow_their_annotation(store):
    doc_id = store.import_document(make_source(), make_analysis()).document_id
    term = store.add_term(Term([TermForm("Власовцы", "ru")]))
    with store.batch():
        ann = store.add_annotation(
            doc_id, Annotation(6, 14, "term", attributes={"concept": term.id})
        )
        link_id = store.link_annotation(ann.id, term.forms[0].id, "same-as", status="suggested")
    store.update_annotation(ann.id, status="accepted")
    doc, terms, links, _changes = store.export_parts(doc_id)
    [link] = [lk for lk in links if lk.id == link_id]
    assert link.status == "accepted" and link.source == ("annotation", ann.id)
    assert [t.id for t in terms] == [term.id]
    store.undo()  # the accept
    store.undo()  # the annotation and its link together
    with pytest.raises(NotFoundError):
        store.get_annotation(ann.id)
    assert [lk for lk in store.export_parts(doc_id)[2] if lk.id == link_id] == []


def test_a_database_busy_for_too_long_is_a_clear_error(db_path, monkeypatch):
    import glossator.store.store as store_module

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 100)
    a, b = Store(db_path), Store(db_path)
    a._conn.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(StoreError, match="busy"):
            b.add_term(Term([TermForm("Власов", "ru")]))
    finally:
        a._conn.execute("ROLLBACK")
        a.close()
        b.close()


def test_translations_per_block_are_logged_and_undoable(store):
    doc_id = store.import_document(make_source(), make_analysis()).document_id
    store.set_translation(doc_id, 1, "ru", "Комитет собрался в Праге.")
    store.set_translation(doc_id, 1, "ru", "Комитет собрался в Праге 14 ноября 1944 года.")
    store.set_translation(doc_id, 0, "ru", "КОНР, Власовцы")
    assert [t.block for t in store.translations(doc_id, "ru")] == [0, 1]
    assert store.translation_languages(doc_id) == ["ru"]
    store.undo()
    store.undo()
    [t] = store.translations(doc_id, "ru")
    assert t.text == "Комитет собрался в Праге." and t.author == "tester"
    store.set_translation(doc_id, 1, "ru", "  ")  # empty text removes it
    assert store.translations(doc_id, "ru") == []
    with pytest.raises(ValueError, match="blocks 0-1"):
        store.set_translation(doc_id, 5, "ru", "x")


def test_a_trailing_space_ends_prefix_matching(store):
    store.import_document(make_source(), make_analysis())
    assert store.search("Pragu") and not store.search("Pragu ")
