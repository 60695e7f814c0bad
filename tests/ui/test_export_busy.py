"""A spreadsheet export says what it is doing while it runs (session 20).

The workbook's Robustness sheet runs the weight sensitivity, the distance to flip and
the method comparison; with a 1,000 x 60 project that is more than a second on top of
writing the cells, and the window gave no sign. The export now shows "Exporting to
<file>…" and the wait cursor, as opening a large project does, and puts both back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


@pytest.mark.parametrize("name", ["out.xlsx", "out.csv"])
def test_the_export_shows_the_wait_cursor_and_says_so(window, tmp_path, monkeypatch, name) -> None:
    from counterweight.reports import csv_export, xlsx_export

    seen: list[tuple[object, str]] = []

    def record(*_args, **_kwargs) -> None:  # noqa: ANN002, ANN003
        cursor = QGuiApplication.overrideCursor()
        seen.append((cursor.shape() if cursor is not None else None, window.statusBar().currentMessage()))

    monkeypatch.setattr(xlsx_export, "write_xlsx", record)
    monkeypatch.setattr(csv_export, "write_csv", record)
    assert window.file_actions.spreadsheets.export_spreadsheet(tmp_path / name)
    assert seen == [(Qt.CursorShape.WaitCursor, f"Exporting to {name}…")]
    assert QGuiApplication.overrideCursor() is None  # put back
    assert window.statusBar().currentMessage().startswith("Exported the decision to")
