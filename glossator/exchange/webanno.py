"""A document's annotations as W3C Web Annotations (JSON-LD), and back.

Export — an ``AnnotationCollection`` whose first (only) ``AnnotationPage`` holds every
annotation::

    {"@context": ["http://www.w3.org/ns/anno.jsonld", {"glossator": "urn:glossator:"}],
     "id": "<base>/annotations", "type": "AnnotationCollection", "label": title, "total": n,
     "first": {"id": "<base>/annotations/page1", "type": "AnnotationPage", "startIndex": 0,
               "items": [
        {"id": "<base>/annotations/17", "type": "Annotation", "motivation": "identifying",
         "created": "...", "modified": "...", "creator": {"type": "Person", "nickname": "ann"},
         "body": [{"type": "TextualBody", "purpose": "tagging", "value": "persName"},
                  {"type": "SpecificResource", "purpose": "identifying",
                   "source": "<base>/concepts/12"}],          # when the annotation names a concept
         "target": {"source": "<base>", "selector": [
             {"type": "TextQuoteSelector", "exact": "Vlasov", "prefix": "…", "suffix": "…"},
             {"type": "TextPositionSelector", "start": 120, "end": 126}]},
         "glossator:type": "persName", "glossator:status": "accepted",
         "glossator:origin": "manual", "glossator:attributes": {...}}]}}

Motivation by type: persName, orgName, placeName, date, term, bibl -> identifying; note ->
commenting; reg -> editing; foreign, q, lb -> classifying. An attribute ``comment`` is also a
commenting TextualBody. Positions are Unicode code points of the document's current text (as
the selectors' specification counts characters).

Import reads an AnnotationCollection (embedded pages, ``first``/``next``), an AnnotationPage,
a list or a single Annotation, and Hypothesis API results (``rows`` with ``text``, ``tags``,
``target[].selector``). Each annotation is placed by its TextPositionSelector when the text there
equals the quote (or there is no quote), else by its TextQuoteSelector: every occurrence of the
quote (white space matched loosely as a fallback) is scored by how much of ``prefix`` and
``suffix`` agree, ties going to the one nearest the stated position. What cannot be placed is
reported, not dropped silently. The type comes from ``glossator:type``, else a tagging body
naming a type (or its label: Person, Place, ...), else the motivation (commenting -> note,
identifying -> term, editing -> reg, else note); the status from ``glossator:status``, else
``suggested``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from glossator.errors import NotFoundError
from glossator.model import (
    ANNOTATION_STATUSES,
    ANNOTATION_TYPES,
    TAXONOMY,
    Annotation,
    Document,
    quote_and_context,
)

if TYPE_CHECKING:
    from glossator.store import Store

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
GLOSSATOR_NS = "urn:glossator:"
MOTIVATION = {
    "persName": "identifying",
    "orgName": "identifying",
    "placeName": "identifying",
    "date": "identifying",
    "term": "identifying",
    "bibl": "identifying",
    "note": "commenting",
    "reg": "editing",
    "foreign": "classifying",
    "q": "classifying",
    "lb": "classifying",
}
_FROM_MOTIVATION = {"commenting": "note", "identifying": "term", "editing": "reg"}
_LABELS = {t.label.lower(): t.name for t in TAXONOMY} | {
    "person": "persName",
    "people": "persName",
    "organization": "orgName",
    "organisation": "orgName",
    "org": "orgName",
    "place": "placeName",
    "location": "placeName",
    "quote": "q",
    "quotation": "q",
    "citation": "bibl",
    "comment": "note",
}


def _base(uri: str) -> str:
    return uri.rstrip("/")


# -- export --------------------------------------------------------------------------------


def export_web_annotations(
    doc: Document, base_uri: str, statuses: Sequence[str] | None = None
) -> dict[str, Any]:
    """The document's annotations as a W3C AnnotationCollection (a JSON-serializable dict).

    ``base_uri`` names the document (the targets' ``source``); annotation and concept IRIs are
    made below it. ``statuses`` limits the export (default: all)."""
    base = _base(base_uri)
    items = [
        web_annotation(a, doc.text, base)
        for a in doc.annotations
        if statuses is None or a.status in statuses
    ]
    return {
        "@context": [ANNO_CONTEXT, {"glossator": GLOSSATOR_NS}],
        "id": f"{base}/annotations",
        "type": "AnnotationCollection",
        "label": doc.title,
        "total": len(items),
        "first": {
            "id": f"{base}/annotations/page1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def web_annotation(a: Annotation, text: str, base: str) -> dict[str, Any]:
    """One annotation as a W3C Annotation targeting ``base`` (the document's IRI)."""
    quote, prefix, suffix = quote_and_context(text, a.start, a.end)
    body: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "tagging", "value": a.type}]
    concept = a.attributes.get("concept")
    if isinstance(concept, int | str) and str(concept).isdigit():
        body.append(
            {
                "type": "SpecificResource",
                "purpose": "identifying",
                "source": f"{base}/concepts/{concept}",
            }
        )
    comment = a.attributes.get("comment")
    if isinstance(comment, str) and comment:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": comment})
    out: dict[str, Any] = {
        "id": f"{base}/annotations/{a.id}" if a.id is not None else None,
        "type": "Annotation",
        "motivation": MOTIVATION.get(a.type, "tagging"),
    }
    if out["id"] is None:
        del out["id"]
    if a.created_us:
        out["created"] = a.created_at
    if a.updated_us:
        out["modified"] = a.updated_at
    if a.author:
        out["creator"] = {"type": "Person", "nickname": a.author}
    out["body"] = body
    out["target"] = {
        "source": base,
        "selector": [
            {"type": "TextQuoteSelector", "exact": quote, "prefix": prefix, "suffix": suffix},
            {"type": "TextPositionSelector", "start": a.start, "end": a.end},
        ],
    }
    out["glossator:type"] = a.type
    out["glossator:status"] = a.status
    out["glossator:origin"] = a.origin
    if a.attributes:
        out["glossator:attributes"] = a.attributes
    return out


