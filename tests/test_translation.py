"""Translating the seed block by block: term hints from the source, the check for missing
terms and misspelt names, and the exports of the pair (TEI parallel texts valid against
tei_all, TMX 1.4b that translate-toolkit reads)."""

from pathlib import Path

import pytest
from lxml import etree

from glossator.importer import ensure_seeded
from glossator.model import Block, Document, Translation
from glossator.tmx import TmxError, export_tmx, parse_tmx
from glossator.translation import (
    MISSING_TERM,
    NAME_SPELLING,
    TranslationSession,
    check_translation,
    default_target,
    find_form,
    spaced_insertion,
    terms_in_block,
)
from tei.bundle import ExportBundle
from tei.errors import TeiExportError
from tei.ns import TEI_NS, XML_ID
from tei.parallel import export_parallel
from tei.validate import jing_available, validate_with_jing

TEI_ALL = Path(__file__).resolve().parents[2] / "shared" / "tei" / "tei_all.rng"
NS = {"t": TEI_NS}

# Block 5 of the seed names General Vlasov twice; block 13 writes out the Committee in English.
VLASOV_BLOCK = 5
COMMITTEE_BLOCK = 13


@pytest.fixture(scope="module")
def tei_all():
    """tei_all compiled once for the module (it takes seconds)."""
    if not TEI_ALL.exists():
        pytest.skip("tei_all.rng is not in ../shared/tei")
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.RelaxNG(etree.parse(str(TEI_ALL), parser))


def tei_all_errors(schema, data: bytes) -> list[str]:
    ok = schema.validate(etree.fromstring(data))
    return [] if ok else [f"{e.line}: {e.message}" for e in schema.error_log]


@pytest.fixture
def seeded(store):
    ensure_seeded(store)
    return store


@pytest.fixture
def session(seeded):
    return TranslationSession(seeded, 1, "ru")


def test_hints_are_the_concepts_of_the_blocks_source_with_their_target_forms(seeded):
    hints = terms_in_block(seeded, 1, VLASOV_BLOCK, "ru")
    [vlasov] = hints
    assert (vlasov.source, vlasov.target, vlasov.romanized) == ("Vlasov", "Власов", True)
    # An acronym is offered as an acronym first; the full name follows.
    keywords = terms_in_block(seeded, 1, 1, "ru")
    konr = next(h for h in keywords if h.source == "KONR")
    assert konr.targets[0] == "КОНР" and len(konr.targets) >= 2
    # The committee's concept is offered in the block that writes it out in English (through
    # its English form, or its acronym where the block also has one), with its Cyrillic.
    committee = terms_in_block(seeded, 1, COMMITTEE_BLOCK, "ru")
    assert any(
        h.source in ("Committee for the Liberation of the Peoples of Russia", "KONR")
        and "Комитет освобождения народов России" in h.targets
        for h in committee
    )
    # Into English, Russian terms are offered in their English (else romanized) forms.
    into_en = {h.source: h.targets for h in terms_in_block(seeded, 1, 1, "en")}
    assert into_en["Власовцы"] == ["Vlasovtsy"]
    assert into_en["KONR"] == ["KONR", "Committee for the Liberation of the Peoples of Russia"]


def test_rejected_annotations_give_no_hint_even_to_an_open_session(seeded):
    session = TranslationSession(seeded, 1, "ru")
    assert session.hints(VLASOV_BLOCK)
    doc = seeded.get_document(1)
    b = doc.blocks[VLASOV_BLOCK]
    ids = [
        a.id for a in doc.annotations if b.start <= a.start < b.end and a.attributes.get("concept")
    ]
    seeded.set_status(ids, "rejected")
    assert terms_in_block(seeded, 1, VLASOV_BLOCK, "ru") == []
    assert session.hints(VLASOV_BLOCK) == []  # the session follows the store


def test_translations_are_stored_per_block_and_undone(session, seeded):
    assert session.set(VLASOV_BLOCK, "Генерал Власов.") is not None
    assert session.set(VLASOV_BLOCK, "Генерал Власов.") is None  # unchanged: nothing written
    session.set(VLASOV_BLOCK, "Генерал Власов согласился.")
    assert session.progress() == (1, len(session))
    assert session.row(VLASOV_BLOCK).translation == "Генерал Власов согласился."
    assert session.row(VLASOV_BLOCK).author == "tester"
    seeded.undo()
    session.reload()
    assert session.text(VLASOV_BLOCK) == "Генерал Власов."
    session.set(VLASOV_BLOCK, "")
    assert session.progress()[0] == 0
    with pytest.raises(ValueError, match="translate into"):
        TranslationSession(seeded, 1, "de")


