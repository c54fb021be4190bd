"""The decisions behind the window's actions, reached without a window: the annotation
index, what a type key does, stepping through suggestions, linking romanized Russian,
undo, what the text highlights."""

import random

import pytest

from glossator.editing import (
    AnnotationIndex,
    DocumentSession,
    choose_kept_concept,
    describe_error,
    find_all,
    summarize_term,
    trim_span,
)
from glossator.errors import NotFoundError
from glossator.importer import ensure_seeded
from glossator.model import Term, TermForm
from glossator.store import Store

KONR_LATIN = "Komitet Osvobozhdyeniya Narodov Rossii"
KONR_CYRILLIC = "Комитет освобождения народов России"


@pytest.fixture
def session(store):
    ensure_seeded(store)
    return DocumentSession(store, 1)


def brute_overlapping(positions, start, end):
    return sorted(
        (p for p in positions if (p[1] < end and p[2] > start) or (p[1] == p[2] == start)),
        key=lambda p: (p[1], p[2], p[0]),
    )


def test_index_agrees_with_a_scan_through_adds_moves_and_removals():
    rng = random.Random(5)
    positions = {}
    for i in range(1, 800):
        s = rng.randrange(0, 5000)
        e = s + rng.choice([0, 1, 3, 20, 300, 1200])
        positions[i] = (
            i,
            s,
            e,
            rng.choice(["persName", "date"]),
            rng.choice(["suggested", "accepted"]),
        )
    index = AnnotationIndex(positions.values())
    for step in range(400):
        i = rng.randrange(1, 900)
        if rng.random() < 0.3 and i in positions:
            index.remove(i)
            del positions[i]
        else:
            s = rng.randrange(0, 5000)
            p = (i, s, s + rng.randrange(0, 600), "term", rng.choice(["suggested", "rejected"]))
            index.put(p)
            positions[i] = p
        if step % 20 == 0:
            for _ in range(10):
                a = rng.randrange(0, 5200)
                b = a + rng.randrange(0, 400)
                assert index.overlapping(a, b) == brute_overlapping(positions.values(), a, b)
    suggested = sorted((p[1], p[0]) for p in positions.values() if p[4] == "suggested")
    assert index.suggested_count() == len(suggested)
    pos = suggested[3][0]
    after = index.suggestion_after(pos)
    assert positions[after][1] > pos
    assert index.suggestion_after(10**9) == suggested[0][1]  # wraps around
    assert index.suggestion_before(0) == suggested[-1][1]
    assert sum(index.counts.values()) == len(positions)


def test_index_at_gives_the_innermost_annotation_first():
    index = AnnotationIndex([(1, 0, 100, "q", "accepted"), (2, 10, 20, "persName", "accepted")])
    assert [p[0] for p in index.at(15)] == [2, 1]
    assert [p[0] for p in index.at(50)] == [1]
    assert index.at(200) == []


def test_trim_span_and_find_all_ignore_what_people_do_not_type():
    assert trim_span("  Vlasov  ", 0, 10) == (2, 8)
    assert trim_span("abc", 2, 1) == (1, 2)
    text = "Вла́сов, ВЛАСОВ и Алёша"
    assert find_all(text, "власов") == [(0, 7), (9, 15)]
    assert text[slice(*find_all(text, "власов")[0])] == "Вла́сов"
    assert find_all(text, "Алеша") == [(18, 23)]
    assert find_all(text, "") == []


def test_highlight_marks_layers_and_hides_rejected(session):
    text = session.text
    i = text.index("Русская Прага")
    marks = session.marks(0, len(text))
    layers = {(m.layer, text[m.start : m.end]) for m in marks}
    assert ("cyrillic", "Русская Прага") in layers
    assert ("romanized", KONR_LATIN) in layers
    assert any(m.layer == "dim" and "Фотоархив" in text[m.start : m.end] for m in marks)
    ann = session.pick(i, i + len("Русская Прага"))
    assert ("suggested", "Русская Прага") in {(m.layer, text[m.start : m.end]) for m in marks}
    session.reject(ann)
    after = session.marks(i, i + 20)
    assert not [m for m in after if m.id == ann]
    session.accept(ann)
    assert [m.layer for m in session.marks(i, i + 20) if m.id == ann] == ["accepted"]
    # Marks are clipped to the range asked for.
    assert all(i + 2 <= m.start and m.end <= i + 5 for m in session.marks(i + 2, i + 5))


