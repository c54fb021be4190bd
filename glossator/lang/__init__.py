"""Script and language identification, per block and per span."""

from glossator.lang.detect import block_language, english_share, langdetect_language, preload
from glossator.lang.script import (
    CYRILLIC,
    LATIN,
    OTHER,
    cyrillic_run_language,
    cyrillic_spans,
    cyrillic_text_language,
    letter_script,
    script_counts,
    script_runs,
)

__all__ = [
    "CYRILLIC",
    "LATIN",
    "OTHER",
    "block_language",
    "cyrillic_run_language",
    "cyrillic_spans",
    "cyrillic_text_language",
    "english_share",
    "langdetect_language",
    "letter_script",
    "preload",
    "script_counts",
    "script_runs",
]
