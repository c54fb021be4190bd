"""What a Latin-script word looks like: English word lists and letter models per language.

- English: the system word lists (SCOWL 50, American and British) shipped as data; lower-case
  entries are ordinary English words, capitalised ones English proper names.
- Romanized Russian: letter trigrams of dictionary forms romanized in every scheme.
- German, French, Polish, Czech, Slovak, Italian, Spanish, Dutch, English: the letter n-gram
  profiles that langdetect ships (Wikipedia counts), read from the installed package.
- Whole words of ten languages with their frequency (``data/foreign_words.dawg``, from wordfreq):
  Kassel, Herzen and Pavia are common German and Italian words, Zworykin is none.

The models answer one question: does this word look more like romanized Russian than like any of
those languages? It is one signal among several; the lexicon decides most cases.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
FOREIGN_LANGS = ("en", "de", "fr", "pl", "cs", "sk", "it", "es", "nl", "hu", "ro", "sv")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    path = DATA / "english_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()


@lru_cache(maxsize=1)
def english_names() -> frozenset[str]:
    path = DATA / "english_names.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()


class TrigramModel:
    """Letter trigram model with word boundaries, add-k smoothed against bigram counts."""

    def __init__(self, tri: dict[str, float]) -> None:
        self.tri = tri
        self.bi: dict[str, float] = {}
        for k, v in tri.items():
            self.bi[k[:2]] = self.bi.get(k[:2], 0.0) + v
        self.alphabet = max(30, len({c for k in tri for c in k}))

    def logp_word(self, word: str) -> float:
        """Mean log-probability per letter of `` word `` with boundaries."""
        s = f" {word} "
        total = 0.0
        n = 0
        for i in range(len(s) - 2):
            h = self.bi.get(s[i : i + 2], 0.0)
            t = self.tri.get(s[i : i + 3], 0.0)
            total += math.log((t + 0.05) / (h + 0.05 * self.alphabet))
            n += 1
        return total / max(n, 1)


@lru_cache(maxsize=1)
def russian_latin() -> TrigramModel:
    path = DATA / "ru_latin_ngrams.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"trigrams": {}}
    tri = {k.replace("^", " ").replace("$", " "): float(v) for k, v in data["trigrams"].items()}
    return TrigramModel(tri)


def _langdetect_profile(lang: str) -> dict[str, float] | None:
    try:
        import langdetect
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    path = Path(langdetect.__file__).resolve().parent / "profiles" / lang
    if not path.exists():
        return None
    freq = json.loads(path.read_text(encoding="utf-8"))["freq"]
    tri: dict[str, float] = {}
    for k, v in freq.items():
        if len(k) == 3:
            key = k.lower()
            tri[key] = tri.get(key, 0.0) + float(v)
    return tri


@lru_cache(maxsize=1)
def foreign_models() -> dict[str, TrigramModel]:
    out = {}
    for lang in FOREIGN_LANGS:
        tri = _langdetect_profile(lang)
        if tri:
            out[lang] = TrigramModel(tri)
    return out


@lru_cache(maxsize=1)
def _foreign_words():
    import dawg_python

    path = DATA / "foreign_words.dawg"
    return dawg_python.RecordDAWG(">BB").load(str(path)) if path.exists() else None


FREQUENCY_LANGS = ("en", "de", "fr", "pl", "cs", "it", "es", "nl", "pt", "sv", "fi", "nb")


@lru_cache(maxsize=100_000)
def foreign_zipf(word: str) -> tuple[float, str]:
    """How common this Latin spelling is as a word of another language (Zipf scale, 0 when it is
    rarer than 2.0 everywhere or an ordinary English word) and which language uses it most."""
    d = _foreign_words()
    if d is None:
        return 0.0, ""
    found = d.get(word.lower())
    if not found:
        return 0.0, ""
    z, lang = found[0]
    return z / 2, FREQUENCY_LANGS[lang]


@lru_cache(maxsize=100_000)
def russianness(word: str) -> tuple[float, str]:
    """Per-letter log-likelihood ratio of romanized Russian against the likeliest other
    language, and that language. Positive: looks Russian."""
    from .reverse import normalize_latin

    w = normalize_latin(word)
    ru = russian_latin().logp_word(w)
    best, best_lang = -1e9, ""
    plain = "".join(c for c in w if c.isalpha())
    for lang, model in foreign_models().items():
        lp = model.logp_word(plain)
        if lp > best:
            best, best_lang = lp, lang
    return ru - best, best_lang
