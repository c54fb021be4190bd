"""The one place that converts between code-point offsets (the store's) and Qt's UTF-16
positions. Characters outside the Basic Multilingual Plane take two UTF-16 units."""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Maps code-point offsets of one text to UTF-16 positions and back, in O(log n)."""

    def __init__(self, text: str) -> None:
        # Code-point indexes of the characters that take two UTF-16 units (most texts have
        # none, and max() finds that out without a loop in Python).
        wide = bool(text) and max(text) > "\uffff"
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if wide else []
        self._length = len(text)

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of a code-point offset."""
        if not self._wide:
            return offset
        return offset + bisect_right(self._wide, offset - 1)

    def from_qt(self, position: int) -> int:
        """Code-point offset of a UTF-16 position (a position inside a pair maps to its start)."""
        if not self._wide:
            return min(position, self._length)
        lo, hi = 0, self._length
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_qt(mid) <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo
