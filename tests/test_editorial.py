"""Editorial analyzers: citations, editor's insertions, dates, hyphenation breaks, quotations.

Each kind is checked on the seed page and on invented texts with other words, including the
cases that must not be found."""

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossator.editorial import (
    find_citations,
    find_dates,
    find_editor_notes,
    find_editorial,
    find_hyphenation_breaks,
    find_quotations,
)
from glossator.editorial.hyphenation import mend
from glossator.model import TAXONOMY, Block

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_cc7236b206390885.txt"


@pytest.fixture(scope="module")
def seed():
    from glossator.analysis import analyze_text

    text = SEED.read_text(encoding="utf-8")
    return text, analyze_text(text).blocks


def check_offsets(text, anns):
    types = {t.name for t in TAXONOMY}
    for a in anns:
        assert a.quote == text[a.start : a.end]
        assert a.prefix == text[max(0, a.start - 32) : a.start]
        assert a.suffix == text[a.end : a.end + 32]
        assert a.status == "suggested"
        assert a.origin.startswith("auto:editorial-")
        assert a.type in types
    assert [a.start for a in anns] == sorted(a.start for a in anns)


def by_quote(anns):
    return {a.quote: a.attributes for a in anns}


# --- the seed --------------------------------------------------------------------------------


def test_seed_citations(seed):
    text, blocks = seed
    anns = find_citations(text, blocks)
    check_offsets(text, anns)
    got = [(a.quote, a.attributes) for a in anns]
    soviet = "Soviet Opposition to Stalin"
    assert got == [
        ("Soviet Opposition to Stalin, p. 74.", {"title": soviet, "pages": "74"}),
        (
            "Ibid, Prague Manifesto, Appendix IV, p.196.",
            {
                "title": soviet,
                "ibid": True,
                "part": "Prague Manifesto, Appendix IV",
                "pages": "196",
            },
        ),
        (
            "Wen Sie Verderben Wollen, p. 424.",
            {"title": "Wen Sie Verderben Wollen", "pages": "424"},
        ),
        (
            "Soviet Opposition to Stalin, Prague Manifesto, pp. 196-199.",
            {"title": soviet, "part": "Prague Manifesto", "pages": "196-199"},
        ),
        ("Ibid, pp.196-199.", {"title": soviet, "ibid": True, "pages": "196-199"}),
        ("Ibid, p. 96.", {"title": soviet, "ibid": True, "pages": "96"}),
        ("Tretia Sila, p. 290", {"title": "Tretia Sila", "pages": "290"}),
    ]
    # brackets are outside the span, as documented
    for a in anns:
        assert "[" not in a.quote and "]" not in a.quote
    assert all(a.origin == "auto:editorial-citation" and a.type == "bibl" for a in anns)


def test_seed_notes(seed):
    text, blocks = seed
    anns = find_editor_notes(text, blocks)
    check_offsets(text, anns)
    assert [(a.quote, a.attributes) for a in anns] == [
        (
            "Home Army - the editor",
            {"resp": "editor", "type": "editorial", "text": "Home Army"},
        ),
        (
            "Komitet Osvobozhdyeniya Narodov Rossii - the Editor.",
            {
                "resp": "editor",
                "type": "editorial",
                "text": "Komitet Osvobozhdyeniya Narodov Rossii",
            },
        ),
    ]
    # "Antonio Muňoz [ed.]" in the byline names a role
    byline = next(b for b in blocks if b.role == "byline")
    assert not [a for a in anns if byline.start <= a.start < byline.end]


def test_seed_dates(seed):
    text, blocks = seed
    anns = find_dates(text, blocks)
    check_offsets(text, anns)
    assert [(a.quote, a.attributes["when"]) for a in anns] == [
        ("July, 1944", "1944-07"),
        ("July 20th", "1944-07-20"),
        ("July 21st", "1944-07-21"),
        ("September 16th", "1944-09-16"),
        ("1917", "1917"),
        ("1917", "1917"),
        ("November 14th, 1944", "1944-11-14"),
        ("1917", "1917"),
        ("December, 1942", "1942-12"),
        ("the 20th of November", "1944-11-20"),
    ]
    # the footer ("last updated October, 21th Y2K+2") is boilerplate: not read
    footer = next(b for b in blocks if b.role == "boilerplate")
    assert not [a for a in anns if a.start >= footer.start]
    assert by_quote(anns)["July 21st"].get("cert") == "medium"
    assert "cert" not in by_quote(anns)["November 14th, 1944"]


