"""h26h: a project made by File > Import shows, in History, that it was imported and from which file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from counterweight.reports.csv_export import write_csv
from counterweight.reports.xlsx_export import write_xlsx
from counterweight.services import exchange
from counterweight.services.history import verify_audit
from counterweight.ui.widgets.history_panel import HistoryPanel
from tests.factories import small_decision

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Queue answers (path, chosen filter) for the open and save dialogs."""
    queued: dict[str, list] = {"open": [], "save": []}

    def fake(kind: str):  # noqa: ANN202
        def answer(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
            path, chosen = queued[kind].pop(0)
            return (str(path), chosen)
        return answer

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake("open"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake("save"))
    return queued


def _first_row(qtbot, controller) -> list[str]:  # noqa: ANN001
    """The History panel's oldest row: action, what, before, after (as the window shows them)."""
    panel = HistoryPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    m = panel.model
    last = m.rowCount() - 1
    return [m.index(last, col).data() for col in (3, 4, 5, 6)]


def test_importing_a_decision_file_in_the_window(qtbot, window, controller, tmp_path, answers) -> None:
    source = tmp_path / "plan.json"
    exchange.write_file(source, small_decision(), exported_at=exchange.now(), app_version="0.9.1")
    answers["save"].append((tmp_path / "imported", ""))
    assert window.file_actions.json_files.import_json(source)
    assert controller.path == tmp_path / "imported.counterweight"
    action, what, before, after = _first_row(qtbot, controller)
    assert (action, what, before) == ("Import project", small_decision().title, "—")
    assert after.startswith("plan.json, a decision file (JSON, format version 3), written by Counterweight 0.9.1 on ")
    assert verify_audit(controller.path).ok


@pytest.mark.parametrize(("name", "kind"), [("sheet.xlsx", "XLSX"), ("scores.csv", "CSV")])
def test_importing_a_spreadsheet_in_the_window(qtbot, window, controller, tmp_path, answers, name, kind) -> None:
    if kind == "XLSX":
        source = write_xlsx(small_decision(), tmp_path / name)
    else:
        source = write_csv(small_decision(), tmp_path / name, layout="long")
    answers["open"].append((source, ""))
    answers["save"].append((tmp_path / "imported", ""))
    window.file_actions.spreadsheets.import_action.trigger()
    assert controller.path == tmp_path / "imported.counterweight"
    action, _what, _before, after = _first_row(qtbot, controller)
    assert (action, after) == ("Import project", f"{name}, a spreadsheet ({kind})")
    assert verify_audit(controller.path).ok


def test_a_packet_opened_in_the_window_starts_its_history_with_the_packet(qtbot, window, controller,
                                                                         tmp_path) -> None:
    """h27a: File > Open of a packet made from the example: History's first row names that packet."""
    from tests.services.test_packet_import_origin import packet_from_the_example

    packet = packet_from_the_example(tmp_path)
    assert window.packet_actions.open_packet(packet, tmp_path / "work")
    assert controller.path == tmp_path / "work.counterweight"
    action, _what, before, after = _first_row(qtbot, controller)
    assert (action, before) == ("Import project", "—")
    assert after.startswith("ana.cwpacket, an elicitation packet for Ana Costa, written by Counterweight ")
    assert verify_audit(controller.path).ok
