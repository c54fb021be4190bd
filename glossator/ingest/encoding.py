"""Encoding detection for texts that may be Russian in an old 8-bit code page.

charset-normalizer alone often confuses windows-1251, KOI8-R, mac-cyrillic and cp866 on short
texts (a keyword line, a navigation bar): they all map the same bytes to Cyrillic letters, only
to different ones. So the decision is made here, in this order:

1. a byte order mark (UTF-8, UTF-16, UTF-32);
2. BOM-less UTF-16 recognised by its zero (or constant) high bytes;
3. strict UTF-8;
4. for HTML, a declared ``<meta charset>`` / ``http-equiv`` / XML declaration that decodes and
   is not clearly beaten by another Cyrillic code page;
5. if the bytes above 0x7F form whole words of their own (Cyrillic in a single-byte code page),
   the Cyrillic code page whose decoding reads most like Russian: letter pairs scored against
   langdetect's Russian n-gram profile, plus the shape of the words' case (a wrong code page
   turns "Форум" into "тНПСЛ" or "ТНПСМ"), minus characters that are not letters or common
   punctuation; charset-normalizer breaks near ties;
6. otherwise a Western code page (windows-1252, windows-1250, charset-normalizer's guess) whose
   decoding gives letters inside words; ISO-8859-1 as the last resort (it decodes anything).
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
import unicodedata
from functools import lru_cache

# Names recorded for the encodings, as the user would write them.
_CANONICAL = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf-16": "utf-16",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "utf-32": "utf-32",
    "utf-32-le": "utf-32-le",
    "utf-32-be": "utf-32-be",
    "koi8-r": "koi8-r",
    "koi8-u": "koi8-u",
    "mac-cyrillic": "mac-cyrillic",
    "cp866": "cp866",
    "ascii": "ascii",
    "iso8859-1": "iso-8859-1",
}

# Labels seen in old web pages that Python does not know.
_ALIASES = {
    "x-cp1251": "cp1251",
    "win-1251": "cp1251",
    "windows1251": "cp1251",
    "win1251": "cp1251",
    "cp-1251": "cp1251",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-ukrainian": "mac_cyrillic",
    "koi8": "koi8_r",
    "koi8r": "koi8_r",
    "x-koi8-r": "koi8_r",
    "csKOI8R": "koi8_r",
    "x-cp866": "cp866",
    "dos-866": "cp866",
    "x-user-defined": "cp1252",
}

# Single-byte code pages for Russian, in order of preference on a tie (the most common first).
CYRILLIC_CODEPAGES = ("windows-1251", "koi8-r", "mac-cyrillic", "cp866", "iso-8859-5")
# Rarer code pages must read clearly better to be chosen (per-letter score handicap).
_PRIOR = {
    "windows-1251": 0.0,
    "koi8-r": 0.0,
    "cp866": -0.2,
    "iso-8859-5": -0.3,
    "mac-cyrillic": -0.5,
}
# Western code pages, in order of preference on a tie.
WESTERN_CODEPAGES = ("windows-1252", "windows-1250")

# Decoded characters above U+007F that are normal in text but are not letters.
_TEXT_SYMBOLS = frozenset("\u00a0«»—–…№©®°±§¶•·“”„‘’‚‹›™€‰×÷¬¦†‡¹²³¼½¾µ¢£¥¤\u00ad")

# A wrong code page turns at most this much worse (per letter) than the best before a declared
# charset is overruled.
_DECLARED_MARGIN = 1.0
# Scores this close are a tie that charset-normalizer may break.
_TIE_MARGIN = 0.15
# Below this score per letter no Cyrillic code page reads like Russian (Greek, say).
_IMPLAUSIBLE = -12.0
# Below this, any guess of charset-normalizer is better than a Cyrillic code page.
_HOPELESS = -16.0
# Single-byte code pages of other scripts that charset-normalizer may name.
_OTHER_SCRIPT_CODEPAGES = frozenset(
    "windows-1253 iso-8859-7 windows-1255 iso-8859-8 windows-1256 iso-8859-6 windows-874".split()
)
# Single-byte code pages for Latin-script languages (step 6).
_LATIN_CODEPAGES = frozenset(
    "windows-1252 windows-1250 windows-1254 windows-1257 iso-8859-1 iso-8859-2 iso-8859-9"
    " iso-8859-13 iso-8859-15".split()
)


def canonical_name(encoding: str) -> str:
    """The recorded name of a codec: "windows-1251", "koi8-r", "utf-8-sig", "iso-8859-5", ..."""
    name = codecs.lookup(resolve_alias(encoding)).name
    if name in _CANONICAL:
        return _CANONICAL[name]
    m = re.fullmatch(r"cp(125\d)", name)
    if m:
        return f"windows-{m.group(1)}"
    m = re.fullmatch(r"iso8859-(\d+)", name)
    if m:
        return f"iso-8859-{m.group(1)}"
    return name


def resolve_alias(encoding: str) -> str:
    """A codec name Python knows, for a label that may be a web alias."""
    label = encoding.strip().strip("\"'")
    return _ALIASES.get(label, _ALIASES.get(label.lower(), label))


def lookup(encoding: str) -> str | None:
    """The canonical name of ``encoding``, or None if Python has no such codec."""
    try:
        return canonical_name(encoding)
    except (LookupError, ValueError):
        return None


def implausible_unicode(text: str) -> bool:
    """True if ``text`` holds unassigned code points or C1 controls: bytes of a short 8-bit
    text can be valid UTF-8 by chance ("ёжик" in cp866 is one 4-byte sequence)."""
    return any(unicodedata.category(c) in ("Cn", "Cc") for c in set(text) if c > "\x7f")


def try_decode(raw: bytes, encoding: str) -> str | None:
    """``raw`` decoded strictly, or None if it does not decode."""
    try:
        return raw.decode(resolve_alias(encoding))
    except (UnicodeDecodeError, LookupError, ValueError):
        return None


# --- BOMs and UTF-16 without BOM ---------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def bom_encoding(raw: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when ``raw`` starts with a byte order mark."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name, len(bom)
    return None


def guess_utf16_without_bom(raw: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when every other byte takes only a few values, one of them 0.

    Text in UTF-16 has a high byte that hardly changes: 0x00 for ASCII, 0x04 for Cyrillic.
    """
    if len(raw) < 4 or len(raw) % 2:
        return None
    sample = raw[: 1 << 16]
    for parity, name in ((1, "utf-16-le"), (0, "utf-16-be")):
        high = sample[parity::2]
        counts: dict[int, int] = {}
        for b in high:
            counts[b] = counts.get(b, 0) + 1
        top = sorted(counts.values(), reverse=True)[:3]
        if 0 in counts and sum(top) >= 0.95 * len(high):
            text = try_decode(raw, name)
            if text is not None and _control_ratio_text(text) < 0.01:
                return name
    return None


