"""The document's text with its highlighting, formatted one visible block at a time.

A document may carry 100,000 annotations: formats are computed only for the blocks on
screen (from the session's interval index), stored in each block's layout, and marked with a
generation number so that scrolling back does not compute them again. A change bumps the
generation; blocks are reformatted when they are next shown.
"""

from __future__ import annotations

from PyQt6.QtCore import QRect, Qt, pyqtSignal
from PyQt6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextLayout,
)
from PyQt6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from glossator.editing import DocumentSession, find_all
from glossator.model import TAXONOMY
from gui.offsets import OffsetMap

# One colour per annotation type: a pastel fill for accepted spans, the strong tone for the
# underline of suggestions.
TYPE_COLORS: dict[str, tuple[str, str]] = {
    "persName": ("#ffd9d6", "#c0392b"),
    "orgName": ("#d7e6ff", "#2460c4"),
    "placeName": ("#d5f2d0", "#2e8b3a"),
    "date": ("#fff0bf", "#b8860b"),
    "term": ("#eadcff", "#7b3fc4"),
    "foreign": ("#d9f3f2", "#128283"),
    "bibl": ("#e6e6e6", "#555555"),
    "note": ("#f6e3cf", "#a0522d"),
    "q": ("#f9dcef", "#b03a87"),
    "reg": ("#e3efd9", "#5b7f2b"),
    "lb": ("#eeeeee", "#888888"),
}
CYRILLIC_COLOR = QColor("#8a2c0d")
ROMANIZED_COLOR = QColor("#0d5c8a")
DIMMED_COLOR = QColor("#a0a0a0")
CURRENT_COLOR = QColor("#ffc857")
TERM_COLOR = QColor("#fff27a")
FIND_COLOR = QColor("#ffa94d")
MAX_EXTRA = 5000  # occurrences or matches drawn at once: more would slow every repaint


def type_label(type_name: str) -> str:
    for t in TAXONOMY:
        if t.name == type_name:
            return t.label
    return type_name


def type_icon(type_name: str, size: int = 12) -> QIcon:
    fill, line = TYPE_COLORS.get(type_name, ("#eeeeee", "#888888"))
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setPen(QColor(line))
    p.setBrush(QColor(fill))
    p.drawRoundedRect(QRect(0, 0, size - 1, size - 1), 3, 3)
    p.end()
    return QIcon(pix)


def _formats() -> dict[tuple[str, str], QTextCharFormat]:
    out: dict[tuple[str, str], QTextCharFormat] = {}
    dim = QTextCharFormat()
    dim.setForeground(DIMMED_COLOR)
    out[("dim", "")] = dim
    cyr = QTextCharFormat()
    cyr.setForeground(CYRILLIC_COLOR)
    out[("cyrillic", "")] = cyr
    rom = QTextCharFormat()
    rom.setForeground(ROMANIZED_COLOR)
    rom.setFontItalic(True)
    out[("romanized", "")] = rom
    for name, (fill, line) in TYPE_COLORS.items():
        accepted = QTextCharFormat()
        accepted.setBackground(QColor(fill))
        out[("accepted", name)] = accepted
        suggested = QTextCharFormat()
        suggested.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        suggested.setUnderlineColor(QColor(line))
        out[("suggested", name)] = suggested
    return out


