"""Hyphenation breaks left by scanning or HTML line wrapping (``lb``).

``inde- pendence`` and ``self- determination``: a word part, a hyphen, then whitespace, then a
word part. The annotation covers the break characters only (the hyphen and the whitespace after
it), so the text is untouched; ``reg`` gives the mended word and ``break`` is "no" (TEI: the
break does not end a word).

Whether the mended word keeps its hyphen is decided with the English word list
(``glossator/translit/data/english_words.txt``, lower-case, loaded once on first use):

1. ``self``, ``all``, ``ex``, ``half``, ``quasi``, ``cross``, ``well`` before a word, or a
   lower-case part before a capitalized one (``anti- Soviet``) -> keep the hyphen.
2. The joined form is a word (``independence``, ``sometimes``) -> join.
3. Both parts are words but the joined form is not (``peace- loving``) -> keep the hyphen.
4. Neither part nor the joined form is a word (``Bolshe- vism``, ``Osvobo- zhdyeniya``) -> join:
   a break inside an unknown word.
5. The second part is a common suffix (``-tion``, ``-ment``, ``-ism``, ...) -> join.
6. Otherwise the case is unclear and skipped: one part a word, the other not (``Himmler-
   who``), or a part that is a function word (``the army- the whole army- fled``: a dash
   typed without its space).

Not breaks: a spaced dash (``Himmler - who``), ``all-Russian`` (no space), number ranges
(``196- 199``: parts must be letters), suspended hyphens (``pre- and post-war``, ``mid- to
late``: the second part is a conjunction or preposition).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossator.model import Annotation, Block
from glossator.translit.langmodel import english_words

from ._base import make, segments, sort_key

KIND = "hyphenation"

_BREAK = re.compile(
    r"(?<![\w'’])(?P<a>[^\W\d_]{2,})(?P<br>[-\u2010](?:[ \t]+\n?|\n)[ \t]*)"
    r"(?P<b>[^\W\d_]{2,})(?![\w'’])"
)
_SUSPENDED = frozenset("and or nor to but than as versus vs und oder bis et ou".split())
# "the army- the whole army- fled": a dash typed without its space, not a break.
_FUNCTION_WORDS = frozenset(
    "the a an who whom whose which that this these those he she it they we you i me him them us "
    "his her its their our my your was were is are be been being has have had do did in "
    "on at of for with by from into not no so if then there here when where while also "
    "only all some".split()
)
_KEEP_PREFIXES = frozenset("self all ex half quasi cross well".split())
_SUFFIXES = (
    "tion",
    "sion",
    "ment",
    "ness",
    "ism",
    "ist",
    "ists",
    "ity",
    "ities",
    "ance",
    "ence",
    "ances",
    "ences",
    "ing",
    "ings",
    "ible",
    "able",
    "ical",
    "ically",
    "ously",
)


def mend(a: str, b: str) -> str | None:
    """The word ``a- b`` stood for: ``a-b``, ``ab``, or None when unclear."""
    words = english_words()
    al, bl = a.lower(), b.lower()
    if bl in _SUSPENDED:
        return None
    if b[0].isupper():
        return f"{a}-{b}" if a.islower() else None
    if al in _KEEP_PREFIXES and bl in words:
        return f"{a}-{b}"
    if al + bl in words:
        return a + b
    if al in _FUNCTION_WORDS or bl in _FUNCTION_WORDS:
        return None
    a_word, b_word = al in words, bl in words
    if a_word and b_word:
        return f"{a}-{b}"
    if not a_word and not b_word:
        return a + b
    if bl in _SUFFIXES:
        return a + b
    return None


def find_hyphenation_breaks(text: str, blocks: Sequence[Block] | None = None) -> list[Annotation]:
    """Suggested ``lb`` annotations over hyphenation breaks (see the module notes)."""
    out: list[Annotation] = []
    for s, e, _role in segments(text, blocks):
        for m in _BREAK.finditer(text, s, e):
            reg = mend(m.group("a"), m.group("b"))
            if reg is None:
                continue
            attrs = {"break": "no", "reg": reg}
            out.append(make(text, m.start("br"), m.end("br"), "lb", attrs, KIND))
    out.sort(key=sort_key)
    return out
