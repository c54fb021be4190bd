"""The term base window: concepts with their English, Cyrillic and romanized forms, status
and note; merging two concepts; occurrences across the corpus."""

from __future__ import annotations

from PyQt6.QtCore import QItemSelectionModel, QModelIndex, Qt, pyqtSignal
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glossator.editing import (
    TERM_STATUSES,
    choose_kept_concept,
    describe_error,
    occurrences_across_corpus,
    term_summaries,
)
from glossator.errors import NotFoundError
from glossator.store import Store
from gui.docks import make_table
from gui.models import OccurrencesModel, TermBaseModel


class TermBaseWindow(QWidget):
    """A separate window over the store's concepts. Edits apply at once."""

    occurrenceChosen = pyqtSignal(int, int)  # document id, annotation id
    changed = pyqtSignal()  # the term base changed: the main window refreshes its terms

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.setWindowTitle("Term base — Glossator")
        self.resize(1000, 640)
        self._updating = False

        self.filter_edit = QLineEdit(placeholderText="Filter by any form")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _t: self.refresh())
        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", "")
        for s in TERM_STATUSES:
            self.status_filter.addItem(s, s)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.merge_button = QPushButton("Merge two concepts")
        self.merge_button.setToolTip(
            "Select two concepts (Ctrl+click); the confirmed one, or the one with more forms, is kept"
        )
        self.merge_button.clicked.connect(self.merge_selected)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.merge_button)

        self.model = TermBaseModel()
        self.table = make_table(self.model, stretch=5)
        for column, width in ((1, 190), (2, 190), (3, 190)):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Interactive
            )
            self.table.setColumnWidth(column, width)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.forms = QTableWidget(0, 4)
        self.forms.setHorizontalHeaderLabels(["Form", "Language", "Kind", "Scheme"])
        self.forms.verticalHeader().hide()
        self.forms.verticalHeader().setDefaultSectionSize(22)
        self.forms.setMaximumHeight(150)
        self.forms.horizontalHeader().setStretchLastSection(True)
        self.forms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.links = QLabel()
        self.links.setWordWrap(True)
        self.status = QComboBox()
        for s in TERM_STATUSES:
            self.status.addItem(s, s)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.note = QLineEdit(placeholderText="A note on this concept")
        self.note.editingFinished.connect(self._note_changed)
        self.occurrences = OccurrencesModel()
        self.occurrence_table = make_table(self.occurrences, stretch=0)
        self.occurrence_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Interactive
        )
        self.occurrence_table.setColumnWidth(2, 120)
        self.occurrence_table.doubleClicked.connect(self._occurrence_chosen)
        self.occurrence_table.activated.connect(self._occurrence_chosen)

        detail = QWidget()
        form = QFormLayout(detail)
        form.addRow(self.heading)
        form.addRow("Status", self.status)
        form.addRow("Note", self.note)
        form.addRow("Forms", self.forms)
        form.addRow("Links", self.links)
        form.addRow(QLabel("Occurrences across the corpus (double-click to open):"))
        form.addRow(self.occurrence_table)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.table)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(detail)
        split.setSizes([600, 480])
        self.message = QLabel()
        self.message.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_concept()
        self.model.set_rows(
            term_summaries(
                self.store, self.filter_edit.text().strip(), self.status_filter.currentData()
            )
        )
        self.message.setText(f"{self.model.rowCount()} concepts")
        if keep is not None:
            self.select_concept(keep)
        elif self.model.rowCount():
            self._select_row(0)
        else:
            self._show(None)

    def select_concept(self, concept_id: int) -> bool:
        row = self.model.row_of(concept_id)
        if row < 0 and (self.filter_edit.text() or self.status_filter.currentIndex()):
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(False)
            self.status_filter.setCurrentIndex(0)  # refreshes
            row = self.model.row_of(concept_id)
        if row >= 0:
            self._select_row(row)
            self._show(concept_id)
        return row >= 0

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)

    def current_concept(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < self.model.rowCount():
            return self.model.row(index.row()).concept_id
        return None

    def selected_concepts(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r).concept_id for r in rows]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.row(current.row()).concept_id if current.isValid() else None)

    def _selection_changed(self, *_args) -> None:
        self.merge_button.setEnabled(len(self.selected_concepts()) == 2)

    def _show(self, concept_id: int | None) -> None:
        self._updating = True
        try:
            if concept_id is None:
                self.heading.setText("<i>No concept selected</i>")
                self.forms.setRowCount(0)
                self.links.setText("")
                self.occurrences.set_rows([])
                return
            try:
                term = self.store.get_term(concept_id)
            except NotFoundError:
                return self._show(None)
            self.heading.setText(f"<b>Concept {concept_id}</b> · origin {term.origin}")
            self.status.setCurrentIndex(max(0, self.status.findData(term.status)))
            self.note.setText(term.note)
            self.forms.setRowCount(len(term.forms))
            for i, f in enumerate(term.forms):
                for j, v in enumerate((f.text, f.lang, f.kind, f.scheme)):
                    self.forms.setItem(i, j, QTableWidgetItem(v))
            self.forms.resizeColumnsToContents()
            links = self.store.links_of_term(concept_id)
            self.links.setText(
                "<br>".join(f"{_esc(s)} <i>{k}</i> {_esc(t)}" for k, s, t in links) or "none"
            )
            self.occurrences.set_rows(occurrences_across_corpus(self.store, concept_id))
        finally:
            self._updating = False

    def _status_changed(self) -> None:
        concept = self.current_concept()
        if self._updating or concept is None:
            return
        self._apply(lambda: self.store.update_term(concept, status=self.status.currentData()))

    def _note_changed(self) -> None:
        concept = self.current_concept()
        if self._updating or concept is None:
            return
        if self.store.get_term(concept).note != self.note.text().strip():
            self._apply(lambda: self.store.update_term(concept, note=self.note.text().strip()))

    def _apply(self, change) -> bool:
        try:
            change()
        except Exception as exc:
            message = describe_error(exc)
            if message is None:
                raise
            self.message.setText(message)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def merge_selected(self, confirm: bool = True) -> int | None:
        """Merge the two selected concepts; returns the one kept."""
        ids = self.selected_concepts()
        if len(ids) != 2:
            self.message.setText("Select exactly two concepts to merge them")
            return None
        a, b = (self.store.get_term(i) for i in ids)
        keep, other = choose_kept_concept(a, b)
        if confirm:
            answer = QMessageBox.question(
                self,
                "Merge concepts",
                f"Merge concept {other} into concept {keep}? Its forms, links and occurrences "
                f"move to concept {keep}.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        if self._apply(lambda: self.store.merge_terms(keep, other)):
            self.select_concept(keep)
            self.message.setText(f"Concept {other} merged into concept {keep}")
            return keep
        return None

    def _occurrence_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            o = self.occurrences.row(index.row())
            self.occurrenceChosen.emit(o.document_id, o.annotation_id)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
