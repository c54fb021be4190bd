"""Failures of TEI import, export and validation: one class per kind, each message saying what
is wrong and what to do. All are :class:`glossator.errors.GlossatorError` (via ``InputError``,
so a caller reports them like any other unreadable file)."""

from __future__ import annotations

from glossator.errors import GlossatorError, InputError


class TeiError(InputError):
    """Base class of TEI input problems; ``path`` names the file (or '<bytes>')."""


class TeiTooLargeError(TeiError):
    """The file is larger than the import limit."""


class TeiMalformedError(TeiError):
    """The bytes are not well-formed XML; ``line`` and ``column`` locate the first error."""

    def __init__(self, path: str, problem: str, advice: str = "", line: int = 0, column: int = 0):
        self.line = line
        self.column = column
        super().__init__(path, problem, advice)


class TeiEntityError(TeiError):
    """The document declares entities (a DOCTYPE internal subset): possible expansion bomb."""


class TeiExternalEntityError(TeiError):
    """The document refers to an external DTD or external entities; they are never fetched."""


class TeiDuplicateIdError(TeiError):
    """Two elements share one xml:id."""


class TeiNotTeiError(TeiError):
    """The root element is not a TEI P5 ``<TEI>`` element."""


class TeiExportError(GlossatorError):
    """A document cannot be written as XML (e.g. its text holds characters XML forbids)."""


class JingMissingError(GlossatorError):
    """``jing`` is not installed or not on PATH."""
