"""F1 in the dialogs that name a perspective, scenario or snapshot, in Set brief author… and on the
Whose judgements list opens the guide's section about them (QA 32 item 3), not its top."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from counterweight.ui.brief_author import author_dialog
from counterweight.ui.help_actions import topic_for


def test_f1_in_the_naming_dialogs_of_the_perspectives_tab_opens_that_tab_s_section(qtbot, window) -> None:
    from counterweight.ui.widgets.analysis_tabs import PERSPECTIVES
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    qtbot.waitExposed(window)
    window.analysis_tabs.show_tab(PERSPECTIVES)
    qtbot.waitUntil(lambda: window.findChild(PerspectivesPanel) is not None)
    panel = window.findChild(PerspectivesPanel)
    seen: list[tuple[str, str]] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, answer)
            return
        seen.append((modal.windowTitle(), topic_for(modal.focusWidget() or modal)))
        modal.reject()

    for ask in (panel.save_current_weights, panel.new_scenario, panel.take_snapshot):
        QTimer.singleShot(20, answer)
        assert ask() is None  # cancelled: nothing made
    assert seen == [("Save perspective", "perspectives-tab"), ("New scenario", "perspectives-tab"),
                    ("Take snapshot", "perspectives-tab")]


def test_f1_in_set_brief_author_opens_protective_marking(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    dialog = author_dialog(None, host)
    assert topic_for(dialog) == "protective-marking"


def test_f1_on_the_whose_judgements_list_opens_the_analysts_section(qtbot, window) -> None:
    assert topic_for(window.view_switcher) == "several-analysts-and-elicitation-packets"
