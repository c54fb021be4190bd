"""Generated documents: every export is valid TEI and imports back to the same text, blocks
and annotations, whatever the text (XML specials, Cyrillic, characters outside the BMP,
combining marks, line breaks) and however the annotations overlap."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from glossator.model import (
    ANNOTATION_STATUSES,
    ANNOTATION_TYPES,
    BLOCK_LANGS,
    BLOCK_ROLES,
    Annotation,
    Block,
    Document,
    Link,
    Term,
    TermForm,
)
from tei.bundle import ExportBundle
from tei.export import export_tei_with_report
from tei.importer import parse_tei
from tei.validate import jing_available, load_schema, validate, validate_with_jing

TEI_ALL = Path(__file__).resolve().parents[2] / "shared" / "tei" / "tei_all.rng"

PIECES = st.one_of(
    st.sampled_from(
        [
            "a",
            "Vlasov",
            " ",
            "  ",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "<",
            ">",
            "&",
            '"',
            "'",
            "]]>",
            "&amp;",
            "Власов",
            "ё",
            "е\u0301",
            "\u0301",
            "𝔄",
            "😀",
            "\U00020000",
            "\u00a0",
            "\u2028",
            "\u200d",
            "-",
            "- ",
            ",",
        ]
    ),
    st.characters(blacklist_categories=("Cs", "Cc", "Cn")),
)
TEXTS = st.lists(PIECES, max_size=60).map("".join)

JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
ATTR_KEYS = st.sampled_from(
    [
        "xml:lang",
        "concept",
        "cert",
        "when",
        "reg",
        "cyrillic",
        "resp",
        "break",
        "scheme",
        "n",
        "ü k",
    ]
)
SPECIAL_VALUES = {
    "xml:lang": st.sampled_from(["ru", "ru-Latn", "en", "not a tag", ""]),
    "concept": st.one_of(st.integers(1, 3), st.just("2"), st.just("x")),
    "cert": st.one_of(st.floats(0, 1), st.sampled_from(["high", "low", "bogus"])),
    "when": st.sampled_from(["1944-11-14", "1944", "1944-13", "2024-01-01T10:00:00Z", "x"]),
    "reg": st.sampled_from(["Власов", "", "<&>"]),
    "cyrillic": st.sampled_from(["Власов", "КОНР"]),
    "resp": st.sampled_from(["the editor", "ed", ""]),
    "break": st.sampled_from(["no", "yes", "weird"]),
}


@st.composite
def attributes(draw) -> dict:
    keys = draw(st.lists(ATTR_KEYS, max_size=4, unique=True))
    out = {}
    for k in keys:
        out[k] = draw(SPECIAL_VALUES.get(k, JSON_VALUES))
    return out


@st.composite
def documents(draw) -> ExportBundle:
    text = draw(TEXTS)
    n = len(text)
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=8)))
    blocks = []
    for i in range(0, len(cuts) - 1, 2):
        blocks.append(
            Block(
                cuts[i],
                cuts[i + 1],
                draw(st.sampled_from(BLOCK_ROLES)),
                draw(st.sampled_from(BLOCK_LANGS)),
            )
        )
    # Blocks must not overlap (segmentation never makes them); equal cuts give empty blocks.
    blocks = [b for j, b in enumerate(blocks) if j == 0 or b.start >= blocks[j - 1].end]
    anns = []
    for _ in range(draw(st.integers(0, 12))):
        s = draw(st.integers(0, n))
        e = draw(st.integers(s, n))
        anns.append(
            Annotation(
                s,
                e,
                draw(st.sampled_from((*ANNOTATION_TYPES, "custom", "two words"))),
                attributes=draw(attributes()),
                status=draw(st.sampled_from(ANNOTATION_STATUSES)),
                origin=draw(st.sampled_from(["manual", "auto:translit", "import:tei", ""])),
                author=draw(st.sampled_from(["", "tester", "Анна К."])),
                id=len(anns) + 1,
            )
        )
    terms = [
        Term(
            [
                TermForm("Власов", "ru", id=10 * c + 1, concept_id=c),
                TermForm("Vlasov", "ru-Latn", "term", "bgn-pcgn", "Власов", 10 * c + 2, c),
            ],
            status=draw(st.sampled_from(["preferred", "admitted", "deprecated", "suggested"])),
            note=draw(st.sampled_from(["", "a <note> & more"])),
            id=c,
        )
        for c in range(1, draw(st.integers(0, 3)) + 1)
    ]
    links = [
        Link("transliteration-of", ("form", 10 * t.id + 2), ("form", 10 * t.id + 1)) for t in terms
    ]
    doc = Document(1, "Generated", text, 1, blocks=blocks, annotations=anns)
    return ExportBundle(doc, terms, links, include_suggestions=draw(st.booleans()))


def key(a: Annotation) -> tuple:
    return (a.type, a.start, a.end, a.attributes, a.status, a.origin, a.author)


@pytest.fixture(scope="module")
def tei_all():
    return load_schema(TEI_ALL)


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(bundle=documents())
def test_export_is_valid_and_round_trips(bundle, tei_all):
    data, report = export_tei_with_report(bundle)
    assert isinstance(report, list)
    tree = etree.fromstring(data)
    assert tei_all.validate(tree), [str(e) for e in tei_all.error_log][:3]
    assert validate(data) == []
    back = parse_tei(data, "generated.xml")
    doc = bundle.document
    assert back.text == doc.text
    expected = [a for a in doc.annotations if bundle.include_suggestions or a.status != "suggested"]
    assert [key(a) for a in back.annotations] == [key(a) for a in expected]
    assert [(b.start, b.end, b.role, b.lang) for b in back.blocks] == [
        (b.start, b.end, b.role, b.lang) for b in doc.blocks
    ]
    assert [p.term for p in back.terms] == bundle.terms
    assert [p.links for p in back.terms] == [[("transliteration-of", 1, 0)] for _ in bundle.terms]
    # Every annotation that was rendered inline in parts is chained with prev/next.
    for el in tree.iter():
        nxt = el.get("next") if isinstance(el.tag, str) else None
        if nxt:
            assert tree.xpath("//*[@xml:id=$i]", i=nxt[1:])[0].get("prev")


@pytest.mark.skipif(not jing_available(), reason="jing is not installed (CI has it)")
@settings(max_examples=3, deadline=None)
@given(bundle=documents())
def test_generated_exports_pass_jing(bundle, tmp_path_factory):
    data, _ = export_tei_with_report(bundle)
    path = tmp_path_factory.mktemp("jing") / "generated.xml"
    path.write_bytes(data)
    assert validate_with_jing(path, TEI_ALL) == []
    assert validate_with_jing(path) == []
