"""Script counts, Cyrillic spans and block languages."""

from __future__ import annotations

import pytest

import glossator.lang.detect as detect
from glossator.lang import block_language, cyrillic_spans, script_counts

KEYWORDS = (
    "KONR, Committee for the Liberation of the Peoples of Russia, Eastern Troops, Prague, "
    "Эмиграция, Русская Прага, Русская эмиграция, Чехословакия, Mochola, Мохоля, РОА, РОД, "
    "КОНР, Власов, Власовцы"
)
NAV = "Фотоархив | Библиотека | Acta Rossica | Энциклопедия Зарубежной России | Форум"
ENGLISH = (
    "In July, 1944 a sudden turn occurred. Himmler, always a great enemy of General Vlasov and "
    "the Liberation Army, finally came to the conclusion that in the critical situation of the "
    "Reich it was worth while to try a course of policy different from the official one."
)


def test_script_counts():
    assert script_counts("Abc Где 12 !") == {"Latn": 3, "Cyrl": 3, "other": 0}
    # Accented Latin, Greek, letters outside the BMP; digits and marks are not letters.
    assert script_counts("Władysław Muňoz αβ 𐌰 1944 \u0301") == {"Latn": 14, "Cyrl": 0, "other": 3}
    assert script_counts("") == {"Latn": 0, "Cyrl": 0, "other": 0}
    assert script_counts("сло\u0301во")["Cyrl"] == 5


def test_cyrillic_spans_on_keyword_line():
    spans = cyrillic_spans(KEYWORDS)
    assert [s.text for s in spans] == [
        "Эмиграция",
        "Русская Прага",
        "Русская эмиграция",
        "Чехословакия",
        "Мохоля",
        "РОА",
        "РОД",
        "КОНР",
        "Власов",
        "Власовцы",
    ]
    for s in spans:
        assert KEYWORDS[s.start : s.end] == s.text
        assert (s.lang, s.script) == ("ru", "Cyrl")


def test_cyrillic_spans_stop_at_separators_and_line_breaks():
    text = "Фотоархив | Библиотека. Форум,Прага\nРусская\tэмиграция 1920 года / Берлин"
    assert [s.text for s in cyrillic_spans(text)] == [
        "Фотоархив",
        "Библиотека",
        "Форум",
        "Прага",
        "Русская\tэмиграция",
        "года",
        "Берлин",
    ]


def test_cyrillic_words_with_hyphens_apostrophes_and_stress():
    text = "Say кто-то, п'ять and моло\u0301ко́ (Нью-Йорк) - not -тире- here"
    assert [s.text for s in cyrillic_spans(text)] == [
        "кто-то",
        "п'ять",
        "моло\u0301ко́",
        "Нью-Йорк",
        "тире",
    ]


def test_cyrillic_span_offsets_are_code_points():
    text = "𝔊𝔩𝔬 😀 Русская Прага, 𐌰 мо\u0301ре"
    spans = cyrillic_spans(text)
    assert [(s.start, s.end) for s in spans] == [(6, 19), (23, 28)]
    assert [text[s.start : s.end] for s in spans] == ["Русская Прага", "мо\u0301ре"]
    shifted = cyrillic_spans(text, offset=100)
    assert [(s.start, s.end) for s in shifted] == [(106, 119), (123, 128)]


def test_cyrillic_span_languages():
    assert cyrillic_spans("Київ")[0].lang == "uk"
    # Pre-1918 Russian spelling keeps "і": still Russian.
    assert cyrillic_spans("Россія")[0].lang == "ru"
    assert not cyrillic_spans("KONR 1944 Prague")


def test_block_language():
    assert block_language(KEYWORDS) == "mixed"
    assert block_language(NAV) == "ru"
    assert block_language(ENGLISH) == "en"
    assert block_language("Russian Volunteers in the German Wehrmacht in WorldWar II") == "en"
    assert block_language("Власов (Vlasov)") == "mixed"
    assert block_language("Статья рассказывает о том, как эмигранты вспоминали войну.") == "ru"
    assert block_language("Київ і Львів у 1918 році, їхня історія") == "uk"
    # One Ukrainian name in a Russian sentence leaves it Russian.
    assert block_language("Он приехал в Київ весной и остался там надолго.") == "ru"
    assert block_language("") == "und"
    assert block_language("1944 — 1945, 12/3") == "und"
    assert block_language("Prague") == "und"


def test_block_language_other_latin_languages():
    german = (
        "Die Verhandlungen mit dem Komitee wurden im Herbst in Prag geführt, und die Vertreter "
        "der Völker lehnten eine Beteiligung zunächst ab."
    )
    french = (
        "Les négociations avec le comité furent menées à Prague pendant l'automne, et les "
        "représentants des peuples refusèrent d'abord toute participation."
    )
    assert block_language(german) == "de"
    assert block_language(french) == "fr"


def test_block_language_is_deterministic():
    text = "Komitet Osvobozhdyeniya Narodov Rossii, Tretia Sila, Wlassow Armee Dabendorf"
    first = block_language(text)
    assert all(block_language(text) == first for _ in range(20))


@pytest.mark.parametrize("text", [NAV, "Власов", "KONR", ENGLISH, "Эмиграция " * 50])
def test_langdetect_not_called_where_script_or_function_words_decide(monkeypatch, text):
    def boom(_text):
        raise AssertionError("langdetect called")

    monkeypatch.setattr(detect, "langdetect_language", boom)
    block_language(text)


def test_langdetect_failure_is_und(monkeypatch):
    # Digits and punctuation only: langdetect raises, the block is "und", no exception.
    assert detect.langdetect_language("1234 5678 !!!") == "und"