# -- import --------------------------------------------------------------------------------


@dataclass(slots=True)
class WebAnnotationImport:
    """Annotations placed on a text, and those that could not be (id or index, reason).

    ``placed_by`` counts how they were placed: "position" or "quote"."""

    annotations: list[Annotation] = field(default_factory=list)
    unplaced: list[tuple[str, str]] = field(default_factory=list)
    placed_by: Counter[str] = field(default_factory=Counter)


def import_web_annotations(data: Any, text: str) -> WebAnnotationImport:
    """Annotations of a W3C (or Hypothesis) JSON document, re-anchored on ``text``."""
    result = WebAnnotationImport()
    for n, item in enumerate(_items(data), 1):
        label = str(item.get("id") or f"#{n}") if isinstance(item, dict) else f"#{n}"
        if not isinstance(item, dict):
            result.unplaced.append((label, "not a JSON object"))
            continue
        try:
            annotation, how = _read(item, text)
        except ValueError as exc:
            result.unplaced.append((label, str(exc)))
            continue
        result.annotations.append(annotation)
        result.placed_by[how] += 1
    return result


def import_into_document(
    store: Store, doc_id: int, data: Any, *, skip_existing: bool = True
) -> tuple[WebAnnotationImport, list[Annotation]]:
    """Import annotations into a stored document (one transaction, one undo step).

    With ``skip_existing`` an annotation the document already has (same type, start and end) is
    not added twice. A ``concept`` attribute naming no concept of this term base is dropped.
    Returns the import result and the annotations added."""
    doc = store.get_document(doc_id, with_annotations=False)
    result = import_web_annotations(data, doc.text)
    known: dict[object, bool] = {}
    for a in result.annotations:
        # a concept number from another database may name nothing here
        concept = a.attributes.get("concept")
        if concept is None:
            continue
        if concept not in known:
            try:
                store.get_term(int(concept))
                known[concept] = True
            except (NotFoundError, TypeError, ValueError):
                known[concept] = False
        if not known[concept]:
            del a.attributes["concept"]
    todo = result.annotations
    if skip_existing:
        have = {(s, e, t) for _i, s, e, t, _st in store.annotations(doc_id).positions()}
        seen: set[tuple[int, int, str]] = set()
        todo = []
        for a in result.annotations:
            key = (a.start, a.end, a.type)
            if key not in have and key not in seen:
                seen.add(key)
                todo.append(a)
    added = store.add_annotations(doc_id, todo) if todo else []
    return result, added


