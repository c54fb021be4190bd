"""Romanization schemes: Cyrillic -> Latin, one rule table per scheme.

The standard schemes come from iuliia's JSON definitions (about twenty of them), read once and
turned into :class:`Scheme` rule tables. Several iuliia schemes leave ``ё`` untouched (ALA-LC,
BGN/PCGN, ISO 9, the scholarly system, ...): their tables are corrected here so ``ё`` becomes
``ë`` (``yë`` where BGN/PCGN writes ``ye`` for ``е``). German, French, Polish and older English
conventions, which iuliia lacks, are written out below in the same rule form.

The same tables drive :mod:`glossator.translit.reverse`, which reads every rule backwards, so a
scheme added here is recognised there too.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import iuliia

VOWELS = "аеёиоуыэюя"
HUSHING = "жчшщ"
SIGNS = "ъь"
START = "^"  # stands for "no letter before" in a rule's context
END = "$"  # stands for "no letter after"


@dataclass(frozen=True, slots=True)
class Rule:
    """``cyr`` is written ``latin`` when the letter before is in ``after`` and the one after
    is in ``before`` (None: any). ``after``/``before`` may hold START/END."""

    cyr: str
    latin: str
    after: str | None = None
    before: str | None = None

    def applies(self, prev: str, next_: str) -> bool:
        if self.after is not None and (prev or START) not in self.after:
            return False
        if self.before is not None and (next_ or END) not in self.before:
            return False
        return True


@dataclass(slots=True)
class Scheme:
    """A romanization scheme as ordered rules: contextual rules first, then the plain letter."""

    name: str
    label: str
    rules: dict[str, list[Rule]] = field(default_factory=dict)  # cyr letter -> rules
    endings: dict[str, str] = field(default_factory=dict)  # last two letters -> latin
    reversible: bool = False

    def add(self, cyr: str, latin: str, after: str | None = None, before: str | None = None):
        rule = Rule(cyr, latin, after, before)
        lst = self.rules.setdefault(cyr, [])
        if after is None and before is None:
            lst.append(rule)
        else:
            # contextual rules are tried before the plain one
            plain = [r for r in lst if r.after is None and r.before is None]
            ctx = [r for r in lst if not (r.after is None and r.before is None)]
            lst[:] = ctx + [rule] + plain

    def letter(self, prev: str, cur: str, next_: str) -> str:
        for rule in self.rules.get(cur, ()):
            if rule.applies(prev, next_):
                return rule.latin
        return cur

    def romanize_word(self, word: str) -> str:
        low = word.lower()
        out: list[str] = []
        n = len(low)
        stem_end = n
        ending = ""
        if n > 2 and low[-2:] in self.endings:
            stem_end = n - 2
            ending = self.endings[low[-2:]]
        for i in range(stem_end):
            prev = low[i - 1] if i > 0 else ""
            nxt = low[i + 1] if i + 1 < n else ""
            out.append(_case_like(self.letter(prev, low[i], nxt), word[i]))
        if ending:
            out.append(_case_like(ending, word[-2]))
        result = "".join(out)
        if len(word) > 1 and word.isupper():
            result = result.upper()
        return result


def _case_like(latin: str, cyr_char: str) -> str:
    if cyr_char.isupper() and latin:
        return latin[0].upper() + latin[1:]
    return latin


# --- iuliia schemes -------------------------------------------------------------------------

# Our name -> iuliia attribute. The first names are the ones the product talks about.
_IUILIIA = {
    "ala-lc": "ALA_LC",
    "ala-lc-alt": "ALA_LC_ALT",
    "bgn-pcgn": "BGN_PCGN",
    "bgn-pcgn-alt": "BGN_PCGN_ALT",
    "iso9": "GOST_779",  # GOST 7.79 system A = ISO 9:1995
    "scholarly": "SCIENTIFIC",
    "wikipedia": "WIKIPEDIA",
    "icao": "ICAO_DOC_9303",
    "gost-7034": "GOST_7034",
    "gost-779-alt": "GOST_779_ALT",
    "gost-16876": "GOST_16876",
    "gost-16876-alt": "GOST_16876_ALT",
    "gost-52290": "GOST_52290",
    "gost-52535": "GOST_52535",
    "bs-2979": "BS_2979",
    "bs-2979-alt": "BS_2979_ALT",
    "iso9-1954": "ISO_9_1954",
    "iso9-1968": "ISO_9_1968",
    "iso9-1968-alt": "ISO_9_1968_ALT",
    "ungegn-1987": "UNGEGN_1987",
    "mosmetro": "MOSMETRO",
    "mvd-310": "MVD_310",
    "mvd-310-fr": "MVD_310_FR",
    "mvd-782": "MVD_782",
    "telegram": "TELEGRAM",
    "yandex-maps": "YANDEX_MAPS",
    "yandex-money": "YANDEX_MONEY",
}

_LABELS = {
    "ala-lc": "ALA-LC (Library of Congress)",
    "bgn-pcgn": "BGN/PCGN",
    "iso9": "ISO 9:1995 / GOST 7.79 A",
    "scholarly": "Scholarly (scientific) transliteration",
    "wikipedia": "English Wikipedia",
    "icao": "ICAO Doc 9303 (passports)",
    "gost-7034": "GOST R 7.0.34-2014",
    "german": "German (Duden) transcription",
    "french": "French transcription",
    "polish": "Polish transcription",
    "older-english": "Older English usage",
}


def _fix_yo(value: str) -> str:
    # iuliia leaves ё as ё in these schemes; the standards write ë.
    return value.replace("ё", "ë").replace("Ё", "Ë")


def _from_iuliia(name: str, attr: str) -> Scheme:
    path = Path(getattr(iuliia, attr).path)
    defn = json.loads(path.read_text(encoding="utf-8"))
    sch = Scheme(name, _LABELS.get(name, defn.get("description") or name))
    for cyr, lat in defn["mapping"].items():
        if lat is None:
            continue
        sch.add(cyr, _fix_yo(lat))
    for key, lat in (defn.get("prev_mapping") or {}).items():
        if len(key) == 1:
            sch.add(key, _fix_yo(lat), after=START)
        else:
            sch.add(key[1], _fix_yo(lat), after=key[0])
    for key, lat in (defn.get("next_mapping") or {}).items():
        sch.add(key[0], _fix_yo(lat), before=key[1])
    for key, lat in (defn.get("ending_mapping") or {}).items():
        sch.endings[key] = _fix_yo(lat)
    # ISO 9:1995 is one letter for one letter; the scholarly system nearly so.
    sch.reversible = name in ("iso9", "scholarly")
    return sch


# --- hand-written schemes --------------------------------------------------------------------

_AFTER_VOWEL = START + VOWELS + SIGNS  # iotation contexts: word start, after a vowel or a sign
_CONS = "бвгджзйклмнпрстфхцчшщ"


def _german() -> Scheme:
    """Duden transcription: w, sch, tsch, schtsch, s/ss, z, ch, j-vowels."""
    s = Scheme("german", _LABELS["german"])
    base = dict(
        zip(
            "абвгдежзийклмнопрстуфхцчшщъыьэюя",
            "a b w g d e sch s i i k l m n o p r s t u f ch z tsch sch schtsch _ y _ e ju ja".split(),
            strict=True,
        )
    )
    for cyr, lat in base.items():
        s.add(cyr, "" if lat == "_" else lat)
    s.add("е", "je", after=_AFTER_VOWEL)
    s.add("ё", "jo")
    s.add("ё", "o", after=HUSHING)
    s.add("с", "ss", after=VOWELS, before=VOWELS)
    s.add("й", "j", before=VOWELS)
    s.add("ь", "j", before="оа")
    s.add("и", "ji", after="ь")
    s.endings.update({"ий": "i", "ый": "y", "ей": "ei"})
    return s


def _french() -> Scheme:
    """French usage: ou, ch, tch, chtch, j, kh, gu before e/i, ï after vowels, ss."""
    s = Scheme("french", _LABELS["french"])
    base = dict(
        zip(
            "абвгдежзийклмнопрстуфхцчшщъыьэюя",
            "a b v g d e j z i ï k l m n o p r s t ou f kh ts tch ch chtch _ y _ e iou ia".split(),
            strict=True,
        )
    )
    for cyr, lat in base.items():
        s.add(cyr, "" if lat == "_" else lat)
    s.add("г", "gu", before="еёиэ")
    s.add("е", "ïe", after="аоуыэ")
    s.add("е", "ie", after=START + SIGNS)
    s.add("ё", "io")
    s.add("ё", "e", after=HUSHING)
    s.add("ё", "ïo", after="аоуыэ")
    s.add("й", "i", after=_CONS + START)
    s.add("с", "ss", after=VOWELS, before=VOWELS)
    s.add("я", "ïa", after="аоуыэ")
    s.add("ю", "ïou", after="аоуыэ")
    s.endings.update({"ий": "i", "ый": "y"})
    return s


def _polish() -> Scheme:
    """Polish transcription: w, ł/l, sz, cz, szcz, ż, ch, c, j and i-vowels, ń/ś/ź/ć."""
    s = Scheme("polish", _LABELS["polish"])
    base = dict(
        zip(
            "абвгдежзийклмнопрстуфхцчшщъыьэюя",
            "a b w g d ie ż z i j k ł m n o p r s t u f ch c cz sz szcz _ y ' e iu ia".split(),
            strict=True,
        )
    )
    for cyr, lat in base.items():
        s.add(cyr, "" if lat == "_" else lat)
    hard = "жцшчщ"
    s.add("е", "je", after=_AFTER_VOWEL)
    s.add("е", "e", after=hard + "л")
    s.add("ё", "io")
    s.add("ё", "jo", after=_AFTER_VOWEL)
    s.add("ё", "o", after=hard + "л")
    s.add("ю", "ju", after=_AFTER_VOWEL)
    s.add("ю", "u", after="л")
    s.add("я", "ja", after=_AFTER_VOWEL)
    s.add("я", "a", after="л")
    s.add("и", "y", after="жцшщ")  # Szyszkin, Żyrinowski, barszczyna
    s.add("л", "l", before="еёиюяь")
    for cyr, lat in {"н": "ń", "с": "ś", "з": "ź"}.items():
        s.add(cyr, lat, before="ь")
    s.add("ь", "", after=START + "лнсзт" + VOWELS, before=None)
    s.add("ь", "", before=VOWELS)
    s.endings.update({"ий": "ij", "ый": "yj"})
    return s


def _older_english() -> Scheme:
    """English usage before the standards: ye/yo, -y for -ий, ia/iu after consonants."""
    s = Scheme("older-english", _LABELS["older-english"])
    base = dict(
        zip(
            "абвгдежзийклмнопрстуфхцчшщъыьэюя",
            "a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
            strict=True,
        )
    )
    for cyr, lat in base.items():
        s.add(cyr, "" if lat == "_" else lat)
    s.add("е", "ye", after=_AFTER_VOWEL)
    s.add("ё", "yo")
    s.add("ё", "e", after=HUSHING)
    s.add("я", "ia", after=_CONS + SIGNS)
    s.add("ю", "iu", after=_CONS + SIGNS)
    s.endings.update({"ий": "y", "ый": "y"})
    return s


@lru_cache(maxsize=1)
def _all_schemes() -> dict[str, Scheme]:
    out = {name: _from_iuliia(name, attr) for name, attr in _IUILIIA.items()}
    for build in (_german, _french, _polish, _older_english):
        sch = build()
        out[sch.name] = sch
    return out


def _scheme_names() -> tuple[str, ...]:
    return tuple(_IUILIIA) + ("german", "french", "polish", "older-english")


SCHEMES: tuple[str, ...] = _scheme_names()
"""Every scheme :func:`romanize` accepts; the first names are the common ones."""

MAIN_SCHEMES: tuple[str, ...] = (
    "bgn-pcgn",
    "ala-lc",
    "wikipedia",
    "scholarly",
    "iso9",
    "icao",
    "gost-7034",
    "german",
    "french",
    "polish",
    "older-english",
)

ALIASES = {
    "iso-9": "iso9",
    "iso_9": "iso9",
    "gost-779": "iso9",
    "scientific": "scholarly",
    "icao-doc-9303": "icao",
    "bgn": "bgn-pcgn",
    "alalc": "ala-lc",
    "de": "german",
    "fr": "french",
    "pl": "polish",
}


def get_scheme(name: str) -> Scheme:
    """The scheme called ``name`` (iuliia names with underscores are accepted too)."""
    key = name.strip().lower().replace("_", "-")
    key = ALIASES.get(key, key)
    schemes = _all_schemes()
    if key not in schemes:
        raise ValueError(
            f"unknown romanization scheme {name!r}; choose one of: {', '.join(SCHEMES)}"
        )
    return schemes[key]


def all_schemes() -> dict[str, Scheme]:
    """Every scheme by name."""
    return dict(_all_schemes())


def _is_cyrillic_letter(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def romanize(cyrillic: str, scheme: str = "bgn-pcgn") -> str:
    """Romanize Cyrillic text in ``scheme``; other characters are kept as they are.

    Combining stress marks (U+0301) are dropped; ``ё`` is romanized as the scheme's standard says,
    also where iuliia leaves it untouched.
    """
    sch = get_scheme(scheme)
    text = unicodedata.normalize("NFC", cyrillic.replace("\u0301", ""))
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        if _is_cyrillic_letter(text[i]):
            j = i
            while j < n and _is_cyrillic_letter(text[j]):
                j += 1
            out.append(sch.romanize_word(text[i:j]))
            i = j
        else:
            out.append(text[i])
            i += 1
    return unicodedata.normalize("NFC", "".join(out))
