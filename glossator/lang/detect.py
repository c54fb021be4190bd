"""The language of a block: script counts first, langdetect only where it can help.

langdetect is slow-ish and random by default; here it is seeded (``DetectorFactory.seed = 0``),
its profiles are loaded once, and it is only asked about Latin-script text long enough for it
to be reliable, and not already recognised as English by its function words.
"""

from __future__ import annotations

import re
import threading

from glossator.lang.script import (
    CYRILLIC,
    LATIN,
    OTHER,
    cyrillic_text_language,
    script_counts,
    script_runs,
)

# A block is "mixed" when both scripts are substantial: the smaller one has at least 40% of the
# letters ("Власов (Vlasov)"), or at least 15% in three or more separate runs (a keyword line
# alternating English and Russian items). One Russian phrase in an English sentence leaves it
# "en", and one English name in a Russian sentence leaves it "ru".
_MIXED_SHARE = 0.4
_MIXED_SHARE_MANY_RUNS = 0.15
_MIXED_MIN_RUNS = 3
_MIXED_MIN_LETTERS = 3

# langdetect is reliable only on some words of text; below this many letters a Latin block that
# shows no English function words is "und" rather than a guess.
_LANGDETECT_MIN_LETTERS = 40

# Frequent English function words that are not also frequent words of German, French, Dutch,
# Spanish or Italian ("in", "a", "an", "was", "die", "also" are left out on purpose). Short
# English text is often mislabelled by langdetect; these words overrule it.
EN_FUNCTION_WORDS = frozenset(
    """the of and to is are were for that with as by at from it its his her him he she they
    them their this these those which who whom whose be been being had has have would could
    should will not but or than then there into after before about only when what where we our
    you your my any all some such other more most very""".split()
)
# Share of words that must be English function words for a Latin text to count as English.
_EN_SHARE_SURE = 0.2  # no need to ask langdetect
_EN_SHARE_OVERRULE = 0.1  # langdetect said otherwise, but this many function words is English

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

_factory_lock = threading.Lock()
_factory = None


def _detector_factory():
    """The langdetect factory, profiles loaded once (thread-safe), seeded for repeatable results."""
    global _factory
    if _factory is None:
        with _factory_lock:
            if _factory is None:
                from langdetect import DetectorFactory
                from langdetect.detector_factory import PROFILES_DIRECTORY

                DetectorFactory.seed = 0
                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                factory.seed = 0
                _factory = factory
    return _factory


def preload() -> None:
    """Load langdetect's profiles now (about 0.3 s) rather than on the first long Latin block."""
    _detector_factory()


def langdetect_language(text: str) -> str:
    """langdetect's best language for ``text``, or "und" when it fails."""
    try:
        detector = _detector_factory().create()
        detector.append(text)
        return detector.detect()
    except Exception:  # no features in the text, a broken profile: never crash an analysis
        return "und"


def english_share(text: str) -> tuple[float, int]:
    """(share of words that are English function words, number of words) in ``text``."""
    words = _WORD_RE.findall(text)
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w.lower() in EN_FUNCTION_WORDS)
    return hits / len(words), len(words)


def _latin_language(text: str, latin_letters: int) -> str:
    share, n_words = english_share(text)
    hits = round(share * n_words)
    if hits >= 1 and share >= _EN_SHARE_SURE:
        return "en"
    # A heading like "Volunteers in the German Army" has one function word in nine: enough for
    # a short text, and langdetect would call it German.
    if hits >= 1 and share >= _EN_SHARE_OVERRULE and (n_words <= 15 or hits >= 3):
        return "en"
    if latin_letters < _LANGDETECT_MIN_LETTERS:
        return "und"
    lang = langdetect_language(text)
    if lang != "en" and hits >= 2 and share >= _EN_SHARE_OVERRULE:
        return "en"
    return lang


def block_language(text: str) -> str:
    """The language of one block: "en", "ru", "mixed", another ISO 639-1 code, or "und".

    Rules, in order:
    - no letters at all: "und";
    - Latin and Cyrillic both substantial (the smaller has >= 40% of the letters, or >= 15% in
      three or more runs): "mixed";
    - mostly Cyrillic: "ru" (or "uk"/"be"/"sr"/"mk" when letters unique to them occur);
    - mostly Latin: "en" if English function words are frequent, otherwise langdetect for text of
      40 letters or more, otherwise "und";
    - other scripts: langdetect when long enough, else "und".
    """
    counts = script_counts(text)
    lat, cyr, other = counts[LATIN], counts[CYRILLIC], counts[OTHER]
    total = lat + cyr + other
    if total == 0:
        return "und"
    minority = min(lat, cyr)
    if minority >= _MIXED_MIN_LETTERS:
        share = minority / total
        if share >= _MIXED_SHARE:
            return "mixed"
        if share >= _MIXED_SHARE_MANY_RUNS:
            runs = script_runs(text)[CYRILLIC if cyr < lat else LATIN]
            if runs >= _MIXED_MIN_RUNS:
                return "mixed"
    if cyr >= lat and cyr >= other:
        return cyrillic_text_language(text, cyr)
    if lat >= other:
        return _latin_language(text, lat)
    if other >= _LANGDETECT_MIN_LETTERS // 4:  # CJK and the like carry more per letter
        lang = langdetect_language(text)
        return lang
    return "und"