def _items(data: Any) -> Iterator[Any]:
    if isinstance(data, list):
        for d in data:
            if isinstance(d, dict) and _kind(d) in ("AnnotationPage", "AnnotationCollection"):
                yield from _items(d)
            else:
                yield d
        return
    if not isinstance(data, dict):
        raise ValueError("a web annotation file holds a JSON object or list")
    kind = _kind(data)
    if kind == "AnnotationCollection":
        page = data.get("first")
        while isinstance(page, dict):
            yield from page.get("items", [])
            page = page.get("next")
        if isinstance(data.get("items"), list):
            yield from data["items"]
        return
    if kind == "AnnotationPage" or isinstance(data.get("items"), list):
        yield from data.get("items", [])
        return
    if isinstance(data.get("rows"), list):  # Hypothesis API search result
        yield from data["rows"]
        return
    if isinstance(data.get("@graph"), list):
        yield from data["@graph"]
        return
    yield data


def _kind(d: dict[str, Any]) -> str:
    t = d.get("type", d.get("@type", ""))
    if isinstance(t, list):
        t = next((x for x in t if isinstance(x, str)), "")
    return str(t).rsplit("#", 1)[-1].removeprefix("oa:").removeprefix("as:")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _ext(item: dict[str, Any], name: str) -> Any:
    return item.get(f"glossator:{name}", item.get(GLOSSATOR_NS + name))


