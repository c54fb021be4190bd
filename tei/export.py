"""Model -> TEI P5: a document, its annotations and its term base concepts as one TEI file.

The text is written so that it comes back exactly (see :mod:`tei.common`); accepted
annotations (and suggestions when asked) are rendered inline where they nest and split with
``@xml:id``/``@prev``/``@next`` where they cross; every exported annotation also has a
stand-off record, the master copy that import reads. Export is linear in the size of the text
and the number of annotations (text and tails are assigned once per gap, never appended).
"""

from __future__ import annotations

import heapq
import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from typing import Any

from lxml import etree

from glossator.model import TAXONOMY, Annotation, Change, Term
from tei.bundle import ExportBundle
from tei.common import (
    APP_IDENT,
    APP_VERSION,
    GAP_TYPE,
    GLOSS,
    LANG_TO_XML,
    LINK_GROUP,
    NAME_LISTS,
    RECORDS_TYPE,
    ROLE_ELEMENT,
    TEXT_ID,
    XML_BAD_CHARS,
    is_language,
    is_token,
    ncname,
    probability,
    w3c_date,
    whitespace_only,
    xml_safe,
)
from tei.errors import TeiExportError
from tei.ns import NSMAP, XML_ID, XML_LANG, XML_SPACE, tei

LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Russian",
    "ru-Latn": "Russian in Latin script (romanized)",
    "ru-Cyrl": "Russian in Cyrillic script",
    "uk": "Ukrainian",
    "be": "Belarusian",
    "bg": "Bulgarian",
    "sr": "Serbian",
    "mk": "Macedonian",
    "de": "German",
    "fr": "French",
    "pl": "Polish",
    "cs": "Czech",
    "la": "Latin",
    "mul": "Several languages (mixed blocks)",
    "und": "Undetermined",
}

# Inline elements for annotation types; other types become <seg>.
INLINE_TAGS = {
    "persName",
    "orgName",
    "placeName",
    "date",
    "term",
    "foreign",
    "bibl",
    "note",
    "q",
}
# For equal ranges, the lower rank is the outer element.
RANK = {
    "docAuthor": -1,
    "bibl": 0,
    "q": 1,
    "note": 2,
    "persName": 3,
    "orgName": 3,
    "placeName": 3,
    "date": 4,
    "term": 5,
    "foreign": 6,
    "reg": 7,
    "lb": 9,
}
# Parents (the element that will contain the child) that TEI forbids for a child element.
PHRASE_ONLY = {
    "persName",
    "orgName",
    "placeName",
    "date",
    "term",
    "foreign",
    "byline",
    "docAuthor",
    "seg",
}
# Inline elements with att.canonical (@ref); the others link to a concept with @corresp.
REF_TAGS = {"persName", "orgName", "placeName", "date", "term"}
_JSON = json.JSONEncoder(ensure_ascii=False)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def _allowed(parent: str, child: str) -> bool:
    """Whether TEI allows element ``child`` inside element ``parent`` (the few cases that
    matter for Glossator's inline elements)."""
    if child == "bibl":
        return parent not in PHRASE_ONLY
    if child == "docAuthor":
        return parent == "byline"
    return True


def export_tei(bundle: ExportBundle) -> bytes:
    """The TEI P5 file (UTF-8 bytes) for a document, its annotations and term base concepts.

    Valid against ``tei_all`` and Glossator's profile ``tei/schema/glossator.rng``; importing
    it with :func:`tei.importer.parse_tei` gives back the same text and annotations. Raises
    :class:`tei.errors.TeiExportError` when the text holds characters XML cannot carry.
    """
    return export_tei_with_report(bundle)[0]


def export_tei_with_report(bundle: ExportBundle) -> tuple[bytes, list[str]]:
    """Like :func:`export_tei`, with a report: one line per annotation split into fragments,
    rendered only in part, or kept only in ``<standOff>``, and for what was left out."""
    return _Exporter(bundle).run()


