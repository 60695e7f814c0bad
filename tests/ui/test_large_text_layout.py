"""Large text on a small screen: every pane of a new window keeps a few usable rows.

QA pass 17 (1,366 x 768, application font at 150 %): the weights tree showed less than one
row, the score matrix its header and no row, and the history table one row once the History
dock was open. The number of rows a view can show is its viewport height divided by its row
height, both measured at run time, so the check follows the font rather than pixel values.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget

pytestmark = pytest.mark.qt

#: Views that must show at least MIN_ROWS rows (objectName).
VIEWS = ["scoreMatrix", "weightsTree", "criteriaTree"]
MIN_ROWS = 3


def _rows_shown(root: QWidget, name: str) -> float:
    view = root.findChild(QAbstractItemView, name)
    assert view is not None, f"no view called {name}"
    model = view.model()
    if isinstance(view, QTableView):
        row = view.verticalHeader().defaultSectionSize()
        if model is not None and model.rowCount() > 0:
            row = max(row, view.rowHeight(0))
    else:
        assert model is not None and model.rowCount() > 0, f"{name} is empty"
        row = view.visualRect(model.index(0, 0)).height() or view.sizeHintForRow(0)
    assert row > 0, f"{name}: no row height"
    # the part of the viewport the user can see: a scroll area around the view may hide some
    seen = view.viewport().visibleRegion().boundingRect().height() if view.isVisible() else 0
    return min(view.viewport().height(), seen) / row


def _window(qtbot, controller, tmp_path, *, history: bool):  # noqa: ANN001, ANN202
    from PySide6.QtCore import QSettings

    from counterweight.ui.main_window import MainWindow

    # a new user: an empty settings file, so the default layout is what is measured
    win = MainWindow(controller, native_dialogs=False,
                     settings=QSettings(str(tmp_path / f"large-{history}.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1366, 768)  # as the QA script: the whole of a 1,366 x 768 screen
    win.show()
    qtbot.waitExposed(win)
    if history:
        win.history_dock.show()
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(50)
    return win


@pytest.fixture
def example_controller(qtbot, example_session):  # noqa: ANN001, ANN201
    from counterweight.ui.session_controller import SessionController

    ctl = SessionController(example_session)
    yield ctl
    ctl.undo_stack.clear()


@pytest.mark.parametrize("history", [False, True], ids=["no-history", "history-open"])
def test_each_pane_keeps_three_rows_at_150_percent_on_1366_by_768(
        qtbot, example_controller, tmp_path, scale_font, history: bool) -> None:
    scale_font(1.5)
    win = _window(qtbot, example_controller, tmp_path, history=history)
    names = VIEWS + (["historyTable"] if history else [])
    shown = {name: round(_rows_shown(win, name), 2) for name in names}
    short = {name: rows for name, rows in shown.items() if rows < MIN_ROWS}
    assert win.height() <= 768, f"the window grew to {win.height()} px, taller than the screen"
    assert not short, f"fewer than {MIN_ROWS} rows visible at 150 % text: {short} (all: {shown})"


def test_weights_hint_is_not_cut_at_150_percent(qtbot, example_controller, tmp_path, scale_font) -> None:
    """The hint above the weights tree gets the height its wrapped text needs."""
    from PySide6.QtWidgets import QLabel

    scale_font(1.5)
    win = _window(qtbot, example_controller, tmp_path, history=True)
    hint = win.findChild(QLabel, "weightsHint")
    assert hint is not None
    if hint.isVisible():
        need = hint.heightForWidth(hint.width()) if hint.wordWrap() else hint.sizeHint().height()
        assert hint.height() >= need, f"weightsHint is {hint.height()} px high, its text needs {need}"
