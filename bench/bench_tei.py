"""TEI benchmark: a 1 MB document with 100,000 annotations (nested, crossing, across blocks).

Times export, import and schema validation (lxml with Glossator's profile and with tei_all,
and jing) separately. Targets: export < 3 s, import < 3 s.

    python bench/bench_tei.py [--chars 1000000] [--annotations 100000] [--no-jing]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from glossator.model import ANNOTATION_STATUSES, Annotation, Block, Document  # noqa: E402
from tei.bundle import ExportBundle  # noqa: E402
from tei.export import export_tei_with_report  # noqa: E402
from tei.importer import parse_tei  # noqa: E402
from tei.validate import (  # noqa: E402
    GLOSSATOR_SCHEMA,
    jing_available,
    load_schema,
    validate,
    validate_with_jing,
)

TEI_ALL = Path(__file__).resolve().parents[2] / "shared" / "tei" / "tei_all.rng"
WORDS = (
    "General Vlasov Komitet Osvobozhdyeniya Narodov Rossii KONR Prague the of and "
    "Власов Русская эмиграция self- determination <&> 𝔄 е́"
).split()
TYPES = ("persName", "orgName", "placeName", "date", "term", "foreign", "bibl", "note", "q")


def make_document(chars: int, n_annotations: int, seed: int = 7) -> Document:
    rng = random.Random(seed)
    parts: list[str] = []
    blocks: list[Block] = []
    size = 0
    while size < chars:
        para_words = [rng.choice(WORDS) for _ in range(rng.randint(40, 160))]
        para = " ".join(para_words)
        start = size
        parts.append(para)
        size += len(para)
        blocks.append(Block(start, size, "title" if rng.random() < 0.05 else "body", "en"))
        parts.append("\n\n")
        size += 2
    text = "".join(parts)
    n = len(text)
    anns: list[Annotation] = []
    for i in range(n_annotations):
        s = rng.randrange(0, n - 40)
        r = rng.random()
        length = rng.randint(1, 12) if r < 0.8 else rng.randint(12, 300)  # long ones cross
        t = rng.choice(TYPES) if rng.random() < 0.95 else "reg"
        attrs: dict = {"cert": round(rng.random(), 3)}
        if t == "foreign":
            attrs.update({"xml:lang": "ru-Latn", "cyrillic": "Власов", "scheme": "bgn-pcgn"})
        elif t == "date":
            attrs["when"] = "1944-11-14"
        elif t == "reg":
            attrs["reg"] = "Власов"
        if rng.random() < 0.2:
            attrs["concept"] = rng.randint(1, 50)
        anns.append(
            Annotation(
                s,
                min(n, s + length),
                t,
                attributes=attrs,
                status=rng.choice(ANNOTATION_STATUSES),
                origin=rng.choice(("manual", "auto:translit", "auto:script")),
                author=rng.choice(("", "ann", "bob")),
                id=i + 1,
            )
        )
    anns.sort(key=lambda a: (a.start, a.end))
    return Document(1, "Bench", text, 1, blocks=blocks, annotations=anns)


def timed(label: str, fn):
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    print(f"{label:<38} {dt:7.2f} s")
    return out, dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--annotations", type=int, default=100_000)
    ap.add_argument("--no-jing", action="store_true")
    args = ap.parse_args()

    doc = make_document(args.chars, args.annotations)
    print(
        f"document: {len(doc.text):,} characters, {len(doc.blocks):,} blocks, "
        f"{len(doc.annotations):,} annotations"
    )
    bundle = ExportBundle(doc, include_suggestions=True)
    (data, report), t_export = timed(
        "export (with suggestions)", lambda: export_tei_with_report(bundle)
    )
    print(f"  -> {len(data) / 1e6:.1f} MB of XML, {len(report):,} report lines")
    result, t_import = timed("import", lambda: parse_tei(data, "bench.xml"))
    assert result.text == doc.text, "round trip lost text"
    assert len(result.annotations) == len(doc.annotations), "round trip lost annotations"

    _, t_load = timed("load profile schema (lxml)", lambda: load_schema(GLOSSATOR_SCHEMA))
    errors, _ = timed("validate, profile (lxml)", lambda: validate(data))
    assert errors == [], errors[:3]
    if TEI_ALL.exists():
        timed("load tei_all schema (lxml)", lambda: load_schema(TEI_ALL))
        errors, _ = timed("validate, tei_all (lxml)", lambda: validate(data, TEI_ALL))
        assert errors == [], errors[:3]
    if jing_available() and not args.no_jing:
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "bench.xml"
            path.write_bytes(data)
            errors, _ = timed("validate, profile (jing)", lambda: validate_with_jing(path))
            assert errors == [], errors[:3]
            if TEI_ALL.exists():
                errors, _ = timed(
                    "validate, tei_all (jing)", lambda: validate_with_jing(path, TEI_ALL)
                )
                assert errors == [], errors[:3]
    else:
        print("jing: not installed, skipped")
    ok = t_export < 3 and t_import < 3
    print(f"targets (export < 3 s, import < 3 s): {'met' if ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
