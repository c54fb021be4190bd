"""The main window's docks: the corpus, the terms of the open document, the inspector of the
current annotation, and corpus search. Each shows what it is given and forwards what the user
does as signals; the window turns them into calls on the session."""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import QModelIndex, Qt, QTimer, pyqtSignal
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from glossator.model import ANNOTATION_STATUSES, TAXONOMY, Annotation, iso_time
from glossator.store import SearchHit, Store
from gui.models import AttributesModel, DocumentListModel, SearchHitsModel, TermRowsModel
from gui.textview import type_icon


def make_table(model, stretch: int = 0) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for c in range(model.columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if c == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(c, mode)
    return table


def _panel(*widgets: QWidget, margins: int = 4) -> QWidget:
    w = QWidget()
    layout = QVBoxLayout(w)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(4)
    for x in widgets:
        layout.addWidget(x)
    return w


class DocumentsDock(QDockWidget):
    documentChosen = pyqtSignal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__("Documents", parent)
        self.setObjectName("documents_dock")
        self.model = DocumentListModel(store)
        self.filter_edit = QLineEdit(placeholderText="Filter by title or file name")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.model.set_filter)
        self.table = make_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #666;")
        self.model.modelReset.connect(self._summarize)
        self.setWidget(_panel(self.filter_edit, self.table, self.summary))
        self._summarize()

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.documentChosen.emit(self.model.document_id(current.row()))

    def _summarize(self) -> None:
        n = self.model.rowCount()
        self.summary.setText(f"{n} document{'s' if n != 1 else ''} · drop files here to import")

    def select(self, document_id: int) -> bool:
        row = self.model.row_of(document_id)
        if row < 0 and self.filter_edit.text():
            self.filter_edit.clear()
            row = self.model.row_of(document_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0


class TermsDock(QDockWidget):
    """The Russian keywords and terms of the open document."""

    termChosen = pyqtSignal(int)
    stepOccurrence = pyqtSignal(int)  # +1 or -1
    openInTermBase = pyqtSignal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Russian terms in this document", parent)
        self.setObjectName("terms_dock")
        self.model = TermRowsModel()
        self.table = make_table(self.model, stretch=-1)
        header = self.table.horizontalHeader()
        for column, width in enumerate((140, 130, 140, 110, 30, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.table.doubleClicked.connect(lambda _i: self.stepOccurrence.emit(1))
        self.position = QLabel("Select a term to step through its occurrences")
        self.position.setStyleSheet("color: #666;")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.position, 1)
        for text, tip, step in (
            ("◀", "Previous occurrence (Shift+F4)", -1),
            ("▶", "Next occurrence (F4)", 1),
        ):
            b = QToolButton(text=text, toolTip=tip)
            b.setAutoRaise(True)
            b.clicked.connect(lambda _c=False, s=step: self.stepOccurrence.emit(s))
            bar.addWidget(b)
        open_button = QToolButton(text="Term base…", toolTip="Open this concept in the term base")
        open_button.setAutoRaise(True)
        open_button.clicked.connect(self._open)
        bar.addWidget(open_button)
        bar_widget = QWidget()
        bar_widget.setLayout(bar)
        self.setWidget(_panel(self.table, bar_widget))

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.termChosen.emit(self.model.row(current.row()).concept_id)

    def _open(self) -> None:
        concept = self.current_concept()
        if concept is not None:
            self.openInTermBase.emit(concept)

    def current_concept(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).concept_id if index.isValid() else None

    def show_concept(self, concept_id: int | None) -> None:
        """Select a concept's row without announcing it (the text chose it)."""
        row = self.model.row_of(concept_id) if concept_id is not None else -1
        self.table.selectionModel().blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
        self.table.selectionModel().blockSignals(False)
        self.table.viewport().update()


class InspectorDock(QDockWidget):
    """The current annotation: every edit is forwarded at once."""

    typeChanged = pyqtSignal(int, str)
    statusChanged = pyqtSignal(int, str)
    spanChanged = pyqtSignal(int, int, int)
    attributesChanged = pyqtSignal(int, object)
    noteChanged = pyqtSignal(int, str)
    conceptOpened = pyqtSignal(int)
    deleteWanted = pyqtSignal(int)

    NOTE_DELAY_MS = 600

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Annotation", parent)
        self.setObjectName("inspector_dock")
        self.annotation: Annotation | None = None
        self._updating = False

        self.quote = QLabel(
            "No annotation selected. Select text and press a type key "
            "(P, O, L, D, T, F, B, N, Q), or step through suggestions with J and K."
        )
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.type_combo = QComboBox()
        for t in TAXONOMY:
            self.type_combo.addItem(type_icon(t.name), f"{t.label} ({t.name})", t.name)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.status_combo = QComboBox()
        for s in ANNOTATION_STATUSES:
            self.status_combo.addItem(s, s)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.start_spin = QSpinBox(maximum=2**31 - 1, keyboardTracking=False)
        self.end_spin = QSpinBox(maximum=2**31 - 1, keyboardTracking=False)
        self.start_spin.valueChanged.connect(self._span_changed)
        self.end_spin.valueChanged.connect(self._span_changed)
        span_row = QHBoxLayout()
        span_row.addWidget(self.start_spin)
        span_row.addWidget(QLabel("–"))
        span_row.addWidget(self.end_spin)
        span_widget = QWidget()
        span_widget.setLayout(span_row)
        span_row.setContentsMargins(0, 0, 0, 0)
        self.origin = QLabel()
        self.author = QLabel()
        self.times = QLabel()
        self.times.setStyleSheet("color: #666;")
        self.concept = QLabel()
        self.concept.setWordWrap(True)
        self.concept.setTextFormat(Qt.TextFormat.RichText)
        self.concept.linkActivated.connect(self._open_concept)

        self.attributes = AttributesModel()
        self.attributes.on_change = self._attributes_changed
        self.attr_table = QTableView()
        self.attr_table.setModel(self.attributes)
        self.attr_table.verticalHeader().hide()
        self.attr_table.verticalHeader().setDefaultSectionSize(22)
        self.attr_table.horizontalHeader().setStretchLastSection(True)
        self.attr_table.setMinimumHeight(90)
        self.attr_table.setAlternatingRowColors(True)
        add = QToolButton(text="+", toolTip="Add an attribute (e.g. when for a date)")
        add.clicked.connect(self._add_attribute)
        remove = QToolButton(text="−", toolTip="Remove the selected attribute")
        remove.clicked.connect(self._remove_attribute)
        attr_buttons = QHBoxLayout()
        attr_buttons.setContentsMargins(0, 0, 0, 0)
        attr_buttons.addWidget(add)
        attr_buttons.addWidget(remove)
        attr_buttons.addStretch(1)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self._delete)
        attr_buttons.addWidget(self.delete_button)
        attr_bar = QWidget()
        attr_bar.setLayout(attr_buttons)

        self.note = QPlainTextEdit(placeholderText="A free note on this annotation")
        self.note.setMaximumHeight(80)
        self.note.textChanged.connect(self._note_edited)
        self._note_timer = QTimer(self, singleShot=True, interval=self.NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.commit_note)

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Type", self.type_combo)
        form.addRow("Status", self.status_combo)
        form.addRow("Span", span_widget)
        form.addRow("Origin", self.origin)
        form.addRow("Author", self.author)
        form.addRow("Term base", self.concept)
        form.addRow("Attributes", self.attr_table)
        form.addRow("", attr_bar)
        form.addRow("Note", self.note)
        form.addRow("", self.times)
        self.setWidget(_panel(self.quote, self.form, margins=6))
        self.show_annotation(None)

    # -- showing ---------------------------------------------------------------------------

    def show_annotation(self, a: Annotation | None, concept_text: str = "") -> None:
        if self.annotation is not None and (a is None or a.id != self.annotation.id):
            self.commit_note()
        self._updating = True
        try:
            self.annotation = a
            self.form.setEnabled(a is not None)
            if a is None:
                self.quote.setText(
                    "<span style='color:#666'>No annotation selected. Select text and press a "
                    "type key (P, O, L, D, T, F, B, N, Q), or step through suggestions with J "
                    "and K.</span>"
                )
                self.attributes.set_attributes({})
                self.note.setPlainText("")
                for label in (self.origin, self.author, self.times, self.concept):
                    label.setText("")
                return
            quote = a.quote if len(a.quote) < 120 else a.quote[:117] + "…"
            self.quote.setText(
                f"<span style='color:#888'>…{_esc(a.prefix[-24:])}</span>"
                f"<b>{_esc(quote)}</b><span style='color:#888'>{_esc(a.suffix[:24])}…</span>"
            )
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(a.type)))
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(a.status)))
            self.start_spin.setValue(a.start)
            self.end_spin.setValue(a.end)
            self.origin.setText(a.origin)
            self.author.setText(a.author)
            self.times.setText(
                f"#{a.id} · created {iso_time(a.created_us)[:19].replace('T', ' ')} · "
                f"changed {iso_time(a.updated_us)[:19].replace('T', ' ')}"
            )
            self.concept.setText(concept_text or "<span style='color:#888'>not linked</span>")
            self.attributes.set_attributes(a.attributes)
            if self.note.toPlainText() != str(a.attributes.get("note", "")):
                self.note.setPlainText(str(a.attributes.get("note", "")))
        finally:
            self._updating = False

    # -- forwarding --------------------------------------------------------------------------

    def _type_changed(self) -> None:
        if not self._updating and self.annotation is not None:
            self.typeChanged.emit(self.annotation.id, self.type_combo.currentData())

    def _status_changed(self) -> None:
        if not self._updating and self.annotation is not None:
            self.statusChanged.emit(self.annotation.id, self.status_combo.currentData())

    def _span_changed(self) -> None:
        if not self._updating and self.annotation is not None:
            self.spanChanged.emit(
                self.annotation.id, self.start_spin.value(), self.end_spin.value()
            )

    def _attributes_changed(self, attributes: dict[str, Any]) -> None:
        if not self._updating and self.annotation is not None:
            self.attributesChanged.emit(self.annotation.id, attributes)

    def _add_attribute(self) -> None:
        row = self.attributes.add_row()
        index = self.attributes.index(row, 0)
        self.attr_table.setCurrentIndex(index)
        self.attr_table.edit(index)

    def _remove_attribute(self) -> None:
        index = self.attr_table.currentIndex()
        if index.isValid():
            self.attributes.remove_row(index.row())

    def _note_edited(self) -> None:
        if not self._updating and self.annotation is not None:
            self._note_timer.start()

    def commit_note(self) -> None:
        """Store the note now (also done a moment after typing stops, and on leaving)."""
        self._note_timer.stop()
        a = self.annotation
        if a is None or a.id is None:
            return
        text = self.note.toPlainText().strip()
        if text != str(a.attributes.get("note", "")).strip():
            self.noteChanged.emit(a.id, text)

    def _open_concept(self, link: str) -> None:
        if link.startswith("concept:"):
            self.conceptOpened.emit(int(link.split(":", 1)[1]))

    def _delete(self) -> None:
        if self.annotation is not None and self.annotation.id is not None:
            self.deleteWanted.emit(self.annotation.id)


class SearchDock(QDockWidget):
    """Search across the corpus: document texts and term forms."""

    hitChosen = pyqtSignal(object)  # SearchHit

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__("Search the corpus", parent)
        self.setObjectName("search_dock")
        self.store = store
        self.model = SearchHitsModel()
        self.edit = QLineEdit(placeholderText="Words or the start of a word, in any script")
        self.edit.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self.search)
        self.table = make_table(self.model, stretch=2)
        self.table.activated.connect(self._chosen)
        self.table.doubleClicked.connect(self._chosen)
        self.count = QLabel()
        self.count.setStyleSheet("color: #666;")
        self.setWidget(_panel(self.edit, self.table, self.count))

    def search(self) -> list[SearchHit]:
        self._timer.stop()
        hits = self.store.search(self.edit.text()) if self.edit.text().strip() else []
        self.model.set_rows(hits)
        docs = sum(1 for h in hits if h.kind == "document")
        self.count.setText(f"{docs} in texts, {len(hits) - docs} in term forms" if hits else "")
        return hits

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hitChosen.emit(self.model.row(index.row()))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")
