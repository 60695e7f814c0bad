"""QA pass 22 item 4: a long list of problems no longer makes an error box taller than the screen.

120 bad cells gave a 500 x 1,792 px message box on a 768 px screen: OK below the screen, no
scroll bar, nothing to copy. A long list now gets a dialog with a short grouped summary and
the whole list in a scrolling, selectable text area, within the screen's available area.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from counterweight.domain.errors import InvalidInputError
from counterweight.ui.dialogs import error_dialog

pytestmark = pytest.mark.qt


def _many(n: int = 120) -> InvalidInputError:
    problems = [f"Scores!C{k + 3} (Option {k} × Design life): 'n/a' is not a number; leave the cell empty for a "
                "missing score" for k in range(n)]
    problems.append("Criteria!B2: 'People' has no unit")
    return InvalidInputError(f"{len(problems)} problems, nothing was imported. The first: {problems[0]}",
                             where="/data/edge_many.xlsx", problems=problems)


@pytest.fixture
def shown_windows(qtbot, monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    """Whatever show_user_error opens, shown (so it takes its real size) and recorded, then closed."""
    seen: list[QWidget] = []

    def show(widget: QWidget) -> int:
        widget.show()
        QApplication.processEvents()
        seen.append(widget)
        widget.close()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    monkeypatch.setattr(QDialog, "exec", show)
    return seen


@pytest.mark.parametrize("text_size", [1.0, 2.0])
def test_a_long_list_fits_the_screen_with_ok_in_reach(qtbot, shown_windows, scale_font, text_size) -> None:
    scale_font(text_size)
    error_dialog.show_user_error(None, _many(), "Could not import edge_many.xlsx")
    assert len(shown_windows) == 1
    box = shown_windows[0]
    room = box.screen().availableGeometry()
    assert box.frameGeometry().height() <= room.height()
    ok = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == "OK")
    assert box.rect().contains(ok.mapTo(box, ok.rect().bottomRight()))  # inside the box, so on the screen
    area = box.findChild(QPlainTextEdit, "userErrorList")
    assert area is not None and area.isReadOnly()
    assert area.toPlainText().count("\n") == 120  # every problem, one a line
    assert area.verticalScrollBar().maximum() > 0  # it scrolls rather than growing


def test_the_summary_groups_a_repeated_problem_and_the_list_can_be_copied(qtbot) -> None:
    dialog = error_dialog.ProblemListDialog(_many(), "Import")
    qtbot.addWidget(dialog)
    summary = dialog.summary_label.text()
    assert "'n/a' is not a number; leave the cell empty for a missing score (120 times: Scores!C3, Scores!C4, " \
        "Scores!C5 and 117 more)" in summary  # the cells only: the list names their option and criterion
    assert "Criteria!B2: 'People' has no unit" in summary
    assert dialog.message_label.text().startswith("121 problems, nothing was imported.")
    assert dialog.where_label.text() == "/data/edge_many.xlsx"
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0].startswith("Scores!C3 (Option 0 × Design life)")
    assert len(copied.splitlines()) == 121
    assert dialog.ok_button.isDefault()


def test_a_short_list_keeps_the_plain_message_box(qtbot, shown_windows) -> None:
    error = InvalidInputError("2 problems", problems=["Scores!C3: 'abc' is not a number", "Scores!B4: no 'Price'"])
    error_dialog.show_user_error(None, error)
    assert isinstance(shown_windows[0], QMessageBox)
    assert "• Scores!C3: 'abc' is not a number" in shown_windows[0].informativeText()


def test_grouping_keeps_first_appearance_order_and_problems_without_a_place() -> None:
    groups = error_dialog.grouped_problems(["A1: bad", "no place at all", "B2: bad", "C3: other"])
    assert groups == [("bad", ["A1", "B2"]), ("no place at all", []), ("other", ["C3"])]
