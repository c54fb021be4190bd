"""Glossator's RELAX NG profile and the validators (lxml, jing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from glossator.model import Annotation, Block, Document
from tei.bundle import ExportBundle
from tei.export import export_tei
from tei.ns import TEI_NS
from tei.validate import (
    GLOSSATOR_SCHEMA,
    ValidationError,
    jing_available,
    validate,
    validate_with_jing,
)

TEI_ALL = Path(__file__).resolve().parents[2] / "shared" / "tei" / "tei_all.rng"
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "tei" / "samples"
DATA = Path(__file__).resolve().parent / "data" / "tei"
needs_jing = pytest.mark.skipif(not jing_available(), reason="jing is not installed (CI has it)")


@pytest.fixture(scope="module")
def exported() -> bytes:
    text = "Title\n\nGeneral Vlasov met KONR in Prague."
    doc = Document(
        1,
        "t",
        text,
        1,
        blocks=[Block(0, 5, "title", "en"), Block(7, len(text), "body", "en")],
        annotations=[Annotation(7, 21, "persName", status="accepted")],
    )
    return export_tei(ExportBundle(doc))


def _mutate(data: bytes, fn) -> bytes:
    root = etree.fromstring(data)
    fn(root)
    return etree.tostring(root)


def test_profile_accepts_an_export(exported):
    assert validate(exported) == []
    assert validate(exported, TEI_ALL) == []


def test_profile_rejects_missing_header(exported):
    bad = _mutate(exported, lambda r: r.remove(r.find(f"{{{TEI_NS}}}teiHeader")))
    errors = validate(bad)
    assert errors and all(isinstance(e, ValidationError) for e in errors)
    assert errors[0].line >= 1


def test_profile_rejects_unknown_element_in_body(exported):
    def add(root):
        p = root.find(f".//{{{TEI_NS}}}p")
        etree.SubElement(p, f"{{{TEI_NS}}}blink").text = "x"

    assert validate(_mutate(exported, add))


def test_profile_is_stricter_than_tei_all():
    # A valid TEI file from another editor is not in Glossator's profile.
    sample = SAMPLES / "leafwriter-letter.xml"
    assert validate(sample, TEI_ALL) == []
    assert validate(sample)


def test_validate_reports_unparsable_input_with_position():
    errors = validate(DATA / "malformed_unclosed.xml")
    assert len(errors) == 1 and errors[0].line == 7


def test_validate_never_expands_entities():
    errors = validate(DATA / "entity_bomb.xml")
    assert len(errors) == 1 and "entities" in errors[0].message


@needs_jing
def test_jing_agrees(exported, tmp_path):
    path = tmp_path / "x.xml"
    path.write_bytes(exported)
    assert validate_with_jing(path, GLOSSATOR_SCHEMA) == []
    assert validate_with_jing(path, TEI_ALL) == []
    bad = tmp_path / "bad.xml"
    bad.write_bytes(_mutate(exported, lambda r: r.remove(r.find(f"{{{TEI_NS}}}teiHeader"))))
    errors = validate_with_jing(bad)
    assert errors and errors[0].line >= 1 and errors[0].message
    assert validate_with_jing(exported) == []  # bytes are accepted too


def test_jing_missing_is_a_clear_error(monkeypatch):
    from tei import validate as v
    from tei.errors import JingMissingError

    monkeypatch.setattr(v.shutil, "which", lambda name: None)
    assert not v.jing_available()
    with pytest.raises(JingMissingError, match="apt-get install jing"):
        v.validate_with_jing(DATA / "duplicate_ids.xml")
