"""Romanization schemes, reverse transliteration, the romanized-Russian detector and linker.

- :func:`romanize` (Cyrillic -> Latin, ~30 schemes incl. German, French, Polish; ё corrected)
- :func:`reverse_romanize` (Latin -> ranked Cyrillic candidates checked against the lexicon)
- :func:`find_romanized`, :func:`find_homoglyphs`, :func:`match_acronyms`, :func:`find_cyrillic`
- :class:`TermIndex` (term-base forms with a phonetic skeleton key)
"""

from .detect import (
    AcronymLink,
    CyrillicSpan,
    HomoglyphSpan,
    RomanizedSpan,
    find_cyrillic,
    find_homoglyphs,
    find_romanized,
    match_acronyms,
)
from .reverse import Candidate, reverse_romanize
from .schemes import MAIN_SCHEMES, SCHEMES, get_scheme, romanize
from .termindex import TermIndex, skeleton

__all__ = [
    "SCHEMES",
    "MAIN_SCHEMES",
    "AcronymLink",
    "Candidate",
    "CyrillicSpan",
    "HomoglyphSpan",
    "RomanizedSpan",
    "TermIndex",
    "find_cyrillic",
    "find_homoglyphs",
    "find_romanized",
    "get_scheme",
    "match_acronyms",
    "reverse_romanize",
    "romanize",
    "skeleton",
]
