"""The window as a person meets it, offscreen: the seed opens with its highlights, keys
annotate, suggestions are stepped through, accepted and rejected, a transliteration is
linked, changes are undone (also after a restart), terms and searches lead to the text."""

from pathlib import Path

from PyQt6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PyQt6.QtGui import QDropEvent
from PyQt6.QtWidgets import QMessageBox

from glossator.cli import main
from glossator.importer import ensure_seeded
from glossator.store import Store
from gui.offsets import OffsetMap
from gui.settings import Settings
from tests.conftest import open_window

KONR_LATIN = "Komitet Osvobozhdyeniya Narodov Rossii"
KONR_CYRILLIC = "Комитет освобождения народов России"


def formatted(view):
    """(text, foreground or background colour name, underline) of every format range laid on
    the blocks formatted so far."""
    out = []
    block = view.document().firstBlock()
    while block.isValid():
        # Format ranges count UTF-16 units; Python strings count code points.
        m = OffsetMap(block.text())
        for r in block.layout().formats():
            text = block.text()[m.from_qt(r.start) : m.from_qt(r.start + r.length)]
            out.append((text, r.format))
        block = block.next()
    return out


def select(window, text, occurrence=0):
    session_text = window.session.text
    i = -1
    for _ in range(occurrence + 1):
        i = session_text.index(text, i + 1)
    window.text_view.select_span(i, i + len(text))
    return i


def test_offsets_outside_the_bmp_and_with_combining_marks():
    text = "a😀b Вла́сов 𝔘x"
    m = OffsetMap(text)
    for offset in range(len(text) + 1):
        assert m.to_qt(offset) == len(text[:offset].encode("utf-16-le")) // 2
        assert m.from_qt(m.to_qt(offset)) == offset
    # The combining acute (U+0301) is one code point and one UTF-16 unit.
    i = text.index("\u0301")
    assert m.to_qt(i + 1) - m.to_qt(i) == 1
    # A position inside a surrogate pair maps back to the character that holds it.
    assert m.from_qt(2) == 1


def test_first_run_shows_the_seed_with_its_highlights(window):
    assert window.documents.rowCount() == 1
    assert window.text_view.toPlainText().startswith("Russia Abroad")
    ranges = formatted(window.text_view)
    texts = {t for t, _f in ranges}
    assert {"Русская Прага", "Власовцы", "Vlasov", "Фотоархив"} <= texts
    # Navigation is dimmed, suggestions are underlined, not filled.
    dimmed = [
        f for t, f in ranges if "Фотоархив" in t and f.foreground().color().name() == "#a0a0a0"
    ]
    assert dimmed
    underlined = [
        f
        for t, f in ranges
        if t == "Власовцы" and f.underlineStyle() != f.UnderlineStyle.NoUnderline
    ]
    assert underlined
    assert "suggested" in window.counts_label.text()
    assert window.terms_dock.model.rowCount() >= 10


def test_a_text_outside_the_bmp_is_highlighted_where_its_annotations_are(
    qtbot, store, settings, tmp_path
):
    path = tmp_path / "emoji.txt"
    path.write_text("Notes 😀😀 on 𝔘 and Вла́сов in Praha.\n", encoding="utf-8")
    from glossator.importer import import_paths

    doc = import_paths(store, [path]).results[0].outcome.document_id
    window = open_window(qtbot, store, settings, doc)
    i = window.session.text.index("Praha")
    window.text_view.select_span(i, i + 5)
    window.annotate_as("placeName")
    assert window.store.get_annotation(window.current_id).quote == "Praha"
    fills = [
        t for t, f in formatted(window.text_view) if f.background().color().name() == "#d5f2d0"
    ]
    assert fills == ["Praha"]
    assert "Вла́сов" in {t for t, _f in formatted(window.text_view)}


