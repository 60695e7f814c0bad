"""QA pass 22 item 17: a file another program holds, or this account may not read, is named as such.

The message was "x.xlsx: the file could not be used (Permission denied).", with no hint that
Excel may still have the workbook open. (Tests run as a user who may read every file, so the
refusal is simulated.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from counterweight.ui.file_actions import _as_user_error

pytestmark = pytest.mark.qt


def test_permission_denied_says_the_file_may_be_open_elsewhere_or_not_readable() -> None:
    error = _as_user_error(PermissionError(13, "Permission denied"), Path("/data/flood.xlsx"))
    assert error.message.startswith("flood.xlsx: the file could not be used.")
    assert "open in another program" in error.message
    assert "this account may not be allowed to read or change it" in error.message
    assert "(Permission denied)" in error.message
    assert error.where == "/data/flood.xlsx"


def test_another_system_error_keeps_its_plain_reason() -> None:
    error = _as_user_error(OSError(5, "Input/output error"), Path("/data/flood.xlsx"))
    assert error.message == "flood.xlsx: the file could not be used (Input/output error)."


def test_import_of_a_locked_workbook_shows_the_hint(window, controller, tmp_path, monkeypatch) -> None:
    from counterweight.services import spreadsheet

    source = tmp_path / "flood.xlsx"
    source.write_bytes(b"PK")

    def locked(path, *_args):  # noqa: ANN001, ANN002, ANN202 - as Windows refuses a workbook Excel has open
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(spreadsheet, "read_spreadsheet", locked)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or QMessageBox.StandardButton.Ok)
    before = controller.decision
    window.file_actions.spreadsheets.import_action.trigger()
    assert len(shown) == 1 and "open in another program" in shown[0].text()
    assert controller.decision == before
