"""GUI benchmark, offscreen: a 1 MB document with 100,000 annotations. Prints its figures;
asserts nothing.

Targets (issue "The main window"): the document opens with its highlights in < 1.5 s;
creating an annotation or accepting a suggestion takes < 50 ms (95th percentile); scrolling
formats only the blocks that come into view, never the whole document; resident memory
< 600 MB.
"""

from __future__ import annotations

import os
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PyQt6.QtCore import QSettings  # noqa: E402
from PyQt6.QtWidgets import QApplication  # noqa: E402

from bench.corpus import make_document  # noqa: E402
from glossator.ingest.segment import segment  # noqa: E402
from glossator.lang import cyrillic_spans  # noqa: E402
from glossator.model import (  # noqa: E402
    ANNOTATION_TYPES,
    Analysis,
    Annotation,
    SourceFile,
)
from glossator.store import Store  # noqa: E402
from gui.app import make_application, quiet_offscreen_warnings  # noqa: E402
from gui.mainwindow import MainWindow  # noqa: E402
from gui.settings import Settings  # noqa: E402

TARGET_CHARS = 1_000_000
ANNOTATIONS = 100_000
RUNS = 200


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def rss_mib() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def big_document(store: Store) -> int:
    """Import a generated 1 MB page with 100,000 annotations in one transaction (as an import
    with many suggestions would), without running the analyzers over it."""
    rng = random.Random(7)
    text = make_document(rng, TARGET_CHARS)
    words = [m.span() for m in re.finditer(r"\w+", text)]
    chosen = sorted(rng.sample(words, min(ANNOTATIONS, len(words))))
    statuses = ["suggested"] * 5 + ["accepted"] * 4 + ["rejected"]
    annotations = []
    for i, (s, e) in enumerate(chosen):
        if i % 10 == 0 and e + 30 < len(text):
            e += rng.randint(5, 30)  # some spans cover several words and overlap others
        annotations.append(
            Annotation(
                s,
                e,
                rng.choice(ANNOTATION_TYPES[:9]),
                attributes={"cert": 0.8} if i % 4 == 0 else {},
                status=rng.choice(statuses),
                origin="auto:bench",
            )
        )
    raw = text.encode("utf-8")
    source = SourceFile("big.txt", "big.txt", "txt", raw, "utf-8", f"{hash(text):x}", text)
    analysis = Analysis(
        text=text,
        encoding="utf-8",
        blocks=segment(text),
        spans=sorted(cyrillic_spans(text), key=lambda s: (s.start, s.end)),
        suggestions=annotations,
        metadata={"title": "A generated page of 1 MB"},
    )
    return store.import_document(source, analysis).document_id


def settle(app: QApplication) -> None:
    app.processEvents()


def main() -> None:
    quiet_offscreen_warnings()
    app = make_application()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        store = Store(tmp / "big.db", author="bench")
        t0 = time.perf_counter()
        doc_id = big_document(store)
        print(f"set-up: generated and stored the document in {ms(time.perf_counter() - t0)}")
        settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(store, settings)
        window.resize(1400, 900)
        window.show()
        settle(app)
        rss_before = rss_mib()

        # -- opening ---------------------------------------------------------------------------
        t0 = time.perf_counter()
        window.select_document(doc_id)
        window.text_view.viewport().repaint()
        settle(app)
        opened = time.perf_counter() - t0
        view = window.text_view
        session = window.session
        assert session is not None
        blocks = view.document().blockCount()
        print(
            f"open a {len(session.text) / 1e6:.2f} MB document with {len(session.index):,} "
            f"annotations and its highlights: {ms(opened)} (target < 1500 ms); "
            f"{view.blocks_formatted} of {blocks:,} blocks formatted"
        )

        # -- creating annotations -------------------------------------------------------------
        rng = random.Random(11)
        text = session.text
        create = []
        for _ in range(RUNS):
            pos = rng.randrange(0, len(text) - 200)
            m = re.compile(r"[A-Za-z]{4,}").search(text, pos)
            assert m is not None
            view.select_span(m.start(), m.end())
            settle(app)
            t0 = time.perf_counter()
            window.annotate_as("persName")
            view.viewport().repaint()
            settle(app)
            create.append(time.perf_counter() - t0)
        print(
            f"create an annotation: median {ms(statistics.median(create))}, "
            f"95th percentile {ms(p95(create))} (target < 50 ms)"
        )

        # -- accepting suggestions -------------------------------------------------------------
        accept = []
        view.set_cursor(rng.randrange(0, len(text)))
        window.next_suggestion()
        settle(app)
        for _ in range(RUNS):
            current = window.current_id
            t0 = time.perf_counter()
            window.accept_current()  # accepts and steps to the next suggestion
            view.viewport().repaint()
            settle(app)
            accept.append(time.perf_counter() - t0)
            assert store.get_annotation(current).status == "accepted"
        print(
            f"accept a suggestion (and step to the next): median "
            f"{ms(statistics.median(accept))}, 95th percentile {ms(p95(accept))} (target < 50 ms)"
        )

        # -- scrolling -------------------------------------------------------------------------
        bar = view.verticalScrollBar()
        view.refresh_highlights()
        bar.setValue(0)
        settle(app)
        before = view.blocks_formatted
        steps, worst, per_step = 0, 0, []
        t_all = time.perf_counter()
        while bar.value() < bar.maximum() and steps < 400:
            n0 = view.blocks_formatted
            t0 = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()
            settle(app)
            per_step.append(time.perf_counter() - t0)
            worst = max(worst, view.blocks_formatted - n0)
            steps += 1
        scrolled = time.perf_counter() - t_all
        print(
            f"scroll {steps} pages: median {ms(statistics.median(per_step))} a page, "
            f"max {ms(max(per_step))}; at most {worst} blocks formatted on one page "
            f"(of {blocks:,} in the document); {view.blocks_formatted - before:,} in all "
            f"({ms(scrolled)})"
        )
        # Scrolling back formats nothing again.
        n0 = view.blocks_formatted
        bar.setValue(0)
        view.viewport().repaint()
        settle(app)
        print(f"scroll back to the top: {view.blocks_formatted - n0} blocks formatted again")

        rss = rss_mib()
        print(
            f"resident memory: {rss:.0f} MiB (window before opening: {rss_before:.0f} MiB; "
            f"target < 600 MB); peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
        )
        window.close()
        store.close()


if __name__ == "__main__":
    main()
