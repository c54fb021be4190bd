"""XML namespaces and qualified names used by the TEI conversion (the one place they live)."""

from __future__ import annotations

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
RNG_NS = "http://relaxng.org/ns/structure/1.0"

NSMAP = {None: TEI_NS}

XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"
XML_SPACE = f"{{{XML_NS}}}space"


def tei(local: str) -> str:
    """The Clark name ``{http://www.tei-c.org/ns/1.0}local`` of a TEI element."""
    return f"{{{TEI_NS}}}{local}"


def local_name(tag: object) -> str:
    """The local part of an element's tag ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def in_tei(tag: object) -> bool:
    """Whether a tag is in the TEI namespace."""
    return isinstance(tag, str) and tag.startswith(f"{{{TEI_NS}}}")


def prefixed(name: str) -> str:
    """An attribute's Clark name as people write it: ``{xml-ns}lang`` -> ``xml:lang``."""
    if name.startswith(f"{{{XML_NS}}}"):
        return "xml:" + name[len(XML_NS) + 2 :]
    if name.startswith("{"):
        ns, _, local = name[1:].partition("}")
        return f"{{{ns}}}{local}" if ns != TEI_NS else local
    return name