def test_seed_hyphenation(seed):
    text, blocks = seed
    anns = find_hyphenation_breaks(text, blocks)
    check_offsets(text, anns)
    assert [a.quote for a in anns] == ["- ", "- "]
    assert [a.attributes for a in anns] == [
        {"break": "no", "reg": "self-determination"},
        {"break": "no", "reg": "independence"},
    ]
    assert text[anns[0].start - 4 : anns[0].end + 13] == "self- determination"
    assert text[anns[1].start - 4 : anns[1].end + 8] == "inde- pendence"


def test_seed_quotations(seed):
    text, blocks = seed
    anns = find_quotations(text, blocks)
    check_offsets(text, anns)
    got = by_quote(anns)
    assert len(anns) == 15
    for word in ('"Cossacks"', '"representatives"', '"satisfactory"', '"Bolshevistic"'):
        assert got[word] == {"type": "soCalled"}
    assert got['"motherland,"'] == {"type": "soCalled"}
    assert got['"Those?"'] == {"type": "quotation"}
    assert got['"brothers and sisters"'] == {"type": "quotation"}
    long = [a for a in anns if a.quote.startswith('"every people will obtain')]
    assert len(long) == 1 and long[0].quote.endswith('his clique"')
    assert all(a.quote[0] == '"' and a.quote[-1] == '"' for a in anns)


def test_seed_all_sorted_and_fast(seed):
    text, blocks = seed
    anns = find_editorial(text, blocks)
    check_offsets(text, anns)
    counts = {}
    for a in anns:
        counts[a.type] = counts.get(a.type, 0) + 1
    assert counts == {"bibl": 7, "note": 2, "date": 10, "lb": 2, "q": 15}
    # nothing from navigation, keywords or the footer
    skipped = [b for b in blocks if b.role not in ("body", "title", "byline")]
    assert not [a for a in anns for b in skipped if b.start <= a.start < b.end]
    find_editorial(text, blocks)  # the word list is loaded once, lazily
    t0 = time.perf_counter()
    for _ in range(10):
        find_editorial(text, blocks)
    assert (time.perf_counter() - t0) / 10 < 0.05


# --- citations and notes on other texts ------------------------------------------------------


def test_citations_invented():
    text = (
        "The order was issued [Dallin, German Rule in Russia, 1957, vol. 2, p. 12.] and "
        "repeated [ibidem, S. 44] and [Ibid.]. The camp [Krasnov, Na Rubezhe, pp. 8-11; "
        "Ibid, p. 9] was closed. Shkuro said so [Ibid., p. 30. Naumenko recalls in his "
        "Kazachii Put, p. 118, another version.]. Also [p. 5] alone."
    )
    anns = find_citations(text)
    check_offsets(text, anns)
    got = [(a.quote, a.attributes) for a in anns]
    assert got == [
        (
            "Dallin, German Rule in Russia, 1957, vol. 2, p. 12.",
            {
                "author": "Dallin",
                "title": "German Rule in Russia",
                "date": "1957",
                "volume": "2",
                "pages": "12",
            },
        ),
        ("ibidem, S. 44", {"title": "German Rule in Russia", "ibid": True, "pages": "44"}),
        ("Ibid.", {"title": "German Rule in Russia", "ibid": True}),
        (
            "Krasnov, Na Rubezhe, pp. 8-11",
            {"author": "Krasnov", "title": "Na Rubezhe", "pages": "8-11"},
        ),
        ("Ibid, p. 9", {"title": "Na Rubezhe", "ibid": True, "pages": "9"}),
        ("Ibid., p. 30.", {"title": "Na Rubezhe", "ibid": True, "pages": "30"}),
        ("Kazachii Put, p. 118", {"title": "Kazachii Put", "pages": "118"}),
        ("p. 5", {"pages": "5"}),
    ]


def test_citation_with_dated_part():
    text = "as printed [Sovetskaya Rossiya, 12 November 1944, p. 2] and [Trud, 5.3.1953, p. 1]"
    anns = find_citations(text)
    assert [a.attributes for a in anns] == [
        {"title": "Sovetskaya Rossiya", "date": "12 November 1944", "pages": "2"},
        {"title": "Trud", "date": "5.3.1953", "pages": "1"},
    ]
    # the date inside is a date as well (annotations may nest)
    assert [a.attributes["when"] for a in find_dates(text)] == ["1944-11-12", "1953-03-05"]


def test_citations_negative():
    text = (
        "He spoke [sic] twice [1] and [12] of it [...] and [?]. The Home Guard [Home Guard - "
        "the editor] marched. Brackets without signal [a later addition] and [see above] and "
        "[the number was 300] are not citations. Pages in prose, p. 5, are not bracketed."
    )
    assert find_citations(text) == []


