"""Editorial analyzers: citations, editor's insertions, dates, hyphenation breaks, quotations.

Every finding is a suggestion for an editor, never a decision: an :class:`Annotation` with
status ``suggested`` and origin ``auto:editorial-<kind>`` (kinds: ``citation``, ``note``,
``date``, ``hyphenation``, ``quotation``). Offsets are code points into the text; ``quote`` is
``text[start:end]``; ``prefix``/``suffix`` are up to 32 characters around it.

Only blocks with role ``body``, ``title`` or ``byline`` are read (not navigation, keywords or
boilerplate); with no blocks the whole text is read as one body block. Each module documents
its rules and its span conventions.
"""

from __future__ import annotations

from collections.abc import Sequence

from glossator.model import Annotation, Block

from ._base import ANALYZED_ROLES, ORIGIN_PREFIX, sort_key
from .brackets import find_citations, find_editor_notes
from .dates import find_dates
from .hyphenation import find_hyphenation_breaks
from .quotations import find_quotations

__all__ = [
    "ANALYZED_ROLES",
    "ORIGIN_PREFIX",
    "find_citations",
    "find_dates",
    "find_editor_notes",
    "find_editorial",
    "find_hyphenation_breaks",
    "find_quotations",
]


def find_editorial(text: str, blocks: Sequence[Block] | None = None) -> list[Annotation]:
    """All editorial suggestions for ``text``, sorted by start (outer spans first)."""
    out: list[Annotation] = []
    for finder in (
        find_citations,
        find_editor_notes,
        find_dates,
        find_hyphenation_breaks,
        find_quotations,
    ):
        out.extend(finder(text, blocks))
    out.sort(key=sort_key)
    return out
