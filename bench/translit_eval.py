"""Score the romanized-Russian detector at the level of words.

Sets, each scored on its own:

- ``dev``: the shared dev pairs (/work/shared/eval/translit_dev.tsv) in English carrier sentences;
- ``prose``: English prose paragraphs of :mod:`translit_corpus` (``PROSE``; held out in the
  first round, a development set since), and ``prose-dev``, the paragraphs used while developing;
- ``heldout-2``: the second held-out prose set (``HELDOUT_2``), measured once at the end of the
  second round and a development set since;
- ``heldout-3``: the third held-out prose set (``HELDOUT_3``), measured once at the end of the
  third round and a development set since;
- ``heldout-4``: the fourth held-out prose set (``HELDOUT_4``), measured once at the end of the
  fourth round and a development set since (no held-out set remains: every figure here is a
  development figure);
- ``heldout-5``, ``heldout-6``, ... and ``heldout-a``, ``heldout-b``, ...: the files
  ``bench/translit_sets/prose_heldout_N.txt`` (marked paragraphs, one per line) and
  ``pairs_heldout_X.tsv`` (name and phrase lists in the format of the shared pairs, each put
  into an English carrier sentence), each measured once before it was read and a development
  set since;
- ``non-russian``: name-dense English, German, French, Polish, Czech and Latin sentences;
- ``sample``: the seed page, labelled by hand (``SAMPLE_GOLD``);
- ``mixed`` and ``held-out``: short sentences, and Russian words romanized by every main scheme.

A Latin-script word counts as reported when a span overlaps it. Prints detection
precision/recall/F1, Cyrillic accuracy (case and ё folded) and the share of non-Russian
Latin-script words reported.

    python bench/translit_eval.py [--tsv PATH] [--verbose]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from translit_corpus import (  # noqa: E402
    CARRIERS,
    HELD_OUT,
    HELDOUT_2,
    HELDOUT_3,
    HELDOUT_4,
    MIXED,
    NON_RUSSIAN,
    PROSE,
    PROSE_DEV,
    SAMPLE_GOLD,
    SAMPLE_NEUTRAL,
    SAMPLE_PATH,
)

from glossator.translit import MAIN_SCHEMES, find_romanized, romanize  # noqa: E402
from glossator.translit.detect import TOKEN_RE  # noqa: E402

DEFAULT_TSV = ROOT.parent / "shared" / "eval" / "translit_dev.tsv"
MARK = re.compile(r"\{\{([^|}]+)(?:\|([^}]*))?\}\}|\[\[([^\]]+)\]\]")
Gold = tuple[int, int, list[str] | None]  # None: not scored


def fold(s: str) -> str:
    return s.lower().replace("ё", "е").replace("-", " ").strip(' ,.;:!?()«»"')


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    neg: int = 0
    cyr_ok: int = 0
    gold_words: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for k in ("tp", "fp", "fn", "neg", "cyr_ok", "gold_words"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.errors += other.errors

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.cyr_ok / self.gold_words if self.gold_words else 1.0
        fpr = self.fp / self.neg if self.neg else 0.0
        return (
            f"{name:12s} P={p:.3f} R={r:.3f} F1={f:.3f}  cyrillic={acc:.3f} "
            f"({self.cyr_ok}/{self.gold_words})  non-Russian reported={fpr:.3%} ({self.fp}/{self.neg})"
        )


def parse_marked(marked: str) -> tuple[str, list[Gold]]:
    """Plain text and gold spans (start, end, accepted Cyrillic answers or None: unscored)."""
    out, gold, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        if m.group(3):
            latin = m.group(3)
            gold.append((length, length + len(latin), None))
        else:
            latin, cyr = m.group(1), m.group(2) or ""
            gold.append((length, length + len(latin), [a for a in cyr.split("/") if a]))
        out.append(latin)
        length += len(latin)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), gold


def _split(s: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", s) if w]


def _latin(word: str) -> bool:
    return any(c.isalpha() and c.isascii() or "LATIN" in unicodedata.name(c, "") for c in word)


def score_text(text: str, gold: list[Gold], verbose: bool) -> Score:
    sc = Score()
    spans = find_romanized(text)
    words = [(m.start(), m.end(), m.group(0)) for m in TOKEN_RE.finditer(text)]
    for s, e, w in words:
        if not _latin(w):
            continue
        g = next((gs for gs in gold if gs[0] < e and s < gs[1]), None)
        p = next((sp for sp in spans if sp.start < e and s < sp.end), None)
        if g is not None and g[2] is None:
            continue
        if g is None:
            sc.neg += 1
            if p is not None:
                sc.fp += 1
                sc.errors.append(f"FP  {w!r} -> {p.cyrillic!r} in: {text}")
            continue
        sc.gold_words += 1
        if p is None:
            sc.fn += 1
            sc.errors.append(f"FN  {w!r} in: {text}")
            continue
        sc.tp += 1
        # the Cyrillic of this word: same index in the gold phrase and in the predicted span
        gi = len(_split(text[g[0] : max(s, g[0])]))
        pi = len(_split(text[p.start : max(s, p.start)]))
        pred_words = _split(p.cyrillic)
        pred = fold(pred_words[pi]) if pi < len(pred_words) else ""
        answers = {fold(_split(a)[gi]) for a in g[2] if gi < len(_split(a))}
        if not answers or pred in answers:
            sc.cyr_ok += 1
        else:
            sc.errors.append(f"CYR {w!r} -> {pred!r}, expected {sorted(answers)}")
    return sc


def dev_set(path: Path) -> list[str]:
    out = []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"]
    for i, ln in enumerate(lines[1:]):
        cols = ln.split("\t")
        latin, cyr = cols[0], cols[1].replace("|", "/")
        out.append(CARRIERS[i % len(CARRIERS)].format(f"{{{{{latin}|{cyr}}}}}"))
    return out


SETS = ROOT / "bench" / "translit_sets"


def prose_file(path: Path) -> list[str]:
    """Marked paragraphs, one per line; ``#`` lines are comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln.strip() and not ln.startswith("#")]


