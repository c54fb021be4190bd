"""Romanization schemes, reverse romanization, detection, acronyms, homoglyphs, term index."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossator.translit import (
    SCHEMES,
    TermIndex,
    find_cyrillic,
    find_homoglyphs,
    find_romanized,
    langmodel,
    lexicon,
    match_acronyms,
    reverse_romanize,
    romanize,
    skeleton,
)
from glossator.translit.reverse import reverse_strict

LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def fold(s: str) -> str:
    return s.lower().replace("ё", "е")


# --- schemes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        ("ala-lc", "Khrushchëv"),
        ("bgn-pcgn", "Khrushchëv"),
        ("iso9", "Hruŝëv"),
        ("scholarly", "Xruščëv"),
        ("wikipedia", "Khrushchyov"),
        ("german", "Chruschtschow"),
        ("french", "Khrouchtchev"),
        ("polish", "Chruszczow"),
    ],
)
def test_romanize_styles(scheme, expected):
    assert romanize("Хрущёв", scheme) == expected


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_scheme_leaves_yo_untouched(scheme):
    assert "ё" not in romanize("ёлка Ёж Хрущёв ЁЖИК", scheme).lower()


def test_yo_fixed_in_iuliia_schemes():
    assert romanize("Ёлка", "bgn-pcgn") == "Yëlka"
    assert romanize("Горбачёв", "ala-lc") == "Gorbachëv"
    assert romanize("ёж", "iso9") == "ëž"


def test_german_and_french_examples():
    assert romanize("Власов", "german") == "Wlassow"
    assert romanize("Челябинск", "german") == "Tscheljabinsk"
    assert romanize("Ельцин", "german") == "Jelzin"
    assert romanize("Достоевский", "german") == "Dostojewski"
    assert romanize("Жуков", "french") == "Joukov"
    assert romanize("Достоевский", "french") == "Dostoïevski"
    assert romanize("Власов", "polish") == "Własow"


def test_unknown_scheme_is_refused():
    with pytest.raises(ValueError, match="unknown romanization scheme"):
        romanize("да", "klingon")


# a word never starts with a sign, whose romanization (ʹ, ʺ) has no capital
cyr_word = st.text(alphabet=LOWER, min_size=1, max_size=12).filter(lambda w: w[0] not in "ъь")


@settings(max_examples=300, deadline=None)
@given(cyr_word, st.booleans())
def test_iso9_round_trip(word, title):
    w = word.capitalize() if title else word
    assert reverse_strict(romanize(w, "iso9"), "iso9") == w


@settings(max_examples=300, deadline=None)
@given(cyr_word.filter(lambda w: not any(s in w for s in ("шч", "йу", "йа"))), st.booleans())
def test_scholarly_round_trip(word, title):
    # ш+ч, й+у, й+а are written like щ, ю, я: the only ambiguities of the scholarly system
    w = word.capitalize() if title else word
    assert reverse_strict(romanize(w, "scholarly"), "scholarly") == w


@pytest.mark.parametrize(
    "word", ["освобождения", "Россия", "Хрущёв", "щука", "объявление", "Чехословакия", "Юрьев"]
)
@pytest.mark.parametrize("scheme", ["iso9", "scholarly"])
def test_reversible_schemes_through_reverse_romanize(word, scheme):
    best = reverse_romanize(romanize(word, scheme))[0]
    assert best.cyrillic == word and best.known


# --- reverse romanization -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Rossii", "России"),
        ("Osvobozhdyeniya", "Освобождения"),
        ("Russkai͡a", "Русская"),
        ("osvoboditelʹnai͡a", "освободительная"),
        ("Wlassow", "Власов"),
        ("Własow", "Власов"),
        ("Vlassov", "Власов"),
        ("Chruschtschow", "Хрущёв"),
        ("Khrouchtchev", "Хрущёв"),
        ("Chruščëv", "Хрущёв"),
        ("Dostoïevski", "Достоевский"),
        ("Dostojewski", "Достоевский"),
        ("Tscheljabinsk", "Челябинск"),
        ("Kasantsev", "Казанцев"),
        ("Joukov", "Жуков"),
        ("Sankt-Peterburg", "Санкт-Петербург"),
        ("Tolstoi", "Толстой"),
    ],
)
def test_reverse_known_examples(latin, cyrillic):
    best = reverse_romanize(latin)[0]
    assert fold(best.cyrillic) == fold(cyrillic)
    assert best.known
    assert 0.0 < best.score <= 1.0


def test_reverse_gives_lemma_and_scheme():
    best = reverse_romanize("Rossii")[0]
    assert best.lemma == "Россия"
    assert reverse_romanize("Wlassow")[0].scheme == "german"
    assert reverse_romanize("Khrouchtchev")[0].scheme == "french"


def test_reverse_unknown_name_is_plausible():
    best = reverse_romanize("Mochola")[0]
    assert not best.known
    assert best.cyrillic in ("Мохола", "Мохоля")


def test_reverse_phrase():
    best = reverse_romanize("Komitet Osvobozhdeniya Narodov Rossii")[0]
    assert fold(best.cyrillic) == "комитет освобождения народов россии"


# --- detection ------------------------------------------------------------------------------


def spans_of(text):
    return {(s.text, fold(s.cyrillic)) for s in find_romanized(text)}


def test_detects_phrases_and_acronyms():
    text = (
        "In 1944 the Komitet Osvobozhdyeniya Narodov Rossii (KONR) was founded; its army, the "
        "Russkaya Osvoboditel'naya Armiya (ROA), was led by Andrey Vlasov."
    )
    found = find_romanized(text)
    got = {(s.text, s.kind) for s in found}
    assert ("Komitet Osvobozhdyeniya Narodov Rossii", "phrase") in got
    assert ("KONR", "acronym") in got
    assert ("ROA", "acronym") in got
    konr = next(s for s in found if s.text == "KONR")
    assert konr.cyrillic == "КОНР"
    assert all(s.text not in ("In", "army", "founded") for s in found)


def test_detects_single_names_in_many_styles():
    text = "Kasantsev wrote about Chruščëv, Dostoïevski, Wlassow, Joukov and Tscheljabinsk."
    got = spans_of(text)
    for latin, cyr in [
        ("Kasantsev", "казанцев"),
        ("Chruščëv", "хрущев"),
        ("Dostoïevski", "достоевский"),
        ("Wlassow", "власов"),
        ("Joukov", "жуков"),
        ("Tscheljabinsk", "челябинск"),
    ]:
        assert (latin, cyr) in got


def test_offsets_are_code_points_and_windowed():
    text = "Ёж. Then Novyi zhurnal appeared."
    spans = find_romanized(text)
    assert [(s.start, s.end) for s in spans] == [(9, 22)]
    assert text[9:22] == "Novyi zhurnal"
    assert find_romanized(text, 0, 8) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Soldaten wurden in Dabendorf ausgebildet, bevor die Wehrmacht kam.",
        "Wen sie verderben wollen, den schlagen sie mit Blindheit.",
        "Władysław Anders dowodził armią polską na Bliskim Wschodzie.",
        "Slovanská knihovna v Praze uchovává ruské exilové tisky.",
        "Acta Rossica edita sunt in urbe Roma.",
        "The Russian Liberation Army and The Committee met in Prague.",
    ],
)
def test_non_russian_is_not_reported(text):
    assert find_romanized(text) == []


def test_phrase_lemma():
    span = find_romanized("the Russkoi Osvoboditel'noi Armii veterans")[0]
    assert fold(span.cyrillic) == "русской освободительной армии"
    assert fold(span.lemma) == "русская освободительная армия"


def test_termbase_marks_concepts():
    idx = TermIndex()
    idx.add("c1", "Комитет освобождения народов России", "ru")
    idx.add("c1", "KONR", "ru-Latn")
    text = "The Komitet Osvobozhdeniya Narodov Rossii met."
    spans = find_romanized(text, termbase=idx)
    assert spans and spans[0].term == "c1"


# --- acronyms, homoglyphs, Cyrillic ---------------------------------------------------------


def test_acronym_links_all_expansions():
    text = (
        "The Committee for the Liberation of the Peoples of Russia (Komitet Osvobozhdeniya "
        "Narodov Rossii, KONR) - КОНР in Russian sources - issued a manifesto."
    )
    links = match_acronyms(text)
    konr = next(lk for lk in links if lk.acronym[2] == "KONR")
    assert konr.latin and konr.latin[2] == "Komitet Osvobozhdeniya Narodov Rossii"
    assert konr.cyrillic and konr.cyrillic[2] == "КОНР"
    assert konr.english and konr.english[2].endswith("Peoples of Russia")
    assert konr.cyrillic_acronym == "КОНР"


def test_english_acronym_is_not_russian():
    assert match_acronyms("The United Nations (UN) and NATO met.") == []


def test_homoglyphs():
    text = "Этo cлово, and a wоrd."
    found = {h.text: h for h in find_homoglyphs(text)}
    assert found["Этo"].fixed == "Это" and found["Этo"].script == "Cyrillic"
    assert found["Этo"].positions == [2] and found["Этo"].known
    assert found["cлово"].fixed == "слово"
    assert found["wоrd"].fixed == "word" and found["wоrd"].script == "Latin"
    assert find_homoglyphs("Чистый русский текст and clean English") == []


def test_find_cyrillic_romanizes_and_lemmatizes():
    spans = find_cyrillic("Читали «Новый журнал». России, 1944.", "german")
    texts = {s.text: s for s in spans}
    assert texts["Новый журнал"].romanized == "Nowy schurnal"
    assert texts["России"].lemma == "Россия"


# --- term index -----------------------------------------------------------------------------


def test_skeleton_unifies_styles():
    keys = {
        skeleton(x) for x in ["Khrushchev", "Chruschtschow", "Khrouchtchev", "Chruščëv", "Хрущёв"]
    }
    assert len(keys) == 1


def test_termindex_lookup():
    idx = TermIndex()
    idx.add(1, "Власов", "ru")
    idx.add(2, "Казанцев", "ru")
    idx.add(3, "Vlasov army", "en")
    assert idx.lookup("Wlassow")[0][0] == 1
    assert idx.lookup("Kasanzew")[0][0] == 2
    assert idx.lookup("Vlassov")[0][0] == 1
    assert idx.lookup("Dabendorf") == []


# --- precision on English prose full of European names ---------------------------------------


def _found(text: str) -> list[str]:
    return [sp.text for sp in find_romanized(text)]


@pytest.mark.parametrize(
    "text",
    [
        "German troops crossed the border and the Germans reached Germany's east.",
        "In the critical situation of the Reich the Gestapo arrested him.",
        "The volume was edited by Antonio Muñoz and Roberto Rossellini.",
        "Not only Rosenberg opposed this, but also Darwin, Franklin and the men in Berlin.",
        "Friedrich Paulus and Gerhard Kaiser met Gabriele D'Annunzio in Potsdam.",
    ],
)
def test_english_and_european_names_are_not_russian(text):
    assert _found(text) == []


def test_polish_name_is_not_russian_but_polish_style_russian_is():
    assert _found("The Polish general Władysław Anders led the army.") == []
    spans = find_romanized("Polish police files spell the name Własow.")
    assert [fold(sp.cyrillic) for sp in spans] == ["власов"]


def test_hyphenation_break_is_judged_as_one_word():
    assert _found("the right to state inde- pendence and self- determination") == []
    assert _found("the right to state inde-\npendence") == []


def test_russian_names_in_english_keep_a_sign_of_romanization():
    spans = find_romanized("Stalin met General Vlasov in Smolensk; Pushkin was read aloud.")
    assert [fold(sp.cyrillic) for sp in spans] == ["сталин", "власов", "смоленск", "пушкин"]


def test_first_name_joins_a_surname_but_is_not_reported_alone():
    assert [fold(sp.cyrillic) for sp in find_romanized("Then Andrey Vlasov spoke.")] == [
        "андрей власов"
    ]
    assert _found("Then Ivan spoke to Olga.") == []


def test_possessive_and_soft_sign():
    spans = find_romanized("Under Vlasov's command; he read Gogol' in Tver'.")
    assert [fold(sp.cyrillic) for sp in spans] == ["власов", "гоголь", "тверь"]
    assert spans[0].text == "Vlasov"


def test_inflected_foreign_name_alone_is_not_russian():
    assert _found("The ships left Bizerte for Gabriele's villa.") == []


# --- second round: readings ---------------------------------------------------------------


def _first(latin: str) -> str:
    return fold(reverse_romanize(latin)[0].cyrillic)


@pytest.mark.parametrize(
    ("latin", "expected"),
    [
        ("Evgenii", "евгений"),  # a plain initial e is Е, not Э
        ("Evgenij", "евгений"),
        ("Koutiepov", "кутепов"),  # older French ie for е
        ("Boulganine", "булганин"),  # French -ine for -ин, the nominative preferred
        ("Obchtche-Voinskii", "общевоинский"),  # a compound written with a hyphen
        ("Buniachenko", "буняченко"),  # ia is я in the scheme; ья only as a relaxation
        ("Lossky", "лосский"),  # a surname the lexicon lacks beats a costly common word
    ],
)
def test_second_round_readings(latin, expected):
    assert _first(latin) == expected


# --- second round: detection in context -------------------------------------------------------


def _reported(text: str) -> set[str]:
    return {w for sp in find_romanized(text) for w in sp.text.replace("-", " ").split()}


def test_czech_names_with_hacek_are_not_russian():
    got = _reported("Jaroslav Hašek served in the legion, and Karel Čapek wrote about robots.")
    assert not {"Hašek", "Čapek", "Jaroslav"} & got


def test_hacek_with_russian_ending_still_counts():
    got = _reported("The scholarly spelling Šostakovič appears in the index.")
    assert "Šostakovič" in got


def test_first_name_and_unknown_surname_support_each_other():
    got = _reported("The poet Valerii Pereleshin moved on to Rio de Janeiro.")
    assert {"Valerii", "Pereleshin"} <= got


def test_pair_needs_no_foreign_spelling():
    got = _reported("Roberto Rossellini filmed in Berlin in 1947.")
    assert not got


def test_adopted_name_joins_a_list_of_russian_names():
    got = _reported("Letters from Novosibirsk, Krasnodar and Sverdlovsk were intercepted.")
    assert {"Novosibirsk", "Krasnodar", "Sverdlovsk"} <= got


def test_adopted_name_is_russian_when_russian_texts_use_it_far_more():
    # English spells Krasnodar as every romanization does (like Smolensk in the shared pairs):
    # the name is far more common in Russian text than in any other language
    assert "Krasnodar" in _reported("Krasnodar is a city in the south.")
    # English names that Russian also writes are not (Berlin, Franklin, Darwin)
    assert not _reported("Franklin and Darwin met in Berlin.")


def test_word_reported_elsewhere_in_document():
    text = "Nikolai Lossky taught in Prague. Later Lossky moved to New York."
    spans = find_romanized(text)
    assert sum(1 for sp in spans if "Lossky" in sp.text) == 2


def test_english_names_ending_in_ow_are_english():
    assert not _reported("He flew to Moscow and then to Glasgow.")


def test_cue_phrase_introduces_russian_word():
    got = _reported("The town was later known as Gorky, after the writer.")
    assert "Gorky" in got


# --- third round: names, plurals, Western names, acronyms -----------------------------------


def _cyr_found(text: str) -> dict[str, str]:
    return {sp.text: sp.cyrillic for sp in find_romanized(text)}


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Daria", "Дарья"), ("Tatiana", "Татьяна"), ("Natalia", "Наталья"), ("Yuri", "Юрий")],
)
def test_name_reads_as_its_standard_spelling(latin, cyrillic):
    assert reverse_romanize(latin)[0].cyrillic == cyrillic


def test_ts_reads_as_tse_in_names():
    assert reverse_romanize("Vyssotski")[0].cyrillic == "Высоцкий"
    assert reverse_romanize("Khrapovitskii")[0].cyrillic == "Храповицкий"


def test_capitalised_word_prefers_a_name_to_a_gerund():
    assert reverse_romanize("Beria")[0].cyrillic == "Берия"


def test_place_name_read_in_the_nominative():
    assert reverse_romanize("Beresina")[0].cyrillic == "Березина"


def test_lone_russian_first_name_is_reported():
    assert "Efim" in _cyr_found("A letter from Efim arrived in the spring.")
    assert "Lidiia" in _cyr_found("He read Dante with his daughter Lidiia every evening.")


def test_western_first_names_are_not_paired():
    found = _cyr_found("German Slavists met the Baltic Germans; Georges Brassens sang.")
    assert not found


def test_english_word_first_name_pairs_with_a_russian_surname():
    assert "Maxim Gorky" in _cyr_found("He stayed in Sorrento with Maxim Gorky for a year.")


def test_german_ow_names_are_not_russian():
    assert not _cyr_found("The memorial rose in Treptow, and the leaders met in Teltow.")


def test_name_after_a_particle_or_beside_a_foreign_name_is_not_russian():
    assert not _cyr_found("He met Henning von Tresckow and Manuel de Falla.")
    assert not _cyr_found("General Ludvík Svoboda and Stanisław Grabski signed it.")


def test_english_plural_of_russian_surname():
    found = _cyr_found("The Slavophiles Khomiakov and the Aksakovs read Schelling.")
    assert found.get("Aksakovs") == "Аксаковы"


def test_bare_russian_acronym_in_russian_context():
    found = _cyr_found("Counter-intelligence was the task of SMERSH, short for Smert' shpionam.")
    assert found.get("SMERSH") == "СМЕРШ"
    found = _cyr_found("The staff of the VSIuR moved from Taganrog to Novocherkassk.")
    assert found.get("VSIuR") == "ВСЮР"


def test_english_acronyms_stay_english():
    found = _cyr_found("The OSS, the CIA and SHAEF met Vladimir Zhabotinskii and Ivan Khrushchev.")
    assert not {"OSS", "CIA", "SHAEF"} & set(found)


def test_acronym_linked_across_the_document():
    text = (
        "The Komitet Osvobozhdeniia Narodov Rossii met in Prague. "
        + "Many other things happened that year. " * 15
        + "Later the KONR moved south."
    )
    found = _cyr_found(text)
    assert found.get("KONR") == "КОНР"


def test_title_cased_phrases_get_russian_capitalisation():
    spans = find_romanized(
        "The Komitet Osvobozhdyeniya Narodov Rossii and Russkaya Osvoboditel'naya Armiya "
        "met Andrey Vlasov."
    )
    got = {s.text: s.cyrillic for s in spans}
    assert got["Komitet Osvobozhdyeniya Narodov Rossii"] == "Комитет освобождения народов России"
    assert got["Russkaya Osvoboditel'naya Armiya"] == "Русская освободительная армия"
    assert got["Andrey Vlasov"] == "Андрей Власов"  # names keep their capitals


# --- fifth round: standard name forms, French spellings, pairs, phrases ---------------------


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Igor", "Игорь"),
        ("Adolf", "Адольф"),
        ("Eduard", "Эдуард"),
        ("Marina", "Марина"),
        ("Iakov", "Яков"),
    ],
)
def test_capitalised_name_prefers_soft_sign_and_e_oborotnoe(latin, cyrillic):
    assert reverse_romanize(latin)[0].cyrillic == cyrillic


def test_french_name_reads_in_the_nominative():
    assert reverse_romanize("Alekhine")[0].cyrillic == "Алехин"
    assert reverse_romanize("Alexandre")[0].cyrillic == "Александр"
    assert reverse_romanize("Moskve")[0].cyrillic == "Москве"  # no nominative reading to prefer


def test_french_ou_reads_as_u_in_unknown_names():
    assert reverse_romanize("Noureev")[0].cyrillic == "Нуреев"


def test_older_off_and_eff_endings_are_russian_surnames():
    found = _cyr_found("The fleet was commanded by Admiral Tchitchagoff and Count Apraxine.")
    assert "Tchitchagoff" in found


def test_western_first_name_needs_a_russian_surname():
    assert not _cyr_found("General Otto Lasch and Arnold Deutsch were there.")
    assert not _cyr_found("She sang for Boris Souvarine.")
    assert not _cyr_found("Adam Michnik and Jacek Kuroń wrote the prefaces.")
    assert not _cyr_found("In Shanghai Zhou Xuan recorded her hits.")


def test_english_first_name_joins_a_russian_surname():
    found = _cyr_found("The pilot Marina Chechneva flew with Nadezhda Popova.")
    assert "Marina Chechneva" in found


def test_one_letter_preposition_joins_a_phrase():
    found = _cyr_found("He read Put' k svobode and Iskhod k Vostoku in exile.")
    assert found.get("Put' k svobode") == "Путь к свободе"
    assert found.get("Iskhod k Vostoku") == "Исход к Востоку"


def test_noun_agrees_with_adjective_in_a_phrase():
    found = _cyr_found("The Khronika tekushchikh sobytii circulated in typescript.")
    assert found.get("Khronika tekushchikh sobytii") == "Хроника текущих событий"


def test_acronym_inside_a_phrase_and_long_mixed_acronym():
    found = _cyr_found("The volumes of Akademiia nauk SSSR and the VASKhNIL session of 1948.")
    assert found.get("SSSR") == "СССР"
    assert found.get("VASKhNIL") == "ВАСХНИЛ"


def test_english_spelling_not_reported_for_a_russian_one():
    found = _cyr_found("They wrote Odnoetazhnaya Amerika after crossing America by car.")
    assert "America" not in found


def test_capitalised_common_noun_in_an_oblique_case_is_not_alone_russian():
    assert "Rotonde" not in _cyr_found("They met at the Rotonde every evening.")
    assert _cyr_found("The slogan Za Rodinu was painted on the wall.").get("Za Rodinu")


def test_german_sch_ending_on_a_common_noun_reading():
    assert "Lasch" not in _cyr_found("The fortress was held by General Lasch.")
    assert "Woronesch" in _cyr_found("German maps wrote Woronesch and Kursk.")


def test_russian_title_introduces_a_name():
    assert "Feodor" in _cyr_found("The boyars served Tsar Feodor until his death.")


def test_russian_noun_glossed_in_english_is_reported():
    found = _cyr_found("Prisoners dreaded the etap, the march from prison to prison.")
    assert found.get("etap") == "этап"


def test_english_article_and_word_do_not_extend_a_phrase():
    found = _cyr_found("He was a blatnoi, a professional thief, and a vor v zakone.")
    assert not any("professional" in k for k in found)


# --- round five: neighbouring Slavic languages, French diacritics, context, acronyms ---------


def test_bulgarian_paragraph_needs_russian_only_spelling_or_lexicon_surname():
    text = (
        "In Sofia the poet Pencho Slaveykov and Petko Todorov edited the review, while the "
        "Russian emigre Nikolai Trubetskoi and Petr Savitskii lectured at the university."
    )
    found = _cyr_found(text)
    assert not any("Todorov" in k or "Slaveykov" in k for k in found)
    assert any("Savitskii" in k for k in found)
    assert any("Trubetskoi" in k for k in found)


def test_sofia_as_a_first_name_is_no_bulgarian_cue():
    found = _cyr_found("The sisters Sofia and Maria Kuznetsova met Boris Zhivkov in Kiev.")
    assert any("Zhivkov" in k for k in found)


def test_name_after_a_south_slavic_demonym_is_not_russian():
    text = "Grigorii Zinov'ev received the Bulgarian Vasil Kolarov, and Osip Piatnitskii wrote."
    found = _cyr_found(text)
    assert not any("Kolarov" in k for k in found)
    assert any("Piatnitskii" in k for k in found)


def test_serbian_ic_is_never_russian():
    assert not any("ić" in k for k in _cyr_found("In Belgrade Ivan Petrović met Pavel Ivanov."))


def test_polish_owski_without_russian_context_is_polish():
    found = _cyr_found("Polish poets admired Jan Lechowski and Tadeusz Borowski in Krakow.")
    assert not any("owski" in k for k in found)
    # the lexicon knows the surname: a Russian one in Polish spelling
    assert _cyr_found("Warsaw readers bought Ostrowski in cheap editions.").get("Ostrowski")


def test_western_first_name_does_not_open_a_pair():
    found = _cyr_found("At the studio Margot Fonteyn watched the class of Matilda Kshesinskaya.")
    assert not any("Margot" in k or "Fonteyn" in k for k in found)
    found = _cyr_found("The poets Czesław Miłosz and Zbigniew Herbert read in Paris.")
    assert not any("Herbert" in k for k in found)


def test_french_acute_and_diaeresis():
    assert reverse_romanize("Tourguénev")[0].cyrillic == "Тургенев"
    assert reverse_romanize("Mikhaïl")[0].cyrillic == "Михаил"
    assert reverse_romanize("Maïa")[0].cyrillic == "Майя"
    assert reverse_romanize("Plissetskaïa")[0].cyrillic == "Плисецкая"
    assert reverse_romanize("Zaïtsev")[0].cyrillic == "Зайцев"


def test_initial_ch_before_a_vowel_is_che_unless_french():
    assert reverse_romanize("Chaianov")[0].cyrillic == "Чаянов"
    assert reverse_romanize("Chaliapine")[0].cyrillic == "Шаляпин"


def test_adopted_place_name_in_a_russian_sentence():
    found = _cyr_found("Varlam Shalamov spent years in the camps of the Kolyma.")
    assert found.get("Kolyma") == "Колыма"
    found = _cyr_found("Sergei Kirov was shot in the Smolny by Leonid Nikolaev.")
    assert found.get("Smolny") == "Смольный"
    assert "Kolyma" in _cyr_found("The film crew went to the Kolyma last year.")
    assert "Madrid" not in _cyr_found("In Madrid the Soviet advisers met Mikhail Koltsov.")


def test_unknown_surname_after_a_russian_first_name_near_russian_names():
    found = _cyr_found("Emma Gershtein was there; Isaak Babel' heard of it the same night.")
    assert any("Gershtein" in k for k in found)
    found = _cyr_found("Walter Duranty met Nadezhda Mandel'shtam and Isaak Babel' in Moscow.")
    assert not any("Duranty" in k for k in found)


def test_lettered_acronyms():
    found = _cyr_found(
        "The poets of OBERIU, Daniil Kharms and Nikolai Zabolotskii, read in 1928. "
        "The RAPP critics attacked them."
    )
    assert found.get("OBERIU") == "ОБЭРИУ"
    assert found.get("RAPP") == "РАПП"
    found = _cyr_found("Vladimir Zworykin of RCA met Igor Sikorsky and Mikhail Tukhachevskii.")
    assert "RCA" not in found
    assert (
        _cyr_found("Counter-intelligence was SMERSH, short for Smert' shpionam.").get("SMERSH")
        == "СМЕРШ"
    )


def test_first_name_with_only_a_surname_ending_is_not_reported_alone():
    assert "Zbigniew" not in _cyr_found("The poet Zbigniew read his verse in Paris.")
    assert _cyr_found("The poet Lermontov read his verse in Paris.").get("Lermontov")


def test_a_latin_capital_y_hidden_in_a_cyrillic_word_is_fixed():
    [h] = find_homoglyphs("слово УY")  # a Latin Y after a Cyrillic У
    assert h.fixed == "УУ"


# --- word frequencies: forms attested in Russian text, common words of other languages -------


def test_attested_forms_know_what_the_dictionary_lacks():
    assert lexicon.zipf("зворыкин") > 1.0  # no dictionary surname, but Russian texts use it
    assert lexicon.zipf("зворыкин") > lexicon.zipf("зворькин")
    assert lexicon.zipf("ростов-на-дону") > 0  # a hyphenated form counts as its parts
    assert langmodel.foreign_zipf("Kassel")[0] >= 3.0
    assert langmodel.foreign_zipf("Zworykin")[0] == 0.0


def test_surname_only_russian_texts_use_joins_a_russian_first_name():
    found = _cyr_found("Among the emigrants was Vladimir Zworykin of RCA.")
    assert found.get("Vladimir Zworykin") == "Владимир Зворыкин"


def test_common_word_of_another_language_is_not_russian_alone():
    assert not _cyr_found("The journal was printed near Kassel and later in Frankfurt.")
    assert not _cyr_found("He taught at the Collegio Borromeo in Pavia.")
    assert "mir" in " ".join(_cyr_found("Later historians wrote about Novyi mir with caution."))


def test_common_russian_name_is_russian_however_spelt():
    found = _cyr_found("Polish readers knew Achmatowa and the town of Woronież.")
    assert found == {"Achmatowa": "Ахматова", "Woronież": "Воронеж"}
    assert _cyr_found("The Times wrote of General Vranguel.") == {"Vranguel": "Врангель"}


def test_acronym_russian_texts_use_stands_alone():
    found = _cyr_found("The report mentions the KPSS, the VChK and SMERŠ in passing.")
    assert found == {"KPSS": "КПСС", "VChK": "ВЧК", "SMERŠ": "СМЕРШ"}
    # English and international acronyms, and letters that spell a Russian word, are not
    assert not _cyr_found("NATO, the KPD and DNA tests were mentioned in passing.")


def test_russian_adjective_carries_a_name_english_has():
    assert _cyr_found("Later historians wrote about Tikhiy Don.") == {"Tikhiy Don": "Тихий Дон"}


def test_word_beside_foreign_letters_is_foreign():
    assert not _cyr_found("The Česká národní rada disowned the alliance.")


def test_first_name_more_common_in_another_language_makes_no_russian_pair():
    assert not _cyr_found("The musicologist Zofia Lissa and Jakob Klassen wrote to him.")
    assert "Vladimir Zworykin" in _cyr_found("Vladimir Zworykin of RCA and Zofia Lissa met.")


def test_closing_quote_is_no_soft_sign():
    assert not _cyr_found("He let a Gallicism slip ('en effet', 'malgré tout'), not more.")
    assert set(_cyr_found("They lived in Perm' and Tver'.")) == {"Perm'", "Tver'"}


def test_exact_russian_words_beside_a_phrase_join_it():
    found = _cyr_found("Later historians wrote about Narodnyi komissariat vnutrennikh del.")
    assert "Narodnyi komissariat vnutrennikh del" in found
    assert _cyr_found("The report mentions MTS twice.") == {"MTS": "МТС"}


def test_words_printed_in_capitals_are_read_as_words():
    found = _cyr_found("The passport reads TATIANA IUREVNA SOLOVEVA, born in PODGORNOE.")
    assert fold(found["TATIANA IUREVNA SOLOVEVA"]) == "татьяна юрьевна соловьева"
    assert fold(found["PODGORNOE"]) == "подгорное"
    # headings in capitals stay English; acronyms stay acronyms
    assert not _cyr_found("CHAPTER XXI. THE RETREAT FROM MOSCOW. NATO and UNESCO.")
    assert _cyr_found("The KONR and SMERSH.") == {"KONR": "КОНР", "SMERSH": "СМЕРШ"}


def test_noun_agreeing_with_a_russian_adjective_joins_it():
    found = _cyr_found("The Tsentral'nyi front held; the men spoke of Goloe pole.")
    assert fold(found["Tsentral'nyi front"]) == "центральный фронт"
    assert fold(found["Goloe pole"]) == "голое поле"
    # a surname is no adjective: the English verb after it stays English
    found = _cyr_found("Boris Ivanovich Nikolaevskii hold the papers; Arsenii Roginskii died.")
    assert not any(k.endswith(("hold", "died")) for k in found)


def test_preposition_governing_the_next_word_opens_a_phrase():
    found = _cyr_found("Later historians wrote about V kruge pervom and Za Veru i Otechestvo.")
    assert fold(found["V kruge pervom"]) == "в круге первом"
    assert fold(found["Za Veru i Otechestvo"]) == "за веру и отечество"
    # the Polish preposition w is Polish
    assert not any(k.startswith("w ") for k in _cyr_found("They spent a week w Kołomnie."))


def test_surname_english_has_after_a_russian_name_is_a_surname():
    found = _cyr_found("The chairman, General Evgenii Karlovich Miller, vanished in Paris.")
    assert fold(found["Evgenii Karlovich Miller"]) == "евгений карлович миллер"
    assert not _cyr_found("The chairman, General Arthur Miller, vanished in Paris.")


def test_acronym_russian_texts_use_among_russian_words():
    text = "Members of the NTS met Viktor Baidalakov and Vladimir Poremskii in Beograd."
    assert _cyr_found(text)["NTS"] == "НТС"
    # alone, or an acronym of another country, it is not reported
    assert "NTS" not in _cyr_found("The report mentions the NTS twice.")
    assert "KPD" not in _cyr_found("The KPD met Viktor Baidalakov and Vladimir Poremskii.")


def test_western_form_of_a_russian_first_name_before_a_russian_surname():
    found = _cyr_found("Letters from Paul Miliukov, Marc Aldanov and Dymitr Mereżkowski.")
    assert fold(found["Paul Miliukov"]) == "павел милюков"
    assert fold(found["Marc Aldanov"]) == "марк алданов"
    assert fold(found["Dymitr Mereżkowski"]) == "дмитрий мережковский"
    # not before a surname of another language
    assert not _cyr_found("Letters from Paul Celan and Marc Chagall.")


def test_russian_title_after_a_word_that_introduces_a_periodical():
    assert not _cyr_found("He wrote for Rul in Berlin.")
    found = _cyr_found("He wrote for the daily Rul in Berlin.")
    assert fold(found["Rul"]) == "руль"
    assert not _cyr_found("He wrote for the daily Mail and for the journal Nature.")


def test_particle_and_noun_before_a_genitive_open_a_phrase():
    found = _cyr_found("Order no. 227 is remembered by its refrain Ni shagu nazad.")
    assert fold(found["Ni shagu nazad"]) == "ни шагу назад"
    found = _cyr_found("The painters of Mir iskusstva met in the flat of Benois.")
    assert fold(found["Mir iskusstva"]) == "мир искусства"
    # an English pronoun is no Russian noun, and English "to" between names is English
    assert "Her zapiski" not in _cyr_found("Her zapiski were lost.")
    assert not any(" to " in k for k in _cyr_found("The line ran from Vladikavkaz to Groznyi."))


def test_near_russian_name_among_russian_names_is_reported():
    text = (
        "Vladimir Nabokov was shot by Taborizki at the meeting, where Pavel Miliukov spoke "
        "and Iosif Gessen listened."
    )
    assert "Taborizki" in _cyr_found(text)
    assert "Taborizki" not in _cyr_found("The meeting was disrupted by Taborizki.")


def test_capitalised_word_reads_as_a_name_before_a_common_noun():
    found = _cyr_found("We reached Kasan and then Perm' by steamer.")
    assert fold(found["Kasan"]) == "казань"


def test_russian_term_that_czech_has_too_between_english_words():
    assert fold(_cyr_found("Ethnographers wrote about the peasants' byt.")["byt"]) == "быт"
    assert not _cyr_found("The Czech poster read Do broni in red.")


def test_russian_titles_stay_russian_where_south_slavic_names_are_about():
    found = _cyr_found(
        "In Belgrade the monarchists read Novoe Vremia; Serbian officers met Gutchkoff."
    )
    assert set(found) == {"Novoe Vremia", "Gutchkoff"}
    assert not _cyr_found(
        "In Sofia Todor Zhivkov ruled from 1954, and Ivan Vazov is the national poet."
    )


def test_russian_first_name_before_a_surname_english_has():
    found = _cyr_found("Igor Tamm, Pavel Cherenkov and Ilya Frank went to Stockholm.")
    assert fold(found["Ilya Frank"]) == "илья франк"


def test_name_english_took_from_russian_alone_is_reported():
    found = _cyr_found("The verses were printed in Izvestia, and the Bolshoi came to London.")
    assert set(found) == {"Izvestia", "Bolshoi"}


def test_initials_before_a_russian_name_belong_to_it():
    found = _cyr_found("Songs collected by P. N. Rybnikov and the opera of V. Muradeli.")
    assert fold(found["P. N. Rybnikov"]) == "п. н. рыбников"
    assert fold(found["V. Muradeli"]) == "в. мурадели"
    # Monsieur, and the initials of a country, are not initials of the name
    assert set(_cyr_found("M. Goutchkoff came; in the U.S. Vlasov was unknown.")) == {
        "Goutchkoff",
        "Vlasov",
    }


def test_title_czech_shares_but_russian_uses_more_is_russian():
    assert fold(_cyr_found("It was reported in Pravda the next day.")["Pravda"]) == "правда"


def test_adjective_and_agreeing_noun_that_nearly_read_russian_make_a_phrase():
    assert fold(_cyr_found("He edited Novaïa Jizn in 1917.")["Novaïa Jizn"]) == "новая жизнь"


def test_adjective_takes_the_reading_that_agrees_with_its_noun():
    assert fold(_cyr_found("He read Moskovskie novosti weekly.")["Moskovskie novosti"]) == (
        "московские новости"
    )


def test_noun_and_its_genitive_that_nearly_read_russian_make_a_phrase():
    assert fold(_cyr_found("Every town had a Dom kultury.")["Dom kultury"]) == "дом культуры"


def test_preposition_between_two_words_of_a_phrase_joins_it():
    found = _cyr_found("He reread Zapiski iz podpolʹia in exile.")
    assert fold(found["Zapiski iz podpolʹia"]) == "записки из подполья"


def test_older_english_final_f_for_v():
    found = _cyr_found("Dumas went down the Volga past Saratof and met Turgenef.")
    assert fold(found["Saratof"]) == "саратов" and fold(found["Turgenef"]) == "тургенев"


def test_older_spellings_read_in_todays_orthography():
    found = _cyr_found("Chaliapin sang Khovanstchina; Miliukov edited Posledniya Novosti.")
    assert fold(found["Khovanstchina"]) == "хованщина"
    assert fold(found["Posledniya Novosti"]) == "последние новости"


def test_womans_surname_is_a_nominative():
    assert fold(_cyr_found("Berlin applauded Anna Pavlowa in 1909.")["Anna Pavlowa"]) == (
        "анна павлова"
    )
