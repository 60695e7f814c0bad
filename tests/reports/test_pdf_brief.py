"""The PDF brief, read back with pypdf: marking and page numbers on every page, the engine's
numbers in the summary, real text, vector charts, non-Latin names, and hostile names that
are printed literally without any local file being opened.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pypdf = pytest.importorskip("pypdf")

from PySide6.QtCore import QUrl  # noqa: E402
from PySide6.QtGui import QFontDatabase, QPdfWriter, QTextDocument  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from counterweight.domain import Decision, Option  # noqa: E402
from counterweight.domain.errors import CounterweightError  # noqa: E402
from counterweight.engine import evaluate  # noqa: E402
from counterweight.engine.sensitivity import weight_sensitivity  # noqa: E402
from counterweight.locations import example_decision_path  # noqa: E402
from counterweight.reports.brief_content import build_brief  # noqa: E402
from counterweight.reports.pdf_brief import (  # noqa: E402
    SafeTextDocument,
    layout_document,
    record_charts,
    render_brief,
    write_pdf,
)
from counterweight.services import exchange  # noqa: E402
from counterweight.services.briefing import request_for_session  # noqa: E402
from counterweight.services.session import ProjectSession  # noqa: E402
from tests.factories import small_decision  # noqa: E402
from tests.reports.test_brief_content import BOLD, HOSTILE, hostile_decision  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
MARKING = "OFFICIAL-SENSITIVE"


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of whitespace made single spaces."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(path)).pages]


def squash(text: str) -> str:
    """Text without any whitespace, to find phrases that wrap across lines."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def example_pdf(qapp, tmp_path_factory) -> tuple[Path, int, Decision, list[str]]:  # noqa: ANN001
    """The example project's brief, its page count, the decision and each page's text."""
    folder = tmp_path_factory.mktemp("example")
    decision = exchange.read_file(example_decision_path())
    with ProjectSession.create(folder / "example.counterweight", decision) as session:
        request = request_for_session(session, marking=MARKING)
    out = folder / "brief.pdf"
    pages = write_pdf(request.build(), out)
    return out, pages, decision, page_texts(out)