class DocumentView(QPlainTextEdit):
    """The text of the open document. Shows and forwards: what to highlight comes from the
    session; clicks and selections are reported in code points."""

    selectionMoved = pyqtSignal(int, int)  # code points: anchor-independent start, end
    contextMenuWanted = pyqtSignal(object)  # QContextMenuEvent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(False)
        self.document().setDocumentMargin(14)
        self.session: DocumentSession | None = None
        self.offsets = OffsetMap("")
        self._formats = _formats()
        self._generation = 1
        self._formatting = False
        self.blocks_formatted = 0  # how many times a block was formatted (for benchmarks)
        self._current: tuple[int, int] | None = None
        self._terms: list[tuple[int, int]] = []
        self._found: list[tuple[int, int]] = []
        self._found_at = -1
        self.updateRequest.connect(lambda *_: self.highlight_visible())
        self.selectionChanged.connect(self._forward_selection)
        self.cursorPositionChanged.connect(self._forward_selection)

    # -- the document --------------------------------------------------------------------

    def show_session(self, session: DocumentSession | None) -> None:
        self.session = session
        text = session.text if session else ""
        self.offsets = OffsetMap(text)
        self._current, self._terms, self._found, self._found_at = None, [], [], -1
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._generation += 1
        self.setExtraSelections([])
        self.highlight_visible()

    def refresh_highlights(self) -> None:
        """Annotations changed: reformat the blocks on screen now, the others when shown."""
        self._generation += 1
        self.highlight_visible()
        self.viewport().update()

    def highlight_visible(self) -> None:
        if self.session is None or self._formatting:
            return
        self._formatting = True
        try:
            block = self.firstVisibleBlock()
            offset = self.contentOffset()
            bottom = self.viewport().height()
            while block.isValid():
                if block.userState() != self._generation:
                    self._format_block(block)
                if self.blockBoundingGeometry(block).translated(offset).top() > bottom:
                    break
                block = block.next()
        finally:
            self._formatting = False

    def _format_block(self, block) -> None:
        assert self.session is not None
        qstart = block.position()
        qend = qstart + block.length() - 1
        to_qt = self.offsets.to_qt
        start, end = self.offsets.from_qt(qstart), self.offsets.from_qt(qend)
        ranges = []
        for m in self.session.marks(start, end):
            fmt = self._formats.get((m.layer, m.type))
            if fmt is None:
                continue
            r = QTextLayout.FormatRange()
            r.start = to_qt(m.start) - qstart
            r.length = to_qt(m.end) - to_qt(m.start)
            r.format = fmt
            ranges.append(r)
        block.layout().setFormats(ranges)
        block.setUserState(self._generation)
        self.blocks_formatted += 1
        self.document().markContentsDirty(qstart, block.length())

    # -- positions in code points ------------------------------------------------------------

    def position(self) -> int:
        return self.offsets.from_qt(self.textCursor().position())

    def selection(self) -> tuple[int, int]:
        c = self.textCursor()
        return self.offsets.from_qt(c.selectionStart()), self.offsets.from_qt(c.selectionEnd())

    def select_span(self, start: int, end: int, center: bool = True) -> None:
        c = self.textCursor()
        c.setPosition(self.offsets.to_qt(start))
        c.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(c)
        if center:
            self.centerCursor()

    def set_cursor(self, pos: int) -> None:
        c = self.textCursor()
        c.setPosition(self.offsets.to_qt(min(pos, len(self.session.text) if self.session else 0)))
        self.setTextCursor(c)
        self.centerCursor()

    def _forward_selection(self) -> None:
        start, end = self.selection()
        self.selectionMoved.emit(start, end)

    # -- what stands out: the current annotation, a term's occurrences, search matches ----

    def set_current(self, span: tuple[int, int] | None) -> None:
        self._current = span
        self._update_extra()

    def set_term_occurrences(self, spans: list[tuple[int, int]]) -> None:
        self._terms = spans[:MAX_EXTRA]
        self._update_extra()

    def set_found(self, spans: list[tuple[int, int]], at: int = -1) -> None:
        self._found = spans[:MAX_EXTRA]
        self._found_at = at
        self._update_extra()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        c = QTextCursor(self.document())
        c.setPosition(self.offsets.to_qt(start))
        c.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = c
        sel.format = fmt
        return sel

    def extra_spans(self) -> dict[str, list[tuple[int, int]]]:
        """What is drawn above the highlighting, by kind (for tests)."""
        return {
            "current": [self._current] if self._current else [],
            "term": list(self._terms),
            "found": list(self._found),
        }

    def _update_extra(self) -> None:
        term = QTextCharFormat()
        term.setBackground(TERM_COLOR)
        found = QTextCharFormat()
        found.setBackground(FIND_COLOR.lighter(140))
        found_now = QTextCharFormat()
        found_now.setBackground(FIND_COLOR)
        current = QTextCharFormat()
        current.setBackground(CURRENT_COLOR)
        current.setProperty(QTextFormat.Property.OutlinePen, QColor("#b07800"))
        sels = [self._selection(s, e, term) for s, e in self._terms]
        sels += [
            self._selection(s, e, found_now if i == self._found_at else found)
            for i, (s, e) in enumerate(self._found)
        ]
        if self._current:
            sels.append(self._selection(*self._current, current))
        self.setExtraSelections(sels)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        # Right-clicking outside the selection moves the cursor there, as editors do.
        start, end = self.selection()
        clicked = self.offsets.from_qt(self.cursorForPosition(event.pos()).position())
        if start == end or not (start <= clicked <= end):
            self.set_cursor_no_scroll(clicked)
        self.contextMenuWanted.emit(event)

    def set_cursor_no_scroll(self, pos: int) -> None:
        c = self.textCursor()
        c.setPosition(self.offsets.to_qt(pos))
        self.setTextCursor(c)


class FindBar(QWidget):
    """Ctrl+F: find in the document, with the number of matches; Enter and Shift+Enter step."""

    closed = pyqtSignal()

    def __init__(self, view: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.matches: list[tuple[int, int]] = []
        self.at = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel("Find:"))
        self.edit = QLineEdit(placeholderText="Find in document (ё = е, stress marks ignored)")
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.next)
        layout.addWidget(self.edit, 1)
        back = QShortcut(QKeySequence("Shift+Return"), self.edit, self.previous)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape = QShortcut(QKeySequence("Escape"), self.edit, self.close_bar)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.count = QLabel("")
        self.count.setMinimumWidth(90)
        layout.addWidget(self.count)
        for text, tip, slot in (
            ("▲", "Previous match (Shift+Enter)", self.previous),
            ("▼", "Next match (Enter)", self.next),
            ("✕", "Close (Esc)", self.close_bar),
        ):
            b = QToolButton(text=text, toolTip=tip)
            b.setAutoRaise(True)
            b.clicked.connect(slot)
            layout.addWidget(b)
        self.hide()

    def open(self, text: str = "") -> None:
        self.show()
        if text:
            self.edit.setText(text)
        self.edit.setFocus()
        self.edit.selectAll()
        self.search(self.edit.text())

    def search(self, query: str) -> None:
        session = self.view.session
        self.matches = find_all(session.text, query) if session and query else []
        pos = self.view.position()
        self.at = next((i for i, (s, _e) in enumerate(self.matches) if s >= pos), 0)
        self._show()

    def _show(self) -> None:
        if not self.matches:
            self.at = -1
            self.count.setText("no matches" if self.edit.text() else "")
        else:
            self.count.setText(f"{self.at + 1} of {len(self.matches)}")
        self.view.set_found(self.matches, self.at)
        if self.at >= 0:
            s, e = self.matches[self.at]
            self.view.set_cursor_no_scroll(s)
            self.view.ensureCursorVisible()

    def next(self) -> None:
        if self.matches:
            self.at = (self.at + 1) % len(self.matches)
            self._show()

    def previous(self) -> None:
        if self.matches:
            self.at = (self.at - 1) % len(self.matches)
            self._show()

    def close_bar(self) -> None:
        self.hide()
        self.matches = []
        self.view.set_found([])
        self.view.setFocus()
        self.closed.emit()


def default_text_font() -> QFont:
    font = QFont("Noto Serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSize(12)
    return font
