"""CSV glossaries: export and import.

Export: a header row ``en,ru,ru-Latn,scheme,status,note`` and one row per concept, UTF-8,
comma-separated, quoted where needed. A cell holding several forms separates them with `` | ``;
``scheme`` lists the scheme of each romanized form in the same order (one scheme for all is
accepted on import). Cyrillic acronyms go in ``ru`` (recognised again by their capitals);
inflected forms are left out.

Import: the delimiter (comma, semicolon, tab) and the quoting are found by :class:`csv.Sniffer`;
columns are found by their header, in any order, under several names (``en``/``english``/
``source``/``term``, ``ru``/``russian``/``target``/``cyrillic``, ``ru-latn``/``romanized``/
``translit``, ``scheme``, ``status``, ``note``/``comment``/``definition``; unknown columns are
ignored). A file without a header is read as source, target[, comment], the target split into
Cyrillic and romanized by its letters.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from glossator.model import Term, TermForm

from .common import (
    ParsedGlossary,
    clean,
    finish_term,
    guess_kind,
    has_cyrillic,
    normalize_status,
    russian_lang,
    status_of,
)

COLUMNS = ("en", "ru", "ru-Latn", "scheme", "status", "note")
SEPARATOR = " | "
_NAMES = {
    "en": ("en", "english", "source", "term", "en-us", "en-gb", "eng", "term_en", "term (en)"),
    "ru": ("ru", "russian", "target", "cyrillic", "rus", "ru-ru", "term_ru", "term (ru)"),
    "ru-Latn": (
        "ru-latn",
        "ru_latn",
        "romanized",
        "romanised",
        "romanization",
        "romanisation",
        "transliteration",
        "translit",
        "latin",
    ),
    "scheme": ("scheme", "schemes", "romanization scheme", "transliteration scheme", "system"),
    "status": ("status", "administrative status", "administrativestatus"),
    "note": ("note", "notes", "comment", "comments", "definition", "remark", "description"),
}


# -- export --------------------------------------------------------------------------------


def export_csv(terms: Iterable[Term], *, delimiter: str = ",") -> str:
    """The concepts as CSV text (header row first); write it as UTF-8."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(COLUMNS)
    for term in terms:
        w.writerow(csv_row(term))
    return buf.getvalue()


def csv_row(term: Term) -> list[str]:
    en = [f.text for f in term.forms if f.lang == "en"]
    ru = [f.text for f in term.forms if f.lang == "ru" and f.kind != "inflected"]
    latn = [f for f in term.forms if f.lang == "ru-Latn"]
    schemes = [f.scheme or "unknown" for f in latn]
    if schemes and len(set(schemes)) == 1:
        schemes = schemes[:1]
    return [
        SEPARATOR.join(en),
        SEPARATOR.join(ru),
        SEPARATOR.join(f.text for f in latn),
        SEPARATOR.join(schemes),
        status_of(term),
        term.note,
    ]


# -- import --------------------------------------------------------------------------------


def parse_csv(text: str, name: str = "<csv>") -> ParsedGlossary:
    """Concepts of a CSV glossary's text (see the module's notes)."""
    out = ParsedGlossary(format="csv")
    text = text.lstrip("\ufeff")
    sample = "\n".join(text.splitlines()[:50])
    if not sample.strip():
        return out
    rows = list(csv.reader(io.StringIO(text), _dialect(sample)))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return out
    columns = _header(rows[0])
    if columns:
        body = rows[1:]
    else:
        columns = {"en": 0, "ru": 1, "note": 2}
        body = rows
    for number, row in enumerate(body, 2 if body is not rows else 1):
        term = _row_term(row, columns)
        if term is None:
            out.skipped.append(f"{name}: row {number}: no term")
        else:
            out.terms.append(term)
    return out


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    """The sniffed dialect; when the sniffer gives up (few rows, uneven columns), the
    delimiter found on most lines, tab before semicolon before comma."""
    try:
        return csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:
        pass
    lines = [line for line in sample.splitlines() if line.strip()]
    best = max("\t;,", key=lambda d: sum(d in line for line in lines))

    class Found(csv.excel):
        delimiter = best

    return Found


def _header(row: list[str]) -> dict[str, int] | None:
    """Column indexes by role, or None when the row is not a header."""
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        key = " ".join(cell.strip().lower().split())
        for role, names in _NAMES.items():
            if key in names and role not in found:
                found[role] = i
                break
    if "en" in found or "ru" in found or "ru-Latn" in found:
        return found
    return None


def _cell(row: list[str], columns: dict[str, int], role: str) -> str:
    i = columns.get(role)
    if i is None or i >= len(row):
        return ""
    return row[i]


def _split(cell: str) -> list[str]:
    return [clean(p) for p in cell.split("|") if clean(p)]


def _row_term(row: list[str], columns: dict[str, int]) -> Term | None:
    forms: list[TermForm] = []
    for text in _split(_cell(row, columns, "en")):
        lang = "ru" if has_cyrillic(text) else "en"
        forms.append(TermForm(text, lang, guess_kind(text)))
    schemes = [s.lower() for s in _split(_cell(row, columns, "scheme"))]
    romanized = _split(_cell(row, columns, "ru-Latn"))
    for text in _split(_cell(row, columns, "ru")):
        if russian_lang(text) == "ru":
            forms.append(TermForm(text, "ru", guess_kind(text)))
        else:
            romanized.append(text)
    for i, text in enumerate(romanized):
        scheme = schemes[i] if i < len(schemes) else (schemes[0] if schemes else "unknown")
        forms.append(TermForm(text, "ru-Latn", guess_kind(text), scheme))
    status = normalize_status(_cell(row, columns, "status"))
    note = _cell(row, columns, "note").replace("\r\n", "\n")
    return finish_term(forms, status, note, "import:csv")
