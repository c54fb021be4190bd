"""Typed settings over QSettings: the author's name, the romanization scheme, fonts, and the
window's layout and recent state."""

from __future__ import annotations

from PyQt6.QtCore import QByteArray, QSettings
from PyQt6.QtGui import QFont

from glossator.analysis import DEFAULT_SCHEME
from glossator.translit import SCHEMES

ORGANIZATION = "Glossator"
APPLICATION = "Glossator"


class Settings:
    """The application's settings. Give a QSettings (tests use an .ini file in a temporary
    folder); by default the user's."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings(ORGANIZATION, APPLICATION)

    def _str(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int = 0) -> int:
        try:
            return int(self.q.value(key, default))
        except (TypeError, ValueError):
            return default

    # -- the user ------------------------------------------------------------------------

    @property
    def author(self) -> str:
        return self._str("user/author").strip()

    @author.setter
    def author(self, name: str) -> None:
        self.q.setValue("user/author", name.strip())

    @property
    def scheme(self) -> str:
        scheme = self._str("user/scheme", DEFAULT_SCHEME)
        return scheme if scheme in SCHEMES else DEFAULT_SCHEME

    @scheme.setter
    def scheme(self, name: str) -> None:
        if name not in SCHEMES:
            raise ValueError(f"unknown romanization scheme {name!r}")
        self.q.setValue("user/scheme", name)

    # -- fonts ---------------------------------------------------------------------------

    def text_font(self, default: QFont) -> QFont:
        spec = self._str("fonts/text")
        font = QFont(default)
        if spec and font.fromString(spec):
            return font
        return default

    def set_text_font(self, font: QFont) -> None:
        self.q.setValue("fonts/text", font.toString())

    # -- window and recent state ----------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    @property
    def last_document(self) -> int | None:
        value = self._int("recent/document", 0)
        return value or None

    @last_document.setter
    def last_document(self, doc_id: int | None) -> None:
        self.q.setValue("recent/document", int(doc_id or 0))

    def last_position(self, doc_id: int) -> int:
        return self._int(f"recent/position/{doc_id}", 0)

    def set_last_position(self, doc_id: int, position: int) -> None:
        self.q.setValue(f"recent/position/{doc_id}", int(position))

    @property
    def import_folder(self) -> str:
        return self._str("recent/import_folder")

    @import_folder.setter
    def import_folder(self, folder: str) -> None:
        self.q.setValue("recent/import_folder", folder)

    @property
    def export_folder(self) -> str:
        return self._str("recent/export_folder")

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self.q.setValue("recent/export_folder", folder)

    def sync(self) -> None:
        self.q.sync()
