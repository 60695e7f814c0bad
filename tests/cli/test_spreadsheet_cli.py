"""``export --format xlsx|csv``, ``import`` of spreadsheets and ``template`` on the command line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from counterweight.services.projects import load_decision
from tests.cli.conftest import run_subprocess
from tests.factories import small_decision


def _results(payload: dict) -> dict:
    return {k: v for k, v in payload.items() if k != "file"}


@pytest.mark.parametrize("ending", ["xlsx", "csv", "json"])
def test_export_takes_the_format_from_the_name(cli, small_project: Path, tmp_path: Path, ending: str) -> None:
    """``-o scores.xlsx`` without ``--format`` wrote JSON into a file named .xlsx, which Excel and
    ``import`` then refused ("BadZipFile")."""
    import json

    out = tmp_path / f"scores.{ending}"
    result = cli("export", small_project, "-o", out)
    assert result.code == 0, result.err
    if ending == "xlsx":
        assert "Matrix" in load_workbook(out).sheetnames
    elif ending == "csv":
        rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        assert len(rows) == 1 + len(small_decision().options)
    else:
        assert json.loads(out.read_text(encoding="utf-8"))["decision"]["title"] == small_decision().title


def test_export_refuses_a_format_the_name_contradicts(cli, small_project: Path, tmp_path: Path) -> None:
    out = tmp_path / "scores.xlsx"
    result = cli("export", small_project, "--format", "json", "-o", out)
    assert result.code == 2
    assert "scores.xlsx" in result.err and ".xlsx" in result.err and "--format json" in result.err
    assert not out.exists()


def test_xlsx_export_import_round_trip(cli, small_project: Path, tmp_path: Path) -> None:
    out = tmp_path / "small.xlsx"
    exported = cli("export", small_project, "--format", "xlsx", "-o", out)
    assert exported.code == 0, exported.err
    assert "Matrix" in load_workbook(out).sheetnames
    imported = cli("import", out, "-o", tmp_path / "back.counterweight")
    assert imported.code == 0, imported.err
    assert load_decision(tmp_path / "back.counterweight") == small_decision()
    a = cli("evaluate", small_project, "--json").json()
    b = cli("evaluate", tmp_path / "back.counterweight", "--json").json()
    assert _results(a) == _results(b)


def test_csv_matrix_to_stdout_and_file(cli, small_json: Path, tmp_path: Path) -> None:
    result = cli("export", small_json, "--format", "csv", "-o", "-")
    assert result.code == 0, result.err
    rows = list(csv.reader(io.StringIO(result.out)))
    assert rows[0] == ["Option", "Civilian harm", "Effect", "Effect low", "Effect high", "Cost"]
    assert rows[2] == ["Bravo", "High", "9", "", "", "10"]
    target = tmp_path / "m.csv"
    assert cli("export", small_json, "--format", "csv", "-o", target).code == 0
    assert target.read_text(encoding="utf-8-sig").replace("\r\n", "\n") == result.out


def test_long_csv_export_imports_back_with_the_same_ranking(cli, small_json: Path, tmp_path: Path) -> None:
    long_csv = tmp_path / "long.csv"
    assert cli("export", small_json, "--format", "csv", "--csv-layout", "long", "-o", long_csv).code == 0
    assert cli("import", long_csv, "-o", tmp_path / "flat.counterweight").code == 0
    a = cli("evaluate", small_json, "--json").json()["options"]
    b = cli("evaluate", tmp_path / "flat.counterweight", "--json").json()["options"]
    assert [(o["name"], o["score"], o["rank"]) for o in a] == [(o["name"], o["score"], o["rank"]) for o in b]


@pytest.mark.parametrize(("fmt", "what"), [("xlsx", "Excel workbook"), ("csv", "CSV file"),
                                           ("json", "decision file")])
@pytest.mark.parametrize(("place", "reason"), [("folder", "a folder has that name"),
                                               ("missing", "the folder does not exist")])
def test_an_export_that_cannot_be_written_names_the_target(cli, small_json: Path, tmp_path: Path, fmt: str,
                                                           what: str, place: str, reason: str) -> None:
    # Not the hidden temporary file written first, and not the input file.
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"x.{fmt}" if place == "folder" else out / "no-such-folder" / f"x.{fmt}"
    if place == "folder":
        target.mkdir()
    result = cli("export", small_json, "--format", fmt, "-o", target, "--force")
    assert result.code == 2
    assert result.err == f"counterweight: error: {target}: Could not write the {what}: {reason}.\n"
    assert [p.name for p in out.iterdir()] == (["x." + fmt] if place == "folder" else [])


def test_xlsx_to_stdout_is_refused(cli, small_json: Path) -> None:
    result = cli("export", small_json, "--format", "xlsx", "-o", "-")
    assert result.code == 2 and "standard output" in result.err


def test_export_refuses_overwrite_without_force(cli, small_json: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    out.write_bytes(b"keep me")
    result = cli("export", small_json, "--format", "xlsx", "-o", out)
    assert result.code == 2 and "--force" in result.err
    assert out.read_bytes() == b"keep me"
    assert cli("export", small_json, "--format", "xlsx", "-o", out, "--force").code == 0


def test_template_then_import_reports_what_is_missing(cli, tmp_path: Path) -> None:
    blank = tmp_path / "blank.xlsx"
    result = cli("template", "-o", blank)
    assert result.code == 0, result.err
    assert load_workbook(blank).sheetnames[0] == "README"
    again = cli("template", "-o", blank)
    assert again.code == 2 and "--force" in again.err
    assert cli("template", "-o", tmp_path / "blank.csv").code == 2
    imported = cli("import", blank, "-o", tmp_path / "empty.counterweight")
    assert imported.code == 2
    assert "Options: no options are listed" in imported.err and "Criteria: no criteria" in imported.err
    assert not (tmp_path / "empty.counterweight").exists()


def test_bad_spreadsheet_exits_2_naming_sheet_row_and_column(cli, small_json: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    assert cli("export", small_json, "--format", "xlsx", "-o", good).code == 0
    wb = load_workbook(good)
    wb["Scores"]["C3"] = "abc"
    wb["Scores"]["C2"] = "Tiny"
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    target = tmp_path / "out.counterweight"
    result = cli("import", bad, "-o", target)
    assert result.code == 2
    assert len(result.err_lines) == 1
    assert str(bad) in result.err
    assert "Scores!C3 (Alpha × Effect): 'abc' is not a number" in result.err
    assert "Scores!C2 (Alpha × Civilian harm): 'Tiny' is not a level of 'Civilian harm'" in result.err
    assert "2 problems" in result.err
    assert not target.exists()


def test_bad_csv_in_a_subprocess(tmp_path: Path) -> None:
    bad = tmp_path / "scores.csv"
    bad.write_text("option,criterion,score,lower,upper\nA,Cost,cheap,0,10\n", encoding="utf-8")
    result = run_subprocess(["import", bad, "-o", tmp_path / "x.counterweight"])
    assert result.code == 2
    assert "row 2, column C (score; A × Cost): 'cheap' is not a number" in result.err
    assert not (tmp_path / "x.counterweight").exists()


# ------------------------------------------------------------------ QA round 10


@pytest.mark.parametrize("out", ["x.xlsx", "x.json", "-"])
def test_a_csv_layout_for_another_format_is_refused_not_ignored(cli, small_json: Path, tmp_path: Path,
                                                                out: str) -> None:
    target = out if out == "-" else tmp_path / out
    result = cli("export", small_json, "--csv-layout", "long", "-o", target)
    assert result.code == 2 and result.out == "" and len(result.err_lines) == 1
    assert result.err.startswith("counterweight: error: --csv-layout: applies to CSV files only")
    assert out == "-" or not Path(target).exists()
    assert cli("export", small_json, "--csv-layout", "long", "--format", "csv", "-o", "-").code == 0


def test_the_matrix_csv_imports_as_a_plain_score_table(cli, small_json: Path, tmp_path: Path) -> None:
    # It was refused in one sentence (QA round 10); since QA pass 22 (item 5) a table of options in rows
    # and criteria in columns is read as a plain score table, the analyst's own kind of file.
    assert cli("export", small_json, "-o", tmp_path / "matrix.csv").code == 0
    result = cli("import", tmp_path / "matrix.csv", "-o", tmp_path / "matrix")
    assert result.code == 0 and (tmp_path / "matrix.counterweight").exists()
    assert cli("export", small_json, "--csv-layout", "long", "-o", tmp_path / "long.csv").code == 0
    assert cli("import", tmp_path / "long.csv", "-o", tmp_path / "back").code == 0
