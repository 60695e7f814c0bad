"""The Disagreement tab with analysts who have no inputs of their own yet (h28g).

QA: after adding two analysts and nothing else, every cell read "0 %" in green and the
tab said "No single analyst's inputs change the top option": full agreement, where no
analyst had judged anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox
from counterweight.domain import Decision

from tests.factories import small_decision, two_analysts
from tests.ui.conftest import controller_on

pytestmark = pytest.mark.qt


def _panel(qtbot, tmp_path: Path, decision: Decision):
    from counterweight.ui.widgets.disagreement_panel import DisagreementPanel

    for ctl in controller_on(tmp_path / "p.counterweight", decision):
        widget = DisagreementPanel(ctl)
        qtbot.addWidget(widget)
        widget.resize(700, 900)
        widget.show()
        widget.refresh()
        yield widget


def _rows(panel) -> dict[str, str]:
    return {panel.tops.item(r, 0).text(): panel.tops.item(r, 1).text() for r in range(panel.tops.rowCount())}


def test_two_analysts_with_nothing_of_their_own_are_not_shown_agreeing(qtbot, tmp_path):
    data = small_decision().model_dump()
    data["analysts"] = [{"id": "alice", "name": "Alice"}, {"id": "bob", "name": "Bob"}]
    for panel in _panel(qtbot, tmp_path, Decision.model_validate(data)):
        text = panel.summary.text()
        assert "No analyst has judgements of their own yet (Alice, Bob)" in text
        assert "no disagreement to show" in text
        assert "No single analyst's inputs change the top option" not in text
        rows = _rows(panel)
        assert rows["Alice"] == rows["Bob"] == "— (no judgements of their own yet)"
        assert not rows["Group view"].startswith("—")  # the group view still has its top option
        boxes = {b.accessibleName(): b for b in panel.findChildren(QGroupBox)}
        assert boxes["Top option per analyst"].isVisible()
        for title in ("Scores: coefficient of variation across analysts", "Weights: share of their group (%)",
                      "Disagreements that change the top option"):
            assert boxes[title].isHidden(), title  # no green "0 %" of agreement nobody gave


def test_an_analyst_without_inputs_beside_one_with_says_the_shared_inputs_stand_in(qtbot, tmp_path):
    for panel in _panel(qtbot, tmp_path, two_analysts()):  # Ann keeps the shared inputs; Ben has his own
        text = panel.summary.text()
        assert "The top option would change under Ann's inputs, which are the shared inputs." in text
        assert "No judgements of their own yet: Ann. The shared inputs stand in for them below." in text
        rows = _rows(panel)
        assert rows["Ann"].endswith("(the shared inputs: no judgements of their own yet)")
        assert "no judgements" not in rows["Ben"]
        assert panel.heatmap.rowCount() > 0 and not any(b.isHidden() for b in panel.findChildren(QGroupBox))
