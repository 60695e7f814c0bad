"""What the criteria panel's tests share: the panel on the small decision, an isolated home, and
opening the criterion dialog on one criterion with a scripted user."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from counterweight.ui.dialogs.criterion_dialog import CriterionDialog
from counterweight.ui.widgets.criteria_panel import CriteriaPanel


def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the tests' settings and recent files out of the user's Counterweight folder."""
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


def criteria_panel(qtbot, controller) -> CriteriaPanel:  # noqa: ANN001 - pytest-qt and conftest fixtures
    """The criteria panel on ``controller``, shown."""
    widget = CriteriaPanel(controller)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def edit_criterion(panel: CriteriaPanel, monkeypatch: pytest.MonkeyPatch, criterion_id: str,
                   action: Callable[[CriterionDialog], object]) -> list[list[str]]:
    """Open the dialog on ``criterion_id``, run ``action`` on it, press OK; return the problems it listed."""
    seen: list[list[str]] = []

    def fake_exec(dialog: CriterionDialog) -> int:
        action(dialog)
        seen.append(dialog.problems())
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CriterionDialog, "exec", fake_exec)
    panel.select_criterion(criterion_id)
    panel.edit_action.trigger()
    return seen
