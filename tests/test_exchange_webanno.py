"""W3C Web Annotations: export of a document's annotations as JSON-LD, import back (round
trip), import from a web annotator that gives quotes only, and what cannot be placed."""

import hashlib
import json
from pathlib import Path

import pytest

from glossator.exchange import (
    ExchangeError,
    export_document_annotations,
    export_web_annotations,
    import_document_annotations,
    import_web_annotations,
)
from glossator.model import Analysis, Annotation, Block, SourceFile, Term, TermForm
from glossator.store import Store

DATA = Path(__file__).resolve().parent / "data" / "exchange"
TEXT = (
    "General Vlasov met the KONR in Prague.\n\n"
    "In Prague, the Committee (KONR) issued its Manifesto on 14 November 1944. "
    "Власов signed it."
)
BASE = "https://example.org/vlasov.html"


def import_text(store, text: str = TEXT) -> int:
    raw = text.encode("utf-8")
    source = SourceFile(
        "vlasov.txt", "/tmp/vlasov.txt", "txt", raw, "utf-8", hashlib.sha256(raw).hexdigest(), text
    )
    analysis = Analysis(
        text=text,
        encoding="utf-8",
        blocks=[Block(0, len(text), "body", "mixed")],
        metadata={"title": "Vlasov in Prague", "authors": [], "editors": []},
    )
    return store.import_document(source, analysis).document_id


