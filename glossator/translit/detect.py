"""Find romanized Russian in English text, Latin homoglyphs in Cyrillic words, and acronyms.

How a word is judged (each step can be read off :class:`WordJudgement`):

1. Latin-script tokens that are ordinary English words (the system word list) are English.
2. A letter foreign to every romanization (á, ř, ů, ä, ß, ç, ó, ...) marks a German, French,
   Polish, Czech or Latin word: it is never Russian, and it makes its neighbourhood foreign.
3. Every other token is read back into Cyrillic (:mod:`.reverse`); its score combines the cost of
   that reading, whether the Russian lexicon knows it, signs specific to romanized Russian
   (zh, kh, shch, ʹ, č, -ov, -sky, ...), its length and a letter model.
4. Neighbouring candidates form phrases: one strong word carries weaker neighbours
   ("Tretia Sila"), while a sentence mostly made of foreign words ("Wen sie verderben wollen")
   needs strong evidence for each word. English proper names (Berlin, Franklin) need Russian-
   specific spelling signs.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from glossator.lang.detect import EN_FUNCTION_WORDS
from glossator.lang.script import CYRILLIC_RUN_RE

from . import langmodel, lexicon
from .given_names import russian_given_name
from .reverse import Candidate, normalize_latin, phrase_lemma, reverse_word
from .schemes import romanize

if TYPE_CHECKING:
    from .termindex import TermIndex

_MARK = "\u0300-\u036f\ufe20-\ufe23"
_LETTER = rf"[^\W\d_][{_MARK}]*"
_JOIN = r"(?:''|[-'’ʹʺʼ″\"])"
TOKEN_RE = re.compile(rf"{_LETTER}(?:{_LETTER})*(?:{_JOIN}{_LETTER}(?:{_LETTER})*)*[ʹʺ]?")

# Letters that occur in romanizations of Russian (any scheme handled here).
_ROMAN_OK = set("abcdefghijklmnopqrstuvwxyz" + "čšžëĭėèéïâûŝłżńśźȳʹʺ'’ʼ″\"-")
_STRONG_MARK_CHARS = set("čšžĭėâûŝʹʺ")
_MARKER_RE = re.compile(
    r"zh|kh|shch|schtsch|chtch|szcz|tsch|dzh|(?<=[aeiouy])ya|ia$|iya|yu|yo|(?<=[^aeiou])ye"
    r"|(?:ov|ev|ëv|yov|ow|ew|off|eff)(?:a|u|y|ym|oy|ich|icha|na)?$|(?:ovich|evich|ovna|evna)$"
    r"|(?<![aeiour])ich$"
    r"|(?:sk|ck|tsk|zk)(?:y|iy|ii|ij|i|aya|aia|aja|oye|oe|oy|oi|oj|ikh|ogo)$|enko$|yy$|iy$|yi$"
    r"|ts(?=[aeiouy])|tz(?=[aeiouy])|[ao][yij]$|sk$|^w[aeiloru]|^tsch|^chr|^schch|^ye|^yu|^ya|^zh|^kh"
)
_STRONG_MARKER_RE = re.compile(
    r"zh|kh|shch|schtsch|chtch|szcz|tsch|dzh"
    r"|(?:ov|ev|ëv|yov|ow|ew)(?:a|u|y|ym|oy|ich|icha|na)?$|(?:ovich|evich|ovna|evna)$"
    r"|(?:sk|tsk)(?:y|iy|ii|ij|aya|aia|aja)$|enko$"
    r"|(?<=\w{3})(?:off|eff)$"  # older French, German and English -ов, -ев: Malakoff, Belaieff
)
# Endings of Russian surnames and place names: a proper-name reading without one (Rosenberg,
# Proust, Potsdam) needs another sign of romanization.
_SURNAME_END = re.compile(
    r"(?:[oeë]v|[oe]w|[oe]ff|[iy]n|ine|[iy]na|ova|eva|owa|ewa|[oa][yij]|s[kc]?[iy]|[iy][yij]"
    r"|sk[iy]j|skaja|skaia|skaya|ich|enko|ko|[iy]?uk|[iy]?ak|ets|ikh|ykh|ago|yago)ʹ?$"
)
_PLACE_END = re.compile(r"(?:sk|grad|gorod|[oe]vo|ino|yno|[oe]vka|ivka|ka|stok|sk[oa][ej]e?)ʹ?$")
# Letter sequences of German, English, French, Italian, Spanish and Polish spelling that no
# romanization of Russian produces (or only with other signs: Własow keeps its -ow).
_FOREIGN_SPELLING = re.compile(
    r"(?:berg|dorf|hard|hardt|stadt|feld|heim|bach|furt|mann|dam|ham|ford|wood|land|er"
    r"|io|ez|ini|elli|etti|eau|eaux|ault|que|ette|[a-z]ss|orum|arum|ibus|[^aeiou]ae|tia|tio)$"
    r"|th|ph|qu|wh|ough|ght|ck(?![iy])|ae|ue|ei(?=[^aeiouy])|cci|zz|gli"
)
# Polish spelling (ł, ż, sz, cz, rz) is Polish unless the word ends like a Russian word written
# the Polish way: Własow, Puszkin, Biełaja, Niżnij, Kamczatka (but not Władysław, Gombrowicz).
_POLISH_SPELLING = re.compile(r"[łżśń]|sz|cz|rz")
_POLISH_RUSSIAN_END = re.compile(r"(?:[oe]w|[oe]wa|[iy]n|[iy]na|[iy]j|aja|oje|ka|sk|stok|ʹ)$")
_SENTENCE_END = re.compile(r"[.!?;:\n]\s|\n")

_FUNCTION_TAGS = ("PREP", "CONJ")
STRONG = 0.6  # a word that is reported on its own
WEAK = 0.3  # a word reported as part of a phrase
FOREIGN_STRONG = 0.85


@dataclass(slots=True)
class RomanizedSpan:
    """A run of romanized Russian (or a Russian acronym) in the text."""

    start: int
    end: int
    text: str
    cyrillic: str
    lemma: str
    scheme: str
    score: float
    kind: str  # "word", "phrase" or "acronym"
    term: str | None = None  # concept key in the term base, if one matched
    words: list[WordJudgement] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "cyrillic": self.cyrillic,
            "lemma": self.lemma,
            "scheme": self.scheme,
            "score": round(self.score, 3),
            "kind": self.kind,
            "term": self.term,
        }


@dataclass(slots=True)
class WordJudgement:
    """Why a token was or was not taken for romanized Russian."""

    start: int
    end: int
    text: str
    klass: str  # english, english-name, foreign, acronym, candidate
    score: float = 0.0
    reading: Candidate | None = None
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class HomoglyphSpan:
    """A word mixing scripts: look-alike letters of the other script inside it."""

    start: int
    end: int
    text: str
    fixed: str  # the word with the intruders replaced
    script: str  # the word's main script: "Cyrillic" or "Latin"
    positions: list[int]  # code-point offsets (into the text) of the intruding letters
    known: bool  # the fixed word is in the lexicon (Cyrillic) or the English list (Latin)


@dataclass(slots=True)
class AcronymLink:
    """An acronym and its expansions found side by side in the text."""

    acronym: tuple[int, int, str]
    latin: tuple[int, int, str] | None = None  # romanized Russian expansion
    cyrillic: tuple[int, int, str] | None = None  # Cyrillic acronym or expansion
    english: tuple[int, int, str] | None = None  # English expansion
    cyrillic_acronym: str = ""
    score: float = 0.0


@dataclass(slots=True)
class CyrillicSpan:
    """A run of Cyrillic words with its romanization and lemma."""

    start: int
    end: int
    text: str
    romanized: str
    lemma: str
    scheme: str


# --- per-token judgement --------------------------------------------------------------------


def _is_latin_letter(ch: str) -> bool:
    if not ch.isalpha():
        return False
    return "LATIN" in unicodedata.name(ch, "") or ch in "ʹʺʼ"


def _is_cyrillic_letter(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" or "\u0500" <= ch <= "\u052f"


@lru_cache(maxsize=100_000)
def _script(token: str) -> str:
    if token.isascii():
        return "Latin" if any(c.isalpha() for c in token) else "other"
    lat = cyr = 0
    for ch in token:
        if _is_cyrillic_letter(ch):
            cyr += 1
        elif _is_latin_letter(ch):
            lat += 1
    if lat and cyr:
        return "mixed"
    return "Cyrillic" if cyr else ("Latin" if lat else "other")


def markers(word: str) -> tuple[float, list[str]]:
    """Spelling signs specific to romanized Russian, as a strength in 0..1 and their list."""
    w = normalize_latin(word)
    found = [m.group(0) for m in _MARKER_RE.finditer(w)]
    chars = sorted({c for c in w if c in _STRONG_MARK_CHARS})
    strong = bool(_STRONG_MARKER_RE.search(w)) or bool(chars) or "\u0361" in word
    if strong:
        return 1.0, found + chars
    if found:
        return 0.5, found
    return 0.0, []


_ENGLISH_PREFIXES = ("avant", "pre", "neo", "pseudo", "proto", "ultra", "crypto", "counter")
# English derivations of English words and names: Slavist, Byzantinist, Westernizers, futurist
_ENGLISH_SUFFIX = re.compile(r"(?:ist|ism|izer|iser)s?$")


def _english_word_or_name(low: str) -> bool:
    return low in langmodel.english_words() or low.capitalize() in langmodel.english_names()


def _english_derivation(low: str) -> bool:
    m = _ENGLISH_SUFFIX.search(low)
    if m is None or m.start() < 3:
        return False
    stem = low[: m.start()]
    if stem.endswith("s"):
        return False  # marksist is марксист, not marks + -ist
    return any(_english_word_or_name(s) for s in (stem, stem + "e", stem + "y", stem + "ize"))


def _foreign_compound(token: str) -> bool:
    """Waffen-Grenadier-Division, Film-Kurier, fer-blanc: a hyphenated word with a part that is
    an English word or much more common in another language than its reading in Russian."""
    for part in token.split("-"):
        if len(part) < 5:
            continue  # Novo-, Ust-, -Ola, -mat are Russian too
        if len(part) >= 6 and part.lower() in langmodel.english_words():
            return True
        fz, lang = langmodel.foreign_zipf(part)
        if fz >= 3.0 and lang not in ("pl", "cs"):  # Rodina-mat: Czech has rodina too
            c = reverse_word(part, 1)
            if not c or fz >= c[0].attested + 1.0:
                return True
    return False


def _is_english(token: str) -> bool:
    words = langmodel.english_words()
    low = token.lower()
    if low in words:
        return True
    if "-" in low:
        parts = [p for p in low.split("-") if p]
        if parts and parts[0] in _ENGLISH_PREFIXES:
            return True  # avant-garde, neo-Slavophile
        return bool(parts) and all(_english_word_or_name(p) for p in parts)
    if low.endswith("'s") or low.endswith("’s"):
        return low[:-2] in words or token[:-2] in langmodel.english_names()
    return _english_derivation(low)


def fold_yo(s: str) -> str:
    return s.lower().replace("ё", "е")


def proper_reading(c: Candidate) -> bool:
    return any(t in c.tags for t in lexicon.PROPER_TAGS)


@lru_cache(maxsize=100_000)
def judge_token(token: str) -> tuple[str, float, Candidate | None, tuple[str, ...]]:
    """(class, score, best reading, reasons) of one Latin-script token, out of context."""
    letters = [c for c in token if c.isalpha()]
    if not letters:
        return "other", 0.0, None, ()
    norm = normalize_latin(token)
    if any(c not in _ROMAN_OK for c in norm if not unicodedata.combining(c)):
        return "foreign", 0.0, None, ("letters foreign to romanized Russian",)
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return _capitals_word(token) or ("acronym", 0.0, None, ())
    if _MIXED_ACRONYM.fullmatch(token) and sum(c.isupper() for c in token) >= 2:
        return "acronym", 0.0, None, ("an acronym with a romanized digraph",)
    if _CAPS_TAIL.fullmatch(token) and _attested_acronym(token):
        return "acronym", 0.0, None, ("an acronym with a lower-case tail",)  # GULag
    if _is_english(token):
        return "english", 0.0, None, ("English word",)
    if "-" in token.strip("-") and _foreign_compound(token):
        return "foreign", 0.0, None, ("a compound with a part another language uses",)
    if _english_plural(token):
        return "english", 0.0, None, ("plural of an English name or word",)
    plural = _russian_plural(token)
    if plural is not None:
        return plural
    is_name = token[:1].isupper() and token in langmodel.english_names()
    cands = reverse_word(token, 3)
    if not cands:
        return "candidate", 0.0, None, ()
    best = cands[0]
    if token[:1].isupper() and not proper_reading(best):
        # Kasan: a capitalised word is a name first, Казань before the common noun казан
        for c in cands[1:]:
            if c.known and proper_reading(c) and c.cost - best.cost <= 0.2:
                if c.attested > best.attested:
                    best = c
                break
    if token[:1].isupper() and proper_reading(best) and "nomn" not in best.tags:
        # Sakhaline: English cites a name in the nominative (Сахалин, not Сахалине) when the
        # letters allow it at nearly the same cost
        for c in cands[1:]:
            if c.known and "nomn" in c.tags and fold_yo(c.lemma) == fold_yo(best.lemma):
                if c.cost - best.cost <= 0.05:
                    best = c
                break
    strength, found = markers(token)
    llr, lang = langmodel.russianness(token)
    if (
        found
        and all(_OW_END.fullmatch(f) for f in found)
        and not _nominative_name(best)
        and not _POLISH_SPELLING.search(norm)
    ):
        # -ow, -ew alone are German and English too (Treptow, Pankow, Tresckow): a sign only
        # when the word reads as a Russian name
        strength, found = 0.0, []
    reasons = [f"reads as {best.cyrillic} ({best.scheme}, cost {best.cost:.2f})"]
    n = len(letters)
    if best.known:
        score = best.score
        reasons.append("in the Russian lexicon")
        proper = any(t in best.tags for t in lexicon.PROPER_TAGS)
        if proper:
            reasons.append("a Russian name")
        score = _known_evidence(token, norm, best, strength, proper, llr, score, reasons)
        if strength:
            score = min(1.0, score + 0.15 * strength)
            reasons.append("romanization signs: " + ",".join(found))
        elif proper:
            # foreign names have Russian spellings too (Anders, Franklin): without a sign of
            # romanization the letter model must not prefer another language
            if llr < -1.5:
                score *= 0.8
                reasons.append("a name that looks foreign")
        elif any(t in best.tags for t in _FUNCTION_TAGS + ("NPRO", "Apro", "INTJ")):
            score *= 0.5
            reasons.append("a Russian function word standing alone")
        else:
            # a common word with no sign of romanization: often an internationalism
            score *= 0.75
            reasons.append("no romanization sign")
    else:
        # unknown to the lexicon: only names with clear romanization signs
        # path cost and letter model of Russian (an attested reading scores higher already)
        plaus = min(1.0, (1 if best.attested else 2) * best.score)
        if not strength and re.search(r"[iy]n$", norm):
            strength, found = 0.5, ["-in"]  # Russian name suffix, weak alone
        elif not strength and re.search(r"[iy]ne$", norm) and fold_yo(best.cyrillic).endswith("ин"):
            strength, found = 0.5, ["-ine"]  # French -ине: Boulganine, Rostoptchine
        score = 0.15 + 0.3 * strength + 0.05 * max(-1.0, min(2.0, llr)) + 0.15 * plaus
        if token[:1].isupper():
            score += 0.05
        if (
            best.attested >= 1.5
            and len(letters) >= 4
            and langmodel.foreign_zipf(token)[0] == 0.0
            and not _FOREIGN_SPELLING.search(norm)
        ):
            # a form Russian texts use (Зворыкин, Степун): the spelling is a real word
            score += 0.04 * min(best.attested, 4.0)
            reasons.append(f"attested in Russian text (Zipf {best.attested:.1f})")
        if not strength:
            score = min(score, 0.45)
        if _attested_name(token, norm, best, llr):
            reasons.append(f"a name Russian texts use (Zipf {best.attested:.1f}), rare elsewhere")
            score = max(score, STRONG + 0.02)
        if len(letters) >= 5 and _UNIQUE_SIGNS.intersection(token):
            # a prime, ĭ, ė or a tie bar is written only in romanized Russian: a compound the
            # dictionary lacks (dvadt͡satipi͡atitysi͡achniki) is still Russian
            score = max(score, STRONG + 0.02)
            reasons.append("a letter only romanized Russian writes")
        if len(best.cyrillic) <= 2:
            score = min(score, WEAK)  # Zhou is no Жу: Russian names are longer
        reasons.append(f"not in the lexicon; letter model {llr:+.2f} vs {lang}")
    score = _shape_checks(token, norm, best, strength, llr, score, reasons)
    if n <= 2:
        score *= 0.35
    elif n == 3:
        score *= 0.6
    elif n == 4:
        score *= 0.9
    score = _foreign_frequency(token, best, strength, score, reasons)
    if _common_russian_name(token, best, strength, 1.0 if is_name else 0.5):
        # Achmatowa, Szostakowicz, Woronież, Vranguel, Èjzenštejn, Gogol: however it is spelt,
        # a surname or place Russian texts use far more than other languages do
        reasons.append(f"{_COMMON_NAME} (Zipf {best.attested:.1f}), rare elsewhere")
        score = max(score, STRONG + 0.05)
        is_name = False
    elif is_name and _title_word(token, best):
        reasons.append(f"a title word common in Russian text (Zipf {best.attested:.1f})")
        score = max(score, STRONG + 0.05)
        is_name = False
    elif not is_name and _common_russian_word(token, best):
        # byt, blat, opriczniki, Vozroždenie: a word no English or other word list has, read
        # exactly as a common Russian word, is that word quoted in English prose
        reasons.append(f"a common Russian word (Zipf {best.attested:.1f}) no other language has")
        score = max(score, STRONG + 0.02)
    if (
        is_name
        and best.known
        and best.cost <= 0.45
        and best.attested >= 3.5
        and n >= 4
        and "Name" not in best.tags
        and _english_loan_only(token, best.attested)
    ):
        # Pravda, Izvestia, Bolshoi, Bulganin: a name English took from Russian alone, which no
        # other language writes so, read exactly as a word Russian texts use often
        reasons.append(f"a name English has from Russian alone (Zipf {best.attested:.1f})")
        score = max(score, STRONG + 0.02)
        is_name = False
    if is_name and not _name_signs(norm) and not _russian_name_shape(norm, best):
        # German, Germany, Reich, Gestapo, Berlin, London, Antonio: an English proper name or
        # adjective is English unless its spelling is one English does not use. A Russian
        # first name (Ivan, Olga) may still open a phrase with a surname after it.
        reasons.append("an English name without a sign of romanization")
        nominative = fold_yo(best.lemma) == fold_yo(best.cyrillic)
        plain = not _FOREIGN_SPELLING.search(norm) and "w" not in norm
        if best.known and "Name" in best.tags and nominative and plain:
            return "english-name", min(score, WEAK + 0.1), best, tuple(reasons)
        if (
            best.known
            and nominative
            and plain
            and best.cost <= 0.35
            and any(t in best.tags for t in ("Surn", "Geox", "Orgn"))
            and llr > -1.0
        ):
            # English took many Russian names as they are (Gogol, Krasnodar): such a word joins
            # a Russian phrase, a list of Russian names or a name the document reports elsewhere
            reasons.append("a Russian name English has adopted: needs Russian context")
            return "english-name", min(score, WEAK + 0.05), best, tuple(reasons)
        return "english", 0.0, best, tuple(reasons)
    if is_name and strength < 1.0 and best.known and not proper_reading(best):
        reasons.append("an English name that is a Russian word")
        score = min(score, WEAK + 0.1)  # Yale, Wikipedia: may join a phrase, never alone
    elif is_name and strength < 1.0:
        # English has adopted many Russian names (Pushkin, Vologda) but also spells its own
        # names letter for letter like Russian ones (Berlin, Darwin): a known Russian name
        # reading keeps most of its score, anything else very little
        score *= 0.8 if best.known else 0.4
        reasons.append("an English proper name")
        russian_end = _SURNAME_END.search(norm) or _PLACE_END.search(norm)
        if not russian_end and _more_common_elsewhere(token, best):
            # Slovakia, Aviv: as common in other languages as its reading is in Russian
            return "english", 0.0, best, (*reasons, "common in other languages too")
        if best.known and fold_yo(best.lemma) != fold_yo(best.cyrillic):
            # English cites Russian names in the nominative; Prague is not "Праге"
            score *= 0.5
            reasons.append("reads as an inflected form")
    return (
        ("english-name" if is_name else "candidate"),
        max(0.0, min(1.0, score)),
        best,
        tuple(reasons),
    )


def _english_loan_only(token: str, attested: float) -> bool:
    """No other language writes this word, and English only seldom (Izvestia, Bolshoi; not
    London or York); or only Czech or Polish, which share the word, and less than Russian
    (Pravda)."""
    fz, lang = langmodel.foreign_zipf(token)
    return (
        lang == ""
        or (lang == "en" and fz <= 2.5)
        or (lang in ("cs", "pl") and attested >= fz + 0.5)
    )


def _capitals_word(token: str) -> tuple[str, float, Candidate | None, tuple[str, ...]] | None:
    """A Russian word printed in capitals (passports and ICAO lists: TATIANA IUREVNA SOLOVEVA),
    judged as that word when it reads as a strong one and not as an acronym Russian uses."""
    if len(token) < 4 or not token.replace("-", "").isalpha() or token in _ENGLISH_ACRONYMS:
        return None
    klass, score, best, reasons = judge_token(token[0] + token[1:].lower())
    if klass not in ("candidate", "english-name") or score < WEAK or best is None:
        return None  # MOSCOW
    if len(token) == 4 and not (best.known and proper_reading(best)):
        return None  # four capitals are an acronym (GUKR, ZAMO) unless a name (OLGA, OREL)
    if langmodel.foreign_zipf(token)[0] > best.attested:
        return None  # NATO
    acronym = _attested_acronym(token)
    if acronym and (
        lexicon.zipf(acronym) > best.attested
        or (len(token) <= 6 and lexicon.zipf(acronym) == best.attested)
    ):
        return None  # RONA: РОНА is an acronym before it is a river
    return klass, score, best, (*reasons, "a word printed in capitals")


# languages whose common words seldom stand capitalised in English prose about Russia
_DISTANT_LANGS = frozenset(("fi", "sv", "nb", "pt", "es", "it", "nl"))
_UNIQUE_SIGNS = frozenset("ʹʺĭėȳ\u0361\ufe20\ufe21")
_RUSSIAN_ONLY_CHARS = set("ʹʺŝâûėĭëȳ")
_COMMON_FOREIGN = 2.5  # Zipf: a word of another language that is common (Kassel 4.5, Pavia 4)


def _common_russian_name(token: str, best: Candidate, strength: float, margin: float = 0.5) -> bool:
    """A cheap reading that is a surname or place of the dictionary in the nominative, common in
    Russian text and clearly less common as a word of another language. A long word or one with
    a sign of romanization may cost more (Vladikavkas, Tsaritsin)."""
    cheap = best.cost <= 0.3 or (best.cost <= 0.6 and len(token) >= 6)
    return (
        token[:1].isupper()
        and (cheap or (best.cost <= 1.1 and strength >= 0.5))
        and any(t in best.tags for t in ("Surn", "Geox", "Orgn"))  # Mosfilm
        and "nomn" in best.tags
        and fold_yo(best.lemma) == fold_yo(best.cyrillic)
        and best.attested >= 2.5
        and best.attested >= langmodel.foreign_zipf(token)[0] + margin
    )


def _attested_name(token: str, norm: str, best: Candidate, llr: float) -> bool:
    """A capitalised word the dictionary lacks, read exactly as a form Russian texts use, that no
    other language uses and whose letters look Russian (Amalrik, Teffi, Koltushi)."""
    return (
        (token[:1].isupper() or len(token) >= 7)  # Amalrik; shtrafbat
        and len(token) >= 5
        and best.cost <= 0.1
        and best.attested >= 1.5
        and llr > -1.0
        and langmodel.foreign_zipf(token)[0] == 0.0
        and token not in langmodel.english_names()
        and _plain_spelling(norm)
    )


def _plain_spelling(norm: str, allow_er: bool = False) -> bool:
    """No sign of German, English, Romance or Polish spelling and no French -ine; with
    ``allow_er`` a German -er is let through (Larisa Reysner, after a Russian first name)."""
    if norm.endswith("ine") or _POLISH_SPELLING.search(norm):
        return False
    m = _FOREIGN_SPELLING.search(norm)
    return m is None or (allow_er and m.group(0) == "er")


def _title_word(token: str, best: Candidate) -> bool:
    """A capitalised name English took from Russian that reads as a very common Russian word
    (Pravda, Izvestia, Taganka): far more common in Russian than in any other language."""
    return (
        len(token) >= 4
        and best.known
        and best.cost <= 0.15
        and "nomn" in best.tags
        and not ("Name" in best.tags and "Surn" not in best.tags)
        and best.attested >= 4.0
        and best.attested >= langmodel.foreign_zipf(token)[0] + 1.0
    )


def _common_russian_word(token: str, best: Candidate) -> bool:
    """A word that reads as a common Russian word and that no other language of the lists has;
    a long lower-case word may take a looser spelling (pielmieni, holodets, zdorovie)."""
    if len(token) < 7:
        limit = 0.15
    else:
        limit = 0.5 if token.islower() else 0.25
    return (
        len(token) >= 3
        and best.known
        and best.cost <= limit
        and best.attested >= (3.0 if len(token) < 7 else 2.0)
        and (
            # function words and interjections only when long and very common: spasibo
            not any(t in best.tags for t in _FUNCTION_TAGS + ("NPRO", "Apro", "INTJ", "PRCL"))
            or (len(token) >= 5 and best.attested >= 4.0)
        )
        and langmodel.foreign_zipf(token)[0] == 0.0
    )


def _foreign_frequency(
    token: str, best: Candidate, strength: float, score: float, reasons: list[str]
) -> float:
    """A spelling that another language uses far more than Russian uses its reading is that
    language's word (Kassel, Petit, Pavia, Historia), however well it reads back: it may join a
    Russian phrase only with a strong sign of romanization, and stands alone never."""
    fz, lang = langmodel.foreign_zipf(token)
    if (
        token[:1].isupper()
        and lang in _DISTANT_LANGS
        and proper_reading(best)
        and best.attested >= fz - 0.5
    ):
        fz -= 1.0  # Kasan: a capitalised word in English prose is seldom a Finnish noun
    if fz < _COMMON_FOREIGN:
        return score
    if fz < best.attested + 1.0:
        if strength or lang in ("pl", "cs") or fz < max(3.0, best.attested - 0.5):
            return score  # Polish and Czech share much of Russian's vocabulary: Za Rodinu
        if _SURNAME_END.search(normalize_latin(token)) or _PLACE_END.search(normalize_latin(token)):
            return score  # Stalin, Stalingrad: a Russian name's ending
        # as common in another language as in Russian and spelt with no sign of romanization
        # (nauka, rada, Institut, Aviv): it may join a Russian phrase, it never stands alone
        reasons.append(f"as common a {lang} word (Zipf {fz:.1f}) as Russian ({best.attested:.1f})")
        return min(score, WEAK + 0.1)
    reasons.append(f"a common {lang} word (Zipf {fz:.1f}, its reading {best.attested:.1f})")
    if strength >= 1.0 or (best.known and best.attested >= 2.0):
        return min(score, WEAK + 0.1)  # Novyi mir, Staraia Russa; not German mir alone
    return min(score, WEAK - 0.05)


@lru_cache(maxsize=20_000)
def _noun_reading(cyr: str) -> bool:
    """Can this Cyrillic word be a noun or an adjective (a name's part of speech)?"""
    return any(("NOUN" in p.tag or "ADJF" in p.tag) for p in lexicon.morph().parse(cyr.lower())[:6])


def _shape_checks(
    token: str,
    norm: str,
    best: Candidate,
    strength: float,
    llr: float,
    score: float,
    reasons: list[str],
) -> float:
    """Checks of the word's shape against its reading, for readings of every kind."""
    lone_cap = WEAK + 0.1
    hacek = token[:1].isupper() and any(c in "čšž" for c in norm)
    if (
        hacek
        and not _STRONG_MARKER_RE.search(norm)
        and not (_RUSSIAN_ONLY_CHARS & set(norm))
        and not any(x.startswith("a name Russian texts use") for x in reasons)  # Gorynyč
    ):
        # č, š, ž are Czech, Slovak, Serbian and Croatian letters as well as ISO 9 and
        # scholarly ones: alone they prove nothing unless the word ends like a Russian name
        folded = norm.replace("č", "ch").replace("š", "sh").replace("ž", "zh")
        russian_end = _SURNAME_END.search(folded) or _PLACE_END.search(folded)
        if not russian_end and not (best.known and any(t in best.tags for t in ("Geox", "Name"))):
            reasons.append("háček letters without a Russian ending (Czech, Serbian, Croatian)")
            score = min(score, WEAK - 0.05)
    if best.known and token[:1].isupper() and not _noun_reading(best.cyrillic):
        reasons.append("a capitalised word that reads only as a verb, adverb or particle")
        score = min(score, lone_cap)
    if (
        not best.known
        and token[:1].isupper()
        and llr > -0.5
        and _SURNAME_END.search(norm)
        and not norm.endswith(("ow", "ew"))  # German and English names too: Tresckow, Marlow
    ):
        if fold_yo(best.cyrillic).endswith(
            ("ов", "ев", "ин", "ын", "ский", "цкий", "енко", "ова", "ева", "ина", "ская")
        ):
            score += 0.1
            reasons.append("Russian surname morphology")
    return score


_OW_END = re.compile(r"(?:ow|ew)(?:a|u|y|ym|oy|ich|icha|na)?")


def _nominative_name(best: Candidate) -> bool:
    return (
        best.known
        and any(t in best.tags for t in ("Surn", "Geox", "Name"))
        and fold_yo(best.lemma) == fold_yo(best.cyrillic)
    )


def _englishy(token: str) -> bool:
    """An English word or name, or a nationality (German: Germany), or a plural of one."""
    names = langmodel.english_names()
    if token.lower() in langmodel.english_words() or token + "y" in names:
        return True
    return token.endswith("s") and token[:-1] in names


def _russian_first_name(token: str, best: Candidate, llr: float) -> bool:
    """A Russian first name spelt as romanizations spell it and not as Western languages do
    (Efim, Lidiia, Fjodor, Semjon, Gueorgui; not Paul, Karl, Otto, Maria)."""
    return (
        best.known
        and "Name" in best.tags
        and best.cost <= 0.15
        and fold_yo(best.lemma) == fold_yo(best.cyrillic)
        and len(token) >= 4
        and token[:1].isupper()
        and token not in langmodel.english_names()
        and token.lower() not in langmodel.english_words()
        and llr > 0.5
    )


def _english_plural(token: str) -> bool:
    """Germans, Georges, Slavists: a plural (or French form) of an English name or word."""
    if not token[:1].isupper() or not token.endswith("s") or token.endswith("ss") or len(token) < 5:
        return False
    stem = token[:-1]
    return stem in langmodel.english_names() or stem.lower() in langmodel.english_words()


_PLURAL_OF = (
    ("ский", "ские"),
    ("цкий", "цкие"),
    ("ов", "овы"),
    ("ев", "евы"),
    ("ёв", "ёвы"),
    ("ин", "ины"),
    ("ын", "ыны"),
)


def _russian_plural(token: str):
    """The English plural of a Russian surname (the Aksakovs): judged as the surname, read as
    its Russian plural."""
    if not token[:1].isupper() or not token.endswith("s") or len(token) < 6:
        return None
    stem = token[:-1]
    if not re.search(r"(?:[oe]v|[oe]ff|[iy]n|sk[iy]|skii|sky)$", stem.lower()):
        return None
    klass, score, best, reasons = judge_token(stem)
    if klass != "candidate" or best is None or score < STRONG:
        return None
    cyr = best.cyrillic
    for sg, pl in _PLURAL_OF:
        if cyr.lower().endswith(sg):
            cyr = cyr[: len(cyr) - len(sg)] + pl
            break
    else:
        return None
    reading = replace(best, cyrillic=cyr, attested=lexicon.zipf(cyr))
    return klass, score, reading, (*reasons, "an English plural of a Russian surname")


def _name_signs(norm: str) -> bool:
    """Signs of romanization in a word English also has as a name: ``^w`` and ``^chr`` are
    English and German spellings too (William, Christian), so they do not count here."""
    found = [m for m in _MARKER_RE.findall(norm) if m not in ("w", "wa", "we", "wi", "wl", "wo")]
    found = [m for m in found if not m.startswith("w") and m != "chr"]
    found = [m for m in found if m not in ("ow", "ew")]  # Moscow, Glasgow, Marlow
    return bool(found) or any(c in _STRONG_MARK_CHARS for c in norm)


def _russian_name_shape(norm: str, best: Candidate) -> bool:
    """Does a word from the English name list read as a Russian surname or place with its
    typical ending (Stalin, Smolensk, Stalingrad), spelt without English-only letters?"""
    if not best.known or "w" in norm or _FOREIGN_SPELLING.search(norm):
        return False
    if fold_yo(best.lemma) != fold_yo(best.cyrillic):
        return False
    if "Surn" in best.tags and _SURNAME_END.search(norm):
        return True
    return "Geox" in best.tags and bool(_PLACE_END.search(norm))


def _known_evidence(
    token: str,
    norm: str,
    best: Candidate,
    strength: float,
    proper: bool,
    llr: float,
    score: float,
    reasons: list[str],
) -> float:
    """Weigh a lexicon hit by what else speaks for Russian: a foreign spelling, a foreign letter
    model, an inflected proper name or a bare first name is not enough for a word on its own
    (it may still join a phrase led by a stronger word)."""
    strong = strength >= 1.0
    lone_cap = WEAK + 0.1  # can join a phrase, never starts one
    if not strong and _FOREIGN_SPELLING.search(norm) and not _russian_first_name(token, best, llr):
        reasons.append("spelt like German, English, Romance or Polish")
        return min(score, WEAK - 0.05)
    if _POLISH_SPELLING.search(norm):
        if not _POLISH_RUSSIAN_END.search(norm):
            reasons.append("Polish spelling without a Russian ending")
            return min(score, WEAK - 0.05)
    if strong:
        return score
    if not proper and token[:1].isupper() and re.search(r"(?<!t)sch$", norm):
        # German -sch on a capitalised word that reads as a common noun: Lasch, Busch
        reasons.append("a German name ending in -sch")
        return min(score, WEAK - 0.05)
    # a woman's surname is cited in the nominative too, though its lemma is the man's
    # (Павлова: Павлов)
    feminine = "Surn" in best.tags and "nomn" in best.tags
    inflected = fold_yo(best.lemma) != fold_yo(best.cyrillic) and not feminine
    if inflected and not proper and token[:1].isupper() and _oblique_only(best.cyrillic):
        # a capitalised common noun in an oblique case stands alone in no English sentence
        # (Rotonde is not "ротонде"); inside a title it may still join the phrase
        reasons.append("a capitalised common noun in an oblique case")
        return min(score, lone_cap)
    if inflected and proper:
        # English cites Russian names in the nominative; Prague is not "Праге"
        reasons.append("an inflected form without a sign of romanization")
        return min(score, lone_cap)
    if proper and "Name" in best.tags and not any(t in best.tags for t in ("Surn", "Geox")):
        if _russian_first_name(token, best, llr):
            reasons.append("a Russian first name that is no English or Western name")
        else:
            reasons.append("a first name alone needs a surname or a sign of romanization")
            score = min(score, lone_cap)
    elif proper and "Surn" in best.tags and not _SURNAME_END.search(norm):
        if llr < -0.5 or token[-1:] in "aeiou":
            reasons.append("a surname without a Russian ending")
            score = min(score, lone_cap)
    elif proper and "Geox" in best.tags and not _PLACE_END.search(norm) and llr < -1.0:
        reasons.append("a place name the letter model finds foreign")
        score = min(score, lone_cap)
    if llr < -1.3:
        reasons.append("the letter model prefers another language")
        score = min(score, lone_cap)
    return score


@lru_cache(maxsize=20_000)
def _oblique_only(cyr: str) -> bool:
    """Does a Cyrillic word read only as a dative, instrumental or prepositional case (never as
    a nominative, genitive or accusative, which titles use: Za Rodinu, Iuga Rossii)?"""
    parses = lexicon.morph().parse(cyr.lower())[:8]
    cases = {str(p.tag.case) for p in parses if p.tag.case}
    return bool(cases) and cases <= {"datv", "ablt", "loct", "loc2"}


# --- tokens in context ----------------------------------------------------------------------


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in TOKEN_RE.finditer(text, start, end)]


