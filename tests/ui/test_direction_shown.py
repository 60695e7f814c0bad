"""The window's direction arrows agree with the brief's (one rule: counterweight.domain.direction).

The criteria tree drew the stored direction even where breakpoints decide, and the
score table's header read only the two ends of a value function, so a function that
rises and falls showed an arrow the brief does not show.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from counterweight.domain import Decision, Direction, NumericScale
from counterweight.domain.scales import Breakpoint
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import scorecard_section
from counterweight.services.session import ProjectSession
from counterweight.ui.models.criteria_tree_model import CriteriaTreeModel
from counterweight.ui.models.score_table_model import ScoreTableModel
from counterweight.ui.session_controller import SessionController
from tests.factories import small_decision


def _with_effect(points: list[tuple[float, float]], stored: Direction) -> Decision:
    d = small_decision()
    crit = [c.model_copy(update={"direction": stored, "scale": NumericScale(
        lower=0, upper=10, breakpoints=[Breakpoint(x=x, value=v) for x, v in points])}) if c.id == "effect" else c
        for c in d.criteria]
    return d.model_copy(update={"criteria": crit})


@pytest.mark.parametrize(("points", "stored", "arrow"), [
    ([(0, 0), (5, 100), (10, 40)], Direction.HIGHER_BETTER, ""),  # rises and falls, ends unequal: no end is best
    ([(0, 100), (4, 50), (10, 0)], Direction.HIGHER_BETTER, "↓"),  # falls: lower is better, whatever is stored
    ([(0, 0), (10, 100)], Direction.LOWER_BETTER, "↑"),  # rises
])
def test_tree_header_and_brief_show_the_same_arrow(qtbot, tmp_path: Path, points, stored, arrow) -> None:  # noqa: ANN001
    d = _with_effect(points, stored)
    ctl = SessionController(ProjectSession.create(tmp_path / "d.counterweight", d))
    try:
        tree, table = CriteriaTreeModel(ctl), ScoreTableModel(ctl)
        effect = d.criterion("effect")
        assert tree.describe_scale(effect) == f"0–10 points {arrow}".rstrip()
        column = [c.id for c in d.leaves].index("effect")
        header = table.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert header.split("\n")[1] == f"points {arrow}".rstrip()
        assert f"Effect (points){' ' + arrow if arrow else ''}" in scorecard_section(build_brief(d), lambda _v: "#ccc")
    finally:
        ctl.undo_stack.clear()
        ctl.close_session()
