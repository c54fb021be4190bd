"""The main window: the corpus on the left, the selected document on the right."""

from __future__ import annotations

import sys
from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PyQt6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from glossator.errors import GlossatorError
from glossator.importer import ensure_seeded, import_paths
from glossator.model import Document
from glossator.store import Store
from gui.models import DocumentListModel
from gui.offsets import OffsetMap

CYRILLIC_BACKGROUND = QColor("#fff3c4")
SUGGESTED_UNDERLINE = QColor("#3a7bd5")
DIMMED_FOREGROUND = QColor("#9a9a9a")
DIMMED_ROLES = ("navigation", "boilerplate")


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.document: Document | None = None
        self.setWindowTitle(f"Glossator — {Path(store.path).name}")
        self.resize(1200, 760)

        self.documents = DocumentListModel(store)
        self.filter_edit = QLineEdit(placeholderText="Filter documents")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.documents.set_filter)
        self.document_table = QTableView()
        self.document_table.setModel(self.documents)
        self.document_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.document_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.document_table.verticalHeader().hide()
        header = self.document_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.document_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._open_row(current.row())
        )

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.document_table)

        self.text_view = QPlainTextEdit(readOnly=True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.text_view.font()
        font.setPointSize(font.pointSize() + 1)
        self.text_view.setFont(font)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.text_view)
        splitter.setSizes([360, 840])
        self.setCentralWidget(splitter)
        self._build_menu()
        self.statusBar().showMessage("Ready")

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        import_action = QAction("&Import…", self, shortcut=QKeySequence.StandardKey.Open)
        import_action.triggered.connect(self.import_dialog)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    # -- documents ---------------------------------------------------------------------

    def select_document(self, document_id: int) -> None:
        row = self.documents.row_of(document_id)
        if row >= 0:
            self.document_table.selectRow(row)

    def _open_row(self, row: int) -> None:
        if row < 0:
            return
        self.show_document(self.documents.document_id(row))

    def show_document(self, document_id: int) -> None:
        doc = self.store.get_document(document_id)
        self.document = doc
        self.text_view.setPlainText(doc.text)
        self._highlight(doc)
        counts = {"accepted": 0, "suggested": 0}
        for a in doc.annotations:
            counts[a.status] = counts.get(a.status, 0) + 1
        self.statusBar().showMessage(
            f"{doc.source_name} · {doc.encoding} · {len(doc.text)} characters · "
            f"{len(doc.spans)} Russian spans · {counts['accepted']} accepted, "
            f"{counts['suggested']} suggested annotations"
        )

    def _highlight(self, doc: Document) -> None:
        offsets = OffsetMap(doc.text)
        selections = []

        def selection(start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(offsets.to_qt(start))
            cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            return sel

        dim = QTextCharFormat()
        dim.setForeground(DIMMED_FOREGROUND)
        for b in doc.blocks:
            if b.role in DIMMED_ROLES:
                selections.append(selection(b.start, b.end, dim))
        russian = QTextCharFormat()
        russian.setBackground(CYRILLIC_BACKGROUND)
        for s in doc.spans:
            selections.append(selection(s.start, s.end, russian))
        suggested = QTextCharFormat()
        suggested.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        suggested.setUnderlineColor(SUGGESTED_UNDERLINE)
        for a in doc.annotations:
            if a.status == "suggested":
                selections.append(selection(a.start, a.end, suggested))
        self.text_view.setExtraSelections(selections)

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import documents", "", "Texts (*.txt *.text *.html *.htm);;All files (*)"
        )
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        report = import_paths(self.store, paths)
        self.documents.refresh()
        if report.imported:
            last = report.imported[-1].outcome
            assert last is not None
            self.select_document(last.document_id)
        if report.failed:
            QMessageBox.warning(
                self,
                "Some files were not imported",
                "\n".join(r.error for r in report.failed),
            )
        self.statusBar().showMessage(
            f"{len(report.imported)} imported, {len(report.duplicates)} already there, "
            f"{len(report.failed)} failed"
        )


def run(db_path: Path, open_document: str | None = None, screenshot: str | None = None) -> int:
    """Open the window on a database (seeded on first run); optionally save a screenshot."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Glossator")
    try:
        store = Store(db_path)
        ensure_seeded(store)
        doc_id = store.resolve_document(open_document) if open_document else None
    except GlossatorError as exc:
        print(f"glossator: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(store)
    if doc_id is None and window.documents.rowCount() > 0:
        doc_id = window.documents.document_id(0)
    if doc_id is not None:
        window.select_document(doc_id)
    window.show()
    if screenshot:
        app.processEvents()
        ok = window.grab().save(screenshot)
        store.close()
        if not ok:
            print(f"glossator: could not write {screenshot}", file=sys.stderr)
            return 1
        print(f"saved {screenshot}")
        return 0
    code = app.exec()
    store.close()
    return code
