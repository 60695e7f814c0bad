"""QA 27 item 1: exporting the brief must not crash when Python's collector runs in another thread.

The brief's charts are built and recorded in the GUI thread (``record_charts``). The print
contribution chart and its wrapped legend refer to each other, so before the fix only the cyclic
collector freed them, in whichever thread it next ran: often the brief's worker, while it laid the
document out. The chart was then destroyed outside its thread and the GUI thread later handled its
"series removed" notices for series already freed: a segmentation fault. ``record_charts`` now
deletes every chart it built before it returns (:func:`~counterweight.reports.brief_charts.discard_charts`).

QA 27 item 3 (the last three tests): the writer's edits to a laid-out brief (contents numbers, charts, page-break
mends) each go in as one edit, so Qt lays a long brief out once per step rather than once per change.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("PySide6")  # the Qt-free run (pytest -p tests.no_qt) skips this file

from PySide6.QtCharts import QAbstractSeries, QChart  # noqa: E402
from shiboken6 import isValid  # noqa: E402

from counterweight.locations import example_decision_path  # noqa: E402
from counterweight.reports.brief_charts import build_charts, discard_charts, record_charts  # noqa: E402
from counterweight.reports.brief_content import build_brief  # noqa: E402
from counterweight.services import exchange  # noqa: E402

pytestmark = pytest.mark.qt

REPO = Path(__file__).resolve().parents[2]


def _bigger_decision():  # noqa: ANN202 - a Decision
    sys.path.insert(0, str(REPO / "benchmarks"))
    from synthetic import generate_decision

    return generate_decision(40, 25)


def _live_charts(before: set[int]) -> list[str]:
    """Qt Charts objects (still alive in Qt) that only Python's collector would free, made after ``before``."""
    return [type(o).__name__ for o in gc.get_objects()
            if isinstance(o, (QChart, QAbstractSeries)) and id(o) not in before and isValid(o)]


@pytest.mark.parametrize("which", ["example", "40x25"])
def test_recording_leaves_no_chart_for_the_collector(qapp, which: str) -> None:  # noqa: ANN001
    decision = exchange.read_file(example_decision_path()) if which == "example" else _bigger_decision()
    brief = build_brief(decision)
    gc.collect()
    before = {id(o) for o in gc.get_objects()}
    was_enabled = gc.isenabled()
    gc.disable()  # what is left must be seen here, not freed by a collection in the middle
    try:
        for _ in range(3):
            pictures = record_charts(brief)
            assert {"contribution", "weights"} <= set(pictures)
            assert _live_charts(before) == []
    finally:
        if was_enabled:
            gc.enable()


def test_discarded_charts_are_deleted_with_their_series(qapp) -> None:  # noqa: ANN001
    charts, _ = build_charts(build_brief(exchange.read_file(example_decision_path())))
    kept = list(charts.values())
    series = [s for chart in kept for s in chart.series()]
    assert kept and series
    discard_charts(charts)
    assert charts == {}
    assert not any(isValid(x) for x in kept + series)


STRESS = textwrap.dedent("""
    import gc, sys, threading, time
    from PySide6.QtCore import QCoreApplication
    from counterweight.reports.brief_charts import ensure_application, record_charts
    app = ensure_application()
    from counterweight.reports.brief_content import build_brief
    sys.path.insert(0, sys.argv[1])
    from synthetic import generate_decision
    brief = build_brief(generate_decision(40, 25))
    gc.disable()
    stop = threading.Event()

    def collector():  # the brief's worker, where the collector often ran during an export
        while not stop.is_set():
            gc.collect()
            time.sleep(0.001)

    thread = threading.Thread(target=collector, daemon=True)
    thread.start()
    for _ in range(int(sys.argv[2])):
        record_charts(brief)
        for _ in range(3):
            QCoreApplication.processEvents()
            time.sleep(0.002)
    stop.set()
    thread.join()
    print("survived")
""")


