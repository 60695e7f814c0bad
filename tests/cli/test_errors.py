"""Bad input: exit status 2 and one line naming the file and the field; bugs: status 70."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Result, run_subprocess

PREFIX = "counterweight: error: "


def assert_user_error(result: Result, *mentions: str) -> None:
    """Exit 2, nothing on stdout, exactly one stderr line with the prefix and the mentions."""
    assert result.code == 2, (result.code, result.err)
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    line = result.err_lines[0]
    assert line.startswith(PREFIX), line
    assert "Traceback" not in result.err
    for text in mentions:
        assert text in line, (text, line)


def _envelope(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


COMMANDS_READING_A_FILE = [["evaluate"], ["evaluate", "--json"], ["validate"], ["export", "-o", "-"]]


@pytest.mark.parametrize("command", COMMANDS_READING_A_FILE, ids=" ".join)
def test_invalid_json(cli, tmp_path: Path, command: list[str]) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "counterweight-decision",\n  "decision": {,}\n}', encoding="utf-8")
    result = cli(command[0], bad, *command[1:])
    assert_user_error(result, "broken.json", "JSON", "line 2")


@pytest.mark.parametrize("command", COMMANDS_READING_A_FILE, ids=" ".join)
def test_unknown_field(cli, small_json: Path, tmp_path: Path, command: list[str]) -> None:
    data = _envelope(small_json)
    data["decision"]["options"][1]["colour"] = "red"
    bad = tmp_path / "extra.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = cli(command[0], bad, *command[1:])
    assert_user_error(result, "extra.json", "colour", "option 2")


def test_non_numeric_score_value(cli, small_json: Path, tmp_path: Path) -> None:
    data = _envelope(small_json)
    scores = data["decision"]["scores"]
    k = next(i for i, s in enumerate(scores) if s["criterion_id"] == "effect" and s["option_id"] == "b")
    scores[k]["value"] = "nine"
    bad = tmp_path / "wordy.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    for command in (["evaluate", bad], ["validate", bad], ["import", bad, "-o", tmp_path / "w.counterweight"]):
        assert_user_error(cli(*command), "wordy.json", f"score {k + 1}", "value", "number")
    assert not (tmp_path / "w.counterweight").exists()


@pytest.mark.parametrize("name", ["absent.json", "absent.counterweight"])
@pytest.mark.parametrize("command", ["evaluate", "validate", "export"])
def test_missing_file(cli, tmp_path: Path, name: str, command: str) -> None:
    missing = tmp_path / name
    extra = ["-o", str(tmp_path / "out.json")] if command == "export" else []
    assert_user_error(cli(command, missing, *extra), name)
    assert not (tmp_path / "out.json").exists()


def test_import_of_a_missing_file(cli, tmp_path: Path) -> None:
    assert_user_error(cli("import", tmp_path / "absent.json", "-o", tmp_path / "x.counterweight"), "absent.json")
    assert not (tmp_path / "x.counterweight").exists()


@pytest.mark.parametrize("command", ["evaluate", "validate"])
def test_garbage_bytes_with_project_extension(cli, tmp_path: Path, command: str) -> None:
    garbage = tmp_path / "noise.counterweight"
    garbage.write_bytes(bytes(range(256)) * 8)
    before = garbage.read_bytes()
    assert_user_error(cli(command, garbage), "noise.counterweight")
    assert garbage.read_bytes() == before


def test_unknown_normalization(cli, small_json: Path) -> None:
    result = cli("evaluate", small_json, "--normalization", "topsis")
    assert_user_error(result, "--normalization", "topsis")


def test_file_of_an_unknown_kind(cli, tmp_path: Path) -> None:
    other = tmp_path / "table.csv"
    other.write_text("a,b\n", encoding="utf-8")
    assert_user_error(cli("evaluate", other), "table.csv")


def test_usage_errors_are_one_line(cli) -> None:
    assert_user_error(cli("evaluate"), "FILE")
    assert_user_error(cli("frobnicate"), "frobnicate")
    assert_user_error(cli("import", "x.json"), "-o")


def test_errors_in_a_subprocess(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("not json", encoding="utf-8")
    assert_user_error(run_subprocess(["evaluate", bad, "--json"]), "broken.json", "JSON")
    assert_user_error(run_subprocess(["evaluate", bad, "--normalization", "nope"]), "--normalization")


# ------------------------------------------------------------------ bugs


@pytest.fixture
def broken_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    import counterweight.services.projects as projects

    def explode(path: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(projects, "load_decision", explode)


def test_internal_error_is_short_without_debug(cli, broken_loader, small_json: Path) -> None:
    result = cli("evaluate", small_json)
    assert result.code == 70
    assert len(result.err_lines) == 1
    assert "internal error" in result.err and "simulated bug" in result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_shows_the_traceback(cli, broken_loader, small_json: Path, where: str) -> None:
    args = ["--debug", "evaluate", str(small_json)] if where == "before" else ["evaluate", str(small_json), "--debug"]
    result = cli(*args)
    assert result.code == 70
    assert "Traceback" in result.err and "simulated bug" in result.err


@pytest.mark.parametrize(("args", "prog"), [
    (["evaluate", "x.json", "--bogus"], "counterweight evaluate"),
    (["packet", "show", "p.cwpacket", "--bogus"], "counterweight packet show"),
    (["audit", "log", "p.counterweight", "--bogus"], "counterweight audit log"),
])
def test_an_unknown_option_points_to_the_help_of_its_command(cli, args: list[str], prog: str) -> None:
    result = cli(*args)
    assert result.code == 2
    assert result.err_lines == [f"counterweight: error: unrecognized arguments: --bogus (see '{prog} --help')"]


def test_a_damaged_project_names_the_command_that_lists_its_backups(cli, tmp_path: Path) -> None:
    import shlex

    from counterweight.services.session import ProjectSession
    from tests.factories import small_decision

    path = tmp_path / "my project.counterweight"
    with ProjectSession.create(path, small_decision()):
        pass
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree header: SQLite calls it malformed
    path.write_bytes(bytes(data))
    result = cli("evaluate", path)
    assert result.code == 2 and len(result.err_lines) == 1
    assert "backup copy" in result.err
    hint = result.err.split("To list its automatic backups: ", 1)[1].strip()
    assert shlex.split(hint) == ["counterweight", "backups", str(path)]
    assert "To list" not in cli("backups", path).err  # not offered by the command it names