def _selectors(item: dict[str, Any]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The first TextQuoteSelector and TextPositionSelector of an annotation's targets."""
    quote = pos = None
    stack: list[Any] = []
    for target in _as_list(item.get("target")):
        if isinstance(target, dict):
            stack.extend(_as_list(target.get("selector")))
    while stack:
        sel = stack.pop(0)
        if not isinstance(sel, dict):
            continue
        kind = _kind(sel)
        if kind == "TextQuoteSelector" and quote is None:
            quote = sel
        elif kind == "TextPositionSelector" and pos is None:
            pos = sel
        stack.extend(_as_list(sel.get("refinedBy")))
    return quote, pos


def _bodies(item: dict[str, Any]) -> list[dict[str, Any]]:
    bodies = [b for b in _as_list(item.get("body")) if isinstance(b, dict)]
    if isinstance(item.get("bodyValue"), str):
        bodies.append({"type": "TextualBody", "value": item["bodyValue"]})
    # Hypothesis API rows: "text" is the comment, "tags" its tags
    if isinstance(item.get("text"), str) and item["text"]:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": item["text"]})
    for tag in _as_list(item.get("tags")):
        if isinstance(tag, str):
            bodies.append({"type": "TextualBody", "purpose": "tagging", "value": tag})
    # a body without a purpose serves the annotation's motivation (a comment by default)
    motivation = next((m for m in _as_list(item.get("motivation")) if isinstance(m, str)), "")
    default = motivation.removeprefix("oa:") or "commenting"
    return [b if b.get("purpose") else {**b, "purpose": default} for b in bodies]


def _type_of(item: dict[str, Any], bodies: list[dict[str, Any]]) -> str:
    own = _ext(item, "type")
    if isinstance(own, str) and own in ANNOTATION_TYPES:
        return own
    for b in bodies:
        if b.get("purpose") in ("tagging", "classifying") and isinstance(b.get("value"), str):
            value = b["value"].strip()
            if value in ANNOTATION_TYPES:
                return value
            if value.lower() in _LABELS:
                return _LABELS[value.lower()]
    motivation = next((m for m in _as_list(item.get("motivation")) if isinstance(m, str)), "")
    return _FROM_MOTIVATION.get(motivation.removeprefix("oa:"), "note")


def _read(item: dict[str, Any], text: str) -> tuple[Annotation, str]:
    quote, pos = _selectors(item)
    start, end, how = _place(text, quote, pos)
    bodies = _bodies(item)
    attributes = _ext(item, "attributes")
    if not isinstance(attributes, dict):
        attributes = {}
        comments = [
            b["value"]
            for b in bodies
            if b.get("purpose") == "commenting" and isinstance(b.get("value"), str)
        ]
        if comments:
            attributes["comment"] = "\n".join(comments)
        tags = [
            b["value"]
            for b in bodies
            if b.get("purpose") == "tagging"
            and isinstance(b.get("value"), str)
            and b["value"] not in ANNOTATION_TYPES
            and b["value"].lower() not in _LABELS
        ]
        if tags:
            attributes["tags"] = tags
        refs = [
            b["source"]
            for b in bodies
            if b.get("purpose") == "identifying" and isinstance(b.get("source"), str)
        ]
        if refs:
            attributes["ref"] = refs[0]
    status = _ext(item, "status")
    origin = _ext(item, "origin")
    return (
        Annotation(
            start=start,
            end=end,
            type=_type_of(item, bodies),
            quote=text[start:end],
            attributes=dict(attributes),
            status=status if status in ANNOTATION_STATUSES else "suggested",
            origin=origin if isinstance(origin, str) and origin else "import:webanno",
            author=_creator(item),
        ),
        how,
    )


def _creator(item: dict[str, Any]) -> str:
    creator = item.get("creator", item.get("user"))
    if isinstance(creator, list):
        creator = creator[0] if creator else None
    if isinstance(creator, str):
        return creator.removeprefix("acct:")
    if isinstance(creator, dict):
        for key in ("nickname", "name", "id"):
            if isinstance(creator.get(key), str):
                return creator[key]
    return ""


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _place(
    text: str, quote: dict[str, Any] | None, pos: dict[str, Any] | None
) -> tuple[int, int, str]:
    exact = quote.get("exact") if quote else None
    if exact is not None and not isinstance(exact, str):
        exact = None
    start = _int(pos.get("start")) if pos else None
    end = _int(pos.get("end")) if pos else None
    if start is not None and end is not None and 0 <= start <= end <= len(text):
        if exact is None or text[start:end] == exact:
            return start, end, "position"
    if not exact:
        if quote is None and pos is None:
            raise ValueError("no TextQuoteSelector or TextPositionSelector")
        raise ValueError("the position lies outside the text and there is no quote")
    prefix = quote.get("prefix") or "" if quote else ""
    suffix = quote.get("suffix") or "" if quote else ""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(exact), text)]
    if not spans:
        loose = r"\s+".join(re.escape(w) for w in exact.split())
        spans = [(m.start(), m.end()) for m in re.finditer(loose, text)] if loose else []
    if not spans:
        raise ValueError(f"the quote {exact[:40]!r} does not occur in the text")
    hint = start if start is not None else 0

    def score(span: tuple[int, int]) -> tuple[int, int]:
        s, e = span
        before = _common_suffix(text[max(0, s - len(prefix)) : s], prefix)
        after = _common_prefix(text[e : e + len(suffix)], suffix)
        return before + after, -abs(s - hint)

    s, e = max(spans, key=score)
    return s, e, "quote"


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
