"""TBX export and import: TBX-Basic structure, what translate-toolkit and OmegaT read from it,
files written by other tools, hostile DOCTYPEs, and the round trip through a second base."""

import re
from pathlib import Path

import pytest
from lxml import etree

from glossator.exchange import (
    ExchangeError,
    export_glossary,
    export_tbx,
    export_termbase,
    import_glossary,
    parse_tbx,
    read_glossary,
    termbase_terms,
)
from glossator.model import Term, TermForm
from glossator.store import Store

DATA = Path(__file__).resolve().parent / "data" / "exchange"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def seed_termbase(store: Store) -> dict[str, Term]:
    """Four concepts: preferred with acronyms and two schemes, admitted without English,
    suggested, deprecated."""
    konr = store.add_term(
        Term(
            [
                TermForm("Комитет освобождения народов России", "ru"),
                TermForm("КОНР", "ru", "acronym"),
                TermForm("Committee for the Liberation of the Peoples of Russia", "en"),
                TermForm("Komitet Osvobozhdeniya Narodov Rossii", "ru-Latn", "term", "ala-lc"),
                TermForm("KONR", "ru-Latn", "acronym", "unknown"),
            ],
            status="preferred",
            note="definition: Founded in Prague on 14 November 1944.\nSee Andreyev (1987).",
        )
    )
    vlasov = store.add_term(
        Term(
            [
                TermForm("Власов", "ru"),
                TermForm("Vlasov", "ru-Latn", "term", "bgn-pcgn"),
                TermForm("Wlassow", "ru-Latn", "term", "german"),
                TermForm("власовцы", "ru", "inflected", "", "Власов"),
            ],
            status="admitted",
        )
    )
    prague = store.add_term(
        Term(
            [
                TermForm("Русская Прага", "ru"),
                TermForm("Russian Prague", "en"),
                TermForm("Russkaya Praga", "ru-Latn", "term", "bgn-pcgn"),
            ],
            status="suggested",
            origin="auto:translit",
        )
    )
    movement = store.add_term(
        Term(
            [TermForm("власовское движение", "ru"), TermForm("Vlasov movement", "en")],
            status="deprecated",
            note="Use: Russian Liberation Movement.",
        )
    )
    return {"konr": konr, "vlasov": vlasov, "prague": prague, "movement": movement}


def signature(term: Term, drop_inflected: bool = False) -> tuple:
    forms = frozenset(
        (f.text, f.lang, f.kind, f.scheme)
        for f in term.forms
        if not (drop_inflected and f.kind == "inflected")
    )
    return forms, term.status, term.note


def local(el) -> str:
    return etree.QName(el).localname


# -- export structure -------------------------------------------------------------------------


def test_export_is_tbx_basic_with_one_entry_per_concept(store):
    seeded = seed_termbase(store)
    data = export_tbx(store.list_terms())
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    root = etree.fromstring(data)
    assert root.tag == "martif" and root.get("type") == "TBX-Basic"
    assert root.find("martifHeader/encodingDesc/p").text == "TBXBasicXCSV02.xcs"
    entries = root.findall("text/body/termEntry")
    assert [e.get("id") for e in entries] == [f"c{t.id}" for t in seeded.values()]

    konr = entries[0]
    langs = [ls.get(XML_LANG) for ls in konr.findall("langSet")]
    assert langs == ["en", "ru", "ru-Latn"]
    by_lang = {ls.get(XML_LANG): ls for ls in konr.findall("langSet")}
    assert [t.text for t in by_lang["ru"].iter("term")] == [
        "Комитет освобождения народов России",
        "КОНР",
    ]
    assert all(re.search("[А-я]", t.text) for t in by_lang["ru"].iter("term"))
    assert [t.text for t in by_lang["ru-Latn"].iter("term")] == [
        "Komitet Osvobozhdeniya Narodov Rossii",
        "KONR",
    ]
    schemes = [n.text for n in by_lang["ru-Latn"].iter("note")]
    assert schemes == ["transliteration scheme: ala-lc", "transliteration scheme: unknown"]
    # definition and note at concept level, before the langSets
    assert konr[0].tag == "descrip" and konr[0].get("type") == "definition"
    assert konr[0].text == "Founded in Prague on 14 November 1944."
    assert konr[1].tag == "note" and konr[1].text == "See Andreyev (1987)."
    # grammar from pymorphy3 for the Cyrillic head; none for an unknown acronym
    head_tig = by_lang["ru"].find("tig")
    notes = {n.get("type"): n.text for n in head_tig.findall("termNote")}
    assert notes == {
        "partOfSpeech": "noun",
        "grammaticalGender": "masculine",
        "administrativeStatus": "preferredTerm-admn-sts",
    }
    acronym_notes = {n.get("type"): n.text for n in by_lang["ru"].findall("tig")[1]}
    assert acronym_notes.get("termType") == "acronym"
    assert "partOfSpeech" not in {n.get("type") for n in by_lang["ru"].findall("tig")[1]}


