"""Re-anchoring: annotations follow a corrected text; what cannot be placed is kept apart."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossator.analysis import analyze_text
from glossator.anchoring import place_annotations, revise_document
from glossator.importer import import_paths
from glossator.model import Annotation

OLD = (
    "General Vlasov met Himmler in September.\n\n"
    "The Committee [KONR] was founded in Prague on November 14th, 1944.\n\n"
    "Kasantsev wrote about it in Tretia Sila.\n"
)


def ann(text, quote, type_="persName", i=1, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    a = Annotation(start, start + len(quote), type_, quote=quote, id=i)
    a.prefix = text[max(0, start - 32) : start]
    a.suffix = text[start + len(quote) : start + len(quote) + 32]
    return a


def test_unchanged_lines_shift_exactly():
    new = "A new first line.\n\n" + OLD
    [p] = place_annotations(OLD, new, [ann(OLD, "Prague", "placeName")])
    assert p.how == "unchanged" and new[p.start : p.end] == "Prague"


def test_edited_line_finds_the_quote_by_its_context():
    new = OLD.replace("was founded in Prague", "was, as is well known, founded in Prague")
    placements = place_annotations(
        OLD, new, [ann(OLD, "Prague", "placeName"), ann(OLD, "KONR", i=2)]
    )
    assert [new[p.start : p.end] for p in placements] == ["Prague", "KONR"]
    assert {p.how for p in placements} == {"context"}


def test_the_right_one_of_repeated_quotes_is_chosen():
    old = "Vlasov spoke. Later Vlasov wrote.\n"
    new = "Then Vlasov spoke. Later, Vlasov wrote.\n"
    [p] = place_annotations(old, new, [ann(old, "Vlasov", nth=1)])
    assert new[p.start - 7 : p.end] == "Later, Vlasov"


def test_a_corrected_spelling_is_found_fuzzily_and_a_deleted_quote_is_orphaned():
    new = OLD.replace("Kasantsev", "Kasantzev").replace(" in Tretia Sila", "")
    placements = place_annotations(
        OLD, new, [ann(OLD, "Kasantsev"), ann(OLD, "Tretia Sila", "bibl", 2)]
    )
    assert (placements[0].how, new[placements[0].start : placements[0].end]) == (
        "fuzzy",
        "Kasantzev",
    )
    assert placements[1].how == "orphan" and placements[1].start is None


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="abc \nКОНР😀\u0301", max_size=200),
    st.text(alphabet="xyz \n", max_size=30),
    st.integers(min_value=0, max_value=200),
)
def test_inserting_text_never_loses_an_unchanged_annotation(base, insert, where):
    where = min(where, len(base))
    new = base[:where] + insert + base[where:]
    anns = []
    for i in range(0, max(0, len(base) - 3), 7):
        a = Annotation(i, i + 3, "term", quote=base[i : i + 3], id=i + 1)
        a.prefix, a.suffix = base[max(0, i - 32) : i], base[i + 3 : i + 35]
        anns.append(a)
    for p, a in zip(place_annotations(base, new, anns), anns, strict=True):
        if a.end <= where or a.start >= where:  # the insertion did not cut through it
            assert p.start is not None and new[p.start : p.end] == a.quote


def test_revise_document_keeps_orphans_in_a_list_of_their_own(store, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(OLD, encoding="utf-8")
    doc_id = import_paths(store, [path]).results[0].outcome.document_id
    vlasov = store.add_annotation(doc_id, Annotation(8, 14, "persName", status="accepted"))
    sila = store.add_annotation(
        doc_id, Annotation(OLD.index("Tretia"), OLD.index("Tretia") + 11, "bibl")
    )
    new = "Preface.\n\n" + OLD.replace(" in Tretia Sila", "")
    revise_document(store, doc_id, new)
    doc = store.get_document(doc_id)
    assert doc.revision == 2 and doc.text == analyze_text(new).text
    moved = store.get_annotation(vlasov.id)
    assert doc.text[moved.start : moved.end] == "Vlasov" and moved.status == "accepted"
    assert sila.id not in [a.id for a in doc.annotations]
    orphans = store.orphaned_annotations(doc_id)
    # The bibl and the machine's suggestion on the same words both lost their text.
    assert {a.quote for a in orphans} == {"Tretia Sila"} and sila.id in [a.id for a in orphans]
    assert store.changes(doc_id)[0].after["orphaned"] == len(orphans)


def test_nothing_from_before_a_revision_is_undone_after_it(store, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(OLD, encoding="utf-8")
    doc_id = import_paths(store, [path]).results[0].outcome.document_id
    store.add_annotation(doc_id, Annotation(8, 14, "persName"))
    assert store.can_undo()
    revise_document(store, doc_id, "Preface.\n\n" + OLD)
    assert not store.can_undo()  # its offsets were those of the old text


def test_a_correction_computed_on_an_old_revision_is_refused(store, tmp_path):
    from glossator.errors import StoreError

    path = tmp_path / "page.txt"
    path.write_text(OLD, encoding="utf-8")
    doc_id = import_paths(store, [path]).results[0].outcome.document_id
    stale = analyze_text("Stale.\n\n" + OLD)
    revise_document(store, doc_id, "Newer.\n\n" + OLD)
    with pytest.raises(StoreError, match="corrected elsewhere"):
        store.add_revision(doc_id, stale, [], expected_revision=1)
    assert store.get_document(doc_id).text.startswith("Newer.")