def held_out_set() -> list[str]:
    out = []
    for i, cyr in enumerate(HELD_OUT):
        for j, scheme in enumerate(MAIN_SCHEMES):
            latin = romanize(cyr, scheme)
            out.append(CARRIERS[(i + j) % len(CARRIERS)].format(f"{{{{{latin}|{cyr}}}}}"))
    return out


def sample_set() -> list[str]:
    """The seed page with its hand labels written as marks."""
    text = (ROOT / SAMPLE_PATH).read_text(encoding="utf-8")
    marks: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    entries = [(lat, f"{{{{{lat}|{cyr}}}}}") for lat, cyr in SAMPLE_GOLD]
    entries += [(w, f"[[{w}]]") for w in SAMPLE_NEUTRAL]
    for lat, mark in sorted(entries, key=lambda x: -len(x[0])):
        for m in re.finditer(rf"(?<![\w'’]){re.escape(lat)}(?![\w'’])", text):
            if not any(taken[m.start() : m.end()]):
                marks.append((m.start(), m.end(), mark))
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
    out, pos = [], 0
    for s, e, mark in sorted(marks):
        out += [text[pos:s], mark]
        pos = e
    out.append(text[pos:])
    return ["".join(out)]


def run(name: str, marked: list[str], verbose: bool) -> Score:
    total = Score()
    for m in marked:
        text, gold = parse_marked(m)
        total.add(score_text(text, gold, verbose))
    print(total.line(name))
    if verbose:
        for e in total.errors:
            print("   ", e)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--only", nargs="*", default=[], help="score only these sets")
    ap.add_argument("--quiet", nargs="*", default=[], help="no error listing for these sets")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    total = Score()
    if args.only and "dev" not in args.only:
        pass
    elif args.tsv.exists():
        total.add(run("dev", dev_set(args.tsv), args.verbose))
    else:
        print(f"(no dev file at {args.tsv})")
    sets = {
        "prose": PROSE,
        "prose-dev": PROSE_DEV,
        "non-russian": NON_RUSSIAN,
        "sample": sample_set(),
        "mixed": MIXED,
        "held-out": held_out_set(),
        "heldout-2": HELDOUT_2,
        "heldout-3": HELDOUT_3,
        "heldout-4": HELDOUT_4,
    }
    for path in sorted(SETS.glob("prose_*.txt")):
        sets[path.stem.removeprefix("prose_").replace("_", "-")] = prose_file(path)
    for path in sorted(SETS.glob("pairs_*.tsv")):
        sets[path.stem.removeprefix("pairs_").replace("_", "-")] = dev_set(path)
    for name, marked in sets.items():
        if args.only and name not in args.only:
            continue
        total.add(run(name, marked, args.verbose and name not in args.quiet))
    print(total.line("ALL"))
    print(f"time {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
