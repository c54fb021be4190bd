"""The main window: the corpus, the open document's text, its Russian terms and the
inspector of the current annotation. Every action is one call on the document session (or
the store) followed by a refresh; the decisions are in :mod:`glossator.editing`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PyQt6.QtCore import QEvent, QSize, Qt, QTimer
from PyQt6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PyQt6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from glossator.editing import DocumentSession, describe_error, head_form
from glossator.errors import NotFoundError
from glossator.model import TAXONOMY
from glossator.store import SearchHit, Store
from gui import tei_support
from gui.actions import TYPE_KEYS, create_actions, shortcut_table
from gui.dialogs import (
    LinkDialog,
    SettingsDialog,
    ShortcutsDialog,
    import_summary,
    import_with_progress,
    show_import_failures,
)
from gui.docks import DocumentsDock, InspectorDock, SearchDock, TermsDock
from gui.settings import Settings
from gui.termbase import TermBaseWindow
from gui.textview import DocumentView, FindBar, default_text_font, type_label
from gui.translation import TranslationDock
from gui.unplaced import UnplacedDock

_FAILED = object()  # what _run returns when the change was refused
TRANSLATION_ACTIONS = (
    "translation",
    "check_translation",
    "export_translation_tei",
    "export_translation_tmx",
)
SUGGESTION_ORIGIN_LABELS = {"auto:translit": "romanized Russian", "auto:script": "Cyrillic"}


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or Settings()
        self.session: DocumentSession | None = None
        self.current_id: int | None = None
        self.term_id: int | None = None
        self._term_spans: list[tuple[int, int]] = []
        self._term_at = -1
        self._seen_change = self._latest_change()
        self.termbase_window: TermBaseWindow | None = None
        self.link_dialog: LinkDialog | None = None
        self.tei_window: QWidget | None = None
        self.tei_report: QWidget | None = None
        self.setWindowTitle(f"Glossator — {Path(store.path).name}")
        self.resize(1440, 900)
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        # The text, with the find bar under it.
        self.text_view = DocumentView()
        self.text_view.setAcceptDrops(False)
        self.text_view.setFont(self.settings.text_font(default_text_font()))
        self.text_view.selectionMoved.connect(self._selection_moved)
        self.text_view.contextMenuWanted.connect(self._context_menu)
        self.find_bar = FindBar(self.text_view)
        self.title_label = QLabel()
        self.title_label.setObjectName("doc_title")
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet(
            "QLabel#doc_title { font-weight: 600; padding: 6px 10px; color: #333;"
            " background: #f4f4f2; border-bottom: 1px solid #ddd; }"
        )
        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.title_label)
        cl.addWidget(self.text_view, 1)
        cl.addWidget(self.find_bar)
        self.setCentralWidget(center)

        # Docks.
        self.documents_dock = DocumentsDock(store, self)
        self.documents_dock.documentChosen.connect(self.show_document)
        self.terms_dock = TermsDock(self)
        self.terms_dock.termChosen.connect(self.choose_term)
        self.terms_dock.stepOccurrence.connect(self.step_occurrence)
        self.terms_dock.openInTermBase.connect(self.show_termbase)
        self.inspector = InspectorDock(self)
        self.inspector.typeChanged.connect(lambda i, t: self._edit(lambda s: s.set_type(i, t), i))
        self.inspector.statusChanged.connect(
            lambda i, st: self._edit(lambda s: s.set_status(i, st), i)
        )
        self.inspector.spanChanged.connect(
            lambda i, a, b: self._edit(lambda s: s.set_span(i, a, b), i)
        )
        self.inspector.attributesChanged.connect(
            lambda i, attrs: self._edit(lambda s: s.set_attributes(i, attrs), i, terms=True)
        )
        self.inspector.noteChanged.connect(lambda i, n: self._edit(lambda s: s.set_note(i, n), i))
        self.inspector.conceptOpened.connect(self.show_termbase)
        self.inspector.deleteWanted.connect(lambda i: self.delete_annotation(i))
        self.search_dock = SearchDock(store, self)
        self.search_dock.hitChosen.connect(self.open_search_hit)
        self.translation_dock = TranslationDock(store, self)
        self.translation_dock.blockChosen.connect(self.text_view.select_span)
        self.translation_dock.edited.connect(self._update_undo_actions)
        self.translation_dock.message.connect(self.statusBar().showMessage)
        self.unplaced_dock = UnplacedDock(self)
        self.unplaced_dock.goToWanted.connect(self.text_view.set_cursor)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(left, self.documents_dock)
        self.addDockWidget(right, self.terms_dock)
        self.addDockWidget(right, self.inspector)
        self.addDockWidget(left, self.search_dock)
        self.splitDockWidget(self.documents_dock, self.search_dock, Qt.Orientation.Vertical)
        self.search_dock.hide()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.translation_dock)
        self.translation_dock.hide()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.unplaced_dock)
        self.unplaced_dock.hide()
        self.resizeDocks([self.documents_dock], [290], Qt.Orientation.Horizontal)
        self.resizeDocks([self.terms_dock], [560], Qt.Orientation.Horizontal)
        self.resizeDocks([self.terms_dock, self.inspector], [330, 520], Qt.Orientation.Vertical)

        self.actions_by_name: dict[str, QAction] = create_actions(self)
        self.translation_dock.add_actions(
            [self.action(n) for n in TRANSLATION_ACTIONS if n != "translation"]
        )
        self.unplaced_dock.add_actions([self.action("place_orphan"), self.action("delete_orphan")])
        self._build_menus()
        self._build_toolbars()
        self._build_status_bar()
        self._term_timer = QTimer(self, singleShot=True, interval=120)
        self._term_timer.timeout.connect(self._sync_term_with_text)
        self._pending_selection = (0, 0)
        self._terms_timer = QTimer(self, singleShot=True, interval=0)
        self._terms_timer.timeout.connect(self.refresh_terms)
        tei_support.configure_actions(self.actions_by_name)
        self._update_undo_actions()
        self._update_document_actions()
        self._restore_layout()

    # -- building --------------------------------------------------------------------------

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    def _build_menus(self) -> None:
        a = self.actions_by_name
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for name in (
            "import",
            "import_revision",
            None,
            "export_tei",
            "export_tei_all",
            "preview_tei",
            "export_translation_tei",
            "export_translation_tmx",
            None,
            "settings",
            None,
            "quit",
        ):
            file_menu.addSeparator() if name is None else file_menu.addAction(a[name])
        edit = bar.addMenu("&Edit")
        for name in ("undo", "redo", None, "find", "search_corpus", None, "delete", "set_span"):
            edit.addSeparator() if name is None else edit.addAction(a[name])
        annotate = bar.addMenu("&Annotate")
        for t in TAXONOMY:
            annotate.addAction(a[f"annotate:{t.name}"])
        annotate.addSeparator()
        for name in (
            "accept",
            "reject",
            "next_suggestion",
            "previous_suggestion",
            None,
            "accept_all",
            "reject_all",
            None,
            "link",
            None,
            "place_orphan",
        ):
            annotate.addSeparator() if name is None else annotate.addAction(a[name])
        view = bar.addMenu("&View")
        view.addAction(a["termbase"])
        view.addAction(a["next_occurrence"])
        view.addAction(a["previous_occurrence"])
        view.addAction(a["translation"])
        view.addAction(a["check_translation"])
        view.addSeparator()
        for dock in (
            self.documents_dock,
            self.terms_dock,
            self.inspector,
            self.search_dock,
            self.unplaced_dock,
        ):
            view.addAction(dock.toggleViewAction())
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(a["shortcuts"])
        help_menu.addAction(a["about"])

    def _build_toolbars(self) -> None:
        a = self.actions_by_name
        main = QToolBar("Main")
        main.setObjectName("main_toolbar")
        main.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        main.setMovable(False)
        for name in (
            "import",
            None,
            "undo",
            "redo",
            None,
            "previous_suggestion",
            "next_suggestion",
            "accept",
            "reject",
            None,
            "link",
            "termbase",
            "find",
        ):
            main.addSeparator() if name is None else main.addAction(a[name])
        a["previous_suggestion"].setIconText("◀ Previous")
        a["next_suggestion"].setIconText("Next ▶")
        a["accept"].setIconText("✓ Accept")
        a["reject"].setIconText("✗ Reject")
        a["link"].setIconText("Link…")
        a["import"].setIconText("Import…")
        self.addToolBar(main)
        types = QToolBar("Annotation types")
        types.setObjectName("types_toolbar")
        types.setIconSize(QSize(12, 12))
        types.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        types.setMovable(False)
        for t in TAXONOMY:
            act = a[f"annotate:{t.name}"]
            key = TYPE_KEYS.get(t.name)
            act.setIconText(f"{t.label} {key}" if key else t.label)
            types.addAction(act)
        self.addToolBarBreak()
        self.addToolBar(types)

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel()
        self.user_label = QLabel()
        sb = self.statusBar()
        sb.addPermanentWidget(self.counts_label)
        sb.addPermanentWidget(self.user_label)
        self._show_user()
        sb.showMessage("Ready")

    def _show_user(self) -> None:
        self.user_label.setText(f"  {self.store.author} · {self.settings.scheme}  ")

    def _restore_layout(self) -> None:
        geometry, state = self.settings.geometry(), self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    # -- documents ---------------------------------------------------------------------------

    @property
    def documents(self):
        return self.documents_dock.model

    def select_document(self, document_id: int) -> None:
        if not self.documents_dock.select(document_id):
            self.show_document(document_id)

    def show_document(self, document_id: int) -> None:
        if self.session is not None and self.session.doc_id == document_id:
            return
        self.inspector.commit_note()
        self._remember_position()
        try:
            session = DocumentSession(self.store, document_id, self.settings.scheme)
        except NotFoundError as exc:
            self.statusBar().showMessage(str(exc))
            return
        self.session = session
        self.current_id = None
        self.term_id = None
        self._term_spans, self._term_at = [], -1
        self.text_view.show_session(session)
        self.translation_dock.show_document(document_id)
        self.inspector.show_annotation(None)
        doc = session.document
        self.title_label.setText(doc.title)
        self.title_label.setToolTip(
            f"{doc.source_name} · {doc.encoding} · {len(doc.text):,} characters · "
            f"imported {doc.imported_at[:16].replace('T', ' ')}"
        )
        self.refresh_terms()
        self._show_counts()
        self._refresh_orphans(reveal=True)
        self.settings.last_document = document_id
        position = self.settings.last_position(document_id)
        if 0 < position <= len(session.text):
            self.text_view.set_cursor(position)
        if self.find_bar.isVisible():
            self.find_bar.search(self.find_bar.edit.text())
        self._update_document_actions()
        self.statusBar().showMessage(
            f"{doc.source_name} · {doc.encoding} · {len(doc.text):,} characters · "
            f"{len(doc.spans)} Russian spans",
            5000,
        )

    def _remember_position(self) -> None:
        if self.session is not None:
            self.settings.set_last_position(self.session.doc_id, self.text_view.position())

    def _show_counts(self) -> None:
        if self.session is None:
            self.counts_label.setText("")
            return
        c = self.session.counts()
        self.counts_label.setText(
            f"  {c['suggested']} suggested · {c['accepted']} accepted · {c['rejected']} rejected  "
        )
        self.documents.update_counts(self.session.doc_id, c["accepted"], c["suggested"])

    def _update_document_actions(self) -> None:
        has_doc = self.session is not None
        for name in (
            "accept",
            "reject",
            "next_suggestion",
            "previous_suggestion",
            "link",
            "delete",
            "set_span",
            "accept_all",
            "reject_all",
            "find",
            "next_occurrence",
            "previous_occurrence",
            "import_revision",
            "place_orphan",
            "delete_orphan",
        ):
            self.action(name).setEnabled(has_doc)
        for t in TAXONOMY:
            self.action(f"annotate:{t.name}").setEnabled(has_doc)
        for name in TRANSLATION_ACTIONS:
            self.action(name).setEnabled(has_doc)
        tei_support.configure_actions(self.actions_by_name, has_doc)

    # -- import --------------------------------------------------------------------------------

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            "Import documents",
            self.settings.import_folder,
            "Texts (*.txt *.text *.html *.htm);;All files (*)",
        )
        if paths:
            self.settings.import_folder = str(Path(paths[0]).parent)
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        report, cancelled = import_with_progress(self, self.store, paths)
        self.documents.refresh()
        self._seen_change = self._latest_change()
        if report.imported:
            last = report.imported[-1].outcome
            assert last is not None
            self.select_document(last.document_id)
        elif report.duplicates:
            dup = report.duplicates[-1].outcome
            assert dup is not None
            self.select_document(dup.document_id)
        line, _details = import_summary(report, cancelled)
        self.statusBar().showMessage(line)
        if report.failed:
            show_import_failures(self, report)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # -- a corrected text -----------------------------------------------------------------

    def import_revision_dialog(self) -> None:
        if self.session is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            f"Import a corrected text of “{self.session.title}”",
            self.settings.import_folder,
            "Texts (*.txt *.text *.html *.htm);;All files (*)",
        )
        if path:
            self.settings.import_folder = str(Path(path).parent)
            self.import_revision(path)

    def import_revision(self, path: str) -> bool:
        """Make the file's text the open document's new revision; its annotations follow
        the text, and those that cannot be placed are listed in the Unplaced dock."""
        session = self.session
        if session is None:
            return False
        self.inspector.commit_note()
        self.translation_dock.commit()
        try:
            result = session.revise_from_file(path)
        except Exception as exc:
            message = describe_error(exc)
            if message is None:
                raise
            QMessageBox.warning(self, "Import corrected text", message)
            return False
        self._reload_document()
        self.documents.refresh()
        self.documents_dock.select(session.doc_id)
        self.statusBar().showMessage(result.summary())
        return True

    def _reload_document(self) -> None:
        """Show the open document's text again after it changed (a new revision)."""
        session = self.session
        if session is None:
            return
        position = self.text_view.position()
        self.current_id = None
        self.term_id = None
        self._term_spans, self._term_at = [], -1
        self.text_view.show_session(session)
        self.text_view.set_cursor(position)
        self.inspector.show_annotation(None)
        doc = session.document
        self.title_label.setText(doc.title)
        self.refresh_terms()
        self._show_counts()
        self._refresh_orphans(reveal=True)
        self.translation_dock.reload()
        self._seen_change = self._latest_change()
        self._update_undo_actions()
        if self.find_bar.isVisible():
            self.find_bar.search(self.find_bar.edit.text())

    # -- annotations a corrected text left unplaced ----------------------------------------

    def _refresh_orphans(self, reveal: bool = False) -> None:
        """List the open document's unplaced annotations; the dock hides when there are
        none and shows itself when there are new ones (or ``reveal``)."""
        before = self.unplaced_dock.model.rowCount()
        orphans = self.session.orphans() if self.session is not None else []
        self.unplaced_dock.set_orphans(orphans)
        if not orphans:
            self.unplaced_dock.hide()
        elif reveal or len(orphans) > before:
            self.unplaced_dock.show()
            self.unplaced_dock.raise_()

    def place_orphan(self) -> None:
        if self.session is None:
            return
        ann_id = self.unplaced_dock.current()
        if ann_id is None:
            self.statusBar().showMessage("Choose an unplaced annotation first", 4000)
            return
        start, end = self.text_view.selection()
        if start == end:
            self.statusBar().showMessage("Select the text to place the annotation on", 4000)
            return
        a = self._edit(lambda s: s.place_orphan(ann_id, start, end), terms=True)
        if a is not None:
            self.set_current(a.id)
            self.statusBar().showMessage(f"Placed {type_label(a.type)} on “{a.quote}”", 4000)

    def delete_orphan(self) -> None:
        ann_id = self.unplaced_dock.current()
        if self.session is None or ann_id is None:
            self.statusBar().showMessage("Choose an unplaced annotation first", 4000)
            return
        a = self._edit(lambda s: s.delete_orphan(ann_id))
        if a is not None:
            self.statusBar().showMessage(
                f"Deleted the unplaced {type_label(a.type)} “{a.quote}”", 4000
            )

    # -- the current annotation -----------------------------------------------------------

    def _selection_moved(self, start: int, end: int) -> None:
        if self.session is None:
            return
        self.set_current(self.session.pick(start, end), scroll=False)
        self._pending_selection = (start, end)
        self._term_timer.start()

    def set_current(self, ann_id: int | None, scroll: bool = False) -> None:
        session = self.session
        if session is None or ann_id is None or ann_id not in session.index:
            self.current_id = None
            self.text_view.set_current(None)
            self.inspector.show_annotation(None)
            return
        self.current_id = ann_id
        span = session.span_of(ann_id)
        self.text_view.set_current(span)
        if scroll:
            self.text_view.blockSignals(True)
            self.text_view.select_span(*span)
            self.text_view.blockSignals(False)
            self._pending_selection = span
            self._term_timer.start()
        a = session.annotation(ann_id)
        self.inspector.show_annotation(a, self._concept_text(a.attributes.get("concept")))

    def _concept_text(self, concept: Any) -> str:
        if concept is None:
            return ""
        try:
            term = self.store.get_term(int(concept))
        except (NotFoundError, ValueError):
            return f"concept {concept} (no longer in the term base)"
        ru, en = head_form(term, "ru"), head_form(term, "en")
        names = " — ".join(x.text for x in (ru, en) if x is not None)
        links = self.store.links_of_term(int(concept))
        kinds = ", ".join(sorted({k for k, _s, _t in links})) or "no links"
        return (
            f"<a href='concept:{term.id}'>concept {term.id}</a> {names} "
            f"<span style='color:#888'>({term.status}, {len(term.forms)} forms; {kinds})</span>"
        )

    def _sync_term_with_text(self) -> None:
        """Selecting text highlights its term."""
        if self.session is None:
            return
        start, end = self._pending_selection
        concept = self.session.concept_at(start, end)
        if concept is None:
            return
        if concept != self.term_id:
            self.term_id = concept
            self._term_spans = [(s, e) for s, e, _i in self.session.term_occurrences(concept)]
            self.text_view.set_term_occurrences(self._term_spans)
        self.terms_dock.show_concept(concept)
        self._term_at = next(
            (i for i, (s, e) in enumerate(self._term_spans) if s <= start <= e), self._term_at
        )
        self._show_term_position()

    # -- edits -----------------------------------------------------------------------------------

    def _run(self, operation: Callable[[], Any]) -> Any:
        """Run one change; a failure a person can meet is shown, not raised."""
        try:
            return operation()
        except Exception as exc:
            message = describe_error(exc)
            if message is None:
                raise
            self.statusBar().showMessage(message, 8000)
            QApplication.beep()
            return _FAILED

    def _edit(
        self,
        change: Callable[[DocumentSession], Any],
        ann_id: int | None = None,
        terms: bool = False,
        message: str = "",
    ) -> Any:
        session = self.session
        if session is None:
            return None
        stale = self._latest_change() != self._seen_change
        result = self._run(lambda: change(session))
        if result is _FAILED:
            if ann_id is not None:
                self.set_current(ann_id)  # show the stored state again
            return None
        self._after_change(terms=terms)
        if stale:  # another window or program wrote meanwhile: show its changes too
            self._seen_change = None
            self.check_external_changes(force=True)
        if message and result is not None:
            self.statusBar().showMessage(message, 4000)
        return result

    def _after_change(self, terms: bool = False, undoable: bool = True) -> None:
        self.text_view.refresh_highlights()
        self.set_current(self.current_id)
        self._show_counts()
        self._refresh_orphans()
        if undoable:
            self.action("undo").setEnabled(True)
            self.action("redo").setEnabled(False)
        self._seen_change = self._latest_change()
        if terms:
            self._terms_timer.start()

    def annotate_as(self, type_name: str) -> None:
        if self.session is None:
            return
        start, end = self.text_view.selection()
        a = self._edit(lambda s: s.apply_type(start, end, type_name, self.current_id))
        if a is not None:
            self.set_current(a.id)
            self.statusBar().showMessage(f"{type_label(type_name)}: “{a.quote}”", 4000)

    def _status_of_current(self, status: str) -> None:
        session = self.session
        if session is None:
            return
        if self.current_id is None:
            self.statusBar().showMessage("Step to a suggestion first (J, K)", 4000)
            return
        ann_id = self.current_id
        was = session.index.get(ann_id)
        a = self._edit(lambda s: s.set_status(ann_id, status))
        if a is None:
            return
        if "concept" in a.attributes:  # its term's count changed
            self._terms_timer.start()
        self.statusBar().showMessage(f"{status.capitalize()}: “{a.quote}”", 4000)
        if was is not None and was[4] == "suggested":
            self._step_suggestion(True, from_pos=a.start)

    def accept_current(self) -> None:
        self._status_of_current("accepted")

    def reject_current(self) -> None:
        self._status_of_current("rejected")

    def _status_in_selection(self, status: str, type_name: str | None = None) -> int:
        if self.session is None:
            return 0
        start, end = self.text_view.selection()
        if start == end:
            self.statusBar().showMessage("Select the passage first", 4000)
            return 0
        if type_name is None and self.current_id is not None:
            p = self.session.index.get(self.current_id)
            if p is not None and start <= p[1] and p[2] <= end:
                type_name = p[3]
        n = self._edit(lambda s: s.set_status_in(start, end, status, type_name), terms=True)
        if n is None:  # it failed, and the status bar says why
            return 0
        kind = f" {type_name}" if type_name else ""
        self.statusBar().showMessage(f"{n}{kind} suggestions {status}", 4000)
        return n

    def accept_all_in_selection(self, type_name: str | None = None) -> int:
        return self._status_in_selection("accepted", type_name)

    def reject_all_in_selection(self, type_name: str | None = None) -> int:
        return self._status_in_selection("rejected", type_name)

    def delete_annotation(self, ann_id: int | None = None) -> None:
        target = ann_id if ann_id is not None else self.current_id
        if self.session is None or target is None:
            return
        quote = self.session.quote(*self.session.span_of(target))
        self.current_id = None
        if self._run(lambda: self.session.delete(target)) is not _FAILED:  # type: ignore[union-attr]
            self._after_change(terms=True)
            self.statusBar().showMessage(f"Deleted the annotation of “{quote}”", 4000)

    def set_span_to_selection(self) -> None:
        if self.session is None or self.current_id is None:
            self.statusBar().showMessage("Choose an annotation first", 4000)
            return
        start, end = self.text_view.selection()
        if start == end:
            self.statusBar().showMessage("Select the new extent of the annotation", 4000)
            return
        ann_id = self.current_id
        self._edit(lambda s: s.set_span(ann_id, start, end), ann_id)

    # -- stepping through suggestions ----------------------------------------------------------

    def _step_suggestion(self, forward: bool, from_pos: int | None = None) -> int | None:
        if self.session is None:
            return None
        if from_pos is None:
            if self.current_id is not None and self.current_id in self.session.index:
                from_pos = self.session.span_of(self.current_id)[0]
            else:
                from_pos = self.text_view.position() - (1 if forward else 0)
        ann_id = self.session.next_suggestion(from_pos, forward)
        if ann_id is None:
            self.statusBar().showMessage("No suggestions left in this document", 4000)
            self.set_current(None)
            return None
        self.set_current(ann_id, scroll=True)
        p = self.session.index.get(ann_id)
        assert p is not None
        a = self.inspector.annotation
        origin = SUGGESTION_ORIGIN_LABELS.get(a.origin, a.origin) if a else ""
        left = self.session.index.suggested_count()
        self.statusBar().showMessage(
            f"Suggestion: {type_label(p[3])} ({origin}) — A accept, R reject, J/K next/previous"
            f" · {left} left",
        )
        return ann_id

    def next_suggestion(self) -> int | None:
        return self._step_suggestion(True)

    def previous_suggestion(self) -> int | None:
        return self._step_suggestion(False)

    # -- undo -------------------------------------------------------------------------------------

    def _update_undo_actions(self) -> None:
        self.action("undo").setEnabled(self.store.can_undo())
        self.action("redo").setEnabled(self.store.can_redo())

    def undo(self) -> None:
        self._undo_redo(True)

    def redo(self) -> None:
        self._undo_redo(False)

    def _undo_redo(self, backwards: bool) -> None:
        self.inspector.commit_note()
        self.translation_dock.commit()
        session = self.session
        try:
            if session is not None:
                touched = session.undo() if backwards else session.redo()
            else:
                (self.store.undo if backwards else self.store.redo)()
                touched = []
        except NotFoundError:
            self.statusBar().showMessage(
                "Nothing to undo" if backwards else "Nothing to redo", 3000
            )
            self._update_undo_actions()
            return
        except Exception as exc:
            message = describe_error(exc)
            if message is None:
                raise
            self.statusBar().showMessage(message, 8000)
            return
        if session is not None:
            self._after_change(terms=True, undoable=False)
            if touched and touched[-1] in session.index:
                self.set_current(touched[-1], scroll=True)
        self.documents.refresh()  # undo may have changed another document's counts
        self.translation_dock.reload()
        self._update_undo_actions()
        if self.termbase_window is not None and self.termbase_window.isVisible():
            self.termbase_window.refresh()
        self.statusBar().showMessage("Undone" if backwards else "Redone", 3000)

    # -- terms -------------------------------------------------------------------------------------

    def refresh_terms(self) -> None:
        if self.session is None:
            self.terms_dock.model.set_rows([])
            return
        self.terms_dock.model.set_rows(self.session.term_rows())
        if self.term_id is not None:
            self.terms_dock.show_concept(self.term_id)
            self._term_spans = [(s, e) for s, e, _ in self.session.term_occurrences(self.term_id)]
            self.text_view.set_term_occurrences(self._term_spans)

    def choose_term(self, concept_id: int) -> None:
        """Selecting a term highlights its occurrences and goes to the first."""
        if self.session is None:
            return
        self.term_id = concept_id
        self._term_spans = [(s, e) for s, e, _ in self.session.term_occurrences(concept_id)]
        self.text_view.set_term_occurrences(self._term_spans)
        self._term_at = -1
        self.step_occurrence(1)

    def step_occurrence(self, step: int) -> None:
        if not self._term_spans:
            return
        self._term_at = (self._term_at + step) % len(self._term_spans)
        s, e = self._term_spans[self._term_at]
        self.text_view.blockSignals(True)
        self.text_view.select_span(s, e)
        self.text_view.blockSignals(False)
        if self.session is not None:
            self.set_current(self.session.pick(s, e))
        self._show_term_position()

    def _show_term_position(self) -> None:
        n = len(self._term_spans)
        at = f"{self._term_at + 1} of {n}" if self._term_at >= 0 else f"{n}"
        self.terms_dock.position.setText(f"Occurrence {at} · F4 next, Shift+F4 previous")

    def next_occurrence(self) -> None:
        self.step_occurrence(1)

    def previous_occurrence(self) -> None:
        self.step_occurrence(-1)

    # -- linking a transliteration ----------------------------------------------------------

    def link_transliteration(self) -> LinkDialog | None:
        """Open the link dialog on the selection (or the current annotation's span)."""
        session = self.session
        if session is None:
            return None
        start, end = self.text_view.selection()
        if start == end and self.current_id is not None:
            start, end = session.span_of(self.current_id)
        if start == end:
            self.statusBar().showMessage("Select the romanized Russian to link", 4000)
            return None
        proposal = self._run(lambda: session.link_proposal(start, end))
        if proposal is _FAILED:
            return None
        dialog = LinkDialog(proposal, self)
        dialog.accepted.connect(lambda: self._confirm_link(dialog))
        self.link_dialog = dialog
        dialog.open()
        return dialog

    def _confirm_link(self, dialog: LinkDialog) -> None:
        values = dialog.values()
        result = self._edit(lambda s: s.confirm_link(dialog.proposal, **values), terms=True)
        if result is None:
            return
        self.set_current(result.annotation.id)
        made = "a new concept" if result.concept_created else f"concept {result.concept_id}"
        self.statusBar().showMessage(
            f"Linked “{dialog.proposal.latin}” to {values['cyrillic']} in {made}", 6000
        )
        if self.termbase_window is not None and self.termbase_window.isVisible():
            self.termbase_window.refresh(result.concept_id)

    # -- the term base window ------------------------------------------------------------------

    def show_termbase(self, concept_id: int | None = None) -> TermBaseWindow:
        if self.termbase_window is None:
            self.termbase_window = TermBaseWindow(self.store)
            self.termbase_window.occurrenceChosen.connect(self.open_annotation)
            self.termbase_window.changed.connect(self.refresh_terms)
        w = self.termbase_window
        w.refresh()
        if concept_id is None and self.term_id is not None:
            concept_id = self.term_id
        if concept_id is not None:
            w.select_concept(concept_id)
        w.show()
        w.raise_()
        w.activateWindow()
        return w

    def open_annotation(self, document_id: int, ann_id: int) -> None:
        self.select_document(document_id)
        if self.session is not None and self.session.doc_id == document_id:
            self.set_current(ann_id, scroll=True)
            self.raise_()
            self.activateWindow()

    # -- search ------------------------------------------------------------------------------------

    def find(self) -> None:
        start, end = self.text_view.selection()
        text = self.session.text[start:end] if self.session and 0 < end - start < 80 else ""
        self.find_bar.open(text)

    def search_corpus(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        start, end = self.text_view.selection()
        if self.session and 0 < end - start < 80:
            self.search_dock.edit.setText(self.session.text[start:end])
        self.search_dock.edit.setFocus()
        self.search_dock.edit.selectAll()

    def open_search_hit(self, hit: SearchHit) -> None:
        if hit.kind == "term":
            self.show_termbase(hit.id)
            return
        self.select_document(hit.id)
        words = [w for w in hit.snippet.split("[", 1)[-1].split("]", 1)[:1] if w]
        self.find_bar.open(words[0] if words else self.search_dock.edit.text())

    # -- context menu -----------------------------------------------------------------------------

    def _context_menu(self, event) -> None:
        if self.session is None:
            return
        a = self.actions_by_name
        menu = QMenu(self)
        start, end = self.text_view.selection()
        if start != end:
            annotate = menu.addMenu("Annotate as")
        elif self.current_id is not None:
            annotate = menu.addMenu("Change type to")
        else:
            annotate = None
        if annotate is not None:
            for t in TAXONOMY:
                annotate.addAction(a[f"annotate:{t.name}"])
        if self.current_id is not None:
            menu.addAction(a["accept"])
            menu.addAction(a["reject"])
            menu.addAction(a["delete"])
        menu.addAction(a["link"])
        if start != end:
            types = self.session.suggested_types_in(start, end)
            if types:
                total = sum(types.values())
                for verb, status in (("Accept", "accepted"), ("Reject", "rejected")):
                    sub = menu.addMenu(f"{verb} suggestions in selection")
                    act = sub.addAction(f"All ({total})")
                    act.triggered.connect(
                        lambda _c=False, st=status: self._status_in_selection(st, None)
                    )
                    for type_name, n in types.most_common():
                        act = sub.addAction(f"{type_label(type_name)} ({n})")
                        act.triggered.connect(
                            lambda _c=False, st=status, t=type_name: self._status_in_selection(
                                st, t
                            )
                        )
            if self.current_id is not None:
                menu.addAction(a["set_span"])
            menu.addSeparator()
            quote = " ".join(self.session.text[start:end].split())
            short = quote if len(quote) < 30 else quote[:29] + "…"
            menu.addAction(f"Find “{short}” in document", self.find)
            menu.addAction(f"Search the corpus for “{short}”", self.search_corpus)
        menu.exec(event.globalPos())

    # -- settings, help ----------------------------------------------------------------------------

    def settings_dialog(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self.text_view.font(), self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog))
        dialog.open()
        return dialog

    def apply_settings(self, dialog: SettingsDialog) -> None:
        dialog.save()
        if self.settings.author:
            self.store.author = self.settings.author
        self.text_view.setFont(self.settings.text_font(default_text_font()))
        if self.session is not None:
            self.session.scheme = self.settings.scheme
            self.refresh_terms()
        self._show_user()
        self._update_undo_actions()
        self.statusBar().showMessage("Settings saved", 3000)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(shortcut_table(self.actions_by_name), self).open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Glossator",
            "<b>Glossator</b><br>Annotate English texts that carry Russian, build an "
            "English–Russian term base, export TEI P5.<br><br>Database: "
            f"{self.store.path}<br>Author: {self.store.author}",
        )

    # -- TEI ------------------------------------------------------------------------------------

    def export_tei_current(self) -> None:
        if self.session is not None:
            self._export_tei([self.session.doc_id])

    def export_tei_all(self) -> None:
        self._export_tei([d.id for d in self.store.list_documents()])

    def _export_tei(self, doc_ids: list[int]) -> None:
        self.inspector.commit_note()
        dialog = tei_support.export_documents(
            self, self.store, doc_ids, self.settings.export_folder
        )
        if dialog is not None:
            self.tei_report = dialog
            written = [r.path for r in dialog.results if r.path]
            if written:
                self.settings.export_folder = str(Path(written[0]).parent)
            valid = sum(r.valid for r in dialog.results)
            self.statusBar().showMessage(
                f"Exported {len(dialog.results)} document(s) as TEI, {valid} valid", 6000
            )

    def preview_tei(self) -> None:
        if self.session is not None:
            self.tei_window = tei_support.preview(self, self.store, self.session.doc_id)

    # -- other windows and programs on the same database ----------------------------------------

    def _latest_change(self) -> int:
        return self.store.latest_change_id()

    def check_external_changes(self, force: bool = False) -> bool:
        """Reload what another window or program changed in the database meanwhile."""
        latest = self._latest_change()
        if latest == self._seen_change and not force:
            return False
        self._seen_change = latest
        self.documents.refresh()
        if self.session is not None:
            current = self.current_id
            revision = self.session.document.revision
            self.session.load()
            if self.session.document.revision != revision:  # a corrected text: new offsets
                self._reload_document()
                self.statusBar().showMessage(
                    f"“{self.session.title}” was given a corrected text elsewhere", 6000
                )
            else:
                self.text_view.refresh_highlights()
                self.set_current(current)
                self.refresh_terms()
                self._show_counts()
                self._refresh_orphans()
        self.translation_dock.reload()
        self._update_undo_actions()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.isVisible()
        ):
            self._run(self.check_external_changes)
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._term_timer.stop()
        self._terms_timer.stop()
        self.inspector.commit_note()
        self.translation_dock.commit()
        self._remember_position()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if self.termbase_window is not None:
            self.termbase_window.close()
        super().closeEvent(event)
