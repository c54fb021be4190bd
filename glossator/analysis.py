"""One pass over a text: blocks with role and language, Cyrillic and romanized Russian spans,
suggested annotations, and the term base concepts they belong to.

Suggestions are never decisions: every Cyrillic run inside a block that is not itself Russian
(English, "mixed", "und", ...) becomes a ``foreign`` annotation with ``xml:lang="ru"`` (or the
run's language when its letters say Ukrainian, Belarusian, ...), origin ``auto:script``; every
romanized Russian span becomes a ``foreign`` annotation with ``xml:lang="ru-Latn"``, its
Cyrillic, lemma, scheme and score, origin ``auto:translit``; citations, editor's insertions,
dates, hyphenation breaks and quotations come from :mod:`glossator.editorial`. All have status
``suggested``, for an editor to accept or reject.
"""

from __future__ import annotations

from bisect import bisect_right

from glossator.editorial import find_editorial
from glossator.ingest.reader import normalize_text
from glossator.ingest.segment import extract_metadata, segment
from glossator.lang import cyrillic_spans
from glossator.model import Analysis, Annotation, Block, SourceFile, Span, quote_and_context
from glossator.termlink import propose_terms
from glossator.translit import (
    TermIndex,
    find_cyrillic,
    find_homoglyphs,
    find_romanized,
    match_acronyms,
)

ORIGIN_SCRIPT = "auto:script"
ORIGIN_TRANSLIT = "auto:translit"
DEFAULT_SCHEME = "bgn-pcgn"
ACRONYM_MAX = 7

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
        quote, prefix, suffix = quote_and_context(text, span.start, span.end)
        out.append(
            Annotation(
                start=span.start,
                end=span.end,
                type="foreign",
                quote=quote,
                prefix=prefix,
                suffix=suffix,
                attributes={"xml:lang": span.lang},
                status="suggested",
                origin=ORIGIN_SCRIPT,
            )
        )
    return out


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= ACRONYM_MAX and word.isalpha() and word.isupper()


def _describe_cyrillic(text: str, spans: list[Span], scheme: str) -> None:
    """Give each Cyrillic span its romanization in ``scheme`` and its lemma."""
    described = {(c.start, c.end): c for c in find_cyrillic(text, scheme)}
    for span in spans:
        c = described.get((span.start, span.end))
        if c is not None:
            span.extra.update({"romanized": c.romanized, "lemma": c.lemma, "scheme": scheme})


def _romanized_spans(text: str, blocks: list[Block], termbase: TermIndex | None):
    found = []
    for b in blocks:
        if b.lang not in CYRILLIC_LANGS:
            found.extend(find_romanized(text, b.start, b.end, termbase))
    return found


def _translit_suggestion(text: str, r) -> Annotation:
    quote, prefix, suffix = quote_and_context(text, r.start, r.end)
    attributes = {
        "xml:lang": "ru-Latn",
        "cyrillic": r.cyrillic,
        "lemma": r.lemma,
        "scheme": r.scheme,
        "cert": round(r.score, 3),
    }
    if r.kind == "acronym":
        attributes["kind"] = "acronym"
    return Annotation(
        start=r.start,
        end=r.end,
        type="foreign",
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        attributes=attributes,
        status="suggested",
        origin=ORIGIN_TRANSLIT,
    )


def analyze_text(
    text: str,
    encoding: str = "utf-8",
    *,
    format: str = "txt",
    termbase: TermIndex | None = None,
    scheme: str = DEFAULT_SCHEME,
) -> Analysis:
    """Analyse a text. It is first brought to the stored form (NFC, "\\n" line endings), which
    is ``Analysis.text``: all offsets refer to it (a text from :func:`read_source` is unchanged).

    ``termbase`` links what is found to existing concepts; ``scheme`` is the romanization
    given to Cyrillic spans.
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
    _describe_cyrillic(text, spans, scheme)
    suggestions = foreign_suggestions(text, blocks, spans)
    by_span = {(sp.start, sp.end): sp for sp in spans}
    for a in suggestions:
        sp = by_span.get((a.start, a.end))
        if sp is not None and "lemma" in sp.extra:
            a.attributes.update(
                {"lemma": sp.extra["lemma"], "romanized": sp.extra["romanized"], "scheme": scheme}
            )
            if _is_acronym(a.quote):
                a.attributes["kind"] = "acronym"

    romanized = _romanized_spans(text, blocks, termbase)
    for r in romanized:
        extra = {k: v for k, v in r.to_dict().items() if k not in ("start", "end", "text")}
        spans.append(Span(r.start, r.end, r.text, "ru-Latn", "Latn", extra))
        suggestions.append(_translit_suggestion(text, r))
    suggestions.extend(find_editorial(text, blocks))
    spans.sort(key=lambda s: (s.start, s.end))
    suggestions.sort(key=lambda a: (a.start, a.end))
    links = match_acronyms(text, romanized)

    metadata = extract_metadata(text, blocks)
    metadata["format"] = format
    return Analysis(
        text=text,
        encoding=encoding,
        blocks=blocks,
        spans=spans,
        suggestions=suggestions,
        metadata=metadata,
        terms=propose_terms(text, suggestions, links, termbase),
        homoglyphs=[
            {
                "start": h.start,
                "end": h.end,
                "text": h.text,
                "fixed": h.fixed,
                "script": h.script,
                "positions": h.positions,
            }
            for h in find_homoglyphs(text)
        ],
        acronyms=[
            {
                "acronym": _part(link.acronym),
                "latin": _part(link.latin),
                "cyrillic": _part(link.cyrillic),
                "english": _part(link.english),
                "cyrillic_acronym": link.cyrillic_acronym,
                "score": round(link.score, 3),
            }
            for link in links
        ],
    )


def _part(part: tuple[int, int, str] | None) -> dict | None:
    if part is None:
        return None
    return {"start": part[0], "end": part[1], "text": part[2]}


def analyze_source(
    src: SourceFile, termbase: TermIndex | None = None, scheme: str = DEFAULT_SCHEME
) -> Analysis:
    """Analyse a file read with :func:`glossator.ingest.read_source`."""
    return analyze_text(src.text, src.encoding, format=src.format, termbase=termbase, scheme=scheme)
