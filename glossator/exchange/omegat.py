"""OmegaT tab-separated glossaries (``.utf8``, ``.txt``, ``.tab``): export and import.

OmegaT reads one entry per line, ``source<TAB>target<TAB>comment``; lines starting with ``#``
are comments, and the first line's ``-*- coding: utf-8 -*-`` names the encoding (``.utf8`` files
are UTF-8 anyway). An OmegaT project here translates English into Russian, so:

- source: an English form, or a romanized form (romanized Russian occurs in the English texts:
  "Komitet Osvobozhdeniya" should find its Cyrillic form); target: a Cyrillic form (a romanized
  one only when the concept has no Cyrillic). Every source goes with the Cyrillic head (so the
  lines of a concept share a form), an acronym also with the Cyrillic acronym; every Cyrillic term
  and acronym is on at least one line. Inflected forms are left out (OmegaT matches inflections
  itself).
- comment: ``[tokens] note``. Tokens say what the line's columns cannot: the status when it is
  not ``admitted`` (preferred, deprecated, suggested) and ``romanized <scheme>`` for the column
  holding a romanized form. Line breaks of a note are written `` ¶ ``. A comment without a
  leading ``[...]`` of known tokens is all note.

Import groups lines that share a form (any column, folded for case and ё) into one concept;
a target without Cyrillic letters is a romanized form; acronyms are recognised by their
capitals (KONR, КОНР).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from glossator.model import Term, TermForm

from .common import (
    ParsedGlossary,
    clean,
    finish_term,
    fold,
    guess_kind,
    has_cyrillic,
    normalize_status,
    status_of,
)

HEADER = "# Glossary in tab-separated format -*- coding: utf-8 -*-"
NEWLINE = " ¶ "
_TOKENS = re.compile(r"^\[([^\]]*)\]\s*")


# -- export --------------------------------------------------------------------------------


def export_omegat(terms: Iterable[Term], *, romanized_sources: bool = True) -> str:
    """The concepts as an OmegaT glossary (write it UTF-8 to a ``.utf8`` file)."""
    lines = [HEADER, "# source (en or romanized Russian)\ttarget (ru)\tcomment — by Glossator"]
    for term in terms:
        lines.extend(omegat_lines(term, romanized_sources=romanized_sources))
    return "\n".join(lines) + "\n"


def omegat_lines(term: Term, *, romanized_sources: bool = True) -> list[str]:
    """The glossary lines of one concept (none when it has no English or romanized form)."""
    english = [f for f in term.forms if f.lang == "en" and f.text]
    cyrillic = [f for f in term.forms if f.lang == "ru" and f.kind != "inflected" and f.text]
    romanized = [f for f in term.forms if f.lang == "ru-Latn" and f.text]
    status = status_of(term)
    note = _one_line(term.note)
    rows: list[tuple[TermForm, TermForm]] = []
    if cyrillic:
        sources = english + (romanized if romanized_sources else [])
        targets = cyrillic
    else:
        sources, targets = english, romanized
    if not sources or not targets:
        return []
    # Every source goes with the head target, so that the lines of a concept share a form and
    # come together again on import; an acronym also goes with the acronym it stands for.
    head_target = targets[0]
    used = {id(head_target)}
    for s in sources:
        rows.append((s, head_target))
        acronym = next((t for t in targets if t.kind == "acronym"), None)
        if s.kind == "acronym" and acronym is not None:
            rows.append((s, acronym))
            used.add(id(acronym))
    for t in targets:
        if id(t) not in used:
            rows.append((sources[0], t))
    out = []
    for s, t in rows:
        tokens = [] if status == "admitted" else [status]
        for f in (s, t):
            if f.lang == "ru-Latn":
                tokens.append(f"romanized {f.scheme or 'unknown'}")
        comment = (f"[{', '.join(tokens)}] " if tokens else "") + note
        out.append("\t".join((_cell(s.text), _cell(t.text), comment.strip())))
    return out


def _cell(text: str) -> str:
    return " ".join(text.split())


def _one_line(note: str) -> str:
    return NEWLINE.join(_cell(line) for line in note.splitlines() if line.strip())


# -- import --------------------------------------------------------------------------------


def parse_omegat(text: str, name: str = "<glossary>") -> ParsedGlossary:
    """Concepts of an OmegaT glossary's text (see the module's notes)."""
    out = ParsedGlossary(format="omegat")
    entries: list[tuple[list[TermForm], str | None, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2 or not cells[0]:
            out.skipped.append(f"{name}:{number}: not source<TAB>target")
            continue
        source, target = clean(cells[0]), clean(cells[1])
        comment = cells[2] if len(cells) > 2 else ""
        status, schemes, note = _parse_comment(comment)
        forms = []
        src_romanized = bool(schemes) and (has_cyrillic(target) or len(schemes) > 1)
        if has_cyrillic(source):
            forms.append(TermForm(source, "ru", guess_kind(source)))
        elif src_romanized:
            forms.append(TermForm(source, "ru-Latn", guess_kind(source), schemes.pop(0)))
        else:
            forms.append(TermForm(source, "en", guess_kind(source)))
        if target:
            if has_cyrillic(target):
                forms.append(TermForm(target, "ru", guess_kind(target)))
            else:
                scheme = schemes.pop(0) if schemes else "unknown"
                forms.append(TermForm(target, "ru-Latn", guess_kind(target), scheme))
        entries.append((forms, status, note))
    out.terms = [t for t in _group(entries, "import:omegat") if t is not None]
    return out


def _parse_comment(comment: str) -> tuple[str | None, list[str], str]:
    """(status, romanization schemes, note) of a comment written ``[tokens] note``."""
    m = _TOKENS.match(comment)
    if not m:
        return None, [], _note(comment)
    status = None
    schemes: list[str] = []
    for token in (t.strip() for t in m.group(1).split(",")):
        if not token:
            continue
        if token.lower().startswith("romanized"):
            schemes.append(token[len("romanized") :].strip().lower() or "unknown")
        elif normalize_status(token):
            status = normalize_status(token)
        else:
            return None, [], _note(comment)  # a bracket of the author's own, not ours
    return status, schemes, _note(comment[m.end() :])


def _note(text: str) -> str:
    return "\n".join(p.strip() for p in text.split(NEWLINE.strip()) if p.strip())


def _group(entries: list[tuple[list[TermForm], str | None, str]], origin: str) -> list[Term | None]:
    """Entries sharing a form (folded) make one concept."""
    parent = list(range(len(entries)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[str, str], int] = {}
    for i, (forms, _s, _n) in enumerate(entries):
        for f in forms:
            key = (f.lang, fold(f.text))
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(entries)):
        groups.setdefault(find(i), []).append(i)
    terms = []
    for members in groups.values():
        forms = [f for i in members for f in entries[i][0]]
        statuses = [entries[i][1] for i in members if entries[i][1]]
        notes = list(dict.fromkeys(entries[i][2] for i in members if entries[i][2]))
        status = statuses[0] if statuses else None
        terms.append(finish_term(forms, status, "\n".join(notes), origin))
    return terms