def _control_ratio_text(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f\v") or "\x7f" <= ch < "\xa0")
    return bad / len(text)


# --- declared charsets -------------------------------------------------------------------------

_META_RE = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:+-]+)", re.I)
_XML_DECL_RE = re.compile(rb"<\?xml\b[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:+-]+)[\"']", re.I)


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in its first 8 KB (meta charset, http-equiv, XML decl)."""
    head = raw[:8192]
    for rx in (_META_RE, _XML_DECL_RE):
        m = rx.search(head)
        if m:
            return m.group(1).decode("ascii", "replace")
    return None


# --- scoring Russian ---------------------------------------------------------------------------

# Russian letter frequencies (per mille), used when langdetect's profile cannot be read.
_RU_UNIGRAMS = dict(
    zip(
        "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
        (110, 85, 80, 74, 67, 63, 55, 47, 45, 44, 35, 32, 30, 28, 26, 20, 19, 17, 17, 17, 16, 14)
        + (12, 10, 9, 7, 6, 5, 4, 3, 3, 0.4, 0.4),
        strict=True,
    )
)


@lru_cache(maxsize=1)
def _russian_model() -> tuple[dict[str, float], float]:
    """Log-probabilities of lowercase letter pairs (space = word boundary) and the floor."""
    grams: dict[str, float] = {}
    try:
        from langdetect.detector_factory import PROFILES_DIRECTORY

        with open(os.path.join(PROFILES_DIRECTORY, "ru"), encoding="utf-8") as fh:
            freq = json.load(fh)["freq"]
        for gram, n in freq.items():
            if len(gram) == 2:
                key = gram.lower()
                grams[key] = grams.get(key, 0) + n
    except Exception:  # no profile: letter frequencies alone, as pairs of independent letters
        total = sum(_RU_UNIGRAMS.values())
        for a, pa in _RU_UNIGRAMS.items():
            for b, pb in _RU_UNIGRAMS.items():
                grams[a + b] = pa * pb / total
    total = sum(grams.values())
    logp = {g: math.log(n / total) for g, n in grams.items()}
    floor = math.log(0.3 / total) if grams else -20.0
    return logp, min(floor, min(logp.values(), default=-20.0) - 1.0)


# log P(shape) of a Cyrillic word: lowercase, Capitalized, UPPER (short = acronym), anything else.
_SHAPE_LOGP = {
    "lower": math.log(0.7),
    "cap": math.log(0.22),
    "upper_short": math.log(0.05),
    "upper_long": math.log(0.01),
    "mixed": math.log(0.002),
}
_JUNK_LOGP = -25.0
# A usual symbol (dash, quote, "№") costs about as much as a rare letter: a decoding that turns
# letters into symbols ("СССР" -> "———–") must not win for having no letters to score.
_SYMBOL_LOGP = -9.0
_YO_LOGP = math.log(0.2)
_WORD_RE = re.compile(r"[^\W\d_]+")


def _shape(word: str) -> str:
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper_short" if len(word) <= 4 else "upper_long"
    if word[0].isupper() and word[1:].islower():
        return "cap"
    return "mixed"


# Symbols that may touch a letter on their right ("«слово»", "„слово“"), on their left, or
# stand inside a word. A wrong code page glues others to letters: "‘орум", "¬ласов".
_OPENERS = frozenset("«„“‹…№")
_CLOSERS = frozenset("»“”’›…®™")
_INSIDE = frozenset("’\u00ad—–")


def _junk_count(text: str) -> tuple[int, int]:
    """(misplaced or unusual characters, usual symbols) among the non-ASCII non-letters."""
    junk = 0
    symbols = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch <= "\x7f" or ch.isalpha() or ch.isspace():
            continue
        if ch not in _TEXT_SYMBOLS:
            junk += 1
            continue
        before = i > 0 and text[i - 1].isalpha()
        after = i + 1 < n and text[i + 1].isalpha()
        if before and after:
            bad = ch not in _INSIDE
        elif after:
            bad = ch not in _OPENERS
        elif before:
            bad = ch not in _CLOSERS
        else:
            bad = False
        junk += bad
        symbols += not bad
    return junk, symbols


def russian_score(text: str) -> float:
    """How much ``text`` reads like Russian, per letter (higher is better; about -6 is good).

    Only the non-ASCII part of the text counts: the words with non-ASCII letters, scored by letter
    pairs (against langdetect's Russian profile) and case shape, and non-ASCII characters that
    are neither letters nor usual symbols, or usual symbols glued to letters where they do not
    belong, which cost a lot (a wrong code page gives "¤", "║", "‘орум").
    """
    logp, floor = _russian_model()
    junk, symbols = _junk_count(text)
    letters = junk + symbols
    total = _JUNK_LOGP * junk + _SYMBOL_LOGP * symbols
    for word in _WORD_RE.findall(text):
        if word.isascii():
            continue
        low = f" {word.lower()} "
        for i in range(len(low) - 1):
            pair = low[i : i + 2]
            if "ё" in pair:
                # The profile (Wikipedia) mostly writes "е" for "ё": score it as "е", a bit rarer.
                total += logp.get(pair.replace("ё", "е"), floor) + _YO_LOGP
            else:
                total += logp.get(pair, floor)
        letters += len(word)
        if len(word) >= 2:
            total += _SHAPE_LOGP[_shape(word)]
    if letters == 0:
        return 0.0  # only spaces and usual symbols: nothing against this code page
    return total / letters


def cyrillic_likeness(raw: bytes) -> float:
    """Share of the bytes above 0x7F that stand in words of such bytes only (two or more).

    Near 1 for Russian in any single-byte code page (whole words are high bytes), near 0 for
    Western text, where accented letters sit inside words of ASCII letters ("café", "Muñoz").
    """
    high = 0
    in_words = 0
    for m in re.finditer(rb"[A-Za-z\x80-\xff]+", raw[: 1 << 18]):
        word = m.group()
        n_high = sum(1 for b in word if b >= 0x80)
        high += n_high
        if n_high == len(word) and n_high >= 2:
            in_words += n_high
    return in_words / high if high else 0.0


def _western_score(text: str) -> float:
    """Share of non-ASCII characters that are letters inside words, or usual symbols."""
    good = 0.0
    n = 0
    for m in re.finditer(r"\S+", text):
        tok = m.group()
        if tok.isascii():
            continue
        has_ascii_letter = any(c.isascii() and c.isalpha() for c in tok)
        for ch in tok:
            if ch.isascii():
                continue
            n += 1
            if ch.isalpha():
                good += 1.0 if has_ascii_letter else 0.6
            elif ch in _TEXT_SYMBOLS:
                good += 0.6
    for ch in text:
        if ch > "\x7f" and ch.isspace():
            n += 1
            good += 0.6
    return good / n if n else 0.0


def _charset_normalizer_guess(raw: bytes, candidates: list[str] | None = None) -> str | None:
    try:
        from charset_normalizer import from_bytes

        kwargs = {}
        if candidates:
            kwargs["cp_isolation"] = [codecs.lookup(resolve_alias(c)).name for c in candidates]
        best = from_bytes(raw[: 1 << 16], **kwargs).best()
    except Exception:  # charset-normalizer is help, never a reason to fail
        return None
    if best is None:
        return None
    return lookup(best.encoding)


def _sample(raw: bytes) -> bytes:
    """The bytes to score: 64 KB, or up to 1 MB when the start has few non-ASCII bytes (a long
    HTML head, an English preface). Scoring is per character in Python: a 20 MB file is not
    scored whole."""
    sample = raw[: 1 << 16]
    if len(raw) > len(sample) and sum(1 for b in sample if b >= 0x80) < 500:
        sample = raw[: 1 << 20]
    return sample


def best_cyrillic(raw: bytes) -> tuple[str, str, float] | None:
    """(encoding, text, score) of the Cyrillic code page whose decoding reads most like Russian.

    Scores a sample; the chosen code page must decode the whole file.
    """
    sample = _sample(raw)
    scored: list[tuple[float, int, str]] = []
    for rank, enc in enumerate(CYRILLIC_CODEPAGES):
        text = try_decode(sample, enc)
        if text is not None:
            scored.append((russian_score(text) + _PRIOR[enc], -rank, enc))
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] - scored[1][0] <= _TIE_MARGIN:
        close = [s for s in scored if scored[0][0] - s[0] <= _TIE_MARGIN]
        if len({try_decode(sample, s[2]) for s in close}) > 1:
            cn = _charset_normalizer_guess(raw, [s[2] for s in close])
            close.sort(key=lambda s: s[2] != cn)  # stable: charset-normalizer's pick first
            scored = close + [s for s in scored if s not in close]
    for score, _, enc in scored:
        text = try_decode(raw, enc)
        if text is not None:
            return enc, text, score
    return None


def detect_single_byte(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) for bytes that are not UTF-8: steps 4-6 of the module docstring."""
    cyr_like = cyrillic_likeness(raw) >= 0.5
    cyr = best_cyrillic(raw) if cyr_like or declared in CYRILLIC_CODEPAGES else None
    if declared:
        text = try_decode(raw, declared)
        if text is not None:
            if declared in CYRILLIC_CODEPAGES and cyr is not None:
                # A Russian page labelled with the wrong Cyrillic code page is common; a label
                # that reads far worse than another Cyrillic code page is not believed.
                declared_score = russian_score(try_decode(_sample(raw), declared) or "")
                if cyr[2] - declared_score <= _DECLARED_MARGIN:
                    return text, declared
                return cyr[1], cyr[0]
            if not (cyr_like and cyr is not None and cyr[2] > _IMPLAUSIBLE):
                # A Western label on a page whose high bytes are whole Cyrillic words is wrong.
                return text, declared
    if cyr is not None and cyr_like:
        if cyr[2] > _IMPLAUSIBLE:
            return cyr[1], cyr[0]
        # Whole words of high bytes that do not read like Russian: Greek, Hebrew, CJK... Believe
        # charset-normalizer for another script's code page, or for anything when the text is
        # far from Russian; otherwise Russian is still the better bet for this tool.
        guess = _charset_normalizer_guess(raw)
        if guess and guess not in CYRILLIC_CODEPAGES and not guess.startswith("utf"):
            if guess in _OTHER_SCRIPT_CODEPAGES or cyr[2] < _HOPELESS:
                text = try_decode(raw, guess)
                if text is not None:
                    return text, guess
        return cyr[1], cyr[0]
    candidates = list(WESTERN_CODEPAGES)
    guess = _charset_normalizer_guess(raw)
    if guess in _LATIN_CODEPAGES and guess not in candidates:
        candidates.append(guess)
    best: tuple[float, int, str, str] | None = None
    sample = _sample(raw)
    for rank, enc in enumerate(candidates):
        text = try_decode(sample, enc)
        if text is None:
            continue
        item = (_western_score(text), -rank, enc, text)
        if best is None or item > best:
            best = item
    if best is not None:
        text = try_decode(raw, best[2])
        if text is not None:
            return text, best[2]
    return raw.decode("latin-1"), "iso-8859-1"