def _strip_token(text: str, s: int, e: int, tok: str) -> tuple[int, int, str]:
    # quotes around a word are not part of it; a final prime or apostrophe with no opening
    # quote before the word is a soft sign (Tver', Sevastopol’)
    opened = s > 0 and text[s - 1] in "'‘’\"“”"
    while tok and tok[-1] in "'’\"-″ʼ" and (opened or tok[-1] in '-"' or tok[-2:-1] in "'’"):
        tok, e = tok[:-1], e - 1
    while tok and tok[0] in "'’\"-ʼ":
        tok, s = tok[1:], s + 1
    return s, e, tok


_HYPHEN_GAP = re.compile(r"-[ \t]*\n?[ \t]*|-\s")


def _hyphen_break(text: str, end: int, nxt: tuple[int, int, str]) -> bool:
    """Is ``text[end:]`` a hyphen and a space or line break before a lower-case continuation?"""
    gap = text[end : nxt[0]]
    return (
        len(gap) >= 2
        and bool(_HYPHEN_GAP.fullmatch(gap))
        and nxt[2][:1].islower()
        and _script(nxt[2]) == "Latin"
    )


_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[“«]))['‘](?=\w)")


def _quote_open(text: str, s: int) -> bool:
    """Is a single quote opened earlier in this sentence and not closed ('en effet', 'práce je
    čest')? Then an apostrophe after the word closes it."""
    lo = max(0, s - 200)
    stop = max((m.end() for m in _SENTENCE_END.finditer(text, lo, s)), default=lo)
    last = None
    for m in _OPENING_QUOTE.finditer(text, stop, s):
        last = m.end()
    if last is None:
        return False
    # closed in between: an apostrophe followed by a space or punctuation
    return re.search(r"\w['’](?=[\s,.;:!?)])", text[last:s]) is None


def _attach_soft_sign(text: str, s: int, e: int, tok: str) -> tuple[str, int]:
    """A word's possessive ``'s`` is English and dropped; a final apostrophe after a word that
    no quote opened is a soft sign and kept (Gogol', Tver'): it is a sign of romanization."""
    if tok[-2:] in ("'s", "’s") and tok[:1].isupper() and len(tok) > 3:
        return tok[:-2], e - 2
    opened = s > 0 and text[s - 1] in "'‘’\"“”"
    if (
        not opened
        and e < len(text)
        and text[e] in "'’"
        and (e + 1 == len(text) or not text[e + 1].isalnum())
        and tok[-1:].isalpha()
        and tok[-1:] not in "sS"
        and not _quote_open(text, s)
    ):
        return tok + text[e], e + 1
    return tok, e


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def _gap_joins(gap: str) -> bool:
    """May two words separated by ``gap`` belong to one phrase?"""
    return gap in (" ", "-", "\u00a0") or (gap.strip() == "" and "\n\n" not in gap and len(gap) < 4)


def find_romanized(
    text: str, start: int = 0, end: int | None = None, termbase: TermIndex | None = None
) -> list[RomanizedSpan]:
    """Romanized Russian words, phrases and acronyms in ``text[start:end]``.

    Offsets are code points into ``text``. Each span has its Cyrillic (as inflected in the text),
    lemma, scheme, score, kind and, when ``termbase`` is given and matches, the concept key.
    """
    end = len(text) if end is None else end
    spans: list[RomanizedSpan] = []
    judged: list[WordJudgement] = []
    for s_start, s_end in _sentences(text, start, end):
        judged_sent: list[WordJudgement] = []
        toks = [_strip_token(text, *t) for t in _tokens(text, s_start, s_end)]
        k = 0
        while k < len(toks):
            s, e, tok = toks[k]
            k += 1
            if not tok or _script(tok) != "Latin":
                judged_sent.append(WordJudgement(s, e, tok, "other"))
                continue
            if k < len(toks) and _hyphen_break(text, e, toks[k]):
                # "inde- pendence": one word broken across a line, judged whole
                e, tok = toks[k][1], tok + toks[k][2]
                k += 1
            tok, e = _attach_soft_sign(text, s, e, tok)
            klass, score, reading, reasons = judge_token(tok)
            judged_sent.append(WordJudgement(s, e, tok, klass, score, reading, list(reasons)))
        spans.extend(_phrases(text, judged_sent, termbase))
        judged.extend(judged_sent)
    spans = _not_russian_names(text, start, end, spans)
    spans.extend(_not_russian_names(text, start, end, _consistent(text, judged, spans)))
    spans.extend(_not_russian_names(text, start, end, _name_pairs(text, judged, spans)))
    spans.extend(_not_russian_names(text, start, end, _dense_context(text, judged, spans)))
    spans = [_with_initials(text, start, sp) for sp in spans]
    spans.extend(_acronyms(text, start, end, judged, spans, termbase))
    spans.sort(key=lambda sp: sp.start)
    if termbase is not None:
        for sp in spans:
            if sp.term is None:
                sp.term = _term_for(termbase, sp)
    return spans


_INITIALS = re.compile(r"(?<![\w.])((?:(?:Iu|Ia|Ie|Ch|Sh|Zh|Kh|Ts|Yu|Ya|[A-Z])\. ){1,2})$")


def _with_initials(text: str, start: int, sp: RomanizedSpan) -> RomanizedSpan:
    """A Russian name with its initials before it (V. Muradeli, L. M. Kaganovicha): the initials
    belong to the span, written in Cyrillic (В. Мурадели)."""
    if sp.kind == "acronym" or not sp.words or not sp.text[:1].isupper():
        return sp
    r = sp.words[0].reading
    if r is None or not (proper_reading(r) or r.attested >= 1.5):
        return sp
    m = _INITIALS.search(text, max(start, sp.start - 12), sp.start)
    if not m:
        return sp
    letters = re.findall(r"([A-Za-z]+)\.", m.group(1))
    if letters == ["M"]:
        return sp  # M. Goutchkoff: Monsieur
    cyr = [_acronym_reading(x.upper()) for x in letters]
    if not all(len(c) == 1 for c in cyr):
        return sp
    prefix = "".join(c + ". " for c in cyr)
    return replace(
        sp,
        start=m.start(1),
        text=text[m.start(1) : sp.end],
        cyrillic=prefix + sp.cyrillic,
        lemma=prefix + sp.lemma,
    )


# Paragraphs about Bulgaria, Serbia or Yugoslavia: their names look Russian (Zhivkov, Vazov)
_SOUTH_SLAVIC_CUE = re.compile(
    r"\b(?:Bulgari(?:a|an|ans)|Serbi(?:a|an|ans)|Serbs?|Belgrade|Yugoslav(?:ia|ian|ians|s)?"
    r"|Croati(?:a|an|ans)|Zagreb|Macedonia(?:n|ns)?|Skopje|Montenegr(?:o|in|ins)|Sloveni(?:a|an)"
    r"|Ljubljana|Plovdiv|Varna|Sarajevo|Bosnia(?:n)?|Novi Sad"
    r"|(?i:in|at|to|from|of|near) Sofia)\b"
)
_SOUTH_SLAVIC_DEMONYM = re.compile(
    r"\b(?:Bulgarian|Serbian|Serb|Croatian|Croat|Yugoslav|Macedonian|Slovene|Slovenian)\s+$"
)
# Spellings that only Russian romanization produces, not Bulgarian or Serbian: -ii, -yi, -oi,
# kh, shch, ye, a soft sign, patronymics, -sky
_RUSSIAN_ONLY_SIGN = re.compile(
    r"kh|shch|[iy][iy]$|[iy]j$|[oa][yij]$|(?<=[^aeiou])ye|[ʹ'’ʼ]|ë|ĭ|(?<=\w{3})(?:off|eff)$"
    r"|(?:ovich|evich|ovna|evna|ovych)$|sk(?:aya|aia|aja)$|sky$"
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_POLISH_SKI = re.compile(r"[oe]wsk(?:i|a)$")
_RUSSIAN_CONTEXT = re.compile(
    r"\b(?:Russian|Russians|Russia|Soviet|Soviets|USSR|Moscow|Muscovite|Tsar|Tsarist|Kremlin"
    r"|Petersburg|Petrograd|Leningrad|Bolshevik|Bolsheviks|Red Army|emigr[ée]s?)\b"
)


def _russian_only(w: WordJudgement) -> bool:
    return bool(_RUSSIAN_ONLY_SIGN.search(normalize_latin(w.text)))


def _russian_word(w: WordJudgement) -> bool:
    """A common Russian word, not a name, spelt exactly (Novoe Vremia, Posev, Zapiski): the
    title of something Russian even where Serbian or Bulgarian names are about."""
    r = w.reading
    return (
        r is not None
        and r.known
        and not proper_reading(r)
        and r.cost <= 0.25
        and r.attested >= 3.0
        and len(w.text) >= 4
        and langmodel.foreign_zipf(w.text)[0] < _COMMON_FOREIGN
    )


_COMMON_NAME = "a name common in Russian text"


def _common_name(w: WordJudgement) -> bool:
    """Judged a surname or place common in Russian text and rare elsewhere."""
    return any(x.startswith(_COMMON_NAME) for x in w.reasons)


def _lexicon_surname(w: WordJudgement) -> bool:
    r = w.reading
    return (
        _russian_surname(w)
        or _common_name(w)
        or (r is not None and r.known and "Surn" in r.tags and "nomn" in r.tags and r.cost <= 0.35)
    )


def _first_name_with_surname_ending(w: WordJudgement) -> bool:
    """A word read as a first name (not a surname) whose only sign of romanization is the
    surname ending -ew/-ow/-ev/-ov (Zbigniew): Russian first names never end so."""
    r = w.reading
    if r is None or not r.known or "Name" not in r.tags or "Surn" in r.tags:
        return False
    found = markers(w.text)[1]
    return bool(found) and all(m in ("ew", "ow", "ev", "ov") for m in found)


def _not_russian_names(
    text: str, start: int, end: int, spans: list[RomanizedSpan]
) -> list[RomanizedSpan]:
    """Drop names that belong to a neighbouring Slavic language.

    In a paragraph that names Bulgaria, Serbia or Yugoslavia (or their people), a span of
    capitalised words needs a spelling only Russian romanization produces (Savitskii,
    Khrapovitskii, Zinov'ev) or a surname the Russian lexicon knows (Trubetskoi); right after a
    South Slavic demonym (the Bulgarian Georgi Dimitrov) it is never Russian. Serbian -ić is
    never Russian. Polish -owski/-ewski (Dmowski) is Polish unless the lexicon knows the surname
    (Ostrowski, Merejkowski) or the sentence speaks of Russia or reports a plainly Russian
    spelling.
    """
    if not spans:
        return spans
    cued: list[tuple[int, int]] = []
    pos = start
    for m in [*_PARAGRAPH.finditer(text, start, end), None]:
        p_end = m.start() if m else end
        if _SOUTH_SLAVIC_CUE.search(text, pos, p_end):
            cued.append((pos, p_end))
        pos = m.end() if m else end
    russian_spans = [sp for sp in spans if any(_russian_only(w) for w in sp.words)]
    out = []
    for sp in spans:
        words = sp.words
        if sp.kind == "acronym" or not words:
            out.append(sp)
            continue
        if any(normalize_latin(w.text).endswith(("ić", "ić")) for w in words):
            continue
        if len(words) == 1 and _first_name_with_surname_ending(words[0]):
            continue  # Zbigniew: no Russian first name ends in -ев
        names = all(w.text[:1].isupper() for w in words)
        if names and _SOUTH_SLAVIC_DEMONYM.search(text[max(0, sp.start - 12) : sp.start]):
            continue
        if names and any(lo <= sp.start < hi for lo, hi in cued):
            if not any(_russian_only(w) or _lexicon_surname(w) or _russian_word(w) for w in words):
                continue
        polish = [
            w
            for w in words
            if _POLISH_SKI.search(normalize_latin(w.text)) and "sch" not in w.text.lower()
        ]  # not German Tschernjachowski
        if polish and not any(_lexicon_surname(w) or _russian_only(w) for w in words):
            lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, sp.start)), default=0)
            hi_m = _SENTENCE_END.search(text, sp.end)
            hi = hi_m.start() if hi_m else len(text)
            context = _RUSSIAN_CONTEXT.search(text, lo, hi) or any(
                o is not sp and lo <= o.start < hi for o in russian_spans
            )
            if not context:
                continue
        out.append(sp)
    return out


