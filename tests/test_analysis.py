"""The analysis pass: blocks, spans and suggested foreign annotations, on the seed and others."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from glossator.analysis import analyze_source, analyze_text
from glossator.ingest import read_source
from glossator.lang import cyrillic_spans

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_cc7236b206390885.txt"
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def seed():
    return read_source(SEED)


@pytest.fixture(scope="module")
def analysis(seed):
    return analyze_source(seed)


def test_seed_analysis_blocks(analysis):
    roles = [b.role for b in analysis.blocks]
    assert roles[:5] == ["title", "keywords", "navigation", "title", "byline"]
    assert roles[-1] == "boilerplate"
    assert {b.lang for b in analysis.blocks if b.role == "body"} == {"en"}
    assert analysis.encoding == "utf-8"


def cyrillic(spans):
    return [s for s in spans if s.script == "Cyrl"]


def script_suggestions(suggestions):
    return [a for a in suggestions if a.origin == "auto:script"]


def test_seed_spans(analysis, seed):
    texts = [s.text for s in cyrillic(analysis.spans)]
    assert texts == [
        "Эмиграция",
        "Русская Прага",
        "Русская эмиграция",
        "Чехословакия",
        "Мохоля",
        "РОА",
        "РОД",
        "КОНР",
        "Власов",
        "Власовцы",
        "Фотоархив",
        "Библиотека",
        "Энциклопедия Зарубежной России",
        "Форум",
    ]
    assert [s.start for s in analysis.spans] == sorted(s.start for s in analysis.spans)
    for s in analysis.spans:
        assert seed.text[s.start : s.end] == s.text
        assert (s.lang, s.script) in {("ru", "Cyrl"), ("ru-Latn", "Latn")}


def test_seed_suggestions(analysis, seed):
    text = seed.text
    sugg = script_suggestions(analysis.suggestions)
    # The keyword line is mixed: its 10 Cyrillic runs are suggested as foreign; the navigation
    # bar is Russian itself: nothing to mark there.
    assert [a.quote for a in sugg] == [s.text for s in cyrillic(analysis.spans)[:10]]
    keywords = analysis.blocks[1]
    for a in sugg:
        assert keywords.start <= a.start < a.end <= keywords.end
        assert a.type == "foreign"
        assert a.attributes["xml:lang"] == "ru"
        assert a.attributes["lemma"] and a.attributes["romanized"]
        assert a.status == "suggested" and a.origin == "auto:script"
        assert text[a.start : a.end] == a.quote
        assert len(a.prefix) <= 32 and len(a.suffix) <= 32
        assert text[a.start - len(a.prefix) : a.start] == a.prefix
        assert text[a.end : a.end + len(a.suffix)] == a.suffix
    first = sugg[0]
    assert (
        first.quote == "Эмиграция" and first.prefix.endswith("Prague, ") and len(first.prefix) == 32
    )
    assert first.suffix.startswith(", Русская Прага")


def test_seed_metadata(analysis):
    meta = analysis.metadata
    assert meta["format"] == "txt"
    assert meta["title"].startswith("Russia Abroad | KONR")
    assert meta["authors"] == ["Lt. Gen. Władysław Anders"]
    assert meta["editors"] == ["Antonio Muňoz"]


def test_json_contract(analysis):
    d = json.loads(json.dumps(analysis.to_json_dict(), ensure_ascii=False))
    assert d["metadata"]["editors"] == ["Antonio Muňoz"]
    assert len([a for a in d["suggestions"] if a["origin"] == "auto:script"]) == 10
    assert d["blocks"][1] == {
        "start": analysis.blocks[1].start,
        "end": analysis.blocks[1].end,
        "role": "keywords",
        "lang": "mixed",
    }


def test_analyze_text_normalizes_and_offsets_slice():
    text = (
        "Title of a Page\r\n\r\nThe word Чаи\u0306ка and 𝔊 the word Прага\u0301 appear in English."
    )
    a = analyze_text(text)
    assert a.text == unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    assert [s.text for s in a.spans] == ["Чайка", "Прага\u0301"]
    for s in a.spans + a.suggestions:
        assert a.text[s.start : s.end] in ("Чайка", "Прага\u0301")
    assert [x.quote for x in a.suggestions] == ["Чайка", "Прага\u0301"]
    assert a.metadata["format"] == "txt" and a.encoding == "utf-8"


def test_russian_and_ukrainian_blocks_get_no_foreign_suggestions():
    text = (
        "Русская эмиграция в Праге жила своей жизнью, издавала журналы и книги.\n\n"
        "Київ і Львів у 1918 році, їхня історія.\n\n"
        "In Prague the word эмиграция was used by everyone.\n\n"
        "Он приехал в Київ весной и остался там надолго.\n\n"
        "The city of Київ was full of refugees in 1919."
    )
    a = analyze_text(text)
    assert [b.lang for b in a.blocks] == ["ru", "uk", "en", "ru", "en"]
    assert [(x.quote, x.attributes["xml:lang"]) for x in script_suggestions(a.suggestions)] == [
        ("эмиграция", "ru"),
        ("Київ", "uk"),
    ]
    assert {
        s.lang for s in a.spans if s.start < a.blocks[1].end and s.start >= a.blocks[1].start
    } == {"uk"}


def test_analyze_html_source():
    a = analyze_source(read_source(DATA / "page_koi8r_nometa.html"))
    assert a.encoding == "koi8-r"
    assert a.metadata["format"] == "html"
    assert a.metadata["title"] == "Русская Прага | Russian Free University"
    assert a.metadata["authors"] == ["Ivan Petrov"] and a.metadata["editors"] == ["Maria Novak"]
    assert "Русский свободный университет" in [x.quote for x in a.suggestions]


def test_spans_equal_cyrillic_spans_of_text(analysis):
    assert [(s.start, s.end) for s in cyrillic(analysis.spans)] == [
        (s.start, s.end) for s in cyrillic_spans(analysis.text)
    ]


def test_every_cyrillic_span_is_described_whatever_joins_its_words():
    a = analyze_text("Иван\u00a0Петров met кто\u2011то and Иван  Петров.")
    cyrillic = [s for s in a.spans if s.script == "Cyrl"]
    assert len(cyrillic) == 3
    for s in cyrillic:
        assert s.extra["lemma"] and s.extra["romanized"].startswith(("Ivan", "kto"))