def test_filter_and_import_with_a_bad_file(window, tmp_path, monkeypatch, qtbot):
    good = tmp_path / "note.txt"
    good.write_text("A letter from Prague about Власов and the КОНР.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.import_files([str(good), str(empty)])
    assert window.documents.rowCount() == 2
    assert warnings and "empty.txt" in warnings[0] and "empty" in warnings[0].lower()
    assert "1 imported" in window.statusBar().currentMessage()
    assert window.text_view.toPlainText().startswith("A letter from Prague")
    qtbot.keyClicks(window.documents_dock.filter_edit, "Russia Abroad")
    assert window.documents.rowCount() == 1


def test_dropping_files_imports_them(window, tmp_path):
    f = tmp_path / "dropped.txt"
    f.write_text("Dropped text about Vlasov and Русская Прага.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.documents.rowCount() == 2
    assert window.session.text.startswith("Dropped text")


def test_keys_annotate_retype_and_delete_and_ctrl_z_undoes(window, qtbot, store):
    i = select(window, "Himmler")
    qtbot.keyClick(window.text_view, Qt.Key.Key_P)
    a = store.get_annotation(window.current_id)
    assert (a.quote, a.type, a.status, a.author) == ("Himmler", "persName", "accepted", "tester")
    assert window.inspector.annotation.id == a.id
    assert window.inspector.type_combo.currentData() == "persName"
    window.text_view.set_cursor_no_scroll(i + 2)
    assert window.current_id == a.id
    qtbot.keyClick(window.text_view, Qt.Key.Key_O)
    assert store.get_annotation(a.id).type == "orgName"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Delete)
    assert a.id not in window.session.index
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_annotation(a.id).type == "orgName"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_annotation(a.id).type == "persName"
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert store.get_annotation(a.id).type == "orgName"


def test_typing_in_a_field_does_not_annotate(window, qtbot, store):
    select(window, "Himmler")
    before = window.session.counts()
    qtbot.keyClicks(window.documents_dock.filter_edit, "PODA")
    assert window.session.counts() == before


def test_step_accept_reject_and_undo_suggestions(window, qtbot, store):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_J)
    first = window.current_id
    assert store.get_annotation(first).status == "suggested"
    assert view.selection() == window.session.span_of(first)
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert store.get_annotation(first).status == "accepted"
    second = window.current_id  # accepting moves on
    assert second != first and store.get_annotation(second).status == "suggested"
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert store.get_annotation(second).status == "rejected"
    s, e = window.session.span_of(second)
    assert all(m.id != second for m in window.session.marks(s, e))
    third = window.current_id
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert window.current_id != third
    window.undo()
    assert store.get_annotation(second).status == "suggested"
    window.undo()
    assert store.get_annotation(first).status == "suggested"
    assert window.action("redo").isEnabled()
    c = window.session.counts()
    row = window.documents.row_of(1)
    assert window.documents.data(window.documents.index(row, 2)) == c["suggested"]


def test_accept_all_of_a_kind_in_a_selection(window, store):
    text = window.session.text
    start, end = text.index("KONR, Committee"), text.index("Власовцы") + 8
    window.text_view.select_span(start, end)
    n = window.accept_all_in_selection("foreign")
    assert n >= 10
    assert not window.session.suggestions_in(start, end, "foreign")
    assert f"{n} foreign suggestions accepted" in window.statusBar().currentMessage()


def test_link_komitet_to_its_cyrillic(window, store):
    select(window, KONR_LATIN)
    dialog = window.link_transliteration()
    assert dialog is not None and dialog.isVisible()
    cyrillics = [c.cyrillic for c in dialog.candidates.rows()]
    assert KONR_CYRILLIC in cyrillics
    assert all(c.scheme for c in dialog.candidates.rows())
    assert dialog.concepts.rowCount() >= 1
    assert dialog.choose_candidate(KONR_CYRILLIC)
    assert dialog.cyrillic.text() == KONR_CYRILLIC
    concept = dialog.concept_id()
    dialog.accept()
    a = store.get_annotation(window.current_id)
    assert a.quote == KONR_LATIN and a.status == "accepted" and a.attributes["concept"] == concept
    assert ("transliteration-of", KONR_LATIN, KONR_CYRILLIC) in store.links_of_term(concept)
    assert "Linked" in window.statusBar().currentMessage()
    assert f"concept {concept}" in window.inspector.concept.text()


def test_link_with_ones_own_cyrillic_makes_a_new_concept(window, store):
    select(window, "Balabin")
    dialog = window.link_transliteration()
    dialog.choose_new_concept()
    dialog.cyrillic.setText("Балабин")
    dialog.english.setText("Balabin (general)")
    dialog.accept()
    a = store.get_annotation(window.current_id)
    term = store.get_term(a.attributes["concept"])
    assert term.status == "admitted" and term.origin == "manual"
    assert {f.text for f in term.forms} >= {"Балабин", "Balabin", "Balabin (general)"}


def test_selecting_a_term_steps_through_its_occurrences_and_text_finds_its_term(window, qtbot):
    model = window.terms_dock.model
    row = next(i for i, r in enumerate(model.rows()) if r.cyrillic == "Власов")
    concept = model.row(row).concept_id
    window.terms_dock.table.selectRow(row)
    spans = window.text_view.extra_spans()["term"]
    assert len(spans) == model.row(row).count
    assert window.text_view.selection() == spans[0]
    qtbot.keyClick(window.text_view, Qt.Key.Key_F4)
    assert window.text_view.selection() == spans[1]
    # Selecting text names its term: the row follows, and its occurrences light up.
    window.terms_dock.table.clearSelection()
    window.term_id = None
    i = select(window, "KONR", 2)
    window._sync_term_with_text()
    konr = window.term_id
    assert konr is not None and konr != concept
    assert window.terms_dock.current_concept() == konr
    assert any(s <= i < e for s, e in window.text_view.extra_spans()["term"])


