"""File menu: import spreadsheet, export spreadsheet, export blank template."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMenu

from counterweight.reports.xlsx_export import write_xlsx
from counterweight.services.spreadsheet import read_xlsx
from tests.factories import small_decision

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Queue answers (path, chosen filter) for the file dialogs."""
    answers: dict[str, list] = {"open": [], "save": []}

    def fake(kind: str):  # noqa: ANN202
        def answer(parent, caption="", directory="", file_filter="", selected="", options=None):  # noqa: ANN001
            path, chosen = answers[kind].pop(0)
            return (str(path), chosen)
        return answer

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake("open"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake("save"))
    return answers


def exported(qtbot, actions, *path) -> None:  # noqa: ANN001
    """Export spreadsheet… (or to ``path``) and wait until the worker has written the file (session 21)."""
    with qtbot.waitSignal(actions.exportFinished, timeout=60_000) as signal:
        if path:
            assert actions.export_spreadsheet(*path)
        else:
            actions.export_action.trigger()
    assert signal.args[1], "the export was not written"


def test_file_menu_offers_the_spreadsheet_actions(window) -> None:
    names = [a.objectName() for a in window.findChild(QMenu, "fileMenu").actions()]
    for name in ("importSpreadsheetAction", "exportSpreadsheetAction", "exportTemplateAction"):
        assert name in names


def test_export_spreadsheet_as_xlsx_and_csv(qtbot, window, controller, tmp_path, dialogs, message_boxes) -> None:
    actions = window.file_actions.spreadsheets
    dialogs["save"].append((tmp_path / "out", actions.xlsx_filter))  # suffix from the chosen filter
    exported(qtbot, actions)
    assert read_xlsx(tmp_path / "out.xlsx") == controller.decision
    dialogs["save"].append((tmp_path / "matrix", actions.csv_filter))
    exported(qtbot, actions)
    assert (tmp_path / "matrix.csv").read_text(encoding="utf-8-sig").startswith("Option,Civilian harm,Effect")
    # the matrix imports back only as a plain table (session 20): the notes box says so before it is shared
    box = next(b for b in message_boxes if b.objectName() == "exportNotesBox")
    assert "plain table: equal weights" in box.informativeText()


def test_import_spreadsheet_opens_a_new_project(window, controller, tmp_path, dialogs) -> None:
    source = write_xlsx(small_decision(), tmp_path / "sheet.xlsx")
    dialogs["open"].append((source, ""))
    dialogs["save"].append((tmp_path / "imported", ""))
    window.file_actions.spreadsheets.import_action.trigger()
    assert controller.path == tmp_path / "imported.counterweight"
    assert controller.decision == small_decision()


def test_import_of_a_bad_spreadsheet_lists_problems_and_keeps_project(window, controller, tmp_path, dialogs,
                                                                       message_boxes) -> None:
    source = write_xlsx(small_decision(), tmp_path / "sheet.xlsx")
    wb = load_workbook(source)
    wb["Scores"]["C3"] = "abc"
    wb["Scores"]["B4"] = "Price"
    wb.save(source)
    before_path, before = controller.path, controller.decision
    dialogs["open"].append((source, ""))
    window.file_actions.spreadsheets.import_action.trigger()
    assert len(message_boxes) == 1
    details = message_boxes[0].informativeText()
    assert "Scores!C3 (Alpha × Effect): 'abc' is not a number" in details  # QA 22: the cell's option × criterion
    assert "Scores!B4: there is no criterion 'Price'" in details
    assert controller.path == before_path and controller.decision == before
    assert dialogs["save"] == []  # no project name was asked for


def test_export_blank_template(window, tmp_path, dialogs) -> None:
    dialogs["save"].append((tmp_path / "blank", ""))
    window.file_actions.spreadsheets.template_action.trigger()
    assert load_workbook(tmp_path / "blank.xlsx").sheetnames[0] == "README"


def test_a_csv_exported_one_row_per_score_imports_back(qtbot, window, controller, tmp_path, dialogs,
                                                        message_boxes) -> None:
    """QA pass 14: the window wrote only the matrix CSV, which does not import, and the refusal
    sent the user to the command line. (QA pass 22: its notes say that the title and groups stay behind.)"""
    actions = window.file_actions.spreadsheets
    before = controller.decision
    dialogs["save"].append((tmp_path / "scores", actions.csv_long_filter))
    exported(qtbot, actions)
    dialogs["open"].append((tmp_path / "scores.csv", ""))
    dialogs["save"].append((tmp_path / "back", ""))
    actions.import_action.trigger()
    assert controller.path == tmp_path / "back.counterweight"
    assert [o.name for o in controller.decision.options] == [o.name for o in before.options]
    def by_name(d):  # noqa: ANN001, ANN202 - a CSV carries names, not IDs
        return {(d.option(s.option_id).name, d.criterion(s.criterion_id).name): (s.value, s.level) for s in d.scores}

    assert by_name(controller.decision) == by_name(before)


