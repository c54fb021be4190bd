"""Every action of the main window, declared in one place: its text, shortcut, tip, and the
window method it calls. Menus and toolbars are built from these names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QAction, QKeySequence

from glossator.model import TAXONOMY
from gui.textview import type_icon

if TYPE_CHECKING:
    from gui.mainwindow import MainWindow

# One key per annotation type, pressed in the text.
TYPE_KEYS: dict[str, str] = {
    "persName": "P",
    "orgName": "O",
    "placeName": "L",
    "date": "D",
    "term": "T",
    "foreign": "F",
    "bibl": "B",
    "note": "N",
    "q": "Q",
}

Shortcut = str | QKeySequence.StandardKey | tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    text: str
    slot: str  # a MainWindow method, or one of a part of it ("translation_dock.run_check")
    shortcut: Shortcut = None
    tip: str = ""
    in_text: bool = False  # a single key: active only while the text has focus
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "import",
        "&Import…",
        "import_dialog",
        QKeySequence.StandardKey.Open,
        "Import .txt and .html files or folders (or drop them on the window)",
    ),
    ActionSpec(
        "import_revision",
        "Import &corrected text…",
        "import_revision_dialog",
        tip="Replace the open document's text with a corrected version from a file; its "
        "annotations follow the text, those that cannot be placed are listed apart",
    ),
    ActionSpec(
        "export_tei",
        "&Export TEI…",
        "export_tei_current",
        "Ctrl+E",
        "Export the open document as TEI P5, validated",
    ),
    ActionSpec(
        "export_tei_all",
        "Export &all as TEI…",
        "export_tei_all",
        "Ctrl+Shift+E",
        "Export every document as TEI P5 into a folder",
    ),
    ActionSpec(
        "preview_tei",
        "TEI &preview",
        "preview_tei",
        "Ctrl+Shift+P",
        "Show the open document as TEI, read-only",
    ),
    ActionSpec(
        "export_translation_tei",
        "Export translation as TE&I…",
        "translation_dock.export_tei",
        tip="Export the document and its translation as parallel TEI texts, linked block by block",
    ),
    ActionSpec(
        "export_translation_tmx",
        "Export translation as T&MX…",
        "translation_dock.export_tmx",
        tip="Export the translated blocks as a TMX 1.4 translation memory",
    ),
    ActionSpec("settings", "&Settings…", "settings_dialog", QKeySequence.StandardKey.Preferences),
    ActionSpec("quit", "&Quit", "close", QKeySequence.StandardKey.Quit),
    # Edit
    ActionSpec(
        "undo", "&Undo", "undo", ("Ctrl+Z",), "Undo your last change (kept across restarts)"
    ),
    ActionSpec("redo", "&Redo", "redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo what you undid"),
    ActionSpec("find", "&Find in document…", "find", QKeySequence.StandardKey.Find),
    ActionSpec(
        "search_corpus",
        "Search the &corpus…",
        "search_corpus",
        "Ctrl+Shift+F",
        "Full text and term forms across every document",
    ),
    ActionSpec(
        "delete", "&Delete annotation", "delete_annotation", ("Del", "Backspace"), in_text=True
    ),
    ActionSpec(
        "set_span",
        "Set span to &selection",
        "set_span_to_selection",
        "Ctrl+Shift+S",
        "Move the current annotation's ends to the selected text",
    ),
    ActionSpec(
        "place_orphan",
        "&Place here",
        "place_orphan",
        "Ctrl+Shift+H",
        "Place the chosen unplaced annotation on the selected text",
    ),
    ActionSpec(
        "delete_orphan",
        "Delete unplaced",
        "delete_orphan",
        tip="Delete the chosen unplaced annotation",
    ),
    # Annotate
    ActionSpec(
        "accept", "&Accept", "accept_current", "A", "Accept the current suggestion", in_text=True
    ),
    ActionSpec(
        "reject", "&Reject", "reject_current", "R", "Reject the current suggestion", in_text=True
    ),
    ActionSpec(
        "next_suggestion",
        "&Next suggestion",
        "next_suggestion",
        ("J", "F3"),
        "Go to the next suggestion",
        in_text=True,
    ),
    ActionSpec(
        "previous_suggestion",
        "&Previous suggestion",
        "previous_suggestion",
        ("K", "Shift+F3"),
        "Go to the previous suggestion",
        in_text=True,
    ),
    ActionSpec(
        "accept_all",
        "Accept all in selection",
        "accept_all_in_selection",
        "Shift+A",
        "Accept every suggestion in the selection (of the current annotation's type, "
        "if one is current)",
        in_text=True,
    ),
    ActionSpec(
        "reject_all",
        "Reject all in selection",
        "reject_all_in_selection",
        "Shift+R",
        "Reject every suggestion in the selection",
        in_text=True,
    ),
    ActionSpec(
        "link",
        "&Link transliteration…",
        "link_transliteration",
        "Ctrl+L",
        "Link romanized Russian to its Cyrillic form and a term base concept",
    ),
    # View
    ActionSpec(
        "termbase",
        "&Term base",
        "show_termbase",
        "Ctrl+T",
        "Concepts with their forms; merge; occurrences across the corpus",
    ),
    ActionSpec(
        "translation",
        "Tra&nslation",
        "translation_dock.open_pane",
        "Ctrl+Shift+T",
        "Translate the document block by block, beside its source",
    ),
    ActionSpec(
        "check_translation",
        "&Check translation",
        "translation_dock.run_check",
        "F7",
        "List blocks where a term's target form is missing or a name is spelt otherwise "
        "than in the term base",
    ),
    ActionSpec("next_occurrence", "Next occurrence of term", "next_occurrence", "F4"),
    ActionSpec(
        "previous_occurrence", "Previous occurrence of term", "previous_occurrence", "Shift+F4"
    ),
    ActionSpec("shortcuts", "&Keyboard shortcuts", "show_shortcuts", "F1"),
    ActionSpec("about", "&About Glossator", "show_about"),
)


def _sequences(shortcut: Shortcut) -> list[QKeySequence]:
    if shortcut is None:
        return []
    if isinstance(shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(shortcut)
    if isinstance(shortcut, str):
        return [QKeySequence(shortcut)]
    return [QKeySequence(s) for s in shortcut]


def _make(window: MainWindow, spec: ActionSpec, slot: Callable[[], object]) -> QAction:
    action = QAction(spec.text, window)
    action.setObjectName(spec.name)
    keys = _sequences(spec.shortcut)
    if keys:
        action.setShortcuts(keys)
    tip = spec.tip or spec.text.replace("&", "").rstrip("…")
    if keys:
        tip += f" ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    if spec.in_text:
        # Single keys must not fire while the user types a name in a field.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.text_view.addAction(action)
    else:
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)
    return action


def _slot(window: MainWindow, path: str) -> Callable[[], object]:
    target: object = window
    for name in path.split("."):
        target = getattr(target, name)
    return target  # type: ignore[return-value]


def create_actions(window: MainWindow) -> dict[str, QAction]:
    """The window's actions by name: those of :data:`ACTIONS` and one per annotation type
    (``annotate:persName``...)."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        actions[spec.name] = _make(window, spec, _slot(window, spec.slot))
    for t in TAXONOMY:
        key = TYPE_KEYS.get(t.name)
        spec = ActionSpec(
            f"annotate:{t.name}",
            f"{t.label} ({t.name})",
            "annotate_as",
            key,
            f"Annotate the selection as {t.label.lower()}, or retype the current annotation",
            in_text=True,
        )
        action = _make(window, spec, partial(window.annotate_as, t.name))
        action.setIcon(type_icon(t.name))
        actions[spec.name] = action
    return actions


def shortcut_table(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for the shortcuts window."""
    out = []
    for name, action in actions.items():
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            out.append((", ".join(keys), action.text().replace("&", "")))
        del name
    return out
