"""TBX (ISO 30042:2008, TBX-Basic) export and import of the term base.

Export — one ``<termEntry id="c{concept}">`` per concept::

    <termEntry id="c7">
      <descrip type="definition">…</descrip>      note lines written "definition: …"
      <note>…</note>                               the rest of the concept's note
      <note>status: suggested (not confirmed)</note>   only for a suggested concept
      <langSet xml:lang="en"><tig id="f21"><term>Russian Liberation Army</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
      <langSet xml:lang="ru"><tig id="f19"><term>Русская освободительная армия</term>
          <termNote type="partOfSpeech">noun</termNote>
          <termNote type="grammaticalGender">feminine</termNote>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>…</langSet>
      <langSet xml:lang="ru-Latn"><tig id="f20"><term>Russkaya osvoboditelnaya armiya</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          <note>transliteration scheme: bgn-pcgn</note></tig></langSet>
    </termEntry>

Decisions:

- Romanized forms go in their own langSet, ``xml:lang="ru-Latn"`` (BCP 47: Russian in Latin
  script), so the ``ru`` langSet holds only Cyrillic and no reader mistakes a romanization for a
  Russian term. TBX-Basic has no data category for a romanization scheme, so the scheme is a
  term-level ``<note>`` in a fixed form, ``transliteration scheme: <name>``; the importer also
  reads ``<termNote|admin|descrip type="transliterationScheme">`` written by other tools.
- Only ``<tig>`` (TBX-Basic; translate-toolkit reads only tig). The importer also reads ntig/termGrp,
  TBX 2019 conceptEntry/langSec/termSec, and Cyrillic-less terms in a ``ru`` langSet (romanized).
- Status: preferred, admitted, deprecated -> ``administrativeStatus`` preferredTerm-admn-sts,
  admittedTerm-admn-sts, deprecatedTerm-admn-sts on every term of the concept. ``suggested`` has
  no TBX value: it is written admittedTerm-admn-sts with the concept note ``status: suggested (not
  confirmed)``, which the importer reads back. On import a concept takes ``preferred`` if any of
  its terms is preferred, ``deprecated`` if all are deprecated (or superseded, obsolete, ...),
  else ``admitted``; a file without statuses gives None (the merge's default).
- Form kinds: acronym <-> ``termType`` acronym (abbreviation, initialism too on import); inflected
  <-> ``termType`` variant; term (and lemma) carry no termType.
- Part of speech (noun, properNoun, adjective, verb, adverb, other) and grammatical gender
  (masculine, feminine, neuter) come from pymorphy3 for Cyrillic forms it knows; for a phrase,
  from its first noun in the nominative (the head of Russian noun phrases). Not imported: the
  term base has no place for them.
- Links among forms are not exported (TBX-Basic has no typed links); the merge re-creates them
  (head-form rule). No DOCTYPE is written. On input no DTD is loaded, no entity is resolved, no
  network is used, and a document whose DOCTYPE declares entities is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from functools import lru_cache

from lxml import etree

from glossator import __version__
from glossator.model import Term, TermForm
from glossator.xmlsafe import untrusted_parser

from .common import (
    CONFIRMED,
    ExchangeError,
    ParsedGlossary,
    clean,
    clean_note,
    finish_term,
    has_cyrillic,
    normalize_lang,
    normalize_status,
    status_of,
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX_STATUS = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
    "suggested": "admittedTerm-admn-sts",
}
SUGGESTED_NOTE = "status: suggested (not confirmed)"
SCHEME_NOTE = "transliteration scheme: "
DEFINITION = "definition: "
_SCHEME_TYPES = {
    "transliterationscheme",
    "transliteration",
    "romanizationscheme",
    "romanisationscheme",
    "romanization",
    "scheme",
}
_ACRONYM_TYPES = {"acronym", "abbreviation", "initialism", "shortform", "clippedterm"}
_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")


# -- export --------------------------------------------------------------------------------


def export_tbx(
    terms: Iterable[Term],
    *,
    grammar: bool = True,
    romanized: bool = True,
    title: str = "Glossator term base",
) -> bytes:
    """The concepts as a TBX-Basic document (UTF-8 bytes with an XML declaration).

    ``romanized=False`` leaves the ru-Latn langSets out: OmegaT takes the language subtag of a
    langSet's xml:lang only, so it offers ru-Latn terms as Russian targets."""
    root = etree.Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    header = etree.SubElement(root, "martifHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    title_stmt = etree.SubElement(file_desc, "titleStmt")
    etree.SubElement(title_stmt, "title").text = title
    source_desc = etree.SubElement(file_desc, "sourceDesc")
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    etree.SubElement(source_desc, "p").text = f"Exported by Glossator {__version__} on {stamp}"
    encoding_desc = etree.SubElement(header, "encodingDesc")
    etree.SubElement(encoding_desc, "p", type="XCSURI").text = "TBXBasicXCSV02.xcs"
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    for term in terms:
        body.append(_term_entry(term, grammar, romanized))
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _term_entry(term: Term, grammar: bool, romanized: bool = True) -> etree._Element:
    entry = etree.Element("termEntry")
    if term.id is not None:
        entry.set("id", f"c{term.id}")
    for line in clean_note(term.note).splitlines():
        if line.lower().startswith(DEFINITION):
            etree.SubElement(entry, "descrip", type="definition").text = line[len(DEFINITION) :]
        else:
            etree.SubElement(entry, "note").text = line
    status = status_of(term)
    if status == "suggested":
        etree.SubElement(entry, "note").text = SUGGESTED_NOTE
    for lang in ("en", "ru", "ru-Latn") if romanized else ("en", "ru"):
        forms = [f for f in term.forms if f.lang == lang and f.text]
        if not forms:
            continue
        lang_set = etree.SubElement(entry, "langSet", {XML_LANG: lang})
        for f in forms:
            lang_set.append(_tig(f, status, grammar))
    for f in term.forms:
        if f.lang not in ("en", "ru", "ru-Latn") and f.text:
            lang_set = etree.SubElement(entry, "langSet", {XML_LANG: f.lang})
            lang_set.append(_tig(f, status, grammar))
    return entry


def _tig(form: TermForm, status: str, grammar: bool) -> etree._Element:
    tig = etree.Element("tig")
    if form.id is not None:
        tig.set("id", f"f{form.id}")
    etree.SubElement(tig, "term").text = form.text
    if grammar and form.lang == "ru":
        pos, gender = grammatical_info(form.text)
        if pos:
            etree.SubElement(tig, "termNote", type="partOfSpeech").text = pos
        if gender:
            etree.SubElement(tig, "termNote", type="grammaticalGender").text = gender
    if form.kind == "acronym":
        etree.SubElement(tig, "termNote", type="termType").text = "acronym"
    elif form.kind == "inflected":
        etree.SubElement(tig, "termNote", type="termType").text = "variant"
    etree.SubElement(tig, "termNote", type="administrativeStatus").text = TBX_STATUS[status]
    if form.lang == "ru-Latn" and form.scheme:
        etree.SubElement(tig, "note").text = SCHEME_NOTE + form.scheme
    return tig


@lru_cache(maxsize=20_000)
def grammatical_info(text: str) -> tuple[str, str]:
    """(TBX part of speech, grammatical gender) of a Cyrillic word or phrase, '' where unknown.

    A word pymorphy3 does not know gets nothing; a phrase is described by its first noun in
    the nominative (Русская освободительная армия -> noun, feminine)."""
    from glossator.translit.lexicon import morph

    words = re.findall(r"[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*", text)
    if not words:
        return "", ""
    m = morph()
    if len(words) == 1:
        word = words[0].lower()
        if not m.word_is_known(word):
            return "", ""
        p = m.parse(word)[0]
        return _pos(p.tag), _gender(p)
    for word in words:
        w = word.lower()
        if not m.word_is_known(w):
            continue
        nouns = [p for p in m.parse(w)[:4] if "NOUN" in p.tag and "nomn" in p.tag]
        if nouns:
            return "noun", _gender(nouns[0])
    return "", ""


def _pos(tag: object) -> str:
    pos = getattr(tag, "POS", None)
    if pos == "NOUN":
        return "properNoun" if any(t in tag for t in _PROPER) else "noun"  # type: ignore[operator]
    if pos in ("ADJF", "ADJS", "PRTF", "PRTS", "COMP"):
        return "adjective"
    if pos in ("VERB", "INFN", "GRND"):
        return "verb"
    if pos == "ADVB":
        return "adverb"
    return "other" if pos else ""


def _gender(parse: object) -> str:
    tag = parse.tag  # type: ignore[attr-defined]
    if tag.POS != "NOUN":
        return ""
    gender = tag.gender or parse.normalized.tag.gender  # type: ignore[attr-defined]
    return {"masc": "masculine", "femn": "feminine", "neut": "neuter"}.get(gender or "", "")


# -- import --------------------------------------------------------------------------------


def _parser() -> etree.XMLParser:
    return untrusted_parser(remove_comments=True, remove_pis=True)


def parse_tbx(data: bytes, name: str = "<tbx>") -> ParsedGlossary:
    """Concepts of a TBX file (TBX-Basic, TBX-Default 2008, or TBX 2019 conceptEntry).

    English, Russian (Cyrillic) and romanized Russian terms become forms; terms in other
    languages are skipped and counted in ``skipped``."""
    if b"<!ENTITY" in data[:65536]:
        raise ExchangeError(
            name,
            "the DOCTYPE declares entities, which Glossator does not expand",
            "remove the internal DTD subset from the file",
        )
    try:
        tree = etree.fromstring(data, _parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        raise ExchangeError(name, f"not well-formed XML ({exc})", "check the file") from exc
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise ExchangeError(
            name,
            "the DOCTYPE declares entities, which Glossator does not expand",
            "remove the internal DTD subset from the file",
        )
    root = tree.getroot()
    if _local(root) not in ("martif", "tbx"):
        raise ExchangeError(
            name, f"the root element is <{_local(root)}>, not <martif> or <tbx>", "give a TBX file"
        )
    out = ParsedGlossary(format="tbx")
    other_langs: dict[str, int] = {}
    for n, entry in enumerate(_descendants(root, ("termEntry", "conceptEntry")), 1):
        term = _read_entry(entry, other_langs)
        if term is None:
            label = entry.get("id") or f"#{n}"
            out.skipped.append(f"entry {label}: no English, Russian or romanized term")
        else:
            out.terms.append(term)
    for lang, count in sorted(other_langs.items()):
        out.skipped.append(f"{count} term(s) in language {lang!r} left out")
    return out


def _local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _descendants(el: etree._Element, names: Sequence[str]) -> Iterator[etree._Element]:
    for d in el.iter():
        if _local(d) in names:
            yield d


def _text(el: etree._Element) -> str:
    return clean("".join(el.itertext()))


def _own(el: etree._Element, stop: Sequence[str]) -> Iterator[etree._Element]:
    """Descendants of ``el`` that do not lie inside a nested ``stop`` element."""
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if _local(child) in stop:
            continue
        yield child
        yield from _own(child, stop)


def _read_entry(entry: etree._Element, other_langs: dict[str, int]) -> Term | None:
    notes: list[str] = []
    suggested = False
    for el in _own(entry, ("langSet", "langSec")):
        kind = _local(el)
        if kind == "note":
            text = _text(el)
            if text.lower().startswith("status: suggested"):
                suggested = True
            elif text:
                notes.append(text)
        elif kind == "descrip" and (el.get("type") or "").lower() == "definition":
            if _text(el):
                notes.append(DEFINITION + _text(el))
    forms: list[TermForm] = []
    statuses: list[str | None] = []
    for lang_set in entry:
        if _local(lang_set) not in ("langSet", "langSec"):
            continue
        tag = lang_set.get(XML_LANG) or lang_set.get("lang") or ""
        lang = normalize_lang(tag)
        term_groups = [t for t in lang_set if _local(t) in ("tig", "ntig", "termSec")]
        if lang is None:
            other_langs[tag or "?"] = other_langs.get(tag or "?", 0) + len(term_groups)
            continue
        for el in _own(lang_set, ("tig", "ntig", "termSec")):
            kind = _local(el)
            if kind == "note" and _text(el):
                notes.append(_text(el))
            elif kind == "descrip" and (el.get("type") or "").lower() == "definition":
                notes.append(DEFINITION + _text(el))
        for group in term_groups:
            form, status, group_notes = _read_term(group, lang)
            if form is not None:
                forms.append(form)
                statuses.append(status)
                notes.extend(n for n in group_notes if n not in notes)
    status = _concept_status(statuses)
    if suggested:
        status = "suggested"
    return finish_term(forms, status, "\n".join(dict.fromkeys(notes)), "import:tbx")


def _read_term(group: etree._Element, lang: str) -> tuple[TermForm | None, str | None, list[str]]:
    text = ""
    status = None
    kind = "term"
    scheme = ""
    notes: list[str] = []
    for el in group.iter():
        name = _local(el)
        typ = (el.get("type") or "").replace(" ", "").lower()
        if name == "term" and not text:
            text = _text(el)
        elif name == "termNote" and typ == "administrativestatus":
            status = normalize_status(_text(el))
        elif name == "termNote" and typ == "termtype":
            value = _text(el).replace(" ", "").lower()
            if value in _ACRONYM_TYPES:
                kind = "acronym"
            elif value in ("variant", "inflectedform"):
                kind = "inflected"
        elif name in ("termNote", "admin", "descrip") and typ in _SCHEME_TYPES:
            scheme = _text(el).lower()
        elif name == "note":
            value = _text(el)
            if value.lower().startswith(SCHEME_NOTE):
                scheme = value[len(SCHEME_NOTE) :].strip().lower()
            elif value:
                notes.append(value)
        elif name == "descrip" and typ == "definition" and _text(el):
            notes.append(DEFINITION + _text(el))
    if not text:
        return None, None, notes
    if lang == "ru" and not has_cyrillic(text):
        lang = "ru-Latn"  # a romanization filed under Russian by the tool that wrote it
    if lang != "ru-Latn":
        scheme = ""
    elif not scheme:
        scheme = "unknown"
    return TermForm(text, lang, kind, scheme), status, notes


def _concept_status(statuses: list[str | None]) -> str | None:
    known = [s for s in statuses if s in CONFIRMED]
    if not known:
        return None
    if "preferred" in known:
        return "preferred"
    if all(s == "deprecated" for s in known):
        return "deprecated"
    return "admitted"
