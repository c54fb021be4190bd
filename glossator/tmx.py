"""TMX 1.4b: a document's translation as a translation memory, one ``<tu>`` per aligned block.

Written for other tools (translate-toolkit, OmegaT, Trados read it): the source ``<tuv>``
first, then the target; ``creationid``/``changeid`` are the translation's author and
``creationdate``/``changedate`` its time, in TMX's ``YYYYMMDDThhmmssZ`` form. Read back with
:func:`parse_tmx`, which never resolves entities, loads a DTD or touches the network.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from lxml import etree

from glossator import __version__
from glossator.errors import GlossatorError
from glossator.model import Document, Translation
from glossator.xmlsafe import declares_entities, untrusted_parser

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_TMX_BYTES = 200 * 1024 * 1024
# Characters XML 1.0 cannot carry.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Inline codes of a segment: their content is markup of the original format, not text.
_CODES = frozenset({"bpt", "ept", "it", "ph", "ut"})


class TmxError(GlossatorError):
    """A TMX file that cannot be written or read; the message says what to do."""


def _tmx_date(microseconds: int) -> str:
    when = datetime.fromtimestamp(microseconds / 1_000_000, UTC) if microseconds else None
    return (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")


def _checked(text: str, where: str) -> str:
    bad = _XML_BAD.search(text)
    if bad:
        raise TmxError(
            f"{where} holds the character U+{ord(bad.group()):04X}, which XML cannot carry — "
            "correct the text and export again"
        )
    return text


def export_tmx(
    doc: Document,
    translations: Mapping[int, Translation | str] | Iterable[Translation],
    source_lang: str,
    target_lang: str,
) -> bytes:
    """The TMX 1.4b file (UTF-8 bytes) of a document's translation: one ``<tu>`` per block
    that has a translation, ``tuid`` ``b<block>``, with the block's text and its translation.

    ``translations`` are :class:`Translation` objects (or a mapping of block index to one, or
    to plain text). Raises :class:`TmxError` for text XML cannot carry."""
    if isinstance(translations, Mapping):
        items = [
            t if isinstance(t, Translation) else Translation(doc.id, block, target_lang, t)
            for block, t in translations.items()
        ]
    else:
        items = list(translations)
    items.sort(key=lambda t: t.block)
    newest = max((t.updated_us for t in items), default=0)
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root,
        "header",
        {
            "creationtool": "Glossator",
            "creationtoolversion": __version__,
            "segtype": "paragraph",
            "o-tmf": "glossator",
            "adminlang": "en",
            "srclang": source_lang,
            "datatype": "plaintext",
            "creationdate": _tmx_date(newest),
        },
    )
    body = etree.SubElement(root, "body")
    for t in items:
        if not 0 <= t.block < len(doc.blocks) or not t.text.strip():
            continue
        b = doc.blocks[t.block]
        attrs = {"tuid": f"b{t.block}", "srclang": source_lang}
        date = _tmx_date(t.updated_us)
        if t.author:
            attrs["creationid"] = t.author
            attrs["changeid"] = t.author
        attrs["creationdate"] = date
        attrs["changedate"] = date
        tu = etree.SubElement(body, "tu", attrs)
        prop = etree.SubElement(tu, "prop", type="x-block")
        prop.text = str(t.block)
        role = etree.SubElement(tu, "prop", type="x-role")
        role.text = b.role
        for lang, text, where in (
            (source_lang, doc.text[b.start : b.end], f"block {t.block} of the document"),
            (target_lang, t.text, f"the translation of block {t.block}"),
        ):
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
            seg = etree.SubElement(tuv, "seg")
            seg.text = _checked(text, where)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)


def _segment_text(seg: etree._Element) -> str:
    parts = [seg.text or ""]
    for child in seg:
        if isinstance(child.tag, str) and child.tag not in _CODES:
            parts.append(_segment_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def parse_tmx(
    data: bytes, source_lang: str | None = None, target_lang: str | None = None
) -> list[tuple[str, str]]:
    """(source, target) of every ``<tu>`` of a TMX file that has both.

    The source is the ``<tuv>`` in ``source_lang`` (default: the header's ``srclang``, else
    the first ``<tuv>``), the target the one in ``target_lang`` (default: the first other).
    Files that declare entities are refused; a DTD is never loaded and nothing is fetched. Raises
    :class:`TmxError` for a file that is not TMX or not well-formed."""
    if len(data) > MAX_TMX_BYTES:
        raise TmxError(
            f"the TMX file is {len(data):,} bytes, above the limit of {MAX_TMX_BYTES:,} — split it"
        )
    parser = untrusted_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise TmxError(f"the file is not well-formed XML ({exc}) — check that it is TMX") from exc
    if declares_entities(root.getroottree()) or b"<!ENTITY" in data:
        raise TmxError(
            "the TMX file declares entities, which Glossator does not expand — "
            "remove them from the <!DOCTYPE> line"
        )
    if not isinstance(root.tag, str) or etree.QName(root).localname != "tmx":
        raise TmxError("the file is XML but not TMX (its root element is not <tmx>)")
    header = root.find("header")
    src = source_lang or (header.get("srclang") if header is not None else None)
    if src == "*all*":
        src = None
    pairs: list[tuple[str, str]] = []
    for tu in root.iter("tu"):
        tuvs = []
        for tuv in tu.findall("tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
            seg = tuv.find("seg")
            if seg is not None:
                tuvs.append((lang.lower(), _segment_text(seg)))
        if len(tuvs) < 2:
            continue
        source = next((t for t in tuvs if src and t[0] == src.lower()), tuvs[0])
        rest = [t for t in tuvs if t is not source]
        target = next((t for t in rest if target_lang and t[0] == target_lang.lower()), None)
        if target is None:
            if target_lang:
                continue
            target = rest[0]
        pairs.append((source[1], target[1]))
    return pairs
