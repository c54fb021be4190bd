"""The Russian lexicon (pymorphy3 with its dictionary), loaded once per process.

Besides pymorphy3's own analysis this exposes the word DAWG as a trie that can be walked letter by
letter, so the reverse romanizer prunes every Cyrillic prefix that starts no Russian word. A second
word list, the forms attested in Russian text with their frequency (``data/ru_attested.dawg``, from
wordfreq), knows the surnames and places the dictionary lacks and how common a spelling is.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

_LOCK = threading.Lock()
_MORPH = None

PROPER_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")
_SEP = b"\x01"  # dawg_python's payload separator: a key ends where it can be followed


def morph():
    """The shared pymorphy3 ``MorphAnalyzer`` (about 0.1-0.5 s to load, then cached)."""
    global _MORPH
    if _MORPH is None:
        with _LOCK:
            if _MORPH is None:
                import pymorphy3

                _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


DATA = Path(__file__).resolve().parent / "data"


class LexiconTrie:
    """Letter-by-letter walk over the word forms of a DAWG (by default the dictionary's)."""

    def __init__(self, dawg=None) -> None:
        dct = (dawg if dawg is not None else morph().dictionary.words).dct
        self._follow = dct.follow_bytes
        self.root = dct.ROOT

    def step(self, index: int, letters: str) -> int | None:
        """The node after ``letters`` from ``index``, or None when no word goes that way."""
        return self._follow(letters.encode("utf-8"), index)

    def is_word(self, index: int) -> bool:
        return self._follow(_SEP, index) is not None


@lru_cache(maxsize=1)
def trie() -> LexiconTrie:
    return LexiconTrie()


@lru_cache(maxsize=1)
def _attested():
    """Word forms seen in Russian text (wordfreq's large list) with their frequency, or None
    when the data file is missing."""
    import dawg_python

    path = DATA / "ru_attested.dawg"
    return dawg_python.RecordDAWG(">B").load(str(path)) if path.exists() else None


@lru_cache(maxsize=1)
def attested_trie() -> LexiconTrie | None:
    d = _attested()
    return LexiconTrie(d) if d is not None else None


@lru_cache(maxsize=200_000)
def zipf(word: str, fold_yo: bool = True) -> float:
    """How common a Cyrillic word form is in Russian text, on the Zipf scale (log10 of
    occurrences per billion words: 7 for и, 3 for Зворыкин-like names, 0 for unseen). Most text
    writes е for ё, so a form with ё also counts its spelling with е unless ``fold_yo`` is
    false. A hyphenated form counts as its rarest part (Ростов-на-Дону)."""
    d = _attested()
    if d is None:
        return 0.0
    low = word.lower()
    if "-" in low.strip("-"):
        return min(zipf(part, fold_yo) for part in low.split("-") if part)
    found = d.get(low, [])
    if fold_yo and "ё" in low:
        found = found + d.get(low.replace("ё", "е"), [])
    return max(f[0] for f in found) / 2 if found else 0.0


@lru_cache(maxsize=200_000)
def analyse(word: str) -> tuple[bool, str, str]:
    """(known, lemma, tags) of a lower-case Cyrillic word; proper-noun parses are preferred."""
    m = morph()
    known = m.word_is_known(word)
    parses = m.parse(word)
    if not parses:
        return known, word, ""
    best = parses[0]
    proper = [p for p in parses[:6] if any(t in p.tag for t in ("Surn", "Name", "Geox", "Patr"))]
    if proper:
        # names are cited in the nominative: Березина the river before Березина "of Berezin"
        nominative = [p for p in proper if "nomn" in p.tag]
        best = (nominative or proper)[0]
    tags = ",".join(sorted(best.tag.grammemes))
    return known, best.normal_form, tags


def is_known(word: str) -> bool:
    return morph().word_is_known(word.lower())


@lru_cache(maxsize=50_000)
def noun_reading(word: str) -> bool:
    """Can this lower-case Cyrillic word be a noun or an adjective (a name's part of speech)?"""
    return any(("NOUN" in p.tag or "ADJF" in p.tag) for p in morph().parse(word)[:6])
