"""Text scales with the system font: a 1.5 times larger application font gives taller rows and text boxes.

Nothing here compares with pixel values taken from the code: each height is measured
at the usual font, then again with the font enlarged, and must have grown.
"""

from __future__ import annotations


import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget

pytestmark = pytest.mark.qt

#: Views of the main window whose rows must follow the font (objectName).
VIEWS = ["scoreMatrix", "rankingTable", "optionsList", "criteriaTree", "weightsTree", "methodRanksTable",
         "kendallTauTable", "historyTable"]


def _row_height(root: QWidget, name: str) -> int:
    view = root.findChild(QAbstractItemView, name)
    assert view is not None, f"no view called {name}"
    model = view.model()
    assert model is not None and model.rowCount() > 0, f"{name} is empty"
    if isinstance(view, QTableView):
        return view.rowHeight(0)
    return view.visualRect(model.index(0, 0)).height() or view.sizeHintForRow(0)


def _window(qtbot, controller, tmp_path, name: str):
    from counterweight.ui.main_window import MainWindow
    from PySide6.QtCore import QSettings

    w = MainWindow(controller, native_dialogs=False,
                   settings=QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.history_dock.show()
    tabs = w.analysis_tabs
    for i in range(tabs.count()):  # the comparison tables fill when their tab is shown
        tabs.setCurrentIndex(i)
    QApplication.processEvents()
    return w


@pytest.fixture
def example_controller(qtbot, example_session):
    from counterweight.ui.session_controller import SessionController

    ctl = SessionController(example_session)
    yield ctl
    ctl.undo_stack.clear()


@pytest.mark.parametrize("name", VIEWS)
def test_rows_of_a_new_window_grow_with_the_font(qtbot, example_controller, tmp_path, scale_font, name) -> None:
    before = _row_height(_window(qtbot, example_controller, tmp_path, "normal"), name)
    scale_font(1.5)
    after = _row_height(_window(qtbot, example_controller, tmp_path, "large"), name)
    assert after > before, f"{name}: rows stay {before} px with a 1.5x font ({after} px)"


def test_score_matrix_rows_grow_while_the_window_is_open(qtbot, example_controller, tmp_path, scale_font) -> None:
    from counterweight.ui import theme

    w = _window(qtbot, example_controller, tmp_path, "live")
    theme.install()
    before = _row_height(w, "scoreMatrix")
    scale_font(1.5)
    qtbot.waitUntil(lambda: _row_height(w, "scoreMatrix") > before, timeout=3000)
    text_height = w.score_matrix.view.fontMetrics().height()
    assert _row_height(w, "scoreMatrix") > text_height  # the text fits with room to spare


def test_text_boxes_grow_with_the_font(qtbot, controller, scale_font) -> None:
    from counterweight.ui.dialogs.criterion_dialog import CriterionDialog

    leaf = controller.decision.leaves[0]
    small = CriterionDialog(leaf)
    qtbot.addWidget(small)
    before = small.description_edit.height()
    scale_font(1.5)
    large = CriterionDialog(leaf)
    qtbot.addWidget(large)
    assert large.description_edit.height() > before
    qtbot.waitUntil(lambda: small.description_edit.height() > before, timeout=3000)  # an open dialog follows too
