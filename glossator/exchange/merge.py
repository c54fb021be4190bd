"""Merging a glossary read from a file into the term base.

Each incoming concept is matched to an existing one by any shared form: the same text folded
for case and ё (any language), or a Cyrillic or romanized form the term index scores at least
:data:`MATCH_SCORE` (Khrushchev ~ Chrushchev is not enough; a dropped hyphen or apostrophe is).
When several concepts match, the one sharing most forms wins and the others are listed.

Nothing confirmed is overwritten. A concept whose status is preferred, admitted or deprecated
keeps its forms, status and note exactly; what the file adds or says differently is listed as a
conflict for a person to decide (``applied`` False). A ``suggested`` concept (proposed by the
analyzers, not yet confirmed) takes the file's new forms (linked to its head form), the file's
status when the file gives one, and its note (added below the existing note); a different
English equivalent is still listed (``applied`` True). Concepts created earlier in the same
merge behave like suggested ones, so duplicate entries of one file come together. Everything
else becomes a new concept with the file's status (default ``admitted``).

All of it runs in one :meth:`Store.batch`: one transaction and one undo step.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from glossator.importer import term_index
from glossator.model import Term, TermForm, fold
from glossator.store import Store

from .common import CONFIRMED, STATUSES, form_links, link_kind, ordered

MATCH_SCORE = 0.95


@dataclass(slots=True)
class Conflict:
    """Something the file says that the term base does not, about one concept."""

    concept_id: int
    field: str  # "english", "form", "status", "note", "ambiguous"
    existing: str
    incoming: str
    applied: bool = False

    def describe(self) -> str:
        what = {
            "english": "another English equivalent",
            "form": "a form the concept lacks",
            "status": "another status",
            "note": "another note",
            "ambiguous": "a concept that also matches",
        }.get(self.field, self.field)
        verdict = "added" if self.applied else "kept as it was"
        return (
            f"concept {self.concept_id}: the file gives {what}: {self.incoming!r}"
            f" (term base: {self.existing!r}) — {verdict}"
        )


@dataclass(slots=True)
class MergeReport:
    """What a merge did: concepts created, concepts given new forms, concepts already
    complete, and the conflicts (see :class:`Conflict`)."""

    created: list[int] = field(default_factory=list)
    updated: dict[int, list[str]] = field(default_factory=dict)
    unchanged: list[int] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    forms_added: int = 0

    def summary(self) -> str:
        return (
            f"{len(self.created)} concepts created, {len(self.updated)} updated"
            f" ({self.forms_added} forms added), {len(self.unchanged)} unchanged,"
            f" {len(self.conflicts)} conflicts, {len(self.skipped)} skipped"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": {str(k): v for k, v in self.updated.items()},
            "unchanged": self.unchanged,
            "forms_added": self.forms_added,
            "conflicts": [asdict(c) for c in self.conflicts],
            "skipped": self.skipped,
        }


def merge_glossary(
    store: Store,
    terms: Iterable[Term],
    *,
    default_status: str = "admitted",
    skipped: Iterable[str] = (),
) -> MergeReport:
    """Merge ``terms`` (as read by a glossary parser) into the term base; see the module."""
    if default_status not in STATUSES:
        raise ValueError(f"unknown status {default_status!r}; use one of {', '.join(STATUSES)}")
    report = MergeReport(skipped=list(skipped))
    index = term_index(store)
    exact: dict[str, set[int]] = {}
    for concept_id, text, _lang in store.term_forms():
        exact.setdefault(fold(text), set()).add(concept_id)
    created: set[int] = set()

    def remember(concept_id: int, forms: Iterable[TermForm]) -> None:
        for f in forms:
            exact.setdefault(fold(f.text), set()).add(concept_id)
            index.add(concept_id, f.text, f.lang)

    with store.batch():
        for incoming in terms:
            forms = [f for f in incoming.forms if f.text.strip()]
            if not forms:
                continue
            votes = _match(forms, exact, index)
            if not votes:
                concept_id = _create(store, incoming, forms, default_status)
                created.add(concept_id)
                report.created.append(concept_id)
                remember(concept_id, forms)
                continue
            best = max(votes, key=lambda c: (votes[c], -c))
            for other in sorted(c for c in votes if c != best):
                report.conflicts.append(
                    Conflict(best, "ambiguous", f"concept {best}", f"concept {other}")
                )
            added = _merge_into(store, best, incoming, forms, best in created, report)
            remember(best, added)
    report.unchanged = [
        c for c in dict.fromkeys(report.unchanged) if c not in report.updated and c not in created
    ]
    return report


def _match(forms: list[TermForm], exact: dict[str, set[int]], index: Any) -> Counter[int]:
    votes: Counter[int] = Counter()
    for f in forms:
        for concept_id in exact.get(fold(f.text), ()):
            votes[concept_id] += 2
        if f.lang in ("ru", "ru-Latn"):
            for concept_id, _form, score in index.lookup(f.text, limit=3):
                if score >= MATCH_SCORE:
                    votes[int(concept_id)] += 1
    return votes


def _create(store: Store, incoming: Term, forms: list[TermForm], default_status: str) -> int:
    fresh = [TermForm(f.text, f.lang, f.kind, f.scheme, f.lemma) for f in ordered(forms)]
    status = incoming.status if incoming.status in STATUSES else default_status
    term = store.add_term(
        Term(forms=fresh, status=status, note=incoming.note, origin=incoming.origin or "import")
    )
    assert term.id is not None
    for kind, source, target in form_links(fresh):
        s, t = fresh[source].id, fresh[target].id
        assert s is not None and t is not None
        store.link_forms(kind, s, t)
    return term.id


def _merge_into(
    store: Store,
    concept_id: int,
    incoming: Term,
    forms: list[TermForm],
    created_here: bool,
    report: MergeReport,
) -> list[TermForm]:
    existing = store.get_term(concept_id)
    confirmed = existing.status in CONFIRMED and not created_here
    have = {(fold(f.text), f.lang) for f in existing.forms}
    english = [f.text for f in existing.forms if f.lang == "en"]
    added: list[TermForm] = []
    for f in ordered(forms):
        key = (fold(f.text), f.lang)
        if key in have:
            continue
        have.add(key)
        if f.lang == "en" and english:
            report.conflicts.append(
                Conflict(concept_id, "english", " | ".join(english), f.text, not confirmed)
            )
        elif confirmed:
            report.conflicts.append(
                Conflict(concept_id, "form", _forms_text(existing), _form_text(f))
            )
        if confirmed:
            continue
        new = TermForm(f.text, f.lang, f.kind, f.scheme, f.lemma)
        store.add_form(concept_id, new, link_kind=link_kind(new))
        added.append(new)
        if not created_here:
            report.updated.setdefault(concept_id, []).append(_form_text(new))
            report.forms_added += 1

    status = incoming.status if incoming.status in STATUSES else ""
    note = incoming.note.strip()
    new_status = new_note = None
    if status and status != existing.status:
        if confirmed or created_here:
            report.conflicts.append(Conflict(concept_id, "status", existing.status, status))
        else:
            new_status = status
    if note and note not in existing.note:
        if confirmed:
            report.conflicts.append(Conflict(concept_id, "note", existing.note, note))
        else:
            new_note = f"{existing.note}\n{note}" if existing.note else note
    if new_status or new_note:
        store.update_term(concept_id, status=new_status, note=new_note)
        if not created_here:
            changes = report.updated.setdefault(concept_id, [])
            if new_status:
                changes.append(f"status {existing.status} -> {new_status}")
            if new_note:
                changes.append("note")
    if concept_id not in report.updated and not created_here:
        report.unchanged.append(concept_id)
    return added


def _form_text(f: TermForm) -> str:
    scheme = f", {f.scheme}" if f.scheme else ""
    return f"{f.text} ({f.lang}{scheme})"


def _forms_text(t: Term) -> str:
    return " | ".join(f.text for f in t.forms)