def test_russian_forms_are_found_by_lemma():
    assert find_form("Встреча с генералом Власовым", "Власов")
    assert find_form(
        "заседание Комитета освобождения народов России", "Комитет освобождения народов России"
    )
    assert find_form("Вла\u0301сов приехал", "Власов")  # stress mark
    assert find_form("Влассов приехал", "Власов") is None
    assert find_form("the Committee's meeting", "Committee")


def test_check_lists_missing_terms_and_misspelt_names(session, seeded):
    session.set(VLASOV_BLOCK, "В июле 1944 года Гиммлер, давний враг генерала Влассова, передумал.")
    session.set(6, "Встреча генерала Власова с Гиммлером и КОНР.")
    session.set(COMMITTEE_BLOCK, "14 ноября 1944 года в Праге собрался комитет.")
    issues = check_translation(seeded, 1, "ru")
    by_block = {}
    for i in issues:
        by_block.setdefault(i.block, []).append(i)
    [spelling] = by_block[VLASOV_BLOCK]
    assert spelling.kind == NAME_SPELLING
    assert spelling.found == "Влассова" and spelling.expected[0] == "Власов"
    text = session.text(VLASOV_BLOCK)
    assert text[spelling.start : spelling.end] == "Влассова"
    assert "Власов" in spelling.message
    assert 6 not in by_block  # Власова is Власов inflected; КОНР is there
    missing = [i for i in by_block[COMMITTEE_BLOCK] if i.kind == MISSING_TERM]
    assert any("Комитет освобождения народов России" in i.expected for i in missing)
    # Untranslated blocks are not checked.
    assert set(by_block) <= {VLASOV_BLOCK, 6, COMMITTEE_BLOCK}


def test_a_correct_name_next_to_a_misspelt_one_is_still_reported(session):
    session.set(VLASOV_BLOCK, "Генерал Власов, он же Влассов.")
    [issue] = session.check()
    assert issue.kind == NAME_SPELLING and issue.found == "Влассов"


def test_insertion_keeps_words_apart():
    assert spaced_insertion("а", "", "Власов") == " Власов"
    assert spaced_insertion(" ", "и", "Власов") == "Власов "
    assert spaced_insertion("", "", "КОНР") == "КОНР"
    assert spaced_insertion("(", ")", "КОНР") == "КОНР"


def test_default_target_is_the_other_language(seeded):
    doc = seeded.get_document(1, with_annotations=False)
    assert default_target(doc) == "ru"
    assert default_target(doc, ["en"]) == "en"


# -- TMX ---------------------------------------------------------------------------------------


def test_tmx_has_one_unit_per_aligned_block_and_translate_toolkit_reads_it(session, tmp_path):
    tmx_storage = pytest.importorskip("translate.storage.tmx")
    session.set(VLASOV_BLOCK, "В июле 1944 года <поворот> & Власов.")
    session.set(0, "Русское зарубежье | КОНР")
    data = export_tmx(session.document, session.translations, "en", "ru")
    root = etree.fromstring(data)
    assert root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("srclang") == "en" and header.get("segtype") == "paragraph"
    tus = root.findall("body/tu")
    assert [tu.get("tuid") for tu in tus] == ["b0", f"b{VLASOV_BLOCK}"]
    assert all(tu.get("creationid") == "tester" and tu.get("changeid") == "tester" for tu in tus)
    assert all(
        len(tu.get("creationdate")) == 16 and tu.get("creationdate").endswith("Z") for tu in tus
    )
    pairs = parse_tmx(data)
    doc = session.document
    b = doc.blocks[VLASOV_BLOCK]
    assert pairs[1] == (doc.text[b.start : b.end], "В июле 1944 года <поворот> & Власов.")
    path = tmp_path / "seed.tmx"
    path.write_bytes(data)
    store = tmx_storage.tmxfile(path.read_bytes())
    units = [(u.source, u.target) for u in store.units]
    assert units == pairs
    assert store.sourcelanguage == "en"