def test_the_matrix_csv_imports_as_a_plain_table_with_its_assumptions_shown(window, controller, tmp_path, dialogs,
                                                                             message_boxes, qtbot) -> None:
    """The score matrix CSV was refused (QA pass 14); since QA pass 22 (item 5) a table of that shape is the
    analyst's own kind of file, so it imports, and the notes box lists what was assumed."""
    actions = window.file_actions.spreadsheets
    before = controller.decision
    dialogs["save"].append((tmp_path / "matrix", actions.csv_filter))
    exported(qtbot, actions)
    dialogs["open"].append((tmp_path / "matrix.csv", ""))
    dialogs["save"].append((tmp_path / "from-matrix", ""))
    actions.import_action.trigger()
    assert controller.path == tmp_path / "from-matrix.counterweight"
    assert [o.name for o in controller.decision.options] == [o.name for o in before.options]
    box = next(b for b in message_boxes if b.objectName() == "importNotesBox")
    assert "plain score table" in box.informativeText() and "same weight" in box.informativeText()


def test_an_export_says_what_the_file_leaves_out(qtbot, window, controller, tmp_path, dialogs, message_boxes) -> None:
    """QA pass 17: a CSV dropped the protective marking, and a workbook re-imported lost the red lines,
    both without a word."""
    from counterweight.domain.methods import RedLine
    from counterweight.services.marking import SetMarking
    from counterweight.services.red_lines import AddRedLine

    assert controller.submit(SetMarking("OFFICIAL-SENSITIVE")) is None
    assert controller.submit(AddRedLine(RedLine(id="r1", criterion_id="cost", limit=9.0))) is None
    actions = window.file_actions.spreadsheets
    dialogs["save"].append((tmp_path / "scores", actions.csv_long_filter))
    exported(qtbot, actions)
    notes = actions.last_export_notes
    assert any("OFFICIAL-SENSITIVE" in n and "CSV" in n for n in notes)
    assert any("red lines" in n for n in notes) and "JSON" in notes[-1]
    assert [b.objectName() for b in message_boxes] == ["exportNotesBox"]  # said at once, not only in the status bar
    assert "OFFICIAL-SENSITIVE" in message_boxes[0].informativeText()
    dialogs["save"].append((tmp_path / "book", actions.xlsx_filter))
    exported(qtbot, actions)
    assert not any("marking" in n for n in actions.last_export_notes)  # the workbook carries the marking
    assert any("red lines" in n for n in actions.last_export_notes)


def test_an_export_without_losses_says_nothing_more(qtbot, window, controller, tmp_path, message_boxes) -> None:
    actions = window.file_actions.spreadsheets
    exported(qtbot, actions, tmp_path / "plain.xlsx")
    assert actions.last_export_notes == [] and not message_boxes


def test_importing_a_workbook_says_what_its_results_relied_on(window, controller, tmp_path, dialogs,
                                                             message_boxes) -> None:
    """QA pass 17: a TOPSIS workbook with red lines came back ranked by the weighted sum, without them,
    and nothing said so."""
    from counterweight.domain import AggregationMethod
    from counterweight.domain.methods import RedLine

    d = small_decision()
    topsis = d.model_copy(update={"method": d.method.model_copy(update={"aggregation": AggregationMethod.TOPSIS}),
                                  "red_lines": [RedLine(id="r", criterion_id="cost", limit=9.0, action="exclude")]})
    source = write_xlsx(topsis, tmp_path / "topsis.xlsx")
    dialogs["open"].append((source, ""))
    dialogs["save"].append((tmp_path / "imported", ""))
    window.file_actions.spreadsheets.import_action.trigger()
    assert controller.path == tmp_path / "imported.counterweight"
    notes = window.file_actions.spreadsheets.last_import_notes
    assert len(notes) == 2 and "TOPSIS" in notes[0] and "red lines" in notes[1]
    assert [b.objectName() for b in message_boxes] == ["importNotesBox"]
