"""What the editorial analyzers share: which blocks they read and how a suggestion is made."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from glossator.model import Annotation, Block, quote_and_context

# Blocks the editorial analyzers read. Navigation bars, keyword lines and footers
# ("last updated October, 21th Y2K+2") are page furniture, not the edited text.
ANALYZED_ROLES = frozenset({"body", "title", "byline"})
ORIGIN_PREFIX = "auto:editorial-"


def segments(text: str, blocks: Sequence[Block] | None) -> Iterator[tuple[int, int, str]]:
    """``(start, end, role)`` of every block to analyze, in document order.

    With no blocks at all (``None`` or empty) the whole text is read as one body block, so the
    analyzers can be used on a bare string.
    """
    if not blocks:
        yield 0, len(text), "body"
        return
    for b in sorted(blocks, key=lambda b: b.start):
        if b.role in ANALYZED_ROLES and b.end > b.start:
            yield max(0, b.start), min(len(text), b.end), b.role


def make(
    text: str, start: int, end: int, type_: str, attributes: dict[str, Any], kind: str
) -> Annotation:
    """A suggested annotation over ``text[start:end]`` with its context."""
    quote, prefix, suffix = quote_and_context(text, start, end)
    return Annotation(
        start=start,
        end=end,
        type=type_,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        attributes=attributes,
        status="suggested",
        origin=ORIGIN_PREFIX + kind,
    )


def sort_key(a: Annotation) -> tuple[int, int, str]:
    """Document order; of two spans starting together the longer (outer) one first."""
    return a.start, -a.end, a.type
