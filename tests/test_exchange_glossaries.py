"""OmegaT tab-separated and CSV glossaries in both directions, and the merge rules: nothing
confirmed is overwritten, conflicts are listed, one import is one undo step."""

import csv
import io
from pathlib import Path

import pytest
from test_exchange_tbx import seed_termbase, signature

from glossator.exchange import (
    export_csv,
    export_omegat,
    export_termbase,
    import_glossary,
    merge_glossary,
    parse_csv,
    parse_omegat,
    read_glossary,
)
from glossator.model import Term, TermForm
from glossator.store import Store

DATA = Path(__file__).resolve().parent / "data" / "exchange"


def forms_of(term: Term) -> set[tuple[str, str]]:
    return {(f.text, f.lang) for f in term.forms}


# -- OmegaT -----------------------------------------------------------------------------------


def test_omegat_export_lines(store):
    seed_termbase(store)
    text = export_omegat(store.list_terms())
    lines = text.splitlines()
    assert lines[0] == "# Glossary in tab-separated format -*- coding: utf-8 -*-"
    body = [line.split("\t") for line in lines if not line.startswith("#")]
    assert all(len(cells) == 3 for cells in body)
    assert [
        "Committee for the Liberation of the Peoples of Russia",
        "Комитет освобождения народов России",
        "[preferred] definition: Founded in Prague on 14 November 1944. ¶ See Andreyev (1987).",
    ] in body
    # romanized forms are sources too (they occur in the English texts), paired by kind
    konr = [c for c in body if c[0] == "KONR"]
    assert [c[1] for c in konr] == ["Комитет освобождения народов России", "КОНР"]
    assert konr[1][2].startswith("[preferred, romanized unknown] definition:")
    assert ["Wlassow", "Власов", "[romanized german]"] in body
    assert [
        "Vlasov movement",
        "власовское движение",
        "[deprecated] Use: Russian Liberation Movement.",
    ] in body
    assert not any("власовцы" in line for line in lines)  # inflected forms stay out


def test_omegat_round_trip(store, tmp_path):
    seed_termbase(store)
    path, count = export_termbase(store, tmp_path / "glossary.utf8", include_suggested=True)
    assert count == 4
    with Store(tmp_path / "other.db", author="tester") as other:
        report = import_glossary(other, path)
        assert len(report.created) == 4 and not report.conflicts
        assert sorted(signature(t) for t in other.list_terms()) == sorted(
            signature(t, drop_inflected=True) for t in store.list_terms()
        )


def test_omegat_file_from_another_tool():
    parsed = read_glossary(DATA / "omegat_glossary.utf8")
    by_head = {t.forms[0].text: t for t in parsed.terms}
    roa = by_head["Русская освободительная армия"]
    assert forms_of(roa) == {("Русская освободительная армия", "ru"), ("Vlasov Army", "en")}
    assert roa.note == 'the ROA; also "Vlasovites"' and roa.status == ""
    komitet = by_head["Комитет освобождения народов России"]
    assert [(f.text, f.lang, f.scheme) for f in komitet.forms if f.lang == "ru-Latn"] == [
        ("Komitet Osvobozhdeniya Narodov Rossii", "ru-Latn", "ala-lc")
    ]
    assert komitet.note == "romanized in the source"
    konr = by_head["КОНР"]
    assert konr.status == "preferred" and {f.kind for f in konr.forms} == {"acronym"}
    # a Latin target is a romanization; an unknown bracket is the author's note
    prague = [t for t in parsed.terms if ("Russian Prague", "en") in forms_of(t)][0]
    assert ("Russkaya Praga", "ru-Latn") in forms_of(prague)
    assert prague.note == "[emigre circles] the emigre community"
    assert any(":8:" in s for s in parsed.skipped)  # "a line without a tab"


def test_omegat_lines_sharing_a_form_are_one_concept_and_code_pages_are_detected(tmp_path):
    text = "ROA\tРОА\nRussian Liberation Army\tРОА\tthe same army\n"
    (term,) = parse_omegat(text).terms
    assert forms_of(term) == {("РОА", "ru"), ("ROA", "en"), ("Russian Liberation Army", "en")}
    path = tmp_path / "old.txt"
    path.write_bytes("Vlasov\tВласов\tгенерал\nPrague\tПрага\n".encode("cp1251"))
    parsed = read_glossary(path)
    assert [t.forms[0].text for t in parsed.terms] == ["Власов", "Прага"]
    assert parsed.terms[0].note == "генерал"


