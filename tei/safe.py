"""Parse untrusted XML without resolving entities, loading DTDs or touching the network."""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from glossator.xmlsafe import untrusted_parser
from tei.errors import (
    TeiDuplicateIdError,
    TeiEntityError,
    TeiExternalEntityError,
    TeiMalformedError,
    TeiNotTeiError,
    TeiTooLargeError,
)
from tei.ns import TEI_NS, XML_ID, local_name

MAX_BYTES = 50 * 1024 * 1024

_ENTITY_DECL = re.compile(rb"<!ENTITY\s+(%\s*)?[^\s>]+\s+(SYSTEM|PUBLIC)\b|<!ENTITY\b", re.I)
_EXTERNAL_ENTITY = re.compile(rb"<!ENTITY\s+(%\s*)?[^\s>]+\s+(SYSTEM|PUBLIC)\b", re.I)
_DOCTYPE_EXTERNAL = re.compile(rb"<!DOCTYPE\s+[^\s>\[]+\s+(SYSTEM|PUBLIC)\b", re.I)


def parser() -> etree.XMLParser:
    """The one XML parser configuration for untrusted input."""
    return untrusted_parser(remove_blank_text=False, collect_ids=False)


def _ascii_view(data: bytes) -> bytes:
    """The bytes with UTF-16/32 decoded, so declarations can be looked for in any encoding."""
    for bom, enc in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return data.decode(enc, "replace").encode("utf-8", "replace")
    if len(data) > 1 and (data[0] == 0 or data[1] == 0):
        enc = "utf-16-be" if data[0] == 0 else "utf-16-le"
        return data.decode(enc, "replace").encode("utf-8", "replace")
    return data


def parse_secure(
    data: bytes, name: str = "", *, max_bytes: int = MAX_BYTES, require_tei: bool = True
) -> etree._ElementTree:
    """Parse ``data`` safely; raise a :mod:`tei.errors` exception for each kind of hostile or
    broken input: too large, entity declarations (expansion bombs), external DTDs or entities,
    malformed XML (with line and column), duplicate xml:ids, a root that is not TEI."""
    path = name or "<bytes>"
    if len(data) > max_bytes:
        raise TeiTooLargeError(
            path,
            f"the file has {len(data):,} bytes, more than the limit of {max_bytes:,}",
            "split it into several TEI files, or raise the limit if you trust the file",
        )
    view = _ascii_view(data)
    if _EXTERNAL_ENTITY.search(view) or _DOCTYPE_EXTERNAL.search(view):
        raise TeiExternalEntityError(
            path,
            "the file refers to an external DTD or external entities, which are never "
            "loaded or fetched",
            "remove the DOCTYPE declaration (TEI P5 needs none) and import again",
        )
    if _ENTITY_DECL.search(view):
        raise TeiEntityError(
            path,
            "the file declares entities in a DOCTYPE (a possible entity expansion bomb)",
            "remove the DOCTYPE and write the characters themselves, then import again",
        )
    try:
        tree = etree.ElementTree(etree.fromstring(data, parser()))
    except etree.XMLSyntaxError as exc:
        msg = exc.msg or str(exc)
        line, col = (exc.position if exc.position else (exc.lineno or 0, 0)) or (0, 0)
        if "already defined" in msg and "ID" in msg:
            raise TeiDuplicateIdError(
                path,
                f"duplicate xml:id at line {line}, column {col}: {msg}",
                "give every element a distinct xml:id and import again",
            ) from None
        if "entity" in msg.lower() and ("loop" in msg.lower() or "amplification" in msg.lower()):
            raise TeiEntityError(
                path, f"entity expansion refused: {msg}", "remove the DOCTYPE and import again"
            ) from None
        raise TeiMalformedError(
            path,
            f"not well-formed XML at line {line}, column {col}: {msg}",
            "fix the XML there (an XML editor shows the error) and import again",
            line=line,
            column=col,
        ) from None
    except ValueError as exc:  # e.g. an empty document or a wrong encoding declaration
        raise TeiMalformedError(
            path, f"not XML: {exc}", "check that this is a TEI XML file", line=1, column=1
        ) from None
    dtd = tree.docinfo.internalDTD
    if dtd is not None:
        if any(True for _ in dtd.iterentities()):
            raise TeiEntityError(
                path,
                "the file declares entities in a DOCTYPE (a possible entity expansion bomb)",
                "remove the DOCTYPE and write the characters themselves, then import again",
            )
        if tree.docinfo.system_url or tree.docinfo.public_id:
            raise TeiExternalEntityError(
                path,
                "the file refers to an external DTD, which is never loaded or fetched",
                "remove the DOCTYPE declaration (TEI P5 needs none) and import again",
            )
    root = tree.getroot()
    if require_tei and root.tag != f"{{{TEI_NS}}}TEI":
        ns = root.tag[1:].partition("}")[0] if root.tag.startswith("{") else ""
        where = f" in namespace {ns!r}" if ns else " without a namespace"
        raise TeiNotTeiError(
            path,
            f"the root element is <{local_name(root.tag)}>{where}, not a TEI P5 <TEI> in {TEI_NS}",
            "import a TEI P5 file (P4 and teiCorpus files must be converted first)",
        )
    ids = Counter(v for v in (el.get(XML_ID) for el in root.iter() if isinstance(el.tag, str)) if v)
    dups = sorted(k for k, n in ids.items() if n > 1)
    if dups:
        shown = ", ".join(dups[:5]) + (" ..." if len(dups) > 5 else "")
        raise TeiDuplicateIdError(
            path,
            f"{len(dups)} xml:id value(s) used more than once: {shown}",
            "give every element a distinct xml:id and import again",
        )
    return tree
