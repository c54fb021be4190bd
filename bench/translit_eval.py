"""Score the romanized-Russian detector at the level of words.

Sets: the shared dev pairs (embedded in English carrier sentences), this bench's own mixed and
non-Russian sentences, and held-out Russian words romanized through every main scheme.
Prints detection precision/recall/F1, Cyrillic accuracy (case and ё folded) and the share of
non-Russian words reported.

    python bench/translit_eval.py [--tsv PATH] [--verbose]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from translit_corpus import CARRIERS, HELD_OUT, MIXED, NON_RUSSIAN  # noqa: E402

from glossator.translit import MAIN_SCHEMES, find_romanized, romanize  # noqa: E402
from glossator.translit.detect import TOKEN_RE  # noqa: E402

DEFAULT_TSV = ROOT.parent / "shared" / "eval" / "translit_dev.tsv"
MARK = re.compile(r"\{\{([^|}]+)(?:\|([^}]*))?\}\}")


def fold(s: str) -> str:
    return s.lower().replace("ё", "е").replace("-", " ").strip()


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


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int, list[str]]]]:
    """Plain text and gold spans (start, end, accepted Cyrillic answers)."""
    out, gold, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        latin, cyr = m.group(1), m.group(2) or ""
        gold.append((length, length + len(latin), [a for a in cyr.split("/") if a]))
        out.append(latin)
        length += len(latin)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), gold


def _split(s: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", s) if w]


def score_text(text: str, gold: list[tuple[int, int, list[str]]], verbose: bool) -> Score:
    sc = Score()
    spans = find_romanized(text)
    words = [(m.start(), m.end(), m.group(0)) for m in TOKEN_RE.finditer(text)]
    for s, e, w in words:
        g = next((gs for gs in gold if gs[0] <= s and e <= gs[1]), None)
        p = next((sp for sp in spans if sp.start <= s and e <= sp.end), None)
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
        gi = len(_split(text[g[0] : s]))
        pi = len(_split(text[p.start : s]))
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


def held_out_set() -> list[str]:
    out = []
    for i, cyr in enumerate(HELD_OUT):
        for j, scheme in enumerate(MAIN_SCHEMES):
            latin = romanize(cyr, scheme)
            out.append(CARRIERS[(i + j) % len(CARRIERS)].format(f"{{{{{latin}|{cyr}}}}}"))
    return out


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
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    total = Score()
    if args.tsv.exists():
        total.add(run("dev", dev_set(args.tsv), args.verbose))
    else:
        print(f"(no dev file at {args.tsv})")
    total.add(run("mixed", MIXED, args.verbose))
    total.add(run("non-russian", NON_RUSSIAN, args.verbose))
    total.add(run("held-out", held_out_set(), args.verbose))
    print(total.line("ALL"))
    print(f"time {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
