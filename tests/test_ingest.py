"""Reading files (encodings, bad inputs, normalization) and segmenting texts into role blocks."""

from __future__ import annotations

import codecs
import hashlib
import importlib.util
import os
import unicodedata
from pathlib import Path

import pytest

from glossator.errors import (
    BinaryFileError,
    EmptyFileError,
    FileMissingError,
    InputError,
    TooLargeError,
    UndecodableError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from glossator.ingest import MAX_BYTES, decode_bytes, extract_metadata, read_source, segment
from glossator.ingest import reader as reader_module
from glossator.ingest.segment import parse_byline

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).parent.parent / "seeds" / "000_cc7236b206390885.txt"

_spec = importlib.util.spec_from_file_location("make_samples", DATA / "make_samples.py")
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("sample_utf8.txt", "utf-8"),
        ("sample_utf8_bom.txt", "utf-8-sig"),
        ("sample_utf16le_bom.txt", "utf-16-le"),
        ("sample_utf16be_bom.txt", "utf-16-be"),
        ("sample_cp1251.txt", "windows-1251"),
        ("sample_koi8r.txt", "koi8-r"),
    ],
)
def test_text_file_encodings(name, encoding):
    src = read_source(DATA / name)
    assert src.encoding == encoding
    assert src.text == samples.SAMPLE_TEXT
    assert src.format == "txt"
    assert src.name == name
    raw = (DATA / name).read_bytes()
    assert src.raw == raw
    assert src.sha256 == hashlib.sha256(raw).hexdigest()
    assert not src.text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("page_utf8_meta.html", "utf-8"),
        ("page_utf8_bom_nometa.html", "utf-8-sig"),
        ("page_utf16le_bom.html", "utf-16-le"),
        ("page_cp1251_meta.html", "windows-1251"),
        ("page_cp1251_nometa.html", "windows-1251"),
        ("page_koi8r_meta.html", "koi8-r"),
        ("page_koi8r_nometa.html", "koi8-r"),
        ("page_cp1251_labelled_latin1.html", "windows-1251"),
        ("page_koi8r_labelled_cp1251.html", "koi8-r"),
        ("page_cp1251_labelled_x-cp1251.html", "windows-1251"),
    ],
)
def test_html_file_encodings(name, encoding):
    src = read_source(DATA / name)
    assert src.format == "html"
    assert src.encoding == encoding
    assert src.text == samples.HTML_TEXT


def test_html_drops_script_style_noscript_and_comments():
    text = read_source(DATA / "page_cp1251_meta.html").text
    for hidden in ("not text", "font-family", "JavaScript", "a comment", "<", ">"):
        assert hidden not in text


def test_western_text_is_not_taken_for_cyrillic():
    src = read_source(DATA / "western_cp1252.txt")
    assert src.encoding == "windows-1252"
    assert src.text == samples.WESTERN_TEXT


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
@pytest.mark.parametrize(
    "phrase",
    [
        "Фотоархив | Библиотека | Acta Rossica | Энциклопедия Зарубежной России | Форум",
        "Эмиграция, Русская Прага, Русская эмиграция, Чехословакия, Мохоля, РОА, РОД, КОНР",
        "Власов, Власовцы",
        "Русская Прага",
        "Форум",
        "Щука и ёрш",
        "Съешь же ещё этих мягких французских булок, да выпей чаю.",
    ],
)
def test_short_cyrillic_texts_in_8bit_code_pages(phrase, encoding):
    text, enc = decode_bytes(phrase.encode(encoding), "x.txt")
    assert text == phrase
    assert enc == codecs.lookup(encoding).name.replace("cp1251", "windows-1251")


def test_declared_charset_believed_when_it_decodes():
    html = '<meta charset="koi8-r"><p>Библиотека эмиграции</p>'.encode("koi8-r")
    assert decode_bytes(html, "p.html", is_html=True) == (
        '<meta charset="koi8-r"><p>Библиотека эмиграции</p>',
        "koi8-r",
    )


def test_utf16_without_bom():
    text = "Hello, Прага! A text in UTF-16 without a byte order mark.\n"
    assert decode_bytes(text.encode("utf-16-le"), "x.txt") == (text, "utf-16-le")
    assert decode_bytes(text.encode("utf-16-be"), "x.txt") == (text, "utf-16-be")


