"""Large text on a small screen: every analysis tab reads without scrolling sideways.

QA pass 17 (1,366 x 768, application font at 150 %): the analysis column, about 360
pixels wide, scrolled sideways on every tab, wrapped sentences ran past its right edge
or were cut at the top and bottom, the Perspectives tables showed less than one row
and the agreement table cut every value to "+…". Every size checked here is measured
at run time from the widget's own font and geometry; nothing is compared with pixel
values copied from the code.
"""

from __future__ import annotations

import re

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QScrollArea, QStyle, QTableView, QWidget

pytestmark = pytest.mark.qt

#: Tables (objectName) that keep this many rows in view (or all their rows, if fewer).
TABLES = ("scenarioEditor", "rankAcrossPairsTable", "methodRanksTable", "kendallTauTable")
MIN_ROWS = 3
#: Cell texts that are numbers: ranks, "2 (3.4)", "+0.67", "−1.00", percentages.
NUMERIC = re.compile(r"^[\s\d.,+\-−()%]*\d[\s\d.,+\-−()%]*$")


@pytest.fixture
def busy_controller(qtbot, example_session):  # noqa: ANN001, ANN201
    """The example decision with two analysts who score differently, a perspective and a scenario."""
    from counterweight.domain.analysts import Analyst
    from counterweight.domain.perspectives import ScoreScenario, WeightSet
    from counterweight.domain.scales import NumericScale
    from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore
    from counterweight.services.perspectives import AddScenario, AddWeightSet
    from counterweight.ui.session_controller import SessionController

    ctl = SessionController(example_session)
    for aid, name in (("kim", "Kim Lee"), ("ann", "Ann Marsh")):
        ctl.submit(AddAnalyst(Analyst(id=aid, name=name, role="Desk")))
    numeric = [s for s in ctl.decision.scores
               if s.value is not None and isinstance(ctl.decision.criterion(s.criterion_id).scale, NumericScale)]
    for n, score in enumerate(numeric[:6]):
        end = score.high if n % 2 and score.high is not None else score.low
        if end is not None and end != score.value:
            ctl.submit(SetAnalystScore("kim" if n % 3 else "ann", score.option_id, score.criterion_id,
                                       score.model_copy(update={"value": end})))
    top = [c.id for c in ctl.decision.criteria if c.parent_id is None]
    ctl.submit(AddWeightSet(WeightSet(id="first-only", name="Everything on the first criterion group",
                                      weights={top[0]: 100})))
    ctl.submit(AddScenario(ScoreScenario(id="pessimistic", name="Pessimistic case")))
    yield ctl
    ctl.undo_stack.clear()


