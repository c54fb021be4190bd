"""TEI export and preview from the window: one document or all, validated, with the report
of overlaps split or kept in ``<standOff>``; and a read-only preview of the open document.

The ``tei`` package converts; this module gathers what it needs from the store
(:meth:`Store.export_parts`), writes files atomically and shows the results.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QAction, QColor, QFont, QSyntaxHighlighter, QTextCharFormat
from PyQt6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glossator.editing import describe_error
from glossator.files import write_atomic
from glossator.store import Store
from tei.bundle import ExportBundle
from tei.export import export_tei_with_report
from tei.validate import validate

TEI_ACTIONS = ("export_tei", "export_tei_all", "preview_tei")
VALID = "#1d7a35"
INVALID = "#b3261e"


def configure_actions(actions: dict[str, QAction], has_document: bool = True) -> None:
    for name in TEI_ACTIONS:
        actions[name].setEnabled(has_document or name == "export_tei_all")


@dataclass(slots=True)
class TeiResult:
    """One document's export: the bytes, the exporter's report and the validation errors."""

    document_id: int
    title: str
    data: bytes = b""
    report: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    path: str = ""
    failure: str = ""

    @property
    def valid(self) -> bool:
        return not self.failure and not self.errors


def build_tei(store: Store, doc_id: int, include_suggestions: bool = False) -> TeiResult:
    """Export a document as TEI in memory and validate it; a failure is recorded."""
    result = TeiResult(doc_id, f"document {doc_id}")
    try:
        doc, terms, links, changes = store.export_parts(doc_id)
        result.title = doc.title
        bundle = ExportBundle(doc, terms, links, changes, include_suggestions=include_suggestions)
        result.data, result.report = export_tei_with_report(bundle)
    except Exception as exc:
        message = describe_error(exc)
        if message is None:
            raise
        result.failure = message
        return result
    result.errors = [str(e) for e in validate(result.data)]
    return result


def file_name(doc_id: int, title: str) -> str:
    stem = re.sub(r"[^\w.-]+", "-", title, flags=re.UNICODE).strip("-")[:60] or "document"
    return f"{doc_id:04d}-{stem}.tei.xml"


def export_to_folder(
    store: Store, doc_ids: list[int], folder: str | os.PathLike[str], include_suggestions: bool
) -> list[TeiResult]:
    """Export documents into a folder, one file each; a failure is recorded, not raised."""
    results = []
    for doc_id in doc_ids:
        r = build_tei(store, doc_id, include_suggestions)
        if not r.failure:
            _write(r, Path(folder) / file_name(doc_id, r.title))
        results.append(r)
    return results


def export_to_file(
    store: Store, doc_id: int, path: str | os.PathLike[str], include_suggestions: bool
) -> TeiResult:
    r = build_tei(store, doc_id, include_suggestions)
    if not r.failure:
        _write(r, path)
    return r


def _write(r: TeiResult, path: str | os.PathLike[str]) -> None:
    """Write an export; a disk that is full or a folder that cannot be written is recorded
    in the result, shown in the report, and the other documents still export."""
    try:
        write_atomic(path, r.data)
    except OSError as exc:
        r.failure = f"cannot write {path}: {exc.strerror or exc}"
    else:
        r.path = str(path)


# -- dialogs ------------------------------------------------------------------------------


class TeiReportDialog(QDialog):
    """What an export wrote: per document, the file, whether it validates, and the report."""

    def __init__(self, results: list[TeiResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = results
        self.setWindowTitle("TEI export")
        self.resize(820, 480)
        valid = sum(r.valid for r in results)
        head = QLabel(
            f"<b>{len(results)} document{'s' if len(results) != 1 else ''} exported</b> · "
            f"<span style='color:{VALID if valid == len(results) else INVALID}'>"
            f"{valid} valid TEI P5</span>"
        )
        table = QTableWidget(len(results), 4)
        table.setHorizontalHeaderLabels(["Document", "File", "Validation", "Report"])
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        for i, r in enumerate(results):
            status = (
                "valid"
                if r.valid
                else (r.failure or f"{len(r.errors)} error(s): {r.errors[0] if r.errors else ''}")
            )
            cells = (r.title, r.path, status, f"{len(r.report)} note(s)")
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 2:
                    item.setForeground(QColor(VALID if r.valid else INVALID))
                table.setItem(i, j, item)
        table.resizeColumnsToContents()
        self.details = QPlainTextEdit(readOnly=True)
        self.details.setPlainText(details_text(results))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(table, 1)
        layout.addWidget(QLabel("Validation errors and overlap report:"))
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)


def details_text(results: list[TeiResult]) -> str:
    lines = []
    for r in results:
        lines.append(f"{r.title} — {r.path or ('not written' if r.failure else 'preview')}")
        if r.failure:
            lines.append(f"  export failed: {r.failure}")
        lines += [f"  invalid: {e}" for e in r.errors]
        lines += [f"  {line}" for line in r.report] or ["  no overlaps to report"]
    return "\n".join(lines)


class XmlHighlighter(QSyntaxHighlighter):
    """Tags, attribute names and values in colour: enough to read a TEI file."""

    RULES = (
        (re.compile(r"</?[\w:.-]+|/?>"), "#1f4e9c"),
        (re.compile(r"\s[\w:.-]+(?==)"), "#8a4b08"),
        (re.compile(r'"[^"]*"'), "#1d7a35"),
        (re.compile(r"<!--.*?-->|<\?.*?\?>"), "#888888"),
    )

    def __init__(self, document) -> None:
        super().__init__(document)
        self._formats = []
        for rx, color in self.RULES:
            f = QTextCharFormat()
            f.setForeground(QColor(color))
            self._formats.append((rx, f))

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        # QSyntaxHighlighter counts Qt positions, not code points: a block with characters
        # outside the BMP would be coloured off by one per such character, so it stays plain.
        if any(ord(ch) > 0xFFFF for ch in text):
            return
        for rx, f in self._formats:
            for m in rx.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), f)


class TeiPreview(QWidget):
    """The open document as TEI, read-only, with its validation and report."""

    def __init__(self, store: Store, doc_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.doc_id = doc_id
        self.setWindowTitle("TEI preview — Glossator")
        self.resize(900, 760)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.suggestions = QCheckBox("Include suggestions")
        self.suggestions.toggled.connect(lambda _c: self.render())
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.suggestions)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(9)
        self.text.setFont(mono)
        self.highlighter = XmlHighlighter(self.text.document())
        self.report = QPlainTextEdit(readOnly=True)
        self.report.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.report)
        self.result: TeiResult | None = None
        self.render()

    def render(self) -> TeiResult:
        r = build_tei(self.store, self.doc_id, self.suggestions.isChecked())
        self.result = r
        if r.failure:
            self.status.setText(f"<span style='color:{INVALID}'>Export failed: {r.failure}</span>")
            self.text.setPlainText("")
        else:
            verdict = (
                f"<span style='color:{VALID}'>✓ valid TEI P5</span>"
                if r.valid
                else f"<span style='color:{INVALID}'>✗ {len(r.errors)} validation error(s)</span>"
            )
            self.status.setText(f"<b>{_esc(r.title)}</b> · {len(r.data):,} bytes · {verdict}")
            self.text.setPlainText(r.data.decode("utf-8"))
        self.report.setPlainText(details_text([r]))
        return r


# -- what the window calls -------------------------------------------------------------------


def export_documents(parent: QWidget, store: Store, doc_ids: list[int], folder: str = "") -> Any:
    """Ask where to write, export, and show the results. Returns the report dialog."""
    if not doc_ids:
        return None
    include = False
    if len(doc_ids) == 1:
        doc = store.get_document(doc_ids[0], with_annotations=False)
        suggested = str(Path(folder or ".") / file_name(doc.id, doc.title))
        path, _ = QFileDialog.getSaveFileName(
            parent, "Export TEI", suggested, "TEI P5 (*.xml);;All files (*)"
        )
        if not path:
            return None
        results = [export_to_file(store, doc_ids[0], path, include)]
    else:
        target = QFileDialog.getExistingDirectory(parent, "Export every document as TEI", folder)
        if not target:
            return None
        results = export_to_folder(store, doc_ids, target, include)
    dialog = TeiReportDialog(results, parent)
    dialog.open()
    return dialog


def preview(parent: QWidget, store: Store, doc_id: int) -> QWidget | None:
    window = TeiPreview(store, doc_id, None)
    window.show()
    return window


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