def test_tmx_of_plain_text_translations(seeded):
    doc = seeded.get_document(1, with_annotations=False)
    data = export_tmx(doc, {3: "Русские добровольцы"}, "en", "ru")
    assert parse_tmx(data, "en", "ru") == [
        (doc.text[doc.blocks[3].start : doc.blocks[3].end], "Русские добровольцы")
    ]


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x "boom">]><tmx version="1.4"><body>'
        b'<tu><tuv xml:lang="en"><seg>&x;</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>'
        b"</body></tmx>",
        b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://example.invalid/x">]>'
        b'<tmx version="1.4"><body/></tmx>',
        b"<tmx><body><tu>",
        b"<html/>",
    ],
    ids=["entity", "external-entity", "malformed", "not-tmx"],
)
def test_parse_tmx_refuses_what_it_should(data):
    with pytest.raises(TmxError):
        parse_tmx(data)


def test_parse_tmx_reads_a_doctype_naming_the_tmx_dtd_without_loading_it():
    # As OmegaT and other CAT tools write it; the DTD is never fetched.
    data = (
        b'<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">'
        b'<tmx version="1.4"><header srclang="en"/><body><tu>'
        b'<tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>\xd0\xb0</seg></tuv>'
        b"</tu></body></tmx>"
    )
    assert parse_tmx(data) == [("a", "а")]


def test_parse_tmx_skips_inline_codes():
    data = (
        '<tmx version="1.4"><header srclang="en"/><body><tu>'
        '<tuv xml:lang="ru"><seg>Привет <ph>&lt;br/&gt;</ph>мир</seg></tuv>'
        '<tuv xml:lang="en"><seg>Hello <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept></seg></tuv>'
        "</tu></body></tmx>"
    ).encode()
    assert parse_tmx(data) == [("Hello world", "Привет мир")]


# -- TEI ---------------------------------------------------------------------------------------


def _translated(session):
    session.set(0, "Русское зарубежье | КОНР: Комитет освобождения народов России")
    session.set(VLASOV_BLOCK, "В июле 1944 года произошёл <внезапный> поворот & Власов.")
    session.set(17, "© 2002")
    return session


def test_parallel_tei_links_blocks_and_is_valid_tei_all(session, tei_all):
    _translated(session)
    data = export_parallel(session.document, session.translations, "ru")
    assert tei_all_errors(tei_all, data) == []
    root = etree.fromstring(data)
    [source] = root.xpath("//t:text[@xml:id='source']", namespaces=NS)
    [target] = root.xpath("//t:text[@xml:id='translation']", namespaces=NS)
    assert target.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    assert len(source.xpath(".//*[@xml:id]", namespaces=NS)) == len(session.document.blocks)
    targets = [el.get(XML_ID) for el in target.xpath(".//*[@xml:id]", namespaces=NS)]
    assert targets == ["t-0", f"t-{VLASOV_BLOCK}", "t-17"]
    [group] = root.xpath("//t:linkGrp[@type='translation']", namespaces=NS)
    assert [ln.get("target") for ln in group] == [
        "#s-0 #t-0",
        f"#s-{VLASOV_BLOCK} #t-{VLASOV_BLOCK}",
        "#s-17 #t-17",
    ]
    [t5] = target.xpath(f".//*[@xml:id='t-{VLASOV_BLOCK}']", namespaces=NS)
    assert t5.text == session.text(VLASOV_BLOCK) and t5.get("resp") == "#translator-1"
    # Every source character of a block is there, in order.
    doc = session.document
    for i, b in enumerate(doc.blocks):
        [el] = source.xpath(f".//*[@xml:id='s-{i}']", namespaces=NS)
        assert el.text == doc.text[b.start : b.end]


@pytest.mark.skipif(not jing_available(), reason="jing is not installed")
def test_parallel_tei_is_valid_tei_all_with_jing(session):
    _translated(session)
    bundle = ExportBundle(session.document, source_url="http://example.org/page")
    data = export_parallel(bundle, session.translations, "ru")
    assert validate_with_jing(data, TEI_ALL) == []


def test_parallel_tei_of_nothing_translated_and_of_a_tiny_document(tei_all):
    doc = Document(1, "", "Hello.", 1)
    data = export_parallel(doc, {}, "ru")
    assert tei_all_errors(tei_all, data) == []
    doc = Document(2, "Т", "Привет, мир.", 1, blocks=[Block(0, 12, "body", "ru")])
    data = export_parallel(
        doc, {0: Translation(2, 0, "en", "Hello, world.", "Анна", 1_700_000_000_000_000)}, "en"
    )
    assert tei_all_errors(tei_all, data) == []
    with pytest.raises(TeiExportError):
        export_parallel(doc, {0: "bad \x01 char"}, "en")
    with pytest.raises(TeiExportError):
        export_parallel(doc, {0: "x"}, "not a language")
