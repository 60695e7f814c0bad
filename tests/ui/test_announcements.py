"""Status changes away from the focus are announced to screen readers (QA pass 30, item 3).

Qt's announcement events go to the platform's accessibility bridge, which a test cannot hear, so
:func:`counterweight.ui.accessibility._send` is replaced to record them: (text, assertive).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from counterweight.ui import accessibility

pytestmark = pytest.mark.qt


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    said: list[tuple[str, bool]] = []

    def record(event) -> None:  # noqa: ANN001
        said.append((event.message(), event.politeness() == QAccessible.AnnouncementPoliteness.Assertive))

    monkeypatch.setattr(accessibility, "_send", record)
    return said


@pytest.fixture
def example_window(qtbot, example_session, tmp_path):
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController

    controller = SessionController(example_session)
    w = MainWindow(controller, native_dialogs=False,
                   settings=QSettings(str(tmp_path / "an.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    controller.undo_stack.clear()


def test_the_real_event_can_be_sent(qtbot) -> None:
    """The helper builds and sends Qt's own event without error (with no screen reader listening)."""
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    qtbot.addWidget(label)
    accessibility.announce(label, "Wrote the brief", assertive=True)
    accessibility.announce(label, "   ")  # nothing to say: nothing sent


def test_status_bar_messages_and_error_banners_are_spoken(example_window, heard) -> None:
    example_window.show_status("Wrote the brief to x.pdf (15 pages)")
    assert heard[-1] == ("Wrote the brief to x.pdf (15 pages)", False)
    example_window.banners.show_error("The score could not be saved: the disk is full.")
    assert heard[-1] == ("The score could not be saved: the disk is full.", True)


def test_a_quick_update_speaks_only_its_result(qtbot, controller, monkeypatch, heard) -> None:
    """Compare methods on a large project that updates within a second: no "Updating…", the answer at the end."""
    from counterweight.ui.widgets import comparison_panel
    from counterweight.ui.widgets.comparison_panel import ComparisonPanel

    monkeypatch.setattr(comparison_panel, "IMMEDIATE_CELLS", 0)  # the small decision stands for a large one
    monkeypatch.setattr(accessibility, "UPDATED_GAP_MS", 300, raising=False)
    monkeypatch.setattr(accessibility, "SLOW_UPDATE_MS", 1000, raising=False)
    panel = ComparisonPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitUntil(lambda: panel.comparison is not None and not panel.is_busy(), timeout=10_000)
    qtbot.wait(400)  # past the gap after the first result
    heard.clear()
    panel.recompute()
    assert panel.is_busy() and heard == []  # "Updating…" waits to see whether the run is quick
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=10_000)
    qtbot.waitUntil(lambda: len(heard) >= 1, timeout=5_000)
    qtbot.wait(1100)  # past the "Updating…" delay
    assert heard == [(f"Compare methods updated: {panel.summary_label.text()}", False)]


def test_sensitivity_and_disagreement_status_lines_are_spoken(qtbot, example_window, monkeypatch, heard) -> None:
    """A slow update is spoken while it lasts (its progress then, not step by step); an error at once."""
    from counterweight.ui.accessibility import show_status_line

    monkeypatch.setattr(accessibility, "SLOW_UPDATE_MS", 100, raising=False)
    monkeypatch.setattr(accessibility, "UPDATED_GAP_MS", 300, raising=False)
    tabs = example_window.analysis_tabs
    panel = tabs.sensitivity_panel
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        if panel.isVisible():
            break
    qtbot.waitUntil(lambda: panel.result is not None and panel._worker is None, timeout=20_000)
    qtbot.wait(400)  # past the gap after the first result
    heard.clear()
    panel._set_status("Updating… 0 %")
    panel._set_status("Updating… 40 %")
    assert heard == []
    qtbot.waitUntil(lambda: len(heard) >= 1, timeout=5_000)
    panel._set_status("Updating… 70 %")  # progress is not read out step by step
    panel._set_status("")
    qtbot.waitUntil(lambda: len(heard) >= 2, timeout=5_000)
    assert heard == [("Updating… 40 %", False), (f"Sensitivity updated: {panel.verdict_label.text()}", False)]
    heard.clear()
    panel._set_status("The sensitivity analysis could not run: no memory", error=True)
    assert heard == [("The sensitivity analysis could not run: no memory", True)]
    assert show_status_line  # the helper the three panels share


def test_results_are_spoken_at_most_every_two_seconds_the_last_winning(qtbot, monkeypatch, heard) -> None:
    """Dragging a slider on a large project: five quick updates say the first result, then only the last."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    monkeypatch.setattr(accessibility, "UPDATED_GAP_MS", 600, raising=False)
    panel = QWidget()
    label = QLabel(panel)
    QVBoxLayout(panel).addWidget(label)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    for k in range(1, 6):
        accessibility.show_status_line(panel, label, "Updating…")
        accessibility.show_status_line(panel, label, "", lambda k=k: f"Result {k}")
        qtbot.wait(20)
    qtbot.waitUntil(lambda: len(heard) >= 2, timeout=5_000)
    qtbot.wait(700)
    assert heard == [("Result 1", False), ("Result 5", False)]
    heard.clear()
    qtbot.wait(650)  # the gap has passed: a result is spoken at once
    accessibility.show_status_line(panel, label, "Updating…")
    accessibility.show_status_line(panel, label, "", lambda: "Result 6")
    qtbot.wait(50)
    assert heard == [("Result 6", False)]


def test_the_end_of_an_uncertainty_run_is_spoken(qtbot, controller, heard) -> None:
    from counterweight.ui.widgets.uncertainty_panel import UncertaintyPanel

    panel = UncertaintyPanel(controller)
    qtbot.addWidget(panel)
    panel.samples_spin.setValue(200)
    panel.show()
    with qtbot.waitSignal(panel.runFinished, timeout=30_000):
        panel.run()
    assert any(text.startswith("The uncertainty run has ended") and not loud for text, loud in heard), heard


def test_the_conclusion_dialogs_warnings_are_spoken(qtbot, example_window, heard) -> None:
    from counterweight.ui.dialogs.conclusion_dialog import ConclusionDialog

    ctl = example_window.controller
    dialog = ConclusionDialog(ctl.decision, ctl.evaluation, example_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heard.clear()
    combo = dialog.recommended_combo
    leaders = ctl.evaluation.first_place()
    combo.setCurrentIndex(next(i for i in range(1, combo.count()) if combo.itemData(i) not in leaders))
    assert heard and heard[0][0].startswith("This is not the option the analysis ranks first") and not heard[0][1]
    heard.clear()
    dialog.reasons_edit.setPlainText("Because.")  # the warning changes, stays shown: not read again
    assert heard == []
    dialog.show_problem("The reasons are 9,000 characters long; the most is 8,000.")
    QApplication.processEvents()
    assert heard == [("The reasons are 9,000 characters long; the most is 8,000.", True)]
    dialog.close()
