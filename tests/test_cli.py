"""The command line as a user meets it: import, list, show, search, analyze, log; bad input
gets one clear line and changes nothing; a killed import leaves a sound database."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from bench.corpus import write_corpus
from glossator.cli import build_parser, main
from glossator.store import Store


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_has_help_text():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, p in sub.choices.items():
        assert p.description, f"`glossator {name}` has no help text"
        for action in p._actions:
            if action.dest not in ("help",) and action.option_strings != ["-h", "--help"]:
                assert action.help, f"`glossator {name}` option {action.dest} has no help"


def test_import_list_show_search_log(capsys, db_path, seed_path):
    code, out, err = run(capsys, "--db", str(db_path), "import", str(seed_path))
    assert code == 0, err
    assert "imported" in out and "as document 1" in out
    code, out, _ = run(capsys, "--db", str(db_path), "list")
    assert code == 0 and "Russia Abroad" in out
    code, out, _ = run(capsys, "show", "1", "--db", str(db_path))
    assert code == 0
    assert "keywords" in out and "navigation" in out and "boilerplate" in out
    assert "Antonio Muňoz" in out  # the editor from the byline
    code, out, _ = run(capsys, "--db", str(db_path), "show", "1", "--json")
    shown = json.loads(out)
    assert shown["encoding"] == "utf-8" and len(shown["sha256"]) == 64
    for span in shown["spans"]:
        assert shown["text"][span["start"] : span["end"]] == span["text"]
    code, out, _ = run(capsys, "--db", str(db_path), "search", "Власовцы")
    assert code == 0 and "document 1" in out and "[Власовцы]" in out
    code, out, _ = run(capsys, "--db", str(db_path), "log", "1")
    assert "import document 1" in out


def test_importing_the_same_bytes_twice_says_which_document(capsys, db_path, seed_path, tmp_path):
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(seed_path.read_bytes())
    run(capsys, "--db", str(db_path), "import", str(seed_path))
    code, out, err = run(capsys, "--db", str(db_path), "import", str(copy))
    assert code == 0
    assert "already imported as document 1" in out
    with Store(db_path) as s:
        assert s.document_count() == 1


def test_env_variable_names_the_database(capsys, tmp_path, seed_path, monkeypatch):
    db = tmp_path / "from-env.db"
    monkeypatch.setenv("GLOSSATOR_DB", str(db))
    assert run(capsys, "import", str(seed_path))[0] == 0
    assert db.exists()


def test_bad_files_are_reported_and_skipped(capsys, db_path, seed_path, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "good.txt").write_text("A short English note about Власов.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = run(
        capsys, "--db", str(db_path), "import", str(tmp_path), str(missing), str(seed_path)
    )
    assert code == 1  # not everything went in
    lines = [line for line in err.splitlines() if line.startswith("glossator:")]
    assert len(lines) == 3, err
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("picture.txt" in line and "not text" in line for line in lines)
    assert any("missing.txt" in line for line in lines)
    assert "2 imported, 0 already there, 3 failed" in err
    with Store(db_path) as s:
        assert s.document_count() == 2


def test_bad_input_changes_nothing_already_stored(capsys, db_path, seed_path, tmp_path):
    run(capsys, "--db", str(db_path), "import", str(seed_path))
    with Store(db_path) as s:
        docs, changes = s.list_documents(), len(s.changes(limit=10_000))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8" * 3 + b"\x00" * 50)
    code, _, err = run(capsys, "--db", str(db_path), "import", "--encoding", "utf-8", str(bad))
    assert code == 1 and "bad.txt" in err
    with Store(db_path) as s:
        assert s.list_documents() == docs
        assert len(s.changes(limit=10_000)) == changes


def test_size_limit(capsys, db_path, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("English words only. " * 2000, encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db_path), "import", "--max-size", "10K", str(big))
    assert code == 1 and "big.txt" in err and "limit" in err.lower()


def test_analyze_json_contract(capsys, seed_path, tmp_path):
    db = tmp_path / "untouched.db"
    os.environ["GLOSSATOR_DB"] = str(db)
    try:
        code, out, _ = run(capsys, "analyze", str(seed_path), "--json")
    finally:
        del os.environ["GLOSSATOR_DB"]
    assert code == 0 and not db.exists()  # analyze never touches a database
    data = json.loads(out)
    assert set(data) >= {"text", "encoding", "blocks", "spans", "suggestions"}
    text = data["text"]
    for b in data["blocks"]:
        assert set(b) >= {"start", "end", "role", "lang"}
        assert 0 <= b["start"] < b["end"] <= len(text)
    ru = [s["text"] for s in data["spans"] if s["lang"] == "ru"]
    for name in ("КОНР", "Власов", "Власовцы", "Русская Прага", "Мохоля"):
        assert name in ru
    for s in data["spans"]:
        assert text[s["start"] : s["end"]] == s["text"]
    for a in data["suggestions"]:
        assert text[a["start"] : a["end"]] == a["quote"]
    # Every analyzer speaks through the same list: scripts, romanization, editorial.
    assert {a["type"] for a in data["suggestions"]} >= {
        "foreign",
        "bibl",
        "note",
        "date",
        "lb",
        "q",
    }
    assert any(s["lang"] == "ru-Latn" for s in data["spans"])


def test_analyze_missing_file_is_one_line(capsys, tmp_path):
    code, out, err = run(capsys, "analyze", str(tmp_path / "nope.txt"), "--json")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "nope.txt" in err


def test_show_unknown_document(capsys, db_path):
    code, _, err = run(capsys, "--db", str(db_path), "show", "42")
    assert code == 1 and "glossator list" in err


def test_killed_import_leaves_finished_files_and_a_sound_database(tmp_path):
    folder = tmp_path / "corpus"
    write_corpus(folder, 400, seed=11)
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "glossator", "--db", str(db), "import", "-q", str(folder)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    imported = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
            imported = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if imported >= 20:
            break
    assert proc.poll() is None, "the import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store(db) as s:
        assert s.integrity_check() == "ok"
        n = s.document_count()
        assert 20 <= n < 400
        for summary in s.list_documents():  # every stored document is whole
            doc = s.get_document(summary.id)
            assert doc.blocks and doc.text and s.source_bytes(doc.id)
        assert len([c for c in s.changes(limit=10_000) if c.action == "import"]) == n
    # Running the import again completes it without duplicates.
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    with Store(db) as s:
        assert s.document_count() == 400


@pytest.mark.parametrize("argv", [["--version"], ["import", "--help"]])
def test_help_and_version_exit_cleanly(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0


def test_unreadable_folder_is_reported_and_the_rest_imported(
    capsys, db_path, tmp_path, monkeypatch
):
    import glossator.importer as importer

    (tmp_path / "a.txt").write_text("An English note on Власов.\n", encoding="utf-8")
    real_walk = importer.os.walk

    def walk(top, onerror=None):
        # Root reads every folder, so the refusal a normal user meets is made here.
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top)

    monkeypatch.setattr(importer.os, "walk", walk)
    code, _, err = run(capsys, "--db", str(db_path), "import", str(tmp_path))
    assert code == 1
    assert "locked: cannot read this folder (Permission denied)" in err
    assert "1 imported, 0 already there, 1 failed" in err


def test_revise_reports_placed_and_orphaned(capsys, db_path, seed_path, tmp_path):
    run(capsys, "--db", str(db_path), "import", str(seed_path))
    corrected = tmp_path / "corrected.txt"
    text = seed_path.read_text(encoding="utf-8")
    corrected.write_text(
        "Preface.\n\n" + text.replace("Tretia Sila, p. 290", "p. 290"), encoding="utf-8"
    )
    code, out, _ = run(capsys, "--db", str(db_path), "revise", "1", str(corrected))
    assert code == 0 and "revision 2" in out and "could not be placed" in out
    code, out, _ = run(capsys, "--db", str(db_path), "show", "1")
    assert "could not be placed on the corrected text" in out and "'Tretia Sila'" in out


def test_undo_and_redo_from_the_command_line(capsys, db_path):
    run(capsys, "--db", str(db_path), "terms", "add", "--ru", "Власов", "--latin", "Vlasov")
    code, out, _ = run(capsys, "--db", str(db_path), "undo")
    assert code == 0 and "undone: add" in out
    assert "empty" in run(capsys, "--db", str(db_path), "terms", "list")[1]
    code, out, _ = run(capsys, "--db", str(db_path), "undo", "--redo")
    assert "redone" in out and "Власов" in run(capsys, "--db", str(db_path), "terms", "list")[1]
    run(capsys, "--db", str(db_path), "undo")
    code, _, err = run(capsys, "--db", str(db_path), "undo")
    assert code == 1 and "nothing to undo" in err
