"""File > Set protective marking…, Export brief…, Print… and the charts' Save as PNG/SVG menu."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QSettings, Qt, QThread
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from counterweight.reports import pdf_brief
from counterweight.reports.brief_content import BriefCancelled
from counterweight.services import briefing
from counterweight.ui.dialogs.marking_dialog import MarkingDialog
from counterweight.ui.main_window import MainWindow

pypdf = pytest.importorskip("pypdf")
pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer every save dialog with ``path``; return the captions asked."""
    asked: list[str] = []

    def fake(parent, caption, directory, filters, options=None):  # noqa: ANN001, ANN202
        asked.append(caption)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def _texts(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages]


def test_file_menu_offers_the_brief_actions(window: MainWindow) -> None:
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "fileMenu")
    names = [a.objectName() for a in menu.actions()]
    for name in ("setMarkingAction", "exportBriefAction", "printAction"):
        assert name in names and names.index(name) < names.index("quitAction")


def test_marking_banner_follows_the_marking_and_undo(window: MainWindow, controller) -> None:  # noqa: ANN001
    banner = window.banners.marking_banner
    assert not banner.isVisible()
    assert window.brief_actions.set_marking("OFFICIAL-SENSITIVE") is None
    assert banner.isVisible() and banner.text() == "OFFICIAL-SENSITIVE"
    assert controller.decision.marking == "OFFICIAL-SENSITIVE"
    controller.undo_stack.undo()
    assert not banner.isVisible() and controller.decision.marking == ""
    controller.undo_stack.redo()
    assert banner.text() == "OFFICIAL-SENSITIVE"
    assert window.banners.layout().indexOf(banner) == 0  # above the other banners


def test_marking_dialog_offers_presets_and_cleans_the_text(qtbot) -> None:  # noqa: ANN001
    dialog = MarkingDialog("OFFICIAL")
    qtbot.addWidget(dialog)
    presets = [dialog.combo.itemText(i) for i in range(dialog.combo.count())]
    assert {"UNCLASSIFIED", "OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"} <= set(presets)
    assert dialog.marking() == "OFFICIAL"
    dialog.combo.setEditText("  SECRET   UK EYES ONLY ")
    assert dialog.marking() == "SECRET UK EYES ONLY"
    dialog.combo.setCurrentIndex(0)  # "(none)"
    assert dialog.marking() == ""
    dialog.combo.setEditText("z" * 500)
    assert len(dialog.text()) == 120  # the box takes no more than a marking may hold


def test_choosing_a_marking_is_one_undo_step(window: MainWindow, controller, monkeypatch) -> None:  # noqa: ANN001
    def fake_exec(dialog: MarkingDialog) -> int:
        dialog.combo.setEditText("SECRET")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MarkingDialog, "exec", fake_exec)
    before = controller.undo_stack.count()
    window.findChild(type(window.brief_actions.marking_action), "setMarkingAction").trigger()
    assert controller.decision.marking == "SECRET"
    assert controller.undo_stack.count() == before + 1


