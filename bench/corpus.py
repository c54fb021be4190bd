"""Generated documents shaped like the pages Glossator reads: a title line, a Russian keyword
line, a navigation bar, a byline, English paragraphs with Cyrillic and romanized Russian in
them, a footer. Deterministic for a given seed, so figures can be compared between runs."""

from __future__ import annotations

import random
from pathlib import Path

ENGLISH = (
    "The committee met again in the spring and agreed on a common declaration.",
    "Its members came from the emigration and from among former prisoners of war.",
    "The archive keeps letters, photographs and the minutes of every meeting.",
    "Historians have long disagreed about the aims of the movement and its leaders.",
    "Many of the volunteers were later handed over to the Soviet authorities.",
    "The newspaper was printed in Berlin and distributed in the camps.",
    "After the war the documents were scattered between several libraries.",
    "In the autumn the general travelled to Prague to address the assembly.",
    "The manifesto promised national freedom and the end of forced labour.",
    "A small group of officers opposed the plan from the very beginning.",
)
ROMANIZED = (
    "Komitet Osvobozhdeniya Narodov Rossii",
    "Russkaya Osvoboditel'naya Armiya",
    "Novyi zhurnal",
    "Tretia Sila",
    "Kazantsev",
    "Vlasovtsy",
    "Zarubezhnaya Rossiya",
)
CYRILLIC = (
    "Власов",
    "Русская Прага",
    "Эмиграция",
    "Чехословакия",
    "Белая эмиграция",
    "КОНР",
    "РОА",
    "Казаки",
    "Зарубежная Россия",
)
KEYWORDS_EN = ("Prague", "Berlin", "emigration", "Russian Liberation Army", "Dabendorf", "Vlasov")
NAVIGATION = ("Фотоархив", "Библиотека", "Форум", "Энциклопедия", "Ссылки", "Архив")
NAMES = ("Ivan Petrov", "Anna Sokolova", "Pavel Orlov", "Maria Ilyina", "Oleg Smirnov")


def make_document(rng: random.Random, target_chars: int = 8400) -> str:
    """One page of about ``target_chars`` characters."""
    title = f"{rng.choice(KEYWORDS_EN)} | {rng.choice(ENGLISH)[:-1]}"
    keywords = ", ".join(rng.sample(KEYWORDS_EN, 4) + rng.sample(CYRILLIC, 5))
    nav = " | ".join(rng.sample(NAVIGATION, 4))
    byline = f"by {rng.choice(NAMES)} and {rng.choice(NAMES)} [ed.]"
    parts = [title, "", keywords, "", "", nav, "", byline, ""]
    size = sum(len(p) + 1 for p in parts)
    while size < target_chars - 200:
        sentences = []
        for _ in range(rng.randint(4, 8)):
            s = rng.choice(ENGLISH)
            roll = rng.random()
            if roll < 0.25:
                s = s[:-1] + f" ({rng.choice(CYRILLIC)})."
            elif roll < 0.45:
                s = s[:-1] + f" [{rng.choice(ROMANIZED)} - the editor]."
            sentences.append(s)
        paragraph = " ".join(sentences)
        parts += [paragraph, ""]
        size += len(paragraph) + 2
    parts.append(f"copyright © {rng.randint(1998, 2012)} by the archive, best viewed with IE5.5")
    return "\n".join(parts) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 1, target_chars: int = 8400) -> list[Path]:
    """Write ``count`` documents as UTF-8 .txt files into ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"doc{i:05d}.txt"
        path.write_text(make_document(rng, target_chars), encoding="utf-8")
        paths.append(path)
    return paths
