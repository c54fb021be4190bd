"""What an export needs, gathered by the caller (cli, gui) from the store."""

from __future__ import annotations

from dataclasses import dataclass, field

from glossator.model import Change, Document, Link, Term


@dataclass(slots=True)
class ExportBundle:
    """A document with the term base concepts its annotations refer to.

    ``terms`` are the concepts named by ``attributes["concept"]`` of the annotations;
    ``links`` connect their forms (``("form", id)``) or annotations (``("annotation", id)``);
    ``changes`` is the change log, newest first. Suggested annotations are exported only
    when ``include_suggestions`` is true.
    """

    document: Document
    terms: list[Term] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    include_suggestions: bool = False
    source_url: str = ""
