"""TEI through the command line: export validates, imports back to the same work, hostile
files are refused without touching the database."""

import shutil

import pytest

from glossator.cli import main
from glossator.store import Store
from tests.conftest import DATA, SHARED

TEI_ALL = SHARED / "tei" / "tei_all.rng"
SAMPLES = SHARED / "tei" / "samples"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def comparable(store, doc_id):
    doc = store.get_document(doc_id)
    anns = sorted(
        (
            a.type,
            a.start,
            a.end,
            a.status,
            a.origin,
            tuple(sorted((k, str(v)) for k, v in a.attributes.items() if k != "concept")),
        )
        for a in doc.annotations
    )
    terms = sorted(
        (t.status, tuple(sorted((f.text, f.lang, f.kind, f.scheme) for f in t.forms)))
        for t, _n in store.document_terms(doc_id, with_rejected=True)
    )
    return doc.text, anns, terms


@pytest.fixture
def worked_seed(capsys, tmp_path, seed_path):
    db = tmp_path / "work.db"
    assert run(capsys, "--db", db, "import", seed_path)[0] == 0
    with Store(db) as s:
        anns = s.annotations(1)
        s.set_status([a.id for a in anns][:10], "accepted")
        s.set_status([a.id for a in anns][10:15], "rejected")
        s.update_term(s.document_terms(1)[0][0].id, status="preferred")
    return db


def test_export_with_suggestions_imports_back_to_the_same_work(capsys, tmp_path, worked_seed):
    out = tmp_path / "out"
    code, printed, _ = run(
        capsys, "--db", worked_seed, "export", "1", "--out", out, "--suggestions"
    )
    assert code == 0 and "valid" in printed and "INVALID" not in printed
    [xml] = out.glob("*.xml")
    fresh = tmp_path / "fresh.db"
    code, _, err = run(capsys, "--db", fresh, "import", xml)
    assert code == 0, err
    with Store(worked_seed) as a, Store(fresh) as b:
        assert comparable(b, 1) == comparable(a, 1)
        assert b.source_bytes(1) == xml.read_bytes()  # the file itself is kept


def test_exports_are_valid_tei_all(capsys, tmp_path, worked_seed):
    out = tmp_path / "out"
    run(capsys, "--db", worked_seed, "export", "--all", "--out", out)
    [xml] = out.glob("*.xml")
    jing = ["--jing"] if shutil.which("jing") else []
    code, printed, _ = run(capsys, "validate", xml, "--schema", TEI_ALL, *jing)
    assert code == 0 and "valid against" in printed


def test_validate_prints_line_numbered_errors(capsys, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body><p>x</p></body></text>\n</TEI>\n',
        encoding="utf-8",
    )
    code, printed, _ = run(capsys, "validate", bad)
    assert code == 1
    assert printed.startswith(f"{bad}:") and ":" in printed.split(str(bad))[1]


def test_samples_from_another_editor_import_with_a_report(capsys, tmp_path):
    db = tmp_path / "samples.db"
    code, _, err = run(capsys, "--db", db, "import", SAMPLES)
    assert code == 0, err
    assert "kept as text but not mapped" in err
    with Store(db) as s:
        docs = s.list_documents()
        assert len(docs) == len(list(SAMPLES.glob("*.xml")))
        assert all(d.accepted > 0 for d in docs)


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "tei").glob("*.xml")))
def test_hostile_or_broken_xml_is_refused_and_nothing_changes(capsys, tmp_path, seed_path, name):
    db = tmp_path / "h.db"
    run(capsys, "--db", db, "import", seed_path)
    with Store(db) as s:
        before = (s.list_documents(), s.term_count(), len(s.changes(limit=10_000)))
    code, _, err = run(capsys, "--db", db, "import", DATA / "tei" / name)
    assert code == 1
    assert name in err and err.count("glossator:") == 1
    with Store(db) as s:
        assert (s.list_documents(), s.term_count(), len(s.changes(limit=10_000))) == before
