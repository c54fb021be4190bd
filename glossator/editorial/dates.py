"""Dates (``date`` with an ISO ``when``).

Forms recognised (month names capitalized, English; abbreviations ``Jan.`` ... ``Dec.``):

- ``July 21st``, ``July 21``, ``November 14th, 1944``, ``July 21, 1944``
- ``21 July 1944``, ``21st July``, ``the 20th of November`` (``the`` is part of the span),
  ``21 July`` only after ``on``/``by``/``until``/``since``/``from``/``before``/``after``
- ``July, 1944``, ``December 1942`` (``In`` is not part of the span) -> ``1944-07``
- ``20.11.1944`` (day first), ``1944-11-20``, ``20/11/1944`` (only when unambiguous)
- a bare year only where it is clearly a date: after ``in``, ``of``, ``since``, ``until``,
  ``by``, ``from``, ``during``, ``before``, ``after``, ``around``, ``circa``, ``the year``, or
  as ``the 1917 Revolution`` (``the`` + year + an event noun); years 1500-2099 only. Ranges
  (``1941-1945``, ``July 21-22``) and decades (``the 1920s``) are left alone.

A month and day without a year take the year of the most recent earlier date of the same month
that has a year (``November 14th, 1944`` ... ``December, 1942`` ... ``the 20th of November``
-> ``1944-11-20``); failing that of the most recent earlier date with a month and a year
(``In July, 1944`` ... ``September 16th`` -> ``1944-09-16``); failing that the most recent
earlier bare year; failing that the document's dominant year (the most frequent year of its
dated months, then of its bare years). Such dates carry ``cert: "medium"``. With no year
anywhere the XML Schema month-day form is used (``--07-21``, valid for TEI ``@when``).
Impossible dates (February 30th; February 29th of a common year) are not emitted.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Sequence

from glossator.model import Annotation, Block

from ._base import make, segments, sort_key

KIND = "date"

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?!\w)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d{3}|20\d{2})"
_BARE_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_NO_RANGE = r"(?!\d|\w|[-–/]\d)"

_MONTH_DAY = re.compile(
    rf"(?<![\w.])(?P<m>{_MONTH})\s+(?P<d>{_DAY}){_NO_RANGE}"
    rf"(?:(?:,\s*|\s+)(?P<y>{_YEAR}){_NO_RANGE})?"
)
_DAY_MONTH = re.compile(
    rf"(?<![\w.])(?:(?P<the>[Tt]he)\s+)?(?P<d>{_DAY}){_NO_RANGE}(?:\s+(?P<of>of))?\s+"
    rf"(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}){_NO_RANGE})?"
)
_MONTH_YEAR = re.compile(rf"(?<![\w.])(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR}){_NO_RANGE}")
_NUMERIC_DMY = re.compile(
    rf"(?<![\w.])(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>{_YEAR})(?![\w.]\w|\d)"
)
_ISO = re.compile(rf"(?<![\w.-])(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?![\w-])")
_SLASH = re.compile(rf"(?<![\w/])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>{_YEAR})(?![\w/])")
# "a force of 1500 men" counts, it does not date.
_COUNTED = (
    r"men|women|people|persons|soldiers|troops|officers|prisoners|workers|refugees|"
    r"volunteers|members|copies|pages|km|miles|kilometres|kilometers|metres|meters|feet|"
    r"dollars|marks|roubles|rubles|pounds|tons|tonnes|applications|votes|cases|children|"
    r"families|units|rifles|guns|tanks|aircraft|planes|horses|cossacks|emigrants|others|more"
)
_PREP_YEAR = re.compile(
    r"(?<!\w)(?:[Ii]n|[Oo]f|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|"
    r"[Aa]fter|[Aa]round|circa|c\.|[Tt]he\s+years?)\s+"
    rf"(?P<y>{_BARE_YEAR})(?!\d|\w|[-–/]\d|[.,]\d|\s*%|\s+(?i:{_COUNTED})(?!\w))"
)
_EVENT_NOUNS = (
    r"revolution|war|elections?|census|constitution|treaty|uprising|rising|famine|congress|"
    r"campaign|offensive|manifesto|coup|purge|putsch|agreement|pact|armistice|conference|"
    r"crisis|invasion|occupation|evacuation|emigration|exodus|olympics|games|decree|plenum"
)
_THE_YEAR = re.compile(rf"(?<!\w)[Tt]he\s+(?P<y>{_BARE_YEAR})\s+(?=(?i:{_EVENT_NOUNS})(?!\w))")

_BY_PREP = re.compile(
    r"(?:^|\s)(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter)\s+$"
)


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _day(s: str) -> int:
    return int(s.rstrip("stndrh"))


def _valid(y: int, m: int, d: int) -> bool:
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return True


# A candidate: (start, end, year | None, month | None, day | None, has_month)
_Cand = tuple[int, int, int | None, int | None, int | None]


def _candidates(text: str, start: int, end: int) -> list[_Cand]:
    c: list[_Cand] = []
    for m in _MONTH_DAY.finditer(text, start, end):
        y = m.group("y")
        c.append((m.start(), m.end(), int(y) if y else None, _month(m["m"]), _day(m["d"])))
    for m in _DAY_MONTH.finditer(text, start, end):
        d, y, of = m["d"], m["y"], m["of"]
        ordinal = not d.isdigit()
        if not (y or of or ordinal or _BY_PREP.search(text, start, m.start("d"))):
            continue
        s = m.start() if (m["the"] and of) else m.start("d")
        c.append((s, m.end(), int(y) if y else None, _month(m["m"]), _day(d)))
    for m in _MONTH_YEAR.finditer(text, start, end):
        c.append((m.start(), m.end(), int(m["y"]), _month(m["m"]), None))
    for m in _NUMERIC_DMY.finditer(text, start, end):
        c.append((m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"])))
    for m in _ISO.finditer(text, start, end):
        c.append((m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"])))
    for m in _SLASH.finditer(text, start, end):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            c.append((m.start(), m.end(), int(m["y"]), b, a))
        elif b > 12 >= a:
            c.append((m.start(), m.end(), int(m["y"]), a, b))
    for pattern in (_PREP_YEAR, _THE_YEAR):
        for m in pattern.finditer(text, start, end):
            c.append((m.start("y"), m.end("y"), int(m["y"]), None, None))
    return c


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first among overlapping candidates, then document order."""
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[_Cand] = []
    for c in cands:
        if out and c[0] < out[-1][1]:
            continue
        out.append(c)
    return out