def test_forced_encoding_overrides_detection():
    src = read_source(DATA / "sample_cp1251.txt", encoding="windows-1251")
    assert src.text == samples.SAMPLE_TEXT and src.encoding == "windows-1251"
    # The user's choice wins even when detection would disagree (mojibake, but reproducible).
    forced = read_source(DATA / "sample_cp1251.txt", encoding="koi8-r")
    assert forced.encoding == "koi8-r"
    assert forced.text != samples.SAMPLE_TEXT
    # Web aliases are understood.
    assert read_source(DATA / "sample_cp1251.txt", encoding="x-cp1251").encoding == "windows-1251"


def test_forced_encoding_that_does_not_decode():
    path = DATA / "sample_cp1251.txt"
    with pytest.raises(UndecodableError) as info:
        read_source(path, encoding="utf-8")
    msg = str(info.value)
    assert str(path) in msg and "utf-8" in msg and "offset" in msg
    assert info.value.advice


def test_unknown_encoding_is_named():
    with pytest.raises(UndecodableError) as info:
        read_source(DATA / "sample_utf8.txt", encoding="klingon-8")
    assert "klingon-8" in str(info.value)
    assert "sample_utf8.txt" in str(info.value)


def test_line_endings_and_nfc():
    src = read_source(DATA / "crlf_nfd.txt")
    assert "\r" not in src.text
    assert src.text == "Краткий очерк\n\nCafé и й\nold Mac line\nend\n"
    assert unicodedata.is_normalized("NFC", src.text)
    assert "\u0306" not in src.text and "\u0301" not in src.text


def test_max_bytes_constant():
    assert MAX_BYTES == 20 * 1024 * 1024
    assert "20 MiB" in Path(reader_module.__file__).read_text("utf-8")


# --- bad inputs --------------------------------------------------------------------------------


def _check_message(exc: InputError, path: Path) -> None:
    assert str(path) in str(exc)
    assert exc.problem and exc.advice


def test_missing_file(tmp_path):
    path = tmp_path / "nothing.txt"
    with pytest.raises(FileMissingError) as info:
        read_source(path)
    _check_message(info.value, path)


def test_directory(tmp_path):
    path = tmp_path / "folder.txt"
    path.mkdir()
    with pytest.raises(UnreadableFileError) as info:
        read_source(path)
    _check_message(info.value, path)
    assert "folder" in info.value.problem


def test_permission_denied(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reader_module, "open", deny, raising=False)
    with pytest.raises(UnreadableFileError) as info:
        read_source(path)
    _check_message(info.value, path)
    assert "permission" in info.value.problem


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_for_real(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(UnreadableFileError):
            read_source(path)
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8 + b" \n", b"\xa0\xa0"])
def test_empty_or_white_space(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyFileError) as info:
        read_source(path)
    _check_message(info.value, path)


def test_html_without_text(tmp_path):
    path = tmp_path / "blank.html"
    path.write_bytes(b"<html><head><script>x()</script></head><body> </body></html>")
    with pytest.raises(EmptyFileError):
        read_source(path)


@pytest.mark.parametrize(
    ("content", "word"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF"),
        (b"Some text\x00with a NUL byte in it and more text", "NUL"),
        (bytes(range(1, 9)) * 20 + b"a few letters", "control"),
    ],
)
def test_binary_content(tmp_path, content, word):
    path = tmp_path / "looks_like.txt"
    path.write_bytes(content)
    with pytest.raises(BinaryFileError) as info:
        read_source(path)
    _check_message(info.value, path)
    assert word in str(info.value)


