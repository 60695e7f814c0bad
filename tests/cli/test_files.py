"""``counterweight export``, ``import`` and ``validate``; files are only read unless written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from counterweight.domain import Decision
from counterweight.engine import evaluate
from counterweight.services import exchange
from counterweight.services.projects import load_decision
from tests.cli.conftest import run_subprocess, write_decision
from tests.factories import small_decision


def snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    """A file's bytes and mtime, and its folder's listing (no lock or journal left)."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def _results(payload: dict) -> dict:
    """The part of ``evaluate --json`` that does not depend on the file name."""
    return {k: v for k, v in payload.items() if k != "file"}


# ------------------------------------------------------------------ round trip


def test_export_import_evaluate_gives_identical_results(cli, example_json: Path, tmp_path: Path) -> None:
    first = cli("import", example_json, "-o", tmp_path / "one.counterweight")
    assert first.code == 0, first.err
    exported = cli("export", tmp_path / "one.counterweight", "--format", "json", "-o", tmp_path / "one.json")
    assert exported.code == 0, exported.err
    second = cli("import", tmp_path / "one.json", "-o", tmp_path / "two.counterweight")
    assert second.code == 0, second.err

    original = cli("evaluate", example_json, "--json").json()
    for path in (tmp_path / "one.counterweight", tmp_path / "one.json", tmp_path / "two.counterweight"):
        assert _results(cli("evaluate", path, "--json").json()) == _results(original), path
    assert exchange.read_file(tmp_path / "one.json") == exchange.read_file(example_json)


def test_round_trip_in_subprocesses(example_json: Path, tmp_path: Path) -> None:
    project = tmp_path / "sub.counterweight"
    assert run_subprocess(["import", example_json, "-o", project]).code == 0
    assert run_subprocess(["export", project, "-o", tmp_path / "sub.json"]).code == 0
    a = run_subprocess(["evaluate", example_json, "--json"])
    b = run_subprocess(["evaluate", tmp_path / "sub.json", "--json"])
    assert a.code == b.code == 0
    assert _results(a.json()) == _results(b.json())


def test_export_to_stdout(cli, small_project: Path) -> None:
    result = cli("export", small_project, "-o", "-")
    assert result.code == 0, result.err
    assert exchange.loads(result.out) == small_decision()


def test_import_adds_the_project_suffix(cli, small_json: Path, tmp_path: Path) -> None:
    result = cli("import", small_json, "-o", tmp_path / "named")
    assert result.code == 0, result.err
    assert load_decision(tmp_path / "named.counterweight") == small_decision()


# ------------------------------------------------------------------ overwriting


def test_import_refuses_to_overwrite(cli, small_project: Path, example_json: Path) -> None:
    before = small_project.read_bytes()
    result = cli("import", example_json, "-o", small_project)
    assert result.code == 2
    assert len(result.err_lines) == 1
    assert str(small_project) in result.err and "--force" in result.err
    assert small_project.read_bytes() == before


def test_import_force_replaces(cli, small_project: Path, example_json: Path) -> None:
    result = cli("import", example_json, "-o", small_project, "--force")
    assert result.code == 0, result.err
    assert load_decision(small_project) == exchange.read_file(example_json)


def test_export_refuses_to_overwrite(cli, small_project: Path, tmp_path: Path) -> None:
    out = tmp_path / "keep.json"
    out.write_text("precious", encoding="utf-8")
    result = cli("export", small_project, "-o", out)
    assert result.code == 2
    assert str(out) in result.err and "--force" in result.err
    assert out.read_text(encoding="utf-8") == "precious"
    assert cli("export", small_project, "-o", out, "--force").code == 0
    assert exchange.read_file(out) == small_decision()


def test_export_will_not_write_json_under_a_project_name(cli, small_json: Path, tmp_path: Path) -> None:
    out = tmp_path / "wrong.counterweight"
    result = cli("export", small_json, "-o", out)
    assert result.code == 2
    assert str(out) in result.err
    assert not out.exists()


def test_import_of_a_project_file_is_refused(cli, small_project: Path, tmp_path: Path) -> None:
    result = cli("import", small_project, "-o", tmp_path / "copy.counterweight")
    assert result.code == 2
    assert small_project.name in result.err
    assert not (tmp_path / "copy.counterweight").exists()


def test_unknown_export_format_is_a_usage_error(cli, small_json: Path, tmp_path: Path) -> None:
    # issue 5 made xlsx and csv real formats; odt stays unknown
    result = cli("export", small_json, "--format", "odt", "-o", tmp_path / "x.odt")
    assert result.code == 2
    assert "--format" in result.err and "odt" in result.err
    assert len(result.err_lines) == 1


