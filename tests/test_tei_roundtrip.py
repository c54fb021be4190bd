"""TEI export of a realistic document (the seed) and its round trip through import."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from glossator.analysis import analyze_text
from glossator.model import Annotation, Block, Change, Document, Link, Term, TermForm
from tei.bundle import ExportBundle
from tei.export import export_tei, export_tei_with_report
from tei.importer import parse_tei
from tei.ns import TEI_NS
from tei.validate import (
    GLOSSATOR_SCHEMA,
    jing_available,
    load_schema,
    validate,
    validate_with_jing,
)

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_cc7236b206390885.txt"
TEI_ALL = Path(__file__).resolve().parents[2] / "shared" / "tei" / "tei_all.rng"
NS = {"t": TEI_NS}

needs_jing = pytest.mark.skipif(not jing_available(), reason="jing is not installed (CI has it)")


@pytest.fixture(scope="session")
def tei_all_errors():
    """Validation against tei_all with lxml; the schema (about 5 s) is loaded once."""
    rng = load_schema(TEI_ALL)

    def check(data: bytes) -> list[str]:
        if rng.validate(etree.fromstring(data)):
            return []
        return [f"{e.line}:{e.column}: {e.message}" for e in rng.error_log]

    return check


def key(a: Annotation) -> tuple:
    return (a.type, a.start, a.end, a.attributes, a.status, a.origin, a.author)


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    return starts[nth], starts[nth] + len(needle)


def seed_bundle(include_suggestions: bool = True) -> ExportBundle:
    """The seed as an editor would have it: analyzer suggestions (some accepted, some
    rejected), hand annotations that nest and cross, terms with forms and links, a change log."""
    analysis = analyze_text(SEED.read_text(encoding="utf-8"))
    text = analysis.text
    anns: list[Annotation] = []
    for i, s in enumerate(analysis.suggestions):
        s.status = ("accepted", "suggested", "rejected")[i % 3]
        anns.append(s)
    terms: list[Term] = []
    links: list[Link] = []
    for j, p in enumerate(analysis.terms):
        p.term.id = j + 1
        for m, f in enumerate(p.term.forms):
            f.id = (j + 1) * 100 + m
            f.concept_id = p.term.id
        terms.append(p.term)
        for kind, s, d in p.links:
            links.append(
                Link(kind, ("form", p.term.forms[s].id), ("form", p.term.forms[d].id), 0.875)
            )
        for occ in p.occurrences:
            analysis.suggestions[occ].attributes["concept"] = p.term.id
    vlasov = Term(
        [
            TermForm("Власов", "ru", "term", id=9001, concept_id=900),
            TermForm("Vlasov", "ru-Latn", "term", "bgn-pcgn", "Власов", id=9002, concept_id=900),
            TermForm("Wlassow", "ru-Latn", "inflected", "german", id=9003, concept_id=900),
        ],
        status="preferred",
        note="General A. A. Vlasov",
        id=900,
    )
    prague = Term(
        [
            TermForm("Prague", "en", id=9101, concept_id=901),
            TermForm("Прага", "ru", id=9102, concept_id=901),
        ],
        id=901,
    )
    konr = Term(
        [TermForm("KONR", "ru-Latn", "acronym", "acronym", id=9201, concept_id=902)],
        status="admitted",
        id=902,
    )
    terms += [vlasov, prague, konr]
    links += [
        Link("transliteration-of", ("form", 9002), ("form", 9001), 0.97, "bgn-pcgn", "accepted", 7),
        Link("same-as", ("form", 9003), ("form", 9002), 0.5, "german", "suggested", 8),
        Link("translation-of", ("form", 9101), ("form", 9102), 1.0, "", "accepted", 9),
    ]
    s, e = find(text, "General Vlasov", 1)
    anns.append(
        Annotation(s, e, "persName", attributes={"concept": 900}, status="accepted", author="ann")
    )
    s, e = find(text, "Prague", 1)
    anns.append(Annotation(s, e, "placeName", attributes={"concept": 901}, status="accepted"))
    s, e = find(text, "KONR", 3)
    anns.append(Annotation(s, e, "orgName", attributes={"concept": 902}, status="accepted"))
    s, e = find(text, "self- determination")
    anns.append(Annotation(s + 4, s + 6, "lb", status="accepted", origin="auto:hyphen"))
    s, e = find(text, "[Home Army - the editor]")
    anns.append(Annotation(s, e, "note", attributes={"resp": "the editor"}, status="accepted"))
    # A quotation crossing the note's end.
    anns.append(Annotation(s + 5, e + 10, "q", status="accepted", author="ann"))
    s, e = find(text, "Tretia Sila")
    anns.append(
        Annotation(
            s,
            e,
            "reg",
            attributes={"xml:lang": "ru-Latn", "reg": "Третья сила", "scheme": "scholarly"},
            status="accepted",
        )
    )
    s, e = find(text, "November 14th, 1944")
    anns.append(Annotation(s, e, "date", attributes={"when": "1944-11-14"}, status="accepted"))
    # A citation that spans two paragraphs: split at the block boundary.
    s, _ = find(text, "Ibid, pp.196-199.")
    _, e = find(text, "After its first meeting")
    anns.append(Annotation(s, e, "bibl", status="accepted", attributes={"n": [1, 2.5, None]}))
    anns.append(Annotation(10, 10, "term", status="accepted"))  # zero-length
    doc = Document(
        id=1,
        title="Russia Abroad",
        text=text,
        revision=1,
        source_name=SEED.name,
        encoding="utf-8",
        sha256="0" * 64,
        metadata=analysis.metadata,
        imported_at="2024-03-01T12:00:00.123456+00:00",
        blocks=analysis.blocks,
        spans=analysis.spans,
        annotations=anns,
    )
    changes = [
        Change(3, "2024-03-02T09:00:00+00:00", "ann", "accept", "annotation", 5, 1, None, None),
        Change(2, "2024-03-01T12:00:01+00:00", "tester", "create", "document", 1, 1, None, None),
    ]
    return ExportBundle(
        doc,
        terms,
        links,
        changes,
        include_suggestions=include_suggestions,
        source_url="https://example.org/russia abroad/vlasov.html",
    )


@pytest.fixture(scope="module")
def seed():
    bundle = seed_bundle()
    data, report = export_tei_with_report(bundle)
    return bundle, data, report


def test_seed_round_trip_is_exact(seed):
    bundle, data, _ = seed
    doc = bundle.document
    back = parse_tei(data, "seed.xml")
    assert back.glossator
    assert back.text == doc.text
    assert [(b.start, b.end, b.role, b.lang) for b in back.blocks] == [
        (b.start, b.end, b.role, b.lang) for b in doc.blocks
    ]
    assert [key(a) for a in back.annotations] == [key(a) for a in doc.annotations]
    assert back.metadata["title"] == doc.metadata["title"]
    assert back.metadata["authors"] == doc.metadata["authors"]
    assert back.metadata["editors"] == doc.metadata["editors"]
    assert back.source["source_name"] == SEED.name
    assert back.source["sha256"] == "0" * 64
    assert back.source["encoding"] == "utf-8"
    assert back.report == []


def test_seed_terms_links_and_changes_round_trip(seed):
    bundle, data, _ = seed
    back = parse_tei(data)
    assert [p.term for p in back.terms] == bundle.terms
    by_id = {p.term.id: p for p in back.terms}
    # Occurrences point at the annotations that name the concept.
    for i in by_id[900].occurrences:
        assert back.annotations[i].attributes["concept"] == 900
    assert by_id[900].occurrences
    assert sorted(by_id[900].links) == [("same-as", 2, 1), ("transliteration-of", 1, 0)]

    def link_key(lk: Link) -> tuple:
        return (lk.kind, lk.source, lk.target, lk.score, lk.scheme, lk.status, lk.id)

    assert sorted(map(link_key, back.links)) == sorted(map(link_key, bundle.links))
    assert [(c.id, c.at, c.author, c.action, c.entity, c.entity_id) for c in back.changes] == [
        (c.id, c.at, c.author, c.action, c.entity, c.entity_id) for c in bundle.changes
    ]


def test_seed_export_is_valid_tei_all_lxml(seed, tei_all_errors):
    _, data, _ = seed
    assert tei_all_errors(data) == []


@needs_jing
def test_seed_export_is_valid_tei_all_jing(seed, tmp_path):
    _, data, _ = seed
    path = tmp_path / "seed.xml"
    path.write_bytes(data)
    assert validate_with_jing(path, TEI_ALL) == []
    assert validate_with_jing(path, GLOSSATOR_SCHEMA) == []


def test_seed_export_is_valid_against_the_profile(seed):
    _, data, _ = seed
    assert validate(data) == []


def test_header_carries_metadata_taxonomy_languages_keywords_revisions(seed):
    bundle, data, _ = seed
    root = etree.fromstring(data)
    h = root.find("t:teiHeader", NS)
    assert h.findtext("t:fileDesc/t:titleStmt/t:title", namespaces=NS).startswith("Russia Abroad")
    assert h.findtext("t:fileDesc/t:titleStmt/t:author", namespaces=NS) == (
        "Lt. Gen. Władysław Anders"
    )
    assert h.findtext("t:fileDesc/t:titleStmt/t:editor", namespaces=NS) == "Antonio Muňoz"
    bibl = h.find("t:fileDesc/t:sourceDesc/t:bibl", NS)
    assert bibl.findtext("t:idno[@type='filename']", namespaces=NS) == SEED.name
    assert bibl.findtext("t:idno[@type='sha256']", namespaces=NS) == "0" * 64
    assert bibl.findtext("t:note[@type='encoding']", namespaces=NS) == "utf-8"
    assert bibl.find("t:ref", NS).get("target") == (
        "https://example.org/russia%20abroad/vlasov.html"
    )
    cats = h.xpath(
        "t:encodingDesc/t:classDecl/t:taxonomy[@xml:id='glossator-taxonomy']/t:category",
        namespaces=NS,
    )
    assert len(cats) == 11
    schemes = h.xpath(
        "t:encodingDesc/t:classDecl/t:taxonomy[@xml:id='romanization']/t:category/@n", namespaces=NS
    )
    assert {"bgn-pcgn", "german", "scholarly", "acronym"} <= set(schemes)
    norm = h.findtext("t:encodingDesc/t:editorialDecl/t:normalization/t:p", namespaces=NS)
    assert "bgn-pcgn" in norm
    langs = set(h.xpath("t:profileDesc/t:langUsage/t:language/@ident", namespaces=NS))
    assert {"en", "ru", "ru-Latn"} <= langs
    kws = h.xpath("t:profileDesc/t:textClass/t:keywords/t:term/text()", namespaces=NS)
    assert kws[0] == "KONR" and "Власовцы" in kws and len(kws) == 22
    changes = h.findall("t:revisionDesc/t:change", NS)
    assert [c.get("when") for c in changes] == [c.at for c in bundle.changes]
    assert all(c.get("who", "").startswith("#resp-") for c in changes)


def test_body_structure_and_inline_markup(seed):
    bundle, data, _ = seed
    root = etree.fromstring(data)
    body = root.find("t:text/t:body", NS)
    assert [d.get("type") for d in body.findall("t:div", NS)][:4] == [
        "section",
        "keywords",
        "navigation",
        "unsegmented",
    ]
    assert body.find("t:div/t:head", NS) is not None
    byline = body.find(".//t:byline", NS)
    assert byline.findtext("t:docAuthor", namespaces=NS) == "Lt. Gen. Władysław Anders"
    assert len(body.findall(".//t:p", NS)) == 11
    assert body.find("t:div[@type='navigation']/t:ab[@type='navigation']", NS) is not None
    assert body.find("t:div[@type='boilerplate']/t:ab", NS) is not None
    # A romanized form with its Cyrillic regularization; a persName linked to its concept.
    reg = body.xpath(".//t:choice[t:orig='Tretia Sila']/t:reg", namespaces=NS)[0]
    assert (
        reg.text == "Третья сила" and reg.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    )
    assert [
        "".join(el.xpath(".//text()[not(ancestor::t:reg)]", namespaces=NS))
        for el in body.xpath(".//t:persName[@ref='#concept-900']", namespaces=NS)
    ] == ["General Vlasov"]
    assert body.xpath(".//t:date[@when='1944-11-14']/text()", namespaces=NS) == [
        "November 14th, 1944"
    ]
    lb = body.xpath(".//t:lb[@break='no']", namespaces=NS)
    assert any((el.tail or "").startswith("determination") for el in lb)
    # Suggestions carry @cert and @resp; rejected annotations are never inline.
    sugg = body.xpath(".//*[@cert]", namespaces=NS)
    assert sugg and all(el.get("resp", "").startswith("#resp-") for el in sugg)
    rejected = {
        f"#ann-{k + 1}" for k, a in enumerate(bundle.document.annotations) if a.status == "rejected"
    }
    assert not rejected & set(body.xpath(".//@ana", namespaces=NS))
    # The term base in standOff.
    so = root.find("t:standOff", NS)
    person = so.xpath("t:listPerson/t:person[@xml:id='concept-900']", namespaces=NS)[0]
    names = person.findall("t:persName", NS)
    assert [n.get("{http://www.w3.org/XML/1998/namespace}lang") for n in names] == [
        "ru",
        "ru-Latn",
        "ru-Latn",
    ]
    assert names[1].get("subtype") == "bgn-pcgn" and names[2].get("type") == "inflected"
    assert so.xpath("t:listPlace/t:place[@xml:id='concept-901']", namespaces=NS)
    assert so.xpath("t:listOrg/t:org[@xml:id='concept-902']", namespaces=NS)
    assert so.xpath("t:list[@type='gloss']/t:item/t:term", namespaces=NS)
    assert so.xpath(
        "t:linkGrp[@type='transliteration']/t:link[@target='#form-9002 #form-9001']", namespaces=NS
    )


def test_overlaps_are_split_and_reported(seed):
    _, data, report = seed
    root = etree.fromstring(data)
    frags = root.xpath("//t:q[@next or @prev]", namespaces=NS)
    assert len(frags) >= 2
    assert frags[0].get("next") == "#" + frags[1].get("{http://www.w3.org/XML/1998/namespace}id")
    assert any("q " in line and "fragments" in line for line in report)
    assert any("bibl " in line and "several blocks" in line for line in report)


def test_suggestions_left_out_unless_asked():
    bundle = seed_bundle(include_suggestions=False)
    data, report = export_tei_with_report(bundle)
    back = parse_tei(data)
    kept = [a for a in bundle.document.annotations if a.status != "suggested"]
    assert [key(a) for a in back.annotations] == [key(a) for a in kept]
    assert back.text == bundle.document.text
    assert any("suggested annotation(s) left out" in line for line in report)
    assert not etree.fromstring(data).xpath("//t:span[@subtype='suggested']", namespaces=NS)


def test_text_with_xml_specials_and_edges_round_trips(tei_all_errors):
    text = "  <a> & ]]> \"q\" 'x'\r\n𝔄𝔅 е́ \t\n\n  Власов  \n"
    blocks = [Block(2, 20, "title", "en"), Block(27, 38, "body", "mixed")]
    anns = [
        Annotation(4, 5, "persName", status="accepted"),
        Annotation(2, 30, "q", status="accepted"),
        Annotation(9, 12, "note", status="rejected", attributes={"x": "]]>"}),
        Annotation(21, 25, "foreign", status="accepted", attributes={"xml:lang": "und"}),
    ]
    doc = Document(1, "t", text, 1, blocks=blocks, annotations=anns)
    data = export_tei(ExportBundle(doc))
    back = parse_tei(data)
    assert back.text == text
    assert [key(a) for a in back.annotations] == [key(a) for a in anns]
    assert [(b.start, b.end, b.role, b.lang) for b in back.blocks] == [
        (b.start, b.end, b.role, b.lang) for b in blocks
    ]
    assert tei_all_errors(data) == []
    assert validate(data) == []


@pytest.mark.parametrize("text", ["", "   \n", "x"])
def test_tiny_documents(text, tei_all_errors):
    doc = Document(1, "", text, 1)
    data = export_tei(ExportBundle(doc))
    assert parse_tei(data).text == text
    assert tei_all_errors(data) == []
    assert validate(data) == []


def test_text_xml_cannot_carry_is_refused():
    from tei.errors import TeiExportError

    doc = Document(1, "t", "bad \x01 char", 1)
    with pytest.raises(TeiExportError, match="U\\+0001"):
        export_tei(ExportBundle(doc))


def test_schemes_whose_names_collide_as_ids_come_back_as_they_were(tei_all_errors):
    text = "Vlasov and Wlassow."
    blocks = [Block(0, len(text), "body", "en")]
    anns = [
        Annotation(0, 6, "term", status="accepted", attributes={"concept": 1}, id=1),
        Annotation(11, 18, "term", status="accepted", attributes={"concept": 1}, id=2),
    ]
    forms = [
        TermForm("Власов", "ru", id=1, concept_id=1),
        TermForm("Vlasov", "ru-Latn", scheme="ISO 9", id=2, concept_id=1),
        TermForm("Wlassow", "ru-Latn", scheme="ISO-9", id=3, concept_id=1),
    ]
    doc = Document(1, "t", text, 1, blocks=blocks, annotations=anns)
    data = export_tei(ExportBundle(doc, [Term(forms, id=1)]))
    assert tei_all_errors(data) == []
    back = parse_tei(data)  # no duplicate xml:id
    [proposal] = back.terms
    assert sorted(f.scheme for f in proposal.term.forms if f.lang == "ru-Latn") == [
        "ISO 9",
        "ISO-9",
    ]