def test_statuses_map_to_tbx_basic_administrative_status(store):
    seed_termbase(store)
    root = etree.fromstring(export_tbx(store.list_terms()))
    statuses = [
        {n.text for n in e.iter("termNote") if n.get("type") == "administrativeStatus"}
        for e in root.iter("termEntry")
    ]
    assert statuses == [
        {"preferredTerm-admn-sts"},
        {"admittedTerm-admn-sts"},
        {"admittedTerm-admn-sts"},  # suggested: admitted, with a note saying so
        {"deprecatedTerm-admn-sts"},
    ]
    suggested = root.findall("text/body/termEntry")[2]
    assert "status: suggested (not confirmed)" in [n.text for n in suggested.findall("note")]
    vlasov = root.findall("text/body/termEntry")[1]
    variant = [t for t in vlasov.iter("tig") if t.findtext("term") == "власовцы"][0]
    assert {n.get("type"): n.text for n in variant.findall("termNote")}["termType"] == "variant"
    assert {n.get("type"): n.text for n in vlasov.find("langSet/tig").findall("termNote")}[
        "partOfSpeech"
    ] == "properNoun"


# TBX core structure (ISO 30042 / TBXcoreStructV02) as far as this export uses it, and the
# TBX-Basic picklists.
PICKLISTS = {
    "administrativeStatus": {
        "preferredTerm-admn-sts",
        "admittedTerm-admn-sts",
        "deprecatedTerm-admn-sts",
        "supersededTerm-admn-sts",
    },
    "partOfSpeech": {"noun", "verb", "adjective", "adverb", "properNoun", "other"},
    "grammaticalGender": {"masculine", "feminine", "neuter", "other"},
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
}
AUX = {"descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "note", "ref", "xref"}


def test_export_follows_the_tbx_core_structure_and_basic_picklists(store):
    seed_termbase(store)
    root = etree.fromstring(export_tbx(store.list_terms()))
    assert [c.tag for c in root] == ["martifHeader", "text"]
    for entry in root.iter("termEntry"):
        tags = [c.tag for c in entry]
        first_lang = tags.index("langSet")
        assert set(tags[:first_lang]) <= AUX and set(tags[first_lang:]) == {"langSet"}
        for lang_set in entry.findall("langSet"):
            assert lang_set.get(XML_LANG)
            assert [c.tag for c in lang_set] and {c.tag for c in lang_set} == {"tig"}
            for tig in lang_set:
                tags = [c.tag for c in tig]
                assert tags[0] == "term" and tags.count("term") == 1
                notes_end = len(tags) - tags[::-1].index("termNote") if "termNote" in tags else 1
                assert set(tags[1:notes_end]) <= {"termNote"}
                assert set(tags[notes_end:]) <= AUX
                for note in tig.findall("termNote"):
                    assert note.text in PICKLISTS[note.get("type")], note.text
                assert len({n.get("type") for n in tig.findall("termNote")}) == len(
                    tig.findall("termNote")
                )
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[A-Za-z_][\w.-]*", i) for i in ids)


# -- what other readers see -------------------------------------------------------------------


def test_translate_toolkit_reads_the_export(store):
    from translate.storage.tbx import tbxfile

    seed_termbase(store)
    data = export_tbx(store.list_terms())
    store_ = tbxfile.parsestring(data, sourcelanguage="en", targetlanguage="ru")
    units = store_.units
    assert [u.source for u in units] == [
        "Committee for the Liberation of the Peoples of Russia",
        None,  # no English equivalent
        "Russian Prague",
        "Vlasov movement",
    ]
    konr = units[0]
    assert konr.target == "Комитет освобождения народов России"
    assert [t.text for t in konr.get_target_terms()] == [
        "Комитет освобождения народов России",
        "КОНР",
    ]
    assert [t.administrative_status for t in konr.get_target_terms()] == [
        "preferredTerm-admn-sts"
    ] * 2
    assert [t.text for t in konr.get_target_terms("ru-Latn")] == [
        "Komitet Osvobozhdeniya Narodov Rossii",
        "KONR",
    ]
    notes = [n.text for n in konr.get_source_terms()[0].notes]
    assert "Founded in Prague on 14 November 1944." in notes
    assert units[1].target == "Власов"
    assert units[2].target == "Русская Прага"
    assert units[3].isobsolete() and not konr.isobsolete()
    # and with no languages given, the first two langSets are source and target
    plain = tbxfile.parsestring(data)
    assert plain.units[0].source.startswith("Committee") and plain.units[0].target.startswith(
        "Комитет"
    )


# OmegaT's TBX reader (org.omegat.gui.glossary.GlossaryReaderTBX): StAX over local names;
# termEntry|conceptEntry, langSet|langSec with a "lang" attribute in any namespace, reduced to
# its language subtag by org.omegat.util.Language (PatternConsts.LANG_AND_COUNTRY); every
# tig|ntig|termSec gives the text of its "term"; one entry per (source term, target term).
OMEGAT_LANG = re.compile(r"([A-Za-z]{1,8})(?:[-_](?:[A-Za-z]{4}[-_])?([A-Za-z0-9]{1,8}))?")


def omegat_entries(data: bytes, source: str = "EN", target: str = "RU") -> list[tuple[str, str]]:
    root = etree.fromstring(data, etree.XMLParser(load_dtd=False, resolve_entities=False))
    out = []
    for entry in root.iter():
        if not isinstance(entry.tag, str) or local(entry) not in ("termEntry", "conceptEntry"):
            continue
        s_terms, t_terms = [], []
        for lang_set in entry.iter():
            if not isinstance(lang_set.tag, str) or local(lang_set) not in ("langSet", "langSec"):
                continue
            lang = next((v for k, v in lang_set.attrib.items() if k.endswith("lang")), "")
            m = OMEGAT_LANG.fullmatch(lang)
            code = m.group(1) if m else ""
            for tig in lang_set:
                if local(tig) in ("tig", "ntig", "termSec"):
                    term = next(t for t in tig.iter() if local(t) == "term")
                    if code.lower() == source.lower():
                        s_terms.append("".join(term.itertext()))
                    elif code.lower() == target.lower():
                        t_terms.append("".join(term.itertext()))
        for s in s_terms:
            out.extend((s, t) for t in t_terms) if t_terms else out.append((s, ""))
    return out


def test_omegat_structure_gives_english_to_russian_entries(store):
    seed_termbase(store)
    terms = store.list_terms()
    without_romanized = omegat_entries(export_tbx(terms, romanized=False))
    assert (
        "Committee for the Liberation of the Peoples of Russia",
        "Комитет освобождения народов России",
    ) in without_romanized
    assert ("Committee for the Liberation of the Peoples of Russia", "КОНР") in without_romanized
    assert ("Vlasov movement", "власовское движение") in without_romanized
    assert all(re.search("[А-я]", t) for _s, t in without_romanized)
    # OmegaT reduces ru-Latn to ru: romanized forms are offered as targets (documented)
    with_romanized = omegat_entries(export_tbx(terms))
    assert ("Russian Prague", "Russkaya Praga") in with_romanized
    assert len(with_romanized) > len(without_romanized)


# -- import -----------------------------------------------------------------------------------


def test_round_trip_through_a_second_term_base(store, tmp_path):
    seed_termbase(store)
    path, count = export_termbase(store, tmp_path / "base.tbx", include_suggested=True)
    assert count == 4 and path.read_bytes().startswith(b"<?xml")
    with Store(tmp_path / "other.db", author="tester") as other:
        report = import_glossary(other, path)
        assert len(report.created) == 4 and not report.conflicts
        assert sorted(signature(t) for t in other.list_terms()) == sorted(
            signature(t) for t in store.list_terms()
        )
        # links re-created towards each head form
        konr = other.list_terms("КОНР")[0]
        assert ("acronym-of", "КОНР", "Комитет освобождения народов России") in (
            other.links_of_term(konr.id)
        )
        assert (
            "transliteration-of",
            "Komitet Osvobozhdeniya Narodov Rossii",
            "Комитет освобождения народов России",
        ) in other.links_of_term(konr.id)
        # importing the same file again changes nothing
        again = import_glossary(other, path)
        assert not again.created and not again.updated and not again.conflicts
        assert len(again.unchanged) == 4 and other.term_count() == 4


def test_suggested_concepts_are_left_out_unless_asked(store):
    seed_termbase(store)
    assert [t.status for t in termbase_terms(store)] == ["preferred", "admitted", "deprecated"]
    assert len(termbase_terms(store, include_suggested=True)) == 4
    assert export_glossary(termbase_terms(store), "tbx").count(b"<termEntry") == 3


def test_multiterm_style_ntig_file_with_doctype():
    parsed = read_glossary(DATA / "multiterm_style.tbx")
    assert len(parsed.terms) == 2
    konr, roa = parsed.terms
    assert {(f.text, f.lang, f.kind) for f in konr.forms} == {
        ("Комитет освобождения народов России", "ru", "term"),
        ("КОНР", "ru", "acronym"),
        ("Committee for the Liberation of the Peoples of Russia", "en", "term"),
        ("KONR", "en", "acronym"),
    }
    assert konr.status == "preferred"
    assert "definition: Political body formed in Prague" in konr.note
    assert "Official English rendering." in konr.note
    # a romanization filed under RU-RU is recognised by its letters
    latin = [f for f in roa.forms if f.lang == "ru-Latn"]
    assert [(f.text, f.scheme) for f in latin] == [("Russkaya osvoboditel'naya armiya", "unknown")]
    assert roa.forms[0].text == "Русская освободительная армия"
    assert roa.status == "admitted"
    assert any("de-DE" in s for s in parsed.skipped)
    assert any("MT-1003" in s for s in parsed.skipped)


def test_tbx_2019_dca_file_with_namespace_and_scheme_termnotes():
    parsed = read_glossary(DATA / "tbx2019_dca.tbx")
    vlasov, movement = parsed.terms
    assert {(f.text, f.lang, f.scheme) for f in vlasov.forms} == {
        ("Андрей Власов", "ru", ""),
        ("Andrey Vlasov", "en", ""),
        ("Andrei Vlasov", "ru-Latn", "bgn-pcgn"),
        ("Andrej Vlasov", "ru-Latn", "iso9"),
    }
    assert vlasov.status == "preferred"
    assert movement.status == "deprecated"  # deprecated + obsolete
    assert movement.note == "definition: Old name for the emigre movement."


def test_iate_style_file():
    parsed = read_glossary(DATA / "iate_style.tbx")
    (ussr,) = parsed.terms
    assert {(f.text, f.lang, f.kind) for f in ussr.forms} == {
        ("Советский Союз", "ru", "term"),
        ("СССР", "ru", "acronym"),
        ("Soviet Union", "en", "term"),
        ("USSR", "en", "acronym"),
    }
    assert ussr.status == ""  # the file gives none: the merge's default applies
    assert parsed.skipped == ["1 term(s) in language 'fr' left out"]


def test_a_doctype_declaring_entities_is_refused():
    with pytest.raises(ExchangeError, match="declares entities"):
        read_glossary(DATA / "entities.tbx")


def test_parameter_entities_are_refused_too():
    data = (
        b'<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY % ext SYSTEM "file:///etc/passwd">'
        b" %ext;]>\n<martif><text><body/></text></martif>"
    )
    with pytest.raises(ExchangeError, match="declares entities"):
        parse_tbx(data, "pe.tbx")


def test_external_dtd_and_entities_are_never_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    data = (
        '<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "http://127.0.0.1:9/never.dtd">\n'
        '<martif type="TBX"><text><body><termEntry>'
        '<langSet xml:lang="en"><tig><term>Vlasov</term></tig></langSet>'
        '<langSet xml:lang="ru"><tig><term>Власов</term></tig></langSet>'
        "</termEntry></body></text></martif>"
    ).encode()
    parsed = parse_tbx(data)
    assert [f.text for f in parsed.terms[0].forms] == ["Власов", "Vlasov"]
    assert b"TOP SECRET" not in export_tbx(parsed.terms)


def test_not_tbx_is_a_clear_error(tmp_path):
    with pytest.raises(ExchangeError, match="not well-formed"):
        parse_tbx(b"<martif><text>", "broken.tbx")
    with pytest.raises(ExchangeError, match="not <martif>"):
        parse_tbx(b"<TEI/>", "tei.xml")