def test_a_type_key_annotates_a_selection_or_retypes_the_current_annotation(session, store):
    text = session.text
    i = text.index("Himmler")
    a = session.apply_type(i - 1, i + len("Himmler"), "persName", None)  # space trimmed
    assert (a.start, a.end, a.quote, a.status, a.origin) == (
        i,
        i + 7,
        "Himmler",
        "accepted",
        "manual",
    )
    assert a.author == "tester"
    same = session.apply_type(i, i + 7, "orgName", None)
    assert same.id == a.id and same.type == "orgName"
    retyped = session.apply_type(i + 3, i + 3, "persName", a.id)
    assert retyped.id == a.id and retyped.type == "persName"
    with pytest.raises(ValueError):
        session.apply_type(i, i, "persName", None)
    assert store.get_annotation(a.id).type == "persName"
    assert session.pick(i + 2) == a.id


def test_stepping_accepting_and_rejecting_suggestions(session, store):
    first = session.next_suggestion(-1)
    start, _ = session.span_of(first)
    assert start == min(
        p[1] for p in (session.index.get(i) for i in session.index.ids()) if p[4] == "suggested"
    )
    second = session.next_suggestion(start)
    assert session.span_of(second)[0] >= start and second != first
    assert session.next_suggestion(session.span_of(second)[0], forward=False) == first
    before = session.counts()
    session.accept(first)
    session.reject(second)
    assert store.get_annotation(first).status == "accepted"
    assert store.get_annotation(second).status == "rejected"
    after = session.counts()
    assert after["suggested"] == before["suggested"] - 2
    assert session.next_suggestion(-1) not in (first, second)


def test_accept_all_of_a_kind_in_a_selection_is_one_undo_step(session, store):
    text = session.text
    start, end = text.index("KONR, Committee"), text.index("Власовцы") + 8
    types = session.suggested_types_in(start, end)
    assert types["foreign"] >= 10
    n = session.set_status_in(start, end, "accepted", "foreign")
    assert n == types["foreign"]
    assert session.suggested_types_in(start, end)["foreign"] == 0
    session.undo()
    assert session.suggested_types_in(start, end)["foreign"] == n


def test_undo_and_redo_follow_the_change_log_after_a_restart(db_path, seed_path):
    with Store(db_path, author="ann") as store:
        ensure_seeded(store)
        s = DocumentSession(store, 1)
        i = s.text.index("Himmler")
        a = s.annotate(i, i + 7, "persName")
    with Store(db_path, author="ann") as store:
        s = DocumentSession(store, 1)
        assert a.id in s.index
        assert s.undo() == [a.id]
        assert a.id not in s.index
        s.redo()
        assert a.id in s.index and s.annotation(a.id).type == "persName"
    with Store(db_path, author="someone else") as store:
        with pytest.raises(NotFoundError):
            DocumentSession(store, 1).undo()


def test_link_proposal_offers_the_engine_the_analysis_and_the_term_base(session):
    i = session.text.index(KONR_LATIN)
    p = session.link_proposal(i, i + len(KONR_LATIN))
    assert p.latin == KONR_LATIN and p.annotation_id is not None
    cyrillics = [c.cyrillic for c in p.candidates]
    assert cyrillics[0] == KONR_CYRILLIC
    assert any(c.source == "engine" for c in p.candidates)
    assert all(c.scheme for c in p.candidates if c.source == "engine")
    assert p.concepts and KONR_CYRILLIC in p.concepts[0].summary.cyrillic