class _Resp:
    """``<respStmt>``s of the title statement: one xml:id per (role, name)."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str], str] = {}

    def ref(self, role: str, name: str) -> str:
        key = (role, name)
        rid = self.ids.get(key)
        if rid is None:
            rid = f"resp-{len(self.ids) + 1}"
            self.ids[key] = rid
        return "#" + rid


class _Exporter:
    def __init__(self, bundle: ExportBundle) -> None:
        self.b = bundle
        self.doc = bundle.document
        self.text = self.doc.text
        self.report: list[str] = []
        self.resp = _Resp()
        self.schemes: dict[str, str] = {}  # scheme -> category xml:id
        self.term_statuses: dict[str, str] = {}  # status -> category xml:id
        self.langs: dict[str, None] = {}
        self.rendered: dict[int, list[etree._Element]] = {}  # inline elements per annotation
        self.crossed: set[int] = set()
        self.not_nested: list[tuple[int, int, int, str]] = []
        self.outside: list[int] = []
        self.split_blocks: dict[int, int] = {}

    # ------------------------------------------------------------------ entry point
    def run(self) -> tuple[bytes, list[str]]:
        bad = XML_BAD_CHARS.search(self.text)
        if bad:
            raise TeiExportError(
                f"the text holds the character U+{ord(bad.group()):04X} at offset "
                f"{bad.start()}, which XML cannot carry — correct the text (a new revision) "
                "and export again"
            )
        n = len(self.text)
        anns: list[Annotation] = []
        omitted = 0
        for a in self.doc.annotations:
            if a.status == "suggested" and not self.b.include_suggestions:
                omitted += 1
                continue
            anns.append(a)
        self.anns = anns
        self.omitted = omitted
        for k, a in enumerate(anns):
            if not (0 <= a.start <= a.end <= n):
                raise TeiExportError(
                    f"annotation {a.id or k + 1} ({a.type} {a.start}-{a.end}) lies outside "
                    f"the text (length {n}) — re-anchor the document's annotations first"
                )
        if omitted:
            self.report.append(
                f"{omitted} suggested annotation(s) left out (export with suggestions to keep them)"
            )

        root = etree.Element(tei("TEI"), nsmap=NSMAP)
        header = etree.SubElement(root, tei("teiHeader"))
        text_el = etree.SubElement(root, tei("text"), {XML_ID: TEXT_ID, XML_SPACE: "preserve"})
        # The body first: it registers responsibilities, schemes and languages the header lists.
        self._body(etree.SubElement(text_el, tei("body")))
        # Built in place: moving a large subtree into another document costs seconds.
        standoff = etree.SubElement(root, tei("standOff"))
        self._records(standoff)
        self._termbase(standoff)
        self._header(header)
        data = etree.tostring(root, encoding="UTF-8", xml_declaration=True)
        return data, self.report

    # ------------------------------------------------------------------ body
    def _segments(self) -> list[tuple[int, int, str, str]]:
        """Blocks in text order, clipped so they do not overlap, with pseudo-blocks (role
        GAP_TYPE) for text between blocks that is not white space."""
        n = len(self.text)
        blocks = sorted(self.doc.blocks, key=lambda b: (b.start, b.end))
        out: list[tuple[int, int, str, str]] = []
        pos = 0
        for b in blocks:
            s, e = max(b.start, pos, 0), min(b.end, n)
            if e < s or (e == s and b.end != b.start):
                self.report.append(
                    f"block {b.start}-{b.end} ({b.role}) overlaps the previous block or "
                    "lies outside the text; its text is kept with its neighbours"
                )
                continue
            if s > pos and not whitespace_only(self.text[pos:s]):
                out.append((pos, s, GAP_TYPE, ""))
            out.append((s, e, b.role, b.lang))
            pos = e
        if pos < n and not whitespace_only(self.text[pos:n]):
            out.append((pos, n, GAP_TYPE, ""))
        return out

    def _body(self, body: etree._Element) -> None:
        text = self.text
        segments = self._segments()
        pieces = self._pieces(segments)
        div: etree._Element | None = None
        div_kind = ""
        stage = ""
        last: etree._Element | None = None  # last block element: whitespace goes to its tail
        pos = 0
        for i, (s, e, role, lang) in enumerate(segments):
            gap = text[pos:s]
            if gap:
                if last is None:
                    body.text = gap
                else:
                    last.tail = gap
            if role == "title":
                if not (div_kind == "section" and stage == "top"):
                    div, div_kind, stage = self._div(body, "section"), "section", "top"
                tag, typ = "head", None
            elif role == "byline":
                if not (div_kind in ("section", "byline") and stage == "top"):
                    div, div_kind, stage = self._div(body, "byline"), "byline", "top"
                tag, typ = "byline", None
            elif role == "body":
                if div_kind not in ("section", "byline", "body"):
                    div, div_kind = self._div(body, "body"), "body"
                stage = "common"
                tag, typ = "p", None
            else:
                if div_kind != role:
                    div_type = role if is_token(role) else "other"
                    div, div_kind, stage = self._div(body, div_type), role, "common"
                tag, typ = "ab", (role if is_token(role) else "other")
            assert div is not None
            el = etree.SubElement(div, tei(tag))
            if typ:
                el.set("type", typ)
            xl = LANG_TO_XML.get(lang, lang)
            if is_language(xl):
                el.set(XML_LANG, xl)
                self._lang(xl)
            if role not in ROLE_ELEMENT and role != GAP_TYPE and typ == "other":
                self.report.append(f"block role {role!r} is not a TEI token; written as 'other'")
            self._inline(el, tag, s, e, pieces[i])
            last = el
            pos = e
        tail = text[pos:]
        if tail:
            if last is None:
                body.text = tail
            else:
                last.tail = tail
        if last is None:
            # <body> needs content: an empty pseudo-block, which import ignores.
            d = self._div(body, GAP_TYPE)
            etree.SubElement(d, tei("ab"), type=GAP_TYPE)

    @staticmethod
    def _div(body: etree._Element, typ: str) -> etree._Element:
        return etree.SubElement(body, tei("div"), type=typ)

    def _pieces(self, segments: list[tuple[int, int, str, str]]) -> list[list[tuple]]:
        """For each segment, the parts of inline annotations that fall in it:
        ``(start, -end, rank, seq, k)`` with ``k`` the index into ``self.anns``."""
        per: list[list[tuple]] = [[] for _ in segments]
        starts = [s for s, _, _, _ in segments]
        ends = [e for _, e, _, _ in segments]
        seq = 0
        for k, a in enumerate(self.anns):
            if a.status == "rejected":
                continue
            if a.type == "lb":
                p = a.end
                i = bisect_left(ends, p)
                if i < len(segments) and starts[i] <= p:
                    per[i].append((p, -p, RANK["lb"], seq, k))
                    seq += 1
                else:
                    self.outside.append(k)
                continue
            s, e = a.start, a.end
            rank = RANK.get(a.type, 8)
            if s == e:
                i = bisect_left(ends, s)
                if i < len(segments) and starts[i] <= s:
                    per[i].append((s, -s, rank, seq, k))
                    seq += 1
                else:
                    self.outside.append(k)
                continue
            i = max(bisect_right(starts, s) - 1, 0)
            parts = 0
            while i < len(segments) and starts[i] < e:
                cs, ce = max(s, starts[i]), min(e, ends[i])
                if cs < ce:
                    per[i].append((cs, -ce, rank, seq, k))
                    seq += 1
                    parts += 1
                i += 1
            if parts == 0:
                self.outside.append(k)
            elif parts > 1:
                self.split_blocks[k] = parts
        for i, (s, e, role, _) in enumerate(segments):
            if role == "byline":
                self._doc_authors(per[i], s, e, seq)
                seq += 1000
            heapq.heapify(per[i])
        for k in self.outside:
            a = self.anns[k]
            self.report.append(
                f"{a.type} {a.start}-{a.end} ({self._name(k)}) lies between blocks: "
                "kept in <standOff> only"
            )
        return per

    def _doc_authors(self, pieces: list[tuple], s: int, e: int, seq: int) -> None:
        """Wrap the authors' names found in a byline in <docAuthor> where nothing crosses them."""
        authors = self.doc.metadata.get("authors") or []
        seg = self.text[s:e]
        for j, name in enumerate(authors):
            if not isinstance(name, str) or not name:
                continue
            at = seg.find(name)
            if at < 0:
                continue
            a0, a1 = s + at, s + at + len(name)
            clash = False
            for ps, ne, _, _, k in pieces:
                pe = -ne
                inside = a0 <= ps and pe <= a1
                outside = pe <= a0 or ps >= a1 or (ps <= a0 and a1 <= pe)
                if (ps < pe and not inside and not outside) or (
                    inside and self.anns[k].type == "bibl"
                ):
                    clash = True
                    break
            if not clash:
                pieces.append((a0, -a1, RANK["docAuthor"], seq + j, -1))

    def _name(self, k: int) -> str:
        return f"ann-{k + 1}"

    def _inline(self, block: etree._Element, tag: str, s: int, e: int, heap: list) -> None:
        """Render the pieces of one block as nested elements; text is assigned once per gap."""
        text = self.text
        # Stack entries: [container element, end, container tag, outer element, on_close].
        stack: list[list[Any]] = [[block, e, tag, block, None]]
        pos = s
        rendered = self.rendered
        push_back = heapq.heappush
        pop = heapq.heappop

        def put(upto: int) -> None:
            nonlocal pos
            if upto > pos:
                top = stack[-1][0]
                chunk = text[pos:upto]
                if len(top):
                    top[-1].tail = chunk
                else:
                    top.text = chunk
                pos = upto

        def close() -> None:
            put(stack[-1][1])
            entry = stack.pop()
            if entry[4] is not None:
                entry[4]()

        while heap:
            ps, ne, rank, seq, k = pop(heap)
            pe = -ne
            while len(stack) > 1 and stack[-1][1] <= ps:
                close()
            top = stack[-1]
            if pe > top[1]:
                # Crosses the innermost open element: render up to its end, the rest later.
                push_back(heap, (top[1], ne, rank, seq, k))
                self.crossed.add(k)
                pe = top[1]
            child_tag = "docAuthor" if k < 0 else self._outer_tag(k)
            if not _allowed(top[2], child_tag):
                self.not_nested.append((k, ps, pe, top[2]))
                continue
            put(ps)
            parent = top[0]
            if k < 0:
                el = etree.SubElement(parent, tei("docAuthor"))
                stack.append([el, pe, "docAuthor", el, None])
                continue
            a = self.anns[k]
            if a.type == "lb":
                el = etree.SubElement(parent, tei("lb"), self._lb_attrib(k, a))
                rendered.setdefault(k, []).append(el)
                continue
            outer, container, on_close = self._element(parent, k, a)
            rendered.setdefault(k, []).append(outer)
            stack.append([container, pe, container.tag[len(tei("")) :], outer, on_close])
        while len(stack) > 1:
            close()
        put(e)

    def _outer_tag(self, k: int) -> str:
        t = self.anns[k].type
        if t in INLINE_TAGS or t == "lb":
            return t
        if t == "reg":
            return "choice"
        return "seg"

    def _common_attrib(self, k: int, a: Annotation) -> dict[str, str]:
        attrib = {"ana": "#" + self._name(k)}
        attrs = a.attributes
        concept = attrs.get("concept")
        if (
            isinstance(concept, int)
            and not isinstance(concept, bool)
            or (isinstance(concept, str) and concept.isdigit())
        ):
            # @ref where TEI has it (names, dates, terms), @corresp elsewhere.
            attrib["ref" if a.type in REF_TAGS else "corresp"] = f"#concept-{concept}"
        if a.status == "suggested":
            attrib["cert"] = probability(attrs.get("cert")) or "medium"
            attrib["resp"] = self.resp.ref("origin", a.origin)
        return attrib

    def _lb_attrib(self, k: int, a: Annotation) -> dict[str, str]:
        brk = a.attributes.get("break", "no")
        attrib = {"break": brk if brk in ("yes", "no", "maybe", "unknown") else "no"}
        attrib["ana"] = "#" + self._name(k)
        return attrib

    def _element(
        self, parent: etree._Element, k: int, a: Annotation
    ) -> tuple[etree._Element, etree._Element, Callable[[], None] | None]:
        attrs = a.attributes
        attrib = self._common_attrib(k, a)
        lang = attrs.get("xml:lang")
        t = a.type
        if t == "reg" or (t == "foreign" and attrs.get("cyrillic")):
            reg_text = attrs.get("reg") or attrs.get("cyrillic") or ""
            if not isinstance(reg_text, str):
                reg_text = json.dumps(reg_text, ensure_ascii=False)
            reg_text = xml_safe(reg_text)
            if t == "foreign":
                outer = etree.SubElement(parent, tei("foreign"))
                if is_language(lang):
                    outer.set(XML_LANG, lang)
                    self._lang(lang)
                choice = etree.SubElement(outer, tei("choice"))
                for key, v in attrib.items():
                    outer.set(key, v)
            else:
                outer = choice = etree.SubElement(parent, tei("choice"), attrib)
            orig = etree.SubElement(choice, tei("orig"))
            if is_language(lang) and t == "reg":
                orig.set(XML_LANG, lang)
                self._lang(lang)
            reg_lang = attrs.get("reg_lang")
            if not is_language(reg_lang):
                reg_lang = "ru" if _CYRILLIC.search(reg_text) else None

            def add_reg() -> None:
                reg = etree.SubElement(choice, tei("reg"))
                reg.text = reg_text
                if reg_lang:
                    reg.set(XML_LANG, reg_lang)

            if reg_lang:
                self._lang(reg_lang)
            return outer, orig, add_reg
        tag = t if t in INLINE_TAGS else "seg"
        el = etree.SubElement(parent, tei(tag), attrib)
        if tag == "seg" and is_token(t):
            el.set("type", t)
        if is_language(lang):
            el.set(XML_LANG, lang)
            self._lang(lang)
        if t == "date":
            when = w3c_date(attrs.get("when"))
            if when:
                el.set("when", when)
        elif t == "note":
            resp = attrs.get("resp")
            if isinstance(resp, str) and resp:
                el.set("resp", self.resp.ref("responsibility", resp))
        return el, el, None

    # ------------------------------------------------------------------ stand-off records
    def _records(self, standoff: etree._Element) -> None:
        """One <span> per exported annotation; inline fragments chained with prev/next."""
        grp = etree.SubElement(standoff, tei("spanGrp"), type=RECORDS_TYPE)
        # One encoder for all records: json.dumps(..., ensure_ascii=False) builds one per call.
        encode = _JSON.encode
        bad = XML_BAD_CHARS.search
        sub = etree.SubElement
        span_tag = tei("span")
        tokens: dict[str, str] = {}  # type/status -> the value written (cached is_token)
        resp_of: dict[str, str] = {}  # origin -> pointer
        authors: set[str] = set()
        langs = self.langs
        for k, a in enumerate(self.anns):
            record: dict[str, Any] = {"attributes": a.attributes, "origin": a.origin}
            if a.author:
                record["author"] = a.author
                if a.author not in authors:
                    authors.add(a.author)
                    self.resp.ref("author", a.author)
            t = tokens.get(a.type)
            if t is None:
                t = tokens[a.type] = a.type if is_token(a.type) else ""
            if not t:
                record["type"] = a.type
            if a.created_us:
                record["created_us"] = a.created_us
            if a.updated_us:
                record["updated_us"] = a.updated_us
            try:
                payload = encode(record)
            except (TypeError, ValueError) as exc:
                raise TeiExportError(
                    f"annotation {a.id or k + 1}: attributes are not JSON data ({exc}) — "
                    "store plain strings, numbers, lists and objects"
                ) from exc
            if bad(payload):
                payload = json.dumps(record, ensure_ascii=True)
            st = tokens.get(a.status)
            if st is None:
                st = tokens[a.status] = a.status if is_token(a.status) else ""
            attrib = {
                XML_ID: f"ann-{k + 1}",
                "type": t or "other",
                "subtype": st or "other",
                "target": f"#string-range({TEXT_ID},{a.start},{a.end - a.start})",
            }
            if a.origin:
                r = resp_of.get(a.origin)
                if r is None:
                    r = resp_of[a.origin] = self.resp.ref("origin", a.origin)
                attrib["resp"] = r
            lang = a.attributes.get("xml:lang")
            if lang and lang not in langs and is_language(lang):
                langs[lang] = None
            sub(grp, span_tag, attrib).text = payload
        # Fragments: chain the inline parts of an annotation rendered in several elements.
        for k, els in self.rendered.items():
            if len(els) < 2:
                continue
            base = self._name(k)
            ids = [f"{base}-f{j + 1}" for j in range(len(els))]
            for j, el in enumerate(els):
                el.set(XML_ID, ids[j])
                if j:
                    el.set("prev", "#" + ids[j - 1])
                if j + 1 < len(els):
                    el.set("next", "#" + ids[j + 1])
            a = self.anns[k]
            why = []
            if k in self.crossed:
                why.append("crosses other annotations")
            if k in self.split_blocks:
                why.append("spans several blocks")
            self.report.append(
                f"{a.type} {a.start}-{a.end} ({base}) split into {len(els)} fragments "
                f"({', '.join(why) or 'partly not nestable'})"
            )
        for k, ps, pe, parent in self.not_nested:
            if k < 0:
                continue
            a = self.anns[k]
            self.report.append(
                f"{a.type} {a.start}-{a.end} ({self._name(k)}): part {ps}-{pe} cannot be "
                f"inline inside <{parent}>; it is kept in <standOff>"
            )

    # ------------------------------------------------------------------ term base
    def _termbase(self, standoff: etree._Element) -> None:
        terms = self.b.terms
        if not terms:
            self._links(standoff, {})
            return
        kinds: dict[int, Counter] = {}
        for a in self.doc.annotations:
            c = a.attributes.get("concept")
            if isinstance(c, str) and c.isdigit():
                c = int(c)
            if isinstance(c, int) and a.type in NAME_LISTS:
                kinds.setdefault(c, Counter())[a.type] += 1
        groups: dict[str, list[tuple[str, Term, int]]] = {}
        form_ids: dict[int, str] = {}
        for i, term in enumerate(terms):
            counts = kinds.get(term.id) if term.id is not None else None
            kind = counts.most_common(1)[0][0] if counts else "term"
            cid = f"concept-{term.id}" if term.id is not None else f"concept-new-{i + 1}"
            groups.setdefault(kind, []).append((cid, term, i))
        for kind in ("persName", "orgName", "placeName", "term"):
            items = groups.get(kind)
            if not items:
                continue
            if kind == "term":
                list_tag, item_tag, name_tag = GLOSS
                lst = etree.SubElement(standoff, tei(list_tag), type="gloss")
            else:
                list_tag, item_tag, name_tag = NAME_LISTS[kind]
                lst = etree.SubElement(standoff, tei(list_tag), type="termbase")
            for cid, term, order in items:
                # @n keeps the order of the term list across the kind-specific lists.
                item = etree.SubElement(lst, tei(item_tag), {XML_ID: cid, "n": str(order)})
                status_id = self.term_statuses.setdefault(
                    term.status, ncname("term-status-", term.status)
                )
                item.set("ana", "#" + status_id)
                if term.origin:
                    item.set("resp", self.resp.ref("origin", term.origin))
                for j, f in enumerate(term.forms):
                    fid = f"form-{f.id}" if f.id is not None else f"{cid}-form-{j + 1}"
                    if f.id is not None:
                        form_ids[f.id] = fid
                    el = etree.SubElement(item, tei(name_tag), {XML_ID: fid})
                    if is_language(f.lang):
                        el.set(XML_LANG, f.lang)
                        self._lang(f.lang)
                    el.set("type", f.kind if is_token(f.kind) else "other")
                    if f.scheme:
                        el.set("subtype", self._scheme(f.scheme))
                    if f.lemma:
                        w = etree.SubElement(el, tei("w"), lemma=xml_safe(f.lemma))
                        w.text = xml_safe(f.text)
                    else:
                        el.text = xml_safe(f.text)
                if term.note:
                    etree.SubElement(item, tei("note")).text = xml_safe(term.note)
        self._links(standoff, form_ids)

    def _scheme(self, scheme: str) -> str:
        """Register a romanization scheme; the value written in ``@subtype``."""
        if scheme not in self.schemes:
            # "ISO 9" and "ISO-9" make the same name: number the second, ids must be unique.
            base = sid = ncname("scheme-", scheme)
            taken = set(self.schemes.values())
            n = 2
            while sid in taken:
                sid, n = f"{base}-{n}", n + 1
            self.schemes[scheme] = sid
        sid = self.schemes[scheme]
        plain = is_token(scheme) and sid == ncname("scheme-", scheme)
        return scheme if plain else sid[len("scheme-") :]

    def _links(self, standoff: etree._Element, form_ids: dict[int, str]) -> None:
        ann_ids: dict[int, str] = {}
        for k, a in enumerate(self.anns):
            if a.id is not None:
                ann_ids[a.id] = self._name(k)
        groups: dict[str, etree._Element] = {}
        skipped = 0
        for link in self.b.links:
            ends = []
            for kind, ident in (link.source, link.target):
                table = form_ids if kind == "form" else ann_ids if kind == "annotation" else {}
                ends.append(table.get(ident))
            if None in ends:
                skipped += 1
                continue
            gtype = LINK_GROUP.get(link.kind, link.kind if is_token(link.kind) else "other")
            grp = groups.get(gtype)
            if grp is None:
                grp = groups[gtype] = etree.SubElement(standoff, tei("linkGrp"), type=gtype)
            el = etree.SubElement(grp, tei("link"), target=f"#{ends[0]} #{ends[1]}")
            el.set("type", link.kind if is_token(link.kind) else "other")
            el.set("subtype", link.status if is_token(link.status) else "other")
            cert = probability(link.score)
            if cert:
                el.set("cert", cert)
            if link.scheme:
                self._scheme(link.scheme)
                el.set("ana", "#" + self.schemes[link.scheme])
            if link.id is not None:
                el.set("n", str(link.id))
        if skipped:
            self.report.append(
                f"{skipped} link(s) left out: they join forms or annotations not in this export"
            )

    # ------------------------------------------------------------------ header
    def _lang(self, tag: str) -> None:
        self.langs[tag] = None

    def _header(self, header: etree._Element) -> None:
        doc, meta = self.doc, self.doc.metadata
        sub = etree.SubElement
        file_desc = sub(header, tei("fileDesc"))
        title_stmt = sub(file_desc, tei("titleStmt"))
        title = meta.get("title") or doc.title or doc.source_name or "Untitled"
        sub(title_stmt, tei("title")).text = xml_safe(str(title))
        for role in ("authors", "editors"):
            for name in meta.get(role) or []:
                tag = "author" if role == "authors" else "editor"
                sub(title_stmt, tei(tag)).text = xml_safe(str(name))
        for change in self.b.changes:
            if change.author:
                self.resp.ref("change", change.author)
        for (role, name), rid in self.resp.ids.items():
            rs = sub(title_stmt, tei("respStmt"), {XML_ID: rid})
            sub(rs, tei("resp")).text = role
            sub(rs, tei("name")).text = xml_safe(name)

        pub = sub(file_desc, tei("publicationStmt"))
        sub(pub, tei("p")).text = (
            f"Exported by Glossator {APP_VERSION} from its annotation store. The text of "
            "<text> is the document text, character for character."
        )
        source = sub(file_desc, tei("sourceDesc"))
        bibl = sub(source, tei("bibl"))
        if doc.source_name:
            sub(bibl, tei("title"), type="file").text = xml_safe(doc.source_name)
            sub(bibl, tei("idno"), type="filename").text = xml_safe(doc.source_name)
        if doc.sha256:
            sub(bibl, tei("idno"), type="sha256").text = xml_safe(doc.sha256)
        if self.b.source_url:
            url = xml_safe(self.b.source_url.strip())
            sub(bibl, tei("ref"), target=re.sub(r"\s", "%20", url) or "#").text = url
        if doc.imported_at:
            d = sub(bibl, tei("date"), type="imported")
            when = w3c_date(doc.imported_at)
            if when:
                d.set("when", when)
            d.text = xml_safe(doc.imported_at)
        if doc.encoding:
            sub(bibl, tei("note"), type="encoding").text = xml_safe(doc.encoding)
        fmt = meta.get("format") or doc.format
        if fmt:
            sub(bibl, tei("note"), type="format").text = xml_safe(str(fmt))
        if not len(bibl):
            bibl.text = "Created in Glossator."

        self._encoding_desc(sub(header, tei("encodingDesc")))
        self._profile_desc(sub(header, tei("profileDesc")))
        if self.b.changes:
            self._revisions(sub(header, tei("revisionDesc")), self.b.changes)

    def _encoding_desc(self, enc: etree._Element) -> None:
        sub = etree.SubElement
        app_info = sub(enc, tei("appInfo"))
        app = sub(app_info, tei("application"), ident=APP_IDENT, version=APP_VERSION)
        sub(app, tei("label")).text = "Glossator"
        ed = sub(enc, tei("editorialDecl"))
        p = sub(ed, tei("p"))
        p.text = (
            "Annotations are stand-off: each is a <span> of the spanGrp "
            f"'{RECORDS_TYPE}' in <standOff>, pointing into the text by code point offsets. "
            "Inline elements render accepted annotations; where they cross they are split "
            "into fragments joined by @prev/@next. Rejected annotations are only in <standOff>."
        )
        if self.omitted:
            sub(ed, tei("p")).text = f"{self.omitted} suggested annotation(s) were not exported."
        elif self.b.include_suggestions:
            sub(
                ed, tei("p")
            ).text = "Suggested annotations are included, with @cert and @resp (their origin)."
        # Romanization schemes: from ru-Latn annotations and from term forms.
        for a in self.anns:
            sch = a.attributes.get("scheme")
            if isinstance(sch, str) and sch and a.attributes.get("xml:lang") == "ru-Latn":
                self._scheme(sch)
        norm = sub(ed, tei("normalization"))
        if self.schemes:
            sub(norm, tei("p")).text = (
                "Russian written in Latin letters follows these romanization schemes: "
                + ", ".join(sorted(self.schemes))
                + '. Regularized Cyrillic forms are given in <reg xml:lang="ru">.'
            )
        else:
            sub(norm, tei("p")).text = "No romanized Russian is annotated in this document."

        class_decl = sub(enc, tei("classDecl"))
        tax = sub(class_decl, tei("taxonomy"), {XML_ID: "glossator-taxonomy"})
        sub(tax, tei("desc")).text = "Glossator annotation types"
        for t in TAXONOMY:
            cat = sub(tax, tei("category"), {XML_ID: f"type-{t.name}"})
            sub(cat, tei("catDesc")).text = f"{t.label}: {t.description}"
        if self.schemes:
            tax = sub(class_decl, tei("taxonomy"), {XML_ID: "romanization"})
            sub(tax, tei("desc")).text = "Romanization schemes of Russian used in this document"
            for scheme, sid in sorted(self.schemes.items()):
                cat = sub(tax, tei("category"), {XML_ID: sid, "n": xml_safe(scheme)})
                sub(cat, tei("catDesc")).text = xml_safe(scheme)
        if self.term_statuses:
            tax = sub(class_decl, tei("taxonomy"), {XML_ID: "term-status"})
            sub(tax, tei("desc")).text = "Status of a term base concept"
            for status, sid in sorted(self.term_statuses.items()):
                cat = sub(tax, tei("category"), {XML_ID: sid, "n": xml_safe(status)})
                sub(cat, tei("catDesc")).text = xml_safe(status)

    def _profile_desc(self, prof: etree._Element) -> None:
        sub = etree.SubElement
        doc = self.doc
        for b in doc.blocks:
            lang = LANG_TO_XML.get(b.lang, b.lang)
            if is_language(lang):
                self._lang(lang)
        for sp in doc.spans:
            if is_language(sp.lang):
                self._lang(sp.lang)
        if _CYRILLIC.search(self.text) and not any(
            t.split("-")[0] in ("ru", "uk", "be", "bg", "sr", "mk") for t in self.langs
        ):
            self._lang("ru")
        if _LATIN.search(self.text) and not self.langs:
            self._lang("en")
        if "mul" in self.langs:
            self.langs.setdefault("en", None)
            self.langs.setdefault("ru", None)
        usage = sub(prof, tei("langUsage"))
        for tag in sorted(self.langs):
            name = LANGUAGE_NAMES.get(tag, tag)
            sub(usage, tei("language"), ident=tag).text = name
        if not len(usage):
            sub(usage, tei("language"), ident="und").text = LANGUAGE_NAMES["und"]
        keywords = self._keywords()
        if keywords:
            tc = sub(prof, tei("textClass"))
            kw = sub(tc, tei("keywords"))
            for word in keywords:
                t = sub(kw, tei("term"))
                t.text = xml_safe(word)
                t.set(XML_LANG, "ru" if _CYRILLIC.search(word) else "en")

    def _keywords(self) -> list[str]:
        for b in self.doc.blocks:
            if b.role == "keywords":
                items = [w.strip() for w in self.text[b.start : b.end].split(",")]
                items = [w for w in items if w]
                if items:
                    return items
        kws = self.doc.metadata.get("keywords") or []
        return [str(k) for k in kws if str(k).strip()]

    def _revisions(self, rev: etree._Element, changes: list[Change]) -> None:
        for c in changes:
            el = etree.SubElement(rev, tei("change"), n=str(c.id))
            when = w3c_date(c.at)
            if when:
                el.set("when", when)
            if c.author:
                el.set("who", self.resp.ref("change", c.author))
            what = f"{c.action} {c.entity}"
            if c.entity_id is not None:
                what += f" {c.entity_id}"
            if c.document_id is not None:
                what += f" (document {c.document_id})"
            el.text = xml_safe(what)
