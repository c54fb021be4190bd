"""Blocks of a text and their roles: title, keywords, navigation, byline, body, boilerplate.

A block is a paragraph: text between blank lines. Inside a paragraph, single line breaks are
kept as part of the block (hard-wrapped prose, verse, addresses) except where a line is a unit
of its own: a navigation bar, a byline, a copyright line, a keyword list, a bullet item, a
heading on the first line, or when the text puts one paragraph per line.

Roles are decided by the readable rules below, each with the reason for it. They look at the
shape of a block (length, separators, punctuation, capitals, a few multilingual cue words),
never at the words of one particular document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from glossator.lang import block_language
from glossator.model import Block

# --- shared patterns ---------------------------------------------------------------------------

_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*\.?")

# Separators of link bars: "|", "•", "·", "¦" (with or without spaces), " / ", breadcrumb
# arrows with spaces, and the "] [" between bracketed links.
_NAV_SEP_RE = re.compile(r"\s*[|•·¦]\s*|\s+/\s+|\s+[»›>]\s+|\]\s*\[")
# Words of link-like lines ("back", "home", "next", and Russian "назад", "на главную", ...).
_NAV_WORDS = (
    "back|home|next|prev|previous|up|top|index|contents|menu|forward|return|main page|homepage|"
    "back to top|to top|go back|"
    "назад|вперёд|вперед|далее|дальше|главная|на главную|наверх|в начало|к началу|содержание|"
    "оглавление|меню|домой"
)
# A nav word on its own, before an arrow or bracket, before "to"/"page"/"chapter", or glued to
# the text of the next link ("backRussian Army of Liberation": the "back" link and the next link
# without a space between them). "Home Army" or "Up in the Air" are not link lines.
_NAV_LINE_RE = re.compile(
    rf"^[\s«<←\[(]*(?:{_NAV_WORDS})"
    r"(?:\s*$|\s*[»>→\]|(]|\s+(?:to|page|chapter|section|article|issue|на|к|страница|глава)\b"
    r"|(?-i:[A-ZА-ЯЁ]))",
    re.I,
)
_ARROWS_RE = re.compile(r"^\s*(?:<<|«|←|<)|(?:>>|»|→|>)\s*$")

# Copyright notices: strong evidence on their own in a short block.
_BOILER_STRONG_RE = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4}|by\b)|all rights reserved|"
    r"все права защищены|перепечатка .{0,40}запрещена",
    re.I,
)
# Page furniture that hardly occurs in prose: update dates, browser advice, counters, credits.
_BOILER_PAGE_RE = re.compile(
    r"\blast (?:updated|modified|changed|revised)\b|\bbest viewed\b|\bbest with\b|"
    r"\btop\s?100\b|\bhit\s?counter\b|\bwebmaster\b|\bpowered by\b|\bsite design\b|"
    r"\bdesigned by\b|последнее обновление|счётчик|счетчик|дизайн сайта|вебмастер",
    re.I,
)
# Weaker cues, frequent in page footers but also in prose.
_BOILER_WEAK_RE = re.compile(
    r"\bcopyright\b|\bcounter\b|\bvisitors?\b|\bhits\b|\bscreen resolution\b|"
    r"\b\d{3,4}\s?[x×]\s?\d{3,4}\s?(?:px|pixels)?\b|\bsitemap\b|посетител|обновлено",
    re.I,
)

# Substrings of which one occurs in every boilerplate cue above.
_BOILER_TRIGGERS = (
    "©",
    "(c)",
    "copyright",
    "rights reserved",
    "права защищены",
    "перепечатка",
    "last ",
    "best ",
    "top",
    "counter",
    "webmaster",
    "powered",
    "design",
    "visitor",
    "hits",
    "resolution",
    "sitemap",
    "обновлен",
    "счетчик",
    "счётчик",
    "дизайн",
    "вебмастер",
    "посетител",
)
_SCREEN_RE = re.compile(r"\d{3,4}\s?[x×]\s?\d{3,4}")

# Words that make a comma list a sentence rather than a keyword list: pronouns, auxiliaries.
_SENTENCE_WORDS = frozenset(
    """i you he she it we they me him her us them is are was were be been being am has have had
    do does did will would shall should can could may might must this that these those which
    who whom whose я ты он она оно мы вы они был была было были есть это что который""".split()
)
_KEYWORDS_LABEL_RE = re.compile(
    r"^\s*(?:key\s?words?|tags?|subjects?|topics?|index terms|ключевые слова|теги|темы)\s*[:\-—]\s*",
    re.I,
)

# Bylines: a cue at the start, and the role it gives the names that follow.
_BYLINE_CUES = (
    (
        re.compile(r"^(?:edited|ed\.|compiled|selected|collected)(?: and \w+)? by\s+", re.I),
        "editors",
    ),
    (
        re.compile(r"^(?:translated|trans\.|tr\.|translation)(?: and \w+)? by\s+", re.I),
        "translators",
    ),
    (re.compile(r"^(?:written|text|story|essay|article|photos?)? ?by\s+", re.I), "authors"),
    (
        re.compile(
            r"^(?:editors?|eds?\.|compiler|под редакцией|редакторы?|составители?|сост\.)"
            r"(?=[\s:\-—])\s*[:\-—]?\s*",
            re.I,
        ),
        "editors",
    ),
    (
        re.compile(r"^(?:translators?|translated|перевод|переводчики?|пер\.)\s*[:\-—]\s*", re.I),
        "translators",
    ),
    (re.compile(r"^(?:authors?|автор(?:ы)?|текст)\s*[:\-—]\s*", re.I), "authors"),
    (re.compile(r"^от\s+", re.I), "authors"),
)
# Role markers after a name: "[ed.]", "(ed.)", "(eds.)", "ed.", "trans.", "(пер.)", "(ред.)".
_EDITOR_MARK_RE = re.compile(
    r"[\[(]\s*(?:eds?|editors?|edited|ред|сост|comp|compiler)\.?\s*[\])]|(?:^|\s)eds?\.(?=\s|$)",
    re.I,
)
_EDITORS_MARK_RE = re.compile(r"[\[(]\s*(?:eds|editors)\.?\s*[\])]|(?:^|\s)eds\.(?=\s|$)", re.I)
_TRANSLATOR_MARK_RE = re.compile(
    r"[\[(]\s*(?:trans|transl|translator|tr|пер|перевод)\.?\s*[\])]|(?:^|\s)trans\.(?=\s|$)",
    re.I,
)
# Words that may stand in a name list without a capital: connectors and particles.
_NAME_PARTICLES = frozenset(
    "and & und et y e i и de da di del della der den van von le la du des ibn bin al el ten ter"
    " zu af av of".split()
)
# Name suffixes that a comma separates from the name they belong to.
_NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv phd ph.d. md esq esq.".split())
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\bи\b)\s*")

_BULLET_RE = re.compile(r"^\s*(?:[-*•·–—▪►]\s|\d{1,3}[.)]\s|[a-zа-я][.)]\s)")


# --- small helpers -----------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _flat(s: str) -> str:
    """One line, single spaces (cached: every rule asks for it)."""
    return _SPACE_RE.sub(" ", s).strip()


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(s)


def _ends_sentence(s: str) -> bool:
    s = s.rstrip(" \"'”»’)]")
    return s.endswith((".", "!", "?", "…", ";", ":", ","))


def nav_items(s: str) -> list[str]:
    """The items of a link bar ("A | B | C" -> ["A", "B", "C"])."""
    return [p for p in (x.strip(" \t[]") for x in _NAV_SEP_RE.split(s)) if p]


# --- rules, one per role -----------------------------------------------------------------------


def is_boilerplate(s: str) -> bool:
    """Copyright lines, counters, browser advice, "last updated": the page's furniture.

    A copyright sign or "all rights reserved" is enough in a block of up to 300 characters, a
    page-furniture cue ("last updated", "best viewed with", "Top100") in one of up to 150. The
    weaker cues (a counter, visitors, a screen size) need a very short block that is not a
    sentence, or two of them, so that a paragraph about museum visitors stays body.
    """
    flat = _flat(s)
    n = len(flat)
    if n > 600:
        return False
    low = flat.lower()
    # Quick test first: the regular expressions below are slow on long runs of prose lines.
    if not any(t in low for t in _BOILER_TRIGGERS) and not _SCREEN_RE.search(low):
        return False
    if n <= 300 and _BOILER_STRONG_RE.search(flat):
        return True
    page = len(_BOILER_PAGE_RE.findall(flat))
    if n <= 150 and page:
        return True
    weak = len(_BOILER_WEAK_RE.findall(flat))
    if n <= 120 and weak and not (len(_words(flat)) >= 6 and flat.endswith((".", "!", "?"))):
        return True
    return n <= 600 and page + weak + bool(_BOILER_STRONG_RE.search(flat)) >= 2


def _link_bar(s: str) -> bool:
    """A bar of short links: at least 3 items (2 when one is "home"/"back"...), each short.

    Link texts are short: at most 5 words and 40 characters (one item in five may be a bit
    longer), and none ends like a sentence.
    """
    if len(_NAV_SEP_RE.findall(s)) == 0:
        return False
    items = nav_items(s)
    if len(items) < 2:
        return False
    if len(items) == 2 and not any(_NAV_LINE_RE.match(i) for i in items):
        return False
    short = [i for i in items if len(_words(i)) <= 5 and len(i) <= 40]
    if len(short) < 0.8 * len(items) or any(len(_words(i)) > 8 for i in items):
        return False
    return not any(i.endswith((".", "!", "?", ",", ";")) for i in items)


def _link_line(s: str) -> bool:
    """A short link-like line: "back", "Home", "Next »", "« Previous", "backRussian Army".

    Only short lines (8 words, 80 characters at most) that start with a navigation word, or are
    framed by arrows, and do not end like a sentence.
    """
    flat = _flat(s)
    if len(flat) > 80 or len(_words(flat)) > 8 or flat.endswith((".", "!", "?")):
        return False
    if _NAV_LINE_RE.match(flat):
        return True
    return bool(_ARROWS_RE.search(flat)) and len(_words(flat)) <= 4


def _line_list(s: str) -> bool:
    """Three or more lines of one to three words each, no punctuation: a menu of links."""
    lines = [x.strip() for x in s.split("\n") if x.strip()]
    return len(lines) >= 3 and all(
        1 <= len(_words(x)) <= 3 and not _ends_sentence(x) for x in lines
    )


def is_navigation(s: str) -> bool:
    """Link bars ("A | B | C", every line of the block one), link-like lines ("back", "Home"),
    menus of short lines."""
    lines = [x for x in s.split("\n") if x.strip()]
    return bool(lines) and all(_link_bar(_flat(x)) for x in lines) or _link_line(s) or _line_list(s)


def is_title_bar(s: str) -> bool:
    """A page title line of "|"-separated parts, as HTML <title>s are: "Site | Section | Page".

    At the top of a page, a separated line with a long part (more than 5 words), or of just two
    or three parts, names the page rather than linking elsewhere.
    """
    flat = _flat(s)
    if not _NAV_SEP_RE.search(flat) or len(flat) > 250:
        return False
    items = nav_items(flat)
    if not 2 <= len(items) <= 4 or any(i.endswith((".", "!", "?", ",")) for i in items):
        return False
    return len(items) <= 2 or any(len(_words(i)) > 5 for i in items)


def keyword_items(s: str) -> list[str] | None:
    """The items of a keyword list, or None if ``s`` is not one.

    A keyword list is a comma (or semicolon) separated run of short items: at least 5 items (2
    after a "Keywords:" label), 85% of them of 1 to 6 words, 4 words per item on average, not
    ending like a sentence, with hardly any pronouns or auxiliary verbs (which make a list a
    sentence: "He visited Prague, Berlin, Paris, Rome and Vienna.").
    """
    flat = _flat(s)
    labelled = _KEYWORDS_LABEL_RE.match(flat)
    if labelled:
        flat = flat[labelled.end() :]
    if (
        len(flat) > 2000
        or flat.endswith(",")
        or flat.endswith((".", "!", "?", ":"))
        and not labelled
    ):
        return None
    items = [i.strip() for i in re.split(r"[,;]", flat)]
    items = [i for i in items if i]
    if len(items) < (2 if labelled else 5):
        return None
    counts = [len(_words(i)) for i in items]
    if sum(1 for c in counts if 1 <= c <= 6) < 0.85 * len(items):
        return None
    if sum(counts) / len(items) > 4:
        return None
    words = [w.lower() for w in _words(flat)]
    if sum(1 for w in words if w in _SENTENCE_WORDS) > max(1, len(items) // 10):
        return None
    # Sentence punctuation inside items ("... the end. Then ...") is not a keyword list.
    if (
        sum(1 for i in items if re.search(r"[.!?]\s+\w", i) and not _abbrev_only(i))
        > len(items) // 5
    ):
        return None
    return items


def _abbrev_only(item: str) -> bool:
    # "St. Petersburg", "Lt. Gen. Anders": periods after short capitalised abbreviations.
    return all(len(m.group(1)) <= 4 for m in re.finditer(r"(\w+)[.!?]\s+\w", item))


def is_keywords(s: str) -> bool:
    return keyword_items(s) is not None


def _name_like(tokens: list[str]) -> bool:
    """Most tokens are capitalised words, initials, particles or role markers."""
    if not tokens:
        return False
    first = tokens[0].lstrip("\"'«“([")
    if not first or not first[0].isupper():
        return False
    good = 0
    for tok in tokens:
        bare = tok.strip("\"'«»“”()[],;:")
        low = bare.lower()
        if not bare or low in _NAME_PARTICLES or low.rstrip(".") in ("ed", "eds", "trans", "tr"):
            good += 1
        elif bare[0].isupper() or tok in ("[ed.]", "(ed.)", "(eds.)", "[eds.]"):
            good += 1
        elif bare[0].isdigit():
            good += 0.5  # a year in "by John Smith, 1999"
    return good >= 0.75 * len(tokens)


def byline_cue(s: str) -> tuple[str, str] | None:
    """(role of the names, text after the cue) when ``s`` is a byline, else None.

    A byline is short (200 characters, 25 words at most), starts with a cue such as "by",
    "edited by", "translated by", "Author:", "от" and continues with names: capitalised words,
    initials, particles and role markers. Without a cue, a short line of names carrying a marker
    "[ed.]", "(eds.)", "trans." is a byline too. "By 1944 the war ..." is not: names are
    capitalised words, not numbers, and no byline ends with a full stop after a long sentence.
    """
    flat = _flat(s)
    if len(flat) > 200 or len(flat.split()) > 25 or "\n" in s.strip() and s.count("\n") > 2:
        return None
    for rx, role in _BYLINE_CUES:
        m = rx.match(flat)
        if m:
            rest = flat[m.end() :]
            if _name_like(rest.split()) and not rest.rstrip().endswith(("!", "?", ";")):
                return role, rest
            return None
    if (_EDITOR_MARK_RE.search(flat) or _TRANSLATOR_MARK_RE.search(flat)) and len(
        flat.split()
    ) <= 15:
        if _name_like(flat.split()):
            return "authors", flat
    return None


def is_byline(s: str) -> bool:
    return byline_cue(s) is not None


def is_heading_like(s: str) -> bool:
    """Short, one or two lines, starts with a capital or digit, no sentence punctuation at the end.

    "Russian Volunteers in the German Wehrmacht in WorldWar II", "Chapter 3", "Глава первая".
    Headings may end with "?" or "!" ("Why Prague?"), but not with ".", ",", ";" or ":".
    """
    stripped = s.strip()
    if stripped.count("\n") > 1:
        return False
    flat = _flat(stripped)
    words = _words(flat)
    if not words or len(flat) > 150 or len(words) > 20:
        return False
    if flat.rstrip(" \"'”»’)]").endswith((".", ",", ";", ":", "…")):
        return False
    first = next((c for c in flat if c.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit())


def _title_case(s: str) -> bool:
    """ALL CAPS, or most longer words capitalised ("The Prague Manifesto of 1944")."""
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    longer = [w for w in _words(s) if len(w) >= 4 and w[0].isalpha()]
    if not longer:
        return bool(_words(s)) and _words(s)[0][0].isupper()
    return sum(1 for w in longer if w[0].isupper()) >= 0.6 * len(longer)


# --- splitting ---------------------------------------------------------------------------------


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line's non-space content; blank lines as (pos, pos) with pos < 0."""
    pos = 0
    for line in text.split("\n"):
        n = len(line)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield pos + lead, pos + lead + len(stripped)
        else:
            yield -1, -1
        pos += n + 1