def _consistent(
    text: str, judged: list[WordJudgement], spans: list[RomanizedSpan]
) -> list[RomanizedSpan]:
    """A word the document reports somewhere is reported everywhere it reads the same way:
    Herzen after Alexander Herzen, Lossky after Nikolai Lossky."""
    keys: set[str] = set()
    for sp in spans:
        for w in sp.words:
            if len(w.text) > 3 and w.text[:1].isupper():
                keys.add(normalize_latin(w.text))
                if w.reading is not None and proper_reading(w.reading):
                    keys.add(fold_yo(w.reading.lemma))
    if not keys:
        return []
    covered = {id(w) for sp in spans for w in sp.words}
    out = []
    for w in judged:
        if id(w) in covered or len(w.text) <= 3 or not w.text[:1].isupper():
            continue
        if w.klass not in ("candidate", "english-name", "english") or w.reading is None:
            continue
        same = normalize_latin(w.text) in keys
        r = w.reading
        if not same and w.klass != "candidate":
            continue  # America is not reported for Amerika: English spells its own names
        if not same and not (r.known and proper_reading(r) and fold_yo(r.lemma) in keys):
            continue
        w.reasons.append("reported elsewhere in the document")
        out.append(_make_span(text, [w]))
    return out


_DENSE_FLOOR = 0.45  # a name this close to reportable ...
_DENSE_SPANS = 2  # ... is reported among this many Russian spans ...
_DENSE_REACH = 200  # ... within this many characters either side


