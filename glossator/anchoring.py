"""Re-attaching annotations when a document's text is corrected.

A corrected text is a new revision; every annotation is carried over to it. Where the text
around an annotation did not change, its offsets are shifted exactly; where it did, the
annotation's quote is looked for near where it was, the occurrence whose context (prefix and
suffix) matches best winning, then a fuzzy match of the quote. An annotation that cannot be
placed is kept as an orphan, listed apart, never dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from glossator.analysis import analyze_text
from glossator.model import Annotation, Placement

if TYPE_CHECKING:
    from glossator.store import Store

# How far from its mapped position a moved quote is looked for.
SEARCH_WINDOW = 2000
# How alike a changed quote (0-100) must still be to its old form to count as found.
FUZZY_MIN = 85


class OffsetShift:
    """Maps offsets of an old text into a new one through the lines both share."""

    def __init__(self, old: str, new: str) -> None:
        old_lines = old.splitlines(keepends=True)
        new_lines = new.splitlines(keepends=True)
        old_starts = _starts(old_lines)
        new_starts = _starts(new_lines)
        # (old_start, old_end, delta) of every run of equal lines, in order.
        self._runs: list[tuple[int, int, int]] = []
        matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
            if tag == "equal":
                start, end = old_starts[i1], old_starts[i2]
                self._runs.append((start, end, new_starts[j1] - start))
        self._keys = [r[0] for r in self._runs]

    def exact(self, start: int, end: int) -> tuple[int, int] | None:
        """New offsets when the whole span lies in one unchanged run of lines."""
        i = bisect_right(self._keys, start) - 1
        if i >= 0:
            run_start, run_end, delta = self._runs[i]
            if run_start <= start and end <= run_end:
                return start + delta, end + delta
        return None

    def approximate(self, offset: int) -> int:
        """Where an offset probably went: shifted like the nearest unchanged run before it."""
        i = bisect_right(self._keys, offset) - 1
        return offset + (self._runs[i][2] if i >= 0 else 0)


def _starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def place_annotations(old: str, new: str, annotations: Sequence[Annotation]) -> list[Placement]:
    """Where each annotation of ``old`` belongs in ``new``."""
    shift = OffsetShift(old, new)
    out = []
    for a in annotations:
        assert a.id is not None
        exact = shift.exact(a.start, a.end)
        if exact is not None and new[exact[0] : exact[1]] == a.quote:
            out.append(Placement(a.id, exact[0], exact[1], "unchanged"))
            continue
        out.append(_search(new, a, shift.approximate(a.start)))
    return out


def _search(new: str, a: Annotation, near: int) -> Placement:
    assert a.id is not None
    lo = max(0, near - SEARCH_WINDOW)
    hi = min(len(new), near + SEARCH_WINDOW + len(a.quote))
    quote = a.quote
    if quote:
        best, best_score = None, -1.0
        pos = new.find(quote, lo, hi)
        while pos != -1:
            score = _context_score(new, pos, pos + len(quote), a) - abs(pos - near) / 1e6
            if score > best_score:
                best, best_score = pos, score
            pos = new.find(quote, pos + 1, hi)
        if best is not None:
            return Placement(a.id, best, best + len(quote), "context")
        window = new[lo:hi]
        match = fuzz.partial_ratio_alignment(quote, window)
        if match is not None and match.score >= FUZZY_MIN and match.dest_end > match.dest_start:
            return Placement(a.id, lo + match.dest_start, lo + match.dest_end, "fuzzy")
    return Placement(a.id, None, None, "orphan")


def _context_score(text: str, start: int, end: int, a: Annotation) -> float:
    before = text[max(0, start - len(a.prefix)) : start]
    after = text[end : end + len(a.suffix)]
    return fuzz.ratio(before, a.prefix) + fuzz.ratio(after, a.suffix)


def revise_document(
    store: Store, doc_id: int, new_text: str, note: str = "corrected"
) -> list[Placement]:
    """Store a corrected text as the document's new revision, with every annotation
    re-anchored onto it (orphans kept apart). Returns where each annotation went."""
    doc = store.get_document(doc_id)
    analysis = analyze_text(new_text, doc.encoding, format=doc.format)
    placements = place_annotations(doc.text, analysis.text, list(doc.annotations))
    store.add_revision(doc_id, analysis, placements, note, expected_revision=doc.revision)
    return placements
