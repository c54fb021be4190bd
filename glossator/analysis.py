"""One pass over a text: blocks with role and language, Cyrillic spans, suggested annotations.

Suggestions are never decisions: every Cyrillic run inside a block that is not itself Russian
(English, "mixed", "und", ...) becomes a ``foreign`` annotation with ``xml:lang="ru"`` (or the
run's language when its letters say Ukrainian, Belarusian, ...), status ``suggested`` and origin
``auto:script``, for an editor to accept or reject.
"""

from __future__ import annotations

from bisect import bisect_right

from glossator.ingest.reader import normalize_text
from glossator.ingest.segment import extract_metadata, segment
from glossator.lang import cyrillic_spans
from glossator.model import Analysis, Annotation, Block, SourceFile, Span

ORIGIN_SCRIPT = "auto:script"
CONTEXT_CHARS = 32

# Block languages written in Cyrillic: a Cyrillic run in such a block is not foreign to it.
CYRILLIC_LANGS = frozenset({"ru", "uk", "be", "bg", "mk", "sr"})


def _block_of(blocks: list[Block], starts: list[int], pos: int) -> Block | None:
    i = bisect_right(starts, pos) - 1
    if i >= 0 and blocks[i].start <= pos < blocks[i].end:
        return blocks[i]
    return None


def foreign_suggestions(text: str, blocks: list[Block], spans: list[Span]) -> list[Annotation]:
    """A suggested ``foreign`` annotation for each Cyrillic span whose language is not its block's.

    ``prefix``/``suffix`` are up to 32 characters of the text before/after the span (stand-off
    anchoring context).
    """
    starts = [b.start for b in blocks]
    out: list[Annotation] = []
    for span in spans:
        block = _block_of(blocks, starts, span.start)
        if block is not None and block.lang in CYRILLIC_LANGS and block.lang == span.lang:
            continue  # Russian in a Russian block is not foreign (Ukrainian in it would be)
        out.append(
            Annotation(
                start=span.start,
                end=span.end,
                type="foreign",
                quote=span.text,
                prefix=text[max(0, span.start - CONTEXT_CHARS) : span.start],
                suffix=text[span.end : span.end + CONTEXT_CHARS],
                attributes={"xml:lang": span.lang},
                status="suggested",
                origin=ORIGIN_SCRIPT,
            )
        )
    return out


def analyze_text(text: str, encoding: str = "utf-8", *, format: str = "txt") -> Analysis:
    """Analyse a text. It is first brought to the stored form (NFC, "\\n" line endings), which
    is ``Analysis.text``: all offsets refer to it (a text from :func:`read_source` is unchanged).
    """
    text = normalize_text(text)
    blocks = segment(text)
    spans = sorted(cyrillic_spans(text), key=lambda s: (s.start, s.end))
    # A Cyrillic run without letters of its own language ("ru" by default) in a block of another
    # Cyrillic language (Ukrainian, say) takes the block's language.
    starts = [b.start for b in blocks]
    for span in spans:
        block = _block_of(blocks, starts, span.start)
        if block is not None and block.lang in CYRILLIC_LANGS and span.lang == "ru":
            span.lang = block.lang
    metadata = extract_metadata(text, blocks)
    metadata["format"] = format
    return Analysis(
        text=text,
        encoding=encoding,
        blocks=blocks,
        spans=spans,
        suggestions=foreign_suggestions(text, blocks, spans),
        metadata=metadata,
    )


def analyze_source(src: SourceFile) -> Analysis:
    """Analyse a file read with :func:`glossator.ingest.read_source`."""
    return analyze_text(src.text, src.encoding, format=src.format)