def test_confirming_a_link_to_an_existing_concept(session, store):
    i = session.text.index(KONR_LATIN)
    p = session.link_proposal(i, i + len(KONR_LATIN))
    concept = p.concepts[0].concept_id
    result = session.confirm_link(p, KONR_CYRILLIC, concept, lemma=KONR_CYRILLIC, scheme="bgn-pcgn")
    assert not result.concept_created and result.concept_id == concept
    a = store.get_annotation(p.annotation_id)
    assert a.status == "accepted" and a.attributes["concept"] == concept
    assert a.attributes["cyrillic"] == KONR_CYRILLIC and a.attributes["xml:lang"] == "ru-Latn"
    assert ("transliteration-of", KONR_LATIN, KONR_CYRILLIC) in store.links_of_term(concept)
    assert store.get_term(concept).status == "admitted"
    # Confirming twice adds no second link.
    n = len(store.links_of_term(concept))
    session.confirm_link(session.link_proposal(i, i + len(KONR_LATIN)), KONR_CYRILLIC, concept)
    assert len(store.links_of_term(concept)) == n


def test_confirming_a_link_with_ones_own_cyrillic_makes_a_concept(store):
    from glossator.importer import import_paths

    path = store.path + ".txt"
    with open(path, "w", encoding="utf-8") as f:
        f.write("An essay printed in Novyi zhurnal in 1952, with a preface.\n")
    doc = import_paths(store, [path]).results[0].outcome.document_id
    s = DocumentSession(store, doc)
    i = s.text.index("Novyi zhurnal")
    p = s.link_proposal(i, i + len("Novyi zhurnal"))
    with pytest.raises(ValueError):
        s.confirm_link(p, "Novyi zhurnal")  # not Cyrillic
    result = s.confirm_link(p, "Новый журнал", None, scheme="wikipedia", english="The New Review")
    assert result.concept_created
    term = store.get_term(result.concept_id)
    assert {(f.text, f.lang) for f in term.forms} == {
        ("Новый журнал", "ru"),
        ("Novyi zhurnal", "ru-Latn"),
        ("The New Review", "en"),
    }
    links = set(store.links_of_term(result.concept_id))
    assert ("transliteration-of", "Novyi zhurnal", "Новый журнал") in links
    assert ("translation-of", "The New Review", "Новый журнал") in links
    assert s.concept_at(i + 2) == result.concept_id
    assert [r.concept_id for r in s.term_rows()] == [result.concept_id]


def test_terms_of_the_document_with_romanization_in_the_preferred_scheme(session):
    rows = {r.cyrillic: r for r in session.term_rows()}
    vlasov = rows["Власов"]
    assert (
        vlasov.romanized == "Vlasov" and vlasov.count >= 10 and vlasov.link_status == "to confirm"
    )
    session.scheme = "iso9"
    assert {r.cyrillic: r for r in session.term_rows()}["Чехословакия"].romanized == "Čehoslovakiâ"
    occ = session.term_occurrences(vlasov.concept_id)
    assert len(occ) == vlasov.count
    start, end, _ = occ[3]
    assert session.concept_at(start + 1) == vlasov.concept_id
    assert session.concept_at(start, end) == vlasov.concept_id


def test_choosing_which_concept_to_keep_in_a_merge():
    a = Term([TermForm("Власов", "ru")], status="suggested", id=3)
    b = Term([TermForm("Vlasov", "ru-Latn")], status="admitted", id=9)
    assert choose_kept_concept(a, b) == (9, 3)
    c = Term([TermForm("x", "ru"), TermForm("y", "en")], status="admitted", id=12)
    assert choose_kept_concept(b, c) == (12, 9)
    assert summarize_term(c).english == "y"


def test_errors_people_meet_are_described_and_others_are_not():
    import sqlite3

    assert "busy" in describe_error(sqlite3.OperationalError("database is locked"))
    assert describe_error(ValueError("select some text")) == "select some text"
    assert describe_error(KeyError("x")) is None
