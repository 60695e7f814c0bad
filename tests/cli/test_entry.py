"""The entry points: window or command line, --version/--help, and no Qt in the CLI."""

from __future__ import annotations

import importlib.abc
import subprocess
import sys
import types
from pathlib import Path

import pytest

import counterweight
import counterweight.__main__ as entry
from tests.cli.conftest import run_subprocess, subprocess_env


@pytest.fixture
def gui_calls(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Replace ``gui_main`` by a recorder so no window opens."""
    calls: list[list[str]] = []

    def fake_gui(argv: list[str] | None = None) -> int:
        calls.append(list(argv or []))
        return 0

    monkeypatch.setattr(entry, "gui_main", fake_gui)
    return calls


# ------------------------------------------------------------------ version and help


def test_version_in_process(cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"counterweight {counterweight.__version__}"
    assert result.err == ""


def test_version_in_subprocess() -> None:
    result = run_subprocess(["--version"])
    assert result.code == 0, result.err
    assert result.out.strip() == f"counterweight {counterweight.__version__}"


def test_help_lists_every_command_and_exit_codes(cli) -> None:
    result = cli("--help")
    assert result.code == 0
    for command in ("evaluate", "export", "import", "validate"):
        assert command in result.out
    assert "exit status" in result.out and "70" in result.out


def test_evaluate_help_documents_the_json_keys(cli) -> None:
    result = cli("evaluate", "--help")
    assert result.code == 0
    for key in ("file", "decision", "method", "options", "diagnostics", "contributions", "rank", "score"):
        assert f"{key}" in result.out
    for name in ("value_function", "min_max", "max_linear", "sum", "vector"):
        assert name in result.out


# ------------------------------------------------------------------ dispatch


def test_no_arguments_opens_the_window(gui_calls) -> None:
    assert entry.main([]) == 0
    assert gui_calls == [[]]


@pytest.mark.parametrize("suffix", [".json", ".counterweight", ".JSON"])
def test_a_single_existing_decision_file_opens_the_window(tmp_path: Path, gui_calls, suffix: str) -> None:
    path = tmp_path / f"decision{suffix}"
    path.write_bytes(b"{}")
    assert entry.main([str(path)]) == 0
    assert gui_calls == [[str(path)]]


def test_window_flag_with_a_file_opens_the_window(example_json: Path, gui_calls) -> None:
    assert entry.main(["--read-only", str(example_json)]) == 0
    assert gui_calls == [["--read-only", str(example_json)]]


def test_subcommands_never_open_the_window(cli, gui_calls, example_json: Path) -> None:
    assert cli("validate", example_json).code == 0
    assert cli("--version").code == 0
    assert gui_calls == []


def test_missing_decision_file_is_an_error_not_a_window(cli, gui_calls, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.counterweight"
    result = cli(missing)
    assert gui_calls == []
    assert result.code == 2
    assert len(result.err_lines) == 1
    assert result.err.startswith("counterweight: error: ")
    assert str(missing) in result.err


def test_a_folder_named_like_a_project_is_said_to_be_a_folder(cli, gui_calls, tmp_path: Path) -> None:
    folder = tmp_path / "plan.counterweight"
    folder.mkdir()
    result = cli(folder)
    assert gui_calls == []
    assert result.code == 2
    assert len(result.err_lines) == 1  # was: "argument COMMAND: invalid choice: '.../plan.counterweight'"
    assert result.err.startswith(f"counterweight: error: {folder}: this is a folder, not a project or decision file")


def test_existing_file_of_another_kind_is_not_opened(cli, gui_calls, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    result = cli(other)
    assert gui_calls == []
    assert result.code == 2
    assert len(result.err_lines) == 1


def test_gui_main_passes_the_file_and_qt_arguments(monkeypatch: pytest.MonkeyPatch, example_json: Path) -> None:
    seen: dict[str, object] = {}

    def launch(argv: list[str], path: str | None = None) -> int:
        seen["argv"], seen["path"] = argv, path
        return 5

    fake = types.ModuleType("counterweight.ui.startup")
    fake.launch = launch  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "counterweight.ui.startup", fake)
    assert entry.gui_main(["-style", "fusion", str(example_json)]) == 5
    assert seen["path"] == str(example_json)
    assert seen["argv"][1:] == ["-style", "fusion"]  # type: ignore[index]


def test_cli_main_never_opens_the_window(cli, gui_calls, capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.cli_main([]) == 2  # no command: a usage error, not the window
    assert gui_calls == []
    assert "counterweight: error:" in capsys.readouterr().err


class _NoQt(importlib.abc.MetaPathFinder):
    """Make the window module fail as it does where PySide6 is not installed."""

    def find_spec(self, fullname, path=None, target=None):  # noqa: ANN001, ANN201
        if fullname == "counterweight.ui.startup":
            raise ModuleNotFoundError("No module named 'PySide6'", name="PySide6")
        return None


def test_window_without_pyside6_says_so(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.delitem(sys.modules, "counterweight.ui.startup", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_NoQt(), *sys.meta_path])
    code = entry.gui_main([])
    err = capsys.readouterr().err
    assert code == entry.EXIT_GUI_UNAVAILABLE
    assert len(err.splitlines()) == 1
    assert "PySide6" in err and "Traceback" not in err


# ------------------------------------------------------------------ no Qt in the CLI

_COMMANDS_SCRIPT = """
import sys
from pathlib import Path
{block}
from counterweight.__main__ import main
example, tmp = sys.argv[1], Path(sys.argv[2])
codes = [
    main(["evaluate", example, "--json"]),
    main(["evaluate", example]),
    main(["validate", example]),
    main(["import", example, "-o", str(tmp / "p.counterweight")]),
    main(["evaluate", str(tmp / "p.counterweight")]),
    main(["export", str(tmp / "p.counterweight"), "-o", str(tmp / "p.json")]),
    main(["--version"]),
]
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6") and sys.modules[m] is not None)
print("CODES", codes)
print("QT", qt)
"""

_BLOCK_QT = """
for name in ("PySide6", "shiboken6"):
    sys.modules[name] = None  # any import of Qt now fails
"""


@pytest.mark.parametrize("block", [False, True], ids=["qt-installed", "qt-unimportable"])
def test_commands_never_import_pyside6(tmp_path: Path, example_json: Path, block: bool) -> None:
    script = _COMMANDS_SCRIPT.format(block=_BLOCK_QT if block else "")
    proc = subprocess.run(
        [sys.executable, "-c", script, str(example_json), str(tmp_path)],
        capture_output=True, text=True, encoding="utf-8", env=subprocess_env(), timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "CODES [0, 0, 0, 0, 0, 0, 0]" in proc.stdout, proc.stdout + proc.stderr
    assert "QT []" in proc.stdout


def test_importtime_shows_no_qt(example_json: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "counterweight", "evaluate", str(example_json), "--json"],
        capture_output=True, text=True, encoding="utf-8", env=subprocess_env(), timeout=120,
    )
    assert proc.returncode == 0
    imported = [line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line]
    assert "counterweight.cli.main" in imported  # the import log was captured at all
    assert not [m for m in imported if m.startswith(("PySide6", "shiboken6", "counterweight.ui"))]


def test_help_names_the_commands_that_change_the_file_they_are_given(cli) -> None:
    """QA round 10: the help said only evaluate, export and validate read files (most commands only read)."""
    text = " ".join(cli("--help").out.split())
    assert "only read by evaluate, export and validate" not in text
    for command in ("packet export", "packet return", "packet import", "packet undo-import", "backups --restore"):
        assert command in text
