"""The translation of a document through the command line, and its TMX and TEI round trips."""

import json

from glossator.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_set_check_export_and_import_back(capsys, tmp_path, seed_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    run(capsys, "--db", a, "import", seed_path)
    code, out, _ = run(capsys, "--db", a, "translation", "show", "1", "--json")
    rows = json.loads(out)
    body = next(r["block"] for r in rows if r["role"] == "body" and "Vlasov" in r["source"])
    run(
        capsys,
        "--db",
        a,
        "translation",
        "set",
        "1",
        body,
        "Гиммлер встретился с Влассовым.",
        "--lang",
        "ru",
    )
    code, out, _ = run(capsys, "--db", a, "translation", "check", "1", "--lang", "ru")
    assert code == 1 and "Влассовым" in out and "Власов" in out
    for name in ("pair.tmx", "pair.xml"):
        code, out, _ = run(
            capsys, "--db", a, "translation", "export", "1", tmp_path / name, "--lang", "ru"
        )
        assert code == 0 and "1 aligned blocks" in out
    run(capsys, "--db", b, "import", seed_path)
    for name in ("pair.tmx", "pair.xml"):
        code, out, _ = run(
            capsys, "--db", b, "translation", "import", "1", tmp_path / name, "--lang", "ru"
        )
        assert code == 0
    code, out, _ = run(capsys, "--db", b, "translation", "show", "1", "--json", "--lang", "ru")
    got = {r["block"]: r["translation"] for r in json.loads(out) if r["translation"]}
    assert got == {body: "Гиммлер встретился с Влассовым."}


def test_pairs_find_their_blocks_exactly_or_when_nearly_the_same():
    from glossator.analysis import analyze_text
    from glossator.translation import align_pairs

    text = "The first paragraph about Prague.\n\nThe second paragraph about Berlin.\n"
    doc = analyze_text(text)
    from glossator.model import Document

    d = Document(1, "t", doc.text, 1, blocks=doc.blocks)
    by_block, unmatched = align_pairs(
        d,
        [
            ("The  second paragraph\nabout Berlin.", "Второй абзац о Берлине."),
            ("The first paragraph about Prag.", "Первый абзац о Праге."),
            ("Something else entirely.", "Совсем другое."),
        ],
    )
    assert by_block == {1: "Второй абзац о Берлине.", 0: "Первый абзац о Праге."}
    assert unmatched == ["Something else entirely."]
