"""The ``glossator`` command line: each command opens the store, calls the core, and turns
failures into one clear line on stderr.

Exit status: 0 when everything asked for was done, 1 when some input failed (each failure is
reported), 2 for a wrong command line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, TextIO

from glossator import __version__
from glossator.analysis import DEFAULT_SCHEME, analyze_source, analyze_text
from glossator.anchoring import revise_document
from glossator.errors import GlossatorError, InputError, StoreError
from glossator.exchange import (
    GLOSSARY_FORMATS,
    export_document_annotations,
    export_termbase,
    import_document_annotations,
    import_glossary,
)
from glossator.files import write_atomic
from glossator.importer import ensure_seeded, import_paths, term_index
from glossator.ingest.reader import MAX_BYTES, read_source
from glossator.lang import cyrillic_spans
from glossator.model import Analysis, SourceFile, Term, TermForm
from glossator.store import Store, default_db_path
from glossator.tmx import export_tmx, parse_tmx
from glossator.translation import (
    TARGET_LANGS,
    TranslationSession,
    default_target,
    import_pairs,
    source_lang,
)
from glossator.translit import SCHEMES, reverse_romanize
from tei.bundle import ExportBundle
from tei.export import export_tei_with_report
from tei.importer import MAX_BYTES as TEI_MAX_BYTES
from tei.importer import parse_tei
from tei.parallel import export_parallel, parse_parallel
from tei.validate import validate, validate_with_jing

PLUGIN_GROUP = "glossator.commands"


def open_store(args: argparse.Namespace) -> Store:
    """The store named by --db, $GLOSSATOR_DB or ./annotations.db."""
    return Store(default_db_path(getattr(args, "db", None)))


def _print_json(data: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


class Progress:
    """A progress bar on stderr for imports of many files (lines, when not a terminal)."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream = stream or sys.stderr
        self.width = width
        self.tty = stream.isatty()
        self._last_decile = -1

    def __call__(self, done: int, total: int, path: str) -> None:
        if total < 2:
            return
        if self.tty:
            filled = self.width * done // total
            bar = "#" * filled + "." * (self.width - filled)
            name = path[-40:]
            self.stream.write(f"\r[{bar}] {done}/{total} {name:<40}")
            if done == total:
                self.stream.write("\n")
        else:
            decile = 10 * done // total
            if decile != self._last_decile:
                self._last_decile = decile
                self.stream.write(f"importing: {done}/{total} files\n")
        self.stream.flush()


# -- commands -------------------------------------------------------------------------


TEI_SUFFIXES = (".xml", ".tei")


class TeiReader:
    """Reads TEI files for the importer; keeps each file's report of what was not mapped."""

    def __init__(self) -> None:
        self.reports: dict[str, list[str]] = {}

    def __call__(self, path: str) -> tuple[SourceFile, Analysis]:
        p = Path(path)
        try:
            size = p.stat().st_size
            if size > TEI_MAX_BYTES:
                raise InputError(
                    path,
                    f"the file has {size:,} bytes, more than the TEI limit of {TEI_MAX_BYTES:,}",
                    "split it into several files",
                )
            raw = p.read_bytes()
        except OSError as exc:
            raise InputError(path, f"cannot read the file ({exc.strerror or exc})") from None
        imported = parse_tei(raw, p.name)
        self.reports[path] = imported.report
        # Concept ids in a TEI file are the exporting database's: its concepts come in as new
        # ones, and annotations follow them through the proposals' occurrences.
        linked = set()
        for proposal in imported.terms:
            proposal.term.id = None
            for form in proposal.term.forms:
                form.id = form.concept_id = None
            linked.update(proposal.occurrences)
        for i, a in enumerate(imported.annotations):
            if i not in linked:
                a.attributes.pop("concept", None)
        source = SourceFile(
            name=p.name,
            path=str(p.resolve()),
            format="tei",
            raw=raw,
            encoding="utf-8",
            sha256=hashlib.sha256(raw).hexdigest(),
            text=imported.text,
        )
        analysis = Analysis(
            text=imported.text,
            encoding="utf-8",
            blocks=imported.blocks,
            spans=cyrillic_spans(imported.text),
            suggestions=imported.annotations,
            metadata={**imported.metadata, "format": "tei"},
            terms=imported.terms,
        )
        return source, analysis