def _dense_context(
    text: str, judged: list[WordJudgement], spans: list[RomanizedSpan]
) -> list[RomanizedSpan]:
    """A name that nearly reads as Russian on its own (Taborizki, Dnjeprostroi) is Russian in a
    passage that names Russians on either side of it."""
    covered = {id(w) for sp in spans for w in sp.words}
    anchors = sorted(sp.start for sp in spans if sp.kind != "acronym" and sp.score >= 0.5)
    out = []
    for w in judged:
        if id(w) in covered or w.klass != "candidate" or w.reading is None:
            continue
        if w.score < _DENSE_FLOOR or w.score >= STRONG or len(w.text) < 5:
            continue
        norm = normalize_latin(w.text)
        if not w.text[:1].isupper() or _FOREIGN_SPELLING.search(norm) or "'" in w.text:
            continue
        if _POLISH_SPELLING.search(norm) or langmodel.foreign_zipf(w.text)[0] >= _COMMON_FOREIGN:
            continue  # Czapski, Verlag, Kultura
        near = bisect_right(anchors, w.start + _DENSE_REACH) - bisect_left(
            anchors, w.start - _DENSE_REACH
        )
        if near >= _DENSE_SPANS:
            w.reasons.append("among Russian names")
            out.append(_make_span(text, [w]))
    return out


