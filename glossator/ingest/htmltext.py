"""Plain text from HTML, with the block structure kept as blank lines.

lxml.html parses the page; no network access, no external entities. Scripts, styles and the
head are dropped (the <title> text becomes the first block), block-level elements become blank
lines, <br> and list items line breaks, table cells on one row are joined by " | " (old sites lay
out their navigation bars as tables), inline white space is collapsed, link text is kept.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

# Elements whose content is never text of the document.
_SKIP = frozenset(
    "script style noscript head template iframe object embed applet svg math select"
    " option datalist button map area audio video canvas".split()
)
# Elements that start and end a block: a blank line before and after.
_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 blockquote pre table section article header footer nav aside main"
    " ul ol dl form fieldset figure figcaption address center hgroup details summary caption"
    " body html frameset noframes legend menu dir".split()
)
# Elements that start and end a line inside a block.
_LINE = frozenset("li dt dd tr option".split())
# Table cells: joined on one line by " | ".
_CELL = frozenset(("td", "th"))

_WS_RE = re.compile(r"[ \t\n\r\f\v]+")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.S)

# Markers in the stream of pieces.
_BLOCK_BREAK = "\x00B"
_LINE_BREAK = "\x00L"
_CELL_BREAK = "\x00C"
_PRE = "\x01"  # starts a piece of preformatted text, whose spaces are kept


def _walk(el, out: list[str], pre: bool) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = tag.rsplit("}", 1)[-1].lower()
    if tag in _SKIP or not tag:  # comments, processing instructions, skipped elements
        _text(el.tail, out, pre)
        return
    if tag == "br":
        out.append(_LINE_BREAK)
    elif tag == "hr":
        out.append(_BLOCK_BREAK)
    else:
        if tag in _BLOCK:
            marker = _BLOCK_BREAK
        elif tag in _LINE:
            marker = _LINE_BREAK
        elif tag in _CELL:
            # A short cell is an item of a row ("Home | Forum"); a cell holding paragraphs or
            # lines (the content or menu column of a layout table) is a block of its own.
            marker = _BLOCK_BREAK if _is_layout_cell(el) else _CELL_BREAK
        else:
            marker = None
        inner_pre = pre or tag in ("pre", "textarea", "listing", "plaintext", "xmp")
        if marker:
            out.append(marker)
        _text(el.text, out, inner_pre)
        for child in el:
            _walk(child, out, inner_pre)
        if marker:
            out.append(marker)
    _text(el.tail, out, pre)


def _is_layout_cell(el) -> bool:
    if len(el.text_content()) > 100:
        return True
    return any(
        isinstance(d.tag, str) and (d.tag in _BLOCK or d.tag in ("br", "li", "td"))
        for d in el.iterdescendants()
    )


def _text(s: str | None, out: list[str], pre: bool) -> None:
    if not s:
        return
    if pre:
        lines = s.split("\n")
        for i, line in enumerate(lines):
            if i:
                out.append(_LINE_BREAK)
            if line:
                out.append(_PRE + line)
    else:
        out.append(_WS_RE.sub(" ", s))


def _assemble(pieces: list[str]) -> str:
    """Join the pieces: blocks separated by one blank line, lines by one newline."""
    blocks: list[list[str]] = []  # each block is a list of lines
    lines: list[str] = []
    cells: list[str] = []
    cur: list[str] = []

    def end_cell() -> None:
        if any(p.startswith(_PRE) for p in cur):
            text = "".join(p.removeprefix(_PRE) for p in cur).rstrip()
        else:
            text = _WS_RE.sub(" ", "".join(cur)).strip()
        cur.clear()
        if text:
            cells.append(text)

    def end_line() -> None:
        end_cell()
        if cells:
            lines.append(" | ".join(cells))
        cells.clear()

    def end_block() -> None:
        end_line()
        if lines:
            blocks.append(list(lines))
        lines.clear()

    for piece in pieces:
        if piece == _BLOCK_BREAK:
            end_block()
        elif piece == _LINE_BREAK:
            end_line()
        elif piece == _CELL_BREAK:
            end_cell()
        else:
            cur.append(piece)
    end_block()
    return "\n\n".join("\n".join(lines) for lines in blocks)


def html_to_text(html: str) -> str:
    """The text of an HTML page (already decoded), blocks separated by blank lines."""
    html = _XML_DECL_RE.sub("", html, count=1)  # lxml refuses str input with an encoding decl
    if not html.strip():
        return ""
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, default_doctype=False
    )
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return ""
    title = root.find(".//title")
    title_text = _WS_RE.sub(" ", title.text_content()).strip() if title is not None else ""
    pieces: list[str] = []
    _walk(root, pieces, pre=False)
    text = _assemble(pieces)
    # The title becomes the first block, unless the page starts with the same text already.
    if title_text and text.split("\n\n", 1)[0].strip() != title_text:
        text = f"{title_text}\n\n{text}" if text else title_text
    return text
