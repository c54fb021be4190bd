"""Term base and annotation exchange through the command line."""

import json

from glossator.cli import main
from glossator.store import Store


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_term_base_travels_through_tbx_and_csv(capsys, tmp_path, seed_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert run(capsys, "--db", a, "import", seed_path)[0] == 0
    run(
        capsys,
        "--db",
        a,
        "terms",
        "add",
        "--ru",
        "Третья сила",
        "--latin",
        "Tret'ya sila",
        "--en",
        "The Third Force",
        "--status",
        "preferred",
    )
    for name in ("tb.tbx", "tb.csv", "tb.utf8"):
        code, out, _ = run(capsys, "--db", a, "terms", "export", tmp_path / name)
        assert code == 0 and "1 concepts" in out  # confirmed concepts only, by default
    code, out, _ = run(capsys, "--db", b, "terms", "import", tmp_path / "tb.tbx", "--json")
    assert code == 0 and len(json.loads(out)["created"]) == 1
    code, out, _ = run(capsys, "--db", b, "terms", "import", tmp_path / "tb.csv")
    assert "0 concepts created" in out and "1 unchanged" in out
    with Store(b) as s:
        [term] = s.list_terms()
        forms = {(f.text, f.lang) for f in term.forms}
        assert {
            ("Третья сила", "ru"),
            ("Tret'ya sila", "ru-Latn"),
            ("The Third Force", "en"),
        } <= forms
        assert term.status == "preferred"


def test_annotations_travel_as_web_annotations(capsys, tmp_path, seed_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    run(capsys, "--db", a, "import", seed_path)
    with Store(a) as s:
        first = s.annotations(1)[0]
        s.update_annotation(first.id, status="accepted")
    out_file = tmp_path / "anns.jsonld"
    code, out, _ = run(
        capsys, "--db", a, "annotations", "export", "1", out_file, "--status", "accepted"
    )
    assert code == 0 and "1 annotations" in out
    data = json.loads(out_file.read_text(encoding="utf-8"))
    selectors = {sel["type"] for sel in data["first"]["items"][0]["target"]["selector"]}
    assert selectors == {"TextQuoteSelector", "TextPositionSelector"}
    run(capsys, "--db", b, "import", seed_path)
    with Store(b) as s:
        s.delete_annotation(s.annotations(1)[0].id)
    code, out, _ = run(capsys, "--db", b, "annotations", "import", "1", out_file)
    assert code == 0 and "1 annotations added" in out
    with Store(b) as s:
        got = [x for x in s.annotations(1) if x.status == "accepted"]
        assert [(x.start, x.end, x.type) for x in got] == [(first.start, first.end, first.type)]
