"""A spreadsheet export says what it is doing while it runs (session 20).

The workbook's Robustness sheet runs the weight sensitivity, the distance to flip and
the method comparison; with a 1,000 x 60 project that is more than a second on top of
writing the cells, and the window gave no sign. The export showed "Exporting to
<file>…" and the wait cursor. Since session 21 it runs on a worker: the status bar
still says so while it runs, and there is no wait cursor, as the window can be used.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


@pytest.mark.parametrize("name", ["out.xlsx", "out.csv"])
def test_the_export_says_what_it_is_doing_while_it_runs(qtbot, window, tmp_path, monkeypatch, name) -> None:
    from counterweight.reports import csv_export, xlsx_export

    entered, release = threading.Event(), threading.Event()

    def held(real):  # noqa: ANN001, ANN202
        def write(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            entered.set()
            release.wait(10)  # a timeout: run in the GUI thread (before session 21) it must not hang
            return real(*args, **kwargs)
        return write

    monkeypatch.setattr(xlsx_export, "save_workbook", held(xlsx_export.save_workbook))
    monkeypatch.setattr(csv_export, "write_csv", held(csv_export.write_csv))
    actions = window.file_actions.spreadsheets
    try:
        with qtbot.waitSignal(actions.exportFinished, timeout=60_000):
            assert actions.export_spreadsheet(tmp_path / name)
            qtbot.waitUntil(entered.is_set)
            assert window.statusBar().currentMessage() == f"Exporting to {name}…"
            assert QGuiApplication.overrideCursor() is None  # no wait cursor: the window can be used meanwhile
            release.set()
    finally:
        release.set()
    assert window.statusBar().currentMessage().startswith("Exported the decision to")
