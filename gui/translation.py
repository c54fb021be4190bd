"""The translation pane: the open document's blocks beside their translations, row by row,
so paragraphs stay aligned as either side grows; the term base entries of the current block
with their target forms (Ctrl+1…9 inserts one); the check of the translation; and its
exports as TEI parallel texts and as TMX.

The decisions are in :mod:`glossator.translation` (a :class:`TranslationSession` per document
and language); this module shows them and forwards edits. Each edit is one
``Store.set_translation`` call, committed when the cell is left or after a short pause, so the
window's Undo (Ctrl+Z) reverts it like any other change.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PyQt6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    pyqtSignal,
)
from PyQt6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from glossator.editing import DIMMED_ROLES, describe_error
from glossator.errors import NotFoundError
from glossator.files import write_atomic
from glossator.store import Store
from glossator.tmx import export_tmx
from glossator.translation import (
    LANG_NAMES,
    NAME_SPELLING,
    TARGET_LANGS,
    Issue,
    TermHint,
    TranslationSession,
    default_target,
    spaced_insertion,
)
from gui.docks import make_table
from gui.models import Column, RowsModel
from gui.offsets import OffsetMap
from tei.bundle import ExportBundle
from tei.parallel import export_parallel

SOURCE, TRANSLATION = 0, 1
COMMIT_PAUSE_MS = 1500  # an edit is stored after this long without typing
HINT_KEYS = 9  # Ctrl+1 … Ctrl+9
DIM = QColor("#8a8a8a")
TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
UNTRANSLATED = QColor("#fbf7ea")
ISSUE_COLORS = {NAME_SPELLING: QColor("#b3261e")}


class TranslationModel(QAbstractTableModel):
    """Blocks (rows) as source and translation (columns) of one :class:`TranslationSession`.

    The translation column is editable; a value set there is stored at once. While a cell is
    being edited its draft is shown (and sized) in place of the stored text."""

    edited = pyqtSignal(int)  # block
    failed = pyqtSignal(str)

    def __init__(self) -> None:
        super().__init__()
        self.session: TranslationSession | None = None
        self._drafts: dict[int, str] = {}
        self._issues: dict[int, list[Issue]] = {}

    def set_session(self, session: TranslationSession | None) -> None:
        self.beginResetModel()
        self.session = session
        self._drafts.clear()
        self._issues.clear()
        self.endResetModel()

    def reload(self) -> None:
        if self.session is not None:
            self.session.reload()
        self.set_session(self.session)

    def set_issues(self, issues: list[Issue]) -> None:
        self._issues = {}
        for i in issues:
            self._issues.setdefault(i.block, []).append(i)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 1))

    def set_draft(self, row: int, text: str | None) -> None:
        if text is None:
            self._drafts.pop(row, None)
        else:
            self._drafts[row] = text

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.session is None else len(self.session)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def text(self, row: int) -> str:
        assert self.session is not None
        return self._drafts.get(row, self.session.text(row))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.session is None:
            return None
        row = self.session.row(index.row())
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.source if col == SOURCE else self.text(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return TOP_LEFT  # paragraphs side by side start on the same line
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == SOURCE and row.role in DIMMED_ROLES:
                return DIM
            issues = self._issues.get(index.row())
            if col == TRANSLATION and issues:
                return ISSUE_COLORS.get(issues[0].kind, QColor("#b36b00"))
        if role == Qt.ItemDataRole.BackgroundRole and col == TRANSLATION:
            if not row.translation and index.row() not in self._drafts:
                return UNTRANSLATED
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == SOURCE:
                return f"Block {row.index} · {row.role} · {row.lang}"
            lines = (
                [f"{row.author} · {row.updated_at[:19].replace('T', ' ')}"] if row.author else []
            )
            lines += [i.message for i in self._issues.get(index.row(), [])]
            return "\n".join(lines) or "Not translated yet: type, or press F2"
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TRANSLATION:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            self.session is None
            or index.column() != TRANSLATION
            or role != Qt.ItemDataRole.EditRole
        ):
            return False
        block = index.row()
        self._drafts.pop(block, None)
        try:
            changed = self.session.set(block, str(value))
        except Exception as exc:
            message = describe_error(exc)
            if message is None:
                raise
            self.failed.emit(message)
            return False
        if changed is not None:
            self.dataChanged.emit(index, index)
            self.edited.emit(block)
        return True

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section)
        if section == SOURCE:
            return "Source"
        lang = self.session.lang if self.session else ""
        return f"Translation ({LANG_NAMES.get(lang, lang)})" if lang else "Translation"


class TranslationEditor(QTextEdit):
    """The editor of one translation cell: plain text, committed after a pause; Ctrl+Z undoes
    typing here, and once there is nothing left to undo here, the window's Undo takes over."""

    paused = pyqtSignal()
    nextWanted = pyqtSignal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self._timer = QTimer(self, singleShot=True, interval=COMMIT_PAUSE_MS)
        self._timer.timeout.connect(self.paused)
        self.textChanged.connect(self._timer.start)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            undo = e.matches(QKeySequence.StandardKey.Undo)
            redo = e.matches(QKeySequence.StandardKey.Redo)
            doc = self.document()
            if (undo and not doc.isUndoAvailable()) or (redo and not doc.isRedoAvailable()):
                e.ignore()  # leave it to the window's action: the store's undo
                return False
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            e.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.nextWanted.emit()
            return
        super().keyPressEvent(e)

    def insert_form(self, form: str) -> None:
        """Insert a term's form at the cursor, with the spaces it needs around it."""
        c = self.textCursor()
        text = self.toPlainText()
        # Characters around the cursor; QTextCursor counts positions, the check needs only
        # the neighbouring characters, taken from the document itself.
        doc = self.document()
        before = doc.characterAt(c.selectionStart() - 1) if c.selectionStart() > 0 else ""
        after = doc.characterAt(c.selectionEnd()) if c.selectionEnd() < len(text) else ""
        c.insertText(spaced_insertion(before.strip("\u2029"), after.strip("\u2029"), form))
        self.setTextCursor(c)


