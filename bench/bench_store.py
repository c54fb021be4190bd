"""Foundation benchmarks: import and analysis of the seed, a 1,000-document import, loading a
document with 10,000 annotations. Prints its figures; asserts nothing.

Targets (issue "Foundation"): seed import+analysis median < 100 ms warm; 1,000 seed-sized
documents < 60 s; loading 10,000 annotations < 20 ms.
"""

from __future__ import annotations

import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.corpus import write_corpus  # noqa: E402
from glossator.analysis import analyze_source  # noqa: E402
from glossator.ingest.reader import read_source  # noqa: E402
from glossator.model import Annotation  # noqa: E402
from glossator.store import Store  # noqa: E402

SEED = REPO / "seeds" / "000_cc7236b206390885.txt"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_seed(tmp: Path, runs: int = 30) -> None:
    store = Store(tmp / "seed.db")
    analyse, total = [], []
    for _ in range(runs + 3):
        t0 = time.perf_counter()
        source = read_source(SEED)
        analysis = analyze_source(source)
        t1 = time.perf_counter()
        outcome = store.import_document(source, analysis)
        t2 = time.perf_counter()
        store.delete_document(outcome.document_id)
        analyse.append(t1 - t0)
        total.append(t2 - t0)
    analyse, total = analyse[3:], total[3:]  # warm process: drop the first runs
    print(
        f"seed read+analysis: median {ms(statistics.median(analyse))}, "
        f"read+analysis+store: median {ms(statistics.median(total))} "
        f"(p95 {ms(sorted(total)[int(0.95 * len(total))])}, {runs} runs, target < 100 ms)"
    )
    store.close()


def bench_many(tmp: Path, count: int = 1000) -> None:
    folder = tmp / "corpus"
    write_corpus(folder, count, seed=7)
    db = tmp / "many.db"
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "glossator", "--db", str(db), "import", "-q", str(folder)],
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - t0
    with Store(db) as s:
        n = s.document_count()
    size = db.stat().st_size / 2**20
    print(
        f"{count} generated documents imported by `glossator import`: {elapsed:.1f} s "
        f"({n} stored, exit {proc.returncode}, database {size:.1f} MiB, target < 60 s)"
    )


def bench_load(tmp: Path, count: int = 10_000, runs: int = 30) -> None:
    store = Store(tmp / "load.db")
    source = read_source(SEED)
    doc_id = store.import_document(source, analyze_source(source)).document_id
    rng = random.Random(3)
    n = len(source.text)
    anns = []
    for i in range(count):
        start = rng.randrange(0, n - 20)
        anns.append(
            Annotation(
                start,
                start + rng.randint(1, 20),
                rng.choice(["persName", "orgName", "term", "foreign", "date"]),
                attributes={"ref": f"#c{i}"} if i % 3 == 0 else {},
                status=rng.choice(["suggested", "accepted"]),
            )
        )
    store.add_annotations(doc_id, anns)
    times, full = [], []
    for _ in range(runs + 2):
        t0 = time.perf_counter()
        doc = store.get_document(doc_id)
        t1 = time.perf_counter()
        objects = list(doc.annotations)  # what a caller that reads every annotation pays
        t2 = time.perf_counter()
        times.append(t1 - t0)
        full.append(t2 - t0)
    assert len(objects) >= count
    times, full = times[2:], full[2:]
    print(
        f"load a document with {len(doc.annotations)} annotations: median "
        f"{ms(statistics.median(times))}, max {ms(max(times))} (target < 20 ms); "
        f"with every Annotation object built: median {ms(statistics.median(full))}"
    )
    store.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        bench_seed(tmp)
        bench_load(tmp)
        bench_many(tmp)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
