"""Bracketed citations (``bibl``) and editor's or translator's insertions (``note``).

Span convention: the enclosing brackets (or parentheses) are *not* part of a ``bibl`` or
``note`` span; they stay source punctuation around it. So
``[Soviet Opposition to Stalin, p. 74.]`` gives a bibl over ``Soviet Opposition to Stalin,
p. 74.``, and a bracket that holds a citation and then a comment,
``[Ibid, p. 96. Kasantsev states in his Tretia Sila, p. 290, that ...]``, gives a bibl over
``Ibid, p. 96.`` and a second one over ``Tretia Sila, p. 290``.

Rules, in the order they are tried on the content of each ``[...]``:

1. Footnote markers and editorial marks (``[1]``, ``[*]``, ``[...]``, ``[sic]``, ``[?]``) are
   skipped.
2. An insertion signed by the editor or translator -- ``[X - the editor]``, ``[X - ed.]``,
   ``[ed.: X]``, ``[Editor's note: X]``, ``[Translator's note - X]`` -- is a ``note`` with
   ``resp`` "editor" or "translator", ``type`` "editorial" and ``text`` X. A bare ``[ed.]`` or
   ``[transl.]`` after a capitalized name, or anywhere in a byline, names a role and is skipped;
   elsewhere it is a note with empty ``text``. Parentheses count only with the same explicit
   signature: ``(editor's note: X)``, ``(X - transl.)``.
3. Otherwise the content is split at ``;`` and each part may open with a citation: a title (or
   ``Ibid``/``Ibid.``/``ibidem``), optional further comma-separated parts, and a page locator
   (``p. 74``, ``pp. 196-199``, ``p.196``, ``S. 424``, ``pages 3-5``). Attributes: ``title``,
   ``pages``, ``part`` (the parts between title and pages, joined by ", "), ``date`` (a year
   or date part, as written), ``volume`` (a ``vol. N`` part), ``author`` (a lone surname
   before a title of two or more words: ``[Dallin, German Rule in Russia, p. 12]``).
   ``Ibid`` is resolved to the title of the nearest preceding leading citation with a title
   and carries ``ibid: True``. A bracket with no page locator and no ``Ibid`` is not a
   citation.
4. After (or instead of) a leading citation, ``Title Words, p. N`` inside the comment is an
   embedded citation (capitalized words before a page locator). Embedded citations do not
   change what a later ``Ibid`` refers to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossator.model import Annotation, Block

from ._base import make, segments, sort_key

KIND_CITATION = "citation"
KIND_NOTE = "note"

_BRACKET = re.compile(r"\[([^\[\]]{1,1000})\]")
_PAREN = re.compile(r"\(([^()]{1,1000})\)")

_SKIP = re.compile(r"^(?:\d{1,3}[a-z]?|[a-z]|[*†‡]+|\.{2,}|…|\?|!|sic!?|sic\.|\?!|!\?)$", re.I)

# Who inserted the text. Longer spellings first.
_WHO = (
    r"translators?|transl|trans|tr|editors?|eds|ed|"
    r"прим\.\s*ред|прим\.\s*перев|прим\.\s*пер|ред|перев|пер"
)
_NOTE_SUFFIX = re.compile(
    rf"^(?P<text>.*?\S)(?:\s+[-–—]+|\s*[–—]+)\s*(?:the\s+)?(?P<who>{_WHO})\.?\s*$",
    re.I | re.S,
)
_NOTE_PREFIX = re.compile(
    rf"^(?:the\s+)?(?P<who>{_WHO})(?:'s|’s|s'|s’)?\.?(?:\s+(?:note|remark|comment))?"
    r"\s*(?::|[-–—]+\s)\s*(?P<text>\S.*)$",
    re.I | re.S,
)
_NOTE_OF = re.compile(
    r"^(?:note|remark|comment)\s+(?:of|by|from)\s+the\s+(?P<who>editor|translator)s?"
    r"\s*(?::|[-–—]+\s)\s*(?P<text>\S.*)$",
    re.I | re.S,
)
_NOTE_BARE = re.compile(rf"^(?P<who>{_WHO})\.?$", re.I)

_LOC = re.compile(
    r"(?<!\w)(?:(?:pp?|S|pgs?|стр)\.\s*|pages?\s+)"
    r"(?P<pages>\d+(?:\s*[-–]\s*\d+)?)(?:\s*ff?\.)?(?!\d)"
)
_IBID = re.compile(r"^(?:ibid(?:em)?\.?|ib\.)(?=$|[\s,;:])", re.I)
_LEAD = re.compile(r"^(?:see\s+also|see|cf\.?|compare|vgl\.)\s+", re.I)
# "[Dallin, German Rule in Russia, p. 12]": a surname (with initials) before a title.
_AUTHOR = re.compile(r"^(?:[A-Z]\.\s*)*[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)*$")
_TITLE_LIKE = re.compile(
    r"^(?!(?:Appendix|Chapter|Part|Section|Book|Document|No|Nr|Vol|Bd|Anhang|Teil)\b)"
    r"[\"“«„]?[A-Z]\w*\s+\S"
)
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")
_DATE_PART = re.compile(
    r"^(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}"
    r"|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|[A-Z][a-z]+,?\s+\d{4})$"
)
_VOLUME = re.compile(r"^(?:vol|bd|t|tom)\.?\s*(?P<v>[0-9IVXLC]+)$", re.I)
# Words that show a head is a sentence about a work, not the work's title.
_SENTENCE_WORDS = frozenset(
    "states stated writes wrote says said notes noted mentions mentioned claims claimed "
    "reports reported argues argued according his her their its that which who".split()
)

_UPPER = "".join(
    re.escape(chr(c))
    for c in list(range(0x41, 0x250)) + list(range(0x400, 0x530))
    if chr(c).isupper()
)
_CONNECT = r"of|to|the|and|in|on|for|a|an|der|die|das|und|von|zu|im|des|de|la|le|du|et|i|v|na"
_TITLE_LOC = re.compile(
    rf"(?P<title>[{_UPPER}][\w'’.-]*(?:\s+(?:(?:{_CONNECT})\s+)*[{_UPPER}][\w'’.-]*)*)"
    rf",?\s+(?P<loc>{_LOC.pattern})"
)
_NOT_TITLES = frozenset({"see", "cf", "cf.", "also", "compare", "ibid", "ibid.", "vgl."})


def _resp(who: str) -> str:
    w = who.lower()
    return "translator" if w.startswith(("tr", "пер", "прим. пер", "прим.пер")) else "editor"


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _classify_note(content: str) -> tuple[str, str] | None:
    """``(resp, text)`` when the bracket content is a signed insertion, else None."""
    for pattern in (_NOTE_OF, _NOTE_PREFIX, _NOTE_SUFFIX):
        m = pattern.match(content)
        if m:
            return _resp(m.group("who")), m.group("text").strip()
    return None


def _pages(m: re.Match[str]) -> str:
    return re.sub(r"\s*[-–]\s*", "-", m.group("pages"))


def _looks_like_sentence(head: str) -> bool:
    words = head.split()
    if len(words) > 20:
        return True
    return any(w.strip(",.;:").lower() in _SENTENCE_WORDS for w in words[1:])


class _Citations:
    """State of one pass: the title an ``Ibid`` refers to, and what was found."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.last_title: str | None = None
        self.out: list[Annotation] = []

    def add(self, start: int, end: int, attrs: dict) -> None:
        start, end = _strip_span(self.text, start, end)
        if end > start:
            self.out.append(make(self.text, start, end, "bibl", attrs, KIND_CITATION))

    def part(self, start: int, end: int) -> None:
        """One ``;``-separated part of a bracket, ``text[start:end]``."""
        seg = self.text[start:end]
        lead = len(seg) - len(seg.lstrip())
        seg_body = seg[lead:]
        base = start + lead
        rest_from = 0  # where embedded citations are looked for, relative to seg_body
        ib = _IBID.match(seg_body)
        loc = _LOC.search(seg_body)
        if ib:
            head = seg_body[ib.end() : loc.start()] if loc else seg_body[ib.end() :]
            parts = [p.strip() for p in head.strip(" ,;:.").split(",") if p.strip()]
            if loc is None and (len(head.split()) > 8 or re.search(r"\.\s+\w", head)):
                return  # "Ibid." followed by a sentence: nothing to cite
            attrs: dict = {}
            if self.last_title:
                attrs["title"] = self.last_title
            attrs["ibid"] = True
            self._more(attrs, parts, loc)
            span_end = self._cite_end(seg_body, loc) if loc else len(seg_body)
            self.add(base, base + span_end, attrs)
            rest_from = span_end
        elif loc is not None:
            head = seg_body[: loc.start()]
            head = _LEAD.sub("", head, count=1)
            parts = [p.strip() for p in head.strip(" ,;:").split(",") if p.strip()]
            ok = not parts or (
                parts[0][0].isupper() or parts[0][0].isdigit() or parts[0][0] in "\"“«„'‘"
            )
            if ok and parts and _looks_like_sentence(head):
                ok = False
            if ok:
                attrs = {}
                if len(parts) >= 2 and _AUTHOR.match(parts[0]) and _TITLE_LIKE.match(parts[1]):
                    attrs["author"] = parts.pop(0)
                if parts:
                    attrs["title"] = parts[0].strip("\"“”«»„'‘’")
                    self.last_title = attrs["title"]
                self._more(attrs, parts[1:], loc)
                span_end = self._cite_end(seg_body, loc)
                self.add(base, base + span_end, attrs)
                rest_from = span_end
        for m in _TITLE_LOC.finditer(seg_body, rest_from):
            title = m.group("title").strip()
            if title.lower() in _NOT_TITLES:
                continue
            self.add(base + m.start(), base + m.end(), {"title": title, "pages": _pages(m)})

    @staticmethod
    def _more(attrs: dict, parts: list[str], loc: re.Match[str] | None) -> None:
        rest: list[str] = []
        for p in parts:
            if _YEAR.match(p) or _DATE_PART.match(p):
                attrs["date"] = p
            elif (v := _VOLUME.match(p)) is not None:
                attrs["volume"] = v.group("v")
            else:
                rest.append(p)
        if rest:
            attrs["part"] = ", ".join(rest)
        if loc is not None:
            attrs["pages"] = _pages(loc)

    @staticmethod
    def _cite_end(seg: str, loc: re.Match[str]) -> int:
        end = loc.end()
        if seg[end : end + 1] == "." and (
            end + 1 == len(seg) or seg[end + 1 :].strip() == "" or seg[end + 1].isspace()
        ):
            end += 1
        return end