class TranslationDelegate(QStyledItemDelegate):
    """Opens a :class:`TranslationEditor` in translation cells and keeps track of it."""

    editorOpened = pyqtSignal(QWidget, int)
    draftChanged = pyqtSignal(int, str)
    nextWanted = pyqtSignal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor: TranslationEditor | None = None
        self.editor_row = -1

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget | None:
        if index.column() != TRANSLATION:
            return None
        editor = TranslationEditor(parent)
        row = index.row()
        editor.paused.connect(lambda: self.commitData.emit(editor))
        editor.textChanged.connect(lambda: self.draftChanged.emit(row, editor.toPlainText()))
        editor.nextWanted.connect(lambda: self._next(editor, row))
        editor.destroyed.connect(lambda *_: self._forget(editor))
        self.editor, self.editor_row = editor, row
        self.editorOpened.emit(editor, row)
        return editor

    def _forget(self, editor: QObject) -> None:
        if self.editor is editor:
            self.editor, self.editor_row = None, -1

    def _next(self, editor: TranslationEditor, row: int) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        self.nextWanted.emit(row + 1)

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        self._forget(editor)
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, TranslationEditor):
            text = index.data(Qt.ItemDataRole.EditRole) or ""
            if editor.toPlainText() != text:  # the view refreshes open editors: keep the cursor
                editor.blockSignals(True)
                editor.setPlainText(text)
                editor.blockSignals(False)
                editor.moveCursor(QTextCursor.MoveOperation.End)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, TranslationEditor):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def commit(self) -> None:
        """Store what the open editor holds."""
        if self.editor is not None:
            self.commitData.emit(self.editor)


