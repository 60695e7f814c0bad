"""QA 22 item 11: a weight reads the same wherever it is shown.

Elicited weights are stored as points rounded to 0.01 (``round(100 * w, 2)``). Rank-sum
over six criteria gives the third 4/21 = 19.0476 %, stored as 19.05 points out of
100.00, so the weight the project holds is 19.05 %, which rounds to 19.1 %. The
weighting dialog's preview showed the unrounded 19.0 % as "Local new" beside a "Global
new" of 19.1 %, and the brief's elicitation paragraph said 19.0 % above a weights table
saying 19.1 %. Every place now shows the stored weight: the preview (new and now), the
weights panel after OK, the brief's paragraph, its weights table and its scorecard.
"""

from __future__ import annotations

import re

import pytest

from counterweight.domain import Criterion, Decision, Elicitation, NumericScale, Option, Score, WeightMethod
from counterweight.engine import evaluate
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import scorecard_section, weights_section
from counterweight.services.briefing import elicitation_notes
from counterweight.services.elicitation import SetElicitation, compute_elicitation
from tests.ui.conftest import controller_on

IDS = tuple(f"c{k}" for k in range(1, 7))
RANK_SUM = Elicitation(method=WeightMethod.RANK_SUM, ranks={c: k for k, c in enumerate(IDS, start=1)})


def _decision() -> Decision:
    crit = [Criterion(id=c, name=f"Criterion {c[1]}", scale=NumericScale(lower=0, upper=10), weight=1) for c in IDS]
    opts = [Option(id="a", name="Alpha"), Option(id="b", name="Bravo")]
    scores = [Score(option_id=o.id, criterion_id=c, value=k + j) for j, o in enumerate(opts) for k, c in enumerate(IDS)]
    return Decision(id="roundings", title="Roundings", options=opts, criteria=crit, scores=scores)


def _pct(share: float) -> str:
    return f"{100 * share:.1f}"


def test_the_outcome_carries_the_stored_weights() -> None:
    d = _decision()
    out = compute_elicitation(d, RANK_SUM)
    assert _pct(out.local["c3"]) == "19.0" and out.points["c3"] == 19.05  # the case QA 22 met
    stored = evaluate(SetElicitation(RANK_SUM).apply(d).decision)
    for c in IDS:  # exactly the numbers the weights panel and the brief compute after OK
        assert out.stored_local[c] == stored.local_weights[c]
        assert out.global_[c] == stored.global_weights[c]
    assert _pct(out.stored_local["c3"]) == _pct(out.global_["c3"]) == "19.1"


def test_the_brief_says_the_same_weight_in_its_paragraph_table_and_scorecard() -> None:
    d = SetElicitation(RANK_SUM).apply(_decision()).decision
    brief = build_brief(d, elicitations=elicitation_notes(d))
    markup = weights_section(brief)
    said = dict(re.findall(r"(Criterion \d) (\d+\.\d) %", markup.split("Resulting weights:")[1].split("</p>")[0]))
    rows = dict(re.findall(r"<td>(Criterion \d)</td><td[^>]*>(\d+\.\d) %</td>", markup))
    card = dict(re.findall(r"(Criterion \d)[^<]*<br><span class=\"small\">weight (\d+\.\d) %", scorecard_section(
        brief, lambda v: "#ffffff")))
    assert said["Criterion 3"] == "19.1"
    assert said == rows == card and len(said) == 6


@pytest.fixture
def roundings(qtbot, tmp_path):
    yield from controller_on(tmp_path / "roundings.counterweight", _decision())


def test_the_preview_and_the_weights_panel_agree(qtbot, roundings) -> None:
    from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
    from counterweight.ui.dialogs.weighting_preview import COL_NEW_GLOBAL, COL_NEW_LOCAL, COL_NOW_GLOBAL, COL_NOW_LOCAL
    from counterweight.ui.widgets.weights_panel import WeightsPanel

    panel = WeightsPanel(roundings)
    qtbot.addWidget(panel)
    dialog = WeightingDialog(roundings, None)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.set_method(WeightMethod.RANK_SUM)
    for k, c in enumerate(IDS, start=1):
        dialog.rank_editor.spins[c].setValue(k)
    qtbot.waitUntil(lambda: dialog.preview.item(2, COL_NEW_LOCAL).text() not in ("", "—"), timeout=3000)
    new = [(dialog.preview.item(r, COL_NEW_LOCAL).text(), dialog.preview.item(r, COL_NEW_GLOBAL).text())
           for r in range(len(IDS))]
    assert new[2] == ("19.1 %", "19.1 %")  # was 19.0% beside 19.1%
    assert all(local == overall for local, overall in new)
    dialog.accept()
    qtbot.waitUntil(lambda: panel.item("c3").text(WeightsPanel.COL_GLOBAL) == "19.1 %", timeout=3000)
    shown = [(panel.item(c).text(WeightsPanel.COL_LOCAL), panel.item(c).text(WeightsPanel.COL_GLOBAL)) for c in IDS]
    assert shown == new  # the panel shows what the preview promised
    again = WeightingDialog(roundings, None)
    qtbot.addWidget(again)
    again.open()
    qtbot.waitExposed(again)
    now = [(again.preview.item(r, COL_NOW_LOCAL).text(), again.preview.item(r, COL_NOW_GLOBAL).text())
           for r in range(len(IDS))]
    assert now == new
