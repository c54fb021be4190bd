"""Linking what the analysis found to the term base.

Romanized Russian spans, Cyrillic terms and acronyms that stand for one concept are grouped
(by lemma, and through acronym links: KONR <-> Komitet Osvobozhdyeniya Narodov Rossii <->
КОНР <-> "Committee for the Liberation of the Peoples of Russia"). A group whose words the
term base already holds is linked to that concept, which is left as it is; any other group
becomes a new concept proposed with status ``suggested``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from glossator.model import Annotation, Term, TermForm, TermProposal, fold
from glossator.translit import AcronymLink, TermIndex

# How alike a term base form must be to a span to count as the same term.
MATCH_SCORE = 0.9


@dataclass(slots=True)
class _Group:
    occurrences: list[int] = field(default_factory=list)
    forms: dict[tuple[str, str, str], TermForm] = field(default_factory=dict)
    concept_id: int | None = None

    def add_form(self, form: TermForm) -> None:
        self.forms.setdefault((fold(form.text), form.lang, form.kind), form)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _between(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> str:
    """The text between two spans, whichever comes first: an expansion belongs to its
    acronym only within one block (no line break between them)."""
    return text[a[1] : b[0]] if a[0] <= b[0] else text[b[1] : a[0]]


def _lookup(termbase: TermIndex | None, *probes: str) -> int | None:
    if termbase is None:
        return None
    for probe in probes:
        if not probe:
            continue
        hits = termbase.lookup(probe, limit=1)
        if hits and hits[0][2] >= MATCH_SCORE:
            return int(hits[0][0])  # type: ignore[call-overload]
    return None


def propose_terms(
    text: str,
    suggestions: Sequence[Annotation],
    acronym_links: Sequence[AcronymLink],
    termbase: TermIndex | None = None,
) -> list[TermProposal]:
    """Group the suggestions that name Russian terms into concepts of the term base.

    A suggestion takes part when its attributes carry ``lemma`` (romanized and Cyrillic spans
    from the analysis). Returns one proposal per concept, existing (``term.id`` set) or new.
    """
    keys = _UnionFind()
    key_of: dict[int, str] = {}
    for i, a in enumerate(suggestions):
        lemma = a.attributes.get("lemma")
        if not lemma:
            continue
        key = "lemma:" + fold(lemma)
        if a.attributes.get("kind") == "acronym":
            key = "acronym:" + fold(a.attributes.get("cyrillic") or a.quote)
        key_of[i] = keys.find(key)
    # Acronyms and their expansions in the text are one concept.
    by_span = {(a.start, a.end): i for i, a in enumerate(suggestions) if i in key_of}
    english: dict[str, tuple[int, int, str]] = {}
    for link in acronym_links:
        acro_key = "acronym:" + fold(link.cyrillic_acronym or link.acronym[2])
        keys.find(acro_key)
        for part in (link.acronym, link.latin, link.cyrillic):
            if part is not None and part[:2] in by_span:
                keys.union(acro_key, key_of[by_span[part[:2]]])
        eng = link.english
        if eng is not None and "\n" not in _between(text, link.acronym, eng):
            # Of the English expansions beside an acronym, keep the longest: a shorter one
            # is most often the same phrase cut at a possessive ("the People's of Russia").
            if acro_key not in english or len(eng[2]) > len(english[acro_key][2]):
                english[acro_key] = eng

    groups: dict[str, _Group] = {}
    for i, key in key_of.items():
        a = suggestions[i]
        g = groups.setdefault(keys.find(key), _Group())
        g.occurrences.append(i)
        attrs = a.attributes
        lemma, cyrillic = attrs.get("lemma", ""), attrs.get("cyrillic", "")
        acronym = attrs.get("kind") == "acronym"
        kind = "acronym" if acronym else "term"
        if attrs.get("xml:lang") == "ru-Latn":
            g.add_form(TermForm(a.quote, "ru-Latn", kind, attrs.get("scheme", ""), lemma))
            if cyrillic:
                g.add_form(TermForm(cyrillic if acronym else lemma, "ru", kind, "", lemma))
                if not acronym and fold(cyrillic) != fold(lemma):
                    g.add_form(TermForm(cyrillic, "ru", "inflected", "", lemma))
        else:
            g.add_form(TermForm(lemma if not acronym else a.quote, "ru", kind, "", lemma))
            if fold(a.quote) != fold(lemma) and not acronym:
                g.add_form(TermForm(a.quote, "ru", "inflected", "", lemma))
            if attrs.get("romanized"):
                g.add_form(
                    TermForm(attrs["romanized"], "ru-Latn", kind, attrs.get("scheme", ""), lemma)
                )
        if g.concept_id is None:
            g.concept_id = _lookup(termbase, a.quote, cyrillic, lemma)
    for key, (_s, _e, eng) in english.items():
        root = keys.find(key)
        if root in groups:
            groups[root].add_form(TermForm(eng, "en", "term"))

    proposals = []
    for g in groups.values():
        if g.concept_id is not None:
            proposals.append(TermProposal(Term([], id=g.concept_id), g.occurrences))
            continue
        forms = _ordered(list(g.forms.values()))
        proposals.append(
            TermProposal(
                Term(forms, status="suggested", origin="auto:translit"),
                g.occurrences,
                _links(forms),
            )
        )
    return proposals


_ORDER = {("ru", "term"): 0, ("ru", "acronym"): 1, ("en", "term"): 2}


def _ordered(forms: list[TermForm]) -> list[TermForm]:
    """The concept's head form first: the Cyrillic lemma, then acronyms, English, the rest."""
    return sorted(forms, key=lambda f: _ORDER.get((f.lang, f.kind), 3))


def _links(forms: list[TermForm]) -> list[tuple[str, int, int]]:
    """Links between a new concept's forms, all pointing at its head (the Cyrillic lemma)."""
    heads = [i for i, f in enumerate(forms) if f.lang == "ru" and f.kind == "term"]
    if not heads:
        heads = [0]
    head = heads[0]
    links = []
    for i, f in enumerate(forms):
        if i == head:
            continue
        if f.kind == "acronym":
            links.append(("acronym-of", i, head))
        elif f.lang == "ru-Latn":
            links.append(("transliteration-of", i, head))
        elif f.lang == "en":
            links.append(("translation-of", i, head))
        elif f.kind == "inflected":
            links.append(("same-as", i, head))
    return links
