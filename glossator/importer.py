"""Importing files and folders into the store: one transaction per file, bad files reported
and skipped, the rest imported."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from glossator.analysis import analyze_source
from glossator.errors import (
    FileMissingError,
    GlossatorError,
    InputError,
    UnreadableFileError,
)
from glossator.ingest.reader import MAX_BYTES, read_source
from glossator.model import Analysis, SourceFile
from glossator.store import ImportOutcome, Store
from glossator.translit import TermIndex

# What a folder import picks up; a file named on the command line is tried whatever its name.
SUPPORTED_SUFFIXES = (".txt", ".text", ".html", ".htm")

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"

# A reader for another format, given by the caller (the CLI gives one for TEI XML, which the
# core may not import): path -> the decoded source and its analysis.
Reader = Callable[[str], tuple[SourceFile, Analysis]]


@dataclass(slots=True)
class FileResult:
    path: str
    outcome: ImportOutcome | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome is not None


@dataclass(slots=True)
class ImportReport:
    results: list[FileResult] = field(default_factory=list)

    @property
    def imported(self) -> list[FileResult]:
        return [r for r in self.results if r.outcome and r.outcome.created]

    @property
    def duplicates(self) -> list[FileResult]:
        return [r for r in self.results if r.outcome and not r.outcome.created]

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if not r.ok]


def expand_paths(
    paths: Iterable[str | os.PathLike[str]],
    suffixes: tuple[str, ...] = SUPPORTED_SUFFIXES,
) -> Iterator[tuple[str, InputError | None]]:
    """Files to import, in a stable order: each named file, and the supported files below each
    named folder. Problems (missing paths, unreadable folders) come out as errors, in place."""
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield (
                str(path),
                FileMissingError(
                    str(path), "no such file or folder", "check the path and try again"
                ),
            )
        elif path.is_dir():
            yield from _walk(path, suffixes)
        else:
            yield str(path), None


def _walk(folder: Path, suffixes: tuple[str, ...]) -> Iterator[tuple[str, InputError | None]]:
    errors: list[OSError] = []
    found = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(suffixes) and not name.startswith("."):
                found.append(os.path.join(root, name))
    yield from ((f, None) for f in found)
    for err in errors:
        yield (
            str(err.filename or folder),
            UnreadableFileError(
                str(err.filename or folder),
                f"cannot read this folder ({err.strerror})",
                "check its permissions",
            ),
        )


def term_index(store: Store) -> TermIndex:
    """An in-memory index of every term base form, for linking what analysis finds."""
    index = TermIndex()
    for concept_id, text, lang in store.term_forms():
        index.add(concept_id, text, lang)
    return index


def import_file(
    store: Store,
    path: str,
    encoding: str | None = None,
    max_bytes: int = MAX_BYTES,
    termbase: TermIndex | None = None,
    readers: Mapping[str, Reader] | None = None,
) -> ImportOutcome:
    """Read, analyse and store one file (one transaction). Raises :class:`InputError`.

    ``termbase`` is kept up to date with the concepts the import creates, so a run over many
    files proposes each new concept once. ``readers`` maps file suffixes to readers of other
    formats, whose analysis is stored as it is.
    """
    reader = (readers or {}).get(Path(path).suffix.lower())
    if reader is not None:
        source, analysis = reader(path)
    else:
        source, analysis = read_source(path, encoding=encoding, max_bytes=max_bytes), None
    # The same bytes again: say which document they are, without analysing them.
    existing = store.find_by_sha256(source.sha256)
    if existing is not None:
        return ImportOutcome(existing, False, store.get_document(existing, False).title)
    if termbase is None:
        termbase = term_index(store)
    if analysis is None:
        analysis = analyze_source(source, termbase)
    outcome = store.import_document(source, analysis)
    for concept_id in outcome.concepts_created:
        for form in store.get_term(concept_id).forms:
            termbase.add(concept_id, form.text, form.lang)
    return outcome


def import_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    encoding: str | None = None,
    max_bytes: int = MAX_BYTES,
    progress: Callable[[int, int, str], None] | None = None,
    readers: Mapping[str, Reader] | None = None,
) -> ImportReport:
    """Import every file under ``paths``; a bad file is reported and skipped."""
    report = ImportReport()
    todo = list(expand_paths(paths, SUPPORTED_SUFFIXES + tuple(readers or ())))
    termbase = term_index(store)
    for i, (path, problem) in enumerate(todo):
        if progress:
            progress(i, len(todo), path)
        if problem is not None:
            report.results.append(FileResult(path, error=str(problem)))
            continue
        try:
            outcome = import_file(store, path, encoding, max_bytes, termbase, readers)
        except GlossatorError as exc:
            report.results.append(FileResult(path, error=str(exc)))
        else:
            report.results.append(FileResult(path, outcome))
    if progress:
        progress(len(todo), len(todo), "")
    return report


def ensure_seeded(store: Store, seeds_dir: Path = SEEDS_DIR) -> ImportReport | None:
    """On a database with no documents, import the sample documents shipped in seeds/,
    so the first thing a new user sees is a real document."""
    if store.document_count() or not seeds_dir.is_dir():
        return None
    return import_paths(store, [seeds_dir])
