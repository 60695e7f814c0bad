"""The window's times read the local clock and say so (h25d): the History panel's "When" and the snapshot
list, beside the brief (offset from UTC on every time) and ``counterweight audit log`` (UTC).

The host's zone is replaced by UTC+05:30 for these tests (``india_clock``, in tests/conftest.py), so the
local time differs from UTC wherever they run. Before, the snapshot list showed the stored UTC time while the
History panel showed local time, and neither said which.
"""

from __future__ import annotations

import datetime as dt

from tests.ui.conftest import shown

UTC = dt.timezone.utc
AT = dt.datetime(2026, 11, 28, 10, 0, tzinfo=UTC)


def test_the_history_when_column_is_local_time_and_says_so(india_clock, qapp) -> None:
    from PySide6.QtCore import Qt

    from counterweight.storage import AuditEntry
    from counterweight.ui.models.history_table_model import HistoryTableModel

    model = HistoryTableModel()
    model.set_entries([AuditEntry(id=1, at=AT, user="ana", action="Edit", target="decision", old=None, new=1)])
    assert model.data(model.index(0, 1)) == "2026-11-28 15:30"
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("2026-11-28T15:30:00+05:30\nLocal time of this computer (UTC+05:30)")
    header = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Local time of this computer (UTC+05:30)" in header and "audit log lists times in UTC" in header


def test_the_snapshot_list_shows_local_time_as_the_history_does(india_clock, qtbot, controller) -> None:
    from counterweight.services.perspectives import TakeSnapshot
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    panel = shown(qtbot, PerspectivesPanel(controller), 900, 700)
    assert controller.submit(TakeSnapshot.of(controller.decision, "Sent", taken_at=AT)) is None
    panel.refresh()
    item = panel.snapshot_list.item(0)
    assert item.text() == "Sent (2026-11-28 15:30)"  # was "Sent (2026-11-28 10:00)": UTC, unsaid
    assert "Local time of this computer (UTC+05:30)" in item.toolTip()


def _stamp(at: dt.datetime) -> str:
    """``at`` as this test's local clock (UTC+05:30) shows it."""
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone().strftime("%Y-%m-%d %H:%M")


def test_the_weights_marker_gives_the_elicitation_time_as_local_time(india_clock, example_session) -> None:
    """Its tooltip's "on <time>" read a stored UTC time on the local clock only when the time was aware."""
    from counterweight.ui.dialogs.weighting_markers import elicitation_marker

    example_decision = example_session.decision

    e = example_decision.elicitations[0]
    naive = AT.replace(tzinfo=None)  # a naive stored time is UTC, as the brief takes it (was read as local)
    decision = example_decision.model_copy(update={"elicitations": [e.model_copy(update={"elicited_at": naive})]})
    marker = elicitation_marker(decision, e.node_id)
    assert " on 2026-11-28 15:30 (local time)." in marker.tooltip, marker.tooltip


def test_a_sources_import_time_is_local_time_and_says_so(india_clock, qapp) -> None:
    from counterweight.domain.evidence import Source
    from counterweight.ui.widgets.source_details_form import SourceDetailsForm

    form = SourceDetailsForm()
    form.set_source(Source(id="s1", title="Report", text="Some text.", imported_from="report.txt", imported_at=AT))
    assert "on 2026-11-28 15:30 (local time)" in form.imported_label.text()  # was 10:00, unsaid
    assert "Local time of this computer (UTC+05:30)" in form.imported_label.toolTip()
    form.set_source(None)
    assert form.imported_label.toolTip() == ""


def test_packet_import_times_are_local_time(india_clock, qtbot, tmp_path, monkeypatch) -> None:
    """The take-back question's "already imported on" and the review's "answered" said UTC: now local time."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from counterweight.domain.analysts import Analyst
    from counterweight.services.analyst_edits import AddAnalyst
    from counterweight.services.packet_merge import import_packet, plan_import
    from counterweight.services.session import ProjectSession
    from counterweight.services.workspace import create_example_project
    from counterweight.ui.dialogs.packet_dialogs import PacketImportDialog
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController
    from tests.ui.test_packet_actions import _returned_packet

    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))
    session = ProjectSession.open(create_example_project(tmp_path / "hub.counterweight"))
    session.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee")))
    back, _key = _returned_packet(session, tmp_path, lambda s: s.high)
    plan = plan_import(session, back)
    dialog = PacketImportDialog(plan)
    qtbot.addWidget(dialog)
    answered = _stamp(plan.packet.response.answered_at)
    assert f"answered {answered} (local time) by" in dialog.summary.text() and " UTC" not in dialog.summary.text()
    assert "Local time of this computer (UTC+05:30)" in dialog.summary.toolTip()
    import_packet(session, back)
    done = session.audit_log()[0]
    win = MainWindow(SessionController(session), native_dialogs=False,
                     settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _w, _t, text, *a, **k: asked.append(text) or (
        QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    assert not win.packet_actions.import_packet(back)
    assert asked and f"already imported on {_stamp(done.at)} (local time) by" in asked[0], asked
    win.controller.close_session()