def test_export_brief_writes_the_pdf_off_the_gui_thread(window: MainWindow, controller, qtbot, tmp_path,  # noqa: ANN001
                                                         monkeypatch) -> None:
    window.brief_actions.set_marking("OFFICIAL-SENSITIVE")
    out = tmp_path / "brief.pdf"
    asked = _save_as(monkeypatch, out)
    threads: dict[str, bool] = {}
    real_build, real_write = briefing.build_brief, pdf_brief.write_pdf

    def build(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        threads["analysis"] = QThread.currentThread() is QApplication.instance().thread()
        return real_build(*args, **kwargs)

    def write(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        threads["writing"] = QThread.currentThread() is QApplication.instance().thread()
        return real_write(*args, **kwargs)

    monkeypatch.setattr(briefing, "build_brief", build)
    monkeypatch.setattr(pdf_brief, "write_pdf", write)  # looked up when the export starts
    with qtbot.waitSignal(window.brief_actions.briefWritten, timeout=60_000) as signal:
        window.brief_actions.export_brief_action.trigger()
        assert window.brief_actions.is_busy()
    assert asked == ["Export brief"]
    assert signal.args == [str(out)]
    assert threads == {"analysis": False, "writing": False}  # neither ran on the GUI thread
    texts = _texts(out)
    assert all(t.count("OFFICIAL-SENSITIVE") >= 2 for t in texts)
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]
    assert controller.decision.title in texts[0]
    qtbot.waitUntil(lambda: not window.brief_actions.is_busy())


def _answer_cancel_then_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer the first question box Cancel and the next Yes; return the questions asked."""
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda _parent, _title, text, *_a, **_k: asked.append(text) or answers.pop(0)))
    return asked


def test_a_name_typed_without_pdf_asks_before_replacing_that_file(window: MainWindow, qtbot, tmp_path,  # noqa: ANN001
                                                                  monkeypatch) -> None:
    """QA 18: "mybrief" replaced an existing mybrief.pdf without a word (projects and spreadsheets ask)."""
    existing = tmp_path / "mybrief.pdf"
    existing.write_bytes(b"the earlier brief")
    _save_as(monkeypatch, tmp_path / "mybrief")
    asked = _answer_cancel_then_yes(monkeypatch)
    assert not window.brief_actions.export_brief()  # Cancel: nothing written
    assert existing.read_bytes() == b"the earlier brief"
    assert len(asked) == 1 and "mybrief.pdf" in asked[0]
    with qtbot.waitSignal(window.brief_actions.briefWritten, timeout=60_000) as signal:
        assert window.brief_actions.export_brief()  # Yes: replaced
    assert signal.args == [str(existing)] and existing.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: not window.brief_actions.is_busy())


def test_print_marks_every_page(window: MainWindow, qtbot, tmp_path) -> None:  # noqa: ANN001
    window.brief_actions.set_marking("SECRET")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(window.brief_actions.briefWritten, timeout=60_000):
        assert window.brief_actions.print_brief(printer)
    del printer
    texts = _texts(out)
    assert texts and all(t.count("SECRET") >= 2 for t in texts)


def test_cancelling_the_brief_writes_nothing(window: MainWindow, qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    started = threading.Event()

    def slow_build(*args, cancelled=None, **kwargs):  # noqa: ANN002, ANN003, ANN202
        started.set()
        deadline = time.monotonic() + 30
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        raise BriefCancelled("The brief was cancelled; nothing was written.")

    monkeypatch.setattr(briefing, "build_brief", slow_build)
    out = tmp_path / "never.pdf"
    with qtbot.waitSignal(window.brief_actions.briefFailed, timeout=30_000) as signal:
        window.brief_actions.export_brief(out)
        qtbot.waitUntil(started.is_set)
        window.brief_actions._progress.canceled.emit()  # what the progress dialog's Cancel button sends
    assert "cancelled" in signal.args[0]
    assert not out.exists()


def test_every_chart_can_be_saved_as_png_and_svg(window: MainWindow, qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    for index in range(window.analysis_tabs.count()):  # build the lazy tabs and their charts
        window.analysis_tabs.show_tab(index)
    views = window.findChildren(QChartView)
    assert {"contributionChartView", "tornadoChartView", "sensitivityChartView", "acceptabilityChartView"} <= {
        v.objectName() for v in views}
    for view in views:
        names = [a.objectName() for a in view.actions()]
        assert names == ["copyChartPictureAction", "saveChartPNGAction", "saveChartSVGAction"], view.objectName()
    window.analysis_tabs.show_tab(0)
    view = window.findChild(QChartView, "contributionChartView")
    for action, suffix in zip(view.actions()[1:], ("png", "svg")):
        target = tmp_path / f"chart.{suffix}"
        _save_as(monkeypatch, target)
        action.trigger()
        assert target.exists() and target.stat().st_size > 2000
    png = QImage(str(tmp_path / "chart.png"))
    # a band with the chart's name, the decision and the date sits above the chart
    assert png.width() == 2 * view.chart().size().width() and png.height() > 2 * view.chart().size().height()
    assert "Alpha" in (tmp_path / "chart.svg").read_text(encoding="utf-8")


def test_a_saved_chart_carries_the_protective_marking(window: MainWindow, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """A chart saved from a marked project said nothing of the marking once pasted elsewhere."""
    import datetime as dt

    assert window.brief_actions.set_marking("OFFICIAL-SENSITIVE") is None
    window.analysis_tabs.show_tab(0)
    view = window.findChild(QChartView, "contributionChartView")
    target = tmp_path / "marked.svg"
    window.brief_actions.charts.save_chart(view, "svg", target)
    text = target.read_text(encoding="utf-8")
    title = window.controller.decision.title
    assert f"OFFICIAL-SENSITIVE · {title} · {dt.date.today().isoformat()}" in text


def test_a_chart_that_cannot_be_saved_leaves_a_brief_in_progress_alone(window: MainWindow, tmp_path, qtbot) -> None:  # noqa: ANN001
    """A failed chart save went through the brief's failure path: it cancelled the brief being written."""
    from counterweight.ui.workers import Worker

    window.analysis_tabs.show_tab(0)
    view = window.findChild(QChartView, "contributionChartView")
    busy = Worker(lambda: None)
    window.brief_actions._workers.append(busy)  # a brief being prepared on a worker
    cancelled: list[bool] = []
    busy.cancel = lambda: cancelled.append(True)  # type: ignore[method-assign]
    failed: list[str] = []
    window.brief_actions.briefFailed.connect(failed.append)
    with qtbot.waitSignal(window.controller.errorRaised) as raised:
        assert window.brief_actions.charts.save_chart(view, "svg", tmp_path / "no-such-folder" / "c.svg") is None
    assert "c.svg" in raised.args[0] or "no-such-folder" in raised.args[0]
    assert not cancelled and not failed
    window.brief_actions._workers.clear()


def test_read_only_projects_cannot_change_their_marking(qtbot, tmp_path, small_session) -> None:  # noqa: ANN001
    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController

    path = small_session.path
    small_session.close()
    controller = SessionController(ProjectSession.open(path, read_only=True))
    settings = QSettings(str(tmp_path / "ro.ini"), QSettings.Format.IniFormat)
    win = MainWindow(controller, native_dialogs=False, settings=settings)
    qtbot.addWidget(win)
    assert not win.brief_actions.marking_action.isEnabled()
    assert win.brief_actions.export_brief_action.isEnabled()
    controller.close_session()


def test_a_worker_deleted_before_it_was_forgotten_no_longer_counts_as_busy(window: MainWindow) -> None:
    """The worker deletes itself when its ``done`` is delivered; that can beat the call that forgets it."""
    from shiboken6 import delete

    from counterweight.ui.workers import Worker

    actions = window.brief_actions
    worker = Worker(lambda _progress, _cancelled: None, parent=actions)
    actions._workers.append(worker)  # as _run does, without the task having run
    assert actions.is_busy()
    delete(worker)
    assert not actions.is_busy()


def test_a_chart_name_typed_without_an_ending_asks_before_replacing(window: MainWindow, qtbot, tmp_path,  # noqa: ANN001
                                                                     monkeypatch) -> None:
    """Session 18: Save chart as picture added ".png" to "ranking" and replaced ranking.png without a word."""
    window.show()
    qtbot.waitExposed(window)
    window.analysis_tabs.show_tab(0)
    existing = tmp_path / "ranking.png"
    existing.write_bytes(b"an earlier picture")
    _save_as(monkeypatch, tmp_path / "ranking")
    asked = _answer_cancel_then_yes(monkeypatch)
    assert window.brief_actions.charts.save_current_chart() is None  # Cancel: nothing written
    assert existing.read_bytes() == b"an earlier picture"
    assert len(asked) == 1 and "ranking.png" in asked[0]
    assert window.brief_actions.charts.save_current_chart() == existing  # Yes: replaced
    assert existing.read_bytes().startswith(b"\x89PNG")


def test_a_chart_can_be_saved_with_the_keyboard_alone(window: MainWindow, qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """QA pass 14: "Save chart as…" was only in each chart's right-click menu, and no chart took
    the keyboard focus. Now charts are in the Tab order and File has Save chart as picture."""
    window.show()
    qtbot.waitExposed(window)
    window.analysis_tabs.show_tab(0)
    action = window.brief_actions.save_chart_action
    assert action in window.menuBar().actions()[0].menu().actions() and action.isEnabled()
    view = window.findChild(QChartView, "contributionChartView")
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    window.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: view.hasFocus())
    assert window.brief_actions.charts.current_chart_view() is view
    target = tmp_path / "ranking.svg"
    _save_as(monkeypatch, target)
    action.trigger()
    assert target.exists() and "Alpha" in target.read_text(encoding="utf-8")
    window.score_matrix.view.setFocus()  # focus elsewhere: the first chart shown is saved
    qtbot.waitUntil(lambda: window.score_matrix.view.hasFocus())
    assert window.brief_actions.charts.current_chart_view() is not None
    assert window.brief_actions.charts.current_chart_view().isVisible()