def _phrases(
    text: str, words: list[WordJudgement], termbase: TermIndex | None
) -> list[RomanizedSpan]:
    cands = [w for w in words if w.klass in ("candidate", "english-name")]
    latin = [w for w in words if w.klass not in ("other",)]
    is_foreign = [
        w.klass == "foreign"
        or (w.klass == "candidate" and w.score < WEAK and len(w.text) > 3)
        or _common_foreign_reason(w)  # Von der Wolga nach Kasachstan
        for w in latin
    ]
    is_english = [w.klass == "english" for w in latin]
    for i, w in enumerate(latin):
        if w.klass not in ("candidate", "english-name"):
            continue
        lo, hi = max(0, i - 4), min(len(latin), i + 5)
        foreign = sum(is_foreign[lo:hi]) - is_foreign[i]
        english = sum(is_english[lo:hi])
        if foreign >= 2 and foreign > english:
            if w.score < FOREIGN_STRONG or markers(w.text)[0] < 1.0:
                w.reasons.append("in a foreign-language context")
                w.score = min(w.score, WEAK - 0.01)
    if termbase is not None:
        for w in cands:
            if w.score < STRONG and len(w.text) > 3:
                hits = termbase.lookup(w.text)
                if hits and hits[0][2] >= 0.92:
                    w.score = max(w.score, STRONG)
                    w.reasons.append("in the term base")

    # runs of neighbouring words (English words may sit inside a run, see below)
    runs: list[list[WordJudgement]] = []
    cur: list[WordJudgement] = []
    for w in words:
        if cur and not _gap_joins(text[cur[-1].end : w.start]):
            runs.append(cur)
            cur = []
        cur.append(w)
    if cur:
        runs.append(cur)

    index = {id(w): k for k, w in enumerate(words)}
    _western_names(text, words)
    mem = [w.klass in ("candidate", "english-name") and w.score >= STRONG for w in words]
    _seed_pairs(text, words, mem)
    _seed_agreeing_pairs(text, words, mem)
    _seed_cues(text, words, mem)
    _seed_titles(text, words, mem)
    _seed_slavic_terms(words, mem)
    _seed_adopted(text, words, mem)
    changed = True
    while changed:
        changed = False
        for run in runs:
            changed |= _extend_run(run, mem, index)
        changed |= _extend_lists(text, words, mem)
        changed |= _first_names_before(text, words, mem)
        changed |= _western_first_names(text, words, mem)
        changed |= _name_and_known_surname(text, words, mem)

    out: list[RomanizedSpan] = []
    for run in runs:
        member = [mem[index[id(w)]] for w in run]
        i = 0
        while i < len(run):
            if not member[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(run) and member[j + 1]:
                j += 1
            group = run[i : j + 1]
            # a lone short word is not enough, unless it has a sign of Russian (Obʹ, Perm')
            if (
                len(group) == 1
                and len(group[0].text) <= 3
                and not _common_name(group[0])
                and group[0].score < STRONG
            ):
                i = j + 1
                continue
            out.append(_make_span(text, group))
            i = j + 1
    return out


def _joinable(w: WordJudgement, floor: float = WEAK) -> bool:
    return w.klass in ("candidate", "english-name") and w.score >= floor


def _first_name(w: WordJudgement) -> bool:
    r = w.reading
    if r is None and w.klass == "english" and w.text[:1].isupper():
        c = reverse_word(w.text, 1)  # Maxim: an English word and a Russian first name
        r = c[0] if c else None
    return (
        r is not None
        and r.known
        and "Name" in r.tags
        and r.cost <= 0.4
        and fold_yo(r.lemma) == fold_yo(r.cyrillic)
    )


def _russian_surname(w: WordJudgement) -> bool:
    r = w.reading
    return (
        r is not None
        and r.known
        and "Surn" in r.tags
        and r.cost <= 0.35
        and fold_yo(r.lemma) == fold_yo(r.cyrillic)
        and bool(_SURNAME_END.search(normalize_latin(w.text)) or re.search(r"k[iy]$", w.text))
    )


_BEFORE_PARTICLE = re.compile(r" (?:de|du|da|di|del|della|des|von|van) [A-Z]")
_PARTICLE = re.compile(r"(?:^|\s)(?:von|van|de|du|da|di|del|della|des|le|la|zu|dos|der)\s$")


def _western_names(text: str, words: list[WordJudgement]) -> None:
    """A capitalised word after a nobiliary particle (von Tresckow, de Falla) or beside a word in
    a foreign alphabet (Ludvík Svoboda, Stanisław Grabski) belongs to a Western or Slavic name
    that is not Russian."""
    for k, w in enumerate(words):
        if w.klass not in ("candidate", "english-name"):
            continue
        strength = markers(w.text)[0]
        if strength < 1.0 and _beside_foreign_letters(text, words, k):
            # Česká národní rada: a word joined to one spelt with letters no romanization of
            # Russian uses belongs to that language
            w.score = min(w.score, WEAK - 0.05)
            w.reasons.append("beside a word in foreign letters")
            continue
        if not w.text[:1].isupper():
            continue
        if _PARTICLE.search(text[max(0, w.start - 6) : w.start]) or _BEFORE_PARTICLE.match(
            text, w.end
        ):
            w.score = min(w.score, WEAK - 0.05)
            w.reasons.append("after a nobiliary particle")
            continue
        if strength >= 1.0 and not re.search(r"sk[iy]$", w.text):
            continue
        if _common_name(w):
            continue  # Władysław Chodasiewicz: Ходасевич, however his first name is spelt
        for j in (k - 1, k + 1):
            if not 0 <= j < len(words):
                continue
            o = words[j]
            lo, hi = (o, w) if j < k else (w, o)
            if text[lo.end : hi.start] != " " or not o.text[:1].isupper():
                continue
            foreign = (
                o.klass == "foreign"
                or (
                    any(m in r for r in o.reasons for m in ("háček", "Polish spelling"))
                    and not _common_name(o)  # Sergej Èjzenštejn
                )
                or _foreign_word(o)  # Gazeta Wyborcza, Nowy Świat
            )
            if foreign:
                w.score = min(w.score, WEAK - 0.05)
                w.reasons.append("beside a name in a foreign alphabet")
                break


def _common_foreign_reason(w: WordJudgement) -> bool:
    """Judged a common word of another language (however its Russian reading reads)."""
    return any(
        x.startswith(("a common ", "as common a ")) and "Russian word" not in x for x in w.reasons
    )


def _foreign_word(w: WordJudgement) -> bool:
    """A common word of another language that Russian texts hardly use (Wyborcza, Empik)."""
    r = w.reading
    return (
        r is not None
        and not r.known
        and r.attested < 2.0
        and any(x.startswith("a common ") and " word (Zipf" in x for x in w.reasons)
    )


def _beside_foreign_letters(text: str, words: list[WordJudgement], k: int) -> bool:
    w = words[k]
    for j in (k - 1, k + 1):
        if 0 <= j < len(words) and words[j].klass == "foreign":
            o = words[j]
            lo, hi = (o, w) if j < k else (w, o)
            if text[lo.end : hi.start] == " ":
                return True
    return False


_FOREIGN_REASONS = ("háček", "Polish spelling", "spelt like")


def _seed_pairs(text: str, words: list[WordJudgement], mem: list[bool]) -> None:
    """A Russian first name and a capitalised word after it support each other ("Valerii
    Pereleshin", "Nikolai Lossky"): neither is enough alone, together they are a name."""
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        if text[a.end : b.start] != " " or not (a.text[:1].isupper() and b.text[:1].isupper()):
            continue
        if not (_first_name(a) or _first_name(b)):
            continue
        first = a if _first_name(a) else b
        other = b if first is a else a
        if "Fixd" in _reading(first).tags:
            continue  # an indeclinable first name is a Western one: Margot, Hristo
        if _elsewhere_first_name(first):
            continue  # Zofia Lissa, Jakob Klassen, Adam Michnik
        if other is b and _western_given_name(other):
            continue  # a Western first name is no surname: Zbigniew Herbert
        if _englishy(first.text):
            # German Slavists, Georges Brassens; but Maxim Gorky, German Titov
            if first is a and _russian_surname(other) and _joinable(other, 0.2):
                for w in (a, b):
                    w.reasons.append("a Russian first name and a Russian surname")
                mem[k] = mem[k + 1] = True
            continue
        if not (_joinable(a, 0.2) and _joinable(b, 0.2)) or max(a.score, b.score) < WEAK:
            continue
        western = (
            first.klass == "english-name"
            and not markers(first.text)[0]
            and not _reading(first).cyrillic.endswith("й")  # Sergei, Nikolai
        )
        if not _surname_like(other, western=western):
            continue  # Otto Lasch, Arnold Deutsch, Jacek Kuroń, Boris Souvarine
        if len(a.text) <= 4 and len(b.text) <= 4:
            continue  # two short words: Zhou Xuan, Bai Guang
        if any(m in r for r in a.reasons + b.reasons for m in _FOREIGN_REASONS):
            continue  # Jan Patočka, Bolesław Bierut
        if any(_FOREIGN_SPELLING.search(normalize_latin(w.text)) for w in (a, b)):
            continue  # Roberto Rossellini
        if 1 - (1 - a.score) * (1 - b.score) < 0.54:
            continue
        for w in (a, b):
            w.reasons.append("a Russian first name and a surname")
        mem[k] = mem[k + 1] = True


def _more_common_elsewhere(token: str, reading: Candidate) -> bool:
    """Is this spelling a word of another language at least as common there as its reading is
    in Russian text? (False when the spelling is in no other language's list.)"""
    fz = langmodel.foreign_zipf(token)[0]
    return fz > 0.0 and fz >= reading.attested


def _elsewhere_first_name(w: WordJudgement) -> bool:
    """A first name spelt as another language spells it, and more common there than its
    reading is in Russian (Zofia: Зофья, Jakob: Якоб, Gustaw: Густав)."""
    return _more_common_elsewhere(w.text, _reading(w))


def _western_given_name(w: WordJudgement) -> bool:
    """A capitalised word the lexicon knows only as a first name and the letter model finds
    Western (Herbert, Walter, Otto), without a sign of romanization."""
    r = _reading(w)
    return (
        w.text[:1].isupper()
        and r.known
        and "Name" in r.tags
        and "Surn" not in r.tags
        and markers(w.text)[0] < 1.0
        and langmodel.russianness(w.text)[0] < -1.0
    )


def _name_and_known_surname(text: str, words: list[WordJudgement], mem: list[bool]) -> bool:
    """Ilya Frank, Nikolai Ern: a Russian first name spelt as a romanization, which English
    does not write, before a word the Russian lexicon knows as a surname."""
    changed = False
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        if mem[k] or mem[k + 1] or text[a.end : b.start] != " ":
            continue
        r = a.reading
        if a.klass != "candidate" or r is None or a.score < WEAK or r.cost > 0.3:
            continue
        if "Name" not in r.tags or "nomn" not in r.tags or _western_given_name(a):
            continue
        if _surname_after_name(a, b):
            a.reasons.append("a Russian first name before a surname")
            b.reasons.append("a surname after a Russian first name")
            mem[k] = mem[k + 1] = changed = True
    return changed


def _western_first_names(text: str, words: list[WordJudgement], mem: list[bool]) -> bool:
    """Serge Koussevitzky, Paul Miliukov, Dymitr Mereżkowski: a Western or Polish form of a
    Russian first name before a reported surname with a strong sign of Russian is that
    person's Russian first name."""
    changed = False
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        if not mem[k + 1] or text[a.end : b.start] != " ":
            continue
        name = russian_given_name(a.text)
        if name is None or not (markers(b.text)[0] >= 1.0 or _common_name(b)):
            continue
        if b.reading is not None and "Name" in b.reading.tags and "Surn" not in b.reading.tags:
            continue  # Peter Ivan: two first names
        if a.reading is not None and fold_yo(a.reading.cyrillic) == fold_yo(name):
            continue
        z = lexicon.zipf(name)
        a.reading = Candidate(name, name, "unknown", 0.9, True, 0.2, "NOUN,Name,nomn,sing", z)
        a.reasons.append(f"the Western form of the Russian first name {name}")
        if not mem[k]:
            mem[k] = changed = True
    return changed


def _surname_like(w: WordJudgement, western: bool = False) -> bool:
    """Can the word beside a first name be a Russian surname? After a first name that Western
    languages share (Otto, Boris, Arnold, Tamara) it needs a lexicon surname, a strong sign of
    romanization or, unknown to the lexicon, a Russian surname ending that is not French -ine
    (Karsavina, not Lasch, Deutsch or Souvarine). A Polish spelling without a Russian ending is
    never one (Jacek Kuroń)."""
    norm = normalize_latin(w.text)
    r = w.reading
    known = r is not None and r.known
    if not known and _POLISH_SPELLING.search(norm) and not _POLISH_RUSSIAN_END.search(norm):
        return False
    if not western:
        return True
    if _russian_surname(w):
        return True
    if markers(w.text)[0] >= 1.0 and langmodel.russianness(w.text)[0] > -1.0:
        return True  # not German tsch: Arnold Deutsch
    return not known and not norm.endswith("ine") and bool(_SURNAME_END.search(norm))


def _attested_surname(w: WordJudgement) -> bool:
    """A capitalised word the dictionary lacks but Russian texts use, read cheaply, and which no
    other language uses more (Zworykin: Зворыкин, Litvyak: Литвяк; not Tucholsky or Fonteyn)."""
    r = w.reading
    if r is None or r.known or r.attested < 1.5 or r.cost > 0.5 or len(w.text) < 3:
        return False
    if not w.text[:1].isupper() or _more_common_elsewhere(w.text, r):
        return False
    if any(m in x for x in w.reasons for m in _FOREIGN_REASONS):
        return False
    return _plain_spelling(normalize_latin(w.text), allow_er=True)


def _western_form_of_russian(first: WordJudgement, surname: WordJudgement) -> bool:
    """Serge Koussevitzky, Alexandre Benois: a Western spelling of a first name common in Russia
    before a surname with a strong sign of Russian belongs to the Russian name."""
    r = _reading(first)
    if r.attested < 2.0 or r.cost > 0.4:
        return False
    return markers(surname.text)[0] >= 1.0 or _common_name(surname)


def _first_names_before(text: str, words: list[WordJudgement], mem: list[bool]) -> bool:
    """A first name that English has too (Marina, Vladimir, Lydia, Ilya) is Russian before a
    reported Russian surname or patronymic (Marina Raskova) or before a surname that only
    Russian texts use (Vladimir Zworykin)."""
    changed = False
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        if mem[k] or text[a.end : b.start] != " ":
            continue
        attested = not mem[k + 1] and _attested_surname(b)
        if not (mem[k + 1] or attested):
            continue
        if not (a.text[:1].isupper() and b.text[:1].isupper()) or len(a.text) < 3:
            continue
        if not _first_name(a) or a.klass not in ("english-name", "english", "candidate"):
            continue
        if langmodel.russianness(a.text)[0] < -0.7 and not _western_form_of_russian(a, b):
            continue  # Paul, Peter, Karl, Robert: the Western form of the name
        r = b.reading
        norm = normalize_latin(b.text)
        surname = (
            _russian_surname(b)
            or markers(b.text)[0] >= 1.0  # Mark Vishni͡ak
            or (
                # Leonid Karas': a reported word that is no first name
                mem[k + 1] and b.score >= STRONG and r is not None and "Name" not in r.tags
            )
            or (
                r is not None
                and (not r.known or proper_reading(r))
                and bool(
                    _SURNAME_END.search(norm) or re.search(r"(?:ovich|evich|ovna|evna)$", norm)
                )
            )
        )
        if attested:
            a.reasons.append("a first name before a surname Russian texts use")
            b.reasons.append("a surname Russian texts use, after a Russian first name")
            mem[k] = mem[k + 1] = changed = True
        elif surname:
            a.reasons.append("a first name before a Russian surname")
            mem[k] = changed = True
    return changed


_CUE = re.compile(
    r"(?:\bcalled|\bnamed|\bknown as|\bso-called|\bspel[lt]|\bspelled|\bwritten|\bwrote"
    r"|\bword|\bwords|\bterm|\bRussian"
    # titles that Russian (and Cossack) names carry; not Patriarch or Metropolitan, which
    # Serbian, Greek and Bulgarian churchmen share
    r"|\bTsar|\bTsarina|\bTsaritsa|\bTsarevich|\bTsarevna"
    r"|\bAtaman|\bBoyar|\bboyar|\bGrand Duke|\bGrand Duchess|\bstarets)"
    r"\s+(?:(?:the|as|it|him|her|them|a)\s+)?[\"“‘'(]?$"
)


_GLOSS_AFTER = re.compile(r",\s+(?:the|a|an|or)\s+[a-z]")


def _glossed_word(text: str, w: WordJudgement) -> bool:
    """A lower-case word spelt exactly as a Russian noun in the nominative and glossed in English
    right after it: "the etap, the convict march"."""
    r = w.reading
    return (
        w.text.islower()
        and len(w.text) >= 4
        and r is not None
        and r.known
        and r.cost <= 0.25
        and "NOUN" in r.tags
        and "nomn" in r.tags
        and bool(_GLOSS_AFTER.match(text, w.end))
    )


def _seed_cues(text: str, words: list[WordJudgement], mem: list[bool]) -> None:
    """After "called", "known as", "the so-called", "spelt", "the word", "Russian" a word
    that reads as Russian is quoted Russian; so is a Russian noun glossed right after it."""
    for k, w in enumerate(words):
        if mem[k] or not _joinable(w, WEAK - 0.05) or len(w.text) <= 3:
            continue
        if _CUE.search(text[max(0, w.start - 30) : w.start]):
            w.reasons.append("after a phrase that introduces a foreign word")
            mem[k] = True
        elif _glossed_word(text, w):
            w.reasons.append("glossed in English after it")
            mem[k] = True


_TITLE_CUE = re.compile(
    r"\b(?:daily|weekly|monthly|newspaper|paper|journal|review|magazine|almanac|gazette"
    r"|periodical|bulletin)\s+[\"“‘'«]?$"
)


def _seed_titles(text: str, words: list[WordJudgement], mem: list[bool]) -> None:
    """After "the daily", "the journal", "the weekly", a capitalised word spelt exactly as a
    Russian word is the periodical's Russian title (the daily Rul, the journal Dni), however
    short."""
    for k, w in enumerate(words):
        if mem[k] or w.klass != "candidate" or not w.text[:1].isupper() or len(w.text) < 3:
            continue
        r = w.reading
        if r is None or not r.known or r.cost > 0.3 or langmodel.foreign_zipf(w.text)[0] >= 3:
            continue
        if _TITLE_CUE.search(text[max(0, w.start - 30) : w.start]):
            w.reasons.append("a Russian title after a word that introduces one")
            w.score = max(w.score, STRONG)
            mem[k] = True


_PAIR_FLOOR = 0.4


def _seed_agreeing_pairs(text: str, words: list[WordJudgement], mem: list[bool]) -> None:
    """Two neighbouring words that each nearly read as Russian and together make a Russian
    adjective with the noun it agrees with, or a noun with its genitive, are a phrase (Novaia
    Zhizn', Dom kul'tury)."""
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        if mem[k] and mem[k + 1] or text[a.end : b.start] != " ":
            continue
        if not all(w.klass == "candidate" and w.score >= _PAIR_FLOOR for w in (a, b)):
            continue
        ra, rb = a.reading, b.reading
        if ra is None or rb is None or not (ra.known and rb.known) or proper_reading(ra):
            continue
        adj = _agreement(ra.cyrillic, ("ADJF", "PRTF"))
        if adj and adj & _agreement(rb.cyrillic, ("NOUN",)):
            reason = "an adjective and the noun it agrees with"
        elif (
            b.text.islower()
            and ra.cost <= 0.2
            and _can_be(ra.cyrillic, "nomn", ("NOUN",))
            and _can_be(rb.cyrillic, "gent", ("NOUN",))
        ):
            reason = "a noun and its genitive"  # Dom kul'tury
        else:
            continue
        for w in (a, b):
            w.reasons.append(reason)
        mem[k] = mem[k + 1] = True


def _seed_slavic_terms(words: list[WordJudgement], mem: list[bool]) -> None:
    """A lower-case Russian noun spelt exactly that is also a common Czech or Polish word
    (byt, rodina) is the Russian term when English words stand on both sides of it: the
    peasants' byt, sang about podvig and rodina."""
    for k, w in enumerate(words):
        if mem[k] or w.klass != "candidate" or not w.text.islower() or len(w.text) < 3:
            continue
        r = w.reading
        if r is None or not r.known or r.cost > 0.15 or "NOUN" not in r.tags:
            continue
        if langmodel.foreign_zipf(w.text)[1] not in ("cs", "pl"):
            continue
        if k and _preposition_cases(words[k - 1].text):
            continue  # Do broni: after a preposition it is a phrase of that language
        sides = [j for j in (k - 1, k + 1) if 0 <= j < len(words)]
        if sides and all(words[j].klass in ("english", "other") or mem[j] for j in sides):
            w.reasons.append("a Russian term between English words")
            w.score = max(w.score, STRONG)
            mem[k] = True


def _adopted_name(w: WordJudgement) -> bool:
    """A Russian place or surname English spells as Russian does (Ladoga, Kolyma, Orenburg)."""
    r = w.reading
    return (
        w.klass in ("english-name", "candidate")
        and w.text[:1].isupper()
        and len(w.text) > 3
        and w.score >= 0.2
        and r is not None
        and r.known
        and r.cost <= 0.35
        and fold_yo(r.lemma) == fold_yo(r.cyrillic)
        and ("Geox" in r.tags or "ADJF" in r.tags)
        and not any(m in x for x in w.reasons for m in (*_FOREIGN_REASONS, "finds foreign"))
    )


# English writes Russian rivers, regions, lakes and buildings with an article or a generic word
# before them (the Kolyma, the Smolny, Lake Ladoga) but not the cities of the West
_GEO_BEFORE = re.compile(r"(?:\b[Tt]he|\bLake|\bRiver|\bMount|\bGulf of|\bSea of)\s+$")


def _seed_adopted(text: str, words: list[WordJudgement], mem: list[bool]) -> None:
    """A Russian name English has adopted is reported in a sentence that is plainly about
    Russia: one that reports a spelling only Russian romanization makes, or that names Russia,
    the Soviets, a Tsar or Leningrad ("the camps of the Kolyma", "Perm' and Orenburg")."""
    if not words:
        return
    cue = bool(_RUSSIAN_CONTEXT.search(text, words[0].start, words[-1].end))
    for k, w in enumerate(words):
        if mem[k] or not _adopted_name(w):
            continue
        if not _GEO_BEFORE.search(text[max(0, w.start - 10) : w.start]):
            continue
        context = cue or any(
            mem[j] and j != k and len(o.text) > 3 and markers(o.text)[0] >= 1.0
            for j, o in enumerate(words)
        )
        if context:
            w.reasons.append("an adopted Russian name in a sentence about Russia")
            mem[k] = True


def _name_pairs(
    text: str, judged: list[WordJudgement], spans: list[RomanizedSpan]
) -> list[RomanizedSpan]:
    """A Russian first name and, after it, a capitalised name the lexicon does not know and no
    other language spells so (Leon Orbeli, Fjodor Stepun, Emma Gershtein) are a Russian name in a
    passage that reports plainly Russian spellings within a few hundred characters."""
    covered = {id(w) for sp in spans for w in sp.words}
    anchors = [sp.start for sp in spans if any(_russian_only(w) for w in sp.words)]
    if not anchors:
        return []
    out = []
    for a, b in zip(judged, judged[1:], strict=False):
        if id(a) in covered or id(b) in covered or text[a.end : b.start] != " ":
            continue
        if not (a.text[:1].isupper() and b.text[:1].isupper()) or len(b.text) < 4:
            continue
        if b.klass != "candidate" or b.reading is None or b.score < 0.1:
            continue
        if not _first_name(a) or a.klass not in ("english-name", "english", "candidate"):
            continue
        if "Fixd" in _reading(a).tags or langmodel.russianness(a.text)[0] < 0.5:
            continue  # Leon, Peter, Walter, Reinhard: the Western form of a shared name
        if _elsewhere_first_name(a):
            continue  # Zofia, Jakob, Gustaw: more common as another language's name
        r = b.reading
        if r.known and "Surn" not in r.tags:
            continue
        if any(m in x for x in b.reasons for m in ("háček", "Polish spelling")):
            continue
        foreign = [x for x in b.reasons if any(m in x for m in _FOREIGN_REASONS)]
        if foreign and not (r.known and "Surn" in r.tags):
            continue
        if langmodel.russianness(b.text)[0] < -1.2:
            continue
        norm = normalize_latin(b.text)
        if _POLISH_SPELLING.search(norm) or _FOREIGN_SPELLING.search(norm.replace("ei", "")):
            continue
        if not any(abs(x - a.start) < 400 for x in anchors):
            continue
        for w in (a, b):
            w.reasons.append("a Russian first name and an unknown surname beside Russian names")
        sp = _make_span(text, [a, b])
        sp.score = min(sp.score, 0.5)
        out.append(sp)
        covered.update((id(a), id(b)))
    return out


_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or|nor|und|et|i)\s+|\s*/\s*")


