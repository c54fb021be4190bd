"""The term base: analysis links spans to concepts, proposes new ones, never alters what
people confirmed; the `glossator terms` commands manage it."""

import json

import pytest

from glossator.analysis import analyze_text
from glossator.cli import main
from glossator.errors import NotFoundError
from glossator.importer import import_paths, term_index
from glossator.model import Term, TermForm
from glossator.store import Store

PAGE = (
    "The Russian Liberation Army\n\n"
    "In 1944 the KONR - Committee for the Liberation of the Peoples of Russia "
    "[Komitet Osvobozhdeniya Narodov Rossii] - was founded in Prague. General Vlasov led it, "
    "and Kazantsev wrote about it in his memoirs.\n"
)


def import_text(store: Store, tmp_path, text: str, name: str = "page.txt") -> int:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = import_paths(store, [path])
    assert not report.failed, report.failed
    return report.results[0].outcome.document_id


def concept_with(store: Store, text: str) -> Term:
    matches = [t for t in store.list_terms() if any(f.text == text for f in t.forms)]
    assert len(matches) == 1, [t.forms for t in store.list_terms()]
    return matches[0]


def test_analysis_reports_romanized_spans_with_the_contract_fields():
    analysis = analyze_text(PAGE)
    latin = [s for s in analysis.spans if s.lang == "ru-Latn"]
    by_text = {s.text: s for s in latin}
    span = by_text["Komitet Osvobozhdeniya Narodov Rossii"]
    assert span.extra["cyrillic"].lower() == "комитет освобождения народов россии"
    assert span.extra["lemma"].lower() == "комитет освобождения народов россии"
    assert set(span.extra) >= {"cyrillic", "lemma", "scheme", "score", "term"}
    assert by_text["Vlasov"].extra["cyrillic"] == "Власов"
    assert by_text["Kazantsev"].extra["cyrillic"] == "Казанцев"
    for s in latin:
        assert analysis.text[s.start : s.end] == s.text


def test_acronym_expansion_and_english_become_one_proposed_concept():
    analysis = analyze_text(PAGE)
    proposals = [p for p in analysis.terms if any(f.text == "KONR" for f in p.term.forms)]
    assert len(proposals) == 1
    forms = {(f.text, f.lang, f.kind) for f in proposals[0].term.forms}
    assert ("KONR", "ru-Latn", "acronym") in forms
    assert ("Komitet Osvobozhdeniya Narodov Rossii", "ru-Latn", "term") in forms
    assert ("Committee for the Liberation of the Peoples of Russia", "en", "term") in forms
    kinds = {k for k, _s, _t in proposals[0].links}
    assert kinds == {"acronym-of", "transliteration-of", "translation-of"}


def test_import_links_suggestions_to_new_suggested_concepts(store, tmp_path):
    doc_id = import_text(store, tmp_path, PAGE)
    vlasov = concept_with(store, "Vlasov")
    assert vlasov.status == "suggested" and vlasov.origin == "auto:translit"
    assert {(f.text, f.lang) for f in vlasov.forms} >= {("Власов", "ru"), ("Vlasov", "ru-Latn")}
    [(occ_doc, ann)] = store.term_occurrences(vlasov.id)
    assert occ_doc == doc_id and ann.quote == "Vlasov" and ann.attributes["concept"] == vlasov.id
    assert ("transliteration-of", "Vlasov", "Власов") in store.links_of_term(vlasov.id)


def test_a_second_document_links_to_the_existing_concept(store, tmp_path):
    import_text(store, tmp_path, PAGE)
    count = store.term_count()
    import_text(store, tmp_path, "Later, Vlasov was captured near Prague.\n", "second.txt")
    assert store.term_count() == count  # no second concept for Vlasov
    assert len(store.term_occurrences(concept_with(store, "Vlasov").id)) == 2


def test_confirmed_concepts_are_never_altered_by_a_rerun(store, tmp_path):
    confirmed = store.add_term(
        Term(
            [TermForm("Власов", "ru"), TermForm("Wlassow", "ru-Latn", scheme="german")],
            status="preferred",
            note="checked by the editor",
        )
    )
    doc_id = import_text(store, tmp_path, PAGE)
    before = store.get_term(confirmed.id)
    [(_d, ann)] = store.term_occurrences(confirmed.id)
    store.update_annotation(ann.id, status="accepted")
    analysis = analyze_text(store.get_document(doc_id).text, termbase=term_index(store))
    removed, added = store.replace_suggestions(doc_id, analysis)
    # The accepted one stays and is not suggested again; the undecided ones are replaced.
    assert added == len(analysis.suggestions) - 1 and removed == added
    assert store.get_term(confirmed.id) == before
    statuses = [a.status for _d, a in store.term_occurrences(confirmed.id)]
    assert statuses == ["accepted"]


