"""Translating a document block by block: the decisions behind the translation pane, in
plain Python so that tests reach them without a window.

A translation is kept per block of the source (see :meth:`Store.set_translation`), so the two
sides stay aligned however either grows. While a block is translated, the term base concepts
found in its source are offered with their forms in the target language
(:func:`terms_in_block`); :func:`check_translation` lists the blocks where a source term's
target form is missing from the translation, and the romanized names whose Cyrillic in the
translation differs from the term base's (the term base says Власов, the translation has
Влассов).

Russian forms are matched by lemma (pymorphy3): "Власов" is present in "с Власовым", and a
multi-word form is present when a run of words of the translation has the same lemmas.
Stress marks (U+0301) and ё/е do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from glossator.errors import NotFoundError
from glossator.model import (
    Annotation,
    AnnotationRows,
    Document,
    Term,
    TermForm,
    Translation,
    fold,
)
from glossator.store import Store

CONCEPT_ATTRIBUTE = "concept"
TARGET_LANGS = ("ru", "en")
LANG_NAMES = {"ru": "Russian", "en": "English"}

# Issue kinds.
MISSING_TERM = "missing-term"
NAME_SPELLING = "name-spelling"

# How close a Cyrillic run of the translation must be to the term base's form of a romanized
# name to count as a misspelling of it rather than another word (rapidfuzz ratio, 0-100).
NAME_SIMILARITY = 80.0

_KIND_ORDER = {"term": 0, "lemma": 1, "acronym": 2, "inflected": 3}
# A word: letters, with the stress marks Russian texts carry, joined by hyphens or
# apostrophes ("Санкт-Петербург", "People's").
_WORD = re.compile(
    r"[^\W\d_][\u0300-\u036f]*(?:[^\W\d_][\u0300-\u036f]*)*"
    r"(?:[-'\u2019][^\W\d_][\u0300-\u036f]*(?:[^\W\d_][\u0300-\u036f]*)*)*"
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")


# -- what the pane shows -----------------------------------------------------------------------


@dataclass(slots=True)
class BlockRow:
    """One row of the translation pane: a source block and its translation."""

    index: int
    role: str
    lang: str
    start: int
    end: int
    source: str
    translation: str = ""
    author: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class TermHint:
    """A term base concept found in a block's source, with its forms in the target language.

    ``source`` is the form as it appears in the block; ``targets`` the forms to insert, the
    most fitting first (an acronym's acronym, else the term before its lemma and inflected
    forms). ``status`` is the status of the annotation it was found through ("text" when it was
    found only by its written form).
    """

    concept_id: int | None
    source: str
    targets: list[str]
    status: str = "accepted"
    romanized: bool = False  # found through romanized Russian (xml:lang ru-Latn)
    start: int = 0  # first occurrence in the document text
    end: int = 0

    @property
    def target(self) -> str:
        return self.targets[0] if self.targets else ""


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem :func:`check_translation` found in the translation of one block.

    ``kind`` is :data:`MISSING_TERM` (none of ``expected`` is in the translation) or
    :data:`NAME_SPELLING` (the translation spells the romanized name ``source`` as ``found``,
    at ``start``-``end`` of the translation, where the term base has ``expected``).
    """

    block: int
    kind: str
    concept_id: int | None
    source: str
    expected: tuple[str, ...]
    found: str = ""
    start: int = -1
    end: int = -1

    @property
    def message(self) -> str:
        want = " / ".join(self.expected[:3])
        if self.kind == NAME_SPELLING:
            return f"“{self.found}” for {self.source}: the term base has “{want}”"
        return f"{self.source}: “{want}” is not in the translation"


# -- matching words by lemma ---------------------------------------------------------------------


@lru_cache(maxsize=100_000)
def lemmas(word: str) -> frozenset[str]:
    """The folded word and its possible lemmas: pymorphy3's normal forms for Cyrillic, a crude
    plural and possessive stripping for Latin script."""
    w = fold(word)
    out = {w}
    if _CYRILLIC.search(w):
        from glossator.translit.lexicon import morph

        out.update(p.normal_form.replace("ё", "е") for p in morph().parse(w))
    else:
        for suffix in ("'s", "\u2019s", "es", "s"):
            if w.endswith(suffix) and len(w) > len(suffix) + 2:
                out.add(w[: -len(suffix)])
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str


