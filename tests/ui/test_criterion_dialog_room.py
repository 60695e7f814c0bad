"""QA 22 item 15: the criterion dialog keeps its breakpoint buttons in sight while breakpoints are added.

At 1,366 x 768 the dialog opened 607 px high for a straight-line scale. Adding breakpoints
lengthens the direction note (two lines to three) and the hint above the table (one to
two), the dialog kept its height, and its scrolled body hid the Add and Remove breakpoint
buttons below the edge. It now grows with its contents while the screen has room, and on
a screen too short for it (the same screen at 150 % text) scrolls the buttons into view.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QPushButton

from counterweight.domain import Criterion, NumericScale

pytestmark = pytest.mark.qt

BUTTONS = ("addBreakpointButton", "removeBreakpointButton")


def _people() -> Criterion:
    return Criterion(id="people", name="People protected", unit="people", weight=1,
                     scale=NumericScale(lower=0, upper=50000))


def _in_sight(widget) -> bool:  # noqa: ANN001
    """Whether all of ``widget`` is painted: not cut by the scrolled body's edge nor the dialog's."""
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


def _add_breakpoints(qtbot, dialog) -> None:  # noqa: ANN001
    """The QA steps: Add breakpoint three times, then type 20000 = 70 in the second row."""
    add = dialog.findChild(QPushButton, "addBreakpointButton")
    for _ in range(3):
        add.click()
        qtbot.wait(20)
    dialog.points_table.item(1, 0).setText("20000")
    dialog.points_table.item(1, 1).setText("70")
    qtbot.wait(50)
    QApplication.processEvents()


def _open(qtbot, monkeypatch, width: int, height: int):  # noqa: ANN202
    from counterweight.ui.dialogs.criterion_dialog import CriterionDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, width, height))
    dialog = CriterionDialog(_people())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def test_the_dialog_grows_so_the_breakpoint_buttons_stay_in_sight(qtbot, monkeypatch) -> None:
    dialog = _open(qtbot, monkeypatch, 1366, 768)
    opened = dialog.height()
    assert all(_in_sight(dialog.findChild(QPushButton, name)) for name in BUTTONS)
    _add_breakpoints(qtbot, dialog)
    assert dialog.points_table.rowCount() == 4 and dialog.criterion() is not None
    for name in BUTTONS:
        qtbot.waitUntil(lambda name=name: _in_sight(dialog.findChild(QPushButton, name)), timeout=2000)
    assert _in_sight(dialog.ok_button)
    assert opened < dialog.height() <= 768  # grown, within the screen
    assert dialog.frameGeometry().bottom() <= 768


def test_on_a_short_screen_the_body_scrolls_the_buttons_into_view(qtbot, monkeypatch) -> None:
    dialog = _open(qtbot, monkeypatch, 911, 480)
    assert dialog.height() <= 480
    _add_breakpoints(qtbot, dialog)
    dialog.findChild(QPushButton, "addBreakpointButton").click()  # the editor of the new row takes the focus
    for name in BUTTONS:
        qtbot.waitUntil(lambda name=name: _in_sight(dialog.findChild(QPushButton, name)), timeout=2000)
    assert _in_sight(dialog.ok_button) and dialog.height() <= 480


def test_a_large_bound_is_shown_in_full_and_kept(qtbot) -> None:
    """QA 22 item 2, in the same dialog: the bounds were written f"{x:g}", so 1234567 showed as
    1.23457e+06, which reads back as 1234570: renaming the criterion moved its upper bound."""
    from counterweight.ui.dialogs.criterion_dialog import CriterionDialog

    crit = Criterion(id="budget", name="Budget", unit="GBP", weight=1,
                     scale=NumericScale(lower=-12345.5, upper=1234567, breakpoints=[
                         {"x": -12345.5, "value": 0}, {"x": 42000, "value": 60}, {"x": 1234567, "value": 100}]))
    dialog = CriterionDialog(crit)
    qtbot.addWidget(dialog)
    assert (dialog.lower_edit.text(), dialog.upper_edit.text()) == ("-12345.5", "1234567")
    assert [dialog.points_table.item(r, 0).text() for r in range(3)] == ["-12345.5", "42000", "1234567"]
    dialog.name_edit.setText("Budget (capital)")
    edited = dialog.criterion()
    assert edited is not None and edited.scale == crit.scale
