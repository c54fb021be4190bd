"""Speed and memory of the romanized-Russian analyzer.

Builds a 100,000-concept TermIndex from generated Russian-like names (each concept with a
Cyrillic form, two romanized forms and an English form), times lookups (median, p95), times
find_romanized on a generated 100 KB English document with embedded romanized Russian, and
prints the peak resident memory.

    python bench/translit_speed.py [--concepts N] [--kb N]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from glossator.translit import TermIndex, find_romanized, romanize  # noqa: E402

ONSETS = [
    "б",
    "в",
    "г",
    "д",
    "ж",
    "з",
    "к",
    "л",
    "м",
    "н",
    "п",
    "р",
    "с",
    "т",
    "х",
    "ч",
    "ш",
    "щ",
    "ц",
    "кр",
    "св",
    "гр",
    "бл",
    "ст",
    "пр",
    "тр",
]
VOWELS = ["а", "о", "у", "е", "и", "я", "ю", "ё", "ы"]
SUFFIXES = ["ов", "ев", "ин", "ский", "енко", "ск", "град", "ово", "ка", "ец", "ник"]
SCHEMES = ["bgn-pcgn", "ala-lc", "german", "french", "scholarly", "wikipedia"]

ENGLISH = (
    "The committee met again in the spring and the members discussed the printing of the "
    "newspaper, the shortage of paper and the letters that had arrived from abroad. Several "
    "volunteers described the journey through the mountains, and the editor asked them to "
    "write down what they remembered about the camps and the people they had met there."
).split()
RUSSIAN = [
    "Власов",
    "Казанцев",
    "Комитет освобождения народов России",
    "Новый журнал",
    "Челябинск",
    "Хрущёв",
    "Достоевский",
    "Русская освободительная армия",
    "Жуков",
    "Третья сила",
    "Архангельск",
    "Ельцин",
    "Москва",
    "Смоленск",
    "Горбачёв",
]


def fake_name(rng: random.Random) -> str:
    parts = [rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 3))]
    return ("".join(parts) + rng.choice(SUFFIXES)).capitalize()


def build_index(n: int, rng: random.Random) -> tuple[TermIndex, list[str]]:
    idx = TermIndex()
    probes = []
    for cid in range(n):
        name = fake_name(rng)
        if rng.random() < 0.3:
            name += " " + fake_name(rng)
        idx.add(cid, name, "ru")
        for scheme in rng.sample(SCHEMES, 2):
            idx.add(cid, romanize(name, scheme), "ru-Latn")
        idx.add(cid, f"Concept {cid}", "en")
        if cid % 100 == 0:
            probes.append(romanize(name, rng.choice(SCHEMES)))
    return idx, probes


def build_document(kb: int, rng: random.Random) -> str:
    out: list[str] = []
    size = 0
    while size < kb * 1024:
        words = rng.sample(ENGLISH, 18)
        ru = romanize(rng.choice(RUSSIAN), rng.choice(SCHEMES))
        words.insert(rng.randint(1, 17), ru)
        sent = " ".join(words).capitalize() + ". "
        out.append(sent)
        size += len(sent.encode("utf-8"))
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--concepts", type=int, default=100_000)
    ap.add_argument("--kb", type=int, default=100)
    args = ap.parse_args(argv)
    rng = random.Random(7)

    t0 = time.perf_counter()
    idx, probes = build_index(args.concepts, rng)
    print(
        f"index: {args.concepts} concepts, {len(idx)} forms, built in {time.perf_counter() - t0:.1f} s"
    )
    times = []
    hits = 0
    for p in probes:
        t = time.perf_counter()
        res = idx.lookup(p)
        times.append(time.perf_counter() - t)
        hits += bool(res)
    times.sort()
    med = statistics.median(times) * 1000
    p95 = times[int(len(times) * 0.95)] * 1000
    print(f"lookup: median {med:.3f} ms, p95 {p95:.3f} ms over {len(times)} probes ({hits} found)")

    doc = build_document(args.kb, rng)
    find_romanized("warm up Vlasov")  # loads the lexicon and the models
    t = time.perf_counter()
    spans = find_romanized(doc, termbase=idx)
    dt = time.perf_counter() - t
    print(
        f"find_romanized: {len(doc.encode('utf-8')) / 1024:.0f} KB in {dt:.2f} s, {len(spans)} spans"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {rss:.0f} MB (including the generated term base)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
