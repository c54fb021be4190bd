"""TEI P5 -> model: text, blocks, annotations, metadata and term base proposals.

Two readings:

- A file written by Glossator (``appInfo/application[@ident="glossator"]`` with the stand-off
  records) comes back exactly: the text is the character data of ``<text>`` (without the
  ``<reg>`` of ``<choice>``, which Glossator adds), blocks are its block elements, and
  annotations are the stand-off records (type, offsets, attributes, status, origin, author).
- Any other TEI file: every character of ``<text>`` is kept, in blocks (paragraph-like
  elements; stray text becomes a block of its own), white space collapsed as TEI processors
  do; persName, orgName, placeName, date, foreign, term, note, bibl, q and choice become
  annotations (status ``accepted``, origin ``import:tei``); other elements are reported in one
  summary line.

Input is parsed by :func:`tei.safe.parse_secure`: no entities, DTDs or network.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from glossator.errors import InputError
from glossator.model import (
    Annotation,
    Block,
    Change,
    Link,
    Term,
    TermForm,
    TermProposal,
    quote_and_context,
)
from tei.common import (
    APP_IDENT,
    ELEMENT_ROLE,
    GAP_TYPE,
    GLOSS,
    LANG_FROM_XML,
    LINK_KIND,
    NAME_LISTS,
    RECORDS_TYPE,
    STRING_RANGE,
)
from tei.errors import TeiMalformedError, TeiTooLargeError
from tei.ns import XML_ID, XML_LANG, XML_SPACE, in_tei, local_name, prefixed, tei
from tei.safe import MAX_BYTES, parse_secure

ORIGIN = "import:tei"

# Elements mapped to annotations of the same type; <choice> becomes "reg".
ANNOTATION_TAGS = {
    "persName",
    "orgName",
    "placeName",
    "date",
    "foreign",
    "term",
    "note",
    "bibl",
    "q",
    "choice",
}
# Paragraph-like elements: each outermost one is a block.
BLOCK_TAGS = {
    "p",
    "ab",
    "head",
    "l",
    "item",
    "label",
    "byline",
    "dateline",
    "salute",
    "signed",
    "trailer",
    "docTitle",
    "titlePart",
    "docAuthor",
    "docDate",
    "docImprint",
    "argument",
    "epigraph",
    "cell",
    "speaker",
    "stage",
    "fw",
    "note",
    "bibl",
    "q",
    "quote",
    "biblStruct",
    "caption",
    "figDesc",
    "addrLine",
    "seg",
}
# Containers of blocks: text directly inside them, outside any block, is a block of its own.
STRUCTURAL = {
    "text",
    "front",
    "body",
    "back",
    "group",
    "div",
    "div1",
    "div2",
    "div3",
    "div4",
    "div5",
    "div6",
    "div7",
    "lg",
    "list",
    "listBibl",
    "table",
    "row",
    "sp",
    "spGrp",
    "opener",
    "closer",
    "floatingText",
    "figure",
    "postscript",
    "titlePage",
    "castList",
    "castGroup",
    "castItem",
    "address",
    "epilogue",
    "prologue",
    "performance",
    "set",
}
TITLE_TAGS = {"head", "docTitle", "titlePart"}
BYLINE_TAGS = {"byline", "docAuthor"}
CHOICE_PARTS = {"sic", "corr", "orig", "reg", "abbr", "expan", "seg", "unclear", "supplied"}
REG_PARTS = ("reg", "corr", "expan")
ORIG_PARTS = ("orig", "sic", "abbr")
BREAKS = {"lb", "pb", "cb"}
_WS = re.compile(r"[ \t\r\n]+")
_CHANGE = re.compile(r"^(\S+) (\S+)(?: (-?\d+))?(?: \(document (-?\d+)\))?$")


@dataclass(slots=True)
class TeiImport:
    """What a TEI file holds, as model objects.

    ``terms`` are proposals: ``occurrences`` index ``annotations``, ``links`` join indexes of
    ``term.forms``. ``links`` (all of them, with score, scheme and status) and ``changes``
    (the revision history) are filled for files written by Glossator. ``report`` has one line
    per kind of thing that was not mapped.
    """

    text: str
    blocks: list[Block] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    terms: list[TermProposal] = field(default_factory=list)
    report: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    source: dict[str, str] = field(default_factory=dict)
    glossator: bool = False


def parse_tei_file(path: str | Path, *, max_bytes: int = MAX_BYTES) -> TeiImport:
    """Read and parse a TEI file (see :func:`parse_tei`); the size limit is checked before
    the file is read."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise TeiTooLargeError(
                str(p),
                f"the file has {size:,} bytes, more than the limit of {max_bytes:,}",
                "split it into several TEI files, or raise the limit if you trust the file",
            )
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(str(p), f"cannot read the file: {exc.strerror or exc}") from None
    return parse_tei(data, p.name, max_bytes=max_bytes)


