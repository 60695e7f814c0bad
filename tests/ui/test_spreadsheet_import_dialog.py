"""File › Import spreadsheet… in the window (QA pass 22, items 10 and 14).

The dialog reopens in the folder of the last import (a fixed file is one step away), offers every
ending the reader takes, and the notes box says what the file held that was not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from counterweight.reports.xlsx_export import write_xlsx
from tests.factories import small_decision

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Answers for the file dialogs, and what each open dialog was asked with (folder, filter)."""
    state: dict[str, list] = {"open": [], "save": [], "folders": [], "filters": []}

    def open_file(parent, caption="", directory="", file_filter="", selected="", options=None):  # noqa: ANN001
        state["folders"].append(Path(directory))
        state["filters"].append(file_filter)
        return (str(state["open"].pop(0)), "")

    def save_file(parent, caption="", directory="", file_filter="", selected="", options=None):  # noqa: ANN001
        return (str(state["save"].pop(0)), "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file)
    return state


def _bad_and_fixed(folder: Path) -> tuple[Path, Path]:
    folder.mkdir()
    good = write_xlsx(small_decision(), folder / "fixed.xlsx")
    wb = load_workbook(good)
    wb["Scores"]["C3"] = "n/a"
    bad = folder / "bad.xlsx"
    wb.save(bad)
    return bad, good


def test_the_import_dialog_reopens_in_the_folder_of_the_last_import(window, controller, tmp_path, asked,
                                                                   message_boxes) -> None:
    bad, fixed = _bad_and_fixed(tmp_path / "from the analyst")
    actions = window.file_actions.spreadsheets
    asked["open"].append(bad)
    assert not actions.import_spreadsheet()  # refused: one error box
    assert asked["folders"][0] == controller.path.parent
    assert "leave the cell empty for a missing score" in message_boxes[0].informativeText() + message_boxes[0].text()
    asked["open"].append(fixed)
    asked["save"].append(tmp_path / "imported")
    assert actions.import_spreadsheet()
    assert asked["folders"][1] == bad.parent  # the retry starts where the file is
    for ending in ("*.xlsx", "*.xlsm", "*.csv", "*.tsv"):  # every ending the reader takes
        assert ending in asked["filters"][0].split(";;")[0]


def test_the_folder_is_remembered_in_the_window_settings(window, tmp_path, asked, message_boxes) -> None:
    bad, _ = _bad_and_fixed(tmp_path / "sheets")
    asked["open"].append(bad)
    window.file_actions.spreadsheets.import_spreadsheet()
    settings: QSettings = window._settings
    settings.sync()
    assert Path(str(QSettings(settings.fileName(), QSettings.Format.IniFormat).value(
        "spreadsheets/lastImportFolder"))) == bad.parent


def test_a_folder_since_removed_falls_back_to_the_project_folder(window, controller, tmp_path, asked,
                                                                 message_boxes) -> None:
    bad, _ = _bad_and_fixed(tmp_path / "gone")
    asked["open"] += [bad, bad]
    actions = window.file_actions.spreadsheets
    actions.import_spreadsheet()
    for f in bad.parent.iterdir():
        f.unlink()
    bad.parent.rmdir()
    actions.import_spreadsheet()
    assert asked["folders"][1] == controller.path.parent


def test_the_import_notes_name_a_sheet_that_was_not_read(window, controller, tmp_path, asked,
                                                         message_boxes) -> None:
    source = write_xlsx(small_decision(), tmp_path / "with notes.xlsx")
    wb = load_workbook(source)
    wb.create_sheet("Notes")["A1"] = "Costs are in 2024 prices"
    wb.save(source)
    asked["open"].append(source)
    asked["save"].append(tmp_path / "imported")
    assert window.file_actions.spreadsheets.import_spreadsheet()
    assert controller.decision == small_decision()
    assert [b.objectName() for b in message_boxes] == ["importNotesBox"]
    assert "The sheet 'Notes' was not read" in message_boxes[0].informativeText()