def test_marking_and_page_number_on_every_page(example_pdf) -> None:  # noqa: ANN001
    path, pages, _, texts = example_pdf
    assert len(texts) == pages >= 5
    for number, text in enumerate(texts, start=1):
        assert text.count(MARKING) >= 2, f"page {number} lacks the marking at top and bottom"
        assert f"Page {number} of {pages}" in text
    box = pypdf.PdfReader(str(path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points


def test_summary_numbers_equal_the_engines(example_pdf) -> None:  # noqa: ANN001
    _, _, decision, texts = example_pdf
    text = squash(" ".join(texts))
    ev = evaluate(decision)
    top, runner = (int(i) for i in ev.order[:2])
    assert squash(f"{ev.option_names[top]} ranks first with {100 * ev.totals[top]:.1f} out of 100, "
                  f"{100 * (ev.totals[top] - ev.totals[runner]):.1f} points ahead of {ev.option_names[runner]}") in text
    sens = weight_sensitivity(decision)
    candidates = [(abs(t.change), c, t) for c in sens.criteria if c.status == "ok"
                  for t in (c.increase, c.decrease) if t is not None]
    _, crit, nearest = min(candidates, key=lambda item: item[0])
    verb = "rises above" if nearest.direction == "increase" else "falls below"
    assert squash(f"if the weight on {crit.name} {verb} {100 * nearest.global_weight:.1f} %") in text
    assert squash(f"{ev.option_names[top]} loses first place") in text


def test_text_is_real_and_charts_are_vector(example_pdf) -> None:  # noqa: ANN001
    path, _, decision, texts = example_pdf
    reader = pypdf.PdfReader(str(path))
    assert sum(len(page.images) for page in reader.pages) == 0  # charts are drawn, not pasted in
    text = squash(" ".join(texts))
    for title in ("Contribution of each criterion to the overall score", "Annex A. Scores, rationale and evidence",
                  "Audit summary", decision.title):
        assert squash(title) in text
    for option in decision.options:
        assert squash(option.name) in text
    assert reader.metadata.title == decision.title


def _many_options(names: list[str]) -> Decision:
    base = small_decision()
    data = base.model_dump()
    template = [s for s in data["scores"] if s["option_id"] == "b"]
    data["options"], data["scores"] = [], []
    for k, name in enumerate(names):
        data["options"].append(Option(id=f"o{k}", name=name).model_dump())
        data["scores"] += [{**s, "option_id": f"o{k}", "value": None if s["value"] is None else
                            min(10.0, (k % 10) + 0.5) if s["criterion_id"] == "effect" else s["value"]}
                           for s in template]
    return Decision.model_validate(data)


def test_thirty_five_options_with_long_cyrillic_names(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    long_tail = " очень длинное название варианта, которое продолжается" * 3
    names = [f"Вариант {k} — Усиленное сдерживание{long_tail}"[:200] for k in range(35)]
    out = tmp_path / "many.pdf"
    pages = write_pdf(build_brief(_many_options(names), marking=MARKING), out)
    texts = page_texts(out)
    assert len(texts) == pages
    assert all(t.count(MARKING) >= 2 for t in texts)
    everything = squash(" ".join(texts))
    for name in names:
        assert squash(name) in everything, name[:30]


def test_korean_names_render_as_text(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Korean):
        pytest.skip("no installed font covers Korean (Hangul); e.g. apt install fonts-wqy-microhei")
    names = ["대북 억제 강화 방안", "정보 공유 확대", "Смешанный вариант 혼합"]
    out = tmp_path / "ko.pdf"
    write_pdf(build_brief(_many_options(names)), out)
    everything = squash(" ".join(page_texts(out)))
    for name in names:
        assert squash(name) in everything


def test_hostile_names_are_printed_literally(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    brief = build_brief(hostile_decision())
    out = tmp_path / "hostile.pdf"
    write_pdf(brief, out)
    text = " ".join(page_texts(out))
    assert squash(HOSTILE) in squash(text) and BOLD in text
    assert squash("OFFICIAL & <SENSITIVE>") in squash(text)  # the marking, as typed
    assert "&lt;" not in text and "&amp;" not in text and "&quot;" not in text


def test_no_resource_is_requested_while_rendering(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    brief = build_brief(hostile_decision())
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    doc, _ = layout_document(brief, writer, record_charts(brief))
    assert doc.pageCount() >= 1
    assert doc.requests == []  # user text was escaped, so there is nothing to fetch


def test_the_second_layer_answers_raw_markup_with_a_placeholder(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not really a png")
    doc = SafeTextDocument()
    doc.setHtml(f'<p>{HOSTILE}<img src="file://{secret}"></p>')
    doc.setPageSize(doc.pageSize())
    assert doc.pageCount() == 1 and doc.size().height() > 0  # forces the layout, which asks for the images
    assert "file:///etc/passwd" in doc.requests and f"file://{secret}" in doc.requests
    image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl("file:///etc/passwd"))
    assert image.width() == 1 and image.height() == 1


STRACE_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    mode, out, marks = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    from counterweight.reports.pdf_brief import ensure_application, write_pdf
    ensure_application()
    from counterweight.reports.brief_content import build_brief
    from tests.reports.test_brief_content import HOSTILE, hostile_decision
    brief = build_brief(hostile_decision(), prepared_by="tester")
    if mode == "raw":
        from PySide6.QtGui import QPdfWriter, QTextDocument
        doc = QTextDocument()
        (marks / "START").write_text("")
        doc.setHtml("<p>" + HOSTILE + "</p>")
        writer = QPdfWriter(str(out))
        doc.print_(writer)
        del writer
    else:
        (marks / "START").write_text("")
        write_pdf(brief, out)
    (marks / "END").write_text("")
""")


def _files_opened_while_rendering(mode: str, tmp_path: Path) -> list[str]:
    script = tmp_path / "render.py"
    script.write_text(STRACE_SCRIPT)
    trace = tmp_path / f"trace-{mode}.txt"
    env = {**os.environ, "PYTHONPATH": f"{REPO / 'desktop'}:{REPO}", "QT_QPA_PLATFORM": "offscreen",
           "USER": "tester", "LOGNAME": "tester", "HOME": str(tmp_path)}
    run = subprocess.run(["strace", "-f", "-e", "trace=openat", "-o", str(trace), sys.executable, str(script), mode,
                          str(tmp_path / f"{mode}.pdf"), str(tmp_path)], env=env, capture_output=True, text=True,
                         timeout=120)
    if run.returncode != 0 and "ptrace" in run.stderr.lower():
        pytest.skip(f"strace cannot trace here: {run.stderr.strip()[:200]}")
    assert run.returncode == 0, run.stderr[-2000:]
    lines = trace.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if str(tmp_path / "START") in line)
    end = next(i for i, line in enumerate(lines) if str(tmp_path / "END") in line)
    return lines[start:end]


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_rendering_never_opens_a_local_file_named_in_the_text(tmp_path: Path) -> None:
    opened = _files_opened_while_rendering("brief", tmp_path)
    assert opened, "the trace between the markers is empty"
    assert not [line for line in opened if "/etc/passwd" in line or "/etc/shadow" in line]
    # The same check catches a renderer that trusts raw markup (QTextDocument reads the file).
    raw = _files_opened_while_rendering("raw", tmp_path)
    assert [line for line in raw if "/etc/passwd" in line]


def test_an_unwritable_target_names_the_file_and_keeps_the_old_one(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    brief = build_brief(small_decision())
    with pytest.raises(CounterweightError) as err:
        write_pdf(brief, tmp_path / "missing-folder" / "b.pdf")
    assert err.value.where == str(tmp_path / "missing-folder" / "b.pdf")
    existing = tmp_path / "keep.pdf"
    existing.write_bytes(b"old")
    write_pdf(brief, existing)
    assert existing.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))


def test_a_failed_rename_removes_the_partial_file_and_names_the_target(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "out"
    target = out / "taken.pdf"
    target.mkdir(parents=True)  # the final rename fails: a folder has that name (a locked file fails the same way)
    with pytest.raises(CounterweightError) as err:
        write_pdf(build_brief(small_decision()), target)
    assert err.value.where == str(target)
    assert err.value.message == "Could not write the PDF brief: a folder has that name."
    assert sorted(p.name for p in out.iterdir()) == ["taken.pdf"]


def test_printing_puts_the_marking_on_every_page(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    brief = build_brief(small_decision(), marking="SECRET")
    pages = render_brief(brief, printer)
    del printer
    texts = page_texts(out)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert text.count("SECRET") >= 2 and f"Page {number} of {pages}" in text


def test_no_marking_prints_none(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "plain.pdf"
    pages = write_pdf(build_brief(small_decision()), out)
    texts = page_texts(out)
    assert "none set" in texts[0]
    assert all(f"Page {n} of {pages}" in t for n, t in enumerate(texts, start=1))


def test_a_long_marking_is_printed_in_full_on_every_page(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    marking = ("OFFICIAL-SENSITIVE COMMERCIAL – HANDLE VIA APPROVED CHANNELS ONLY – "
               "NOT FOR RELEASE OUTSIDE THE DEPARTMENT WITHOUT APPROVAL")[:120]
    out = tmp_path / "long.pdf"
    write_pdf(build_brief(small_decision(), marking=marking), out)
    for text in page_texts(out):
        assert squash(text).count(squash(marking)) >= 2


# ------------------------------------------------------------------ printed charts: room for their labels
def _svg_texts(svg: bytes) -> list[str]:
    import html as html_mod
    import re

    return [html_mod.unescape(t) for t in re.findall(r">([^<>]+)</text>", svg.decode())]


@pytest.mark.parametrize("options", [1, 2, 3])
def test_contribution_chart_is_tall_enough_with_few_options(qapp, options: int) -> None:  # noqa: ANN001
    from counterweight.reports.brief_charts import MIN_CONTRIBUTION_HEIGHT_PX

    d = small_decision()
    keep = {o.id for o in d.options[:options]}
    few = Decision.model_validate({**d.model_dump(), "options": [o.model_dump() for o in d.options[:options]],
                                   "scores": [s.model_dump() for s in d.scores if s.option_id in keep]})
    picture = record_charts(build_brief(few))["contribution"]
    assert picture.height >= MIN_CONTRIBUTION_HEIGHT_PX
    texts = _svg_texts(picture.svg)
    assert all(any(o.name in t for t in texts) for o in few.options), texts


def test_printed_contribution_chart_names_every_option_of_the_example_whole(qapp) -> None:  # noqa: ANN001
    """The print-only axis title ("Option (best on top)") took the room that "4. Continue escalation
    management" needed, so the brief printed "Continue escalation managem…"; the rank numbers say the same."""
    example = exchange.read_file(example_decision_path())
    texts = _svg_texts(record_charts(build_brief(example))["contribution"].svg)
    missing = [o.name for o in example.options if not any(o.name in t for t in texts)]
    assert not missing, (missing, [t for t in texts if "…" in t])


def test_a_cut_chart_says_how_many_options_it_shows(qapp) -> None:  # noqa: ANN001
    from counterweight.reports.html_parts import MAX_CHART_BARS

    d = small_decision()
    data = d.model_dump()
    extra = MAX_CHART_BARS + 2 - len(d.options)
    data["options"] += [{"id": f"x{k}", "name": f"Extra {k}"} for k in range(extra)]
    many = Decision.model_validate(data)
    texts = _svg_texts(record_charts(build_brief(many))["contribution"].svg)
    assert f"Top {MAX_CHART_BARS} of {len(many.options)} options" in texts, texts


def test_printed_tornado_labels_keep_both_names(qapp) -> None:  # noqa: ANN001
    from counterweight.charts.tornado_chart import ROW_PX, build_tornado_chart, tornado_items

    brief = build_brief(exchange.read_file(example_decision_path()))
    texts = _svg_texts(record_charts(brief)["tornado"].svg)
    assert not [t for t in texts if t.endswith("...")], "Qt Charts cut a label"
    items = tornado_items(brief.decision, brief.flips, brief.sensitivity)[:12]
    for it in items:
        if it.kind == "score":  # "option:" on a line of its own, whole, above the criterion
            assert f"{it.option}:" in texts
    assert "Continue escalation management:" in texts
    assert "Weight: Disruption of the Russia-North" in texts and "Korea nuclear bargain" in texts
    # the window's chart is unchanged: one line per row, 26 px rows
    screen = build_tornado_chart(items, brief.flips.threshold)
    assert screen.row_px == ROW_PX and not any("<br>" in c for c in screen.category_axis.categories())


# ------------------------------------------------------------------ page breaks
def _pdf_device(tmp_path: Path) -> QPdfWriter:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    return writer


def test_no_row_is_split_and_no_heading_left_at_a_page_foot(qapp, tmp_path: Path,  # noqa: ANN001
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from counterweight.reports import pdf_brief
    from counterweight.reports.pdf_pagination import _first_bad_break

    writer = _pdf_device(tmp_path)
    for decision in (exchange.read_file(example_decision_path()), _many_options([f"Option {k}" for k in range(30)])):
        brief = build_brief(decision)
        charts = record_charts(brief)
        doc, _ = layout_document(brief, writer, charts)
        assert _first_bad_break(doc, doc.pageSize().height()) is None
        with monkeypatch.context() as m:  # the same brief as Qt alone lays it out has bad breaks
            m.setattr(pdf_brief, "CONTENTS_AFTER_PAGES", 10_000)  # compared without the list: its numbers differ
            doc, _ = layout_document(brief, writer, charts)
            m.setattr(pdf_brief, "keep_together", lambda doc: 0)
            raw, _ = layout_document(brief, writer, charts)
        assert _first_bad_break(raw, raw.pageSize().height()) is not None
        # nothing lost or reordered: the only words added are copies of a split table's header row
        mended, plain = doc.toPlainText().split(), raw.toPlainText().split()
        ops = difflib.SequenceMatcher(None, plain, mended, autojunk=False).get_opcodes()
        assert {op for op, *_ in ops} <= {"equal", "insert"}
        for op, i1, _, j1, j2 in ops:
            if op == "insert":
                assert " ".join(mended[j1:j2]) in " ".join(plain[:i1])


def test_a_split_table_keeps_every_cell_its_colour_and_the_header(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextCursor

    from counterweight.reports.html_parts import table
    from counterweight.reports.pdf_pagination import _first_bad_break, keep_together

    rows = [[f"row {k} " + "word " * (k % 7 * 6), (f"cell {k}", "#ffcc00" if k % 3 else "#00ccff")]
            for k in range(40)]
    doc = QTextDocument()
    doc.setHtml("<h2>Heading</h2>" + table(["Name", "Value"], rows, widths=["70%", "30%"]))
    doc.setPageSize(QSizeF(400, 300))
    assert _first_bad_break(doc, 300) is not None
    assert keep_together(doc) > 0 and _first_bad_break(doc, 300) is None
    tables, block = [], doc.begin()
    while block.isValid():
        t = QTextCursor(block).currentTable()
        if t is not None and (not tables or tables[-1].firstPosition() != t.firstPosition()):
            tables.append(t)
        block = block.next()
    assert len(tables) > 1
    got = []
    for t in tables:
        assert t.format().headerRowCount() == 1 and t.cellAt(0, 0).firstCursorPosition().block().text() == "Name"
        for r in range(1, t.rows()):
            name = t.cellAt(r, 0).firstCursorPosition().block().text()
            value = t.cellAt(r, 1)
            got.append((name.strip(), value.firstCursorPosition().block().text(),
                        value.format().background().color().name()))
    assert got == [(name.strip(), value, colour) for name, (value, colour) in rows]


def test_group_brief_pdf_speaks_of_the_analysts_and_perspectives(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from tests.services.test_briefing_views import group_project

    with ProjectSession.create(tmp_path / "group.counterweight", group_project()) as session:
        request = request_for_session(session)
    out = tmp_path / "group.pdf"
    write_pdf(request.build(), out)
    text = squash(" ".join(page_texts(out)))
    for phrase in ("Analysts Ann, Ben", "come from the shared inputs", "the group view, Ann's view and Ben's view put "
                   "Bravo first", "the robust choice by minimax regret is Charlie", "Benefits (Ann's own)"):
        assert squash(phrase) in text, phrase


def test_the_audit_hash_is_printed_unbroken_so_it_can_be_copied(example_pdf) -> None:  # noqa: ANN001
    """QA pass 19: the latest entry's hash wrapped over two lines, so a copied hash held a line break."""
    import re

    _path, _pages, _decision, texts = example_pdf
    page = next(t for t in texts if "Latest entry's hash" in t)
    assert re.search(r"Latest entry's hash [0-9a-f]{64}\b", page), page[page.index("Latest entry"):][:120]