def at(text: str, word: str, n: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(n + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def annotate(store, doc_id: int) -> int:
    """Six annotations of every status; the KONR one names a concept (returned)."""
    konr = store.add_term(Term([TermForm("КОНР", "ru", "acronym"), TermForm("KONR", "en")]))
    anns = [
        Annotation(*at(TEXT, "Vlasov"), "persName", status="accepted", author="anna"),
        Annotation(
            *at(TEXT, "KONR", 1), "orgName", attributes={"concept": konr.id}, status="accepted"
        ),
        Annotation(*at(TEXT, "Prague", 1), "placeName", origin="auto:ner"),
        Annotation(*at(TEXT, "14 November 1944"), "date", attributes={"when": "1944-11-14"}),
        Annotation(
            *at(TEXT, "Власов"),
            "foreign",
            attributes={"xml:lang": "ru", "comment": "signature"},
            status="rejected",
        ),
        Annotation(*at(TEXT, "Manifesto"), "note", attributes={"comment": "see appendix"}),
    ]
    store.add_annotations(doc_id, anns)
    return konr.id


def key(a: Annotation) -> tuple:
    return a.type, a.start, a.end, json.dumps(a.attributes, sort_keys=True), a.status


def test_export_is_a_w3c_annotation_collection(store):
    doc_id = import_text(store)
    konr = annotate(store, doc_id)
    data = export_web_annotations(store.get_document(doc_id), BASE + "/")
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 6
    assert data["label"] == "Vlasov in Prague"
    page = data["first"]
    assert page["type"] == "AnnotationPage" and len(page["items"]) == 6
    json.dumps(data)  # serializable as it is
    by_type = {a["glossator:type"]: a for a in page["items"]}
    org = by_type["orgName"]
    assert org["type"] == "Annotation" and org["motivation"] == "identifying"
    assert org["id"].startswith(BASE + "/annotations/")
    assert org["target"]["source"] == BASE
    quote, position = org["target"]["selector"]
    assert (
        quote
        == {
            "type": "TextQuoteSelector",
            "exact": "KONR",
            "prefix": TEXT[66 - 32 : 66],  # 32 characters of context either side
            "suffix": TEXT[70 : 70 + 32],
        }
    )
    assert quote["prefix"].endswith("\n\nIn Prague, the Committee (")
    assert position == {"type": "TextPositionSelector", "start": 66, "end": 70}
    assert TEXT[position["start"] : position["end"]] == "KONR"
    assert {"type": "TextualBody", "purpose": "tagging", "value": "orgName"} in org["body"]
    assert {
        "type": "SpecificResource",
        "purpose": "identifying",
        "source": f"{BASE}/concepts/{konr}",
    } in org["body"]
    assert org["glossator:status"] == "accepted" and org["glossator:attributes"] == {
        "concept": konr
    }
    assert by_type["persName"]["creator"] == {"type": "Person", "nickname": "anna"}
    assert by_type["persName"]["created"].endswith("+00:00")
    assert by_type["note"]["motivation"] == "commenting"
    assert {"type": "TextualBody", "purpose": "commenting", "value": "see appendix"} in by_type[
        "note"
    ]["body"]
    assert by_type["foreign"]["motivation"] == "classifying"
    only_accepted = export_web_annotations(store.get_document(doc_id), BASE, ["accepted"])
    assert only_accepted["total"] == 2


def test_round_trip_gives_the_same_annotations(store, tmp_path):
    doc_id = import_text(store)
    annotate(store, doc_id)
    path, count = export_document_annotations(store, doc_id, tmp_path / "anno.jsonld", BASE)
    assert count == 6
    original = sorted(key(a) for a in store.annotations(doc_id))

    # onto the same text in a fresh document: everything comes back, by position
    other = import_text(store, TEXT + " ")
    result, added = import_document_annotations(store, other, path)
    assert not result.unplaced and result.placed_by == {"position": 6}
    assert sorted(key(a) for a in store.annotations(other)) == original
    assert {a.origin for a in added} == {"manual", "auto:ner"}

    # importing again adds nothing twice
    _result, added = import_document_annotations(store, other, path)
    assert added == []


def test_round_trip_onto_a_changed_text_places_by_quote(store):
    doc_id = import_text(store)
    annotate(store, doc_id)
    data = export_web_annotations(store.get_document(doc_id), BASE)
    changed = "PREFACE.\n" + TEXT.replace("met the", "met with the")
    result = import_web_annotations(data, changed)
    assert not result.unplaced and result.placed_by == {"quote": 6}
    moved = {a.type: changed[a.start : a.end] for a in result.annotations}
    assert moved == {
        "persName": "Vlasov",
        "orgName": "KONR",
        "placeName": "Prague",
        "date": "14 November 1944",
        "foreign": "Власов",
        "note": "Manifesto",
    }
    # the second KONR and the second Prague, as prefix and suffix say
    org = next(a for a in result.annotations if a.type == "orgName")
    assert changed[org.start - 15 : org.start] == "the Committee ("
    place = next(a for a in result.annotations if a.type == "placeName")
    assert changed[place.start - 5 : place.start] == "\n\nIn "


def test_import_from_a_web_annotator_with_quotes_only():
    data = json.loads((DATA / "hypothesis_like.jsonld").read_text(encoding="utf-8"))
    result = import_web_annotations(data, TEXT)
    got = {(a.type, TEXT[a.start : a.end]): a for a in result.annotations}
    assert set(got) == {
        ("placeName", "Prague"),
        ("orgName", "KONR"),
        ("persName", "Власов"),
        ("note", "14 November 1944"),
    }
    prague = got[("placeName", "Prague")]
    assert (prague.start, prague.end) == at(TEXT, "Prague", 1)
    assert prague.attributes == {"comment": "Where the Manifesto was proclaimed."}
    assert prague.author == "reader@hypothes.is"
    assert prague.status == "suggested" and prague.origin == "import:webanno"
    assert (got[("orgName", "KONR")].start, got[("orgName", "KONR")].end) == at(TEXT, "KONR", 1)
    assert got[("persName", "Власов")].attributes == {"tags": ["signatory"]}
    assert got[("note", "14 November 1944")].attributes == {
        "comment": "Check the date against Andreyev."
    }
    assert result.placed_by == {"quote": 4}
    assert [u[0] for u in result.unplaced] == [
        "https://hypothes.is/a/Qx5",
        "https://hypothes.is/a/Qx6",
    ]
    assert "does not occur" in result.unplaced[0][1]
    assert "no TextQuoteSelector" in result.unplaced[1][1]


def test_hypothesis_api_rows_and_single_annotations():
    rows = {
        "total": 1,
        "rows": [
            {
                "id": "abc",
                "user": "acct:ed@hypothes.is",
                "text": "a general",
                "tags": ["Person"],
                "target": [
                    {
                        "source": BASE,
                        "selector": [
                            {"type": "TextPositionSelector", "start": 8, "end": 14},
                            {"type": "TextQuoteSelector", "exact": "Vlasov"},
                        ],
                    }
                ],
            }
        ],
    }
    (a,) = import_web_annotations(rows, TEXT).annotations
    assert (a.type, a.start, a.end, a.author) == ("persName", 8, 14, "ed@hypothes.is")
    assert a.attributes == {"comment": "a general"}
    single = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "motivation": "identifying",
        "target": {
            "source": BASE,
            "selector": {"type": "TextPositionSelector", "start": 0, "end": 7},
        },
    }
    (b,) = import_web_annotations(single, TEXT).annotations
    assert (b.type, TEXT[b.start : b.end]) == ("term", "General")


def test_a_concept_unknown_to_this_term_base_is_dropped(store, tmp_path):
    doc_id = import_text(store)
    konr = annotate(store, doc_id)
    path, _n = export_document_annotations(store, doc_id, tmp_path / "a.jsonld", BASE)
    with Store(tmp_path / "other.db", author="tester") as other:
        other_doc = import_text(other)
        _result, added = import_document_annotations(other, other_doc, path)
        org = next(a for a in added if a.type == "orgName")
        assert org.attributes == {} and other.term_count() == 0
    assert konr


def test_a_bad_file_is_a_clear_error(store, tmp_path):
    doc_id = import_text(store)
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json")
    with pytest.raises(ExchangeError, match="not a JSON file"):
        import_document_annotations(store, doc_id, bad)
    bad.write_text('"just a string"')
    with pytest.raises(ExchangeError, match="JSON object or list"):
        import_document_annotations(store, doc_id, bad)