def test_inspector_edits_apply_at_once(window, store):
    select(window, "July, 1944")
    window._selection_moved(*window.text_view.selection())
    a = window.inspector.annotation
    assert a.type == "date"
    model = window.inspector.attributes
    row = [model.index(r, 0).data() for r in range(model.rowCount())].index("when")
    model.setData(model.index(row, 1), "1944-07-01")
    assert store.get_annotation(a.id).attributes["when"] == "1944-07-01"
    window.inspector.status_combo.setCurrentIndex(
        window.inspector.status_combo.findData("accepted")
    )
    assert store.get_annotation(a.id).status == "accepted"
    window.inspector.note.setPlainText("Check against the Russian edition.")
    window.inspector.commit_note()
    assert store.get_annotation(a.id).attributes["note"] == "Check against the Russian edition."
    window.inspector.end_spin.setValue(a.end - 6)
    assert store.get_annotation(a.id).quote == "July"


def test_find_in_document_and_search_the_corpus(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_bar.edit.setText("власов")  # QTest types Latin-1 only
    assert len(window.find_bar.matches) == 2  # Власов and Власовцы
    assert "1 of 2" in window.find_bar.count.text() or "2 of 2" in window.find_bar.count.text()
    window.search_corpus()
    window.search_dock.edit.setText("Himmler")
    hits = window.search_dock.search()
    assert hits and hits[0].kind == "document"
    window.search_dock.edit.setText("Власов")
    hits = window.search_dock.search()
    assert any(h.kind == "term" for h in hits)


def test_term_base_window_merges_and_jumps_to_occurrences(window, store):
    tb = window.show_termbase()
    assert tb.model.rowCount() == store.term_count()
    vlasov = next(r.concept_id for r in tb.model.rows() if r.cyrillic == "Власов")
    andrey = next(r.concept_id for r in tb.model.rows() if r.cyrillic == "Андрей Власов")
    tb.select_concept(vlasov)
    assert tb.occurrences.rowCount() >= 10
    from PyQt6.QtCore import QItemSelectionModel

    sm = tb.table.selectionModel()
    sm.select(
        tb.model.index(tb.model.row_of(andrey), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert sorted(tb.selected_concepts()) == sorted([vlasov, andrey])
    kept = tb.merge_selected(confirm=False)
    assert kept in (vlasov, andrey)
    assert store.term_count() == tb.model.rowCount()
    occurrence = tb.occurrences.row(3)
    tb.occurrenceChosen.emit(occurrence.document_id, occurrence.annotation_id)
    assert window.current_id == occurrence.annotation_id


def test_settings_author_scheme_and_font(window, settings, store):
    dialog = window.settings_dialog()
    dialog.author.setText("Olga")
    dialog.scheme.setCurrentText("iso9")
    dialog.font_size.setValue(15)
    dialog.accept()
    assert store.author == "Olga" and settings.author == "Olga" and settings.scheme == "iso9"
    assert window.text_view.font().pointSize() == 15
    rows = {r.cyrillic: r.romanized for r in window.terms_dock.model.rows()}
    assert rows["Чехословакия"] == "Čehoslovakiâ"
    i = select(window, "Himmler")
    window.annotate_as("persName")
    assert store.get_annotation(window.current_id).author == "Olga"
    del i


def test_layout_and_last_document_are_remembered(qtbot, window, settings, store):
    window.text_view.set_cursor(500)
    window.close()
    assert settings.last_document == 1 and settings.last_position(1) == 500
    assert settings.geometry() is not None and settings.window_state() is not None


def test_undo_works_after_a_restart(qtbot, db_path, settings):
    with Store(db_path, author="ann") as store:
        ensure_seeded(store)
        w = open_window(qtbot, store, settings)
        select(w, "Himmler")
        w.annotate_as("persName")
        ann = w.current_id
        w.close()
    with Store(db_path, author="ann") as store:
        w = open_window(qtbot, store, settings)
        assert w.action("undo").isEnabled()
        w.undo()
        assert ann not in w.session.index
        w.close()


def test_two_windows_on_one_database_see_each_others_changes(qtbot, db_path, tmp_path):
    s1 = Settings(QSettings(str(tmp_path / "one.ini"), QSettings.Format.IniFormat))
    s2 = Settings(QSettings(str(tmp_path / "two.ini"), QSettings.Format.IniFormat))
    with Store(db_path, author="one") as a, Store(db_path, author="two") as b:
        ensure_seeded(a)
        w1 = open_window(qtbot, a, s1)
        w2 = open_window(qtbot, b, s2)
        select(w1, "Himmler")
        w1.annotate_as("persName")
        ann = w1.current_id
        select(w2, "Himmler", 1)
        w2.annotate_as("persName")  # a second writer on the same file: no "database is locked"
        assert w2.current_id is not None
        assert ann in w2.session.index  # w1's annotation came along with w2's change
        assert not w2.check_external_changes()
        assert w1.check_external_changes()  # e.g. when w1 is activated again
        assert w2.current_id in w1.session.index
        w1.close()
        w2.close()


def test_highlighting_formats_only_the_visible_blocks(qtbot, store, settings, tmp_path):
    from glossator.importer import import_paths

    paragraphs = [f"Paragraph {i} mentions Vlasov and Власов in Prague." for i in range(3000)]
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    doc = import_paths(store, [path]).results[0].outcome.document_id
    window = open_window(qtbot, store, settings, doc)
    view = window.text_view
    blocks = view.document().blockCount()
    first = view.blocks_formatted
    assert 0 < first < blocks / 20
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(10)
    view.highlight_visible()
    assert view.blocks_formatted - first < blocks / 20
    start = view.firstVisibleBlock().position()
    assert any("Власов" == t for t, _f in formatted(view)) and start > 0
    # A change reformats what is on screen, not the document.
    before = view.blocks_formatted
    i = window.session.text.index("Prague", window.session.text.index("Paragraph 1500 "))
    view.select_span(i, i + 6)
    window.annotate_as("placeName")
    assert view.blocks_formatted - before < blocks / 20


def test_screenshot_command_writes_a_png(tmp_path, qapp):
    out = tmp_path / "shot.png"
    code = main(["--db", str(tmp_path / "a.db"), "gui", "--screenshot", str(out)])
    assert code == 0
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_the_window_module_holds_no_sql_and_the_offsets_live_in_one_place():
    gui = Path(__file__).resolve().parent.parent / "gui"
    for path in gui.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if path.name != "offsets.py":
            assert "utf-16" not in source.lower(), f"{path.name} converts offsets itself"
        assert "sqlite3" not in source, f"{path.name} talks to the database"


def test_export_tei_of_the_annotated_seed_validates(window, store, tmp_path, monkeypatch):
    from lxml import etree

    from gui import tei_support
    from tei.validate import validate

    # Work first: accept a suggestion, link the Komitet, annotate a person.
    window.next_suggestion()
    window.accept_current()
    select(window, KONR_LATIN)
    dialog = window.link_transliteration()
    dialog.choose_candidate(KONR_CYRILLIC)
    dialog.accept()
    select(window, "Himmler")
    window.annotate_as("persName")
    out = tmp_path / "seed.tei.xml"
    monkeypatch.setattr(tei_support.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_tei_current()
    report = window.tei_report
    assert report is not None and report.results[0].valid
    assert validate(out.read_bytes()) == []
    assert "valid" in window.statusBar().currentMessage()
    xml = etree.fromstring(out.read_bytes())
    text = "".join(xml.itertext())
    assert "Himmler" in text and KONR_LATIN in text
    assert "Russia Abroad" in report.details.toPlainText()


def test_export_all_and_the_read_only_preview(window, store, tmp_path, monkeypatch):
    from gui import tei_support

    other = tmp_path / "other.txt"
    other.write_text("A note on Власов in Prague.\n", encoding="utf-8")
    window.import_files([str(other)])
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(
        tei_support.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder)
    )
    window.export_tei_all()
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 2 and all(f.endswith(".tei.xml") for f in files)
    assert all(r.valid for r in window.tei_report.results)
    window.preview_tei()
    preview = window.tei_window
    assert preview.text.isReadOnly()
    assert preview.text.toPlainText().startswith("<?xml") or "<TEI" in preview.text.toPlainText()
    assert "valid TEI" in preview.status.text()
    preview.suggestions.setChecked(True)
    assert preview.result.valid
    preview.close()


def test_find_bar_steps_back_with_shift_enter_and_closes_with_escape(window, qtbot):
    window.find()
    window.find_bar.edit.setText("Vlasov")
    n = len(window.find_bar.matches)
    assert n > 5
    at = window.find_bar.at
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.at == (at + 1) % n
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.at == at
    assert len(window.text_view.extra_spans()["found"]) == n
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and not window.text_view.extra_spans()["found"]


def test_an_export_that_cannot_be_written_is_reported_not_raised(store, tmp_path):
    from gui import tei_support

    ensure_seeded(store)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    [r] = tei_support.export_to_folder(store, [1], blocker / "sub", False)
    assert r.failure.startswith("cannot write") and not r.path
    [gone] = tei_support.export_to_folder(store, [99], tmp_path, False)
    assert "99" in gone.failure
