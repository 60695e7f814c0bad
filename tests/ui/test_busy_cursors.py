"""The wait cursor during the remaining second-long stalls in the GUI thread (QA 27, finding 9).

Export JSON (1.8 s on a 1,000 x 60 project) showed no sign of being busy. The cursor is
looked at while the slow call runs. (The Compare methods tab's stall now runs on a worker:
tests/ui/test_comparison_worker.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


pytestmark = pytest.mark.qt


def _cursor() -> Qt.CursorShape | None:
    cursor = QGuiApplication.overrideCursor()
    return cursor.shape() if cursor is not None else None


def test_export_json_shows_the_wait_cursor_and_says_what_it_writes(window, controller, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from counterweight.services import projects

    seen: list[tuple[Qt.CursorShape | None, str]] = []
    real = projects.export_json

    def export(decision, target):  # noqa: ANN001, ANN202
        seen.append((_cursor(), window.statusBar().currentMessage()))
        return real(decision, target)

    monkeypatch.setattr(projects, "export_json", export)
    assert window.file_actions.json_files.export_json(tmp_path / "out.json")
    assert seen == [(Qt.CursorShape.WaitCursor, "Exporting to out.json…")]
    assert _cursor() is None and (tmp_path / "out.json").exists()