def parse_tei(data: bytes, name: str = "", *, max_bytes: int = MAX_BYTES) -> TeiImport:
    """Parse TEI bytes into text, blocks, annotations, metadata and term proposals.

    Glossator's own exports come back exactly; other TEI keeps all of its text. Hostile or
    broken input raises the matching :mod:`tei.errors` exception (too large, entity
    declarations, external DTD/entities, malformed with line and column, duplicate
    xml:ids, root not TEI).
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    tree = parse_secure(data, name, max_bytes=max_bytes)
    root = tree.getroot()
    text_el = root.find(tei("text"))
    if text_el is None:
        raise TeiMalformedError(
            name or "<bytes>",
            "the TEI file has no <text> element",
            "export the document again, or add its <text>",
            line=root.sourceline or 0,
        )
    ctx = _Context(root, name)
    records = None
    if ctx.is_glossator:
        for grp in root.iter(tei("spanGrp")):
            if grp.get("type") == RECORDS_TYPE:
                records = grp
                break
    if records is not None:
        result = ctx.own(text_el, records)
    else:
        result = ctx.foreign(text_el)
    result.metadata = ctx.metadata()
    result.source = ctx.source()
    result.terms, result.links = ctx.terms(result.annotations)
    result.changes = ctx.changes()
    result.report = ctx.report + result.report
    result.glossator = records is not None
    return result


def _walk(root: etree._Element) -> Iterator[tuple[int, etree._Element]]:
    """Depth-first events without recursion: (1, el) on entry, (0, el) on exit, (2, node) for
    comments and processing instructions (only their tail is text)."""
    yield 1, root
    iters = [iter(root)]
    nodes = [root]
    while iters:
        child = next(iters[-1], None)
        if child is None:
            iters.pop()
            yield 0, nodes.pop()
        elif isinstance(child.tag, str):
            yield 1, child
            iters.append(iter(child))
            nodes.append(child)
        else:
            yield 2, child


def _attributes(el: etree._Element) -> dict[str, Any]:
    return {prefixed(k): v for k, v in el.attrib.items()}


def _plain(el: etree._Element | None) -> str:
    if el is None:
        return ""
    return _WS.sub(" ", "".join(el.itertext())).strip()


def _finish(text: str, a: Annotation) -> Annotation:
    a.quote, a.prefix, a.suffix = quote_and_context(text, a.start, a.end)
    return a


class _Context:
    def __init__(self, root: etree._Element, name: str) -> None:
        self.root = root
        self.name = name or "<bytes>"
        self.report: list[str] = []
        header = root.find(tei("teiHeader"))
        self.header = header if header is not None else etree.Element(tei("teiHeader"))
        self.is_glossator = any(
            app.get("ident") == APP_IDENT for app in self.header.iter(tei("application"))
        )
        self.resp: dict[str, str] = {}
        for rs in self.header.iter(tei("respStmt")):
            rid = rs.get(XML_ID)
            if rid:
                self.resp[rid] = _plain(rs.find(tei("name")))
        self.categories: dict[str, str] = {}
        for cat in self.header.iter(tei("category")):
            cid = cat.get(XML_ID)
            if cid:
                self.categories[cid] = cat.get("n") or _plain(cat.find(tei("catDesc")))

    def _resp_name(self, ref: str | None) -> str:
        if not ref:
            return ""
        first = ref.split()[0]
        return self.resp.get(first.lstrip("#"), first)

    # ------------------------------------------------------------ Glossator's own files
    def own(self, text_el: etree._Element, records: etree._Element) -> TeiImport:
        pieces: list[str] = []
        pos = 0
        blocks: list[Block] = []
        open_blocks: dict[etree._Element, int] = {}
        skip: etree._Element | None = None
        choice_tag, reg_tag, div_tag = tei("choice"), tei("reg"), tei("div")
        block_tags = {tei(t) for t in ("head", "byline", "p", "ab")}
        for ev, el in _walk(text_el):
            if ev == 1:
                if skip is not None:
                    continue
                tag = el.tag
                if tag == reg_tag and el.getparent().tag == choice_tag:
                    skip = el
                    continue
                if tag in block_tags and el.getparent().tag == div_tag:
                    open_blocks[el] = pos
                t = el.text
                if t:
                    pieces.append(t)
                    pos += len(t)
            elif ev == 0:
                if skip is not None:
                    if el is not skip:
                        continue
                    skip = None
                elif el in open_blocks:
                    start = open_blocks.pop(el)
                    name = local_name(el.tag)
                    role = el.get("type") if name == "ab" else ELEMENT_ROLE.get(name, "body")
                    if role != GAP_TYPE:
                        lang = el.get(XML_LANG) or "und"
                        blocks.append(
                            Block(start, pos, role or "body", LANG_FROM_XML.get(lang, lang))
                        )
                if el is not text_el and el.tail:
                    pieces.append(el.tail)
                    pos += len(el.tail)
            elif skip is None and el.tail:
                pieces.append(el.tail)
                pos += len(el.tail)
        text = "".join(pieces)
        n = len(text)
        annotations: list[Annotation] = []
        loads = json.loads
        bad = 0
        for span in records.iterchildren(tei("span")):
            m = STRING_RANGE.match(span.get("target") or "")
            try:
                record = loads(span.text or "{}")
            except ValueError:
                record = None
            if m is None or not isinstance(record, dict):
                bad += 1
                continue
            start = int(m.group(2))
            end = start + int(m.group(3))
            if end > n:
                bad += 1
                continue
            a = Annotation(
                start,
                end,
                record.get("type") or span.get("type") or "",
                attributes=record.get("attributes") or {},
                status=span.get("subtype") or "accepted",
                origin=record.get("origin", self._resp_name(span.get("resp"))),
                author=record.get("author", ""),
                created_us=record.get("created_us", 0),
                updated_us=record.get("updated_us", 0),
            )
            annotations.append(_finish(text, a))
        report = []
        if bad:
            report.append(
                f"{self.name}: {bad} stand-off record(s) unreadable or outside the text, skipped"
            )
        return TeiImport(text=text, blocks=blocks, annotations=annotations, report=report)

    # ------------------------------------------------------------ any TEI
    def foreign(self, text_el: etree._Element) -> TeiImport:
        parts: list[str] = []
        pos = 0
        last_space = True  # at a block start, leading white space is dropped
        blocks: list[Block] = []
        annotations: list[Annotation] = []
        unmapped: Counter[str] = Counter()
        # Current block: [start, role, lang, owner element, implicit]
        cur: list[Any] | None = None
        open_ann: dict[etree._Element, tuple[int, str]] = {}
        stack: list[etree._Element] = []
        langs: list[str] = []
        preserve: list[bool] = []
        block_starts = 0

        def lang_here() -> str:
            return langs[-1] if langs else "und"

        def open_block(owner: etree._Element, role: str, implicit: bool) -> None:
            nonlocal cur, pos, last_space, block_starts
            if parts:
                parts.append("\n\n")
                pos += 2
            lang = lang_here()
            cur = [pos, role, LANG_FROM_XML.get(lang, lang), owner, implicit]
            last_space = True
            block_starts = len(annotations)

        def close_block() -> None:
            nonlocal cur, pos, last_space
            assert cur is not None
            if not (preserve and preserve[-1]) and pos > cur[0] and parts[-1].endswith(" "):
                parts[-1] = parts[-1][:-1]
                pos -= 1
                for a in annotations[block_starts:]:
                    if a.end > pos:
                        a.end = pos
                    if a.start > pos:
                        a.start = pos
                for el, (s, typ) in list(open_ann.items()):
                    if s > pos:
                        open_ann[el] = (pos, typ)
            blocks.append(Block(cur[0], pos, cur[1], cur[2]))
            cur = None

        def add(s: str, where: etree._Element) -> None:
            nonlocal pos, last_space
            if not s:
                return
            keep = preserve and preserve[-1]
            if cur is None:
                if not s.strip(" \t\r\n"):
                    return
                owner = where
                for anc in reversed(stack):
                    owner = anc
                    if local_name(anc.tag) in STRUCTURAL or not in_tei(anc.tag):
                        break
                before = pos
                open_block(owner, "body", True)
                for el, (st, typ) in list(open_ann.items()):
                    if st == before:
                        open_ann[el] = (pos, typ)
            if not keep:
                s = _WS.sub(" ", s)
                if last_space and s.startswith(" "):
                    s = s[1:]
                if not s:
                    return
            parts.append(s)
            pos += len(s)
            last_space = s.endswith(" ") if not keep else False

        def separate() -> None:
            nonlocal pos, last_space
            if cur is not None and pos > cur[0] and not last_space:
                parts.append(" ")
                pos += 1
                last_space = True

        for ev, el in _walk(text_el):
            if ev == 1:
                name = local_name(el.tag) if in_tei(el.tag) else ""
                parent = stack[-1] if stack else None
                stack.append(el)
                langs.append(el.get(XML_LANG) or lang_here())
                sp = el.get(XML_SPACE)
                preserve.append(sp == "preserve" if sp else bool(preserve and preserve[-1]))
                if el is text_el:
                    pass
                elif cur is not None and cur[4] and (name in BLOCK_TAGS or name in STRUCTURAL):
                    close_block()
                if el is not text_el:
                    if cur is None and name in BLOCK_TAGS:
                        role = (
                            "title"
                            if name in TITLE_TAGS
                            else "byline"
                            if name in BYLINE_TAGS
                            else "body"
                        )
                        open_block(el, role, False)
                    elif cur is not None and (
                        name in BLOCK_TAGS
                        or name in BREAKS
                        and el.get("break") != "no"
                        or (
                            name in CHOICE_PARTS
                            and parent is not None
                            and local_name(parent.tag) == "choice"
                        )
                    ):
                        separate()
                    if name in ANNOTATION_TAGS:
                        open_ann[el] = (pos, name)
                    elif (
                        name not in BLOCK_TAGS
                        and name not in STRUCTURAL
                        and not (
                            name in CHOICE_PARTS
                            and parent is not None
                            and local_name(parent.tag) == "choice"
                        )
                    ):
                        unmapped[name or etree.QName(el).text] += 1
                add(el.text or "", el)
            elif ev == 0:
                stack.pop()
                langs.pop()
                preserve.pop()
                if el in open_ann:
                    start, name = open_ann.pop(el)
                    attrs = _attributes(el)
                    if name == "choice":
                        kids = {local_name(c.tag): c for c in el if isinstance(c.tag, str)}
                        for k in REG_PARTS:
                            if k in kids:
                                attrs["reg"] = _plain(kids[k])
                                break
                        for k in ORIG_PARTS:
                            if k in kids:
                                attrs["orig"] = _plain(kids[k])
                                break
                        name = "reg"
                    end = pos
                    if (
                        cur is not None
                        and end > start
                        and last_space
                        and not (preserve and preserve[-1])
                    ):
                        end -= 1 if parts and parts[-1].endswith(" ") else 0
                    annotations.append(
                        Annotation(
                            start,
                            max(start, end),
                            name,
                            attributes=attrs,
                            status="accepted",
                            origin=ORIGIN,
                        )
                    )
                if cur is not None and cur[3] is el:
                    close_block()
                if el is not text_el:
                    add(el.tail or "", stack[-1] if stack else el)
            else:
                add(el.tail or "", stack[-1] if stack else text_el)
        if cur is not None:
            close_block()
        text = "".join(parts)
        for a in annotations:
            _finish(text, a)
        annotations.sort(key=lambda a: (a.start, -a.end))
        report = []
        if unmapped:
            listed = ", ".join(f"{k} ×{n}" for k, n in sorted(unmapped.items()))
            total = sum(unmapped.values())
            report.append(
                f"{self.name}: {total} element(s) kept as text but not mapped to annotations: "
                f"{listed}"
            )
        return TeiImport(text=text, blocks=blocks, annotations=annotations, report=report)

    # ------------------------------------------------------------ header
    def metadata(self) -> dict[str, Any]:
        title_stmt = self.header.find(f"{tei('fileDesc')}/{tei('titleStmt')}")
        meta: dict[str, Any] = {"title": "", "authors": [], "editors": []}
        if title_stmt is not None:
            titles = title_stmt.findall(tei("title"))
            meta["title"] = " — ".join(t for t in (_plain(x) for x in titles) if t)
            meta["authors"] = [
                t for t in (_plain(x) for x in title_stmt.findall(tei("author"))) if t
            ]
            meta["editors"] = [
                t for t in (_plain(x) for x in title_stmt.findall(tei("editor"))) if t
            ]
        keywords = [
            _plain(t)
            for kw in self.header.iter(tei("keywords"))
            for t in kw.iter(tei("term"))
            if _plain(t)
        ]
        if keywords:
            meta["keywords"] = keywords
        if self.is_glossator:
            bibl = self.header.find(f".//{tei('sourceDesc')}/{tei('bibl')}")
            if bibl is not None:
                for note in bibl.findall(tei("note")):
                    if note.get("type") == "format":
                        meta["format"] = note.text or ""
        return meta

    def source(self) -> dict[str, str]:
        out: dict[str, str] = {}
        bibl = self.header.find(f".//{tei('sourceDesc')}/{tei('bibl')}")
        if bibl is None:
            return out
        for el in bibl:
            if not isinstance(el.tag, str):
                continue
            name, typ = local_name(el.tag), el.get("type")
            if name == "idno" and typ == "filename":
                out["source_name"] = el.text or ""
            elif name == "idno" and typ == "sha256":
                out["sha256"] = el.text or ""
            elif name == "note" and typ == "encoding":
                out["encoding"] = el.text or ""
            elif name == "ref" and el.get("target"):
                out["source_url"] = el.text or el.get("target") or ""
            elif name == "date" and typ == "imported":
                out["imported_at"] = el.text or el.get("when") or ""
        return out

    def changes(self) -> list[Change]:
        out: list[Change] = []
        for rev in self.header.iter(tei("revisionDesc")):
            for c in rev.iter(tei("change")):
                what = _plain(c)
                m = _CHANGE.match(what)
                n = c.get("n") or ""
                out.append(
                    Change(
                        id=int(n) if n.lstrip("-").isdigit() else 0,
                        at=c.get("when") or "",
                        author=self._resp_name(c.get("who")),
                        action=m.group(1) if m else what,
                        entity=m.group(2) if m else "",
                        entity_id=int(m.group(3)) if m and m.group(3) else None,
                        document_id=int(m.group(4)) if m and m.group(4) else None,
                        before=None,
                        after=None,
                    )
                )
        return out

    # ------------------------------------------------------------ term base
    def terms(self, annotations: list[Annotation]) -> tuple[list[TermProposal], list[Link]]:
        standoff_lists = []
        for so in self.root.iter(tei("standOff")):
            for tag, item_tag, name_tag in (*NAME_LISTS.values(), GLOSS):
                for lst in so.iter(tei(tag)):
                    if tag == "list" and lst.get("type") != "gloss":
                        continue
                    for item in lst.iterchildren(tei(item_tag)):
                        standoff_lists.append((item, name_tag))
        standoff_lists.sort(key=lambda x: _order(x[0].get("n")))
        proposals: list[TermProposal] = []
        where: dict[str, tuple[int, int]] = {}  # form xml:id -> (proposal, form index)
        by_concept: dict[int, int] = {}
        by_ref: dict[str, int] = {}
        for item, name_tag in standoff_lists:
            xid = item.get(XML_ID) or ""
            term_id = _number(xid, "concept-")
            status_ref = (item.get("ana") or "").split()
            status = (self.categories.get(status_ref[0].lstrip("#"), "") if status_ref else "") or (
                "admitted" if self.is_glossator else "suggested"
            )
            origin = self._resp_name(item.get("resp")) or (
                "manual" if self.is_glossator else ORIGIN
            )
            note_el = item.find(tei("note"))
            term = Term(
                forms=[],
                status=status,
                note=(note_el.text or "") if note_el is not None else "",
                origin=origin,
                id=term_id,
            )
            for f in item.iterchildren(tei(name_tag)):
                w = f.find(tei("w"))
                fid = f.get(XML_ID) or ""
                scheme = f.get("subtype") or ""
                # A scheme name that is not a token is kept in its category's @n.
                mapped = self.categories.get(f"scheme-{scheme}") if scheme else ""
                if mapped:
                    scheme = mapped
                form = TermForm(
                    text="".join(f.itertext()),
                    lang=f.get(XML_LANG) or "",
                    kind=f.get("type") or "term",
                    scheme=scheme,
                    lemma=(w.get("lemma") or "") if w is not None else "",
                    id=_number(fid, "form-"),
                    concept_id=term_id,
                )
                if fid:
                    where[fid] = (len(proposals), len(term.forms))
                term.forms.append(form)
            if term_id is not None:
                by_concept[term_id] = len(proposals)
            if xid:
                by_ref["#" + xid] = len(proposals)
            proposals.append(TermProposal(term=term))
        for i, a in enumerate(annotations):
            c = a.attributes.get("concept")
            if isinstance(c, str) and c.isdigit():
                c = int(c)
            j = by_concept.get(c) if isinstance(c, int) else None
            if j is None:
                ref = a.attributes.get("ref") or a.attributes.get("corresp")
                j = by_ref.get(ref.split()[0]) if isinstance(ref, str) and ref else None
            if j is not None:
                proposals[j].occurrences.append(i)
        links: list[Link] = []
        cross = 0
        for so in self.root.iter(tei("standOff")):
            for grp in so.iter(tei("linkGrp")):
                gkind = LINK_KIND.get(grp.get("type") or "", grp.get("type") or "same-as")
                for link in grp.iterchildren(tei("link")):
                    targets = (link.get("target") or "").split()
                    if len(targets) != 2:
                        continue
                    a_id, b_id = (t.lstrip("#") for t in targets)
                    kind = link.get("type") or gkind
                    cert = link.get("cert")
                    try:
                        score = float(cert) if cert else 1.0
                    except ValueError:
                        score = 1.0
                    ana = (link.get("ana") or "").split()
                    scheme = self.categories.get(ana[0].lstrip("#"), "") if ana else ""
                    n = link.get("n") or ""
                    links.append(
                        Link(
                            kind=kind,
                            source=_endpoint(a_id),
                            target=_endpoint(b_id),
                            score=score,
                            scheme=scheme,
                            status=link.get("subtype") or "accepted",
                            id=int(n) if n.isdigit() else None,
                        )
                    )
                    pa, pb = where.get(a_id), where.get(b_id)
                    if pa and pb and pa[0] == pb[0]:
                        proposals[pa[0]].links.append((kind, pa[1], pb[1]))
                    elif "annotation" not in (links[-1].source[0], links[-1].target[0]):
                        # An annotation's link to its concept comes back with the concept's
                        # occurrences; a link across concepts has no place in the store.
                        cross += 1
        if cross:
            self.report.append(
                f"{self.name}: {cross} link(s) between forms of different concepts were not "
                "kept (the term base links forms within one concept)"
            )
        return proposals, links


def _order(n: str | None) -> int:
    return int(n) if n and n.isdigit() else 1 << 62


def _number(xid: str, prefix: str) -> int | None:
    if xid.startswith(prefix):
        rest = xid[len(prefix) :]
        if rest.isdigit():
            return int(rest)
    return None


def _endpoint(xid: str) -> tuple[str, int]:
    n = _number(xid, "form-")
    if n is not None:
        return ("form", n)
    n = _number(xid, "ann-")
    if n is not None:
        return ("annotation", n - 1)  # index into TeiImport.annotations
    return ("form", -1)
