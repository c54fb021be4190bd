"""A document and its translation as parallel TEI texts, linked block by block.

Layout (valid against ``tei_all``)::

    <text>
      <group>
        <text xml:id="source" xml:lang="en" type="source"><body>
          <p xml:id="s-5">…</p>  <ab type="keywords" xml:id="s-1">…</ab> …
        </body></text>
        <text xml:id="translation" xml:lang="ru" type="translation"><body>
          <p xml:id="t-5" resp="#translator-1">…</p> …
        </body></text>
      </group>
    </text>
    <standOff>
      <linkGrp type="translation"><link target="#s-5 #t-5"/> …</linkGrp>
    </standOff>

Every block of the source is written (body blocks as ``<p>``, the others as ``<ab type=ROLE>``),
each translated block once on the translation side with the same element, and one
``<link>`` per aligned pair. Translators are listed in the title statement and pointed to by
``@resp``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from lxml import etree

from glossator.model import Document, Translation
from tei.bundle import ExportBundle
from tei.common import (
    APP_IDENT,
    APP_VERSION,
    LANG_TO_XML,
    XML_BAD_CHARS,
    is_language,
    is_token,
    xml_safe,
)
from tei.errors import TeiExportError
from tei.ns import NSMAP, XML_ID, XML_LANG, tei
from tei.safe import parse_secure

SOURCE_ID = "source"
TRANSLATION_ID = "translation"
LINK_TYPE = "translation"
LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Russian",
    "mul": "Several languages",
    "und": "Undetermined",
}


def source_id(block: int) -> str:
    """The xml:id of a source block."""
    return f"s-{block}"


def translation_id(block: int) -> str:
    """The xml:id of the translation of a block."""
    return f"t-{block}"


def _text(value: str, where: str) -> str:
    bad = XML_BAD_CHARS.search(value)
    if bad:
        raise TeiExportError(
            f"{where} holds the character U+{ord(bad.group()):04X}, which XML cannot carry — "
            "correct it and export again"
        )
    return value


def _when(microseconds: int) -> str:
    return datetime.fromtimestamp(microseconds / 1_000_000, UTC).isoformat(timespec="seconds")


def export_parallel(
    bundle_or_document: ExportBundle | Document,
    translations: Mapping[int, Translation | str],
    lang: str,
) -> bytes:
    """The TEI P5 file (UTF-8 bytes) holding a document's text and its translation into
    ``lang`` as two parallel ``<text>``s of a ``<group>``, with a ``<linkGrp
    type="translation">`` linking each translated block to its source block (``#s-N #t-N``).

    ``translations`` maps block indexes to :class:`Translation` objects (whose authors become
    the translators) or to plain text; blocks missing from it, or empty, are not translated.
    Raises :class:`tei.errors.TeiExportError` for a language tag that is not one, or text XML
    cannot carry."""
    doc = (
        bundle_or_document.document
        if isinstance(bundle_or_document, ExportBundle)
        else bundle_or_document
    )
    source_url = (
        bundle_or_document.source_url if isinstance(bundle_or_document, ExportBundle) else ""
    )
    if not is_language(lang):
        raise TeiExportError(f"{lang!r} is not a language tag (such as ru or en)")
    items: dict[int, Translation] = {}
    for block, t in sorted(translations.items()):
        tr = t if isinstance(t, Translation) else Translation(doc.id, block, lang, t)
        if 0 <= block < len(doc.blocks) and tr.text.strip():
            items[block] = tr
    translators: dict[str, str] = {}
    for tr in items.values():
        if tr.author and tr.author not in translators:
            translators[tr.author] = f"translator-{len(translators) + 1}"
    src_lang = _document_lang(doc)

    root = etree.Element(tei("TEI"), nsmap=NSMAP)
    _header(root, doc, lang, src_lang, translators, items, source_url)
    outer = etree.SubElement(root, tei("text"))
    group = etree.SubElement(outer, tei("group"))
    source = etree.SubElement(
        group, tei("text"), {XML_ID: SOURCE_ID, XML_LANG: src_lang, "type": "source"}
    )
    target = etree.SubElement(
        group, tei("text"), {XML_ID: TRANSLATION_ID, XML_LANG: lang, "type": "translation"}
    )
    source_body = etree.SubElement(source, tei("body"))
    target_body = etree.SubElement(target, tei("body"))
    for i, b in enumerate(doc.blocks):
        el = _block(source_body, b.role, source_id(i))
        block_lang = LANG_TO_XML.get(b.lang, b.lang)
        if is_language(block_lang) and block_lang != src_lang:
            el.set(XML_LANG, block_lang)
        el.text = _text(doc.text[b.start : b.end], f"block {i} of the document")
        tr = items.get(i)
        if tr is not None:
            t_el = _block(target_body, b.role, translation_id(i))
            if tr.author:
                t_el.set("resp", "#" + translators[tr.author])
            t_el.text = _text(tr.text, f"the translation of block {i}")
    if not len(source_body):
        etree.SubElement(source_body, tei("p"))
    if not len(target_body):
        # <body> needs content: an empty paragraph says nothing is translated yet.
        etree.SubElement(target_body, tei("p"))
    standoff = etree.SubElement(root, tei("standOff"))
    links = etree.SubElement(standoff, tei("linkGrp"), type=LINK_TYPE)
    for i in items:
        etree.SubElement(links, tei("link"), target=f"#{source_id(i)} #{translation_id(i)}")
    if not len(links):
        standoff.remove(links)
        standoff.getparent().remove(standoff)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


def _document_lang(doc: Document) -> str:
    sizes: dict[str, int] = {}
    for b in doc.blocks:
        if b.lang in ("en", "ru"):
            sizes[b.lang] = sizes.get(b.lang, 0) + b.end - b.start
    return max(sizes, key=lambda k: sizes[k]) if sizes else "en"


def _block(body: etree._Element, role: str, xml_id: str) -> etree._Element:
    if role == "body":
        return etree.SubElement(body, tei("p"), {XML_ID: xml_id})
    return etree.SubElement(
        body, tei("ab"), {XML_ID: xml_id, "type": role if is_token(role) else "other"}
    )


def _header(
    root: etree._Element,
    doc: Document,
    lang: str,
    src_lang: str,
    translators: dict[str, str],
    items: dict[int, Translation],
    source_url: str,
) -> None:
    header = etree.SubElement(root, tei("teiHeader"))
    file_desc = etree.SubElement(header, tei("fileDesc"))
    title_stmt = etree.SubElement(file_desc, tei("titleStmt"))
    etree.SubElement(title_stmt, tei("title")).text = xml_safe(doc.title or doc.source_name or "")
    sub = etree.SubElement(title_stmt, tei("title"), type="sub")
    sub.text = f"with its translation into {LANGUAGE_NAMES.get(lang, lang)}"
    for name, rid in translators.items():
        resp_stmt = etree.SubElement(title_stmt, tei("respStmt"), {XML_ID: rid})
        etree.SubElement(resp_stmt, tei("resp")).text = "translation"
        etree.SubElement(resp_stmt, tei("name")).text = xml_safe(name)
    pub = etree.SubElement(file_desc, tei("publicationStmt"))
    etree.SubElement(pub, tei("p")).text = "Exported by Glossator."
    source_desc = etree.SubElement(file_desc, tei("sourceDesc"))
    bibl = etree.SubElement(source_desc, tei("bibl"))
    etree.SubElement(bibl, tei("title")).text = xml_safe(doc.title or doc.source_name or "")
    if doc.source_name:
        etree.SubElement(bibl, tei("idno"), type="filename").text = xml_safe(doc.source_name)
    if doc.sha256:
        etree.SubElement(bibl, tei("idno"), type="sha256").text = doc.sha256
    if source_url:
        etree.SubElement(bibl, tei("ref"), target=source_url).text = xml_safe(source_url)
    encoding = etree.SubElement(header, tei("encodingDesc"))
    app_info = etree.SubElement(encoding, tei("appInfo"))
    app = etree.SubElement(app_info, tei("application"), ident=APP_IDENT, version=APP_VERSION)
    etree.SubElement(app, tei("label")).text = "Glossator"
    profile = etree.SubElement(header, tei("profileDesc"))
    usage = etree.SubElement(profile, tei("langUsage"))
    langs = [src_lang, lang] + [
        LANG_TO_XML.get(b.lang, b.lang) for b in doc.blocks if b.lang not in (src_lang, lang)
    ]
    for ident in dict.fromkeys(langs):
        if is_language(ident):
            etree.SubElement(usage, tei("language"), ident=ident).text = LANGUAGE_NAMES.get(
                ident, ident
            )
    dated = [t for t in items.values() if t.updated_us]
    if dated:
        revision = etree.SubElement(header, tei("revisionDesc"))
        for t in sorted(dated, key=lambda t: t.updated_us, reverse=True):
            change = etree.SubElement(revision, tei("change"), when=_when(t.updated_us))
            if t.author:
                change.set("who", "#" + translators[t.author])
            change.text = f"Translated block {t.block}."


def parse_parallel(data: bytes, name: str = "") -> tuple[str, list[tuple[str, str]]]:
    """The translation language and the (source, translation) text pairs of a parallel TEI
    file, in the order of its ``<linkGrp type="translation">``. Hostile or broken XML raises
    the matching :mod:`tei.errors` exception; a file without such links gives no pairs."""
    root = parse_secure(data, name).getroot()
    by_id = {el.get(XML_ID): el for el in root.iter() if el.get(XML_ID)}
    target_text = by_id.get(TRANSLATION_ID)
    lang = target_text.get(XML_LANG, "") if target_text is not None else ""
    pairs: list[tuple[str, str]] = []
    for grp in root.iter(tei("linkGrp")):
        if grp.get("type") != LINK_TYPE:
            continue
        for link in grp.iter(tei("link")):
            ends = [by_id.get(t.lstrip("#")) for t in (link.get("target") or "").split()]
            if len(ends) == 2 and all(e is not None for e in ends):
                pairs.append(("".join(ends[0].itertext()), "".join(ends[1].itertext())))
    return lang, pairs
