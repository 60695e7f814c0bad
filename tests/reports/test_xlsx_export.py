"""XLSX and CSV export: sheet contents checked against hand-computed values from the factory.

Expected numbers come from ``tests.factories.small_decision`` (value functions;
global weights harm 0.5, effect 0.375, cost 0.125, as its docstring derives):

* Alpha:   0.5 * 1.0 + 0.375 * 0.2 + 0.125 * 0.9 = 0.6875
* Bravo:   0.5 * 0.3 + 0.375 * 0.9 + 0.125 * 0.5 = 0.55
* Charlie: 0.5 * 0.6 + 0.375 * 0.6 + 0.125 * 0.6 = 0.6
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from counterweight.domain import AggregationMethod, EvidenceRef, MethodSettings, Option
from counterweight.domain.errors import CounterweightError
from counterweight.domain.evidence import Credibility, Source
from counterweight.engine import evaluate
from counterweight.reports import csv_export
from counterweight.reports.xlsx_export import write_xlsx
from tests.factories import small_decision


def _rows(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


@pytest.fixture
def workbook(tmp_path: Path):
    path = write_xlsx(small_decision(), tmp_path / "small.xlsx")
    return load_workbook(path)


def test_sheets_in_order(workbook) -> None:
    assert workbook.sheetnames == ["Matrix", "Weights", "Results", "Robustness", "Rationales", "Method",
                                   "Decision", "Options", "Criteria", "Levels", "Scores", "README"]


def test_matrix_has_values_levels_and_range_columns(workbook) -> None:
    rows = _rows(workbook["Matrix"])
    # Only Effect has a range (Alpha 1-3), so only it gets low/high columns.
    assert rows[0] == ["Option", "Civilian harm", "Effect", "Effect low", "Effect high", "Cost"]
    assert rows[1] == ["Alpha", "Low", 2, 1, 3, 2]
    assert rows[2] == ["Bravo", "High", 9, None, None, 10]
    assert rows[3] == ["Charlie", "Moderate", 6, None, None, 8]
    assert isinstance(rows[1][2], int | float)  # numbers stay numbers
    comment = workbook["Matrix"]["F1"].comment.text
    assert "0 to 20 $bn" in comment and "lower is better" in comment


def test_weights_sheet_shows_local_and_global_shares(workbook) -> None:
    ws = workbook["Weights"]
    rows = {r[0]: r for r in _rows(ws)[1:]}
    # name: (group, points, local, global) from the factory's weights 1:1 and 3:1
    expected = {
        "Risks": (None, 1, 0.5, 0.5), "Civilian harm": ("Risks", 1, 1.0, 0.5),
        "Benefits": (None, 1, 0.5, 0.5), "Effect": ("Benefits", 3, 0.75, 0.375),
        "Cost": ("Benefits", 1, 0.25, 0.125),
    }
    assert set(rows) == set(expected)
    for name, (group, points, local, glob) in expected.items():
        assert rows[name][1] == group and rows[name][2] == points
        assert rows[name][3] == pytest.approx(local) and rows[name][4] == pytest.approx(glob)
    assert ws["D2"].number_format == "0.0%"


def test_results_sheet_ranks_with_the_current_method(workbook) -> None:
    rows = _rows(workbook["Results"])[:4]  # then a blank row and how the score is derived (QA 23 item 5)
    assert "Weighted sum" in rows[0][2]
    assert [(r[0], r[1]) for r in rows[1:]] == [(1, "Alpha"), (2, "Charlie"), (3, "Bravo")]
    assert [r[2] for r in rows[1:]] == pytest.approx([68.75, 60.0, 55.0])


def test_results_follow_a_non_additive_method(tmp_path: Path) -> None:
    decision = small_decision().model_copy(update={"method": MethodSettings(aggregation=AggregationMethod.TOPSIS)})
    ws = load_workbook(write_xlsx(decision, tmp_path / "t.xlsx"))["Results"]
    rows = _rows(ws)
    assert "TOPSIS" in rows[0][2]
    engine = evaluate(decision)
    by_name = {r[1]: r[2] for r in rows[1:]}
    for oid, name in zip(engine.option_ids, engine.option_names):
        assert by_name[name] == pytest.approx(100 * engine.total_of(oid))


def test_rationales_sheet_lists_evidence_with_source_quote_and_credibility(tmp_path: Path) -> None:
    base = small_decision()
    text = "Cluster munitions cost about two billion dollars in total."
    source = Source(id="src1", title="Budget note", publisher="Treasury", text=text)
    quote = "about two billion dollars"
    start = text.index(quote)
    scores = []
    for s in base.scores:
        if s.key == ("a", "cost"):
            s = s.model_copy(update={"evidence": [
                EvidenceRef(source="Budget note", source_id="src1", quote=quote, start=start, end=start + len(quote),
                            credibility=Credibility.HIGH, locator="p. 4"),
                EvidenceRef(source="Hallway chat", credibility=Credibility.LOW),
            ]})
        scores.append(s)
    decision = base.model_copy(update={"sources": [source], "scores": scores})
    rows = _rows(load_workbook(write_xlsx(decision, tmp_path / "r.xlsx"))["Rationales"])
    assert rows[0] == ["Option", "Criterion", "Score", "Rationale", "Evidence source", "Locator", "Quote",
                       "Credibility"]
    cost = [r for r in rows[1:] if r[0] == "Alpha" and r[1] == "Cost"]
    assert cost == [
        ["Alpha", "Cost", "2", "cheap", "Budget note (Treasury)", "p. 4", quote, "High"],
        ["Alpha", "Cost", "2", "cheap", "Hallway chat", None, None, "Low"],
    ]
    effect = [r for r in rows[1:] if r[0] == "Alpha" and r[1] == "Effect"]
    assert effect == [["Alpha", "Effect", "2 (1 to 3)", "weak", None, None, None, None]]
    assert len(rows) == 1 + 9 + 1  # every score has a rationale; Alpha × Cost has two pieces of evidence


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    hostile = '=HYPERLINK("http://example.invalid","click")'
    decision = small_decision()
    options = [Option(id="a", name=hostile), *decision.options[1:]]
    path = write_xlsx(decision.model_copy(update={"options": options}), tmp_path / "h.xlsx")
    wb = load_workbook(path)  # formulas are kept as formulas when not data_only
    for sheet, coord in (("Matrix", "A2"), ("Options", "A2"), ("Scores", "A2")):
        cell = wb[sheet][coord]
        assert cell.value == hostile and cell.data_type == "s", (sheet, cell.data_type)


def test_control_characters_are_cleaned_not_fatal(tmp_path: Path) -> None:
    # A line break pasted from PowerPoint or Word is a vertical tab (\x0b); openpyxl refuses it and
    # most other control characters. Breaks become newlines, the rest are dropped; the export succeeds.
    decision = small_decision()
    options = [decision.options[0].model_copy(update={"name": "Alpha\x0bplan", "description": "page\x0cbreak\x01"}),
               *decision.options[1:]]
    criteria = [c.model_copy(update={"name": "Cost\x0bnow"}) if c.id == "cost" else c for c in decision.criteria]
    scores = [s.model_copy(update={"rationale": "From the slide:\x0bsecond\x1f line"}) if s.key == ("a", "cost")
              else s for s in decision.scores]
    decision = decision.model_copy(update={"title": "Title\x0bsub", "options": options, "criteria": criteria,
                                           "scores": scores})
    wb = load_workbook(write_xlsx(decision, tmp_path / "ctrl.xlsx"))
    assert wb.properties.title == "Title\nsub"
    assert wb["Options"]["A2"].value == "Alpha\nplan"
    assert wb["Options"]["C2"].value == "page\nbreak"
    assert "Cost\nnow" in wb["Matrix"]["F1"].comment.text
    rationale = [r for r in _rows(wb["Scores"]) if r[0] == "Alpha\nplan" and r[1] == "Cost\nnow"]
    assert rationale[0][5] == "From the slide:\nsecond line"


def test_marking_is_printed_on_every_sheet(tmp_path: Path) -> None:
    decision = small_decision().model_copy(update={"marking": "OFFICIAL-SENSITIVE"})
    wb = load_workbook(write_xlsx(decision, tmp_path / "m.xlsx"))
    for ws in wb.worksheets:
        assert ws.oddHeader.center.text == "OFFICIAL-SENSITIVE", ws.title
        assert ws.oddFooter.center.text == "OFFICIAL-SENSITIVE", ws.title


def test_failed_write_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "x.xlsx"
    with pytest.raises(CounterweightError) as err:
        write_xlsx(small_decision(), target)
    assert err.value.where == str(target)
    assert err.value.message == "Could not write the Excel workbook: the folder does not exist."
    assert not target.exists()


@pytest.mark.parametrize(("suffix", "what"), [(".xlsx", "Excel workbook"), (".csv", "CSV file")])
def test_a_failed_rename_names_the_target_not_the_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, what: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"locked{suffix}"
    target.write_bytes(b"old")

    def refuse(src: str, dst: str) -> None:  # as when the file is open in Excel on Windows
        raise PermissionError(13, "Permission denied", str(src))

    monkeypatch.setattr("os.replace", refuse)
    with pytest.raises(CounterweightError) as err:
        if suffix == ".xlsx":
            write_xlsx(small_decision(), target)
        else:
            csv_export.write_csv(small_decision(), target)
    assert err.value.where == str(target)
    assert err.value.message.startswith(f"Could not write the {what}: Permission denied")
    assert ".part" not in str(err.value)
    assert sorted(p.name for p in out.iterdir()) == [target.name]
    assert target.read_bytes() == b"old"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_folder_with_the_targets_name_is_named(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / "out"
    target = out / f"folder{suffix}"
    target.mkdir(parents=True)
    with pytest.raises(CounterweightError) as err:
        if suffix == ".xlsx":
            write_xlsx(small_decision(), target)
        else:
            csv_export.write_csv(small_decision(), target)
    what = "Excel workbook" if suffix == ".xlsx" else "CSV file"
    assert str(err.value) == f"{target}: Could not write the {what}: a folder has that name."
    assert sorted(p.name for p in out.iterdir()) == [target.name]


# ------------------------------------------------------------------ CSV


def test_matrix_csv() -> None:
    rows = list(csv.reader(io.StringIO(csv_export.matrix_csv(small_decision()))))
    assert rows == [
        ["Option", "Civilian harm", "Effect", "Effect low", "Effect high", "Cost"],
        ["Alpha", "Low", "2", "1", "3", "2"],
        ["Bravo", "High", "9", "", "", "10"],
        ["Charlie", "Moderate", "6", "", "", "8"],
    ]


def test_csv_guards_formula_text_and_keeps_numbers() -> None:
    assert csv_export.cell_text("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0"
    assert csv_export.cell_text("@SUM(A1)") == "'@SUM(A1)"
    assert csv_export.cell_text(-3.5) == "-3.5"  # a negative number is not text
    assert csv_export.cell_text(0.1) == "0.1"
    assert csv_export.cell_text("Plain name") == "Plain name"


def test_long_csv_lists_every_cell_with_its_criterion(tmp_path: Path) -> None:
    path = csv_export.write_csv(small_decision(), tmp_path / "long.csv", layout="long")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM so that Excel reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 9
    cost = next(r for r in rows if r["option"] == "Bravo" and r["criterion"] == "Cost")
    assert (cost["score"], cost["lower"], cost["upper"], cost["direction"], cost["unit"]) == \
        ("10", "0", "20", "lower is better", "$bn")
    assert float(cost["weight"]) == pytest.approx(12.5)  # global weight in %
    harm = next(r for r in rows if r["option"] == "Alpha" and r["criterion"] == "Civilian harm")
    assert harm["levels"] == "Severe=0; High=30; Moderate=60; Low=100"


def test_every_rationale_and_quote_cell_wraps_and_keeps_its_text(workbook) -> None:
    """The wrap style is copied from the first row to the rest (session 21: 2 s less at 1,000 x 60);
    every row's Rationale and Quote cells wrap at the top, and the other columns are left alone."""
    ws = workbook["Rationales"]
    assert ws.max_row > 2
    for r in range(2, ws.max_row + 1):
        for col in (4, 7):
            cell = ws.cell(row=r, column=col)
            assert cell.alignment.wrap_text and cell.alignment.vertical == "top", cell.coordinate
        assert not ws.cell(row=r, column=1).alignment.wrap_text
    assert [c.value for c in ws[1]][3] == "Rationale"