def cmd_import(args: argparse.Namespace) -> int:
    tei_reader = TeiReader()
    with open_store(args) as store:
        report = import_paths(
            store,
            args.paths,
            encoding=args.encoding,
            max_bytes=args.max_size,
            progress=None if args.quiet else Progress(),
            readers={suffix: tei_reader for suffix in TEI_SUFFIXES},
        )
    for path, lines in tei_reader.reports.items():
        for line in lines:
            print(f"{path}: {line}", file=sys.stderr)
    for r in report.results:
        if r.outcome and r.outcome.created:
            if not args.quiet:
                print(f"imported {r.path} as document {r.outcome.document_id}: {r.outcome.title}")
        elif r.outcome:
            print(
                f"{r.path}: already imported as document {r.outcome.document_id}"
                f" ({r.outcome.title}); nothing changed"
            )
        else:
            print(f"glossator: {r.error}", file=sys.stderr)
    summary = (
        f"{len(report.imported)} imported, {len(report.duplicates)} already there,"
        f" {len(report.failed)} failed"
    )
    print(summary, file=sys.stderr)
    return 1 if report.failed or not report.results else 0


def cmd_init(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        report = ensure_seeded(store)
        if report is None:
            print(f"{store.path}: ready, {store.document_count()} documents")
            return 0
        for r in report.results:
            if r.error:
                print(f"glossator: {r.error}", file=sys.stderr)
        print(f"{store.path}: created with {len(report.imported)} sample documents")
        return 1 if report.failed else 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        docs = store.list_documents(args.filter or "")
    if args.json:
        _print_json(
            [
                {
                    "id": d.id,
                    "title": d.title,
                    "source": d.source_name,
                    "encoding": d.encoding,
                    "length": d.length,
                    "accepted": d.accepted,
                    "suggested": d.suggested,
                    "imported_at": d.imported_at,
                }
                for d in docs
            ]
        )
        return 0
    if not docs:
        print("no documents — `glossator import PATH` adds some")
        return 0
    print(f"{'id':>4}  {'accepted':>8}  {'suggested':>9}  {'chars':>7}  title")
    for d in docs:
        print(f"{d.id:>4}  {d.accepted:>8}  {d.suggested:>9}  {d.length:>7}  {d.title[:70]}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        doc = store.get_document(store.resolve_document(args.document))
        orphans = store.orphaned_annotations(doc.id)
    if args.json:
        _print_json(
            {
                "id": doc.id,
                "title": doc.title,
                "revision": doc.revision,
                "source": doc.source_name,
                "format": doc.format,
                "encoding": doc.encoding,
                "sha256": doc.sha256,
                "metadata": doc.metadata,
                "imported_at": doc.imported_at,
                "text": doc.text,
                "blocks": [b.to_dict() for b in doc.blocks],
                "spans": [s.to_dict() for s in doc.spans],
                "annotations": [a.to_dict() for a in doc.annotations],
                "orphaned": [a.to_dict() for a in orphans],
            }
        )
        return 0
    if args.text:
        print(doc.text)
        return 0
    counts: dict[str, int] = {}
    for a in doc.annotations:
        counts[a.status] = counts.get(a.status, 0) + 1
    print(f"Document {doc.id}: {doc.title}")
    print(f"  source:    {doc.source_name} ({doc.format}, {doc.encoding})")
    print(f"  sha256:    {doc.sha256}")
    print(f"  imported:  {doc.imported_at}, revision {doc.revision}")
    for key in ("authors", "editors"):
        if doc.metadata.get(key):
            print(f"  {key + ':':<10} {'; '.join(doc.metadata[key])}")
    print(
        f"  text:      {len(doc.text)} characters, {len(doc.blocks)} blocks,"
        f" {len(doc.spans)} language spans"
    )
    print("  annotations: " + (", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "none"))
    if orphans:
        print(f"  {len(orphans)} annotations could not be placed on the corrected text:")
        for a in orphans[:20]:
            print(f"    {a.type} {a.quote!r} (was {a.start}-{a.end}, {a.status})")
    print()
    for b in doc.blocks:
        snippet = " ".join(doc.text[b.start : b.end].split())
        if len(snippet) > 70:
            snippet = snippet[:69] + "…"
        print(f"  {b.start:>6}-{b.end:<6} {b.role:<11} {b.lang:<6} {snippet}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        hits = store.search(args.query, limit=args.limit)
    if args.json:
        _print_json(
            [{"kind": h.kind, "id": h.id, "title": h.title, "snippet": h.snippet} for h in hits]
        )
        return 0
    if not hits:
        print(f"nothing matches {args.query!r}")
        return 0
    for h in hits:
        if h.kind == "document":
            print(f"document {h.id}: {h.title}\n    {' '.join(h.snippet.split())}")
        else:
            print(f"term {h.id}: {h.title} ({h.snippet})")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    source = read_source(args.path, encoding=args.encoding, max_bytes=args.max_size)
    termbase = None
    if args.terms:
        db = default_db_path(getattr(args, "db", None))
        if not db.exists():
            raise StoreError(f"{db}: no such database to take terms from — name one with --db")
        with open_store(args) as store:
            termbase = term_index(store)
    analysis = analyze_source(source, termbase, scheme=args.scheme)
    if args.json:
        _print_json(analysis.to_json_dict())
        return 0
    print(f"{args.path}: {len(analysis.text)} characters, encoding {analysis.encoding}")
    for b in analysis.blocks:
        snippet = " ".join(analysis.text[b.start : b.end].split())[:60]
        print(f"  block {b.start}-{b.end} {b.role} {b.lang}: {snippet}")
    for s in analysis.spans:
        detail = ""
        if s.lang == "ru-Latn":
            detail = f" -> {s.extra['cyrillic']} ({s.extra['scheme']}, {s.extra['score']:.2f})"
        elif "romanized" in s.extra:
            detail = f" -> {s.extra['romanized']}"
        print(f"  span  {s.start}-{s.end} {s.lang}: {s.text}{detail}")
    for a in analysis.suggestions:
        print(f"  suggest {a.type} {a.start}-{a.end}: {a.quote}")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        doc_id = store.resolve_document(args.document) if args.document else None
        changes = store.changes(doc_id, limit=args.limit)
    if args.json:
        _print_json(
            [
                {
                    "id": c.id,
                    "at": c.at,
                    "author": c.author,
                    "action": c.action,
                    "entity": c.entity,
                    "entity_id": c.entity_id,
                    "document_id": c.document_id,
                    "before": c.before,
                    "after": c.after,
                }
                for c in changes
            ]
        )
        return 0
    for c in changes:
        doc = f" (document {c.document_id})" if c.document_id else ""
        print(f"{c.id:>6}  {c.at[:19]}  {c.author:<12} {c.action} {c.entity} {c.entity_id}{doc}")
    return 0


def cmd_revise(args: argparse.Namespace) -> int:
    source = read_source(args.path, encoding=args.encoding)
    with open_store(args) as store:
        doc_id = store.resolve_document(args.document)
        placements = revise_document(store, doc_id, source.text, note=f"corrected from {args.path}")
        doc = store.get_document(doc_id, with_annotations=False)
    hows: dict[str, int] = {}
    for p in placements:
        hows[p.how] = hows.get(p.how, 0) + 1
    print(
        f"document {doc_id} is now revision {doc.revision}: "
        + ", ".join(f"{n} {how}" for how, n in sorted(hows.items()))
        if placements
        else f"document {doc_id} is now revision {doc.revision}; it had no annotations"
    )
    if hows.get("orphan"):
        print(
            f"{hows['orphan']} annotations could not be placed; they are kept apart "
            f"(`glossator show {doc_id}` lists them)"
        )
    return 0


def cmd_reanalyze(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        ids = (
            [d.id for d in store.list_documents()]
            if args.all
            else [store.resolve_document(d) for d in args.documents]
        )
        if not ids:
            print("nothing to analyse: name documents or give --all", file=sys.stderr)
            return 1
        for doc_id in ids:
            # Read anew for each document: the one before may have proposed concepts.
            termbase = term_index(store)
            doc = store.get_document(doc_id, with_annotations=False)
            analysis = analyze_text(doc.text, doc.encoding, format=doc.format, termbase=termbase)
            removed, added = store.replace_suggestions(doc_id, analysis)
            print(f"document {doc_id}: {removed} old suggestions replaced by {added}")
    return 0


def _export_name(doc_id: int, title: str) -> str:
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:40]
    slug = "-".join(part for part in slug.split("-") if part) or "document"
    return f"{doc_id:04d}-{slug}.xml"


def cmd_export(args: argparse.Namespace) -> int:
    failed = 0
    with open_store(args) as store:
        if args.all:
            ids = [d.id for d in store.list_documents()]
        else:
            ids = [store.resolve_document(d) for d in args.documents]
        if not ids:
            print("glossator: nothing to export: name documents or give --all", file=sys.stderr)
            return 2
        for doc_id in ids:
            doc, terms, links, changes = store.export_parts(doc_id)
            bundle = ExportBundle(doc, terms, links, changes, include_suggestions=args.suggestions)
            data, overlaps = export_tei_with_report(bundle)
            path = write_atomic(Path(args.out) / _export_name(doc_id, doc.title), data)
            errors = validate(data, args.schema) if args.schema else validate(data)
            verdict = "valid" if not errors else f"INVALID ({len(errors)} errors)"
            print(f"document {doc_id} -> {path} ({len(data):,} bytes, {verdict})")
            for line in overlaps:
                print(f"  {line}")
            for e in errors[:20]:
                print(f"  {path}:{e}", file=sys.stderr)
            failed += bool(errors)
    return 1 if failed else 0


def cmd_validate(args: argparse.Namespace) -> int:
    bad = 0
    for path in args.files:
        if not Path(path).is_file():
            print(f"glossator: {path}: no such file", file=sys.stderr)
            bad += 1
            continue
        errors = validate_with_jing(path, args.schema) if args.jing else validate(path, args.schema)
        if errors:
            bad += 1
            for e in errors:
                print(f"{path}:{e}")
        else:
            print(f"{path}: valid against {args.schema or 'the Glossator TEI profile'}")
    return 1 if bad else 0


# -- term base --------------------------------------------------------------------------


def _term_json(store: Store, term: Term, full: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": term.id,
        "status": term.status,
        "note": term.note,
        "origin": term.origin,
        "forms": [
            {"text": f.text, "lang": f.lang, "kind": f.kind, "scheme": f.scheme, "lemma": f.lemma}
            for f in term.forms
        ],
    }
    if full:
        assert term.id is not None
        data["links"] = [
            {"kind": k, "source": a, "target": b} for k, a, b in store.links_of_term(term.id)
        ]
        data["occurrences"] = [
            {"document": d, "start": a.start, "end": a.end, "quote": a.quote, "status": a.status}
            for d, a in store.term_occurrences(term.id)
        ]
    return data


def _term_line(term: Term) -> str:
    by_lang: dict[str, list[str]] = {}
    for f in term.forms:
        by_lang.setdefault(f.lang, []).append(f.text)
    parts = [" / ".join(by_lang[lang][:3]) for lang in ("ru", "ru-Latn", "en") if lang in by_lang]
    return f"{term.id:>5}  {term.status:<10} " + " | ".join(parts)


def cmd_terms_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        terms = store.list_terms(args.filter or "", args.status, args.limit)
        if args.json:
            _print_json([_term_json(store, t) for t in terms])
            return 0
    if not terms:
        print("the term base is empty" if not args.filter else "no concept matches")
    for t in terms:
        print(_term_line(t))
    return 0


def cmd_terms_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        data = _term_json(store, store.get_term(args.concept), full=True)
    if args.json:
        _print_json(data)
        return 0
    print(f"Concept {data['id']} ({data['status']}, {data['origin']})")
    if data["note"]:
        print(f"  note: {data['note']}")
    for f in data["forms"]:
        scheme = f" [{f['scheme']}]" if f["scheme"] else ""
        print(f"  {f['lang']:<8} {f['kind']:<10} {f['text']}{scheme}")
    for link in data["links"]:
        print(f"  link: {link['source']} —{link['kind']}→ {link['target']}")
    print(f"  {len(data['occurrences'])} occurrences")
    for o in data["occurrences"][:20]:
        print(f"    document {o['document']} {o['start']}-{o['end']} {o['quote']} ({o['status']})")
    return 0


def _guess_scheme(latin: str) -> str:
    candidates = reverse_romanize(latin, limit=1)
    return candidates[0].scheme if candidates else "unknown"


def cmd_terms_add(args: argparse.Namespace) -> int:
    if not (args.ru or args.latin or args.en):
        print("glossator: give at least one of --ru, --latin, --en", file=sys.stderr)
        return 2
    forms: list[TermForm] = []
    links: list[tuple[str, int]] = []  # (kind, index of the form) linked to the head
    if args.ru:
        forms.append(TermForm(args.ru, "ru", "term", lemma=args.ru))
    for text in args.latin or []:
        forms.append(TermForm(text, "ru-Latn", "term", args.scheme or _guess_scheme(text)))
        links.append(("transliteration-of", len(forms) - 1))
    for text in args.en or []:
        forms.append(TermForm(text, "en", "term"))
        links.append(("translation-of", len(forms) - 1))
    for text in args.acronym or []:
        lang = "ru" if any("\u0400" <= ch <= "\u04ff" for ch in text) else "ru-Latn"
        forms.append(TermForm(text, lang, "acronym"))
        links.append(("acronym-of", len(forms) - 1))
    with open_store(args) as store, store.batch():
        term = store.add_term(Term(forms, status=args.status, note=args.note or ""))
        assert term.id is not None
        if forms[0].lang == "ru":
            for kind, i in links:
                store.link_forms(kind, forms[i].id, forms[0].id)  # type: ignore[arg-type]
    print(f"added concept {term.id}")
    return 0


def cmd_terms_set(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        term = store.update_term(args.concept, status=args.status, note=args.note)
    print(_term_line(term))
    return 0


def cmd_terms_merge(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        term = store.merge_terms(args.keep, args.other)
    print(f"merged concept {args.other} into {args.keep}")
    print(_term_line(term))
    return 0


def cmd_terms_lookup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        index = term_index(store)
        hits = index.lookup(args.text)
        terms = {cid: store.get_term(int(cid)) for cid, _f, _s in hits}  # type: ignore[call-overload]
    readings = reverse_romanize(args.text, limit=5)
    if args.json:
        _print_json(
            {
                "concepts": [
                    {"concept": cid, "form": form, "score": round(score, 3)}
                    for cid, form, score in hits
                ],
                "readings": [
                    {
                        "cyrillic": c.cyrillic,
                        "lemma": c.lemma,
                        "scheme": c.scheme,
                        "score": round(c.score, 3),
                        "known": c.known,
                    }
                    for c in readings
                ],
            }
        )
        return 0
    print("term base:" if hits else "term base: no concept sounds like it")
    for cid, form, score in hits:
        print(f"  {score:.2f}  {form}   ->  {_term_line(terms[cid]).strip()}")
    print("readings:" if readings else "readings: none")
    for c in readings:
        known = "in the lexicon" if c.known else "not in the lexicon"
        print(f"  {c.score:.2f}  {c.cyrillic}  (lemma {c.lemma}, {c.scheme}, {known})")
    return 0


def cmd_terms_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        path, n = export_termbase(store, args.path, args.format, include_suggested=args.suggested)
    print(f"{n} concepts -> {path}")
    return 0


def cmd_terms_import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        report = import_glossary(store, args.path, args.format, args.encoding, args.status)
    if args.json:
        _print_json(report.to_dict())
        return 0
    print(report.summary())
    for conflict in report.conflicts:
        print(f"  conflict: {conflict.describe()}")
    for line in report.skipped:
        print(f"  skipped: {line}")
    return 0


def cmd_annotations_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        doc_id = store.resolve_document(args.document)
        path, n = export_document_annotations(store, doc_id, args.path, args.base_uri, args.status)
    print(f"{n} annotations of document {doc_id} -> {path}")
    return 0


def cmd_annotations_import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        doc_id = store.resolve_document(args.document)
        result, added = import_document_annotations(
            store, doc_id, args.path, skip_existing=not args.keep_duplicates
        )
    how = ", ".join(f"{n} by {k}" for k, n in sorted(result.placed_by.items()))
    print(
        f"{len(added)} annotations added to document {doc_id}" + (f" (placed {how})" if how else "")
    )
    for ident, reason in result.unplaced:
        print(f"  not placed: {ident}: {reason}")
    return 1 if result.unplaced and not added else 0


def _translation_session(store: Store, args: argparse.Namespace) -> TranslationSession:
    doc_id = store.resolve_document(args.document)
    lang = args.lang or default_target(
        store.get_document(doc_id, with_annotations=False), store.translation_languages(doc_id)
    )
    return TranslationSession(store, doc_id, lang)


def cmd_translation_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        session = _translation_session(store, args)
        rows = session.rows()
    if args.json:
        _print_json(
            [
                {
                    "block": r.index,
                    "role": r.role,
                    "source": r.source,
                    "translation": r.translation,
                    "author": r.author,
                    "updated_at": r.updated_at,
                }
                for r in rows
            ]
        )
        return 0
    done, total = session.progress()
    print(f"document {session.doc_id} into {session.lang}: {done} of {total} blocks translated")
    for r in rows:
        source = " ".join(r.source.split())
        print(f"[{r.index}] {r.role}: {source[:70]}")
        if r.translation:
            print(f"     -> {' '.join(r.translation.split())[:70]}")
    return 0


def cmd_translation_set(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    with open_store(args) as store:
        session = _translation_session(store, args)
        session.set(args.block, text)
    print(f"block {args.block} of document {session.doc_id} ({session.lang}) stored")
    return 0


def cmd_translation_check(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        issues = _translation_session(store, args).check()
    if args.json:
        _print_json(
            [
                {
                    "block": i.block,
                    "kind": i.kind,
                    "concept": i.concept_id,
                    "source": i.source,
                    "expected": list(i.expected),
                    "found": i.found,
                    "message": i.message,
                }
                for i in issues
            ]
        )
    else:
        for i in issues:
            print(f"block {i.block}: {i.message}")
        print(f"{len(issues)} issues" if issues else "no issues")
    return 1 if issues else 0


def cmd_translation_export(args: argparse.Namespace) -> int:
    fmt = args.format or ("tmx" if str(args.out).lower().endswith(".tmx") else "tei")
    with open_store(args) as store:
        session = _translation_session(store, args)
        if fmt == "tmx":
            data = export_tmx(
                session.document, session.translations, source_lang(session.document), session.lang
            )
        else:
            data = export_parallel(session.document, session.translations, session.lang)
    path = write_atomic(args.out, data)
    print(f"{len(session.translations)} aligned blocks ({fmt}) -> {path}")
    return 0


def cmd_translation_import(args: argparse.Namespace) -> int:
    p = Path(args.path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(args.path, f"cannot read the file ({exc.strerror or exc})") from None
    if p.suffix.lower() == ".tmx":
        lang, pairs = args.lang, parse_tmx(data, target_lang=args.lang)
    else:
        lang, pairs = parse_parallel(data, p.name)
        lang = args.lang or lang
    with open_store(args) as store:
        doc_id = store.resolve_document(args.document)
        if not lang:
            lang = default_target(store.get_document(doc_id, with_annotations=False))
        result = import_pairs(store, doc_id, lang, pairs)
    print(f"{len(result.filled)} blocks of document {doc_id} translated into {lang} from {p.name}")
    for source in result.unmatched:
        print(f"  no block for: {' '.join(source.split())[:70]}")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        changes = store.redo() if args.redo else store.undo()
    verb = "redone" if args.redo else "undone"
    for c in changes:
        doc = f" (document {c.document_id})" if c.document_id else ""
        print(f"{verb}: {c.action} {c.entity} {c.entity_id}{doc}")
    return 0


# -- parser ---------------------------------------------------------------------------


def _size(text: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    t = text.strip().lower().removesuffix("b").removesuffix("i")
    try:
        if t and t[-1] in units:
            return int(float(t[:-1]) * units[t[-1]])
        return int(t)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (examples: 500000, 20M)") from None


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="database file (default: $GLOSSATOR_DB, else ./annotations.db)",
    )
    parser = argparse.ArgumentParser(
        prog="glossator",
        description="Annotate English texts that carry Russian; build an English-Russian "
        "term base; export TEI P5.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"glossator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str):
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(func=func)
        return p

    p = add(
        "import",
        cmd_import,
        "Import .txt, .html and TEI .xml files, or folders of them, into the database.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to import")
    p.add_argument("--encoding", help="decode with this encoding instead of detecting it")
    p.add_argument(
        "--max-size",
        type=_size,
        default=MAX_BYTES,
        help=f"refuse files larger than this (default {MAX_BYTES // 2**20}M)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="report only problems")

    add("init", cmd_init, "Create the database and import the sample documents if it is empty.")

    p = add("list", cmd_list, "List the documents with their annotation counts.")
    p.add_argument("--filter", help="only documents whose title or file name contains this")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("show", cmd_show, "Show a document: source, metadata, blocks and annotations.")
    p.add_argument("document", metavar="DOC", help="document number, SHA-256 prefix or title")
    p.add_argument("--json", action="store_true", help="print everything as JSON")
    p.add_argument("--text", action="store_true", help="print only the text")

    p = add("search", cmd_search, "Full-text search across documents and term forms.")
    p.add_argument("query", metavar="QUERY", help="words to find (the last may be a prefix)")
    p.add_argument("--limit", type=int, default=50, help="at most this many hits of each kind")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("analyze", cmd_analyze, "Analyse a file without touching the database.")
    p.add_argument("path", metavar="PATH", help="a .txt or .html file")
    p.add_argument("--json", action="store_true", help="print the analysis as JSON")
    p.add_argument(
        "--terms", action="store_true", help="link to the term base of the database (read only)"
    )
    p.add_argument(
        "--scheme",
        default=DEFAULT_SCHEME,
        choices=sorted(SCHEMES),
        metavar="SCHEME",
        help=f"romanization for Cyrillic spans (default {DEFAULT_SCHEME}; "
        f"any of: {', '.join(sorted(SCHEMES))})",
    )
    p.add_argument("--encoding", help="decode with this encoding instead of detecting it")
    p.add_argument("--max-size", type=_size, default=MAX_BYTES, help="size limit")

    p = add(
        "export",
        cmd_export,
        "Export documents as TEI P5: inline markup, the term base in standOff, the change "
        "log in revisionDesc. Files are written atomically and validated.",
    )
    p.add_argument("documents", nargs="*", metavar="DOC", help="documents to export")
    p.add_argument("--all", action="store_true", help="every document")
    p.add_argument("--out", default=".", metavar="DIR", help="folder to write into (default .)")
    p.add_argument(
        "--suggestions", action="store_true", help="include suggestions, with @cert and @resp"
    )
    p.add_argument(
        "--schema", metavar="RNG", help="validate against this RELAX NG schema (e.g. tei_all.rng)"
    )

    p = add(
        "validate",
        cmd_validate,
        "Check TEI files against Glossator's TEI profile or a RELAX NG schema you name.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="TEI files")
    p.add_argument("--schema", metavar="RNG", help="a RELAX NG schema (default: the profile)")
    p.add_argument("--jing", action="store_true", help="validate with jing instead of lxml")

    p = add(
        "revise",
        cmd_revise,
        "Store a corrected text as a document's new revision; annotations are re-anchored.",
    )
    p.add_argument("document", metavar="DOC", help="the document to correct")
    p.add_argument("path", metavar="PATH", help="the corrected .txt or .html file")
    p.add_argument("--encoding", help="decode with this encoding instead of detecting it")

    p = add(
        "reanalyze",
        cmd_reanalyze,
        "Run the analyzers again on stored documents: undecided suggestions are replaced, "
        "accepted and rejected work is kept.",
    )
    p.add_argument("documents", nargs="*", metavar="DOC", help="documents to analyse")
    p.add_argument("--all", action="store_true", help="every document")

    terms = sub.add_parser(
        "terms",
        help="The term base: concepts with English, Cyrillic and romanized forms.",
        description="The term base: concepts with English, Cyrillic and romanized forms.",
        parents=[common],
    )
    tsub = terms.add_subparsers(
        dest="terms_command", metavar="ACTION", help="what to do with the term base"
    )
    tsub.required = True

    def tadd(name: str, func: Callable[[argparse.Namespace], int], help_text: str):
        tp = tsub.add_parser(name, help=help_text, description=help_text, parents=[common])
        tp.set_defaults(func=func)
        return tp

    tp = tadd("list", cmd_terms_list, "List concepts with their forms.")
    tp.add_argument("--filter", help="only concepts with a form containing this")
    tp.add_argument(
        "--status", choices=["preferred", "admitted", "deprecated", "suggested"], help="by status"
    )
    tp.add_argument("--limit", type=int, help="at most this many")
    tp.add_argument("--json", action="store_true", help="print JSON")
    tp = tadd("show", cmd_terms_show, "Show a concept: forms, links and occurrences.")
    tp.add_argument("concept", type=int, metavar="ID", help="concept number")
    tp.add_argument("--json", action="store_true", help="print JSON")
    tp = tadd("add", cmd_terms_add, "Add a concept with its forms.")
    tp.add_argument("--ru", help="the Cyrillic form (lemma)")
    tp.add_argument("--latin", action="append", help="a romanized form (repeatable)")
    tp.add_argument("--scheme", help="the romanized forms' scheme (default: recognised)")
    tp.add_argument("--en", action="append", help="an English equivalent (repeatable)")
    tp.add_argument("--acronym", action="append", help="an acronym, Latin or Cyrillic")
    tp.add_argument(
        "--status",
        default="admitted",
        choices=["preferred", "admitted", "deprecated"],
        help="default admitted",
    )
    tp.add_argument("--note", help="a free note")
    tp = tadd("set", cmd_terms_set, "Change a concept's status (e.g. accept a suggestion) or note.")
    tp.add_argument("concept", type=int, metavar="ID", help="concept number")
    tp.add_argument(
        "--status", choices=["preferred", "admitted", "deprecated", "suggested"], help="new status"
    )
    tp.add_argument("--note", help="new note")
    tp = tadd("merge", cmd_terms_merge, "Merge concept OTHER into KEEP.")
    tp.add_argument("keep", type=int, metavar="KEEP", help="the concept that stays")
    tp.add_argument("other", type=int, metavar="OTHER", help="the concept merged into it")
    tp = tadd(
        "lookup",
        cmd_terms_lookup,
        "Find concepts that sound like a word or phrase, and its Cyrillic readings.",
    )
    tp.add_argument("text", metavar="TEXT", help="romanized, Cyrillic or English")
    tp.add_argument("--json", action="store_true", help="print JSON")
    tp = tadd(
        "export",
        cmd_terms_export,
        "Write the term base as TBX (TBX-Basic), an OmegaT glossary (.utf8) or CSV.",
    )
    tp.add_argument("path", metavar="PATH", help="the file (.tbx, .utf8 or .csv)")
    tp.add_argument("--format", choices=GLOSSARY_FORMATS, help="default: from the file name")
    tp.add_argument("--suggested", action="store_true", help="include unconfirmed concepts")
    tp = tadd(
        "import",
        cmd_terms_import,
        "Merge a TBX, OmegaT or CSV glossary into the term base: matching concepts are merged, "
        "conflicts listed, confirmed concepts never overwritten.",
    )
    tp.add_argument("path", metavar="PATH", help="the glossary file")
    tp.add_argument("--format", choices=GLOSSARY_FORMATS, help="default: from the file")
    tp.add_argument("--encoding", help="the file's encoding (default: detected)")
    tp.add_argument(
        "--status",
        default="admitted",
        choices=["preferred", "admitted", "deprecated", "suggested"],
        help="status of new concepts the file gives none for (default admitted)",
    )
    tp.add_argument("--json", action="store_true", help="print the merge report as JSON")

    anns = sub.add_parser(
        "annotations",
        help="Exchange a document's annotations as W3C Web Annotations (JSON-LD).",
        description="Exchange a document's annotations as W3C Web Annotations (JSON-LD).",
        parents=[common],
    )
    asub = anns.add_subparsers(dest="annotations_command", metavar="ACTION", help="what to do")
    asub.required = True
    ap = asub.add_parser(
        "export",
        help="Write a document's annotations as a W3C AnnotationCollection.",
        description="Write a document's annotations as a W3C AnnotationCollection.",
        parents=[common],
    )
    ap.set_defaults(func=cmd_annotations_export)
    ap.add_argument("document", metavar="DOC", help="the document")
    ap.add_argument("path", metavar="OUT", help="the JSON-LD file to write")
    ap.add_argument("--base-uri", help="the document's URI (default urn:glossator:document:SHA)")
    ap.add_argument(
        "--status",
        action="append",
        choices=["suggested", "accepted", "rejected"],
        help="only annotations with this status (repeatable)",
    )
    ap = asub.add_parser(
        "import",
        help="Add W3C Web Annotations (or Hypothesis exports) to a document.",
        description="Add W3C Web Annotations (or Hypothesis exports) to a document; each is "
        "placed by its position, else by its quote and context.",
        parents=[common],
    )
    ap.set_defaults(func=cmd_annotations_import)
    ap.add_argument("document", metavar="DOC", help="the document")
    ap.add_argument("path", metavar="FILE", help="the JSON or JSON-LD file")
    ap.add_argument(
        "--keep-duplicates", action="store_true", help="add annotations already present too"
    )

    tr = sub.add_parser(
        "translation",
        help="A document's translation, block by block: show, set, check, export, import.",
        description="A document's translation, block by block: show, set, check, export, import.",
        parents=[common],
    )
    trsub = tr.add_subparsers(dest="translation_command", metavar="ACTION", help="what to do")
    trsub.required = True

    def tradd(name: str, func: Callable[[argparse.Namespace], int], help_text: str):
        tp = trsub.add_parser(name, help=help_text, description=help_text, parents=[common])
        tp.set_defaults(func=func)
        tp.add_argument("document", metavar="DOC", help="the document")
        tp.add_argument(
            "--lang", choices=TARGET_LANGS, help="the translation's language (default: guessed)"
        )
        return tp

    tp = tradd("show", cmd_translation_show, "Show the blocks beside their translations.")
    tp.add_argument("--json", action="store_true", help="print JSON")
    tp = tradd("set", cmd_translation_set, "Store the translation of one block (undoable).")
    tp.add_argument("block", type=int, metavar="BLOCK", help="the block number (see show)")
    tp.add_argument("text", metavar="TEXT", help="the translation; - reads standard input")
    tp = tradd(
        "check",
        cmd_translation_check,
        "List blocks where a term's target form is missing, or a romanized name's Cyrillic "
        "differs from the term base.",
    )
    tp.add_argument("--json", action="store_true", help="print JSON")
    tp = tradd(
        "export",
        cmd_translation_export,
        "Write the pair as parallel TEI (linked block by block) or TMX 1.4.",
    )
    tp.add_argument("out", metavar="OUT", help="the file to write (.xml or .tmx)")
    tp.add_argument("--format", choices=["tei", "tmx"], help="default: from the file name")
    tp = tradd(
        "import",
        cmd_translation_import,
        "Fill the translation from a TMX or parallel TEI file; segments are matched to blocks "
        "by their source text.",
    )
    tp.add_argument("path", metavar="FILE", help="a .tmx or parallel TEI .xml file")

    p = add(
        "undo",
        cmd_undo,
        "Undo your last change (as recorded in the change log); --redo makes it again.",
    )
    p.add_argument("--redo", action="store_true", help="redo the last undone change")

    p = add("log", cmd_log, "Show the change log, newest first.")
    p.add_argument("document", nargs="?", metavar="DOC", help="only this document's changes")
    p.add_argument("--limit", type=int, default=50, help="how many entries")
    p.add_argument("--json", action="store_true", help="print JSON")

    # Commands from packages the core must not import (the desktop app registers `gui`).
    for ep in sorted(entry_points(group=PLUGIN_GROUP), key=lambda e: e.name):
        register = ep.load()
        register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except GlossatorError as exc:
        print(f"glossator: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`glossator show 1 --json | head`): not an error of ours.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("glossator: interrupted; every file finished before now is stored", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
