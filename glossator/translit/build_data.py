"""Regenerate the small data files under ``glossator/translit/data/``.

Run by a developer, never at run time::

    python -m glossator.translit.build_data [--dict /usr/share/dict]

It writes:

- ``english_words.txt``: lower-case English words (common nouns, verbs, ... and their inflections)
  from the system word lists (Debian ``wamerican`` and ``wbritish``, SCOWL size 50).
- ``english_names.txt``: capitalised entries of the same lists (English proper names).
- ``ru_cyrillic_ngrams.json``: letter trigram and bigram counts of the Russian word forms of the
  pymorphy3 dictionary, used to rank Cyrillic spellings of words the dictionary does not know.
- ``ru_latin_ngrams.json``: letter trigram counts of a sample of those forms romanized in every
  scheme of :mod:`glossator.translit.schemes`: what romanized Russian looks like.
- ``ru_attested.dawg``: every Cyrillic word form of wordfreq's large Russian list (Wikipedia,
  subtitles, news, books...) with its frequency: the surnames, places and rare words that the
  pymorphy3 dictionary lacks (Зворыкин, Степун, Литвяк), and how common each spelling is.
- ``foreign_words.dawg``: words of wordfreq's English, German, French, Polish, Czech, Italian,
  Spanish, Dutch, Portuguese, Swedish, Finnish and Norwegian lists that are not ordinary English words, written in
  letters romanized Russian also uses, with their frequency and language: how common a Latin
  spelling is in another language (Kassel, Herzen, Pavia).

The last two need the development-only packages ``wordfreq`` and ``dawg2`` (``pip install
'.[data]'``); at run time the files are read by ``dawg-python``, which pymorphy3 uses too.
Frequencies are stored as half-steps of the Zipf scale (log10 of occurrences per billion words).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def build_english(dict_dir: Path) -> None:
    words: set[str] = set()
    names: set[str] = set()
    for name in ("american-english", "british-english"):
        path = dict_dir / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            w = line.strip()
            if not w or "'" in w or not w.isalpha():
                continue
            if w.islower():
                words.add(unicodedata.normalize("NFC", w))
            elif w[0].isupper() and w[1:].islower():
                names.add(unicodedata.normalize("NFC", w))
    if not words:
        raise SystemExit(f"no word lists found in {dict_dir} (apt-get install wamerican wbritish)")
    (DATA / "english_words.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    (DATA / "english_names.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"english: {len(words)} words, {len(names)} names")


def _forms() -> list[str]:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    seen: set[str] = set()
    for key in morph.dictionary.words.iterkeys():
        if re.fullmatch(r"[а-яё]+", key):
            seen.add(key)
    return sorted(seen)


def build_ngrams(forms: list[str]) -> None:
    tri: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    for w in forms:
        s = f"^^{w}$"
        for i in range(len(s) - 2):
            tri[s[i : i + 3]] += 1
        for i in range(len(s) - 1):
            bi[s[i : i + 2]] += 1
    data = {"trigrams": dict(tri), "bigrams": dict(bi)}
    (DATA / "ru_cyrillic_ngrams.json").write_text(
        json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        encoding="utf-8",
    )
    print(f"cyrillic: {len(tri)} trigrams from {len(forms)} forms")

    from .reverse import normalize_latin
    from .schemes import MAIN_SCHEMES, romanize

    rng = random.Random(1)
    sample = rng.sample(forms, min(60000, len(forms)))
    lat: Counter[str] = Counter()
    for w in sample:
        for sch in MAIN_SCHEMES:
            r = normalize_latin(romanize(w, sch))
            s = f"^{r}$"
            for i in range(len(s) - 2):
                lat[s[i : i + 3]] += 1
    kept = {k: v for k, v in lat.items() if v >= 2}
    (DATA / "ru_latin_ngrams.json").write_text(
        json.dumps({"trigrams": kept}, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        encoding="utf-8",
    )
    print(f"latin: {len(kept)} trigrams")


FOREIGN_MIN_ZIPF = 2.0


def build_frequencies() -> None:
    import dawg  # dawg2: builds the files dawg-python reads
    import wordfreq

    def half_steps(freq: float) -> int:
        return max(1, min(255, round(2 * (math.log10(freq) + 9))))

    ru = wordfreq.get_frequency_dict("ru", wordlist="large")
    items = [(w, (half_steps(f),)) for w, f in ru.items() if re.fullmatch(r"[а-яё]+", w)]
    dawg.RecordDAWG(">B", items).save(str(DATA / "ru_attested.dawg"))
    print(f"attested Russian: {len(items)} forms")

    from .detect import _ROMAN_OK  # the letters romanized Russian uses

    english = set((DATA / "english_words.txt").read_text(encoding="utf-8").split())
    best: dict[str, tuple[int, int]] = {}
    from .langmodel import FREQUENCY_LANGS

    for i, lang in enumerate(FREQUENCY_LANGS):
        for w, f in wordfreq.get_frequency_dict(lang, wordlist="large").items():
            z = half_steps(f)
            if z < 2 * FOREIGN_MIN_ZIPF or len(w) < 3 or w in english or not set(w) <= _ROMAN_OK:
                continue
            if w not in best or best[w][0] < z:
                best[w] = (z, i)
    dawg.RecordDAWG(">BB", list(best.items())).save(str(DATA / "foreign_words.dawg"))
    print(f"foreign: {len(best)} words")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dict", default="/usr/share/dict", type=Path)
    ap.add_argument("--skip-english", action="store_true")
    ap.add_argument("--only-frequencies", action="store_true")
    args = ap.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    if args.only_frequencies:
        _build_frequencies_or_exit()
        return
    if not args.skip_english:
        build_english(args.dict)
    build_ngrams(_forms())
    _build_frequencies_or_exit()


def _build_frequencies_or_exit() -> None:
    try:
        build_frequencies()
    except ImportError as exc:
        msg = f"word frequencies need the data extra ({exc}): pip install '.[data]'"
        raise SystemExit(msg) from None


if __name__ == "__main__":
    main()