def _extend_lists(text: str, words: list[WordJudgement], mem: list[bool]) -> bool:
    """Coordinated with a reported word ("Novosibirsk, Krasnodar and Sverdlovsk"), a word that
    reads as Russian is taken too."""
    changed = False
    for k, w in enumerate(words):
        if mem[k] or not _joinable(w, WEAK - 0.05) or len(w.text) <= 3:
            continue
        if not w.text[:1].isupper():
            continue
        for j in (k - 1, k + 1):
            if not (0 <= j < len(words)) or not mem[j]:
                continue
            lo, hi = (words[j], w) if j < k else (w, words[j])
            if not words[j].text[:1].isupper():
                continue
            if _LIST_GAP.fullmatch(text[lo.end : hi.start]):
                w.reasons.append("in a list with a reported word")
                mem[k] = changed = True
                break
    return changed


def _extend_run(run: list[WordJudgement], mem: list[bool], index: dict[int, int]) -> bool:
    """Words that belong to a phrase: weak ones next to a member, short Russian function words
    (which may be English words too: "i", "na", "o") between two members."""
    member = [mem[index[id(w)]] for w in run]
    if not any(member):
        return False
    grown = False
    changed = True
    while changed:
        changed = False
        for i, w in enumerate(run):
            if member[i]:
                continue
            left = i > 0 and member[i - 1]
            if (
                not left
                and i + 1 < len(run)
                and member[i + 1]
                and (
                    w.klass == "candidate"
                    or (w.klass == "english" and w.text.lower() not in langmodel.english_words())
                )
                and _function_word(w.text, _FUNCTION_TAGS + ("PRCL",))
            ):
                # a preposition or particle opening a phrase: Za Rodinu, Ni shagu nazad
                member[i] = changed = True
                continue
            right = i + 1 < len(run) and member[i + 1]
            if not left and right and _governs(w.text, run[i + 1]):
                # V kruge pervom, S lëgkim parom, Po Ussuriiskomu kraiu: a preposition before a
                # word in a case it governs opens the phrase, though English has the letter
                member[i] = changed = True
                w.reasons.append("a Russian preposition governing the next word")
                continue
            if right and not left and _noun_before_genitive(w, run[i + 1]):
                # Mir iskusstva: a word another language has, read as a Russian noun in the
                # nominative, before a phrase that opens with a genitive
                member[i] = changed = True
                w.reasons.append("a Russian noun before the genitive that completes it")
                continue
            if (
                right
                and not left
                and i > 0
                and w.text.islower()
                and _function_word(w.text, ("CONJ",))
                and _joinable(run[i - 1])
                and _reading(run[i - 1]).known
                and _reading(run[i - 1]).cost <= 0.2
            ):
                # Za Veru i Otechestvo: a conjunction joins an exact word before it to a phrase
                member[i - 1] = member[i] = changed = True
                w.reasons.append("Russian function word inside a phrase")
                continue
            if not (left or right):
                continue
            if w.klass in ("candidate", "english-name") and w.score >= WEAK:
                if left and _western_given_name(w):
                    continue  # Zbigniew Herbert: a Western first name is no surname
                member[i] = changed = True
            elif left and _name_after_adjective(run[i - 1], w):
                member[i] = changed = True
                w.reasons.append("a Russian name after a Russian adjective")
            elif left and _noun_agreeing(run[i - 1], w, run[i - 2] if i >= 2 else None):
                # Tsentral'nyi front, Goloe pole, Novyi grad: a word English or another
                # language has, read as a Russian noun agreeing with the adjective before it
                member[i] = changed = True
                w.reasons.append("a Russian noun agreeing with the Russian adjective before it")
            elif left and _surname_after_name(run[i - 1], w):
                # Evgenii Karlovich Miller, Semen Frank, Ostap Bender: after a Russian first
                # name or patronymic, a surname English has too is that person's surname
                member[i] = changed = True
                w.reasons.append("a surname after a Russian first name or patronymic")
            elif _exact_neighbour(w, left):
                # Narodnyi komissariat vnutrennikh del, Ded Moroz: a common Russian word spelt
                # exactly, beside a phrase, belongs to it even where another language has it
                member[i] = changed = True
                w.reasons.append("a Russian word spelt exactly, beside a Russian phrase")
            elif (
                left
                and not right
                and i + 1 < len(run)
                and _function_word(w.text)
                and run[i + 1].klass != "english"  # "a blatnoi, a professional criminal"
                and (_exact_word(run[i + 1].text) or _governed(run[i + 1]))
            ):
                # "Voina i mir": a conjunction and an exactly spelled word after a phrase
                member[i] = member[i + 1] = changed = True
                w.reasons.append("Russian function word inside a phrase")
            elif (
                left
                and right
                and w.klass in ("english", "candidate")
                and w.text.islower()
                and len(w.text) <= 3
                and (
                    _function_word(w.text)
                    or (w.text not in EN_FUNCTION_WORDS and _preposition_cases(w.text))
                )
            ):
                # Vybrannye mesta iz perepiski: a preposition the letters read less surely
                member[i] = changed = True
                w.reasons.append("Russian function word inside a phrase")
        changed |= _fill_gaps(run, member)
        grown |= changed
    for i, w in enumerate(run):
        mem[index[id(w)]] = member[i]
    return grown


def _fill_gaps(run: list[WordJudgement], member: list[bool]) -> bool:
    """One or two Russian words spelt exactly between two members of a phrase belong to it:
    Repin nikogda [ne byl] emigrantom."""
    changed = False
    for i in range(1, len(run) - 1):
        if member[i] or not member[i - 1]:
            continue
        for j in (i, i + 1):
            if j + 1 >= len(run) or not member[j + 1]:
                continue
            gap = run[i : j + 1]
            if all(_exact_gap_word(w) for w in gap) and not any(member[i : j + 1]):
                for k in range(i, j + 1):
                    member[k] = changed = True
                    run[k].reasons.append("a Russian word between two of a phrase")
                break
    return changed


def _exact_gap_word(w: WordJudgement) -> bool:
    if w.klass != "candidate" or not w.text.islower():
        return False
    r = _reading(w)
    return r.known and r.cost <= 0.2


def _exact_neighbour(w: WordJudgement, left: bool) -> bool:
    r = w.reading
    if w.klass != "candidate" or r is None or not r.known or r.cost > 0.15 or len(w.text) < 2:
        return False
    if w.text.islower():
        return len(w.text) >= 3 and r.attested >= (3.0 if left else 4.0)
    # capitalised: a word of a title or a name in it (Ded Moroz, Ivana Kupalu), not a
    # Western first name before a surname
    return r.attested >= 3.0 and not _western_given_name(w)


def _name_after_adjective(adj: WordJudgement, w: WordJudgement) -> bool:
    """A name English has too (Don, Volga) after a Russian adjective: Tikhii Don."""
    if w.klass != "english" or not w.text[:1].isupper():
        return False
    a, r = adj.reading, _reading(w)
    return (
        a is not None
        and "ADJF" in a.tags
        and r.known
        and r.cost <= 0.2
        and proper_reading(r)
        and "nomn" in r.tags
    )


_CASE = {"loc2": "loct", "gen2": "gent", "acc2": "accs"}  # second locative, genitive: one case


def _can_be(cyr: str, case: str, pos: tuple[str, ...] = ()) -> bool:
    """Can this Cyrillic word be in ``case`` (with one of the parts of speech, or any)?"""
    return any(f[0] == case for f in _agreement(cyr, pos))


@lru_cache(maxsize=20_000)
def _agreement(cyr: str, pos: tuple[str, ...]) -> frozenset[tuple[str, str, str]]:
    """(case, number, gender) of the parses of a Cyrillic word with one of the parts of speech
    (any, when none is given); the gender is "" in the plural, and a noun of common gender
    agrees with both."""
    out = set()
    for p in lexicon.morph().parse(cyr.lower()):
        tag = p.tag
        if (pos and tag.POS not in pos) or not tag.case or not tag.number:
            continue
        case = _CASE.get(tag.case, tag.case)
        if tag.number == "plur":
            out.add((case, "plur", ""))
        elif tag.gender in ("masc", "femn", "neut"):
            out.add((case, "sing", tag.gender))
        else:
            out.update((case, "sing", g) for g in ("masc", "femn"))
    return frozenset(out)


def _noun_agreeing(
    adj: WordJudgement, w: WordJudgement, before: WordJudgement | None = None
) -> bool:
    """A word after a Russian adjective that reads exactly as a Russian noun agreeing with it
    in case, number and gender (Tsentral'nyi front, Goloe pole, Povest' vremennykh let)."""
    a = adj.reading
    if a is None or adj.klass != "candidate" or w.klass not in ("english", "candidate"):
        return False
    if proper_reading(a):
        return False  # Roginskii died: a surname is no adjective here
    b = before.reading if before is not None else None
    nominative = _can_be(a.cyrillic, "nomn", ("ADJF",))
    if b is not None and ("Name" in b.tags or "Patr" in b.tags) and nominative:
        return False  # Boris Ivanovich Nikolaevskii hold: after a name, an adjective is one
    if len(w.text) < 3 or not (w.text.islower() or w.text[1:].islower()):
        return False
    adj_forms = _agreement(a.cyrillic, ("ADJF", "PRTF"))
    if not adj_forms:
        return False
    for c in reverse_word(w.text, 3):
        if c.known and c.cost <= 0.2 and adj_forms & _agreement(c.cyrillic, ("NOUN",)):
            w.reading = c
            return True
    return False


def _surname_after_name(name: WordJudgement, w: WordJudgement) -> bool:
    """``w`` reads as a Russian surname in the nominative and ``name`` is a Russian first name
    or patronymic in the nominative."""
    n = name.reading
    if n is None or not ("Name" in n.tags or "Patr" in n.tags) or "nomn" not in n.tags:
        return False
    if w.klass not in ("english", "candidate") or not w.text[:1].isupper() or len(w.text) < 3:
        return False
    for c in reverse_word(w.text, 3):
        if not c.known or c.cost > 0.25 or "nomn" not in c.tags:
            continue
        if "Surn" in c.tags or ("anim" in c.tags and c.attested >= 3.0):
            w.reading = c
            return True
    return False


