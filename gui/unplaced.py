"""The annotations a corrected text left unplaced: listed apart, never dropped. The dock shows
them and forwards what the user wants done; the window turns that into session calls."""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import QModelIndex, Qt, pyqtSignal
from PyQt6.QtGui import QAction
from PyQt6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QToolButton, QWidget

from glossator.model import Annotation
from gui.docks import _panel, make_table
from gui.models import MUTED, STATUS_COLORS, Column, RowsModel
from gui.textview import type_icon, type_label


def _quote(a: Annotation) -> str:
    quote = " ".join(a.quote.split())
    return quote if len(quote) <= 80 else quote[:79] + "…"


class OrphansModel(RowsModel[Annotation]):
    COLUMNS = (
        Column("Type", lambda a: type_label(a.type)),
        Column("Quote", _quote),
        Column("Status", lambda a: a.status),
        Column("Was at", lambda a: f"{a.start}–{a.end}", align_right=True),
    )

    def row_of(self, ann_id: int | None) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == ann_id), -1)

    def extra_data(self, row: Annotation, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return type_icon(row.type)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return STATUS_COLORS.get(row.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"#{row.id} {row.type}: …{row.prefix[-30:]}[{row.quote}]{row.suffix[:30]}… "
                f"(offsets {row.start}–{row.end} of the earlier text)"
            )
        return None


class UnplacedDock(QDockWidget):
    """The open document's annotations that could not be re-anchored on its corrected text.

    Select one, select text, then "Place here"; or delete it. Double-clicking one goes to
    where it was (the old offsets, roughly where it belongs)."""

    goToWanted = pyqtSignal(int)  # an offset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Unplaced annotations", parent)
        self.setObjectName("unplaced_dock")
        self.model = OrphansModel()
        self.table = make_table(self.model, stretch=1)
        self.table.doubleClicked.connect(self._go_to)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #666;")
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addStretch(1)
        bar = QWidget()
        bar.setLayout(self.buttons)
        self.setWidget(_panel(self.summary, self.table, bar))
        self.set_orphans([])

    def add_actions(self, actions: list[QAction]) -> None:
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            self.buttons.addWidget(button)

    def set_orphans(self, orphans: list[Annotation]) -> None:
        """Show these orphans, keeping the chosen one chosen if it is still there."""
        chosen = self.current()
        self.model.set_rows(orphans)
        n = len(orphans)
        self.summary.setText(
            f"{n} annotation{'s' if n != 1 else ''} could not be placed on the corrected "
            "text. Choose one, select where it belongs, then Place here."
            if n
            else "Every annotation of this document is placed."
        )
        row = self.model.row_of(chosen)
        if row < 0 and n:
            row = 0
        if row >= 0:
            self.table.selectRow(row)

    def current(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row(index.row()).id

    def _go_to(self, index: QModelIndex) -> None:
        if index.isValid():
            self.goToWanted.emit(self.model.row(index.row()).start)
