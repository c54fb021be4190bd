"""Qt models over the store's rows."""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import QAbstractTableModel, QModelIndex, Qt

from glossator.model import DocumentSummary
from glossator.store import Store


class DocumentListModel(QAbstractTableModel):
    """The corpus: one row per document, with its annotation counts."""

    HEADERS = ("Title", "Accepted", "Suggested")

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._rows: list[DocumentSummary] = []
        self._filter = ""
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._store.list_documents(self._filter)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip()
        self.refresh()

    def document_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, document_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == document_id:
                return i
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.title, row.accepted, row.suggested)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.source_name} · {row.encoding} · {row.length} characters"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None
