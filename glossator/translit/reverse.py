"""Reverse romanization: Latin spelling -> ranked Cyrillic candidates.

Every rule of every scheme in :mod:`glossator.translit.schemes` is read backwards into a table of
Latin graphemes (``shch``, ``schtsch``, ``chtch``, ``szcz``, ``zh``, ``kh``, ``ia``, ``ʹ``, ...),
each with the Cyrillic it stands for and the set of schemes that write it so. A few explained,
costed relaxations are added (diacritics dropped, ``e`` for ``ё``, a soft sign left out, ``s``
for ``з`` in older spellings, ...). A best-first search over this lattice then spells the word:

1. *known* candidates: the search walks the Russian lexicon's trie alongside, so only spellings
   that can still become a dictionary word are kept; a path costs the sum of its relaxations
   plus a penalty each time it has to switch scheme;
2. *unknown* candidates (names the dictionary lacks): a beam ranked by the same costs and by a
   letter-trigram model of Russian word forms.

A candidate's ``scheme`` is the most common scheme consistent with its whole path, or
``"unknown"`` when it needed several.
"""

from __future__ import annotations

import heapq
import json
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from . import lexicon
from .schemes import MAIN_SCHEMES, SCHEMES, START, all_schemes

DATA = Path(__file__).resolve().parent / "data"

_TIE_BARS = "\u0361\u035c\ufe20\ufe21\ufe22\ufe23"
_SOFT = "'’ʹʼ`′‘"
_HARD = '"”ʺ″“'