def test_charts_survive_the_collector_running_in_another_thread(tmp_path: Path) -> None:
    """Before the fix this process died of a segmentation fault (4 runs of 4), in the GUI thread's collection."""
    script = tmp_path / "stress.py"
    script.write_text(STRESS)
    env = {**os.environ, "PYTHONPATH": f"{REPO / 'desktop'}:{REPO}", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-X", "faulthandler", str(script), str(REPO / "benchmarks"), "20"],
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "survived" in run.stdout


def test_contents_numbers_are_written_in_one_edit(qapp) -> None:  # noqa: ANN001
    """QA 27 item 3: the contents list's numbers go in as one edit, so Qt lays a long brief out once, not per entry
    (before, the worker sat in one relayout per number, holding Python's lock: 8 s for 17 entries on a 40 x 25 team
    project, the window starved meanwhile)."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from counterweight.reports.brief_html import document_html
    from counterweight.reports.pdf_contents import section_pages, set_numbers

    brief = build_brief(exchange.read_file(example_decision_path()))

    def laid_out(contents: tuple[tuple[str, int], ...]) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(document_html(brief, colour=lambda v: "#ffffff", charts={}, contents=contents))
        doc.documentLayout()  # laid out (Qt reports edits only to a document with a layout)
        doc.setPageSize(QSizeF(600.0, 800.0))
        return doc

    entries = section_pages(laid_out(()))
    assert len(entries) >= 4
    doc = laid_out(tuple(entries))
    changes: list[tuple[int, int, int]] = []
    doc.contentsChange.connect(lambda *args: changes.append(args))
    moved = [(title, page + 10) for title, page in entries]
    assert set_numbers(doc, moved)
    assert len(changes) == 1, f"{len(changes)} separate edits (one relayout each)"
    changes.clear()
    assert set_numbers(doc, moved) and changes == []  # every number was written: nothing left to change


def test_charts_go_in_as_one_edit(qapp) -> None:  # noqa: ANN001
    """QA 27 item 3: the chart placeholders are replaced in one edit (one relayout: 22 s became 3 s on 1,000 options)."""
    from counterweight.reports.brief_html import document_html
    from counterweight.reports.pdf_brief import SafeTextDocument, _insert_charts

    brief = build_brief(exchange.read_file(example_decision_path()))
    sizes = {name: (c.width, c.height) for name, c in record_charts(brief).items()}
    doc = SafeTextDocument()
    doc.documentLayout()
    doc.setHtml(document_html(brief, colour=lambda v: "#ffffff", charts=sizes))
    changes: list[tuple[int, int, int]] = []
    doc.contentsChange.connect(lambda *args: changes.append(args))
    assert _insert_charts(doc) >= 4
    assert len(changes) == 1, f"{len(changes)} separate edits (one relayout each)"


def test_each_page_break_mend_is_one_edit(qapp) -> None:  # noqa: ANN001
    """A mend that changes several paragraphs (a lonely note's section moved whole) is laid out again once."""
    from tests.reports.test_pdf_pagination_qa25 import _doc, _table

    from counterweight.reports.pdf_pagination import keep_together

    note = "<p>Anyone holding the project file can check that its history still ends at this hash.</p>"
    body = _table(6) + note + '<h2 style="page-break-before: always;">Annex</h2>'
    mends = edits = 0
    for filler in range(0, 45):
        doc = _doc(filler, body)
        doc.pageCount()  # laid out before counting (the first layout reports the whole text as changed)
        changes: list[tuple[int, int, int]] = []
        doc.contentsChange.connect(lambda *args, seen=changes: seen.append(args))
        mends += keep_together(doc)
        edits += len(changes)
    assert mends > 0
    assert edits == mends


def test_a_print_contribution_chart_is_freed_without_the_collector(qapp) -> None:  # noqa: ANN001
    """The chart and its wrapped legend no longer refer to each other, so dropping the chart frees it at once,
    in the thread that drops it, whether or not anything deletes it explicitly."""
    import weakref

    from counterweight.charts import build_contribution_chart
    from counterweight.engine import evaluate
    from tests.factories import small_decision

    decision = small_decision()
    was = gc.isenabled()
    gc.disable()
    try:
        chart = build_contribution_chart(decision, evaluate(decision), for_print=True)
        assert chart._legend is not None and chart._legend.chart is chart
        gone = weakref.ref(chart)
        del chart
        assert gone() is None
    finally:
        if was:
            gc.enable()