class HintsModel(RowsModel[TermHint]):
    COLUMNS = (
        Column("Key", lambda h: ""),
        Column("In the source", lambda h: h.source),
        Column("Insert", lambda h: h.target),
        Column("Other forms", lambda h: " · ".join(h.targets[1:])),
    )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return f"Ctrl+{index.row() + 1}" if index.row() < HINT_KEYS else ""
        return super().data(index, role)

    def extra_data(self, row: TermHint, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "suggested" and column == 2:
            return QColor("#b36b00")
        if role == Qt.ItemDataRole.ToolTipRole:
            status = {"text": "found by its written form", "suggested": "suggested link"}.get(
                row.status, row.status
            )
            return f"Concept {row.concept_id or '—'} · {status}"
        return None


class IssuesModel(RowsModel[Issue]):
    COLUMNS = (
        Column("Block", lambda i: i.block, align_right=True),
        Column("Problem", lambda i: i.message),
    )

    def extra_data(self, row: Issue, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return ISSUE_COLORS.get(row.kind)
        return None


def _file_stem(doc_id: int, title: str) -> str:
    stem = re.sub(r"[^\w.-]+", "-", title, flags=re.UNICODE).strip("-")[:60] or "document"
    return f"{doc_id:04d}-{stem}"


class TranslationDock(QDockWidget):
    """The translation pane of the open document."""

    blockChosen = pyqtSignal(int, int)  # start, end of the source block in the document
    edited = pyqtSignal()
    message = pyqtSignal(str, int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__("Translation", parent)
        self.setObjectName("translation_dock")
        self.store = store
        self.doc_id: int | None = None
        self.session: TranslationSession | None = None
        self.export_folder = ""
        self.last_export = ""
        self.issues: list[Issue] = []

        self.lang_combo = QComboBox()
        for lang in TARGET_LANGS:
            self.lang_combo.addItem(f"into {LANG_NAMES[lang]}", lang)
        self.lang_combo.currentIndexChanged.connect(lambda _i: self._load())
        self.progress = QLabel()
        self.progress.setStyleSheet("color: #666;")
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel("Translate"))
        top.addWidget(self.lang_combo)
        top.addWidget(self.progress, 1)
        top.addLayout(self.buttons)

        self.model = TranslationModel()
        self.model.edited.connect(self._edited)
        self.model.failed.connect(lambda m: self.message.emit(m, 8000))
        self.delegate = TranslationDelegate(self)
        self.delegate.draftChanged.connect(self._draft)
        self.delegate.nextWanted.connect(self.edit_block)
        self.table = QTableView()
        self.table.setObjectName("translation_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._resize_timer.start())
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self._resize_timer = QTimer(self, singleShot=True, interval=50)
        self._resize_timer.timeout.connect(self.table.resizeRowsToContents)
        self.model.modelReset.connect(self._resize_timer.start)

        self.hints_model = HintsModel()
        self.hints = make_table(self.hints_model, stretch=2)
        self.hints.setObjectName("translation_hints")
        self.hints.doubleClicked.connect(lambda i: self.insert_hint(i.row()))
        self.hints_label = QLabel("Terms in this block")
        self.issues_model = IssuesModel()
        self.issues_table = make_table(self.issues_model, stretch=1)
        self.issues_table.setObjectName("translation_issues")
        self.issues_table.clicked.connect(lambda i: self.go_to_issue(i.row()))
        self.issues_table.activated.connect(lambda i: self.go_to_issue(i.row()))
        self.issues_label = QLabel("Check: not run (F7)")

        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.hints_label)
        sl.addWidget(self.hints, 2)
        sl.addWidget(self.issues_label)
        sl.addWidget(self.issues_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setWidget(panel)

        # One key per hint, pressed while translating (in the cell or in the table).
        self.hint_shortcuts = []
        for n in range(HINT_KEYS):
            sc = QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda n=n: self.insert_hint(n))
            self.hint_shortcuts.append(sc)
        for keys in ("Alt+Return", "Alt+Enter"):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self._insert_selected_hint)
            self.hint_shortcuts.append(sc)
        self.visibilityChanged.connect(lambda visible: visible and self._load_if_needed())

    # -- what the window calls --------------------------------------------------------------

    def add_actions(self, actions: list[QAction]) -> None:
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            self.buttons.addWidget(button)

    @property
    def lang(self) -> str:
        return self.lang_combo.currentData()

    def show_document(self, doc_id: int | None) -> None:
        """Follow the window's open document (loaded when the pane is shown)."""
        if doc_id == self.doc_id:
            return
        self.commit()
        self.doc_id = doc_id
        self.session = None
        if self.isVisible():
            self._load(choose_lang=True)
        else:
            self.model.set_session(None)

    def open_pane(self) -> None:
        first = not self.isVisible()
        self.show()
        self.raise_()
        window = self.parent()
        if first and isinstance(window, QMainWindow) and not self.isFloating():
            # Translating needs room: about half the window's height, once the dock is laid out.
            QTimer.singleShot(
                0,
                lambda: window.resizeDocks([self], [window.height() // 2], Qt.Orientation.Vertical),
            )
        self._load_if_needed()
        self.table.setFocus()
        if self.session is not None and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(self._first_untranslated(), TRANSLATION))

    def commit(self) -> None:
        """Store the cell being edited, if any (before an undo, an export, a switch)."""
        self.delegate.commit()

    def reload(self) -> None:
        """Show the stored translations again (after an undo or another program's change)."""
        if self.session is None:
            return
        self.commit()
        current = self.table.currentIndex()
        before = dict(self.session.translations)
        self.model.reload()
        changed = [
            b
            for b in set(before) | set(self.session.translations)
            if before.get(b) is None
            or self.session.translations.get(b) is None
            or before[b].text != self.session.translations[b].text
        ]
        row = min(changed) if changed else current.row()
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, TRANSLATION))
            self.table.scrollTo(self.model.index(row, TRANSLATION))
        self._show_progress()
        if self.issues:
            self.run_check()

    # -- loading ---------------------------------------------------------------------------------

    def _load_if_needed(self) -> None:
        if self.session is None and self.doc_id is not None:
            self._load(choose_lang=True)

    def _load(self, choose_lang: bool = False) -> None:
        self.commit()
        if self.doc_id is None:
            self.model.set_session(None)
            return
        if choose_lang:
            try:
                doc = self.store.get_document(self.doc_id, with_annotations=False)
            except NotFoundError:
                self.doc_id = None
                self.model.set_session(None)
                return
            lang = default_target(doc, self.store.translation_languages(self.doc_id))
            i = self.lang_combo.findData(lang)
            if i != self.lang_combo.currentIndex():
                self.lang_combo.blockSignals(True)
                self.lang_combo.setCurrentIndex(i)
                self.lang_combo.blockSignals(False)
        try:
            self.session = TranslationSession(self.store, self.doc_id, self.lang)
        except NotFoundError as exc:
            self.message.emit(str(exc), 6000)
            self.session = None
        self.model.set_session(self.session)
        self.issues = []
        self.issues_model.set_rows([])
        self.issues_label.setText("Check: not run (F7)")
        self._show_progress()
        self._show_hints(self.table.currentIndex().row())

    def _first_untranslated(self) -> int:
        if self.session is None:
            return 0
        return next((i for i in range(len(self.session)) if not self.session.text(i)), 0)

    def _show_progress(self) -> None:
        if self.session is None:
            self.progress.setText("No document")
            return
        done, total = self.session.progress()
        self.progress.setText(f"{done} of {total} blocks translated")

    # -- editing ---------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_hints(current.row())
        if current.isValid() and self.session is not None:
            row = self.session.row(current.row())
            self.blockChosen.emit(row.start, row.end)

    def _show_hints(self, row: int) -> None:
        hints = self.session.hints(row) if self.session is not None and row >= 0 else []
        self.hints_model.set_rows(hints)
        self.hints_label.setText(
            f"Terms in block {row} — Ctrl+1…{min(len(hints), HINT_KEYS)} inserts"
            if hints
            else "Terms in this block: none found"
        )

    def _draft(self, row: int, text: str) -> None:
        self.model.set_draft(row, text)
        self.table.resizeRowToContents(row)

    def _edited(self, _block: int) -> None:
        self._show_progress()
        self.edited.emit()

    def edit_block(self, row: int) -> TranslationEditor | None:
        """Open the translation cell of block ``row`` for typing; returns its editor."""
        if self.session is None or not 0 <= row < len(self.session):
            return None
        index = self.model.index(row, TRANSLATION)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        if self.delegate.editor is None or self.delegate.editor_row != row:
            self.table.edit(index)
        editor = self.delegate.editor
        if editor is not None:
            editor.setFocus()
        return editor

    def insert_hint(self, n: int) -> bool:
        """Insert the target form of the ``n``-th term of the current block at the cursor
        (opening the block's translation for typing when it is not)."""
        hints = self.hints_model.rows()
        if not 0 <= n < len(hints) or not hints[n].target:
            QApplication.beep()
            return False
        row = self.delegate.editor_row
        if self.delegate.editor is None:
            row = max(self.table.currentIndex().row(), 0)
            editor = self.edit_block(row)
            if editor is None:
                return False
            editor.moveCursor(QTextCursor.MoveOperation.End)
        editor = self.delegate.editor
        assert editor is not None
        editor.insert_form(hints[n].target)
        self.message.emit(f"Inserted “{hints[n].target}” for {hints[n].source}", 3000)
        return True

    def _insert_selected_hint(self) -> None:
        index = self.hints.currentIndex()
        self.insert_hint(index.row() if index.isValid() else 0)

    # -- check -------------------------------------------------------------------------------------

    def run_check(self) -> list[Issue]:
        """List the blocks where a term is missing or a name is spelt otherwise than in the
        term base."""
        if self.session is None:
            self._load_if_needed()
        if self.session is None:
            return []
        self.commit()
        self.show()
        self.issues = self.session.check()
        self.issues_model.set_rows(self.issues)
        self.model.set_issues(self.issues)
        n = len(self.issues)
        blocks = len({i.block for i in self.issues})
        self.issues_label.setText(
            f"Check: {n} problem{'s' if n != 1 else ''} in {blocks} block{'s' if blocks != 1 else ''}"
            if n
            else "Check: no problems found"
        )
        self.message.emit(self.issues_label.text(), 5000)
        return self.issues

    def go_to_issue(self, n: int) -> None:
        """Open the block of the ``n``-th issue, with the misspelt name selected."""
        if not 0 <= n < len(self.issues):
            return
        issue = self.issues[n]
        editor = self.edit_block(issue.block)
        if editor is None or issue.start < 0:
            return
        offsets = OffsetMap(editor.toPlainText())
        c = editor.textCursor()
        c.setPosition(offsets.to_qt(issue.start))
        c.setPosition(offsets.to_qt(issue.end), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(c)

    # -- export ------------------------------------------------------------------------------------

    def _export(self, kind: str) -> str:
        if self.session is None:
            self._load_if_needed()
        session = self.session
        if session is None:
            return ""
        self.commit()
        doc = session.document
        suffix, label = (
            (".tei.xml", "TEI P5 (*.xml);;All files (*)")
            if kind == "tei"
            else (".tmx", "TMX (*.tmx);;All files (*)")
        )
        suggested = str(
            Path(self.export_folder or ".")
            / f"{_file_stem(doc.id, doc.title)}.{session.lang}{suffix}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, f"Export translation as {kind.upper()}", suggested, label
        )
        if not path:
            return ""
        try:
            if kind == "tei":
                data = export_parallel(ExportBundle(doc), session.translations, session.lang)
            else:
                data = export_tmx(doc, session.translations, session.source_lang(), session.lang)
            write_atomic(path, data)
        except Exception as exc:
            message = str(exc) if isinstance(exc, OSError) else describe_error(exc)
            if message is None:
                raise
            self.message.emit(f"Export failed: {message}", 8000)
            return ""
        self.export_folder = str(Path(path).parent)
        self.last_export = path
        done, _total = session.progress()
        self.message.emit(
            f"Exported {done} translated block{'s' if done != 1 else ''} as {kind.upper()} to "
            f"{path}",
            6000,
        )
        return path

    def export_tei(self) -> str:
        return self._export("tei")

    def export_tmx(self) -> str:
        return self._export("tmx")
