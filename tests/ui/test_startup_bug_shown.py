"""A bug while the window is built is shown, not lost on standard error (QA pass 26 item 2).

Under a Turkish locale the window's construction raised, and the process ended with the
traceback on a standard error that a user starting from a menu never sees: nothing
appeared at all. Now the start-up window closes and the bug report dialog opens.
"""

from __future__ import annotations

import pytest

from counterweight.ui import startup

pytestmark = pytest.mark.qt


def _failing_window(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
    raise AttributeError("'interval' is not a Qt property or a signal")


def test_the_report_dialog_opens_after_the_shell_closes(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from counterweight.ui import app as app_module

    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(app_module.SMOKE_TEST_ENV, raising=False)
    monkeypatch.setattr(app_module, "MainWindow", _failing_window)
    shell = startup.make_shell(None)  # not given to qtbot: run_gui deletes it
    shell.show()
    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr(app_module, "show_unexpected_error",
                        lambda parent, kind, exc, tb: shown.append((str(exc), shell.isVisible())))
    assert app_module.run_gui(["counterweight"], shell=shell) == 1
    assert shown == [("'interval' is not a Qt property or a signal", False)]


def test_the_smoke_test_prints_instead_of_waiting_on_a_dialog(qtbot, tmp_path, monkeypatch, caplog) -> None:  # noqa: ANN001
    from counterweight.ui import app as app_module

    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv(app_module.SMOKE_TEST_ENV, "1")
    monkeypatch.setattr(app_module, "MainWindow", _failing_window)
    monkeypatch.setattr(app_module, "show_unexpected_error", lambda *a: pytest.fail("a dialog would wait forever"))
    assert app_module.run_gui(["counterweight"]) == 1
    assert "The window could not be built" in caplog.text and "interval" in caplog.text


def test_a_bug_while_opening_the_first_project_is_shown_too(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from counterweight.ui import app as app_module
    from counterweight.ui.file_actions import FileActions

    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(app_module.SMOKE_TEST_ENV, raising=False)

    def broken_open(actions, path=None):  # noqa: ANN001, ANN202
        raise KeyError("a bug while the project opened")

    monkeypatch.setattr(FileActions, "open_startup", broken_open)
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_unexpected_error", lambda parent, kind, exc, tb: shown.append(kind.__name__))
    assert app_module.run_gui(["counterweight"]) == 1
    assert shown == ["KeyError"]
