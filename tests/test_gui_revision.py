"""A corrected text in the window: the annotations follow it, those that cannot be placed are
listed apart (never dropped), can be placed on a selection or deleted, and undo brings a
placed one back to the list."""

import pytest
from PyQt6.QtCore import QSettings
from PyQt6.QtWidgets import QFileDialog, QMessageBox

from glossator.anchoring import revise_document
from glossator.errors import NotFoundError
from glossator.importer import ensure_seeded
from glossator.store import Store
from gui.settings import Settings
from tests.conftest import open_window

INSERTED = "A corrected edition, with a paragraph the first one lacked.\n\n"
DROPPED = "Мохоля, "  # the words of one annotated span, gone from the corrected text


def corrected(text):
    assert text.count(DROPPED) == 1
    return INSERTED + text.replace(DROPPED, "")


@pytest.fixture
def corrected_file(window, tmp_path):
    path = tmp_path / "corrected.txt"
    path.write_text(corrected(window.session.text), encoding="utf-8")
    return path


def choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def select(window, text, occurrence=0):
    i = -1
    for _ in range(occurrence + 1):
        i = window.session.text.index(text, i + 1)
    window.text_view.select_span(i, i + len(text))
    return i


def import_corrected(window, monkeypatch, path):
    choose_file(monkeypatch, path)
    window.action("import_revision").trigger()


def test_import_corrected_text_moves_annotations_and_lists_the_orphan(
    window, store, corrected_file, monkeypatch
):
    before = {a.id: a for a in store.get_document(1).annotations}
    orphan_id = next(i for i, a in before.items() if a.quote == "Мохоля")
    assert not window.unplaced_dock.isVisible()  # nothing unplaced yet

    import_corrected(window, monkeypatch, corrected_file)

    # The window shows the new text, with every placed annotation on its old words.
    text = window.session.text
    assert text.startswith(INSERTED) and window.text_view.toPlainText().startswith(INSERTED)
    assert store.get_document(1, with_annotations=False).revision == 2
    placed = [i for i in before if i != orphan_id]
    for ann_id in placed:
        start, end = window.session.span_of(ann_id)
        assert text[start:end] == before[ann_id].quote
    first = min(placed)
    assert window.session.span_of(first)[0] == before[first].start + len(INSERTED)
    assert orphan_id not in window.session.index
    message = window.statusBar().currentMessage()
    assert f"{len(placed)} annotations placed" in message
    assert "1 could not be placed" in message

    # The orphan is kept, in a list of its own, with what it was.
    dock = window.unplaced_dock
    assert dock.isVisible()
    assert dock.model.rowCount() == 1
    row = [dock.model.index(0, c).data() for c in range(dock.model.columnCount())]
    o = before[orphan_id]
    assert row == ["Foreign", "Мохоля", "suggested", f"{o.start}–{o.end}"]
    assert dock.current() == orphan_id
    assert [a.id for a in store.orphaned_annotations(1)] == [orphan_id]
    # The dock can be reached from the View menu.
    view_menu = next(m for m in window.menuBar().actions() if m.text() == "&View").menu()
    assert dock.toggleViewAction() in view_menu.actions()


def test_place_an_orphan_on_a_selection_is_one_step_that_undo_takes_back(
    window, store, corrected_file, monkeypatch
):
    import_corrected(window, monkeypatch, corrected_file)
    [orphan] = store.orphaned_annotations(1)
    dock = window.unplaced_dock

    # Placing needs a selection.
    window.text_view.set_cursor(10)
    window.action("place_orphan").trigger()
    assert "Select the text" in window.statusBar().currentMessage()
    assert store.orphaned_annotations(1)

    i = select(window, "Mochola")
    window.action("place_orphan").trigger()
    new_id = window.current_id
    a = store.get_annotation(new_id)
    assert (a.start, a.end, a.quote) == (i, i + len("Mochola"), "Mochola")
    assert (a.type, a.status, a.attributes) == (orphan.type, orphan.status, orphan.attributes)
    assert new_id in window.session.index
    assert store.orphaned_annotations(1) == []
    with pytest.raises(NotFoundError):
        store.get_annotation(orphan.id)
    assert dock.model.rowCount() == 0 and not dock.isVisible()
    assert "Placed" in window.statusBar().currentMessage()

    window.action("undo").trigger()  # one step: the new annotation goes...
    assert new_id not in window.session.index
    with pytest.raises(NotFoundError):
        store.get_annotation(new_id)
    store.get_annotation(orphan.id)  # ...and the orphan is back