def normalize_latin(text: str) -> str:
    """Lower case, NFC, tie bars removed, primes and apostrophes unified to ``ʹ`` and ``ʺ``."""
    t = unicodedata.normalize("NFC", text).lower()
    t = t.replace("''", "ʺ").replace("``", "ʺ")
    for ch in _TIE_BARS:
        t = t.replace(ch, "")
    t = t.replace("·", "")
    return t.translate({ord(c): "ʹ" for c in _SOFT} | {ord(c): "ʺ" for c in _HARD})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A Cyrillic reading of a Latin word or phrase."""

    cyrillic: str
    lemma: str
    scheme: str
    score: float  # 0..1
    known: bool  # every word is in the Russian lexicon
    cost: float = 0.0
    tags: str = ""
    attested: float = 0.0  # Zipf frequency of the Cyrillic in Russian text (0: never seen)


@dataclass(frozen=True, slots=True)
class _Option:
    latin: str
    cyr: str
    cost: float
    mask: int
    after: str | None  # allowed previous Cyrillic letters (START for none), None: any
    at_end: bool
    next_latin: str | None = None  # the usual next Latin letters; others cost _UNUSUAL_NEXT


# Scheme bits: the order of MAIN_SCHEMES first decides which name a candidate reports.
_ORDER = list(MAIN_SCHEMES) + [s for s in SCHEMES if s not in MAIN_SCHEMES]
_BIT = {name: 1 << i for i, name in enumerate(_ORDER)}
_ALL = (1 << len(_ORDER)) - 1
_MIX_PENALTY = 0.35

# Dropped diacritics: cheap where the letter is only a variant, dearer where it tells letters apart.
_FOLD_COST = {"ë": 0.1, "ĭ": 0.1, "ė": 0.1, "è": 0.1, "é": 0.1, "ï": 0.15, "ȳ": 0.1}
_FOLD_DEFAULT = 0.7

# Relaxations found in real texts, each with its cost. (latin, cyrillic, cost, after, at_end)
_LOOSE: list[tuple[str, str, float, str | None, bool]] = [
    ("ye", "е", 0.3, None, False),  # older English after consonants: Osvobozhdyeniya
    ("ye", "ье", 0.3, None, False),
    ("ie", "ье", 0.3, None, False),
    ("ie", "ъе", 0.2, None, False),  # ICAO writes ъ as ie: obiedinenie, podiezd
    ("je", "ье", 0.3, None, False),
    ("ya", "ья", 0.3, None, False),
    ("ia", "ья", 0.3, None, False),
    ("ja", "ья", 0.3, None, False),
    ("yu", "ью", 0.3, None, False),
    ("iu", "ью", 0.3, None, False),
    ("ju", "ью", 0.3, None, False),
    ("yo", "ьё", 0.2, None, False),
    ("io", "ьё", 0.25, None, False),
    ("jo", "ьё", 0.25, None, False),
    ("yi", "ьи", 0.3, None, False),
    ("o", "ё", 0.15, "жчшщ", False),  # ё written o after a hushing consonant: Pugachova
    ("x", "кс", 0.3, None, False),
    ("eo", "ё", 0.2, "бвгдзклмнпрстфхц", False),  # older English Feodor, Seoul-like eo: Фёдор
    ("s", "з", 0.45, None, False),  # Kasantsev: older and German spellings
    ("ff", "в", 0.3, None, True),  # Romanoff
    ("ff", "ф", 0.3, None, False),
    ("ck", "к", 0.4, None, False),
    ("c", "к", 1.0, None, False),
    ("q", "к", 1.0, None, False),
    ("ph", "ф", 0.4, None, False),
    ("y", "и", 1.0, None, False),
    ("i", "ы", 0.6, None, False),
    ("h", "г", 0.9, None, False),
    ("gh", "г", 0.5, None, False),
    ("j", "дж", 0.6, None, False),
    ("dj", "дж", 0.2, None, False),
    ("tz", "ц", 0.25, None, False),
    ("ʹ", "ъ", 0.3, None, False),
    ("ʺ", "ь", 0.3, None, False),
    ("ie", "ий", 0.2, None, True),
    ("iy", "ий", 0.05, None, True),
    ("ij", "ий", 0.05, None, True),
    ("yj", "ый", 0.05, None, True),
    ("ii", "ий", 0.05, None, True),
    ("ei", "ей", 0.05, None, True),
    ("ski", "ский", 0.05, None, True),
    ("cki", "цкий", 0.05, None, True),  # Polish -cki: Wysocki
    ("sky", "ский", 0.05, None, True),
    ("ia", "ия", 0.3, None, True),  # English -ia for -ия: Beria, Sofia
    ("ieff", "иев", 0.1, None, True),  # older French and German -ieff: Gurdjieff
    ("ieff", "ьев", 0.15, None, True),
]
for _d in "lnmtrkpbdgz":
    _LOOSE.append((_d + _d, _d, 0.5, None, False))  # doubled consonant for a single one
_LOOSE.append(("s", "сс", 0.5, None, False))  # a single s for сс: Novotcherkask, Odesa

# Epsilon insertions: a sign the spelling left out.
_EPSILONS = (("ь", 0.15), ("ъ", 0.9))

# German writes both с and з as s; з mostly before a vowel (Kasanzew, Sinowjew).
_NEXT_LATIN = {("german", "з", "s"): "aeiouyj"}
_UNUSUAL_NEXT = 0.3

# Schemes too odd to read back (ISO 9:1968 alternative writes и as y).
_NOT_READ = {"iso9-1968-alt"}
_MAIN_MASK = sum(1 << i for i in range(len(MAIN_SCHEMES)))
_RARE_COST = 0.1

# Common variants of a standard that iuliia does not list: the Slavists' scholarly system
# (and old ISO) write х as ch in German-language and much English scholarship.
_VARIANTS = [
    ("ch", "х", ("scholarly", "iso9-1954", "iso9-1968", "ungegn-1987")),
    ("šč", "щ", ("iso9", "scholarly")),
]
# Usages of one national tradition that its table does not list, each with a cost:
# (latin, cyrillic, cost, schemes, at_end). Older French writes е as ie after a consonant
# (Koutiepov) and -ин as -ine (Lénine, Boulganine); German writes -ий as -ij (Tschižewskij).
_USAGE = [
    ("ie", "е", 0.2, ("french",), False),
    ("ine", "ин", 0.05, ("french",), True),
    ("yne", "ын", 0.05, ("french",), True),  # Soljénitsyne
    ("ïe", "е", 0.05, ("french",), False),  # е after a vowel: Alexeïevitch, Andreïev
    ("iou", "ю", 0.05, ("french",), False),
    ("you", "ю", 0.1, ("french", "older-english"), False),  # Youdenitch, Youssoupoff
    ("f", "в", 0.1, ("older-english", "french"), True),  # Turgenef, Saratof, Lyof
    ("stch", "щ", 0.05, ("older-english", "french"), False),  # Khovanstchina
    # pre-1918 adjective endings -ія, -ыя, read in today's spelling: Posledniia Novosti
    ("iya", "ие", 0.1, ("older-english", "bgn-pcgn"), True),
    ("iya", "ые", 0.1, ("older-english", "bgn-pcgn"), True),
    ("yia", "ые", 0.1, ("older-english", "bgn-pcgn"), True),
    ("ij", "ий", 0.05, ("german",), True),
    # German marks a soft consonant with j: Sowjet (совет), Aljechin (Алехин), Pjotr (Пётр)
    ("je", "е", 0.25, ("german",), False),
    ("jo", "ё", 0.2, ("german",), False),
    ("jo", "ио", 0.05, ("german", "polish"), False),  # Josif: Иосиф
    ("x", "кс", 0.0, ("french", "german", "older-english"), False),  # Alexandre, Alexei
    ("re", "р", 0.05, ("french",), True),  # French mute e: Alexandre, Piotre
    # French é is е (Tourguénev), gu before e is г, ï is и between vowel and consonant
    # (Mikhaïl) and й before a vowel (Maïa: Майя; Plissetskaïa: -ая through ïa)
    ("é", "е", 0.02, ("french",), False),
    ("gué", "ге", 0.05, ("french",), False),
    ("ï", "и", 0.0, ("french",), False),
    ("ïa", "йя", 0.0, ("french",), False),
]
_CONSONANTS = "бвгджзйклмнпрстфхцчшщ"


def _fold(latin: str) -> str:
    d = unicodedata.normalize("NFD", latin)
    out = "".join(c for c in d if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out.replace("ł", "l").replace("ʹ", "").replace("ʺ", ""))


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, list[_Option]], int]:
    """First Latin letter -> options; and the longest grapheme."""
    merged: dict[tuple, list] = {}

    def put(latin, cyr, cost, mask, after, at_end, next_latin=None):
        if not latin and not cyr:
            return
        key = (latin, cyr, after, at_end, round(cost, 3), next_latin)
        if key in merged:
            merged[key][1] |= mask
        else:
            merged[key] = [cost, mask]

    for name, sch in all_schemes().items():
        if name in _NOT_READ:
            continue
        bit = _BIT[name]
        for cyr, rules in sch.rules.items():
            for r in rules:
                lat = normalize_latin(r.latin)
                if not lat:
                    continue
                after = r.after
                put(lat, cyr, 0.0, bit, after, False, _NEXT_LATIN.get((name, cyr, lat)))
                folded = _fold(lat)
                if folded != lat and folded:
                    cost = max(_FOLD_COST.get(c, 0.0) for c in lat if c not in folded) or 0.3
                    if any(c not in _FOLD_COST for c in lat if c not in folded):
                        cost = _FOLD_DEFAULT
                    put(folded, cyr, cost, bit, after, False)
        for cyr2, lat in sch.endings.items():
            lat = normalize_latin(lat)
            put(lat, cyr2, 0.0, bit, None, True)
    for lat, cyr, cost, after, at_end in _LOOSE:
        put(lat, cyr, cost, _ALL, after, at_end)
    for lat, cyr, names in _VARIANTS:
        put(lat, cyr, 0.0, sum(_BIT[n] for n in names), None, False)
    for lat, cyr, cost, names, at_end in _USAGE:
        put(lat, cyr, cost, sum(_BIT[n] for n in names), None, at_end)
    put("-", "-", 0.0, _ALL, None, False)

    table: dict[str, list[_Option]] = {}
    longest = 1
    for (lat, cyr, after, at_end, _c, nxt), (cost, mask) in merged.items():
        if not mask & _MAIN_MASK:
            cost += _RARE_COST  # only the less common schemes write it so
        table.setdefault(lat[0], []).append(_Option(lat, cyr, cost, mask, after, at_end, nxt))
        longest = max(longest, len(lat))
    for opts in table.values():
        opts.sort(key=lambda o: o.cost)
    return table, longest


# --- letter model of Russian word forms -------------------------------------------------------


class _CyrillicModel:
    def __init__(self) -> None:
        path = DATA / "ru_cyrillic_ngrams.json"
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        self.tri: dict[str, int] = data.get("trigrams", {})
        self.bi: dict[str, int] = data.get("bigrams", {})
        self.uni: dict[str, int] = {}
        for k, v in self.bi.items():
            self.uni[k[0]] = self.uni.get(k[0], 0) + v
        self.total = sum(self.uni.values()) or 1

    def logp(self, h2: str, c: str) -> float:
        """log P(c | two letters before), interpolated with the bigram."""
        tri = self.tri.get(h2 + c, 0)
        hist = self.bi.get(h2, 0)
        bi = self.bi.get(h2[-1] + c, 0)
        h1 = self.uni.get(h2[-1], 0)
        p_bi = (bi + 0.1) / (h1 + 4.0) if h1 else 1 / 40
        p = (tri + 2.0 * p_bi) / (hist + 2.0)
        return math.log(p)

    def word_cost(self, word: str) -> float:
        """Mean negative log-probability per letter (lower is more Russian-like)."""
        s = f"^^{word}$"
        total = 0.0
        for i in range(2, len(s)):
            total -= self.logp(s[i - 2 : i], s[i])
        return total / (len(s) - 2)


@lru_cache(maxsize=1)
def cyrillic_model() -> _CyrillicModel:
    return _CyrillicModel()


# --- the search -----------------------------------------------------------------------------


def _scheme_name(mask: int) -> str:
    if not mask:
        return "unknown"
    low = mask & -mask
    return _ORDER[low.bit_length() - 1]


def _after_ok(opt_after: str | None, cyr: str) -> bool:
    if opt_after is None:
        return True
    prev = cyr[-1] if cyr else START
    return prev in opt_after


def _expand(word: str, pos: int, cyr: str, table, n: int):
    """Options matching ``word`` at ``pos`` (graphemes, then sign insertions)."""
    for opt in table.get(word[pos], ()):
        ln = len(opt.latin)
        if word.startswith(opt.latin, pos):
            if opt.at_end and pos + ln != n:
                continue
            if not _after_ok(opt.after, cyr):
                continue
            if opt.next_latin is not None:
                nxt = word[pos + ln] if pos + ln < n else ""
                if not nxt or nxt not in opt.next_latin:
                    yield (
                        _Option(
                            opt.latin,
                            opt.cyr,
                            opt.cost + _UNUSUAL_NEXT,
                            opt.mask,
                            opt.after,
                            opt.at_end,
                        ),
                        pos + ln,
                    )
                    continue
            yield opt, pos + ln


_MAX_POPS = 6000
_YO_AS_E = 0.1  # a ё spelling found only as е in the word list


def _search_known(word: str, limit: int, tr=None) -> list[tuple[float, str, int]]:
    """Spellings of ``word`` that are words of the trie ``tr`` (the dictionary by default)."""
    table, _ = _table()
    tr = tr or lexicon.trie()
    n = len(word)
    heap: list[tuple[float, int, str, int, int, bool]] = [(0.0, 0, "", tr.root, _ALL, False)]
    found: dict[str, tuple[float, int]] = {}
    seen: set[tuple[int, str, int]] = set()
    pops = 0
    while heap and pops < _MAX_POPS and len(found) < limit * 3:
        cost, pos, cyr, node, mask, eps = heapq.heappop(heap)
        pops += 1
        key = (pos, cyr, mask)
        if key in seen:
            continue
        seen.add(key)
        if pos == n:
            if tr.is_word(node) and cyr not in found:
                found[cyr] = (cost, mask)
            # a sign at the very end (Arkhangelsk -> Архангельск is inside, but -ь final too)
        if pos < n:
            for opt, npos in _expand(word, pos, cyr, table, n):
                m = mask & opt.mask
                c = cost + opt.cost
                if not m:
                    m = opt.mask
                    c += _MIX_PENALTY
                # the word lists often write е for ё: Ŝëkino is the listed Щекино
                nxt = tr.step(node, opt.cyr) if opt.cyr else node
                if nxt is not None:
                    heapq.heappush(heap, (c, npos, cyr + opt.cyr, nxt, m, False))
                if "ё" in opt.cyr:
                    letters = opt.cyr.replace("ё", "е")
                    nxt = tr.step(node, letters)
                    if nxt is not None:
                        heapq.heappush(heap, (c + _YO_AS_E, npos, cyr + letters, nxt, m, False))
        if not eps and cyr and cyr[-1] in _CONSONANTS:
            for sign, ecost in _EPSILONS:
                nxt = tr.step(node, sign)
                if nxt is not None:
                    heapq.heappush(heap, (cost + ecost, pos, cyr + sign, nxt, mask, True))
    nbits = len(_ORDER)
    ranked = sorted(
        (c + 0.03 * (1 - bin(m).count("1") / nbits), w, m) for w, (c, m) in found.items()
    )
    return ranked[:limit]


_BEAM = 24
_LM_WEIGHT = 0.6


_FRENCH_SIGN = re.compile(r"ou|[éèï]|tch|ine$|off$|ie|[^aeiouy]e$")


def _search_unknown(word: str, limit: int) -> list[tuple[float, str, int]]:
    """Beam over positions; the letter model of Russian ranks spellings."""
    table, _ = _table()
    lm = cyrillic_model()
    n = len(word)
    # states per position: (score, cost, cyr, mask)
    beams: list[dict[tuple[str, int], tuple[float, float, str, int]]] = [{} for _ in range(n + 1)]
    beams[0][("", _ALL)] = (0.0, 0.0, "", _ALL)

    def push(pos, cost, cyr, mask):
        lm_cost = 0.0
        if lm.tri:
            lm_cost = lm.word_cost(cyr) * len(cyr) / max(n, 1) if cyr else 0.0
        score = cost + _LM_WEIGHT * lm_cost
        key = (cyr[-2:], mask)
        cur = beams[pos].get(key)
        if cur is None or score < cur[0]:
            beams[pos][key] = (score, cost, cyr, mask)

    for pos in range(n):
        states = sorted(beams[pos].values())[:_BEAM]
        for _score, cost, cyr, mask in states:
            for opt, npos in _expand(word, pos, cyr, table, n):
                if not opt.cyr:
                    continue
                m = mask & opt.mask
                c = cost + opt.cost
                if not m:
                    m = opt.mask
                    c += _MIX_PENALTY
                push(npos, c, cyr + opt.cyr, m)
    finals = []
    nbits = len(_ORDER)
    # an initial Ch before a vowel is Ч (ALA-LC, English: Chaianov) unless the word shows
    # French spelling elsewhere (Chaliapine, Chostakovitch)
    ch_is_ch = bool(re.match(r"ch[aeiouy]", word)) and not _FRENCH_SIGN.search(word, 2)
    for _score, cost, cyr, mask in beams[n].values():
        lm_cost = lm.word_cost(cyr) if lm.tri else 0.0
        if ch_is_ch and cyr[:1] in "шх":
            cost += 1.0
        if re.search(r"(?<=.)й[аоуэ]", cyr):
            cost += 0.5  # Russian writes я, ё, ю, е after a vowel, not йа: Чаянов
        cost += 0.3 * (1 - bin(mask).count("1") / nbits)  # a spelling few schemes explain
        finals.append((cost + _LM_WEIGHT * 2 * lm_cost, cyr, mask, cost, lm_cost))
    finals.sort()
    return [(f[0], f[1], f[2]) for f in finals[:limit]]


def _apply_case(cyr: str, latin: str) -> str:
    lparts, cparts = latin.split("-"), cyr.split("-")
    if len(lparts) > 1 and len(lparts) == len(cparts):
        return "-".join(_apply_case(c, w) for c, w in zip(cparts, lparts, strict=True))
    letters = [c for c in latin if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return cyr.upper()
    if letters and letters[0].isupper():
        return cyr[:1].upper() + cyr[1:]
    return cyr


def _proper(tags: str) -> bool:
    return any(t in tags for t in lexicon.PROPER_TAGS)


_SURNAME_SUFFIX = (
    "ов",
    "ев",
    "ёв",
    "ин",
    "ын",
    "ский",
    "цкий",
    "енко",
    "ович",
    "евич",
    "ова",
    "ева",
    "ина",
    "ская",
    "цкая",
    "ых",
    "их",
)
_CASES_OBLIQUE = ("gent", "datv", "accs", "ablt", "loct", "voct")


_DIAERESIS_GLIDE = re.compile(r"^(?:[^aeiouy]*[aeiouy]){1,2}ï[aeiouy]")  # Maïa, not -aïa


@lru_cache(maxsize=50_000)
def _reverse_word(word: str, limit: int) -> tuple[Candidate, ...]:
    """Candidates for one lower-case, normalized Latin word."""
    out: list[Candidate] = []
    for cost, cyr, mask in _search_known(word, limit + 2):
        known, lemma, tags = lexicon.analyse(cyr)
        cost += _form_cost(cyr, lemma, tags)
        if cyr[:1] == "э" and word[:1] == "e":
            # Э opens few Russian words but loanwords: a plain e is Е (Evgenii, Efim)
            cost += 0.08
        if "й" not in cyr and _DIAERESIS_GLIDE.search(word):
            cost += 0.1  # French ï between vowels is й: Maïa is Майя, not Мая
        z = lexicon.zipf(cyr)
        out.append(Candidate(cyr, lemma, _scheme_name(mask), math.exp(-cost), True, cost, tags, z))
    out.sort(key=lambda c: c.cost)
    out = out[:limit]
    attested = lexicon.attested_trie()
    if attested is not None and (len(out) < limit or out[0].cost > 0.3):
        # names and words of Russian text the dictionary lacks (Зворыкин, Степун, Литвяк)
        have = {c.cyrillic for c in out}
        for cost, cyr, mask in _search_known(word, limit + 2, attested):
            if cyr in have or len(cyr) < 3:
                continue  # two letters attested alone are fragments, not names (ца)
            known, lemma, tags = lexicon.analyse(cyr)
            if known or ("ё" in cyr and lexicon.is_known(cyr.replace("ё", "е"))):
                continue  # a dictionary word, or a stray ё spelling of one (всёх)
            z = lexicon.zipf(cyr, fold_yo=False)
            if not _proper(tags):
                lemma = cyr
            score = math.exp(-cost) * min(0.9, 0.5 + 0.1 * z)
            out.append(Candidate(cyr, lemma, _scheme_name(mask), score, False, cost, tags, z))
        out.sort(key=lambda c: -c.score)
        out = out[:limit]
    if len(out) < limit or out[0].cost > 0.6:
        # names the lexicon lacks: spelt by the letter model, shaped by Russian surname morphology
        lm = cyrillic_model()
        have = {c.cyrillic for c in out}
        extra: list[Candidate] = []
        for _total, cyr, mask in _search_unknown(word, limit + 2):
            if cyr in have:
                continue
            have.add(cyr)
            lm_cost = lm.word_cost(cyr) if lm.tri else 3.0
            plaus = 1.0 / (1.0 + math.exp(2.0 * (lm_cost - 2.6)))
            _known, lemma, tags = lexicon.analyse(cyr)
            if not _proper(tags):
                lemma = cyr
            score = 0.5 * plaus * math.exp(-max(0.0, _total - _LM_WEIGHT * 2 * lm_cost))
            if len(cyr) > 4 and cyr.endswith(_SURNAME_SUFFIX):
                score += 0.1
            if _proper(tags) and any(t in tags for t in _CASES_OBLIQUE):
                score *= 0.7  # names are cited in the nominative: Boulganine is not Булганине
            extra.append(Candidate(cyr, lemma, _scheme_name(mask), score, False, _total, tags))
        extra.sort(key=lambda c: -c.score)
        out = sorted(out + extra[: max(0, limit - len(out)) or 2], key=lambda c: -c.score)[:limit]
    return tuple(_prefer_standard(word, out, limit))


_SOFTENABLE = re.compile(rf"(?<=[{_CONSONANTS[:-3]}])(?=[яю])")


def _name_variants(cyr: str, latin: str) -> list[str]:
    """Standard spellings of a name that a romanization blurs: a soft sign before я and ю after a
    consonant (Daria: Дарья, not Даря), ц for тс (Vyssotski: Высоцкий), -ий for a final -и
    (Yuri: Юрий)."""
    out = []
    if _SOFTENABLE.search(cyr):
        out.append(_SOFTENABLE.sub("ь", cyr))
    if "тс" in cyr:
        out.append(cyr.replace("тс", "ц"))
    if cyr.endswith("и") and latin.endswith(("i", "y")):
        out.append(cyr + "й")
    return out


def _standard_name(cyr: str) -> tuple[bool, str]:
    """(known as a name in the nominative singular, tags): Евгени, a plural, is not one"""
    known, _lemma, tags = lexicon.analyse(cyr)
    ok = known and _proper(tags) and "nomn" in tags and "Fixd" not in tags and "plur" not in tags
    return ok, tags


def _prefer_standard(word: str, cands: list[Candidate], limit: int) -> list[Candidate]:
    """Put the standard spelling of a name first when a romanization reads as a rare variant
    (Татяна, Даря, Юри) or as no word at all (Храповитский)."""
    if not cands:
        return cands
    best = cands[0]
    if not best.known and ("тс" in best.cyrillic or ("оу" in best.cyrillic and "ou" in word)):
        # a name the lexicon lacks: ts is ц far more often than тс (Khrapovitskii), and ou is
        # the French у, rare as оу in Russian (Noureev, Mouravieff)
        var = best.cyrillic.replace("тс", "ц")
        if "ou" in word:
            var = var.replace("оу", "у")
        alt = replace(best, cyrillic=var, lemma=var, known=False, attested=lexicon.zipf(var))
        return [alt, *[c for c in cands if c.cyrillic != var]][:limit]
    best_ok = best.known and _standard_name(best.cyrillic)[0]
    for var in _name_variants(best.cyrillic, word):
        ok, tags = _standard_name(var)
        if not ok:
            continue
        rare = (
            not best_ok
            or "Fixd" in best.tags
            or _SOFTENABLE.search(best.cyrillic) is not None
            or "тс" in best.cyrillic
        )
        if not rare:
            continue
        if best.known and not _proper(best.tags) and lexicon.zipf(var) < best.attested - 1.0:
            continue  # Volya is воля, a common word, not the rare name Волья
        _known, lemma, _t = lexicon.analyse(var)
        cost = best.cost + 0.02
        score = max(best.score, math.exp(-cost))
        alt = Candidate(var, lemma, best.scheme, score, True, cost, tags, lexicon.zipf(var))
        rest = [c for c in cands if c.cyrillic != var]
        return [alt, *rest][:limit]
    return cands


_NOT_NOUN_COST = 0.3


def _capitalised(cands: tuple[Candidate, ...]) -> list[Candidate]:
    """A capitalised word is a name or a noun far more often than a gerund or an adverb: Beria is
    Берия, not the gerund беря."""
    out = []
    for c in cands:
        function = any(t in c.tags for t in ("PREP", "CONJ", "PRCL"))  # Za Rodinu, V ...
        if c.known and not function and not lexicon.noun_reading(c.cyrillic):
            cost = c.cost + _NOT_NOUN_COST
            c = replace(c, score=c.score * math.exp(-_NOT_NOUN_COST), cost=cost)
        out.append(c)
    out.sort(key=lambda c: -c.score)
    return out


def _form_cost(cyr: str, lemma: str, tags: str) -> float:
    """Small preferences between readings the lexicon knows equally: names are cited in the
    nominative singular more than in other forms, and a plural of a name is rare."""
    cost = 0.0
    if lemma != cyr:
        cost += 0.05
    if "plur" in tags and any(t in tags for t in ("Name", "Surn", "Patr")):
        cost += 0.15
    if "ADJS" in tags:
        cost += 0.1
    if "Fixd" in tags:  # indeclinable: often a foreign word
        cost += 0.05
    # and the letter model of Russian breaks what ties remain (-ей rather than -еи)
    lm = cyrillic_model()
    if lm.tri:
        cost += 0.03 * lm.word_cost(cyr)
    return cost


def reverse_word(latin: str, limit: int = 5) -> list[Candidate]:
    """Candidates for one word (hyphenated parts are read separately and joined)."""
    norm = normalize_latin(latin)
    if not norm:
        return []
    if "-" in norm.strip("-"):
        whole = _reverse_word(norm.strip("-"), limit)
        if whole and whole[0].known:
            c = whole[0]
            lemma = _apply_case(c.lemma, latin) if _proper(c.tags) else c.lemma
            return [replace(c, cyrillic=_apply_case(c.cyrillic, latin), lemma=lemma)]
        joined = _reverse_word(norm.replace("-", ""), limit)
        if joined and joined[0].known and joined[0].cost <= 0.5:
            # a compound written with a hyphen: Obshche-Voinskii -> общевоинский
            c = joined[0]
            return [replace(c, cyrillic=_apply_case(c.cyrillic, latin.replace("-", "")))]
        parts = [p for p in norm.split("-") if p]
        per = [_reverse_word(p, limit) or (Candidate(p, p, "unknown", 0.0, False),) for p in parts]
        best = [c[0] for c in per]
        cyr = "-".join(c.cyrillic for c in best)
        lemma = "-".join(c.lemma for c in best)
        score = math.prod(c.score for c in best) ** (1 / len(best))
        known = all(c.known for c in best)
        z = lexicon.zipf(cyr)
        return [
            Candidate(_apply_case(cyr, latin), lemma, best[-1].scheme, score, known, attested=z)
        ]
    cands = _reverse_word(norm.strip("-"), limit)
    if latin[:1].isupper() and len(cands) > 1 and cands[0].known:
        cands = _capitalised(cands)
    res = []
    for c in cands:
        lemma = c.lemma
        if _proper(c.tags) or (latin[:1].isupper() and not c.known):
            lemma = lemma[:1].upper() + lemma[1:]
        res.append(replace(c, cyrillic=_apply_case(c.cyrillic, latin), lemma=lemma))
    # of close readings, one Russian texts use beats one they hardly use (Васильевна, not
    # Василевна); among forms in common use the spelling decides (Maïa: Майя, not Мая)
    res.sort(key=lambda c: -(c.score + _FREQ_WEIGHT * min(c.attested, _FREQ_CAP)))
    if latin[:1].isupper() and len(res) > 1:
        res = _prefer_standard_sign(res)
    return res


_FREQ_WEIGHT = 0.08  # score per Zipf step of a reading's frequency in Russian text ...
_FREQ_CAP = 3.0  # ... up to this Zipf
_SIGN_MARGIN = 0.3
_CASE_MARGIN = 0.2


def _nominative_name(c: Candidate) -> bool:
    return c.known and ("Name" in c.tags or "Surn" in c.tags) and "nomn" in c.tags


def _prefer_standard_sign(cands: list[Candidate]) -> list[Candidate]:
    """A capitalised name whose best reading is a name the lexicon also lists with a soft sign,
    with Э or with Я (Igor: Игор and Игорь, Alfred: Алфред and Альфред, Eduard: Едуард and Эдуард,
    Iakov: Иаков and Яков): the lexicon keeps letter-for-letter variants of Western and biblical
    names, but Russian writes the standard form, which Western spellings blur by leaving out ь and
    writing Э as E."""
    best = cands[0]
    if best.known and _proper(best.tags) and "nomn" not in best.tags:
        # English cites names in the nominative: Alekhine is Алехин, not Алехине (but Luki is
        # Луки, far more common than the name Люки)
        for c in cands[1:]:
            if (
                _nominative_name(c)
                and c.cost - best.cost <= _CASE_MARGIN
                and c.attested >= best.attested
            ):
                return [c, *[x for x in cands if x is not c]]
    if not _nominative_name(best):
        return cands
    low = best.cyrillic.lower()
    for c in cands[1:]:
        if not _nominative_name(c) or c.cost - best.cost > _SIGN_MARGIN:
            continue
        alt = c.cyrillic.lower()
        soft = (
            alt.count("ь") > low.count("ь")
            and alt.replace("ь", "") == low.replace("ь", "")
            and not re.search("ь[аеёиоуыэюя]", alt)  # Марина, not Марьина
        )
        e_form = low.startswith("ед") and alt == "э" + low[1:]
        # initial Ia, Iu are Я, Ю (ALA-LC, ICAO); Иа-, Иу- open only a few biblical names
        iotated = low[:2] in ("иа", "иу") and alt == {"иа": "я", "иу": "ю"}[low[:2]] + low[2:]
        # only where Russian texts use the standard form more (Игорь; Меншиков and Меньшиков
        # are both surnames)
        if (soft or e_form or iotated) and c.attested > best.attested:
            return [c, *[x for x in cands if x is not c]]
    return cands


def reverse_romanize(latin: str, limit: int = 5) -> list[Candidate]:
    """Ranked Cyrillic candidates for a romanized Russian word or phrase.

    Each :class:`Candidate` has the Cyrillic (cased like the input), its lemma, the scheme the
    spelling follows (or ``"unknown"``), a score in 0..1 and whether the lexicon knows it. A
    phrase gets one candidate per combination of its words' best readings, best first.
    """
    words = latin.split()
    if len(words) <= 1:
        return reverse_word(latin, limit)
    per = [reverse_word(w, 3) or [Candidate(w, w, "unknown", 0.0, False)] for w in words]
    # best reading of each word, then single-word substitutions of the runner-up
    combos = [[0] * len(per)]
    for i, cands in enumerate(per):
        if len(cands) > 1:
            alt = [0] * len(per)
            alt[i] = 1
            combos.append(alt)
    out = []
    for combo in combos[:limit]:
        chosen = [per[i][k] for i, k in enumerate(combo)]
        cyr = " ".join(c.cyrillic for c in chosen)
        lemma = phrase_lemma([c.cyrillic for c in chosen])
        score = math.prod(max(c.score, 1e-6) for c in chosen) ** (1 / len(chosen))
        schemes = {c.scheme for c in chosen if c.scheme != "unknown"}
        scheme = _common_scheme([c.scheme for c in chosen]) if schemes else "unknown"
        out.append(Candidate(cyr, lemma, scheme, score, all(c.known for c in chosen)))
    out.sort(key=lambda c: -c.score)
    return out


def _common_scheme(names: list[str]) -> str:
    """The most frequent scheme among the words (ties: the more common scheme)."""
    counts: dict[str, int] = {}
    for s in names:
        if s != "unknown":
            counts[s] = counts.get(s, 0) + 1
    if not counts:
        return "unknown"
    return min(counts, key=lambda s: (-counts[s], _ORDER.index(s)))


def phrase_lemma(words: list[str]) -> str:
    """Dictionary form of a Russian phrase: the first noun and the adjectives before it are put in
    the nominative (agreeing in gender and number); the words after it stay as they are."""
    m = lexicon.morph()
    parses = [m.parse(w.lower())[0] if w else None for w in words]
    head = None
    for i, p in enumerate(parses):
        if p is not None and "NOUN" in p.tag:
            head = i
            break
    if head is None:
        return " ".join(words)
    hp = parses[head]
    out = list(words)
    lemma = hp.normal_form
    number = "plur" if ("Pltm" in hp.tag or "plur" in hp.tag and "nomn" in hp.tag) else "sing"
    if number == "plur":
        lemma = words[head].lower()
    out[head] = _copy_case(lemma, words[head])
    gender = hp.tag.gender or "masc"
    for i in range(head):
        p = parses[i]
        if p is None or "ADJF" not in p.tag:
            continue
        feats = {"nomn", number} if number == "plur" else {"nomn", "sing", gender}
        inf = p.inflect(feats)
        if inf is not None:
            out[i] = _copy_case(inf.word, words[i])
    return " ".join(out)


def _copy_case(word: str, like: str) -> str:
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=32)
def _strict_table(scheme: str) -> tuple[dict[str, str], int]:
    from .schemes import get_scheme

    sch = get_scheme(scheme)
    inv: dict[str, str] = {}
    for cyr, rules in sch.rules.items():
        for r in rules:
            if r.after is None and r.before is None and r.latin:
                inv.setdefault(unicodedata.normalize("NFC", r.latin), cyr)
    return inv, max(len(k) for k in inv)


def reverse_strict(latin: str, scheme: str) -> str:
    """Undo a one-letter-for-one-letter scheme (``iso9``, ``scholarly``) exactly, longest match
    first; characters the scheme does not produce are kept."""
    inv, longest = _strict_table(scheme)
    text = unicodedata.normalize("NFC", latin)
    out: list[str] = []
    i = 0
    while i < len(text):
        for ln in range(min(longest, len(text) - i), 0, -1):
            seg = text[i : i + ln]
            cyr = inv.get(seg.lower())
            if cyr is not None:
                out.append(cyr.upper() if seg[:1].isupper() else cyr)
                i += ln
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
