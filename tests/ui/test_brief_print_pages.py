"""QA 25 item 7: Print brief… gives the same pages as Export brief… (same breaks, same marking place, a title)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from counterweight.locations import example_decision_path
from counterweight.reports.pdf_brief import print_brief_on, record_charts, write_pdf
from counterweight.services.briefing import request_for_file, request_for_session
from counterweight.ui.main_window import MainWindow

pypdf = pytest.importorskip("pypdf")
pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


def _pdf_printer(path: Path) -> QPrinter:
    """A printer as the print dialog leaves it when the user prints to a file: A4, the default 10 mm margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(path))
    return printer


def _pages(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages]


def _first_words(text: str) -> str:
    """The page's text after the marking and before the footer: its first few words of body."""
    return " ".join(text.split()[:12])


def test_printing_to_a_file_gives_the_exported_pages_and_title(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    """The example brief (a dozen pages) printed to a PDF file breaks its pages where the export does."""
    brief = request_for_file(example_decision_path(), marking="OFFICIAL-SENSITIVE").build()
    charts = record_charts(brief)
    exported, printed = tmp_path / "exported.pdf", tmp_path / "printed.pdf"
    export_pages = write_pdf(brief, exported, charts)
    printer = _pdf_printer(printed)
    print_pages = print_brief_on(printer, brief, charts)
    del printer  # finishes the file
    assert export_pages > 8
    assert print_pages == export_pages
    want, got = _pages(exported), _pages(printed)
    assert len(got) == len(want) == export_pages
    for number, (a, b) in enumerate(zip(want, got, strict=True), start=1):
        assert _first_words(b) == _first_words(a), f"page {number} starts differently when printed"
    reader = pypdf.PdfReader(str(printed))
    assert reader.metadata.title == brief.decision.title
    assert (reader.metadata.creator or "").startswith("Counterweight")
    # the sheet itself is A4, and the marking is as near its top edge as in the export (not 10 mm further in)
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2
    assert _marking_top(printed) == pytest.approx(_marking_top(exported), abs=2.0)


def _marking_top(path: Path) -> float:
    """Distance in points from the sheet's top edge to the first line of text (the marking)."""
    page = pypdf.PdfReader(str(path)).pages[0]
    ys: list[float] = []

    def visit(text, cm, tm, font, size) -> None:  # noqa: ANN001
        if text.strip():
            ys.append(cm[5] + tm[5] * cm[3])

    page.extract_text(visitor_text=visit)
    return float(page.mediabox.height) - max(ys)


def test_print_brief_from_the_window_lays_out_on_the_whole_sheet(window: MainWindow, controller, qtbot,  # noqa: ANN001
                                                                  tmp_path: Path) -> None:
    """File > Print brief… (the printer given, as the dialog would) gives the export's page count and title."""
    window.brief_actions.set_marking("SECRET")
    printed = tmp_path / "printed.pdf"
    printer = _pdf_printer(printed)
    with qtbot.waitSignal(window.brief_actions.briefWritten, timeout=60_000):
        assert window.brief_actions.print_brief(printer)
    assert printer.fullPage()
    del printer
    brief = request_for_session(controller.session).build()
    exported = tmp_path / "exported.pdf"
    pages = write_pdf(brief, exported)
    assert len(_pages(printed)) == pages
    assert pypdf.PdfReader(str(printed)).metadata.title == controller.decision.title