def test_undo_of_placing_brings_the_orphan_back_to_the_list(
    window, store, corrected_file, monkeypatch
):
    import_corrected(window, monkeypatch, corrected_file)
    [orphan] = store.orphaned_annotations(1)
    select(window, "Mochola")
    window.action("place_orphan").trigger()
    assert window.unplaced_dock.model.rowCount() == 0
    window.action("undo").trigger()
    assert [a.id for a in store.orphaned_annotations(1)] == [orphan.id]
    assert store.get_annotation(orphan.id).quote == "Мохоля"
    assert orphan.id not in window.session.index
    assert window.unplaced_dock.model.rowCount() == 1 and window.unplaced_dock.isVisible()


def test_delete_an_orphan(window, store, corrected_file, monkeypatch):
    import_corrected(window, monkeypatch, corrected_file)
    [orphan] = store.orphaned_annotations(1)
    window.action("delete_orphan").trigger()
    assert store.orphaned_annotations(1) == []
    with pytest.raises(NotFoundError):
        store.get_annotation(orphan.id)
    assert not window.unplaced_dock.isVisible()
    assert "Deleted the unplaced" in window.statusBar().currentMessage()


def test_a_file_that_cannot_be_read_or_changes_nothing_is_reported(
    window, store, tmp_path, monkeypatch
):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    import_corrected(window, monkeypatch, empty)
    assert len(warnings) == 1 and "empty.txt" in warnings[0] and "empty" in warnings[0].lower()
    same = tmp_path / "same.txt"
    same.write_text(window.session.text, encoding="utf-8")
    import_corrected(window, monkeypatch, same)
    assert len(warnings) == 2 and "nothing to correct" in warnings[1]
    missing = tmp_path / "gone.txt"
    import_corrected(window, monkeypatch, missing)
    assert len(warnings) == 3 and "gone.txt" in warnings[2]
    assert store.get_document(1, with_annotations=False).revision == 1
    assert not window.unplaced_dock.isVisible()


def test_opening_a_document_with_orphans_shows_them(qtbot, store, settings):
    ensure_seeded(store)
    text = store.get_document(1).text
    revise_document(store, 1, corrected(text), "from elsewhere")
    w = open_window(qtbot, store, settings)
    assert w.unplaced_dock.isVisible() and w.unplaced_dock.model.rowCount() == 1
    assert w.session.text.startswith(INSERTED)
    w.close()


def test_another_window_sees_the_corrected_text(qtbot, db_path, tmp_path, monkeypatch):
    s1 = Settings(QSettings(str(tmp_path / "one.ini"), QSettings.Format.IniFormat))
    s2 = Settings(QSettings(str(tmp_path / "two.ini"), QSettings.Format.IniFormat))
    with Store(db_path, author="one") as a, Store(db_path, author="two") as b:
        ensure_seeded(a)
        w1 = open_window(qtbot, a, s1)
        w2 = open_window(qtbot, b, s2)
        path = tmp_path / "corrected.txt"
        path.write_text(corrected(w1.session.text), encoding="utf-8")
        import_corrected(w2, monkeypatch, path)
        assert w1.check_external_changes()
        assert w1.text_view.toPlainText().startswith(INSERTED)
        assert w1.unplaced_dock.model.rowCount() == 1
        w1.close()
        w2.close()
