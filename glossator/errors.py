"""Failures a user can see. Each message says what is wrong and what to do."""

from __future__ import annotations


class GlossatorError(Exception):
    """Base class: a problem to report to the user in one line, not a crash."""


class InputError(GlossatorError):
    """A file that cannot be imported. ``path`` names it."""

    def __init__(self, path: str, problem: str, advice: str = "") -> None:
        self.path = path
        self.problem = problem
        self.advice = advice
        msg = f"{path}: {problem}"
        if advice:
            msg += f" — {advice}"
        super().__init__(msg)


class FileMissingError(InputError):
    """The path does not exist."""


class UnreadableFileError(InputError):
    """The operating system refused to read the file."""


class EmptyFileError(InputError):
    """The file has no content, or only white space."""


class BinaryFileError(InputError):
    """The file holds binary data, not text."""


class UndecodableError(InputError):
    """The bytes cannot be decoded in the detected or requested encoding."""


class TooLargeError(InputError):
    """The file is above the size limit."""


class UnsupportedFormatError(InputError):
    """The file's extension is not one Glossator reads."""


class StoreError(GlossatorError):
    """The database cannot be opened or used."""


class NotFoundError(GlossatorError):
    """A document, annotation or concept that does not exist was asked for."""