# -- CSV --------------------------------------------------------------------------------------


def test_csv_export_has_the_documented_columns(store):
    seed_termbase(store)
    text = export_csv(store.list_terms())
    assert text.startswith("en,ru,ru-Latn,scheme,status,note\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[2] == ["", "Власов", "Vlasov | Wlassow", "bgn-pcgn | german", "admitted", ""]
    assert rows[1] == [
        "Committee for the Liberation of the Peoples of Russia",
        "Комитет освобождения народов России | КОНР",
        "Komitet Osvobozhdeniya Narodov Rossii | KONR",
        "ala-lc | unknown",
        "preferred",
        "definition: Founded in Prague on 14 November 1944.\nSee Andreyev (1987).",
    ]
    assert [r[4] for r in rows[1:]] == ["preferred", "admitted", "suggested", "deprecated"]


def test_csv_round_trip(store, tmp_path):
    seed_termbase(store)
    path, _count = export_termbase(store, tmp_path / "terms.csv", include_suggested=True)
    with Store(tmp_path / "other.db", author="tester") as other:
        report = import_glossary(other, path)
        assert len(report.created) == 4
        assert sorted(signature(t) for t in other.list_terms()) == sorted(
            signature(t, drop_inflected=True) for t in store.list_terms()
        )


def test_csv_with_semicolons_other_columns_and_a_bom():
    parsed = read_glossary(DATA / "semicolon_excel.csv")
    vlasov, roa, konr = parsed.terms
    assert forms_of(vlasov) == {("Власов", "ru"), ("Vlasov", "en")}
    assert vlasov.status == "preferred" and vlasov.note == "General; later executed"
    assert forms_of(roa) == {("РОА", "ru"), ("ROA", "en"), ("Russian Liberation Army", "en")}
    assert [(f.text, f.kind) for f in roa.forms] == [
        ("РОА", "acronym"),
        ("Russian Liberation Army", "term"),
        ("ROA", "acronym"),
    ]
    assert konr.status == "preferred"
    assert len(parsed.skipped) == 1 and parsed.skipped[0].endswith("row 5: no term")


def test_csv_without_header_and_tab_separated():
    parsed = parse_csv("Vlasov\tВласов\tthe general\nKONR\tKONR\n")
    assert forms_of(parsed.terms[0]) == {("Vlasov", "en"), ("Власов", "ru")}
    assert parsed.terms[0].note == "the general"
    assert ("KONR", "ru-Latn") in forms_of(parsed.terms[1])
    romanized = parse_csv("ru-Latn,en,scheme\nVlasov,General Vlasov,bgn-pcgn\n").terms[0]
    assert [(f.text, f.lang, f.scheme) for f in romanized.forms] == [
        ("General Vlasov", "en", ""),
        ("Vlasov", "ru-Latn", "bgn-pcgn"),
    ]


# -- merge ------------------------------------------------------------------------------------


def incoming(*forms: tuple[str, str], status: str = "", note: str = "", kind: str = "term"):
    return Term(
        [
            TermForm(text, lang, kind, "bgn-pcgn" if lang == "ru-Latn" else "")
            for text, lang in forms
        ],
        status=status,
        note=note,
        origin="import:test",
    )


def test_nothing_confirmed_is_overwritten_and_conflicts_are_listed(store):
    seeded = seed_termbase(store)
    vlasov_before = store.get_term(seeded["vlasov"].id)
    konr_before = store.get_term(seeded["konr"].id)
    report = merge_glossary(
        store,
        [
            incoming(("Власов", "ru"), ("General Vlasov", "en"), status="preferred", note="x"),
            incoming(("КОНР", "ru"), ("Committee of Liberation", "en"), status="deprecated"),
        ],
    )
    assert store.get_term(seeded["vlasov"].id) == vlasov_before
    assert store.get_term(seeded["konr"].id) == konr_before
    assert not report.created and not report.updated and report.forms_added == 0
    fields = {(c.concept_id, c.field, c.incoming, c.applied) for c in report.conflicts}
    assert fields == {
        (seeded["vlasov"].id, "form", "General Vlasov (en)", False),
        (seeded["vlasov"].id, "status", "preferred", False),
        (seeded["vlasov"].id, "note", "x", False),
        (seeded["konr"].id, "english", "Committee of Liberation", False),
        (seeded["konr"].id, "status", "deprecated", False),
    }
    english = [c for c in report.conflicts if c.field == "english"][0]
    assert english.existing == "Committee for the Liberation of the Peoples of Russia"
    assert "kept as it was" in english.describe()


def test_a_suggested_concept_takes_new_forms_status_and_note(store):
    seeded = seed_termbase(store)
    prague_id = seeded["prague"].id
    report = merge_glossary(
        store,
        [
            incoming(
                ("Russkaya Praga", "ru-Latn"),
                ("Russische Prag", "ru-Latn"),
                ("Prague emigration", "en"),
                status="preferred",
                note="The emigre community.",
            )
        ],
    )
    after = store.get_term(prague_id)
    assert after.status == "preferred"
    assert after.note == "The emigre community."
    assert ("Russische Prag", "ru-Latn") in forms_of(after)
    assert ("Prague emigration", "en") in forms_of(after)
    assert report.forms_added == 2 and prague_id in report.updated
    (english,) = [c for c in report.conflicts if c.field == "english"]
    assert english.applied and english.existing == "Russian Prague"
    assert ("transliteration-of", "Russische Prag", "Русская Прага") in store.links_of_term(
        prague_id
    )


def test_fuzzy_match_of_a_romanized_form_and_a_new_concept(store):
    seeded = seed_termbase(store)
    report = merge_glossary(
        store,
        [
            # apostrophe and spelling aside, the same ALA-LC form: matches the KONR concept
            incoming(("Komitet Osvobozhdenija Narodov Rossii", "ru-Latn")),
            incoming(("Русская освободительная армия", "ru"), ("ROA", "en")),
        ],
        default_status="admitted",
    )
    konr = seeded["konr"].id
    assert report.unchanged == [konr]  # confirmed: the new spelling is only listed
    assert [(c.concept_id, c.field, c.applied) for c in report.conflicts] == [(konr, "form", False)]
    assert (
        report.conflicts[0].incoming == "Komitet Osvobozhdenija Narodov Rossii (ru-Latn, bgn-pcgn)"
    )
    assert len(report.created) == 1 and store.term_count() == 5
    roa = store.get_term(report.created[0])
    assert roa.status == "admitted" and roa.origin == "import:test"
    assert [f.text for f in roa.forms] == ["Русская освободительная армия", "ROA"]
    assert store.links_of_term(roa.id) == [
        ("translation-of", "ROA", "Русская освободительная армия")
    ]


def test_entries_of_one_file_come_together_and_ambiguity_is_listed(store):
    report = merge_glossary(
        store,
        [
            incoming(("Власов", "ru"), ("Vlasov", "en")),
            incoming(("Андрей Власов", "ru")),
            incoming(("Vlasov", "en"), ("Wlassow", "ru-Latn")),
        ],
    )
    assert len(report.created) == 2 and store.term_count() == 2
    assert not report.updated and not report.unchanged and not report.conflicts
    first, second = report.created
    assert forms_of(store.get_term(first)) == {
        ("Власов", "ru"),
        ("Vlasov", "en"),
        ("Wlassow", "ru-Latn"),
    }
    report = merge_glossary(store, [incoming(("Власов", "ru"), ("Андрей Власов", "ru"))])
    assert report.unchanged == [first]  # as many shared forms: the older concept wins
    assert [(c.field, c.incoming) for c in report.conflicts] == [
        ("ambiguous", f"concept {second}"),
        ("form", "Андрей Власов (ru)"),
    ]


def test_a_merge_is_one_undo_step(store):
    seed_termbase(store)
    before = sorted(signature(t) for t in store.list_terms())
    report = merge_glossary(
        store,
        [
            incoming(("Прага", "ru"), ("Prague", "en")),
            incoming(("Берлин", "ru"), ("Berlin", "en")),
            incoming(("Russkaya Praga", "ru-Latn"), ("Russian Prague colony", "en")),
        ],
    )
    assert len(report.created) == 2 and report.forms_added == 1
    store.undo()
    assert sorted(signature(t) for t in store.list_terms()) == before
    store.redo()
    assert store.term_count() == 6


def test_unknown_default_status_is_refused(store):
    with pytest.raises(ValueError, match="unknown status"):
        merge_glossary(store, [], default_status="approved")
