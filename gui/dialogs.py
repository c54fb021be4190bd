"""Dialogs of the main window: linking a transliteration, settings, import progress and
summary, keyboard shortcuts."""

from __future__ import annotations

from PyQt6.QtCore import QModelIndex, Qt
from PyQt6.QtGui import QFont
from PyQt6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glossator.editing import LinkProposal
from glossator.importer import ImportReport, import_paths
from glossator.store import Store
from glossator.translit import MAIN_SCHEMES, SCHEMES
from gui.docks import make_table
from gui.models import CandidatesModel, ConceptsModel
from gui.settings import Settings


class LinkDialog(QDialog):
    """Link romanized Russian to its Cyrillic: the engine's candidates, matching concepts of
    the term base, and a field to type one's own. The caller confirms through the session."""

    def __init__(self, proposal: LinkProposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposal = proposal
        self.setWindowTitle("Link transliteration")
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        head = QLabel(f"Romanized Russian: <b>{_esc(proposal.latin)}</b>")
        head.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(head)

        self.candidates = CandidatesModel(proposal.candidates)
        self.candidate_table = make_table(self.candidates)
        self.candidate_table.selectionModel().currentRowChanged.connect(self._candidate_chosen)
        box = QGroupBox("Cyrillic readings (engine, earlier analysis, term base)")
        QVBoxLayout(box).addWidget(self.candidate_table)
        layout.addWidget(box, 3)

        self.concepts = ConceptsModel(proposal.concepts)
        self.concept_table = make_table(self.concepts, stretch=2)
        self.concept_table.selectionModel().currentRowChanged.connect(self._concept_chosen)
        self.existing = QRadioButton("Add to the selected concept of the term base")
        self.new = QRadioButton("Create a new concept")
        self.existing.toggled.connect(self.concept_table.setEnabled)
        cbox = QGroupBox("Concept")
        cl = QVBoxLayout(cbox)
        cl.addWidget(self.existing)
        cl.addWidget(self.concept_table)
        cl.addWidget(self.new)
        layout.addWidget(cbox, 2)

        self.cyrillic = QLineEdit(placeholderText="Type the Cyrillic form, or choose one above")
        self.lemma = QLineEdit(placeholderText="Dictionary form (the Cyrillic if left empty)")
        self.scheme = QComboBox()
        self.scheme.addItems(["unknown", *SCHEMES])
        self.english = QLineEdit(placeholderText="Optional English equivalent")
        form = QFormLayout()
        form.addRow("Cyrillic", self.cyrillic)
        form.addRow("Lemma", self.lemma)
        form.addRow("Scheme", self.scheme)
        form.addRow("English", self.english)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Link")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.cyrillic.textChanged.connect(self._validate)

        if proposal.concepts:
            self.existing.setChecked(True)
            self.concept_table.selectRow(0)
        else:
            self.new.setChecked(True)
            self.existing.setEnabled(False)
            self.concept_table.setEnabled(False)
        if proposal.candidates:
            self.candidate_table.selectRow(0)
        self._validate()

    def _candidate_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        c = self.candidates.row(current.row())
        self.cyrillic.setText(c.cyrillic)
        self.lemma.setText(c.lemma)
        i = self.scheme.findText(c.scheme) if c.scheme else -1
        if i >= 0:
            self.scheme.setCurrentIndex(i)

    def _concept_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.existing.setChecked(True)

    def _validate(self) -> None:
        ok = any("\u0400" <= ch <= "\u04ff" for ch in self.cyrillic.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def choose_candidate(self, cyrillic: str) -> bool:
        for i, c in enumerate(self.candidates.rows()):
            if c.cyrillic == cyrillic:
                self.candidate_table.selectRow(i)
                return True
        return False

    def choose_new_concept(self) -> None:
        self.new.setChecked(True)

    def concept_id(self) -> int | None:
        if not self.existing.isChecked():
            return None
        index = self.concept_table.currentIndex()
        return self.concepts.row(index.row()).concept_id if index.isValid() else None

    def values(self) -> dict:
        """What to pass to ``DocumentSession.confirm_link`` besides the proposal."""
        return {
            "cyrillic": self.cyrillic.text().strip(),
            "concept_id": self.concept_id(),
            "lemma": self.lemma.text().strip(),
            "scheme": self.scheme.currentText(),
            "english": self.english.text().strip(),
        }


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, text_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.author = QLineEdit(settings.author)
        self.author.setPlaceholderText("Recorded as the author of your changes")
        self.scheme = QComboBox()
        self.scheme.addItems(list(MAIN_SCHEMES) + [s for s in SCHEMES if s not in MAIN_SCHEMES])
        self.scheme.setCurrentText(settings.scheme)
        self.font_family = QFontComboBox()
        self.font_family.setCurrentFont(text_font)
        self.font_size = QSpinBox(minimum=6, maximum=48, value=max(6, text_font.pointSize()))
        form = QFormLayout(self)
        form.addRow("Your name", self.author)
        form.addRow("Romanization scheme", self.scheme)
        form.addRow("Text font", self.font_family)
        form.addRow("Text size", self.font_size)
        note = QLabel("Undo and redo follow your name: each author undoes their own changes.")
        note.setStyleSheet("color: #666;")
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_font(self) -> QFont:
        font = QFont(self.font_family.currentFont())
        font.setPointSize(self.font_size.value())
        return font

    def save(self) -> None:
        self.settings.author = self.author.text()
        self.settings.scheme = self.scheme.currentText()
        self.settings.set_text_font(self.chosen_font())


class ImportCancelled(Exception):
    """The user stopped an import; the files done so far stay imported."""


def import_with_progress(
    parent: QWidget, store: Store, paths: list[str]
) -> tuple[ImportReport, bool]:
    """Import files and folders with a progress dialog. Each file is its own transaction, so
    cancelling keeps what was imported."""
    dialog = QProgressDialog("Importing…", "Stop", 0, 0, parent)
    dialog.setWindowTitle("Import")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)

    def progress(i: int, total: int, path: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(i)
        if path:
            dialog.setLabelText(f"Importing {i + 1} of {total}:\n{path}")
        QApplication.processEvents()
        if dialog.wasCanceled():
            raise ImportCancelled

    try:
        return import_paths(store, paths, progress=progress), False
    except ImportCancelled:
        return ImportReport(), True
    finally:
        dialog.close()


def import_summary(report: ImportReport, cancelled: bool = False) -> tuple[str, str]:
    """A one-line summary and the details of what failed and why."""
    line = (
        f"{len(report.imported)} imported, {len(report.duplicates)} already there, "
        f"{len(report.failed)} failed"
    )
    if cancelled:
        line = "Import stopped; the files imported before stopping are kept"
    details = "\n".join(r.error for r in report.failed)
    return line, details


def show_import_failures(parent: QWidget, report: ImportReport) -> None:
    line, details = import_summary(report)
    QMessageBox.warning(
        parent,
        "Some files were not imported",
        f"{line}.\n\n{details}",
    )


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(520, 600)
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels(["Keys", "Action"])
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        for i, (keys, text) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(keys))
            table.setItem(i, 1, QTableWidgetItem(text))
        table.resizeColumnToContents(0)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
