"""The dependency direction is gui -> tei -> glossator; it is checked on the source, so a
forbidden import fails here before it can spread."""

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
            # importlib.import_module("gui...") would dodge the check: flag literal targets.
            if node.args and isinstance(node.args[0], ast.Constant):
                names.add(str(node.args[0].value))
    return names


def top(name: str) -> str:
    return name.split(".")[0]


def python_files(package: str) -> list[Path]:
    return sorted((REPO / package).rglob("*.py"))


@pytest.mark.parametrize("path", python_files("glossator"), ids=lambda p: str(p.relative_to(REPO)))
def test_core_imports_no_qt_and_no_gui(path):
    tops = {top(m) for m in imported_modules(path)}
    assert not tops & {"PyQt6", "PyQt5", "PySide6", "gui"}, f"{path} imports the GUI layer"
    if path.relative_to(REPO).as_posix() != "glossator/cli.py":
        assert "tei" not in tops, f"{path} imports tei; only glossator/cli.py may"


@pytest.mark.parametrize("path", python_files("tei"), ids=lambda p: str(p.relative_to(REPO)))
def test_tei_imports_no_gui_and_no_store(path):
    mods = imported_modules(path)
    assert not {top(m) for m in mods} & {"PyQt6", "gui"}
    assert not any(m.startswith("glossator.store") for m in mods), f"{path} uses the store"


# SQL as this project writes it: upper-case keywords (prose in docstrings is not matched).
SQL = re.compile(
    r"\b(SELECT\b.*\bFROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b", re.S
)


@pytest.mark.parametrize(
    "path",
    [p for pkg in ("glossator", "tei", "gui") for p in python_files(pkg)],
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_sql_only_in_the_store(path):
    if "glossator/store/" in path.relative_to(REPO).as_posix():
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not SQL.search(node.value), f"SQL outside the store in {path}: {node.value!r}"


def test_the_check_sees_a_forbidden_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from PyQt6.QtWidgets import QWidget\nimport importlib\n"
        "importlib.import_module('gui.app')\n"
    )
    assert {"PyQt6.QtWidgets", "gui.app", "importlib"} <= imported_modules(bad)


def test_the_sql_check_sees_sql():
    assert SQL.search("SELECT id FROM documents")
    assert SQL.search("INSERT INTO annotations (id) VALUES (1)")
    assert not SQL.search("Select the rows from the table, as people say")