def test_too_large_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: no need to write 20 MiB

    def never(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(reader_module, "open", never, raising=False)
    with pytest.raises(TooLargeError) as info:
        read_source(path)
    _check_message(info.value, path)


def test_max_bytes_parameter(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text("eleven char", encoding="utf-8")
    with pytest.raises(TooLargeError):
        read_source(path, max_bytes=10)
    assert read_source(path, max_bytes=11).text == "eleven char"


@pytest.mark.parametrize("name", ["doc.pdf", "doc.docx", "README", "page.xml"])
def test_unsupported_format(tmp_path, name):
    path = tmp_path / name
    path.write_text("text", encoding="utf-8")
    with pytest.raises(UnsupportedFormatError) as info:
        read_source(path)
    _check_message(info.value, path)


@pytest.mark.parametrize("name", ["a.txt", "a.TEXT", "a.htm", "a.HTML"])
def test_supported_extensions(tmp_path, name):
    path = tmp_path / name
    path.write_text("<p>Hello</p>" if "htm" in name.lower() else "Hello", encoding="utf-8")
    src = read_source(path)
    assert src.text == "Hello"
    assert src.format == ("html" if "htm" in name.lower() else "txt")


# --- segmentation of the seed ------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_text() -> str:
    return read_source(SEED).text


def _texts(text, blocks):
    return [text[b.start : b.end] for b in blocks]


def test_seed_blocks_and_roles(seed_text):
    blocks = segment(seed_text)
    texts = _texts(seed_text, blocks)
    roles = [b.role for b in blocks]
    assert roles[:5] == ["title", "keywords", "navigation", "title", "byline"]
    assert texts[0].startswith("Russia Abroad | KONR")
    assert texts[1].startswith("KONR, Committee") and texts[1].endswith("Власовцы")
    assert texts[2].startswith("Фотоархив") and texts[2].endswith("Форум")
    assert texts[3] == "Russian Volunteers in the German Wehrmacht in WorldWar II"
    assert texts[4] == "by Lt. Gen. Władysław Anders and Antonio Muňoz [ed.]"
    assert roles[5:-2] == ["body"] * 11
    assert texts[-2] == "backRussian Army of Liberation" and roles[-2] == "navigation"
    assert texts[-1].startswith("Rambler") and roles[-1] == "boilerplate"
    langs = [b.lang for b in blocks]
    assert langs[1] == "mixed" and langs[2] == "ru"
    assert all(lang == "en" for lang in langs[5:-2])
    assert langs[0] == "en" and langs[3] == "en"


def test_seed_block_offsets_are_trimmed_code_points(seed_text):
    blocks = segment(seed_text)
    previous_end = 0
    for b in blocks:
        chunk = seed_text[b.start : b.end]
        assert chunk == chunk.strip()
        assert b.start >= previous_end
        assert seed_text[previous_end : b.start].strip() == ""
        previous_end = b.end
    assert seed_text[previous_end:].strip() == ""
    # The navigation bar ends with a no-break space in the file: not part of the block.
    nav = blocks[2]
    assert seed_text[nav.end] == "\u00a0"


def test_seed_metadata(seed_text):
    meta = extract_metadata(seed_text, segment(seed_text))
    assert meta["title"].startswith("Russia Abroad | KONR")
    assert meta["authors"] == ["Lt. Gen. Władysław Anders"]
    assert meta["editors"] == ["Antonio Muňoz"]
    assert "Русская Прага" in meta["keywords"] and "KONR" in meta["keywords"]


# --- segmentation: generic examples of each role -----------------------------------------------


def _roles(text):
    return [(text[b.start : b.end], b.role) for b in segment(text)]


def test_generic_roles():
    text = (
        "A History of the Don Cossacks\n\n"
        "Keywords: Cossacks, Don, civil war\n\n"
        "Home • Articles • Photos • Contact\n\n"
        "Edited by John Smith and Jane Doe\n\n"
        "The Don Cossacks fought on both sides of the civil war. Many of them left Russia in "
        "1920 and settled in Yugoslavia and Czechoslovakia.\n\n"
        "Exile and Return\n\n"
        "By 1945 most of the emigrants had moved on.\n\n"
        "« Previous | Next »\n\n"
        "Last updated 12.03.2001\n\n"
        "© 1999 The Cossack Society. All rights reserved."
    )
    assert _roles(text) == [
        ("A History of the Don Cossacks", "title"),
        ("Keywords: Cossacks, Don, civil war", "keywords"),
        ("Home • Articles • Photos • Contact", "navigation"),
        ("Edited by John Smith and Jane Doe", "byline"),
        (
            "The Don Cossacks fought on both sides of the civil war. Many of them left Russia in "
            "1920 and settled in Yugoslavia and Czechoslovakia.",
            "body",
        ),
        ("Exile and Return", "title"),
        ("By 1945 most of the emigrants had moved on.", "body"),
        ("« Previous | Next »", "navigation"),
        ("Last updated 12.03.2001", "boilerplate"),
        ("© 1999 The Cossack Society. All rights reserved.", "boilerplate"),
    ]
    meta = extract_metadata(text, segment(text))
    assert meta["title"] == "A History of the Don Cossacks"
    assert meta["editors"] == ["John Smith", "Jane Doe"]
    assert meta["authors"] == []
    assert meta["keywords"] == ["Cossacks", "Don", "civil war"]


def test_keyword_list_without_label_and_a_sentence_list():
    text = (
        "Prague, Belgrade, Paris, Berlin, Harbin, emigration, Белая эмиграция\n\n"
        "He visited Prague, Belgrade, Paris, Berlin and Harbin, and he wrote about them."
    )
    assert [r for _, r in _roles(text)] == ["keywords", "body"]


def test_russian_navigation_and_link_lines():
    text = (
        "Первая мировая война в воспоминаниях эмигрантов\n\n"
        "Главная / Статьи / Фото / Гостевая книга\n\n"
        "Статья рассказывает о том, как эмигранты вспоминали войну, и о том, что они писали.\n\n"
        "На главную\n\n"
        "Back to top"
    )
    assert [r for _, r in _roles(text)] == [
        "title",
        "navigation",
        "body",
        "navigation",
        "navigation",
    ]


def test_top_navigation_bar_is_not_a_title():
    assert [r for _, r in _roles("Home | About | Archive | Contact\n\nSome text here.")] == [
        "navigation",
        "body",
    ]


def test_bylines_with_markers():
    assert parse_byline("by Lt. Gen. Władysław Anders and Antonio Muňoz [ed.]") == {
        "authors": ["Lt. Gen. Władysław Anders"],
        "editors": ["Antonio Muňoz"],
        "translators": [],
    }
    assert parse_byline("by Mary Jones, Peter Brown & Olga Petrova (eds.)")["editors"] == [
        "Mary Jones",
        "Peter Brown",
        "Olga Petrova",
    ]
    assert parse_byline("John Smith, ed.")["editors"] == ["John Smith"]
    tr = parse_byline("by Ivan Bunin and Sophie Lund (trans.)")
    assert tr["authors"] == ["Ivan Bunin"] and tr["translators"] == ["Sophie Lund"]
    assert parse_byline("Translated by Max Hayward")["translators"] == ["Max Hayward"]
    assert parse_byline("by Martin Luther King, Jr.")["authors"] == ["Martin Luther King, Jr."]
    ru = parse_byline("Автор: Иван Петров и Мария Новак")
    assert ru["authors"] == ["Иван Петров", "Мария Новак"]
    assert parse_byline("By the end of the war nothing was left.")["authors"] == []


def test_single_newlines():
    wrapped = (
        "The committee met in Prague in November and proclaimed its manifesto before a\n"
        "large audience of emigrants, soldiers and workers who had come from all over\n"
        "the Protectorate.\n"
    )
    assert len(segment(wrapped)) == 1
    heading_then_text = "Chapter One\n" + wrapped
    assert [r for _, r in _roles(heading_then_text)] == ["title", "body"]
    one_per_line = (
        "The first paragraph is written on one long line without any hard wrapping at all here.\n"
        "The second paragraph follows on the next line, again one long line of text, no wrap.\n"
    ).replace("here.", "here, as editors of web pages often do when they save text.")
    assert len(segment(one_per_line)) == 2
    with_footer = wrapped + "Copyright 2004 by the Archive\n"
    assert [r for _, r in _roles(with_footer)] == ["body", "boilerplate"]


def test_segment_offsets_with_non_bmp_and_combining_marks():
    text = "𝔊𝔩𝔬𝔰𝔰𝔞 heading\n\n  Сло\u0301во 𝟙 and мо\u0301ре here.  \n\n\n© 2001 𐌰𐌱"
    blocks = segment(text)
    assert _texts(text, blocks) == [
        "𝔊𝔩𝔬𝔰𝔰𝔞 heading",
        "Сло\u0301во 𝟙 and мо\u0301ре here.",
        "© 2001 𐌰𐌱",
    ]
    assert blocks[1].start == text.index("Сло")


def test_empty_text_has_no_blocks():
    assert segment("") == []
    assert segment(" \n\n \t\n") == []


# --- HTML to text ------------------------------------------------------------------------------


def test_html_structure():
    from glossator.ingest.htmltext import html_to_text

    html = (
        "<html><head><title>Exile</title></head><body><h1>Exile</h1>"
        "<p>One <b>two</b>\n   three<br>four</p><pre>  a   b\n  c</pre>"
        "<table><tr><td>Home</td><td>Forum</td></tr></table>"
        "<table><tr><td>Menu<br>Links</td><td>" + "Long text of the page. " * 6 + "</td></tr>"
        "</table></body></html>"
    )
    assert html_to_text(html) == (
        "Exile\n\nOne two three\nfour\n\n  a   b\n  c\n\nHome | Forum\n\nMenu\nLinks\n\n"
        + ("Long text of the page. " * 6).strip()
    )