def find_dates(text: str, blocks: Sequence[Block] | None = None) -> list[Annotation]:
    """Suggested ``date`` annotations with an ISO ``when`` (see the module notes)."""
    cands: list[_Cand] = []
    for s, e, _role in segments(text, blocks):
        cands.extend(_select(_candidates(text, s, e)))
    cands = [c for c in cands if c[3] is None or c[4] is None or _valid(c[2] or 2000, c[3], c[4])]
    dated = Counter(c[2] for c in cands if c[2] is not None and c[3] is not None)
    bare = Counter(c[2] for c in cands if c[2] is not None and c[3] is None)
    dominant = (dated or bare).most_common(1)[0][0] if (dated or bare) else None
    last_dated: int | None = None
    last_by_month: dict[int, int] = {}
    last_bare: int | None = None
    out: list[Annotation] = []
    for s, e, y, m, d in cands:
        attrs: dict = {}
        if m is None:
            last_bare = y
            when = f"{y:04d}"
        elif y is not None:
            last_dated = last_by_month[m] = y
            when = f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"
        else:
            assert d is not None
            inferred = last_by_month.get(m) or last_dated or last_bare or dominant
            if inferred is None:
                when = f"--{m:02d}-{d:02d}"
            elif _valid(inferred, m, d):
                when = f"{inferred:04d}-{m:02d}-{d:02d}"
                attrs["cert"] = "medium"
            else:
                continue
        attrs = {"when": when, **attrs}
        out.append(make(text, s, e, "date", attrs, KIND))
    out.sort(key=sort_key)
    return out