def _chunks(text: str) -> list[list[tuple[int, int]]]:
    """Paragraphs: groups of non-blank lines between blank lines."""
    chunks: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for start, end in _lines(text):
        if start < 0:
            if cur:
                chunks.append(cur)
                cur = []
        else:
            cur.append((start, end))
    if cur:
        chunks.append(cur)
    return chunks


def _unit_line(s: str) -> bool:
    """A line that is a block of its own even without blank lines around it."""
    return (
        is_boilerplate(s)
        or _link_bar(_flat(s))
        or _link_line(s)
        or is_byline(s)
        or is_keywords(s)
        or bool(_BULLET_RE.match(s))
    )


def _split_chunk(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a paragraph at single line breaks where its lines are units of their own."""
    if len(lines) == 1:
        return [lines[0]]
    line_texts = [text[s:e] for s, e in lines]
    # One paragraph per line (no hard wrapping): lines longer than any wrap width.
    if max(len(t) for t in line_texts) > 100:
        return list(lines)
    units = [_unit_line(t) for t in line_texts]
    groups: list[list[tuple[int, int]]] = [[lines[0]]]
    for i in range(1, len(lines)):
        first_is_heading = (
            i == 1
            and is_heading_like(line_texts[0])
            and len(line_texts[0]) < 0.7 * max(len(t) for t in line_texts[1:])
        )
        if units[i] or units[i - 1] or first_is_heading:
            groups.append([lines[i]])
        else:
            groups[-1].append(lines[i])
    return [(g[0][0], g[-1][1]) for g in groups]


# --- roles -------------------------------------------------------------------------------------


def classify(texts: list[str]) -> list[str]:
    """The role of each block, in order; earlier roles inform later ones.

    Order of the rules: boilerplate (a copyright line may contain "|" or "by"), the page title
    bar at the top, navigation, keywords, byline, title, body.
    """
    roles: list[str] = []
    seen_body = False
    for i, s in enumerate(texts):
        if is_boilerplate(s):
            role = "boilerplate"
        elif i == 0 and is_title_bar(s):
            # The first line of a saved page is often its <title>: "Site | Section | Page".
            role = "title"
        elif is_navigation(s):
            role = "navigation"
        elif is_keywords(s):
            role = "keywords"
        elif is_byline(s):
            role = "byline"
        elif is_heading_like(s) and (not seen_body or (_title_case(s) and len(_words(s)) <= 12)):
            # Before the text starts, a short unpunctuated block is a title or heading; inside
            # the text only a title-cased or all-caps one is (a short sentence without its full
            # stop is not).
            role = "title"
        else:
            role = "body"
            seen_body = True
        roles.append(role)
    return roles


def segment(text: str) -> list[Block]:
    """Split ``text`` into blocks with role and language.

    Blocks are separated by blank lines (and by single line breaks where a line is a unit of its
    own, see the module docstring). Offsets are code points into ``text``: a block starts at its
    first non-space character and ends after its last.
    """
    spans: list[tuple[int, int]] = []
    for chunk in _chunks(text):
        spans.extend(_split_chunk(text, chunk))
    texts = [text[s:e] for s, e in spans]
    roles = classify(texts)
    return [
        Block(start=s, end=e, role=role, lang=block_language(t))
        for (s, e), role, t in zip(spans, roles, texts, strict=True)
    ]


# --- metadata ----------------------------------------------------------------------------------


def _clean_name(s: str) -> str:
    s = _EDITOR_MARK_RE.sub(" ", s)
    s = _TRANSLATOR_MARK_RE.sub(" ", s)
    return _flat(s).strip(" ,;:-—–\"'«»“”()[]")


def parse_byline(s: str) -> dict[str, list[str]]:
    """Names of a byline by role: {"authors": [...], "editors": [...], "translators": [...]}.

    The cue gives the default role ("by" -> authors, "edited by" -> editors); a marker after a
    name overrides it for that name ("Antonio Muñoz [ed.]"), a plural marker ("(eds.)") for all
    names since the previous marker. Names are split at ",", ";", "&", "and" ("и", "und", "et");
    "Jr.", "III" stay with their name; pieces without a capital letter (dates) are dropped.
    """
    out: dict[str, list[str]] = {"authors": [], "editors": [], "translators": []}
    cue = byline_cue(s)
    if cue is None:
        return out
    default, rest = cue
    pieces = [p for p in _NAME_SPLIT_RE.split(rest) if p.strip()]
    names: list[list[str]] = []  # [name, role]
    last_marked = 0
    for piece in pieces:
        plural_ed = bool(_EDITORS_MARK_RE.search(piece))
        ed = plural_ed or bool(_EDITOR_MARK_RE.search(piece))
        tr = bool(_TRANSLATOR_MARK_RE.search(piece))
        name = _clean_name(piece)
        if name and name.lower() in _NAME_SUFFIXES and names:
            names[-1][0] += ", " + name
            name = ""
        if name and any(c.isupper() for c in name) and not name[0].isdigit():
            names.append([name, default])
        if ed or tr:
            role = "editors" if ed else "translators"
            # A marker marks its own name, or the name before it when it stands alone after a
            # comma ("John Smith, ed."); a plural one ("(eds.)") all names since the previous
            # marker.
            targets = (
                range(last_marked, len(names)) if plural_ed else range(len(names) - 1, len(names))
            )
            for j in targets:
                if j >= 0:
                    names[j][1] = role
            last_marked = len(names)
    for name, role in names:
        if name not in out[role]:
            out[role].append(name)
    return out


def extract_metadata(text: str, blocks: list[Block]) -> dict:
    """{"title", "authors", "editors", "translators", "keywords"} from the blocks' roles.

    The title is the text of the first title block (single spaces); names come from the byline
    blocks that precede the body (see :func:`parse_byline`), keywords from keyword blocks.
    """
    meta: dict = {"title": "", "authors": [], "editors": [], "translators": [], "keywords": []}
    seen_body = False
    for b in blocks:
        s = text[b.start : b.end]
        if b.role == "title" and not meta["title"]:
            meta["title"] = _flat(s)
        elif b.role == "byline" and not seen_body:
            for role, names in parse_byline(s).items():
                meta[role].extend(n for n in names if n not in meta[role])
        elif b.role == "keywords":
            for item in keyword_items(s) or []:
                if item not in meta["keywords"]:
                    meta["keywords"].append(item)
        elif b.role == "body":
            seen_body = True
    return meta
