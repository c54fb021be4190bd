"""Starting the application: open the database (seeded on first run), show the main window,
or render it to a PNG and exit."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PyQt6.QtCore import QSettings
from PyQt6.QtGui import QFont
from PyQt6.QtWidgets import QApplication

from glossator.errors import GlossatorError
from glossator.importer import ensure_seeded
from glossator.store import Store
from gui.mainwindow import MainWindow
from gui.settings import APPLICATION, ORGANIZATION, Settings

__all__ = ["MainWindow", "run"]

STYLE_SHEET = """
QMainWindow::separator { background: #e2e2df; width: 1px; height: 1px; }
QDockWidget { font-weight: 600; }
QDockWidget::title { background: #ecebe7; padding: 5px 8px; border-bottom: 1px solid #d8d7d2; }
QDockWidget QWidget { font-weight: normal; }
QTableView { border: 1px solid #dcdcd8; selection-background-color: #cfe0f7;
             selection-color: black; alternate-background-color: #f8f8f6; }
QHeaderView::section { background: #f1f0ec; border: none; border-bottom: 1px solid #d8d7d2;
                       padding: 3px 6px; color: #444; }
QToolBar { background: #f6f5f2; border: none; border-bottom: 1px solid #dddcd7; spacing: 2px; }
QToolBar QToolButton { padding: 3px 7px; border-radius: 3px; }
QToolBar QToolButton:hover { background: #e5e4df; }
QPlainTextEdit { border: none; background: #fffefb; selection-background-color: #b9d3f5;
                 selection-color: black; }
QStatusBar { background: #ecebe7; color: #333; }
"""


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
    return app


def quiet_offscreen_warnings() -> None:
    """The offscreen platform warns that it cannot pass window size hints on; nothing is
    wrong, so that one message is dropped and every other goes to stderr as usual."""
    from PyQt6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def run(
    db_path: Path,
    open_document: str | None = None,
    screenshot: str | None = None,
    settings: Settings | None = None,
) -> int:
    """Open the window on a database (seeded on first run); optionally save a screenshot.

    A screenshot run neither reads nor writes the user's settings, so it looks the same
    everywhere."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        quiet_offscreen_warnings()
    app = make_application()
    scratch = None
    if settings is None:
        if screenshot:
            scratch = tempfile.TemporaryDirectory()
            ini = str(Path(scratch.name) / "settings.ini")
            settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
        else:
            settings = Settings()
    if screenshot:
        font = QFont(app.font())
        font.setPointSize(9)
        app.setFont(font)
    try:
        store = Store(db_path, author=settings.author or None)
        ensure_seeded(store)
        doc_id = store.resolve_document(open_document) if open_document else None
    except GlossatorError as exc:
        print(f"glossator: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(store, settings)
    if doc_id is None and not screenshot:
        last = settings.last_document
        if last is not None and window.documents.row_of(last) >= 0:
            doc_id = last
    if doc_id is None and window.documents.rowCount() > 0:
        doc_id = window.documents.document_id(0)
    if doc_id is not None:
        window.select_document(doc_id)
    window.show()
    if screenshot:
        try:
            return _screenshot(app, window, store, screenshot)
        finally:
            if scratch is not None:
                scratch.cleanup()
    code = app.exec()
    store.close()
    return code


def _screenshot(app: QApplication, window: MainWindow, store: Store, path: str) -> int:
    window.resize(1500, 920)
    app.processEvents()
    if window.session is not None:
        # Show the inspector and a term's occurrences, as a person working would see them.
        window.next_suggestion()
        app.processEvents()
        window._sync_term_with_text()
    app.processEvents()
    window.text_view.highlight_visible()
    app.processEvents()
    ok = window.grab().save(path)
    window.close()
    store.close()
    if not ok:
        print(f"glossator: could not write {path}", file=sys.stderr)
        return 1
    print(f"saved {path}")
    return 0
