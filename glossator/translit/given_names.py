"""Western and Polish forms of Russian first names.

English, French, German and Polish texts often give a Russian person's first name in their own
form (Serge Koussevitzky, Alexandre Benois, Paul Miliukov, Dymitr Mereżkowski). Such a form is
no romanization, so reverse romanization cannot recover it: this table gives the Russian name
it stands for. It is consulted only before a surname the engine already takes for Russian.
"""

from __future__ import annotations

import unicodedata

_FORMS = {
    "Александр": "Alexander Alexandre Aleksander Alessandro Alejandro",
    "Алексей": "Alexis Alexei Aleksy",
    "Анатолий": "Anatole Anatol",
    "Андрей": "André Andre Andrew Andreas Andrzej",
    "Антон": "Antoine Antoni",
    "Борис": "Borys",
    "Василий": "Basil Basile Wasyl Bazyli",
    "Виктор": "Victor Wiktor",
    "Владимир": "Włodzimierz Wlodzimierz",
    "Георгий": "George Georges Georg",
    "Григорий": "Gregory Grégoire Gregor Grzegorz",
    "Дмитрий": "Dmitri Dimitri Dymitr Dmitry Demetrius",
    "Евгений": "Eugene Eugène Eugen Eugeniusz",
    "Екатерина": "Catherine Katharina Katarzyna Katherine",
    "Елена": "Helen Hélène Helena Helene",
    "Елизавета": "Elizabeth Élisabeth Elisabeth Elżbieta",
    "Иосиф": "Joseph Josef Józef",
    "Константин": "Constantin Constantine Konstanty",
    "Лев": "Léon Leon Leo Lew",
    "Марк": "Marc Mark Marek",
    "Мария": "Marie Mary Maria",
    "Михаил": "Michel Michael Michał Michail",
    "Николай": "Nicolas Nicholas Nikolaus Mikołaj Nicolai",
    "Павел": "Paul Paweł",
    "Пётр": "Peter Pierre Piotr",
    "Семён": "Simon Siemion",
    "Сергей": "Serge Sergiusz",
    "Софья": "Sophie Sophia Zofia",
    "Степан": "Stephen Stéphane Stefan",
    "Фёдор": "Theodore Théodore Fiodor Teodor",
    "Яков": "Jacob Jacques Jakub",
}

_BY_FORM = {
    unicodedata.normalize("NFC", form).casefold(): cyr
    for cyr, forms in _FORMS.items()
    for form in forms.split()
}


def russian_given_name(word: str) -> str | None:
    """The Russian first name a Western or Polish form stands for (Serge: Сергей), or None."""
    return _BY_FORM.get(unicodedata.normalize("NFC", word).casefold())