def _noun_before_genitive(w: WordJudgement, nxt: WordJudgement) -> bool:
    if w.klass not in ("english", "english-name") or not w.text[:1].isupper() or len(w.text) < 3:
        return False
    if w.text.lower() in EN_FUNCTION_WORDS:
        return False  # Her zapiski
    if nxt.text[:1].isupper() and _SURNAME_END.search(normalize_latin(nxt.text)):
        return False  # General Trepov: a title before a surname
    r = nxt.reading
    if r is None or not r.known or r.cost > 0.2 or proper_reading(r):
        return False
    if not _can_be(r.cyrillic, "gent", ("NOUN",)):
        return False
    for c in reverse_word(w.text, 2):
        if c.known and c.cost <= 0.2 and not proper_reading(c):
            if _can_be(c.cyrillic, "nomn", ("NOUN",)):
                w.reading = c
                return True
    return False


# the cases each Russian preposition governs
_GOVERNS = {
    "в": "accs loct",
    "во": "accs loct",
    "на": "accs loct",
    "о": "loct accs",
    "об": "loct accs",
    "обо": "loct accs",
    "при": "loct",
    "по": "datv loct accs",
    "к": "datv",
    "ко": "datv",
    "с": "ablt gent",
    "со": "ablt gent",
    "за": "accs ablt",
    "под": "ablt accs",
    "над": "ablt",
    "перед": "ablt",
    "между": "ablt gent",
    "через": "accs",
    "про": "accs",
    "от": "gent",
    "из": "gent",
    "до": "gent",
    "без": "gent",
    "для": "gent",
    "у": "gent",
    "из-за": "gent",
    "из-под": "gent",
    "против": "gent",
    "после": "gent",
}


def _governs(prep: str, w: WordJudgement) -> bool:
    """``prep`` reads as a Russian preposition and the word after it as a form in a case that
    preposition governs (V kruge: в + locative)."""
    cases = _preposition_cases(prep)
    r = w.reading
    if not cases or r is None or not r.known:
        return False
    return any(_can_be(r.cyrillic, case) for case in cases)


@lru_cache(maxsize=4096)
def _preposition_cases(word: str) -> frozenset[str]:
    """The cases the Russian preposition ``word`` reads as governs, or none."""
    if len(word) > 6 or word.lower() == "w" or not (word.islower() or word[1:] == word[1:].lower()):
        return frozenset()  # w: the Polish preposition (w Kołomnie)
    for c in reverse_word(word, 3):
        cases = _GOVERNS.get(c.cyrillic.lower())
        if c.known and c.cost <= 0.35 and cases:
            return frozenset(cases.split())  # из: the lexicon may prefer a rare name reading
    return frozenset()


@lru_cache(maxsize=4096)
def _function_word(word: str, tags: tuple[str, ...] = _FUNCTION_TAGS) -> bool:
    """A Russian preposition or conjunction (i, v, na, o), or a word of the other ``tags``
    (particles: ni, ne), spelled exactly."""
    c = reverse_word(word, 1)
    # one-letter words (k, s, v, i) carry the letter model's short-word cost: allow more for them
    limit = 0.3 if len(word) == 1 and word.islower() and word != "a" else 0.1  # not English a
    if len(word) == 2 and word[0].isupper() and word.lower() not in EN_FUNCTION_WORDS:
        limit = 0.15  # Ni shagu nazad: ни
    return bool(c) and c[0].known and c[0].cost <= limit and any(t in c[0].tags for t in tags)


def _governed(w: WordJudgement) -> bool:
    """A word that may join a phrase and reads as an oblique case, as after a preposition
    (Iskhod k Vostoku)."""
    r = w.reading
    return (
        _joinable(w)
        and r is not None
        and r.known
        and r.cost <= 0.2
        and fold_yo(r.lemma) != fold_yo(r.cyrillic)
    )


@lru_cache(maxsize=4096)
def _exact_word(word: str) -> bool:
    """A word spelled exactly like a known Russian word: lower case, or capitalised and read as
    a common noun (Iskhod k Vostoku), not a name."""
    c = reverse_word(word, 1)
    if not c or not c[0].known or c[0].cost > 0.15:
        return False
    return word.islower() or (
        word[:1].isupper() and word[1:].islower() and not proper_reading(c[0])
    )


def _reading(w: WordJudgement) -> Candidate:
    if w.reading is not None:
        return w.reading
    c = reverse_word(w.text, 1)
    return c[0] if c else Candidate(w.text, w.text, "unknown", 0.0, False)


@lru_cache(maxsize=20_000)
def _phrase_lemma(cyr: str) -> str:
    return phrase_lemma(cyr.split(" "))


def _make_span(text: str, group: list[WordJudgement]) -> RomanizedSpan:
    s, e = group[0].start, group[-1].end
    readings = [_reading(w) for w in group]
    if len(group) > 1:
        readings = _agree(group, readings)
    parts = []
    for k, (w, r) in enumerate(zip(group, readings, strict=True)):
        if k:
            gap = text[group[k - 1].end : w.start]
            parts.append("-" if gap == "-" else " ")
        parts.append(r.cyrillic)
    if len(group) > 1 and all(w.text[:1].isupper() for w in group):
        parts = _russian_title_case(parts)
    cyr = "".join(parts)
    score = sum(w.score for w in group) / len(group)
    schemes: dict[str, int] = {}
    for r in readings:
        if r.scheme != "unknown":
            schemes[r.scheme] = schemes.get(r.scheme, 0) + 1
    scheme = max(schemes, key=lambda k: schemes[k]) if schemes else "unknown"
    if len(group) == 1:
        lemma = readings[0].lemma
        kind = "word"
    else:
        lemma = _phrase_lemma(cyr) if "-" not in cyr else cyr
        kind = "phrase"
    return RomanizedSpan(s, e, text[s:e], cyr, lemma, scheme, score, kind, None, list(group))


_AGREE_MARGIN = 0.1


def _agree(group: list[WordJudgement], readings: list[Candidate]) -> list[Candidate]:
    """Inside a phrase a noun agrees with the adjective before it: "tekushchikh sobytii" is
    текущих событий (genitive plural), not событии, though the letters allow both."""
    out = list(readings)
    for k in range(1, len(group)):
        prev = _agreement(out[k - 1].cyrillic, ("ADJF", "PRTF"))
        if not prev or not out[k].known:
            continue
        if prev & _agreement(out[k].cyrillic, ("NOUN",)):
            continue
        for c in reverse_word(group[k].text, 3)[1:]:
            if c.known and c.cost - out[k].cost <= _AGREE_MARGIN:
                if prev & _agreement(c.cyrillic, ("NOUN",)):
                    out[k] = c
                    break
        else:
            # or the adjective is the other reading: "Moskovskie novosti" is Московские
            noun = _agreement(out[k].cyrillic, ("NOUN",))
            for c in reverse_word(group[k - 1].text, 3)[1:]:
                if c.known and c.cost - out[k - 1].cost <= _AGREE_MARGIN:
                    if noun & _agreement(c.cyrillic, ("ADJF", "PRTF")):
                        out[k - 1] = c
                        break
    return out


def _russian_title_case(parts: list[str]) -> list[str]:
    """English capitalises every word of a name ("Komitet Osvobozhdyeniya Narodov Rossii");
    Russian only the first word and proper names ("Комитет освобождения народов России")."""
    out = []
    first = True
    for part in parts:
        if part in (" ", "-"):
            out.append(part)
            continue
        word = part.lower()
        proper = word.isupper() or any(
            any(t in p.tag for t in lexicon.PROPER_TAGS) for p in lexicon.morph().parse(word)[:3]
        )
        out.append(part if first or proper or part.isupper() else word)
        first = False
    return out


# --- acronyms -------------------------------------------------------------------------------

_ACRO_LAT = dict(zip("ABVGDEZIKLMNOPRSTUFHCY", "АБВГДЕЗИКЛМНОПРСТУФХЦЫ", strict=True))
_ENGLISH_CONNECT = {"of", "the", "for", "and", "in", "on", "to", "at", "de", "du", "des"}


def _acronym_cyrillic(acro: str) -> set[str]:
    """Cyrillic spellings of a Latin acronym, letter by letter (a few letters are ambiguous)."""
    opts = [""]
    alt = {"C": "ЦК", "Y": "ЫЙ", "E": "ЕЭ", "H": "Х", "J": "Й", "W": "В", "X": "Х"}
    for ch in acro:
        choices = alt.get(ch) or _ACRO_LAT.get(ch, "")
        if not choices:
            return set()
        opts = [o + c for o in opts for c in choices][:16]
    return set(opts)


_CAPS_TAIL = re.compile(r"[A-Z]{3,}[a-z]{1,2}")
_MIXED_ACRONYM = re.compile(r"(?:[A-Z]|Shch|Iu|Ia|Kh|Zh|Sh|Ts|Ch|Yu|Ya)+")
_ACRO_DIGRAPHS = {
    "SCHTSCH": "Щ",
    "TSCH": "Ч",
    "SCH": "Ш",
    "SHCH": "Щ",
    "SH": "Ш",
    "KH": "Х",
    "ZH": "Ж",
    "TS": "Ц",
    "CH": "Ч",
    "IU": "Ю",
    "YU": "Ю",
    "IA": "Я",
    "YA": "Я",
}
_RUSSIAN_DIGRAPH = re.compile(r"SHCH|SH|KH|ZH|TS|IU|YU|IA|YA|CH")
# English and international acronyms that may contain those letter pairs
_ENGLISH_ACRONYMS = {
    "SHAEF",
    "NATO",
    "USA",
    "USSR",
    "UN",
    "UK",
    "BBC",
    "SS",
    "SA",
    "SD",
    "WWI",
    "WWII",
    "CIA",
    "FBI",
    "OSS",
    "NASA",
    "CHQ",
    "NCO",
    "GHQ",
    "HQ",
    "RAF",
    "USAF",
    "ARMIR",
    "UNRRA",
    "IRO",
    "YMCA",
    "YWCA",
    "SHAPE",
    "CNN",
    "DPA",
    "AFP",
    "UNESCO",
    "OPEC",
    "SALT",
    "START",
    "NASDAQ",
    "AIDS",
    "LASER",
    "RADAR",
    "SONAR",
    "ASEAN",
    "NAFTA",
    "UNICEF",
    "OSCE",
    "SEATO",
    "CENTO",
    "COMECON",
    "ISO",
    "ICAO",
    "OST",
    "ALA",
    "BGN",
    "CERN",
    "GDR",
    "FRG",
    "DDR",
    "BRD",
    # German, Polish, Czech and Ukrainian organisations English texts name by their acronyms
    "KPD",
    "SPD",
    "SED",
    "CDU",
    "NSDAP",
    "OKW",
    "OKH",
    "RSHA",
    "PPS",
    "PZPR",
    "PRL",
    "ZSRR",
    "KSČ",
    "ČSR",
    "OUN",
    "UPA",
}


_ACRO_EXTRA = {
    "J": "Й",
    "W": "В",
    "X": "Х",
    "H": "Х",
    "Š": "Ш",
    "Č": "Ч",
    "Ž": "Ж",
    "Ż": "Ж",
    "Ł": "Л",
}


def _acronym_reading(acro: str) -> str:
    """A Latin acronym read letter by letter, with romanized digraphs (SMERSH: СМЕРШ, VSIuR:
    ВСЮР, MKhAT: МХАТ)."""
    up = acro.upper()
    # an all-capitals acronym without a romanized consonant digraph is read letter by letter
    # (OBERIU: ОБЭРИУ); one with SH, KH, ZH, TS or CH is a romanized word (SMERSH: СМЕРШ)
    lettered = acro.isupper() and not re.search(r"SH|KH|ZH|TS|CH|[ŠČŽ]", up)
    out, i = [], 0
    while i < len(up):
        for d in _ACRO_DIGRAPHS:  # longest first
            # a digraph counts when the acronym writes it so: all capitals or Capital+lower
            if not up.startswith(d, i):
                continue
            if lettered and d[0] == "I" and i and up[i - 1] not in "AEIOUY":
                continue  # OBERIU: И and У, two letters after a consonant
            if acro[i : i + len(d)].isupper() or acro[i + 1 : i + len(d)].islower():
                out.append(_ACRO_DIGRAPHS[d])
                i += len(d)
                break
        else:
            c = _ACRO_LAT.get(up[i]) or _ACRO_EXTRA.get(up[i], "")
            if not c:
                return ""
            if c == "Е" and lettered and i and up[i - 1] not in "AEIOUY":
                c = "Э"  # the letter E after a consonant letter: ОБЭРИУ
            out.append(c)
            i += 1
    return "".join(out)


def _attested_acronym(acro: str) -> str:
    """The Cyrillic of an acronym that Russian texts use often and other languages less (KPSS,
    VChK, GOELRO; not NATO, DNA or KPD), or "". Two letters need a romanized digraph (TsK)."""
    if len(acro) < 3 or acro.upper() in _ENGLISH_ACRONYMS:
        return ""
    english = acro.isupper() and acro.lower() in langmodel.english_words()  # WHO, GULAG
    spellings = set(_acronym_cyrillic(acro.upper()))
    reading = _acronym_reading(acro)
    if reading:
        spellings.add(reading)
    if not spellings:
        return ""
    best = max(sorted(spellings), key=lexicon.zipf)
    z = lexicon.zipf(best)
    digraph = bool(_RUSSIAN_DIGRAPH.search(acro.upper()))
    if len(best) < 3 and not digraph:
        return ""
    if english and z < 3.0:
        return ""  # an English word in capitals, unless Russian texts use the acronym much
    # German and Polish write В as W (NKWD): their use of such an acronym is a rendering of
    # the Russian one, so it is weighed as written with V, as other languages write it
    spelt = acro.replace("W", "V") if len(acro) <= 5 and not _word_acronym(acro) else acro
    elsewhere = langmodel.foreign_zipf(spelt)[0]
    rare_ok = len(acro) >= 4 and elsewhere == 0.0  # RNNA, NTSNP
    if z < (1.0 if rare_ok else 1.5 if digraph else 2.0) or z < elsewhere + 0.5:
        return ""
    known, _lemma, tags = lexicon.analyse(best.lower())
    organisation = "Abbr" in tags or "Orgn" in tags  # ДОСААФ
    if known and not organisation and len(best) == len(acro) and acro.isascii():
        return ""  # ДНА is a word, not an acronym (СМЕРШ, read through its digraph, is one)
    return best