def _window(qtbot, controller, tmp_path):  # noqa: ANN001, ANN202
    from PySide6.QtCore import QSettings

    from counterweight.ui.main_window import MainWindow

    win = MainWindow(controller, native_dialogs=False,
                     settings=QSettings(str(tmp_path / "tabs-large.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def _settle(qtbot) -> None:  # noqa: ANN001
    for _ in range(4):
        QApplication.processEvents()
        qtbot.wait(60)


def _page_scrollers(page: QScrollArea) -> list[QAbstractScrollArea]:
    """The page's own scroll area and the scroll areas a panel puts around its whole body."""
    return [page, *(a for a in page.widget().findChildren(QScrollArea) if a.isVisible())]


def _label_problems(page: QScrollArea) -> list[str]:
    """Wrapped labels that run past the page's right edge, or are shorter than their lines."""
    found = []
    port = page.viewport()
    for label in page.widget().findChildren(QLabel):
        if not (label.isVisible() and label.wordWrap() and label.text().strip()):
            continue
        right = label.mapTo(port, QPoint(label.width(), 0)).x()
        if right > port.width() + 1:
            found.append(f"{label.objectName() or label.text()[:30]!r} runs {right - port.width()} px past the edge")
        if label.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(label.text()):
            continue  # its lines are measured by the layout of its document, not by the font alone
        room = label.contentsRect().width() - 2 * label.margin()
        need = label.fontMetrics().boundingRect(QRect(0, 0, max(room, 1), 0), int(Qt.TextFlag.TextWordWrap),
                                                label.text()).height()
        if label.contentsRect().height() - 2 * label.margin() < need:
            found.append(f"{label.objectName() or label.text()[:30]!r} is {label.contentsRect().height()} px high, "
                         f"its lines need {need}")
    return found


def _rows_in_view(table: QTableView) -> float:
    row = max(table.verticalHeader().defaultSectionSize(), table.rowHeight(0) if table.model().rowCount() else 0)
    return table.viewport().height() / row


def _elided_numbers(table: QTableView) -> list[str]:
    """Numeric cells and their column headers whose text is wider than the room the column gives it."""
    model = table.model()
    style = table.style()
    cell_margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    header = table.horizontalHeader()
    head_margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    found = []
    for c in range(model.columnCount()):
        if table.isColumnHidden(c):
            continue
        texts = [(r, str(model.index(r, c).data() or "")) for r in range(model.rowCount())]
        numeric = [(r, t) for r, t in texts if NUMERIC.match(t)]
        if not numeric:
            continue
        width = table.columnWidth(c)
        for r, text in numeric:
            font = model.index(r, c).data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else table.font())
            need = metrics.horizontalAdvance(text) + 2 * cell_margin
            if need > width:
                found.append(f"{table.objectName()} cell ({r}, {c}) {text!r}: {width} px, needs {need}")
        title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        need = header.fontMetrics().horizontalAdvance(title) + 2 * head_margin
        if title and need > width:
            found.append(f"{table.objectName()} header {title!r}: {width} px, needs {need}")
    return found


def test_analysis_tabs_read_without_sideways_scrolling_at_150_percent(
        qtbot, busy_controller, tmp_path, scale_font) -> None:
    scale_font(1.5)
    win = _window(qtbot, busy_controller, tmp_path)
    tabs = win.analysis_tabs
    problems: dict[str, list[str]] = {}
    sensed: list[int] = []  # the sensitivity panel works in the background; its sentences come after
    tabs.sensitivity_panel.updated.connect(lambda: sensed.append(1))
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        name = tabs.tabText(i)
        if i == 2:
            qtbot.waitUntil(lambda: bool(sensed), timeout=60_000)
        _settle(qtbot)
        page = tabs.widget(i)
        assert isinstance(page, QScrollArea), f"{name}: the page is not a scroll area"
        found = [f"{a.objectName()} scrolls sideways ({a.widget().width()} px in {a.viewport().width()})"
                 for a in _page_scrollers(page) if a.horizontalScrollBar().isVisible()]
        found += _label_problems(page)
        for table_name in TABLES:
            table = page.widget().findChild(QTableView, table_name)
            if table is None or not table.isVisible():
                continue
            rows = table.model().rowCount()
            assert rows, f"{table_name} is empty: nothing to measure"
            shown = _rows_in_view(table)
            if shown < min(rows, MIN_ROWS):
                found.append(f"{table_name} shows {shown:.1f} of {rows} rows")
            found += _elided_numbers(table)
        if found:
            problems[name] = found
    assert not problems, "at 1,366 x 768 with 150 % text:\n" + "\n".join(
        f"{tab}: {p}" for tab, ps in problems.items() for p in ps)


def test_the_tables_under_test_are_all_reached(qtbot, busy_controller, tmp_path, scale_font) -> None:
    """The check above looks at each named table on some tab (a renamed table would slip through)."""
    scale_font(1.5)
    win = _window(qtbot, busy_controller, tmp_path)
    tabs = win.analysis_tabs
    seen: set[str] = set()
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        _settle(qtbot)
        page: QWidget = tabs.widget(i)
        seen |= {t.objectName() for t in page.findChildren(QTableView) if t.isVisible() and t.model().rowCount()}
    assert set(TABLES) <= seen, f"not found with rows: {set(TABLES) - seen}"
