"""An in-memory index of term-base forms with a phonetic skeleton key for blocking.

Every form (English, Cyrillic or romanized in any scheme) is reduced to a consonant skeleton in
which the spellings of one Russian sound agree: ``Khrushchev``, ``Chruschtschow``,
``Khrouchtchev``, ``Chruščëv`` and ``Хрущёв`` all give ``SRSV``. A lookup computes the skeleton
of the query, takes the forms filed under it (and under its first-word skeleton for phrases) and
ranks only those with rapidfuzz, so its cost does not grow with the size of the base.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz, process

from .reverse import normalize_latin
from .schemes import romanize

# Longest first: each group of spellings of one sound class becomes one capital letter.
_CLASSES: list[tuple[str, str]] = [
    ("schtsch", "S"),
    ("shch", "S"),
    ("chtch", "S"),
    ("szcz", "S"),
    ("tsch", "S"),
    ("dzh", "DS"),
    ("dsch", "DS"),
    ("sch", "S"),
    ("tch", "S"),
    ("zh", "S"),
    ("kh", "S"),
    ("ch", "S"),
    ("sh", "S"),
    ("sz", "S"),
    ("cz", "S"),
    ("ts", "Z"),
    ("tz", "Z"),
    ("tc", "Z"),
    ("ks", "KZ"),
    ("ph", "V"),
    ("ck", "K"),
    ("gu", "G"),
    ("x", "KZ"),
    ("s", "Z"),
    ("z", "Z"),
    ("c", "Z"),
    ("j", ""),
    ("y", ""),
    ("h", "S"),
    ("w", "V"),
    ("v", "V"),
    ("f", "V"),
    ("k", "K"),
    ("q", "K"),
    ("g", "G"),
    ("b", "B"),
    ("p", "P"),
    ("d", "D"),
    ("t", "T"),
    ("l", "L"),
    ("m", "M"),
    ("n", "N"),
    ("r", "R"),
]
_CLASS_RE = re.compile("|".join(re.escape(k) for k, _ in _CLASSES))
_CLASS_MAP = dict(_CLASSES)
_FOLD = str.maketrans({"ł": "l", "ʹ": None, "ʺ": None})


def _fold(text: str) -> str:
    d = unicodedata.normalize("NFD", text.translate(_FOLD))
    return "".join(c for c in d if not unicodedata.combining(c))


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


@lru_cache(maxsize=200_000)
def plain(text: str) -> str:
    """Lower-case Latin spelling without diacritics or signs: what forms are compared on."""
    if _has_cyrillic(text):
        text = romanize(text, "bgn-pcgn")
    t = _fold(normalize_latin(text))
    # diacritic letters of the scholarly/Polish schemes first, as their digraphs
    return re.sub(r"[^a-z0-9 ]+", " ", t).strip()


def _word_key(word: str) -> str:
    key = _CLASS_RE.sub(lambda m: _CLASS_MAP[m.group(0)], word)
    key = re.sub(r"[^A-Z0-9]", "", key)
    return re.sub(r"(.)\1+", r"\1", key)  # doubled letters count once


def skeleton(text: str) -> str:
    """The blocking key of a form: per word, sound classes of its consonants."""
    words = _prefold(text).split()
    return " ".join(k for k in (_word_key(w) for w in words) if k)


@lru_cache(maxsize=200_000)
def _prefold(text: str) -> str:
    if _has_cyrillic(text):
        text = romanize(text, "bgn-pcgn")
    t = normalize_latin(text)
    # scholarly and Polish letters to their digraph equivalents before folding
    t = (
        t.replace("šč", "shch")
        .replace("ŝ", "shch")
        .replace("č", "ch")
        .replace("š", "sh")
        .replace("ž", "zh")
        .replace("ż", "zh")
    )
    t = _fold(t)
    return re.sub(r"[^a-z0-9 ]+", " ", t)


class TermIndex:
    """Forms of the term base, blocked by skeleton key.

    ``add(concept_id, text, lang)`` files a form; ``lookup(text)`` returns
    ``[(concept_id, form, score)]``, best first, score in 0..1.
    """

    def __init__(self) -> None:
        # key -> entries (concept id, form, lang) and, in parallel, the forms' plain spellings
        self._entries: dict[str, list[tuple[object, str, str]]] = defaultdict(list)
        self._plains: dict[str, list[str]] = defaultdict(list)
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def _file(self, key: str, entry: tuple[object, str, str], p: str) -> None:
        self._entries[key].append(entry)
        self._plains[key].append(p)

    def add(self, concept_id: object, text: str, lang: str = "") -> None:
        """File one form of a concept (English, ``ru`` Cyrillic or ``ru-Latn`` romanized)."""
        key = skeleton(text)
        if not key:
            return
        entry = (concept_id, text, lang)
        p = plain(text)
        self._file(key, entry, p)
        if " " in key:
            # a phrase is also found from its first word ("Vlasov" -> "Vlasov army")
            self._file("1:" + key.split(" ")[0], entry, p)
        self._count += 1

    def lookup(self, text: str, limit: int = 10) -> list[tuple[object, str, float]]:
        """Concepts with a form that sounds like ``text``, best first (score 0..1)."""
        key = skeleton(text)
        if not key:
            return []
        q = plain(text)
        best: dict[object, tuple[float, str]] = {}
        keys = [key] if " " in key else [key, "1:" + key]
        for k in keys:
            plains = self._plains.get(k)
            if not plains:
                continue
            entries = self._entries[k]
            for _choice, score, i in process.extract(q, plains, scorer=fuzz.ratio, limit=limit * 3):
                cid, form, _lang = entries[i]
                sc = score / 100.0
                if cid not in best or sc > best[cid][0]:
                    best[cid] = (sc, form)
        ranked = sorted(((cid, f, s) for cid, (s, f) in best.items()), key=lambda r: -r[2])
        return ranked[:limit]
