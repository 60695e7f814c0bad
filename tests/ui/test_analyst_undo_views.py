"""Undo steps and views with analysts (QA pass 19, items 9 and 10).

* An undo step that changes an analyst's own input names the analyst and the element:
  "Change analyst's weight" did not say whose, and Ctrl+Z in another view changed it silently.
* Removing the analyst whose view is shown says so as information (status bar), not in the
  red error banner; undoing the removal shows that analyst's view again.
* The view switcher can be reached from the keyboard: its label has an access key, and
  View > Whose judgements lists the views.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from counterweight.domain import Score
from counterweight.domain.analysts import Analyst
from counterweight.services.analyst_edits import (
    RemoveAnalyst,
    SetAnalystElicitation,
    SetAnalystScore,
    SetAnalystWeight,
    UpdateAnalyst,
)
from counterweight.ui.session_controller import GROUP_VIEW
from tests.ui.conftest import controller_on
from tests.factories import two_analysts
from tests.ui.test_mnemonics import mnemonic

pytestmark = pytest.mark.qt


@pytest.fixture
def ctl(qtbot, tmp_path: Path):
    yield from controller_on(tmp_path / "undo-views.counterweight", two_analysts())


def test_undo_steps_name_the_analyst_and_the_element(ctl) -> None:
    stack = ctl.undo_stack
    assert ctl.submit(SetAnalystWeight("ann", "risks", 80.0)) is None
    assert stack.undoText() == "Change Ann's weight of Risks"
    score = Score(option_id="c", criterion_id="effect", value=8)
    assert ctl.submit(SetAnalystScore("ben", "c", "effect", score)) is None
    assert stack.undoText() == "Set Ben's score of Charlie × Effect"
    assert ctl.submit(SetAnalystElicitation("ben", None, None)) is None
    assert stack.undoText() == "Set Ben's weight judgements under the top level"
    stack.undo()
    stack.undo()
    assert stack.redoText() == "Set Ben's score of Charlie × Effect"  # redo keeps the name
    assert stack.undoText() == "Change Ann's weight of Risks"


def test_a_name_with_markup_or_an_ampersand_is_kept_as_typed(ctl) -> None:
    ctl.submit(UpdateAnalyst(Analyst(id="ann", name="Ann <b>Bold</b> & Co")))
    assert ctl.submit(SetAnalystWeight("ann", "cost", 4.0)) is None
    assert ctl.undo_stack.undoText() == "Change Ann <b>Bold</b> & Co's weight of Cost"


def test_removing_the_analyst_shown_is_a_notice_and_undo_shows_their_view_again(ctl) -> None:
    errors: list[str] = []
    notices: list[str] = []
    views: list[object] = []
    ctl.errorRaised.connect(errors.append)
    ctl.noticeRaised.connect(notices.append)
    ctl.viewChanged.connect(views.append)
    assert ctl.set_view("ben") is None
    assert ctl.submit(RemoveAnalyst("ben")) is None
    assert ctl.view is None and views[-1] is None
    assert len(notices) == 1 and "no longer in the project" in notices[0]
    assert errors == []  # was the red error banner
    ctl.undo_stack.undo()
    assert ctl.view == "ben" and views[-1] == "ben"
    assert notices[-1] == "Showing Ben's view again."
    assert errors == []


def test_undo_leaves_the_view_the_user_chose_after_the_removal(ctl) -> None:
    ctl.set_view("ben")
    ctl.submit(RemoveAnalyst("ben"))
    ctl.set_view(GROUP_VIEW)  # the user moved on
    ctl.undo_stack.undo()
    assert ctl.view == GROUP_VIEW
    ctl.set_view("ann")
    ctl.submit(RemoveAnalyst("ben"))  # not the analyst shown: the view stays
    ctl.undo_stack.undo()
    assert ctl.view == "ann"


@pytest.fixture
def window(qtbot, ctl, tmp_path: Path):
    from counterweight.ui.main_window import MainWindow

    win = MainWindow(ctl, native_dialogs=False,
                     settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_switcher_label_has_an_access_key(window) -> None:
    from PySide6.QtWidgets import QLabel

    label = window.findChild(QLabel, "viewSwitcherLabel")
    assert label.buddy() is window.view_switcher
    assert mnemonic(label.text()) == "j"


def test_removing_the_analyst_shown_leaves_the_error_banner_hidden(qtbot, window, ctl) -> None:
    from counterweight.ui.widgets.banners import BannerArea

    ctl.set_view("ben")
    ctl.submit(RemoveAnalyst("ben"))
    banner = window.findChild(BannerArea)
    assert not banner.message_banner.isVisible(), banner.message_banner.text()
    assert "no longer in the project" in window.statusBar().currentMessage()


def test_view_menu_lists_the_views_and_switches(qtbot, window, ctl) -> None:
    menu = window.menuBar().findChild(QMenu, "viewChoiceMenu")
    view_menu = window.menuBar().findChild(QMenu, "viewMenu")
    assert menu.menuAction() in view_menu.actions() and mnemonic(menu.title()) == "j"
    menu.aboutToShow.emit()
    actions = menu.actions()
    assert [a.text() for a in actions] == ["&Shared inputs", "&1 Ann", "&2 Ben", "&Group view (read-only)"]
    assert actions[0].isChecked()
    with qtbot.waitSignal(ctl.viewChanged):
        actions[2].trigger()
    assert ctl.view == "ben" and window.view_switcher.currentData() == "ben"
    menu.aboutToShow.emit()
    assert [a.isChecked() for a in menu.actions()] == [False, False, True, False]
    menu.actions()[3].trigger()
    assert ctl.view == GROUP_VIEW
    ctl.submit(UpdateAnalyst(Analyst(id="ann", name="Tom & Jerry")))
    menu.aboutToShow.emit()
    assert menu.actions()[1].text() == "&1 Tom && Jerry"  # the name's "&" is shown, not an access key
