"""Qt models over rows the core hands out: documents, the concepts of a document, the term
base, link candidates, search hits, an annotation's attributes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PyQt6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PyQt6.QtGui import QColor, QFont

from glossator.editing import (
    ConceptMatch,
    LinkCandidate,
    Occurrence,
    TermRow,
    TermSummary,
)
from glossator.model import DocumentSummary
from glossator.store import SearchHit, Store

R = TypeVar("R")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MUTED = QColor("#808080")
STATUS_COLORS = {
    "suggested": QColor("#b36b00"),
    "to confirm": QColor("#b36b00"),
    "rejected": QColor("#a33"),
    "deprecated": QColor("#a33"),
    "preferred": QColor("#1d7a35"),
}


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    header: str
    value: Callable[[R], Any]
    align_right: bool = False
    tooltip: str = ""


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of plain rows, one column per getter."""

    COLUMNS: Sequence[Column[Any]] = ()

    def __init__(self, rows: Sequence[R] = ()) -> None:
        super().__init__()
        self._rows: list[R] = list(rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, i: int) -> R:
        return self._rows[i]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return RIGHT
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: R, column: int, role: int) -> Any:
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.COLUMNS[section].tooltip or None
        return None


class DocumentListModel(RowsModel[DocumentSummary]):
    """The corpus: one row per document, with its annotation counts."""

    COLUMNS = (
        Column("Title", lambda r: r.title),
        Column("Accepted", lambda r: r.accepted, True, "Accepted annotations"),
        Column("Suggested", lambda r: r.suggested, True, "Suggestions still to decide"),
    )

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._filter = ""
        self.refresh()

    def refresh(self) -> None:
        self.set_rows(self._store.list_documents(self._filter))

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

    def update_counts(self, document_id: int, accepted: int, suggested: int) -> None:
        """New counts for one document, without asking the store for the whole corpus."""
        i = self.row_of(document_id)
        if i < 0:
            return
        r = self._rows[i]
        if (r.accepted, r.suggested) != (accepted, suggested):
            r.accepted, r.suggested = accepted, suggested
            self.dataChanged.emit(self.index(i, 1), self.index(i, 2))

    def extra_data(self, row: DocumentSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"{row.title}\n{row.source_name} · {row.encoding} · {row.length:,} characters\n"
                f"imported {row.imported_at[:16].replace('T', ' ')}"
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and row.suggested:
            return STATUS_COLORS["suggested"]
        return None


class TermRowsModel(RowsModel[TermRow]):
    """The Russian keywords and terms of the open document."""

    COLUMNS = (
        Column("Cyrillic", lambda r: r.cyrillic),
        Column("Romanized", lambda r: r.romanized, tooltip="In the preferred scheme"),
        Column("English", lambda r: r.english),
        Column("Lemma", lambda r: r.lemma),
        Column("#", lambda r: r.count, True, "Occurrences in this document"),
        Column("Status", lambda r: r.link_status, tooltip="The concept's status and links"),
    )

    def row_of(self, concept_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.concept_id == concept_id:
                return i
        return -1

    def extra_data(self, row: TermRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 5:
                return STATUS_COLORS.get(row.link_status.split(",")[0])
            if column == 3 and row.lemma == row.cyrillic:
                return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Concept {row.concept_id}: {row.cyrillic} — {row.english or 'no English yet'}"
        return None


class TermBaseModel(RowsModel[TermSummary]):
    COLUMNS = (
        Column("#", lambda r: r.concept_id, True),
        Column("English", lambda r: r.english),
        Column("Cyrillic", lambda r: r.cyrillic),
        Column("Romanized", lambda r: r.romanized),
        Column("Status", lambda r: r.status),
        Column("Note", lambda r: r.note),
    )

    def row_of(self, concept_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.concept_id == concept_id:
                return i
        return -1

    def extra_data(self, row: TermSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return STATUS_COLORS.get(row.status)
        return None


class CandidatesModel(RowsModel[LinkCandidate]):
    COLUMNS = (
        Column("Cyrillic", lambda r: r.cyrillic),
        Column("Lemma", lambda r: r.lemma),
        Column("Scheme", lambda r: r.scheme),
        Column("Score", lambda r: f"{r.score:.2f}", True),
        Column("In lexicon", lambda r: "yes" if r.known else "no"),
        Column("From", lambda r: r.source),
    )

    def extra_data(self, row: LinkCandidate, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.known:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and not row.known and column == 4:
            return MUTED
        return None


class ConceptsModel(RowsModel[ConceptMatch]):
    COLUMNS = (
        Column("#", lambda r: r.concept_id, True),
        Column("Cyrillic", lambda r: r.summary.cyrillic),
        Column("English", lambda r: r.summary.english),
        Column("Matched form", lambda r: r.form),
        Column("Score", lambda r: f"{r.score:.2f}", True),
        Column("Status", lambda r: r.summary.status),
    )


class SearchHitsModel(RowsModel[SearchHit]):
    COLUMNS = (
        Column("In", lambda r: "text" if r.kind == "document" else "term"),
        Column("Document or form", lambda r: r.title),
        Column("Match", lambda r: r.snippet),
    )


class OccurrencesModel(RowsModel[Occurrence]):
    COLUMNS = (
        Column("Context", lambda r: r.context),
        Column("Status", lambda r: r.status),
        Column("Document", lambda r: r.document_title),
    )


class AttributesModel(QAbstractTableModel):
    """An annotation's attributes as editable name/value rows; edits are handed to
    ``on_change(attributes)`` at once, which stores them."""

    HEADERS = ("Attribute", "Value")

    def __init__(self) -> None:
        super().__init__()
        self._items: list[list[str]] = []
        self.on_change: Callable[[dict[str, Any]], None] | None = None
        self._raw: dict[str, Any] = {}

    def set_attributes(self, attributes: dict[str, Any]) -> None:
        self.beginResetModel()
        self._raw = dict(attributes)
        self._items = [[k, _show(v)] for k, v in attributes.items() if k != "note"]
        self.endResetModel()

    def attributes(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in self._items:
            if not k.strip():
                continue
            old = self._raw.get(k)
            out[k] = old if old is not None and _show(old) == v else _parse(v)
        if "note" in self._raw:
            out["note"] = self._raw["note"]
        return out

    def add_row(self) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(["", ""])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()
            self._changed()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._items[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return MUTED
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        if self._items[index.row()][index.column()] == text:
            return False
        self._items[index.row()][index.column()] = text
        self.dataChanged.emit(index, index)
        self._changed()
        return True

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self.attributes())

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


def _show(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _parse(text: str) -> Any:
    """Numbers stay numbers (``cert``, ``concept``); everything else is text."""
    t = text.strip()
    if t.lstrip("-").isdigit():
        return int(t)
    try:
        return float(t) if any(c.isdigit() for c in t) and t.count(".") == 1 else t
    except ValueError:
        return t
