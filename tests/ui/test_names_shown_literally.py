"""Names that look like HTML show as typed (QA pass 18, item 4).

An option called ``<b>Bold</b> & Sons`` showed in bold, without its tags, in the delete
confirmation (whose line breaks then collapsed), the AHP pair labels and elsewhere: Qt
shows a label's text as rich text when it looks like HTML. Every label naming a user's
element now shows the characters typed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from counterweight.domain import Decision, WeightMethod
from counterweight.domain.analysts import Analyst
from tests.factories import small_decision
from tests.ui.conftest import controller_on

pytestmark = pytest.mark.qt

OPTION = "<b>Bold</b> & Sons <i>plan</i>"
CRITERION = "<u>Cost</u> & <b>kids</b>"
ANALYST = "<i>Ann</i> & co"


def shown(label: QLabel) -> str:
    """The text ``label`` puts on the screen: its text, or what its rich text renders to."""
    text, fmt = label.text(), label.textFormat()
    if fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def naming_labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel)
            if any(mark in label.text() for mark in ("Bold", "Cost</u>", "Cost&lt;", "Ann"))]


def assert_literal(root: QWidget) -> int:
    """Every label of ``root`` that names an element shows the name with its tags; returns how many."""
    labels = naming_labels(root)
    for label in labels:
        text = shown(label)
        assert any(name in text for name in (OPTION, CRITERION, ANALYST)), (label.objectName(), label.text())
    return len(labels)


@pytest.fixture
def controller(qtbot, tmp_path: Path, monkeypatch):  # noqa: ANN001
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))
    data = small_decision().model_dump()
    data["options"][0]["name"] = OPTION
    next(c for c in data["criteria"] if c["id"] == "cost")["name"] = CRITERION
    data["analysts"] = [Analyst(id="ann", name=ANALYST).model_dump()]
    yield from controller_on(tmp_path / "names.counterweight", Decision.model_validate(data))


@pytest.fixture
def window(qtbot, controller, tmp_path: Path):  # noqa: ANN001
    from counterweight.ui.main_window import MainWindow

    win = MainWindow(controller, native_dialogs=False,
                     settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Each question or notice asked, as the message box Qt would show (answered Cancel)."""
    asked: list[QMessageBox] = []

    def ask(parent, title, text, *_args, **_kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(QMessageBox(QMessageBox.Icon.Question, title, text))
        return QMessageBox.StandardButton.Cancel

    for kind in ("question", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(ask))
    return asked


def test_delete_confirmations_show_the_names_and_their_line_breaks(window, questions) -> None:  # noqa: ANN001
    window.options_panel.select_option("a")
    window.options_panel.delete_current()
    window.criteria_panel.select_criterion("cost")
    window.criteria_panel.delete_current()
    window.criteria_panel.select_criterion("benefits")
    window.criteria_panel.delete_current()  # a group: lists its criteria by path
    texts = [shown(box.findChild(QLabel, "qt_msgbox_label")) for box in questions]
    assert len(texts) == 3
    assert texts[0].startswith(f"Delete the option “{OPTION}”?\n\n")
    assert texts[1].startswith(f"Delete the criterion “{CRITERION}”?\n\n")
    assert f"• Benefits › {CRITERION}\n" in texts[2]


def test_the_ahp_pair_labels_show_the_names(qtbot, window) -> None:  # noqa: ANN001
    dialog = window.weights_panel.open_weighting_dialog("benefits")
    dialog.set_method(WeightMethod.AHP)
    qtbot.wait(50)
    pair_names = [label for label in naming_labels(dialog) if label.text() == CRITERION]
    assert pair_names and all(shown(label) == CRITERION for label in pair_names)
    dialog.set_method(WeightMethod.ROC)  # its notes quote the names
    assert assert_literal(dialog) >= 1
    dialog.reject()


def test_the_move_dialog_and_the_analysts_dialog_show_the_names(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    from counterweight.ui.dialogs.move_criterion_dialog import MoveCriterionDialog

    dialog = MoveCriterionDialog(window.controller.decision, "cost", window)
    qtbot.addWidget(dialog)
    intro = dialog.findChild(QLabel, "moveCriterionIntro")
    assert shown(intro).replace("&&", "&").startswith(f"Move “{CRITERION}”")
    analysts = window.show_analysts()
    analysts.select_analyst("ann")
    assert ANALYST in shown(analysts.findChild(QLabel, "analystFormMode"))
    monkeypatch.setattr(QDialog, "exec", lambda _self: 0)
    analysts.reject()


def test_every_label_of_the_window_shows_the_names_as_typed(qtbot, window) -> None:  # noqa: ANN001
    window.score_matrix.select_cell("a", "cost")  # the score detail's title names both
    counted = 0
    for index in range(window.analysis_tabs.count()):
        window.analysis_tabs.show_tab(index)
        qtbot.wait(200)
        counted += assert_literal(window)
    window.controller.set_view("ann")  # every panel's caption names the analyst
    qtbot.wait(200)
    counted += assert_literal(window)
    assert counted > 10
    title = window.findChild(QLabel, "scoreDetailTitle")
    assert shown(title) == f"{OPTION} × Benefits › {CRITERION}"
