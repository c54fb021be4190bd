"""Conventions shared by export and import: the names Glossator gives to what it writes.

Layout of a Glossator TEI file (documented in tei/README.md):

- ``<text xml:id="text" xml:space="preserve">``: every character of the document text, in
  order, as character data of ``<text>`` (excluding the ``<reg>`` of the ``<choice>``
  elements Glossator adds). Blocks are ``<head>`` (title), ``<byline>``, ``<p>`` (body) and
  ``<ab type="ROLE">`` (keywords, navigation, boilerplate) inside ``<div type="...">``;
  whitespace between blocks is kept as character data between the elements; other text
  between blocks is in ``<ab type="unsegmented">``.
- ``<standOff><spanGrp type="glossator-annotations">``: one ``<span>`` per exported
  annotation: ``@type`` (annotation type), ``@subtype`` (status),
  ``@target="#string-range(text,START,LENGTH)"`` (code points into the document text),
  ``@resp`` (origin) and a JSON object with attributes, origin and author as content.
  This record is the master copy; inline elements are a rendering of it.
"""

from __future__ import annotations

import math
import re
from datetime import datetime

APP_IDENT = "glossator"
APP_VERSION = "0.1.0"
TEXT_ID = "text"
RECORDS_TYPE = "glossator-annotations"
GAP_TYPE = "unsegmented"

# Block roles <-> elements.
ROLE_ELEMENT = {"title": "head", "byline": "byline", "body": "p"}
ELEMENT_ROLE = {v: k for k, v in ROLE_ELEMENT.items()}

# Block language "mixed" is written as the ISO 639 code for several languages.
LANG_TO_XML = {"mixed": "mul"}
LANG_FROM_XML = {v: k for k, v in LANG_TO_XML.items()}

LINK_GROUP = {
    "transliteration-of": "transliteration",
    "translation-of": "translation",
    "acronym-of": "acronym",
    "same-as": "same-as",
}
LINK_KIND = {v: k for k, v in LINK_GROUP.items()}

# Concepts whose annotations are names go to these standOff lists; other concepts to a gloss list.
NAME_LISTS = {
    "persName": ("listPerson", "person", "persName"),
    "orgName": ("listOrg", "org", "orgName"),
    "placeName": ("listPlace", "place", "placeName"),
}
GLOSS = ("list", "item", "term")

STRING_RANGE = re.compile(r"^#string-range\(([^,()]*),(\d+),(\d+)\)$")

# xsd:language, the datatype of xml:lang and language/@ident.
_LANGUAGE = re.compile(r"^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")
# teidata.enumerated / teidata.word: no control, format, private-use or separator characters.
_NOT_TOKEN = re.compile(
    r"[\x00-\x20\x7f-\xa0\xad\u0600-\u0605\u061c\u06dd\u070f\u1680\u180e\u2000-\u200f"
    r"\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ue000-\uf8ff\ufeff\ufff9-\ufffb"
    r"\U000f0000-\U0010ffff]"
)
# Characters XML 1.0 cannot carry at all.
XML_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NCNAME_BAD = re.compile(r"[^A-Za-z0-9._-]+")

_W3C_DATE = re.compile(
    r"^-?\d{4,}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])"
    r"(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d)?)?)?)?$"
)


def is_language(tag: object) -> bool:
    """Whether ``tag`` is a valid value of ``xml:lang`` (xsd:language)."""
    return isinstance(tag, str) and bool(_LANGUAGE.match(tag))


def is_token(value: object) -> bool:
    """Whether ``value`` can be a TEI ``@type``/``@subtype`` (teidata.enumerated)."""
    return isinstance(value, str) and bool(value) and not _NOT_TOKEN.search(value)


def ncname(prefix: str, value: str) -> str:
    """An xml:id made of ``prefix`` and a readable slug of ``value``."""
    slug = _NCNAME_BAD.sub("-", value).strip("-") or "x"
    return f"{prefix}{slug}"


def w3c_date(value: object) -> str | None:
    """``value`` if it is a valid ``@when`` (xsd date, gYear, gYearMonth or dateTime), else None.

    ISO timestamps written by Python (``2024-05-01T10:00:00.123456+00:00``) are accepted;
    a space between date and time is turned into ``T``."""
    if not isinstance(value, str):
        return None
    v = value.strip()
    if len(v) > 10 and v[10] == " ":
        v = v[:10] + "T" + v[11:]
    if not _W3C_DATE.match(v):
        return None
    if len(v) >= 10 and v[4] == "-":
        try:
            datetime.strptime(v[:10], "%Y-%m-%d")
        except ValueError:
            return None
    return v


def xml_safe(value: str) -> str:
    """``value`` without the characters XML cannot carry (for header text only)."""
    return XML_BAD_CHARS.sub("\ufffd", value)


def probability(value: object) -> str | None:
    """A ``@cert`` value (xsd:double or high/medium/low/unknown) from an attribute value."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        f = float(value)
        if math.isnan(f):
            return "NaN"
        if math.isinf(f):
            return "INF" if f > 0 else "-INF"
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, str):
        v = value.strip()
        if v in ("high", "medium", "low", "unknown"):
            return v
        try:
            float(v)
        except ValueError:
            return None
        if re.match(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", v):
            return v
    return None


def string_range(start: int, end: int) -> str:
    """The pointer to code points ``start`` to ``end`` of the document text."""
    return f"#string-range({TEXT_ID},{start},{end - start})"


def whitespace_only(s: str) -> bool:
    """Whether ``s`` holds only XML white space (space, tab, CR, LF), which RELAX NG ignores
    between elements."""
    return not s.strip(" \t\r\n")
