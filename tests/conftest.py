import os
from pathlib import Path

# Qt must never look for a display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GLOSSATOR_AUTHOR", "tester")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_cc7236b206390885.txt"
# Reference data shared by the team; read in place, never copied into the project.
SHARED = REPO.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "annotations.db"


@pytest.fixture
def store(db_path):
    from glossator.store import Store

    s = Store(db_path, author="tester")
    yield s
    s.close()


# -- the desktop window, shared by the GUI tests ---------------------------------------------


@pytest.fixture
def settings(tmp_path):
    from PyQt6.QtCore import QSettings

    from gui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def open_window(qtbot, store, settings, doc_id=1):
    from gui.mainwindow import MainWindow

    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.select_document(doc_id)
    window.text_view.setFocus()
    return window


@pytest.fixture
def window(qtbot, store, settings):
    from glossator.importer import ensure_seeded

    ensure_seeded(store)
    w = open_window(qtbot, store, settings)
    yield w
    w.close()  # before the store closes
