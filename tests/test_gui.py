"""The window as a person meets it, offscreen: first run shows the seed, the list filters,
the text shows its Russian spans, import reports failures, a screenshot is written."""

from PyQt6.QtWidgets import QMessageBox

from glossator.cli import main
from glossator.importer import ensure_seeded
from gui.app import MainWindow
from gui.offsets import OffsetMap


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


def test_first_run_shows_the_seed(qtbot, store):
    report = ensure_seeded(store)
    assert report is not None and len(report.imported) == 1
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.documents.rowCount() == 1
    window.select_document(window.documents.document_id(0))
    text = window.text_view.toPlainText()
    assert text.startswith("Russia Abroad")
    selections = window.text_view.extraSelections()
    highlighted = {s.cursor.selectedText() for s in selections}
    assert "Русская Прага" in highlighted and "Власовцы" in highlighted
    assert "Russian spans" in window.statusBar().currentMessage()


def test_filter_and_import_with_a_bad_file(qtbot, store, tmp_path, monkeypatch):
    ensure_seeded(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    good = tmp_path / "note.txt"
    good.write_text("A letter from Prague about Власов and the КОНР.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.import_files([str(good), str(empty)])
    assert window.documents.rowCount() == 2
    assert warnings and "empty.txt" in warnings[0]
    assert "1 imported" in window.statusBar().currentMessage()
    assert "Прага" not in window.text_view.toPlainText()
    assert window.text_view.toPlainText().startswith("A letter from Prague")
    qtbot.keyClicks(window.filter_edit, "Russia Abroad")
    assert window.documents.rowCount() == 1


def test_screenshot_command_writes_a_png(tmp_path, qapp):
    out = tmp_path / "shot.png"
    code = main(["--db", str(tmp_path / "a.db"), "gui", "--screenshot", str(out)])
    assert code == 0
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