def test_merge_moves_forms_and_occurrences(store, tmp_path):
    import_text(store, tmp_path, PAGE)
    vlasov = concept_with(store, "Vlasov")
    other = store.add_term(
        Term([TermForm("Wlassow", "ru-Latn", scheme="german"), TermForm("Власов", "ru")])
    )
    merged = store.merge_terms(other.id, vlasov.id)
    texts = [f.text for f in merged.forms]
    assert texts.count("Власов") == 1 and "Vlasov" in texts and "Wlassow" in texts
    assert len(store.term_occurrences(other.id)) == 1
    assert store.term_occurrences(vlasov.id) == []


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_terms_commands(capsys, db_path, tmp_path):
    db = ["--db", str(db_path)]
    code, out, _ = run(
        capsys,
        *db,
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
    assert code == 0 and "added concept 1" in out
    code, out, _ = run(capsys, *db, "terms", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["status"] == "preferred"
    assert {
        "kind": "transliteration-of",
        "source": "Tret'ya sila",
        "target": "Третья сила",
    } in shown["links"]
    assert [f["scheme"] for f in shown["forms"] if f["lang"] == "ru-Latn"] == ["bgn-pcgn"]
    page = tmp_path / "p.txt"
    page.write_text("Kasantsev states in his Tretia Sila that the number grew.\n", encoding="utf-8")
    assert run(capsys, *db, "import", str(page))[0] == 0
    code, out, _ = run(capsys, *db, "terms", "show", "1")
    assert "1 occurrences" in out and "Tretia Sila" in out
    code, out, _ = run(capsys, *db, "terms", "list", "--status", "suggested")
    assert "Казанцев" in out
    code, out, _ = run(capsys, *db, "terms", "lookup", "Wlassow", "--json")
    assert json.loads(out)["readings"][0]["cyrillic"] == "Власов"
    code, out, _ = run(capsys, *db, "terms", "set", "2", "--status", "admitted")
    assert "admitted" in out
    code, _, err = run(capsys, *db, "terms", "show", "99")
    assert code == 1 and "99" in err
    code, out, _ = run(capsys, *db, "reanalyze", "--all")
    assert code == 0 and "document 1" in out


def test_document_terms_counts_occurrences(store, tmp_path):
    doc_id = import_text(store, tmp_path, PAGE + "\nVlasov again, and Vlasov once more.\n")
    terms = store.document_terms(doc_id)
    counts = {t.forms[0].text: n for t, n in terms}
    assert counts["Власов"] == 3
    assert terms[0][1] == max(counts.values())


def test_a_merge_is_one_undo_step(store, tmp_path):
    import_text(store, tmp_path, PAGE)
    vlasov = concept_with(store, "Vlasov")
    other = store.add_term(
        Term([TermForm("Wlassow", "ru-Latn", scheme="german"), TermForm("Власов", "ru")])
    )
    store.link_forms("transliteration-of", other.forms[0].id, other.forms[1].id)
    before = (store.get_term(vlasov.id), store.get_term(other.id), store.links_of_term(other.id))
    occurrences = store.term_occurrences(vlasov.id)
    store.merge_terms(other.id, vlasov.id)
    assert store.term_occurrences(vlasov.id) == []
    store.undo()
    assert (
        store.get_term(vlasov.id),
        store.get_term(other.id),
        store.links_of_term(other.id),
    ) == before
    assert [a.id for _d, a in store.term_occurrences(vlasov.id)] == [a.id for _d, a in occurrences]
    store.redo()
    with pytest.raises(NotFoundError):
        store.get_term(vlasov.id)
    assert len(store.term_occurrences(other.id)) == len(occurrences)


def test_an_import_is_not_an_edit_to_undo(store, tmp_path):
    import_text(store, tmp_path, PAGE)
    concepts = store.term_count()
    assert concepts and not store.can_undo()  # nothing of the import is stepped back
    term = store.add_term(Term([TermForm("Третья сила", "ru", lemma="Третья сила")]))
    store.undo()
    store.redo()
    assert store.get_term(term.id).forms[0].lemma == "Третья сила"  # redo keeps lemmas
    store.undo()
    assert store.term_count() == concepts


def test_reanalysing_several_documents_proposes_a_concept_once(capsys, tmp_path):
    db = tmp_path / "r.db"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"{name}: {PAGE}", encoding="utf-8")
        main(["--db", str(db), "import", "-q", str(tmp_path / name)])
    main(["--db", str(db), "reanalyze", "--all"])
    capsys.readouterr()
    from glossator.store import Store

    with Store(db) as s:
        hits = [t for t in s.list_terms() if any(f.text == "Vlasov" for f in t.forms)]
        assert len(hits) == 1
