"""The translation pane as a translator meets it, offscreen: type a block's translation, undo
it with Ctrl+Z, insert a term of the block with one key, run the check and jump to a problem,
export the pair as TEI (valid against tei_all) and as TMX (read by translate-toolkit)."""

from pathlib import Path

import pytest
from lxml import etree
from PyQt6.QtCore import QEvent, QSettings, Qt
from PyQt6.QtGui import QKeyEvent
from PyQt6.QtWidgets import QApplication

from glossator.importer import ensure_seeded
from glossator.translation import NAME_SPELLING
from gui.mainwindow import MainWindow
from gui.settings import Settings
from gui.translation import TRANSLATION

TEI_ALL = Path(__file__).resolve().parents[2] / "shared" / "tei" / "tei_all.rng"
VLASOV_BLOCK = 5


@pytest.fixture(scope="module")
def tei_all():
    if not TEI_ALL.exists():
        pytest.skip("tei_all.rng is not in ../shared/tei")
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.RelaxNG(etree.parse(str(TEI_ALL), parser))


@pytest.fixture
def window(qtbot, store, tmp_path):
    ensure_seeded(store)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w = MainWindow(store, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.select_document(1)
    yield w
    w.close()


@pytest.fixture
def pane(window, qtbot):
    window.action("translation").trigger()
    dock = window.translation_dock
    assert dock.isVisible() and dock.session is not None
    return dock


def type_text(widget, text):
    """Type ``text`` key by key (QTest's keyClicks knows only ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def type_into_block(pane, qtbot, block, text):
    editor = pane.edit_block(block)
    assert editor is not None
    type_text(editor, text)
    return editor


def leave_cell(pane, qtbot):
    """Move on as a translator does: Tab commits the cell and closes its editor."""
    editor = pane.delegate.editor
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: pane.delegate.editor is None)


def test_the_pane_shows_every_block_beside_its_translation(window, pane):
    model = pane.model
    doc = window.session.document
    assert model.rowCount() == len(doc.blocks)
    b = doc.blocks[VLASOV_BLOCK]
    assert model.index(VLASOV_BLOCK, 0).data() == doc.text[b.start : b.end]
    assert model.index(VLASOV_BLOCK, TRANSLATION).data() == ""
    assert pane.lang == "ru"  # an English text is translated into Russian
    assert "0 of 18" in pane.progress.text()
    # Rows grow with their content: the long paragraph is taller than the short title.
    pane.table.resizeRowsToContents()
    assert pane.table.rowHeight(VLASOV_BLOCK) > 2 * pane.table.rowHeight(3)


def test_type_a_translation_and_undo_it_with_ctrl_z(window, pane, qtbot, store):
    type_into_block(pane, qtbot, VLASOV_BLOCK, "В июле 1944 года")
    leave_cell(pane, qtbot)
    [t] = store.translations(1, "ru")
    assert (t.block, t.text, t.author) == (VLASOV_BLOCK, "В июле 1944 года", "tester")
    assert "1 of 18" in pane.progress.text()
    assert window.action("undo").isEnabled()
    # Ctrl+Z in the pane (not in a cell) undoes through the store, like every edit.
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.translations(1, "ru") == []
    assert pane.model.index(VLASOV_BLOCK, TRANSLATION).data() == ""
    qtbot.keyClick(
        pane.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert store.translations(1, "ru")[0].text == "В июле 1944 года"
    assert pane.model.index(VLASOV_BLOCK, TRANSLATION).data() == "В июле 1944 года"


def test_an_edit_is_stored_after_a_pause_and_ctrl_z_in_a_fresh_cell_reaches_the_store(
    pane, qtbot, store, monkeypatch
):
    editor = type_into_block(pane, qtbot, VLASOV_BLOCK, "Генерал")
    qtbot.waitUntil(lambda: bool(store.translations(1, "ru")), timeout=5000)
    assert store.translations(1, "ru")[0].text == "Генерал"
    assert pane.delegate.editor is editor  # still typing
    leave_cell(pane, qtbot)
    # A newly opened cell has nothing of its own to undo: Ctrl+Z goes to the store.
    editor = pane.edit_block(VLASOV_BLOCK)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.translations(1, "ru") == []


def test_one_key_inserts_a_term_of_the_block(window, pane, qtbot, store):
    pane.table.setCurrentIndex(pane.model.index(VLASOV_BLOCK, TRANSLATION))
    hints = pane.hints_model.rows()
    assert [(h.source, h.target) for h in hints] == [("Vlasov", "Власов")]
    editor = type_into_block(pane, qtbot, VLASOV_BLOCK, "Генерал")
    qtbot.keyClick(editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "Генерал Власов"
    type_text(editor, " согласился.")
    leave_cell(pane, qtbot)
    assert store.translations(1, "ru")[0].text == "Генерал Власов согласился."
    # Without an open cell, the key opens the block's translation and adds the term at its end.
    pane.table.setCurrentIndex(pane.model.index(VLASOV_BLOCK, TRANSLATION))
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert pane.delegate.editor.toPlainText() == "Генерал Власов согласился. Власов"
    # A key beyond the hints does nothing.
    assert not pane.insert_hint(5)


def test_check_lists_problems_and_a_click_jumps_to_the_block(window, pane, qtbot, store):
    type_into_block(pane, qtbot, VLASOV_BLOCK, "Гиммлер, враг генерала Влассова, передумал.")
    leave_cell(pane, qtbot)
    type_into_block(pane, qtbot, 13, "Комитет собрался в Праге.")
    leave_cell(pane, qtbot)
    window.action("check_translation").trigger()
    issues = pane.issues
    assert issues and pane.issues_model.rowCount() == len(issues)
    spelling = next(i for i in issues if i.kind == NAME_SPELLING)
    assert spelling.block == VLASOV_BLOCK and spelling.found == "Влассова"
    assert "problem" in pane.issues_label.text()
    row = issues.index(spelling)
    index = pane.issues_model.index(row, 1)
    pane.issues_table.clicked.emit(index)
    assert pane.table.currentIndex().row() == VLASOV_BLOCK
    editor = pane.delegate.editor
    assert editor is not None and editor.textCursor().selectedText() == "Влассова"
    # The translation cell is coloured and its tooltip says why.
    tip = pane.model.index(VLASOV_BLOCK, TRANSLATION).data(Qt.ItemDataRole.ToolTipRole)
    assert "Власов" in tip


def test_export_tei_and_tmx(window, pane, qtbot, store, tmp_path, monkeypatch, tei_all):
    from gui import translation as pane_module

    type_into_block(pane, qtbot, VLASOV_BLOCK, "Генерал Власов & <Гиммлер>.")
    leave_cell(pane, qtbot)
    type_into_block(pane, qtbot, 0, "Русское зарубежье")  # left open: export commits it
    tei_path = tmp_path / "out" / "seed.ru.tei.xml"
    tei_path.parent.mkdir()
    monkeypatch.setattr(
        pane_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tei_path), "")
    )
    window.action("export_translation_tei").trigger()
    data = tei_path.read_bytes()
    assert tei_all.validate(etree.fromstring(data)), tei_all.error_log
    root = etree.fromstring(data)
    links = root.xpath(
        "//t:linkGrp[@type='translation']/t:link/@target",
        namespaces={"t": "http://www.tei-c.org/ns/1.0"},
    )
    assert links == ["#s-0 #t-0", f"#s-{VLASOV_BLOCK} #t-{VLASOV_BLOCK}"]
    assert "Exported 2 translated blocks as TEI" in window.statusBar().currentMessage()
    assert not list(tei_path.parent.glob(".*.tmp"))  # written atomically, nothing left over

    tmx_storage = pytest.importorskip("translate.storage.tmx")
    tmx_path = tmp_path / "out" / "seed.tmx"
    monkeypatch.setattr(
        pane_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmx_path), "")
    )
    window.action("export_translation_tmx").trigger()
    units = tmx_storage.tmxfile(tmx_path.read_bytes()).units
    assert [u.target for u in units] == ["Русское зарубежье", "Генерал Власов & <Гиммлер>."]
    assert units[1].source.startswith("In July, 1944")


def test_switching_language_and_document(window, pane, qtbot, store, tmp_path):
    type_into_block(pane, qtbot, 2, "Photo archive | Library")
    pane.lang_combo.setCurrentIndex(pane.lang_combo.findData("en"))  # commits, then switches
    assert store.translations(1, "ru")[0].text == "Photo archive | Library"
    assert pane.session.lang == "en" and pane.model.index(2, TRANSLATION).data() == ""
    other = tmp_path / "other.txt"
    other.write_text("A note on Власов in Prague.\n", encoding="utf-8")
    window.import_files([str(other)])
    assert pane.session.doc_id == window.session.doc_id != 1
    assert pane.model.rowCount() == len(window.session.document.blocks)