def test_ibid_without_antecedent():
    text = "First [Ibid, p. 3] then [Rossiya i Evropa, p. 7] then [Ibid, p. 8]."
    anns = find_citations(text)
    assert [a.attributes for a in anns] == [
        {"ibid": True, "pages": "3"},
        {"title": "Rossiya i Evropa", "pages": "7"},
        {"title": "Rossiya i Evropa", "ibid": True, "pages": "8"},
    ]


def test_notes_invented():
    text = (
        "The union [Narodno-Trudovoi Soyuz - transl.] met the staff [ed.: of the Third Army] "
        "and the council [Note of the editor: it met in Munich] near the river "
        "(editor's note: the Isar) and the paper [Posev -ed.] with a pun [Translator's note - "
        "untranslatable] and a gloss [transl.] in passing."
    )
    anns = find_editor_notes(text)
    check_offsets(text, anns)
    assert [(a.quote, a.attributes["resp"], a.attributes["text"]) for a in anns] == [
        ("Narodno-Trudovoi Soyuz - transl.", "translator", "Narodno-Trudovoi Soyuz"),
        ("ed.: of the Third Army", "editor", "of the Third Army"),
        ("Note of the editor: it met in Munich", "editor", "it met in Munich"),
        ("editor's note: the Isar", "editor", "the Isar"),
        ("Posev -ed.", "editor", "Posev"),
        ("Translator's note - untranslatable", "translator", "untranslatable"),
        ("transl.", "translator", ""),
    ]
    assert all(a.attributes["type"] == "editorial" and a.type == "note" for a in anns)
    assert find_citations(text) == []


def test_notes_role_markers_are_skipped():
    text = "Collected by Pyotr Ivanov [ed.] and Maria Lund [transl.], with notes (ed.)."
    assert find_editor_notes(text) == []
    byline = "by the staff [ed.]"
    blocks = [Block(0, len(byline), "byline", "en")]
    assert find_editor_notes(byline, blocks) == []
    # ordinary parentheses are not notes, nor is a hyphenated word in brackets
    assert find_editor_notes("He went (as planned) to [Nizhny-Novgorod].") == []


def test_blocks_choose_what_is_read():
    text = "Menu [Home Guard - the editor] | News\n\nBody [Rus, p. 4] on July 5th, 1943."
    nav_end = text.index("\n")
    blocks = [Block(0, nav_end, "navigation", "en"), Block(nav_end + 2, len(text), "body", "en")]
    anns = find_editorial(text, blocks)
    assert [a.type for a in anns] == ["bibl", "date"]
    assert [a.type for a in find_editorial(text, [Block(0, len(text), "keywords", "en")])] == []


# --- dates -----------------------------------------------------------------------------------


def whens(text):
    anns = find_dates(text)
    check_offsets(text, anns)
    return [(a.quote, a.attributes["when"]) for a in anns]


def test_dates_forms():
    text = (
        "On 21 July 1943 the staff moved; on 3 May they left. The 2nd of March, 20.11.1941, "
        "1942-11-20, 13/05/1945, March 1943, Jan. 5, 1945 and August 9, 1942 were noted."
    )
    assert whens(text) == [
        ("21 July 1943", "1943-07-21"),
        ("3 May", "1943-05-03"),
        ("The 2nd of March", "1943-03-02"),
        ("20.11.1941", "1941-11-20"),
        ("1942-11-20", "1942-11-20"),
        ("13/05/1945", "1945-05-13"),
        ("March 1943", "1943-03"),
        ("Jan. 5, 1945", "1945-01-05"),
        ("August 9, 1942", "1942-08-09"),
    ]


def test_dates_year_from_context():
    text = (
        "In October, 1919 the army stood near Orel. On October 13th it took the city, and on "
        "the 20th of October it fell back. As noted in March, 1918, the plan was old. On "
        "October 24th the retreat began, and on November 2nd it reached Kursk."
    )
    assert whens(text) == [
        ("October, 1919", "1919-10"),
        ("October 13th", "1919-10-13"),
        ("the 20th of October", "1919-10-20"),
        ("March, 1918", "1918-03"),
        ("October 24th", "1919-10-24"),  # the same month, named with a year, wins
        ("November 2nd", "1918-11-02"),  # else the most recent year
    ]


def test_dates_dominant_year_and_no_year():
    # a day before any year takes the document's dominant year
    assert whens("On August 3rd they met. The war of 1920 ended in 1920.") == [
        ("August 3rd", "1920-08-03"),
        ("1920", "1920"),
        ("1920", "1920"),
    ]
    assert whens("It was on April 9th.") == [("April 9th", "--04-09")]


