"""QA 21 items 3 and 5: the Compare methods tab names near ties, VIKOR's compromise set, zero values,
PROMETHEE's preference functions and red-line breaches instead of overstating the disagreement.

The figures are the engine's (checked against pymcdm and hand arithmetic in
tests/engine/test_method_standing.py); here the words on the tab are checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain.methods import CriterionPreference, PreferenceFunction, PrometheeSettings
from counterweight.services.edits import SetMethod, SetWeight
from counterweight.services.session import ProjectSession
from counterweight.ui.session_controller import SessionController
from counterweight.engine.comparison import compare_methods
from counterweight.ui.widgets import comparison_panel
from counterweight.ui.widgets.comparison_panel import ComparisonPanel
from tests.engine.helpers import flat_decision

pytestmark = pytest.mark.qt

FDP, JIC, CEM = "'Full deterrence package'", "'Joint information campaign'", "'Continue escalation management'"


def _panel(qtbot, controller: SessionController) -> ComparisonPanel:  # noqa: ANN001
    panel = ComparisonPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(520, 700)
    panel.show()
    panel.recompute()
    return panel


def test_example_summary_names_the_near_tie_and_the_compromise_set(qtbot, example_session) -> None:  # noqa: ANN001
    panel = _panel(qtbot, SessionController(example_session))
    text = panel.summary_label.text()
    assert text == (f"Methods disagree on the top option: Weighted sum and TOPSIS put {FDP} first; Weighted product "
                    f"has {JIC} and {FDP} in a near tie for first; PROMETHEE II puts {CEM} first; VIKOR proposes the "
                    f"compromise set {FDP} and {JIC}.")
    assert "Weighted product puts" not in text and "VIKOR puts" not in text  # QA 21: what the tab used to say
    lines = panel.caveats()
    assert lines == [
        f"Weighted product: {JIC} leads {FDP} by only 0.03 points out of 100, a near tie (under 0.05 points).",
        f"Weighted product: {CEM} scores 0 because its value on 'Deterrence of further North Korean deployments' "
        "is 0 (a single 0 makes the product 0).",
        "PROMETHEE II uses the usual preference function (type I) on all 7 criteria: any difference, however small, "
        "counts as full preference.",
        f"VIKOR: {FDP} leads on Q by 0.0346, less than DQ = 0.25, so no option has an acceptable advantage and VIKOR "
        "proposes a compromise set (Opricovic & Tzeng 2004).",
    ]
    assert panel.caveats_label.isVisibleTo(panel)
    assert panel.caveats_label.text() == "\n".join(f"• {line}" for line in lines)


def test_a_flagged_option_is_named_with_its_breach(qtbot, example_session) -> None:  # noqa: ANN001
    """QA 21 item 5: Civilian risk at 0 points puts Transfer first under every method; say it breaches the red line."""
    controller = SessionController(example_session)
    civilian = next(c for c in controller.decision.criteria if c.name == "Civilian risk")
    assert controller.submit(SetWeight(civilian.id, 0.0)) is None
    panel = _panel(qtbot, controller)
    assert panel.summary_label.text() == ("All five methods put 'Transfer US cluster munitions' (⚑ breaches the red "
                                          "line on Civilian risk) first.")


def test_near_tie_counts_as_such_and_promethee_thresholds_show(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    # Weighted sum: A1 0.5888 clearly first. Weighted product: A2 0.5 ahead of A1 0.49978, a near tie
    # (tests/engine/test_method_standing.py). The tab compares these two methods and PROMETHEE II only.
    monkeypatch.setattr(comparison_panel, "compare",
                        lambda decision: compare_methods(decision, ["wsm", "wpm", "promethee"]))
    session = ProjectSession.create(tmp_path / "near.counterweight", flat_decision([[90, 27.7533], [50, 50]], [1, 1]))
    controller = SessionController(session)
    try:
        panel = _panel(qtbot, controller)
        cmp = panel.comparison
        assert cmp is not None and cmp.verdict == "near"
        assert panel.summary_label.text().startswith("The methods differ only within ties, near ties or a compromise set: ")
        assert panel.summary_label.text().endswith("'A1' is first or level for first under every method.")
        assert "Weighted product has 'A2' and 'A1' in a near tie for first" in panel.summary_label.text()
        prefs = PrometheeSettings(preferences={"c1": CriterionPreference(function=PreferenceFunction.V_SHAPE, p=20)})
        method = controller.decision.method
        assert controller.submit(SetMethod(method.model_copy(update={"promethee": prefs}))) is None
        panel.recompute()
        assert ("PROMETHEE II preference functions: Type III – V-shape (preference p) on 'C1' (p = 20); the usual "
                "function (type I, no thresholds: any difference counts as full preference) on 'C2'.") in panel.caveats()
    finally:
        controller.undo_stack.clear()
        session.close()


@pytest.mark.parametrize(("zeros", "last"), [
    (3, None),
    (4, "Weighted product: one more option scores 0 for the same reason."),
    (9, "Weighted product: 6 more options score 0 for the same reason."),
])
def test_many_zero_values_are_counted_not_listed(zeros: int, last: str | None) -> None:
    """QA 27's 1,000 x 60 project: one line per option scoring 0 under the weighted product made 966
    lines and a tab 15,000 pixels tall. The first :data:`ZERO_LINES` are named; the rest are counted."""
    from counterweight.ui.widgets.comparison_text import ZERO_LINES, caveats

    table = [[0.0 if i < zeros else 50.0 + i, 40.0 + i] for i in range(12)]  # A1..A{zeros}: 0 on C1
    lines = [line for line in caveats(compare_methods(flat_decision(table, [1.0, 1.0])))
             if line.startswith("Weighted product:") and "0" in line and "near tie" not in line]
    named = [line for line in lines if "scores 0 because its value on 'C1' is 0" in line]
    assert [line.split("'")[1] for line in named] == [f"A{i + 1}" for i in range(min(zeros, ZERO_LINES))]
    assert lines[len(named):] == ([] if last is None else [last])
