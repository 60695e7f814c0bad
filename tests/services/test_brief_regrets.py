"""The brief's table of ranks across weight sets and scenarios (QA 25 item 13), without Qt.

QA 25: "The perspective and the scenario appear in a single sentence. There is no table of
ranks across them." The table's ranks and regrets are checked against
:func:`robust_choice` itself, the robust choice is first and marked, an option a red line
leaves out of some combination is shown as such with no regret, and with many combinations
the table turns to one row per combination.
"""

from __future__ import annotations

from counterweight.domain import Decision, RedLine, RedLineAction
from counterweight.domain.perspectives import ScoreOverride, ScoreScenario, WeightSet
from counterweight.reports import brief_regrets
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import document_html
from counterweight.reports.brief_regrets import regrets_section
from counterweight.services.brief_disputes import regret_facts
from counterweight.services.briefing import views_note
from counterweight.services.perspective_analysis import robust_choice
from tests.factories import small_decision

BENEFITS = WeightSet(id="ben", name="Benefits view", weights={"risks": 0})
SPIKE = ScoreScenario(id="spike", name="Harm spike",
                      overrides=[ScoreOverride(option_id="b", criterion_id="harm", level="Severe")])


def _perspectives(**extra: object) -> Decision:
    return small_decision().model_copy(update={"weight_sets": [BENEFITS], "scenarios": [SPIKE], **extra})


def _section(d: Decision) -> str:
    return regrets_section(build_brief(d, views=views_note(d)))


def test_ranks_and_regrets_are_robust_choices_own() -> None:
    d = _perspectives()
    robust = robust_choice(d)
    facts = regret_facts(robust)
    assert facts["combination_labels"] == tuple(str(p.label) for p in robust.pairs)
    rows = facts["regret_rows"]
    assert rows[0].is_choice and rows[0].option == robust.option_names[robust.choice_id]
    assert sum(r.is_choice for r in rows) == 1
    names = {v: k for k, v in robust.option_names.items()}
    for r in rows:
        oid = names[r.option]
        assert r.ranks == tuple(p.ranks[oid] for p in robust.pairs)
        assert r.max_regret == robust.max_regret[oid]
    regrets = [r.max_regret for r in rows]
    assert regrets == sorted(regrets)


def test_the_section_is_a_table_of_ranks_with_the_robust_choice_marked() -> None:
    d = _perspectives()
    html = _section(d)
    assert "<h2>Across weight sets and scenarios</h2>" in html
    robust = robust_choice(d)
    for p in robust.pairs:
        assert p.weight_set_name in html and p.scenario_name in html
    choice = robust.option_names[robust.choice_id]
    assert f"<td>{choice} <b>(robust choice)</b></td>" in html
    assert html.count("<tr><td>") == len(d.options)


def test_an_option_left_out_by_a_red_line_reads_so_and_has_no_regret() -> None:
    line = RedLine(id="rl", criterion_id="harm", level="High", action=RedLineAction.EXCLUDE)
    d = _perspectives(red_lines=[line])
    rows = regret_facts(robust_choice(d))["regret_rows"]
    bravo = next(r for r in rows if r.option == "Bravo")
    assert "excluded" in bravo.ranks and bravo.max_regret is None and rows[-1] is bravo
    assert "red line" in _section(d)


def test_many_combinations_turn_the_table(monkeypatch) -> None:
    monkeypatch.setattr(brief_regrets, "WIDE", 2)
    d = _perspectives()
    html = _section(d)
    robust = robust_choice(d)
    assert "<th" in html and "Ranked first" in html
    assert html.count("<tr><td>") == len(robust.pairs)
    assert "Largest regret (points):" in html


def test_no_section_without_weight_sets_or_scenarios() -> None:
    assert _section(small_decision()) == ""


def test_the_section_follows_the_weights() -> None:
    d = _perspectives()
    html = document_html(build_brief(d, views=views_note(d)), colour=lambda v: "#ffffff", charts={})
    assert html.index("<h2>Weights</h2>") < html.index("<h2>Across weight sets and scenarios</h2>") \
        < html.index("<h2>Sensitivity</h2>")