def test_import_to_standard_output_is_refused(cli, small_json: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("import", small_json, "-o", "-")
    assert result.code == 2 and result.out == ""
    assert result.err_lines == [("counterweight: error: -o -: a project is written to a file, not to standard "
                                 "output; give a file name after -o")]
    assert not (tmp_path / "-.counterweight").exists()


@pytest.mark.parametrize(("place", "reason"), [("file", "part of the path is a file, not a folder"),
                                               ("missing", "the folder does not exist")])
def test_import_and_export_give_the_same_reason_for_a_bad_folder(cli, small_json: Path, tmp_path: Path,
                                                                 place: str, reason: str) -> None:
    (tmp_path / "notadir").write_bytes(b"")
    folder = tmp_path / ("notadir" if place == "file" else "nope")
    imported = cli("import", small_json, "-o", folder / "x")
    exported = cli("export", small_json, "-o", folder / "x.json")
    assert imported.code == exported.code == 2
    assert len(imported.err_lines) == 1 and imported.err.rstrip().endswith(f": {reason}.")
    assert exported.err.rstrip().endswith(f": {reason}.")
    assert not (tmp_path / "nope").exists()  # a missing folder is not made behind the user's back


# ------------------------------------------------------------------ validate


def _summary(decision: Decision) -> str:
    return (
        f"OK: {decision.title} — {len(decision.options)} options, "
        f"{len(decision.criteria)} criteria, {len(decision.scores)} scores"
    )


@pytest.mark.parametrize("kind", ["json", "project"])
def test_validate_ok(cli, small_json: Path, small_project: Path, kind: str) -> None:
    path = small_json if kind == "json" else small_project
    result = cli("validate", path)
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == _summary(small_decision())


def test_validate_example(cli, example_json: Path) -> None:
    result = cli("validate", example_json)
    assert result.code == 0
    assert result.out.splitlines()[0] == _summary(exchange.read_file(example_json))


def test_validate_prints_engine_warnings_and_strict_fails(cli, tmp_path: Path) -> None:
    full = small_decision()
    gappy = Decision.model_validate(
        full.model_copy(update={"scores": [s for s in full.scores if s.key != ("c", "cost")]}).model_dump()
    )
    path = write_decision(tmp_path / "gappy.json", gappy)
    warnings = [d for d in evaluate(gappy).diagnostics if d.severity == "warning"]
    assert warnings

    result = cli("validate", path)
    assert result.code == 0
    flat = " ".join(result.out.split())
    for d in warnings:
        assert f"warning: {' '.join(d.message.split())}" in flat

    assert cli("validate", path, "--strict").code == 1
    assert cli("validate", tmp_path / "gappy.json", "--strict").out.startswith("OK: ")


def test_validate_strict_passes_a_clean_file(cli, small_json: Path) -> None:
    assert not [d for d in evaluate(small_decision()).diagnostics if d.severity == "warning"]
    assert cli("validate", small_json, "--strict").code == 0


# ------------------------------------------------------------------ read-only


@pytest.mark.parametrize(
    "args",
    [
        ["evaluate", "{p}"],
        ["evaluate", "{p}", "--json", "--normalization", "sum"],
        ["validate", "{p}"],
        ["export", "{p}", "-o", "{out}"],
        ["export", "{p}", "-o", "-"],
    ],
    ids=["evaluate", "evaluate-json", "validate", "export", "export-stdout"],
)
def test_reading_a_project_never_changes_it(cli, small_project: Path, tmp_path: Path, args: list[str]) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = snapshot(small_project)
    filled = [a.format(p=small_project, out=out_dir / "x.json") for a in args]
    result = cli(*filled)
    assert result.code == 0, result.err
    assert snapshot(small_project) == before


def test_reading_a_read_only_project_works(cli, small_project: Path) -> None:
    small_project.chmod(0o444)
    try:
        before = snapshot(small_project)
        assert cli("evaluate", small_project, "--json").code == 0
        assert cli("validate", small_project).code == 0
        assert snapshot(small_project) == before
    finally:
        small_project.chmod(0o644)


# ------------------------------------------------------------------ consoles


def _unicode_decision() -> Decision:
    base = small_decision()
    renamed = [o.model_copy(update={"name": f"Ωption {o.name} – ✓"}) for o in base.options]
    return Decision.model_validate(
        base.model_copy(update={"title": "Décision über Ünïcode", "options": renamed}).model_dump()
    )


def test_json_stays_lossless_on_an_ascii_console(tmp_path: Path) -> None:
    decision = _unicode_decision()
    path = write_decision(tmp_path / "unicode.json", decision)
    exported = run_subprocess(["export", path, "-o", "-"], encoding="ascii")
    assert exported.code == 0, exported.err
    assert exported.out.isascii()
    assert exchange.loads(exported.out) == decision

    ascii_eval = run_subprocess(["evaluate", path, "--json"], encoding="ascii")
    utf_eval = run_subprocess(["evaluate", path, "--json"])
    assert ascii_eval.code == utf_eval.code == 0
    assert ascii_eval.out.isascii()
    assert ascii_eval.json() == utf_eval.json()
    assert utf_eval.json()["decision"]["title"] == decision.title


def test_tables_do_not_crash_on_an_ascii_console(tmp_path: Path) -> None:
    path = write_decision(tmp_path / "unicode.json", _unicode_decision())
    for command in (["evaluate", path], ["validate", path]):
        result = run_subprocess(command, encoding="ascii")
        assert result.code == 0, result.err
        assert "Traceback" not in result.err


# ------------------------------------------------------------------ session 16: leftovers of the CLI review


def test_an_export_records_when_it_was_written(cli, small_project: Path, tmp_path: Path) -> None:
    """``exported_at`` was always null, so a JSON copy handed on could not say how old it was."""
    import datetime as dt

    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    out = tmp_path / "copy.json"
    assert cli("export", small_project, "-o", out).code == 0
    stamps = [exchange.read_envelope(out).exported_at,
              exchange.loads_envelope(cli("export", small_project, "-o", "-").out).exported_at]
    after = dt.datetime.now(dt.timezone.utc)
    for stamp in stamps:
        assert stamp is not None and before <= stamp <= after and stamp.utcoffset() == dt.timedelta(0)


def test_import_names_the_file_kinds_it_reads(cli, small_json: Path, tmp_path: Path) -> None:
    """``import notes.txt`` read JSON that ``evaluate notes.txt`` refused; both now go by the ending."""
    text = tmp_path / "notes.txt"
    text.write_bytes(small_json.read_bytes())
    result = cli("import", text, "-o", tmp_path / "new")
    assert result.code == 2 and "notes.txt" in result.err
    assert ".json" in result.err and ".xlsx" in result.err and ".csv" in result.err
    assert not (tmp_path / "new.counterweight").exists()
    assert cli("evaluate", text).code == 2


@pytest.mark.parametrize(("name", "content", "says"), [
    ("budget.ods", b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
     "it is an OpenDocument spreadsheet (.ods), as LibreOffice and OpenOffice save"),
    ("old.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 60, "it is an old Excel 97-2003 workbook (.xls)"),
    ("table.dat", b"option,criterion,value\nA,B,1\n", "If it is a CSV file"),
])
def test_import_of_another_kind_of_file_says_what_it_is_and_what_to_do(cli, tmp_path: Path, name: str,
                                                                      content: bytes, says: str) -> None:
    """The services' wording (services/spreadsheet_files.py), as the window shows it, and .json besides (h20j)."""
    source = tmp_path / name
    source.write_bytes(content)
    result = cli("import", source, "-o", tmp_path / "new")
    assert result.code == 2 and len(result.err_lines) == 1, result.err
    line = result.err_lines[0]
    assert f"Counterweight cannot import {name}: " in line and says in line
    assert "save it as an Excel workbook (.xlsx)" in line and "is neither" not in line
    assert line.endswith("The command line's import also reads decision files (.json).")
    assert not (tmp_path / "new.counterweight").exists()


def test_import_of_json_under_another_name_says_to_rename_it(cli, small_json: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_bytes(small_json.read_bytes())
    line = cli("import", text, "-o", tmp_path / "new").err_lines[0]
    assert "It holds JSON text: if it is a decision file, rename it to end in .json." in line


@pytest.mark.parametrize("command", ["export", "import"])
def test_a_folder_as_the_output_is_named_as_a_folder_even_with_force(cli, small_project: Path, small_json: Path,
                                                                      tmp_path: Path, command: str) -> None:
    folder = tmp_path / ("out.json" if command == "export" else "out.counterweight")
    folder.mkdir()
    source = small_project if command == "export" else small_json
    for extra in ([], ["--force"]):
        result = cli(command, source, "-o", folder, *extra)
        assert result.code == 2, result.out
        assert "a folder has that name" in result.err and "--force" not in result.err
    assert folder.is_dir() and not any(folder.iterdir())


def test_export_says_what_a_csv_leaves_out(cli, example_json: Path, tmp_path: Path) -> None:
    """QA pass 17: a marked decision exported as CSV lost its marking without a word."""
    from counterweight.services import exchange

    marked = tmp_path / "marked.json"
    exchange.write_file(marked, exchange.read_file(example_json).model_copy(update={"marking": "SECRET"}))
    result = cli("export", marked, "--format", "csv", "--csv-layout", "long", "-o", tmp_path / "m.csv")
    assert result.code == 0, result.err
    notes = [line for line in result.err.splitlines() if line.startswith("note: ")]
    assert any("SECRET" in n for n in notes)
    assert any("red lines" in n for n in notes)  # the example has red lines; a re-import would lose them
    assert "note:" not in result.out  # stdout keeps only the result line, for scripts
    # QA pass 22: the score matrix imports back only as a plain table (session 20), and says so
    matrix = cli("export", marked, "--format", "csv", "-o", tmp_path / "matrix.csv")
    assert [line for line in matrix.err.splitlines() if line.startswith("note: ")] == [
        "note: A CSV file has no place for the protective marking SECRET: label the file as your handling rules "
        "require.",
        "note: Imported back, this score table would come in as a plain table: equal weights, every direction "
        "'higher is better' and each scale from the scores in the file. To bring the decision back, export a "
        "workbook (.xlsx) or the CSV with one row per score."]


def test_import_of_a_workbook_says_what_its_results_relied_on(cli, example_json: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "example.xlsx"
    assert cli("export", example_json, "--format", "xlsx", "-o", workbook).code == 0
    result = cli("import", workbook, "-o", tmp_path / "back")
    assert result.code == 0, result.err
    assert any(line.startswith("note: ") and "red lines" in line for line in result.err.splitlines())