def test_dates_bare_years():
    text = (
        "He left in 1936, before 1939, and the 1905 Revolution was over; during 1941 too; "
        "in the years 1946 and 1947. "
        "A force of 1500 men, page 1917, the 1500 Cossacks, in 1941-1945, the 1920s, "
        "1944 alone and 2500 B.C. are not dates."
    )
    assert whens(text) == [
        ("1936", "1936"),
        ("1939", "1939"),
        ("1905", "1905"),
        ("1941", "1941"),
        ("1946", "1946"),
    ]


def test_dates_negative():
    text = (
        "Feb. 30th, 1944 and February 30th and February 29th, 1943 are impossible. "
        "July 21-22, 1944 is a range. May I ask? 05/06/1945 is ambiguous. "
        "Section 1.2.3.1944 is not a date either."
    )
    assert whens(text) == []
    assert whens("February 29th, 1944 is real.") == [("February 29th, 1944", "1944-02-29")]
    # a leap day whose inferred year is not a leap year is dropped
    assert whens("In March, 1943 we waited; February 29th passed.") == [("March, 1943", "1943-03")]


# --- hyphenation -----------------------------------------------------------------------------


def test_hyphenation_invented():
    text = (
        "The inter- vention was some- times called Bolshe- vism, a peace- loving anti- Soviet "
        "Stalin- ism; well- known and re- establish and war- time and self-\nreliance."
    )
    anns = find_hyphenation_breaks(text)
    check_offsets(text, anns)
    assert [a.attributes["reg"] for a in anns] == [
        "intervention",
        "sometimes",
        "Bolshevism",
        "peace-loving",
        "anti-Soviet",
        "Stalinism",
        "well-known",
        "reestablish",
        "wartime",
        "self-reliance",
    ]
    assert all(a.attributes["break"] == "no" and a.type == "lb" for a in anns)
    assert all(a.quote.startswith("-") and not a.quote[1:].strip() for a in anns)


def test_hyphenation_negative():
    text = (
        "Shkuro - who led them - and the all-Russian staff, pages 196- 199, pre- and post-war, "
        "mid- to late summer, nine- or ten-year terms, Krasnov- who came late, a - b."
    )
    assert find_hyphenation_breaks(text) == []
    assert find_hyphenation_breaks("the whole regiment- the best of them- stayed") == []
    assert mend("pre", "and") is None
    assert mend("inde", "pendence") == "independence"
    assert mend("Inde", "pendence") == "Independence"


# --- quotations ------------------------------------------------------------------------------


def quotes(text):
    anns = find_quotations(text)
    check_offsets(text, anns)
    return [(a.quote, a.attributes["type"]) for a in anns]


def test_quotations_marks():
    text = (
        "He said “the war is over” and wrote „Der Krieg ist aus“ and «война „окончена“» "
        "and »Ende der Reise« and “Enough.” at last."
    )
    assert quotes(text) == [
        ("“the war is over”", "quotation"),
        ("„Der Krieg ist aus“", "quotation"),
        ("«война „окончена“»", "soCalled"),
        ("„окончена“", "soCalled"),
        ("»Ende der Reise«", "quotation"),
        ("“Enough.”", "quotation"),
    ]


def test_quotations_types():
    text = 'A "liberation" and "people\'s army," but "three words here" and "Stop!" ended.'
    assert quotes(text) == [
        ('"liberation"', "soCalled"),
        ('"people\'s army,"', "soCalled"),
        ('"three words here"', "quotation"),
        ('"Stop!"', "quotation"),
    ]


def test_quotations_unbalanced_and_paragraphs():
    assert quotes('A stray ” mark, a 12" gun, and an “unclosed one.') == []
    assert quotes('He wrote "one "two" three') == [('"two"', "soCalled")]
    text = '"The first paragraph opens\n\nand the second closes" here.'
    blocks = [Block(0, 26, "body", "en"), Block(28, len(text), "body", "en")]
    assert text[0:26].endswith("opens")
    assert find_quotations(text, blocks) == []


# --- robustness ------------------------------------------------------------------------------

ALPHABET = st.sampled_from(
    list("ab Z1-.,;:\n[]()\"“”„«»'") + ["ed.", "Ibid", "p. 4", "July", " 21st", "1944", "- "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_never_crashes_and_offsets_hold(text):
    anns = find_editorial(text, [Block(0, len(text), "body", "en")])
    check_offsets(text, anns)
