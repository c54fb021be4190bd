"""Unicode script of letters, and Cyrillic runs as language spans.

Everything here works on code points of the (NFC) text, so offsets slice the text exactly,
also with characters outside the BMP and combining stress marks (U+0301).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from glossator.model import Span

# Script keys of :func:`script_counts` (ISO 15924 codes, plus "other").
LATIN = "Latn"
CYRILLIC = "Cyrl"
OTHER = "other"

# Cyrillic letters: the Cyrillic block without its sign U+0482 and combining marks U+0483-0489,
# Cyrillic Supplement, Extended-C and the letters of Extended-B. (Extended-A, U+2DE0-2DFF, holds
# combining letters only; they are accepted as marks below.)
_CYR_LETTER = "\u0400-\u0481\u048a-\u052f\u1c80-\u1c88\ua640-\ua66e\ua680-\ua69d"
# Marks that may sit inside a Cyrillic word: combining diacritics (stress U+0301, U+0300,
# diaeresis), Cyrillic combining marks and titlo, Extended-A combining letters.
_MARK = "\u0300-\u036f\u0483-\u0489\u2de0-\u2dff\ua66f-\ua672\ua674-\ua67d\ua69e\ua69f"
# Characters allowed *between* letters of one word: hyphens and apostrophes (Ukrainian
# "п'ять", Russian "кто-то", "Нью-Йорк"; U+02BC is the Ukrainian apostrophe letter).
_JOINER = "\\-\u2010\u2011'\u2019\u02bc"
# Space allowed between the words of one run: horizontal space only, never a line break, so a
# run never crosses a line (or a block).
_HSPACE = " \t\u00a0\u2000-\u200a\u202f"

_WORD = (
    f"[{_CYR_LETTER}][{_CYR_LETTER}{_MARK}]*(?:[{_JOINER}][{_CYR_LETTER}][{_CYR_LETTER}{_MARK}]*)*"
)
CYRILLIC_RUN_RE = re.compile(f"{_WORD}(?:[{_HSPACE}]+{_WORD})*")
_CYR_LETTER_RE = re.compile(f"[{_CYR_LETTER}]")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

# Letters that only some Cyrillic-script languages use. A run that contains them is tagged with
# that language instead of "ru" (pre-1918 Russian "і", "ѣ", "ѳ", "ѵ" stay Russian, which is why
# Ukrainian is recognised by "ї", "є", "ґ" only).
_LANG_LETTERS = (
    ("uk", frozenset("їєґЇЄҐ")),
    ("be", frozenset("ўЎ")),
    ("sr", frozenset("ђћџљњјЂЋЏЉЊЈ")),
    ("mk", frozenset("ѓќѕЃЌЅ")),
)


@lru_cache(maxsize=4096)
def letter_script(ch: str) -> str | None:
    """The script key of one character: "Latn", "Cyrl", "other", or None if not a letter."""
    if ch in _ASCII_LETTERS:
        return LATIN
    if not ch.isalpha():
        return None
    if _CYR_LETTER_RE.match(ch):
        return CYRILLIC
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN ") or name.startswith("FULLWIDTH LATIN "):
        return LATIN
    if name.startswith("CYRILLIC "):
        return CYRILLIC
    return OTHER


def script_counts(text: str) -> dict[str, int]:
    """Count the letters of ``text`` by script: ``{"Latn": n, "Cyrl": n, "other": n}``.

    Only letters count (``str.isalpha``): digits, punctuation, space and combining marks don't.
    """
    counts = {LATIN: 0, CYRILLIC: 0, OTHER: 0}
    for ch in text:
        if ch in _ASCII_LETTERS:
            counts[LATIN] += 1
            continue
        if ch <= "\x7f":
            continue
        script = letter_script(ch)
        if script is not None:
            counts[script] += 1
    return counts


def script_runs(text: str) -> dict[str, int]:
    """How many runs of words of each script ``text`` has ("Abc Где, где abc" -> Latn 2, Cyrl 2).

    A run is broken by a letter of another script and by punctuation or digits (as Cyrillic
    spans are); spaces, hyphens, apostrophes and combining marks do not break it.
    """
    runs = {LATIN: 0, CYRILLIC: 0, OTHER: 0}
    current = None
    for ch in text:
        script = letter_script(ch)
        if script is None:
            if not (ch.isspace() or ch in "-'’" or unicodedata.combining(ch)):
                current = None
            continue
        if script != current:
            runs[script] += 1
            current = script
    return runs


def cyrillic_run_language(run: str) -> str:
    """The language tag of a Cyrillic run: "ru" unless letters unique to another language say so.

    They must be frequent enough for a run: at least one in 15 letters ("Київ", "Україна"), so
    a Russian sentence quoting one Ukrainian name stays Russian. (A Ukrainian paragraph is
    recognised at block level, :func:`cyrillic_text_language`.)
    """
    letters = sum(1 for ch in run if ch.isalpha())
    for lang, unique in _LANG_LETTERS:
        n = sum(1 for ch in run if ch in unique)
        if n and n * 15 >= letters:
            return lang
    return "ru"


def cyrillic_text_language(text: str, cyrillic_letters: int) -> str:
    """The language of a mostly Cyrillic text: "ru" unless letters unique to another language
    are frequent (two or more, and at least 1% of the Cyrillic letters), so that one Ukrainian
    name ("Київ") in a Russian paragraph leaves it Russian."""
    for lang, letters in _LANG_LETTERS:
        n = sum(1 for ch in text if ch in letters)
        if n >= 2 and n >= 0.01 * cyrillic_letters:
            return lang
    return "ru"


def cyrillic_spans(text: str, offset: int = 0) -> list[Span]:
    """Every run of Cyrillic words in ``text`` as a Span(lang="ru", script="Cyrl").

    A word is Cyrillic letters with internal hyphens or apostrophes and combining marks (stress
    U+0301); consecutive words joined by horizontal space only form one run. Commas, "|", periods,
    digits, Latin letters and line breaks end a run. ``offset`` is added to the span positions
    (pass a block's start when ``text`` is a slice of a document).
    """
    spans: list[Span] = []
    for m in CYRILLIC_RUN_RE.finditer(text):
        run = m.group()
        spans.append(
            Span(
                start=m.start() + offset,
                end=m.end() + offset,
                text=run,
                lang=cyrillic_run_language(run),
                script=CYRILLIC,
            )
        )
    return spans