def words(text: str) -> list[_Word]:
    """The words of ``text`` with their code point offsets."""
    return [_Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _same_word(a: str, b: str) -> bool:
    return fold(a) == fold(b) or bool(lemmas(a) & lemmas(b))


def find_form(
    text: str, form: str, tokens: Sequence[_Word] | None = None
) -> tuple[int, int] | None:
    """Where ``form`` (one or more words) occurs in ``text``, matched word by word on their
    lemmas, as (start, end) code points; None when it does not."""
    wanted = [w.text for w in words(form)]
    if not wanted:
        return None
    toks = words(text) if tokens is None else tokens
    n = len(wanted)
    for i in range(len(toks) - n + 1):
        if all(_same_word(toks[i + j].text, wanted[j]) for j in range(n)):
            return toks[i].start, toks[i + n - 1].end
    return None


def near_misses(
    tokens: Sequence[_Word], expected: Sequence[str], other_forms: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """The Cyrillic runs of a translation's words that look like one of ``expected`` but are
    not it (Влассов for Власов), as (start, end) code points: as many words, the same
    capitalisation, each word close in letters to the expected one (or to its lemma), not all
    of them dictionary words, and not a form of another concept of the block."""
    from glossator.translit.lexicon import is_known

    others = [words(f) for f in other_forms]
    found: dict[tuple[int, int], float] = {}
    for form in expected:
        want = words(form)
        n = len(want)
        if not n or not _CYRILLIC.search(form):
            continue
        for i in range(len(tokens) - n + 1):
            run = tokens[i : i + n]
            if not all(_CYRILLIC.search(t.text) for t in run):
                continue
            if want[0].text[:1].isupper() != run[0].text[:1].isupper():
                continue
            if all(_same_word(run[j].text, want[j].text) for j in range(n)):
                continue  # the form itself
            if all(is_known(t.text) for t in run):
                continue
            if any(
                len(o) == n and all(_same_word(run[j].text, o[j].text) for j in range(n))
                for o in others
            ):
                continue
            score = min(
                max(fuzz.ratio(a, b) for a in lemmas(run[j].text) for b in lemmas(want[j].text))
                for j in range(n)
            )
            if score >= NAME_SIMILARITY:
                key = (run[0].start, run[-1].end)
                found[key] = max(score, found.get(key, 0.0))
    # Overlapping runs (Андрей Влассов and Влассов): keep the longer.
    out: list[tuple[int, int]] = []
    for s, e in sorted(found, key=lambda k: (k[0], -k[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


# -- term hints ------------------------------------------------------------------------------------


def target_forms(term: Term, lang: str, prefer_acronym: bool = False) -> list[str]:
    """A concept's forms to write in ``lang``: for Russian its Cyrillic forms (and lemmas); for
    English its English forms, and its romanized acronyms and, when it has no English term,
    its romanized forms (a Russian name in an English text). The term comes before its lemma
    and inflected forms; an acronym first when ``prefer_acronym``."""
    langs = {"ru": 0} if lang == "ru" else {lang: 0, "ru-Latn": 1} if lang == "en" else {lang: 0}
    forms = [f for f in term.forms if f.lang in langs and f.text]
    if lang == "en" and any(f.lang == "en" and f.kind == "term" for f in forms):
        forms = [f for f in forms if f.lang == "en" or f.kind == "acronym"]

    def order(f: TermForm) -> tuple[int, int, int, int]:
        first = 0 if prefer_acronym and f.kind == "acronym" else 1
        return first, langs[f.lang], _KIND_ORDER.get(f.kind, 4), f.id or 0

    out: list[str] = []
    for f in sorted(forms, key=order):
        for text in (f.text, f.lemma if f.lang == "ru" and f.kind != "acronym" else ""):
            if text and text not in out:
                out.append(text)
    return out


class _Terms:
    """The concepts a document names, loaded once; forms found by their written form too."""

    def __init__(self, store: Store, doc: Document) -> None:
        self.store = store
        self.doc = doc
        self._terms: dict[int, Term | None] = {}
        self._pattern: re.Pattern[str] | None = None
        self._form_concept: dict[str, int] = {}

    def term(self, concept_id: int) -> Term | None:
        if concept_id not in self._terms:
            try:
                self._terms[concept_id] = self.store.get_term(concept_id)
            except NotFoundError:
                self._terms[concept_id] = None
        return self._terms[concept_id]

    def text_matches(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(start, end, concept) of the document concepts' forms written in [start, end)."""
        if self._pattern is None:
            forms: dict[str, int] = {}
            for term, _count in self.store.document_terms(self.doc.id):
                if term.id is None or term.status == "rejected":
                    continue
                self._terms.setdefault(term.id, term)
                for f in term.forms:
                    if len(f.text) >= 2 and f.text not in forms:
                        forms[f.text] = term.id
            self._form_concept = forms
            if forms:
                alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
            else:
                self._pattern = re.compile(r"(?!x)x")
        return [
            (m.start(), m.end(), self._form_concept[m.group()])
            for m in self._pattern.finditer(self.doc.text, start, end)
        ]


def _annotations_by_block(doc: Document) -> list[list[int]]:
    """For each block, the indexes (into ``doc.annotations``) of the annotations that share a
    code point with it: one pass over the cheap positions, not over annotation objects."""
    anns = doc.annotations
    positions = (
        anns.positions()
        if isinstance(anns, AnnotationRows)
        else ((a.id, a.start, a.end, a.type, a.status) for a in anns)
    )
    order = sorted(range(len(doc.blocks)), key=lambda i: doc.blocks[i].start)
    starts = [doc.blocks[i].start for i in order]
    out: list[list[int]] = [[] for _ in doc.blocks]
    for k, (_id, start, end, _type, _status) in enumerate(positions):
        j = max(bisect_right(starts, start) - 1, 0)
        while j < len(order):
            b = doc.blocks[order[j]]
            if b.start >= max(end, start + 1):
                break
            if b.start < max(end, start + 1) and start < b.end:
                out[order[j]].append(k)
            j += 1
    return out


def _is_romanized(a: Annotation) -> bool:
    return a.attributes.get("xml:lang") == "ru-Latn"


def _hints(
    terms: _Terms, doc: Document, block: int, lang: str, indexes: Sequence[int]
) -> list[TermHint]:
    b = doc.blocks[block]
    hints: dict[object, TermHint] = {}
    anns = [doc.annotations[k] for k in indexes]
    # Where a person rejected a concept, its written form is not offered again either.
    rejected = [
        (a.start, a.end, a.attributes.get(CONCEPT_ATTRIBUTE))
        for a in anns
        if a.status == "rejected"
    ]
    for a in anns:
        if a.status == "rejected":
            continue
        concept = a.attributes.get(CONCEPT_ATTRIBUTE)
        cyrillic = a.attributes.get("cyrillic")
        romanized = _is_romanized(a)
        term = None
        if concept is not None:
            try:
                concept = int(concept)
            except (TypeError, ValueError):
                concept = None
        if concept is not None:
            term = terms.term(concept)
        if term is None and not (romanized and isinstance(cyrillic, str) and cyrillic):
            continue
        key: object = concept if term is not None else ("cyrillic", cyrillic)
        quote = doc.text[a.start : a.end]
        if key in hints:
            hints[key].romanized |= romanized
            continue
        acronym = a.attributes.get("kind") == "acronym"
        if term is not None:
            targets = target_forms(term, lang, prefer_acronym=acronym)
            if lang == "ru" and isinstance(cyrillic, str) and cyrillic and not targets:
                targets = [cyrillic]
        else:
            targets = [cyrillic] if lang == "ru" else [quote]
        hints[key] = TermHint(
            concept if term is not None else None,
            quote,
            targets,
            a.status,
            romanized,
            a.start,
            a.end,
        )
    for s, e, concept in terms.text_matches(b.start, b.end):
        if concept in hints or any(
            rs < e and s < re_ and str(rc) == str(concept) for rs, re_, rc in rejected
        ):
            continue
        term = terms.term(concept)
        if term is None:
            continue
        written = doc.text[s:e]
        acronym = any(f.text == written and f.kind == "acronym" for f in term.forms)
        romanized = any(f.text == written and f.lang == "ru-Latn" for f in term.forms)
        hints[concept] = TermHint(
            concept, written, target_forms(term, lang, acronym), "text", romanized, s, e
        )
    return sorted((h for h in hints.values() if h.targets), key=lambda h: (h.start, h.end))


def terms_in_block(store: Store, doc_id: int, block: int, target_lang: str) -> list[TermHint]:
    """The term base concepts found in the source of block ``block`` of a document, with their
    forms in ``target_lang`` ("ru": Cyrillic, "en": English or else romanized), in the order
    they appear: concepts of the block's annotations (``attributes["concept"]``, rejected ones
    left out), romanized names with only a ``cyrillic`` attribute, and concepts of the document
    written in the block without an annotation."""
    return TranslationSession(store, doc_id, target_lang).hints(block)


def check_translation(store: Store, doc_id: int, lang: str) -> list[Issue]:
    """Problems of a document's translation into ``lang``, block by block: source terms whose
    target form is missing from the translation, and (into Russian) romanized names whose
    Cyrillic in the translation differs from the term base's. Untranslated blocks are not
    checked."""
    return TranslationSession(store, doc_id, lang).check()


def spaced_insertion(before: str, after: str, form: str) -> str:
    """``form`` with a space added on a side where it would otherwise run into a word
    (``before``/``after`` are the characters around the cursor, '' at the ends)."""
    out = form
    if before and (before.isalnum() or before in ".,;:!?)»”") and form[:1].isalnum():
        out = " " + out
    if after and after.isalnum() and form[-1:].isalnum():
        out = out + " "
    return out


def default_target(doc: Document, existing: Sequence[str] = ()) -> str:
    """The language to translate a document into: one already begun, else Russian for an
    English text and English for a Russian one."""
    for lang in existing:
        if lang in TARGET_LANGS:
            return lang
    sizes: dict[str, int] = {}
    for b in doc.blocks:
        sizes[b.lang] = sizes.get(b.lang, 0) + (b.end - b.start)
    return "en" if sizes.get("ru", 0) > sizes.get("en", 0) else "ru"


def source_lang(doc: Document) -> str:
    """The language of a document's text as a whole (the other of its target)."""
    return "ru" if default_target(doc) == "en" else "en"


# -- the session -----------------------------------------------------------------------------------


@dataclass(slots=True)
class TranslationSession:
    """One document's translation into ``lang``, as the pane edits it. Every change is one
    store call (:meth:`Store.set_translation`), logged and undoable like every edit.

    Raises :class:`glossator.errors.NotFoundError` for a document that does not exist and
    ValueError for a language that is not a target language.
    """

    store: Store
    doc_id: int
    lang: str
    document: Document = field(init=False)
    translations: dict[int, Translation] = field(init=False, default_factory=dict)
    _terms: _Terms = field(init=False)
    _by_block: list[list[int]] | None = field(init=False, default=None)
    _seen: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        if self.lang not in TARGET_LANGS:
            raise ValueError(
                f"cannot translate into {self.lang!r}: choose one of {', '.join(TARGET_LANGS)}"
            )
        self._seen = self.store.latest_change_id()
        self.document = self.store.get_document(self.doc_id)
        self._terms = _Terms(self.store, self.document)
        self.reload()

    def _follow_store(self) -> None:
        """Take in annotations and term base changes made meanwhile (in the main window, or by
        another program), so hints and checks are those of what is stored now."""
        latest = self.store.latest_change_id()
        if latest == self._seen:
            return
        self._seen = latest
        doc = self.store.get_document(self.doc_id, with_annotations=False)
        if doc.revision != self.document.revision:
            doc.annotations = self.store.annotations(self.doc_id)
            self.document = doc
        else:
            self.document.annotations = self.store.annotations(self.doc_id)
        self._terms = _Terms(self.store, self.document)
        self._by_block = None

    def reload(self) -> None:
        """Read the translations again (after an undo, or another program's change), and the
        annotations and terms if they changed."""
        self._follow_store()
        self.translations = {t.block: t for t in self.store.translations(self.doc_id, self.lang)}

    def __len__(self) -> int:
        return len(self.document.blocks)

    def row(self, block: int) -> BlockRow:
        b = self.document.blocks[block]
        t = self.translations.get(block)
        return BlockRow(
            block,
            b.role,
            b.lang,
            b.start,
            b.end,
            self.document.text[b.start : b.end],
            t.text if t else "",
            t.author if t else "",
            t.updated_at if t else "",
        )

    def rows(self) -> list[BlockRow]:
        return [self.row(i) for i in range(len(self))]

    def text(self, block: int) -> str:
        t = self.translations.get(block)
        return t.text if t else ""

    def set(self, block: int, text: str) -> Translation | None:
        """Store the translation of one block (empty text removes it). Nothing is written,
        and None returned, when the text is what is stored already."""
        if text == self.text(block) or (not text.strip() and block not in self.translations):
            return None
        current = self.store.latest_change_id() == self._seen
        t = self.store.set_translation(self.doc_id, block, self.lang, text)
        if current:  # our own change: no need to read the annotations again
            self._seen = self.store.latest_change_id()
        if text.strip():
            self.translations[block] = t
        else:
            self.translations.pop(block, None)
        return t

    def progress(self) -> tuple[int, int]:
        """(blocks translated, blocks)."""
        return len(self.translations), len(self)

    def hints(self, block: int) -> list[TermHint]:
        """See :func:`terms_in_block`."""
        self._follow_store()
        if not 0 <= block < len(self):
            return []
        if self._by_block is None:
            self._by_block = _annotations_by_block(self.document)
        return _hints(self._terms, self.document, block, self.lang, self._by_block[block])

    def check(self, blocks: Iterable[int] | None = None) -> list[Issue]:
        """See :func:`check_translation`."""
        issues: list[Issue] = []
        for block in sorted(self.translations if blocks is None else blocks):
            t = self.translations.get(block)
            if t is None or not 0 <= block < len(self):
                continue
            issues.extend(self._check_block(block, t.text))
        return issues

    def _check_block(self, block: int, text: str) -> list[Issue]:
        hints = self.hints(block)
        tokens = words(text)
        out = []
        for h in hints:
            expected = tuple(h.targets)
            present = any(find_form(text, f, tokens) for f in h.targets)
            misses: list[tuple[int, int]] = []
            if h.romanized and self.lang == "ru":
                others = [f for o in hints if o.concept_id != h.concept_id for f in o.targets]
                misses = near_misses(tokens, h.targets, others)
            for s, e in misses:
                out.append(
                    Issue(block, NAME_SPELLING, h.concept_id, h.source, expected, text[s:e], s, e)
                )
            if not present and not misses:
                out.append(Issue(block, MISSING_TERM, h.concept_id, h.source, expected))
        return out

    def aligned(self) -> list[tuple[int, str, Translation]]:
        """(block, source text, translation) of every translated block, in order."""
        doc = self.document
        return [
            (i, doc.text[doc.blocks[i].start : doc.blocks[i].end], t)
            for i, t in sorted(self.translations.items())
            if 0 <= i < len(doc.blocks)
        ]

    def source_lang(self) -> str:
        return "en" if self.lang == "ru" else "ru"


# How alike (0-100) a translation memory's source segment must be to a block to fill it.
ALIGN_MIN = 90


@dataclass(slots=True)
class PairImport:
    """What importing (source, translation) pairs did: blocks filled, pairs left over."""

    filled: list[int] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def align_pairs(
    doc: Document, pairs: Sequence[tuple[str, str]]
) -> tuple[dict[int, str], list[str]]:
    """Which block each (source, translation) pair belongs to: the block with the same text
    (white space aside), else the most alike one not yet taken (at least ``ALIGN_MIN``).
    Returns the translations by block and the sources that found no block."""
    texts = [_squash(doc.text[b.start : b.end]) for b in doc.blocks]
    exact: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        exact.setdefault(t, []).append(i)
    taken: dict[int, str] = {}
    unmatched: list[str] = []
    for source, target in pairs:
        key = _squash(source)
        free = [i for i in exact.get(key, []) if i not in taken]
        if free:
            taken[free[0]] = target
            continue
        choices = {i: t for i, t in enumerate(texts) if i not in taken}
        best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=ALIGN_MIN)
        if best is None:
            unmatched.append(source)
        else:
            taken[best[2]] = target
    return taken, unmatched


def import_pairs(
    store: Store, doc_id: int, lang: str, pairs: Sequence[tuple[str, str]]
) -> PairImport:
    """Fill a document's translation into ``lang`` from aligned pairs (a TMX file, a parallel
    TEI file), in one transaction and one undo step."""
    session = TranslationSession(store, doc_id, lang)
    by_block, unmatched = align_pairs(session.document, pairs)
    result = PairImport(unmatched=unmatched)
    with store.batch():
        for block, text in sorted(by_block.items()):
            if session.set(block, text) is not None:
                result.filled.append(block)
    return result
