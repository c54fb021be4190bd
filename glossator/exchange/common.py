"""What the glossary formats share: reading files, telling English, Cyrillic and romanized
forms apart, statuses, and ordering a concept's forms head first."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from glossator.errors import InputError
from glossator.ingest.reader import decode_bytes
from glossator.model import Term, TermForm, fold

# Concept statuses, most to least confirmed; "suggested" is what the analyzers propose.
STATUSES = ("preferred", "admitted", "deprecated", "suggested")
CONFIRMED = ("preferred", "admitted", "deprecated")

# Glossary files are small; anything larger is a mistake (or an attack on the parser).
MAX_GLOSSARY_BYTES = 64 * 2**20

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ACRONYM = re.compile(r"^[A-ZА-ЯЁ]{2,7}$")


class ExchangeError(InputError):
    """A glossary or annotation file that cannot be read. ``path`` names it."""


@dataclass(slots=True)
class ParsedGlossary:
    """The concepts read from a glossary file, and what was skipped (one line each)."""

    terms: list[Term] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    format: str = ""


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def clean(text: str | None) -> str:
    """A form or note as stored: NFC, outer white space and inner runs of it collapsed."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())


def clean_note(text: str | None) -> str:
    """A note keeps its line breaks; every line is cleaned."""
    if not text:
        return ""
    lines = [clean(line) for line in unicodedata.normalize("NFC", text).splitlines()]
    return "\n".join(line for line in lines if line)


def guess_kind(text: str) -> str:
    """``acronym`` for a short all-capitals word (KONR, КОНР), else ``term``."""
    return "acronym" if _ACRONYM.match(text) else "term"


def russian_lang(text: str) -> str:
    """``ru`` for a form with Cyrillic letters, ``ru-Latn`` for a romanized one."""
    return "ru" if has_cyrillic(text) else "ru-Latn"


def normalize_lang(tag: str | None) -> str | None:
    """A language tag of a file as one of ``en``, ``ru``, ``ru-Latn`` (None: another language).

    ``ru-Latn``, ``ru-Latn-alalc97``, ``ru-t-...`` and ``x-ru-latn`` count as romanized; ``ru``,
    ``ru-RU``, ``ru-Cyrl`` and ``rus`` as Russian; ``en``, ``en-GB``, ``eng`` as English."""
    if not tag:
        return None
    parts = tag.strip().replace("_", "-").lower().split("-")
    if parts and parts[0] == "x" and len(parts) > 1:
        parts = parts[1:]
    if not parts:
        return None
    primary = parts[0]
    if primary in ("en", "eng"):
        return "en"
    if primary in ("ru", "rus"):
        return "ru-Latn" if "latn" in parts[1:] else "ru"
    return None


def normalize_status(value: str | None) -> str | None:
    """A status as written by TBX tools or people, as one of :data:`STATUSES` (None: unknown).

    TBX values: preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts,
    supersededTerm-admn-sts, notRecommendedTerm-admn-sts, obsoleteTerm-admn-sts; also bare
    words (preferred, approved, forbidden, obsolete, ...)."""
    if not value:
        return None
    v = value.strip().lower().replace("_", "").replace(" ", "")
    v = v.removesuffix("-admn-sts").removesuffix("admnsts").removesuffix("term")
    v = v.removesuffix("-")
    if v in ("preferred", "approved", "standardized", "standardised", "preferredterm"):
        return "preferred"
    if v in ("admitted", "accepted", "permitted", "admittedterm", "new", "legal"):
        return "admitted"
    if v in (
        "deprecated",
        "superseded",
        "notrecommended",
        "obsolete",
        "forbidden",
        "rejected",
        "illegal",
    ):
        return "deprecated"
    if v in ("suggested", "proposed", "provisional", "candidate", "draft", "unconfirmed"):
        return "suggested"
    return None


def ordered(forms: Iterable[TermForm]) -> list[TermForm]:
    """A concept's forms head first: the Cyrillic term, Cyrillic acronyms, English, the rest
    (the order the analyzers store a concept in, so the head is what others link to)."""
    rank = {("ru", "term"): 0, ("ru", "lemma"): 0, ("ru", "acronym"): 1, ("en", "term"): 2}
    return sorted(forms, key=lambda f: rank.get((f.lang, f.kind), 3))


def dedupe(forms: Iterable[TermForm]) -> list[TermForm]:
    """Forms without repeats (same folded text, language and kind), first kept."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for f in forms:
        if not f.text:
            continue
        key = (fold(f.text), f.lang, f.kind)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def finish_term(
    forms: Iterable[TermForm], status: str | None, note: str, origin: str
) -> Term | None:
    """A concept from a file's forms: deduplicated, head first, inflected and romanized forms
    given the Cyrillic head as lemma; None when no form is left. ``status`` is '' when the
    file does not give one (the merge then applies its default)."""
    fs = ordered(dedupe(forms))
    if not fs:
        return None
    head = next((f.text for f in fs if f.lang == "ru" and f.kind in ("term", "lemma")), "")
    for f in fs:
        if head and not f.lemma and (f.kind == "inflected" or f.lang == "ru-Latn"):
            f.lemma = head
    return Term(forms=fs, status=status or "", note=clean_note(note), origin=origin)


def form_links(forms: list[TermForm]) -> list[tuple[str, int, int]]:
    """Links among a new concept's forms, each pointing at its head (the Cyrillic term):
    acronym-of, transliteration-of, translation-of, same-as (inflected)."""
    heads = [i for i, f in enumerate(forms) if f.lang == "ru" and f.kind in ("term", "lemma")]
    head = heads[0] if heads else 0
    links = []
    for i, f in enumerate(forms):
        kind = link_kind(f)
        if i != head and kind:
            links.append((kind, i, head))
    return links


def link_kind(form: TermForm) -> str | None:
    """How a form added to a concept is linked to the concept's head form."""
    if form.kind == "acronym":
        return "acronym-of"
    if form.lang == "ru-Latn":
        return "transliteration-of"
    if form.lang == "en":
        return "translation-of"
    if form.lang == "ru":
        return "same-as"
    return None


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """A glossary file's bytes, with a clear error for a missing, unreadable or huge file."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_GLOSSARY_BYTES:
            raise ExchangeError(
                str(path),
                f"the file is {size:,} bytes, above the {MAX_GLOSSARY_BYTES // 2**20} MB limit",
                "split the glossary",
            )
        return p.read_bytes()
    except FileNotFoundError as exc:
        raise ExchangeError(str(path), "no such file", "check the path") from exc
    except IsADirectoryError as exc:
        raise ExchangeError(str(path), "this is a folder", "name a glossary file") from exc
    except PermissionError as exc:
        raise ExchangeError(str(path), "permission denied", "check the file's rights") from exc


def decode_text(raw: bytes, name: str, encoding: str | None = None) -> str:
    """Text of a tab- or comma-separated glossary: BOM, UTF-16, UTF-8 or a detected code
    page (as documents are read), NFC-normalized, line endings as ``\\n``."""
    text, _enc = decode_bytes(raw, name, encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def status_of(term: Term) -> str:
    return term.status if term.status in STATUSES else "admitted"
