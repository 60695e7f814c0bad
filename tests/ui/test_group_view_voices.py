"""The group view says who thought what behind each combined score (session 20).

Before, a group-view cell's tooltip and the score details showed the combined score
with the rationale "Group mean of 2 views." (in English whatever the language) and
the shared score's rationale and evidence unlabelled, as if they were the group's.
Fixture: tests.services.test_analyst_own_reasoning.legacy_copy: Ann keeps the shared
inputs; Charlie x Effect is shared 6 with rationale "fair" and one passage of
"Costing note"; Ben's own score there is 8, stored with a copy of that reasoning (an
older project), which must not show as his.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from counterweight.services.analyst_edits import SetGroupSettings
from tests.services.test_analyst_own_reasoning import legacy_copy
from tests.ui.conftest import controller_on

pytestmark = pytest.mark.qt


@pytest.fixture
def ctl(qtbot, tmp_path: Path):
    yield from controller_on(tmp_path / "voices.counterweight", legacy_copy())


def _tip(model, option_id: str, criterion_id: str) -> list[str]:
    return model.data(model.index_of(option_id, criterion_id), Qt.ItemDataRole.ToolTipRole).split("\n")


def test_the_group_tooltip_names_each_voice_and_labels_the_shared_reasoning(qtbot, ctl) -> None:
    from counterweight.ui.models.score_table_model import ScoreTableModel

    model = ScoreTableModel(ctl)
    ctl.set_view("group")
    assert _tip(model, "c", "effect") == [
        "Charlie \u00d7 Effect", "Group score: 7", "Value: 70 of 100", "The mean of 2 views:",
        "\u2022 Ann: 6, the shared score (no score of their own)", "\u2022 Ben: 8",
        "Shared score's rationale: fair", "Shared score's evidence: Costing note",
        "Scale: 0 to 10 points, higher is better"]
    assert not any(line.startswith(("Rationale:", "Evidence:")) for line in _tip(model, "c", "effect"))
    # the rule and the voices follow the group settings: the shared inputs as a third voice, median
    assert ctl.submit(SetGroupSettings(ctl.decision.group.model_copy(
        update={"scores": "median", "shared_voice": True}))) is None
    tip = _tip(model, "c", "effect")
    assert tip[3:7] == ["The median of 3 views:", "\u2022 Shared inputs: 6",
                        "\u2022 Ann: 6, the shared score (no score of their own)", "\u2022 Ben: 8"]


def test_the_group_score_details_list_the_voices_not_an_english_rule(qtbot, ctl) -> None:
    from counterweight.ui.widgets.score_detail_panel import ScoreDetailPanel

    panel = ScoreDetailPanel(ctl)
    qtbot.addWidget(panel)
    ctl.set_view("group")
    assert panel.show_cell("c", "effect")
    text = panel.rationale_edit.toPlainText()
    assert text.split("\n") == ["The mean of 2 views:", "\u2022 Ann: 6, the shared score (no score of their own)",
                                "\u2022 Ben: 8", "Shared score's rationale: fair"]
    assert "Group mean" not in text
    assert "The evidence listed is the shared score's." in panel.source_label.text()
    assert not panel.rationale_edit.isEnabled() or panel.rationale_edit.isReadOnly()
    assert panel.show_cell("a", "harm")  # no evidence there: the note does not mention it
    assert "evidence listed" not in panel.source_label.text()
