"""Import of TEI written by other editors, and refusal of hostile or broken files."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from lxml import etree

from glossator.errors import GlossatorError
from tei.errors import (
    TeiDuplicateIdError,
    TeiEntityError,
    TeiExternalEntityError,
    TeiMalformedError,
    TeiNotTeiError,
    TeiTooLargeError,
)
from tei.importer import ORIGIN, parse_tei, parse_tei_file
from tei.ns import TEI_NS

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "tei" / "samples"
DATA = Path(__file__).resolve().parent / "data" / "tei"
SAMPLE_FILES = sorted(SAMPLES.glob("*.xml"))


def words(s: str) -> list[str]:
    return re.findall(r"\S+", s)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_imports_with_all_its_text(path):
    result = parse_tei(path.read_bytes(), path.name)
    text_el = etree.fromstring(path.read_bytes()).find(f"{{{TEI_NS}}}text")
    source_words = words(" ".join(text_el.itertext()))
    # Every word of <text>, in order: nothing dropped, nothing reordered.
    assert "".join(words(result.text)) == "".join(source_words)
    assert result.blocks
    for b in result.blocks:
        assert 0 <= b.start <= b.end <= len(result.text)
    covered = sum(b.end - b.start for b in result.blocks)
    assert covered == len(result.text) - 2 * (len(result.blocks) - 1)
    for a in result.annotations:
        assert a.status == "accepted" and a.origin == ORIGIN
        assert result.text[a.start : a.end] == a.quote
    assert len(result.report) == 1 and result.report[0].startswith(path.name)
    assert result.metadata["title"]


def test_sample_elements_are_mapped():
    result = parse_tei((SAMPLES / "leafwriter-letter.xml").read_bytes(), "letter.xml")
    by_type = {}
    for a in result.annotations:
        by_type.setdefault(a.type, []).append(a)
    assert {"persName", "placeName", "date", "note", "reg"} <= set(by_type)
    oslo = next(a for a in by_type["placeName"] if a.quote == "Oslo")
    assert oslo.attributes["ref"] == "http://www.geonames.org/6453366"
    date = by_type["date"][0]
    assert date.quote == "21.10.35" and date.attributes["when"] == "1935-10-21"
    assert by_type["reg"][0].attributes["reg"] == "when"
    assert "pb ×2" in result.report[0]


def test_epidoc_sample_keeps_languages_and_names():
    result = parse_tei((SAMPLES / "leafwriter-epidoc.xml").read_bytes(), "epidoc.xml")
    assert result.blocks[0].lang == "la"
    assert any(a.type == "placeName" and a.quote == "Catinae" for a in result.annotations)
    assert any(a.type == "bibl" for a in result.annotations)


def test_prose_sample_notes_and_orgs():
    result = parse_tei((SAMPLES / "leafwriter-prose.xml").read_bytes(), "prose.xml")
    types = {a.type for a in result.annotations}
    assert {"persName", "orgName", "note", "date"} <= types
    assert result.blocks[0].role == "title"


def test_stray_text_and_comments_are_kept():
    data = (
        f'<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>'
        "<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>"
        "</teiHeader><text><body><div>loose <hi>text</hi> here<!-- c -->after"
        "<p>para<lb/>two <persName>Ann</persName></p>tail</div></body></text></TEI>"
    ).encode()
    r = parse_tei(data)
    assert words(r.text) == ["loose", "text", "hereafter", "para", "two", "Ann", "tail"]
    ann = next(a for a in r.annotations if a.type == "persName")
    assert ann.quote == "Ann"
    assert "hi ×1" in r.report[0] and "lb ×1" in r.report[0]


# ---------------------------------------------------------------- hostile and broken files


def test_entity_bomb_is_refused_quickly():
    t0 = time.perf_counter()
    with pytest.raises(TeiEntityError, match="entities") as exc:
        parse_tei_file(DATA / "entity_bomb.xml")
    assert time.perf_counter() - t0 < 2
    assert "remove the DOCTYPE" in str(exc.value)
    assert isinstance(exc.value, GlossatorError)


def test_entity_bomb_in_utf16_is_refused():
    data = (DATA / "entity_bomb.xml").read_text(encoding="utf-8")
    data = data.replace('encoding="UTF-8"', "").encode("utf-16")
    with pytest.raises(TeiEntityError):
        parse_tei(data, "bomb16.xml")


@pytest.mark.parametrize(
    "name", ["external_entity.xml", "external_parameter_entity.xml", "external_dtd.xml"]
)
def test_external_entities_and_dtds_are_never_fetched(name):
    with pytest.raises(TeiExternalEntityError, match="never") as exc:
        parse_tei_file(DATA / name)
    assert name in str(exc.value)


def test_internal_subset_without_entities_but_with_entity_use_is_malformed():
    data = (
        f'<!DOCTYPE TEI []><TEI xmlns="{TEI_NS}"><teiHeader/><text><body><p>&nbsp;</p>'
        "</body></text></TEI>"
    ).encode()
    with pytest.raises(TeiMalformedError, match="line 1"):
        parse_tei(data)


def test_malformed_xml_reports_line_and_column():
    with pytest.raises(TeiMalformedError) as exc:
        parse_tei_file(DATA / "malformed_unclosed.xml")
    assert exc.value.line == 7 and exc.value.column > 0
    assert "line 7" in str(exc.value) and "fix the XML" in str(exc.value)


def test_empty_file_is_malformed():
    with pytest.raises(TeiMalformedError):
        parse_tei_file(DATA / "empty.xml")


def test_duplicate_ids_are_refused():
    with pytest.raises(TeiDuplicateIdError, match="p1"):
        parse_tei_file(DATA / "duplicate_ids.xml")


@pytest.mark.parametrize("name", ["not_tei_root.xml", "tei_without_namespace.xml"])
def test_non_tei_roots_are_refused(name):
    with pytest.raises(TeiNotTeiError, match="not a TEI P5"):
        parse_tei_file(DATA / name)


def test_missing_text_element():
    with pytest.raises(TeiMalformedError, match="no <text>"):
        parse_tei_file(DATA / "no_text_element.xml")


def test_size_limit(tmp_path):
    data = (SAMPLES / "leafwriter-letter.xml").read_bytes()
    with pytest.raises(TeiTooLargeError, match="limit"):
        parse_tei(data, "letter.xml", max_bytes=1000)
    path = tmp_path / "big.xml"
    path.write_bytes(data)
    with pytest.raises(TeiTooLargeError):
        parse_tei_file(path, max_bytes=1000)


def test_default_limit_is_50_mib():
    from tei.safe import MAX_BYTES

    assert MAX_BYTES == 50 * 1024 * 1024
    with pytest.raises(TeiTooLargeError):
        parse_tei(b" " * (MAX_BYTES + 1))
