"""The guide window on a small screen, and F1 in dialogs without a section of their own (QA pass 20).

Item 5: at 150 % on a 1,366 x 768 screen (911 x 512 logical) the guide opened at a fixed 760 x 680,
so its lower part, with the search result line, was off the screen.
Item 8: F1 in the Protective marking dialog left the guide wherever it last was.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from counterweight.ui.dialogs.help_dialog import HelpDialog, slug
from counterweight.ui.help_actions import topic_for

pytestmark = pytest.mark.qt

#: Lines a real title bar takes (the offscreen screen has none).
TITLE_LINES = 2


def test_the_guide_fits_the_screen_with_its_search_line_in_sight(qtbot, window, monkeypatch) -> None:
    """The test screen (800 x 800) is large enough for 760 x 680: it is made 911 x 512, as at 150 %."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    qtbot.waitExposed(window)
    small = QRect(0, 0, 911, 512)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(small))
    guide = window.help_actions.show_help("keyboard")
    qtbot.waitExposed(guide)
    line = guide.fontMetrics().height()
    frame = guide.frameGeometry()
    assert frame.width() <= small.width(), f"the guide is {frame.width()} px wide on a {small.width()} px screen"
    assert frame.height() + TITLE_LINES * line <= small.height(), (
        f"the guide is {frame.height()} px high (+ a title bar) on a {small.height()} px screen")
    guide.search.setText("zzzz-not-in-the-guide")
    assert not guide.find_next()
    status = guide.status
    assert status.isVisible() and status.text()
    assert status.geometry().bottom() < guide.height(), "the search result line is cut off"
    assert guide.browser.viewport().height() >= 10 * guide.browser.fontMetrics().lineSpacing(), "too few lines of text"
    guide.close()


def test_the_guide_keeps_its_reading_size_where_the_screen_allows(qtbot) -> None:
    guide = HelpDialog()
    qtbot.addWidget(guide)
    room = guide.screen().availableGeometry()
    metrics = guide.fontMetrics()
    assert guide.width() >= min(100 * metrics.averageCharWidth(), room.width() - metrics.height())
    assert guide.height() >= min(40 * metrics.height(), room.height() - (TITLE_LINES + 1) * metrics.height())


def test_the_protective_marking_dialog_has_its_section() -> None:
    from counterweight.ui.dialogs.marking_dialog import MarkingDialog

    dialog = MarkingDialog("")
    try:
        assert topic_for(dialog.combo) == slug("Protective marking")  # the heading another helper adds to the guide
    finally:
        dialog.deleteLater()


def test_f1_in_a_dialog_without_a_section_opens_the_guide_at_the_top(qtbot, window) -> None:
    """Not wherever the guide was left (the module promises the top for dialogs not listed)."""
    qtbot.waitExposed(window)
    guide = window.help_actions.show_help("keyboard")
    assert guide.browser.textCursor().block().text() == "Keyboard"
    other = QDialog(window)
    other.setObjectName("someDialogWithoutASection")
    box = QLineEdit(other)
    QVBoxLayout(other).addWidget(box)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    window.help_actions.show_help()
    assert slug(guide.browser.textCursor().block().text()) == guide.browser.sections()[0]  # the guide's title
    assert guide.status.text() == ""
    guide.close()
    other.close()


@pytest.mark.parametrize("topic", ["decision-details", "keyboard", "appearance-and-language"])
def test_a_section_near_the_end_opens_with_its_heading_at_the_top(qtbot, topic: str) -> None:  # noqa: ANN001
    """QA pass 20, item 17: the last sections opened part-way down the window (the text ended first)."""
    guide = HelpDialog()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    assert guide.show_topic(topic)
    browser = guide.browser
    qtbot.wait(20)
    top = browser.cursorRect().top()
    assert top <= 2 * browser.fontMetrics().lineSpacing(), f"{topic!r} heading at {top} px from the top"