def _preceded_by_name(text: str, seg_start: int, pos: int) -> bool:
    m = re.search(r"(\S+)\s*$", text[seg_start:pos])
    return bool(m) and m.group(1)[0].isupper()


def _scan(text: str, blocks: Sequence[Block] | None, want_bibl: bool, want_note: bool):
    cites = _Citations(text)
    notes: list[Annotation] = []
    for seg_start, seg_end, role in segments(text, blocks):
        found: list[tuple[int, int, bool]] = []  # (content start, content end, is bracket)
        for m in _BRACKET.finditer(text, seg_start, seg_end):
            found.append((m.start(1), m.end(1), True))
        for m in _PAREN.finditer(text, seg_start, seg_end):
            found.append((m.start(1), m.end(1), False))
        found.sort()
        for cstart, cend, square in found:
            s, e = _strip_span(text, cstart, cend)
            content = text[s:e]
            if not content or _SKIP.match(content):
                continue
            bare = _NOTE_BARE.match(content)
            if bare:
                if role == "byline" or _preceded_by_name(text, seg_start, cstart - 1):
                    continue  # "Antonio Muňoz [ed.]": a role, not a note
                if want_note and square:
                    attrs = {"resp": _resp(bare.group("who")), "type": "editorial", "text": ""}
                    notes.append(make(text, s, e, "note", attrs, KIND_NOTE))
                continue
            note = _classify_note(content)
            if note is not None:
                if want_note:
                    attrs = {"resp": note[0], "type": "editorial", "text": note[1]}
                    notes.append(make(text, s, e, "note", attrs, KIND_NOTE))
                continue
            if not square or not want_bibl:
                continue
            pos = s
            for piece in re.finditer(r"[^;]+", content):
                cites.part(pos + piece.start(), pos + piece.end())
    out = (cites.out if want_bibl else []) + notes
    out.sort(key=sort_key)
    return out


def find_citations(text: str, blocks: Sequence[Block] | None = None) -> list[Annotation]:
    """Suggested ``bibl`` annotations for bracketed citations (see the module notes)."""
    return _scan(text, blocks, want_bibl=True, want_note=False)


def find_editor_notes(text: str, blocks: Sequence[Block] | None = None) -> list[Annotation]:
    """Suggested ``note`` annotations for editor's and translator's insertions."""
    return _scan(text, blocks, want_bibl=False, want_note=True)
