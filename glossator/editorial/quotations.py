"""Quotations in double quotes (``q``).

Straight ``"..."``, curly ``“...”``, German ``„...“`` and guillemets ``«...»`` (and German
``»...«``). The span includes the quote marks, so the marks travel with the quotation (TEI
``<q>`` usually holds the text without them; an exporter can trim one character at each end).
Quotations are paired within one block (a paragraph): a quote left open at the end of its
paragraph, a stray closing mark, an inch mark (``12"``) are skipped. Quotes nest
(``«... „...“ ...»``); both are reported.

``type``: a quotation of one or two words without sentence punctuation (``. ! ? ; : …``) is a
scare quote, ``soCalled`` (``"Cossacks"``, ``"motherland,"``); anything longer, or ending a
sentence (``"Those?"``), is a ``quotation``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossator.model import Annotation, Block

from ._base import make, segments, sort_key

KIND = "quotation"

_MARKS = re.compile(r"[\"“”„«»]")
_SENTENCE_PUNCT = re.compile(r"[.!?;:…]")
_OPEN_BEFORE = "([{—–-/'‘"
_CLOSE_AFTER = ".,;:!?)]}—–-/'’…"


def _opener_like(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()


def _closer_like(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and (after.isspace() or after in _CLOSE_AFTER or after in '"”»')


def _type(inner: str) -> str:
    if len(inner.split()) <= 2 and not _SENTENCE_PUNCT.search(inner):
        return "soCalled"
    return "quotation"


def _pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(open index, close index)`` of every balanced quotation in ``text[start:end]``."""
    stack: list[tuple[int, str]] = []  # (index of the opening mark, closing marks it accepts)
    pairs: list[tuple[int, int]] = []

    def close_with(mark: str, i: int) -> bool:
        for k in range(len(stack) - 1, -1, -1):
            if mark in stack[k][1]:
                pairs.append((stack[k][0], i))
                del stack[k:]  # openers left inside are unbalanced: dropped
                return True
        return False

    for m in _MARKS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        top = stack[-1][1] if stack else ""
        if ch == '"':
            if '"' in top and _closer_like(text, i, start, end):
                close_with('"', i)
            elif _opener_like(text, i, start, end):
                if '"' in top:
                    stack.pop()  # the earlier straight quote was stray
                stack.append((i, '"'))
        elif ch == "“":
            if "“" in top or (top == "”" and _closer_like(text, i, start, end)):
                close_with("“" if "“" in top else "”", i)
            else:
                stack.append((i, "”"))
        elif ch == "”":
            close_with("”", i)
        elif ch == "„":
            stack.append((i, "“”"))
        elif ch == "«":
            if "«" in top:
                close_with("«", i)
            else:
                stack.append((i, "»"))
        elif ch == "»":
            if not close_with("»", i) and _opener_like(text, i, start, end):
                stack.append((i, "«"))
    return pairs


def find_quotations(text: str, blocks: Sequence[Block] | None = None) -> list[Annotation]:
    """Suggested ``q`` annotations over double-quoted passages (see the module notes)."""
    out: list[Annotation] = []
    for s, e, _role in segments(text, blocks):
        for i, j in _pairs(text, s, e):
            inner = text[i + 1 : j]
            if not inner.strip():
                continue
            out.append(make(text, i, j + 1, "q", {"type": _type(inner)}, KIND))
    out.sort(key=sort_key)
    return out