def _word_acronym(acro: str) -> bool:
    """An all-capitals acronym that Russian reads as a word (RAPP, LEF): a vowel after its first
    letter, no run of three consonant letters and no more than one consonant before the first
    vowel (not RCA, NKVD, TsGALI); English ones are listed."""
    up = acro.upper()
    if not acro.isupper() or not 3 <= len(up) <= 6 or up in _ENGLISH_ACRONYMS:
        return False
    if not up.strip("IVXLCDM"):
        return False  # a Roman numeral: Boris III
    shape = "".join("v" if c in "AEIOUY" else "c" for c in up)
    return (shape.startswith("v") or shape[1] == "v") and "ccc" not in shape


def _initials(words: list[str]) -> list[str]:
    """Initials of a phrase, with and without its short function words."""
    full = "".join(w[0] for w in words if w)
    content = "".join(w[0] for w in words if w and len(w) > 2)
    return list(dict.fromkeys([full.upper(), content.upper()]))


def _acronyms(
    text: str,
    start: int,
    end: int,
    judged: list[WordJudgement],
    spans: list[RomanizedSpan],
    termbase: TermIndex | None,
) -> list[RomanizedSpan]:
    out = []
    cyr_acros = {
        m.group(0): m.start()
        for m in re.finditer(r"\b[А-ЯЁ]{2,7}\b", text[max(0, start - 2000) : end + 2000])
    }
    linked: dict[str, str] = {}
    pending = []
    acros = [
        w
        for w in judged
        if w.klass == "acronym"
        and 2 <= len(w.text) <= (9 if not w.text.isupper() else 7)  # VASKhNIL
        and w.text.isalpha()
    ]
    phrases = sorted((sp for sp in spans if sp.kind == "phrase"), key=lambda sp: sp.start)
    for w in acros:
        spellings = _acronym_cyrillic(w.text)
        reason = ""
        cyr = ""
        score = 0.9
        near = sorted(phrases, key=lambda sp: abs(sp.start - w.start))
        for sp in near:
            if w.text in _initials(sp.text.replace("-", " ").split()):
                cyr_words = sp.cyrillic.replace("-", " ").split()
                cyr = _initials(cyr_words)[0 if len(cyr_words) == len(w.text) else -1]
                lettered = _acronym_reading(w.text) if w.text.isupper() else ""
                if len(cyr) != len(w.text) and len(lettered) == len(w.text):
                    cyr = lettered  # ROVS of "Russkii obshche-voinskii soiuz": РОВС, not РОС
                reason = f"initials of {sp.text}"
                if abs(sp.start - w.start) > 400:
                    score = 0.8  # expanded elsewhere in the document
                break
        if not reason:
            hit = spellings & set(cyr_acros)
            if hit:
                cyr = sorted(hit)[0]
                reason = f"{cyr} in the text"
        if not reason and termbase is not None:
            hits = termbase.lookup(w.text)
            if hits and hits[0][2] >= 0.95 and hits[0][1].upper() == hits[0][1]:
                reason = "in the term base"
                cyr = sorted(spellings)[0] if spellings else ""
        if not reason and w.text not in _ENGLISH_ACRONYMS and len(w.text) >= 3:
            reading = _acronym_reading(w.text)
            if reading and w.text.isupper() and _RUSSIAN_DIGRAPH.search(w.text):
                # MTS is МТС, not МЦ: of the letter-by-letter spellings and the digraph
                # reading, the one Russian texts use most
                options = [reading, *sorted(spellings)]
                reading = max(options, key=lambda c: (lexicon.zipf(c), c == reading))
            if reading and any(
                sp.kind == "phrase"
                and (text[sp.end : w.start] == " " or text[w.end : sp.start] == " ")
                for sp in spans
            ):
                # an acronym inside a Russian phrase: Akademiia nauk SSSR
                cyr = reading
                reason = "part of a Russian phrase"
                score = 0.7
                reading = ""
            if reading and _RUSSIAN_DIGRAPH.search(w.text.upper()) and len(reading) < len(w.text):
                context = any(
                    sp.kind != "acronym" and abs(sp.start - w.start) < 300 for sp in spans
                )
                if context:
                    cyr = reading
                    reason = "reads as a Russian acronym in Russian context"
                    score = 0.6
            z = lexicon.zipf(reading) if reading else 0.0
            if (
                not reason
                and reading
                and _word_acronym(w.text)
                and z >= 1.5  # РАПП, ОБЭРИУ are words of Russian text; ЦЭРН, ФЭСТ are not
                and langmodel.foreign_zipf(w.text)[0] < 4.0  # PARIS, WARSAW, ABC
                and w.text.capitalize() not in langmodel.english_names()
                and w.text.lower() not in langmodel.english_words()  # FEST
            ):
                # RAPP, OBERIU: read as a word, in a sentence that names Russians
                if _near_russian_words(w, spans, STRONG):
                    cyr = reading
                    reason = "reads as a Russian word acronym beside Russian names"
                    score = 0.6
        if not reason:
            cyr = _attested_acronym(w.text)
            if cyr:
                reason = "an acronym Russian texts use and other languages do not"
                score = 0.62
        if not reason:
            cyr = _context_acronym(w.text)
            if cyr and _near_russian_words(w, spans, 0.5):
                reason = "an acronym Russian texts use, among Russian words"
                score = 0.6
        if not reason:
            pending.append(w)
            continue
        linked.setdefault(w.text, cyr)
        w.reasons.append(reason)
        end_, text_ = w.end, w.text
        if text.startswith("(b)", w.end) and cyr:
            end_, text_, cyr = w.end + 3, w.text + "(b)", cyr + "(б)"  # VKP(b): ВКП(б)
        out.append(
            RomanizedSpan(w.start, end_, text_, cyr, cyr, "acronym", score, "acronym", None, [w])
        )
    for w in pending:
        if w.text in linked:
            # the same acronym is linked elsewhere in the document
            cyr = linked[w.text]
            w.reasons.append("linked elsewhere in the document")
            out.append(
                RomanizedSpan(
                    w.start, w.end, w.text, cyr, cyr, "acronym", 0.8, "acronym", None, [w]
                )
            )
    return out


@lru_cache(maxsize=4096)
def _context_acronym(acro: str) -> str:
    """The Cyrillic of an all-capitals acronym that Russian texts use at least as much as
    English and, for one spelt letter by letter, other languages do (NTS: НТС, NEP: НЭП), or "".
    Another language's word does not count against an acronym read as a word: Dutch "nep" is
    no acronym, while German "kpd" can only be one."""
    if not acro.isupper() or len(acro) < 3 or acro in _ENGLISH_ACRONYMS:
        return ""
    if acro.lower() in langmodel.english_words() or acro.capitalize() in langmodel.english_names():
        return ""
    reading = _acronym_reading(acro)
    options = {reading, *_acronym_cyrillic(acro)} - {""}
    if not options:
        return ""
    best = max(sorted(options), key=lexicon.zipf)
    z = lexicon.zipf(best)
    elsewhere, lang = langmodel.foreign_zipf(acro)
    if z < 2.0 or ((lang == "en" or not _word_acronym(acro)) and z < elsewhere):
        return ""
    return best


def _near_russian_words(w: WordJudgement, spans: list[RomanizedSpan], floor: float) -> bool:
    """Does the text report Russian words (not acronyms) within a few lines of ``w``?"""
    return any(
        sp.kind != "acronym" and sp.score >= floor and abs(sp.start - w.start) < 300 for sp in spans
    )


def _term_for(termbase: TermIndex, sp: RomanizedSpan) -> str | None:
    for probe in (sp.text, sp.cyrillic, sp.lemma):
        if not probe:
            continue
        hits = termbase.lookup(probe)
        if hits and hits[0][2] >= 0.85:
            return str(hits[0][0])
    return None


def match_acronyms(text: str, spans: list[RomanizedSpan] | None = None) -> list[AcronymLink]:
    """Link each acronym (KONR, КОНР) to its expansions side by side in the text: the
    romanized Russian phrase whose initials it is, the Cyrillic acronym or phrase, and an English
    expansion next to either (in parentheses, after a dash or a comma)."""
    if spans is None:
        spans = find_romanized(text)
    phrases = [sp for sp in spans if sp.kind == "phrase"]
    links: list[AcronymLink] = []
    latin_acros = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\b[A-Z]{2,7}\b", text)]
    cyr_acros = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\b[А-ЯЁ]{2,7}\b", text)]
    cyr_phrases = [
        (m.start(), m.end(), m.group(0))
        for m in re.finditer(r"[А-ЯЁа-яё]+(?:[ \-][А-ЯЁа-яё]+)+", text)
    ]
    for s, e, acro in latin_acros:
        link = AcronymLink((s, e, acro))
        for sp in sorted(phrases, key=lambda p: abs(p.start - s)):
            if abs(sp.start - s) > 400:
                break
            if acro in _initials(sp.text.replace("-", " ").split()):
                link.latin = (sp.start, sp.end, sp.text)
                cyr_words = sp.cyrillic.replace("-", " ").split()
                link.cyrillic_acronym = _initials(cyr_words)[
                    0 if len(cyr_words) == len(acro) else -1
                ]
                break
        spellings = _acronym_cyrillic(acro) | ({link.cyrillic_acronym} - {""})
        for cs, ce, ca in sorted(cyr_acros, key=lambda a: abs(a[0] - s)):
            if ca in spellings and abs(cs - s) < 600:
                link.cyrillic = (cs, ce, ca)
                link.cyrillic_acronym = ca
                break
        if link.cyrillic is None:
            for cs, ce, cp in cyr_phrases:
                if abs(cs - s) < 600 and _initials(cp.replace("-", " ").split())[-1] in spellings:
                    link.cyrillic = (cs, ce, cp)
                    break
        anchors = [(s, e)] + ([link.latin[:2]] if link.latin else [])
        link.english = _english_expansion(text, anchors, acro)
        if link.latin is None and link.cyrillic is None:
            continue
        found = sum(x is not None for x in (link.latin, link.cyrillic, link.english))
        link.score = min(1.0, 0.5 + 0.2 * found)
        links.append(link)
    return links


_ENG_PHRASE = re.compile(
    r"(?:[A-Z][a-z]+)(?:\s+(?:(?:of|the|for|and|in|on|to|at)\s+)*[A-Z][a-z]+)+"
)


def _english_expansion(
    text: str, anchors: list[tuple[int, int]], acro: str
) -> tuple[int, int, str] | None:
    """An English capitalised phrase right before or after one of the anchors."""
    words = langmodel.english_words()
    best = None
    for a_s, a_e in anchors:
        window_s, window_e = max(0, a_s - 200), min(len(text), a_e + 200)
        for m in _ENG_PHRASE.finditer(text, window_s, window_e):
            ws = [t for t in m.group(0).split() if t.lower() not in _ENGLISH_CONNECT]
            names = langmodel.english_names()
            if len(ws) < 2 or not all(t.lower() in words or t in names for t in ws):
                continue
            if m.start() < a_e and m.end() > a_s:
                continue
            gap = text[a_e : m.start()] if m.start() >= a_e else text[m.end() : a_s]
            if len(gap) > 6 or not re.fullmatch(r"[\s,(\[\)\]—–:-]*|\s*(?:or|i\.e\.)\s*", gap):
                continue
            dist = abs(m.start() - a_e) if m.start() >= a_e else abs(a_s - m.end())
            if best is None or dist < best[0]:
                best = (dist, (m.start(), m.end(), m.group(0)))
    return best[1] if best else None


# --- homoglyphs -----------------------------------------------------------------------------

_LAT_TO_CYR = dict(zip("aceopxyABCEHKMOPTXY", "асеорхуАВСЕНКМОРТХУ", strict=True))
_CYR_TO_LAT = {v: k for k, v in _LAT_TO_CYR.items()}
_CYR_TO_LAT.update({"і": "i", "ј": "j", "ѕ": "s", "І": "I", "Ј": "J", "Ѕ": "S"})


def find_homoglyphs(text: str) -> list[HomoglyphSpan]:
    """Words that mix Cyrillic and Latin letters, with the intruders found and fixed.

    A mostly-Cyrillic word with Latin look-alikes (Latin ``o``, ``p``, ``c``, ...) is the common
    case in scraped Russian text; the reverse (Cyrillic letters inside a Latin word) is found too.
    """
    out = []
    for m in re.finditer(rf"(?:{_LETTER})+", text):
        tok = m.group(0)
        if _script(tok) != "mixed":
            continue
        cyr = sum(_is_cyrillic_letter(c) for c in tok)
        lat = sum(_is_latin_letter(c) for c in tok)
        main = "Cyrillic" if cyr >= lat else "Latin"
        table = _LAT_TO_CYR if main == "Cyrillic" else _CYR_TO_LAT
        positions = []
        chars = []
        for i, ch in enumerate(tok):
            intruder = _is_latin_letter(ch) if main == "Cyrillic" else _is_cyrillic_letter(ch)
            if intruder:
                positions.append(m.start() + i)
                chars.append(table.get(ch, ch))
            else:
                chars.append(ch)
        fixed = "".join(chars)
        if main == "Cyrillic":
            known = lexicon.is_known(fixed)
        else:
            known = fixed.lower() in langmodel.english_words()
        out.append(HomoglyphSpan(m.start(), m.end(), tok, fixed, main, positions, known))
    return out


# --- Cyrillic spans -------------------------------------------------------------------------


# Words of a Cyrillic run are separated by white space or hyphens.
_WORD_BREAK = re.compile(r"[\s\-\u2010\u2011]+")


def find_cyrillic(text: str, scheme: str = "bgn-pcgn") -> list[CyrillicSpan]:
    """Runs of Cyrillic words, each with its romanization in ``scheme`` and its lemma."""
    out = []
    # The same runs as the analysis' Cyrillic spans, so every span gets its description.
    for m in CYRILLIC_RUN_RE.finditer(text):
        span = m.group(0)
        bare = "".join(ch for ch in span if not unicodedata.combining(ch))
        words = _WORD_BREAK.split(bare.strip())
        if len(words) == 1:
            _known, lemma, tags = lexicon.analyse(words[0].lower())
            if span[:1].isupper() or any(t in tags for t in lexicon.PROPER_TAGS):
                lemma = lemma[:1].upper() + lemma[1:] if span[:1].isupper() else lemma
        else:
            lemma = phrase_lemma(words)
        out.append(CyrillicSpan(m.start(), m.end(), span, romanize(span, scheme), lemma, scheme))
    return out
