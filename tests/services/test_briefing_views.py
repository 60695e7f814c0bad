"""The brief on a project with analysts, weight sets or scenarios: whose inputs its results use,
the analysts, what the group and each analyst's view put first, the robust choice, and the
analysts' own weighting judgements. Without any of these the brief is as before.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from counterweight.domain import Decision, Score
from counterweight.domain.errors import CounterweightError
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import Brief
from counterweight.reports.summary import pct
from counterweight.reports.brief_html import document_html, title_block, weights_section
from counterweight.reports.brief_views import views_sentences
from counterweight.services import briefing, exchange
from counterweight.services.analyst_edits import (
    SetAnalystElicitation,
    SetAnalystScore,
    SetAnalystWeight,
)
from counterweight.services.briefing import request_for_session, views_note
from counterweight.services.disagreement import disagreement
from counterweight.services.perspective_analysis import robust_choice
from counterweight.services.perspectives import AddScenario, AddWeightSet
from counterweight.services.session import ProjectSession

from tests.factories import small_decision
from tests.services.test_analyst_judgements import ANN_AHP, BEN_AHP, ahp, three_benefits
from tests.services.test_perspectives import BENEFITS, SPIKE


def text(markup: str) -> str:
    """Markup as a reader sees it: tags gone, entities decoded, whitespace single."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def group_project() -> Decision:
    """The QA project (mk_group.py): Ann and Ben judge Benefits by AHP and rate Bravo's harm Low; one
    weight set and one scenario. Shared inputs put Alpha first, the group view and both analysts Bravo."""
    d = three_benefits()
    edits = [SetAnalystElicitation("ann", "benefits", ahp("benefits", ANN_AHP, by="Ann")),
             SetAnalystElicitation("ben", "benefits", ahp("benefits", BEN_AHP, by="Ben")),
             *(SetAnalystScore(a, "b", "harm", Score(option_id="b", criterion_id="harm", level="Low",
                                                    rationale=f"{a} thinks low")) for a in ("ann", "ben")),
             SetAnalystWeight("ann", "risks", 0.5), AddWeightSet(BENEFITS), AddScenario(SPIKE)]
    for edit in edits:
        d = edit.apply(d).decision
    return d


def brief_of(decision: Decision, tmp_path: Path) -> Brief:
    with ProjectSession.create(tmp_path / "p.counterweight", decision) as session:
        request = request_for_session(session)
    return request.build()


@pytest.fixture(scope="module")
def group_brief(tmp_path_factory: pytest.TempPathFactory) -> Brief:
    return brief_of(group_project(), tmp_path_factory.mktemp("group"))


def test_the_brief_says_whose_inputs_its_results_use(group_brief: Brief) -> None:
    said = " ".join(views_sentences(group_brief))
    assert ("The results in this brief (ranking, sensitivity and rank acceptability) come from the shared inputs "
            "with the current weights and base scores, not from the group view, an analyst's own inputs, a weight "
            "set or a scenario.") in said
    title = text(title_block(group_brief))
    assert "Analysts Ann, Ben" in title
    assert "Results use the shared inputs, with the current weights and base scores" in title
    # the summary section carries the sentences, right after the engine's summary
    assert said in text(document_html(group_brief, colour=lambda v: "#ffffff", charts={}))


def test_the_brief_names_the_analysts_and_whether_their_views_agree(group_brief: Brief) -> None:
    said = views_sentences(group_brief)
    assert "The project's analysts are Ann and Ben; both recorded inputs of their own" in said[1]
    report = disagreement(group_brief.decision)
    assert report.group_top == "b" and [t.top for t in report.tops] == ["b", "b"]  # services: Bravo for all
    assert group_brief.summary.top_names == ("Alpha",)
    assert said[3] == ("The views differ on the top option: the group view, Ann's view and Ben's view put Bravo "
                       "first, while the shared inputs used here put Alpha first.")


def test_the_brief_names_the_robust_choice_and_its_reason(group_brief: Brief) -> None:
    robust = robust_choice(group_brief.decision)
    name = robust.option_names[robust.choice_id]
    worst = robust.pairs[robust.worst_pair[robust.choice_id]].label
    regret = robust.max_regret[robust.choice_id]
    assert (name, worst, round(regret, 1)) == ("Charlie", "Benefits view \u00d7 Base scores", 10.0)
    assert views_sentences(group_brief)[-1] == (  # h25k: after the sentence on the shared weights no one holds
        "Across 4 combinations of weights (the current weights, Benefits view) and scores (the base scores, Harm "
        "spike), the robust choice by minimax regret is Charlie: its largest regret, 10.0 points (under Benefits "
        "view \u00d7 Base scores), is the smallest of any option.")


def test_analysts_judgements_are_not_called_absent(group_brief: Brief) -> None:
    section = text(weights_section(group_brief))
    assert "No weighting judgements are recorded: the weights were entered directly as points." not in section
    assert "No weighting judgements are recorded in the shared inputs" in section
    assert "Ann and Ben recorded weighting judgements of their own" in section
    assert ("Benefits (Ann's own): AHP pairwise comparison by Ann. Judgements: Effect over Cost: 2; Effect over "
            "Speed: 4; Cost over Speed: 4.") in section
    assert "Benefits (Ben's own): AHP pairwise comparison by Ben." in section
    assert "Consistency ratio 0.046" in section
    # and the How set column says whose points the results use
    assert "Shared points entered directly; no shared judgement recorded (Ann and Ben recorded their own)" in section


def test_views_that_agree_are_said_to_agree(tmp_path: Path) -> None:
    brief = brief_of(three_benefits(), tmp_path)  # Ann and Ben, no inputs of their own
    said = views_sentences(brief)
    assert said[1] == ("The project's analysts are Ann and Ben; none has recorded inputs of their own (scores, "
                       "weights or weighting judgements).")
    assert said[2] == "The group view and each analyst's view (Ann's view and Ben's view) also put Alpha first."
    assert len(said) == 3  # no weight set or scenario: no robust choice
    assert "No weighting judgements are recorded: the weights were entered directly as points." in text(
        weights_section(brief))


def test_views_that_differ_are_named_one_by_one(tmp_path: Path) -> None:
    d = SetAnalystScore("ann", "b", "harm", Score(option_id="b", criterion_id="harm", level="Low")).apply(
        three_benefits()).decision
    said = views_sentences(brief_of(d, tmp_path))
    assert said[1].startswith("The project's analysts are Ann and Ben; Ann recorded inputs of their own, Ben did not")
    assert said[3] == ("The views differ on the top option: the group view and Ben's view put Alpha first, as these "
                       "numbers do; Ann's view puts Bravo first.")


def test_weight_sets_and_scenarios_without_analysts(tmp_path: Path) -> None:
    d = AddScenario(SPIKE).apply(AddWeightSet(BENEFITS).apply(small_decision()).decision).decision
    brief = brief_of(d, tmp_path)
    said = views_sentences(brief)
    assert said[0] == ("The results in this brief (ranking, sensitivity and rank acceptability) come from the current "
                       "weights and base scores, not from the project's weight sets or scenarios.")
    assert said[1].startswith("Across 4 combinations of weights (the current weights, Benefits view) and scores "
                              "(the base scores, Harm spike), the robust choice by minimax regret is ")
    assert len(said) == 2
    assert "Analysts" not in text(title_block(brief))


def test_a_view_that_cannot_be_computed_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(decision: Decision, **_given: object) -> None:  # given: the group view, made once by the brief
        raise CounterweightError("the judgements of Ann no longer fit Benefits")

    monkeypatch.setattr(briefing, "disagreement", broken)
    note = views_note(group_project())
    assert note is not None and note.views_problem == "the judgements of Ann no longer fit Benefits"
    assert note.robust_name == "Charlie"


def test_the_annex_lists_each_analysts_own_scores_under_the_shared_one(group_brief: Brief) -> None:
    """Whose judgement: Bravo's civilian harm is shared High, but Ann and Ben each rated it Low with a
    reason of their own; the annex printed only the shared score, so the brief could not show it."""
    from counterweight.reports.brief_annex import annex_section

    annex = text(annex_section(group_brief))
    shared = group_brief.decision.score("b", "harm")
    bravo = annex[annex.index("Bravo Risks"):]  # Bravo's entries, under the Risks group (QA 25 item 8)
    harm = bravo[bravo.index("Civilian harm"):]
    assert harm.startswith(f"Civilian harm : level {shared.level}. {shared.rationale} "
                           "No evidence recorded for this score. "
                           "Ann\u2019s own score : level Low. ann thinks low "
                           "Ben\u2019s own score : level Low. ben thinks low"), harm[:200]
    assert "any analyst's own score of the same cell" in annex
    assert annex.count("own score :") == 2  # no other cell has an analyst's score


def test_the_brief_says_how_the_group_view_is_formed_and_whose_weights_differ(group_brief: Brief) -> None:
    """QA pass 19: the brief named the views that differ but never their weights, nor the group rule."""
    from counterweight.engine.weights import compute_weights
    from counterweight.services.group import analyst_view, group_view

    d = group_brief.decision
    said = views_sentences(group_brief)
    assert said[2] == ("The group view takes the mean of the analysts' scores and the mean of their weights; the "
                       "shared inputs are not counted as a voice; pairwise (AHP) judgements are combined by the "
                       "geometric mean of each pair's judgements (AIJ).")
    weights = dict(group_brief.views.view_weights)
    assert list(weights) == ["", "Ann", "Ben", "group"]
    assert weights["Ann"] == compute_weights(analyst_view(d, "ann").criteria).global_
    assert weights["group"] == compute_weights(group_view(d).criteria).global_
    assert weights["Ann"]["risks"] != weights[""]["risks"]  # Ann gave Risks points of her own
    section = text(weights_section(group_brief))
    assert "Weights in each view" in section
    assert "Shared (used here) Ann\u2019s view Ben\u2019s view Group view" in section
    risks = section[section.index("Weights in each view"):]
    risks = risks[risks.index("Risks"):][:80]
    assert risks.startswith("Risks " + " ".join(pct(weights[v]["risks"]) for v in ("", "Ann", "Ben", "group"))), risks


def test_a_project_without_analysts_has_no_view_weights(tmp_path: Path) -> None:
    brief = brief_of(exchange.read_file(example_decision_path()), tmp_path)
    assert "Weights in each view" not in text(weights_section(brief))


def test_the_annex_says_which_scores_rest_on_no_evidence() -> None:
    """QA pass 19: the matrix hatches scores with no evidence, but the annex said nothing of them."""
    from counterweight.reports.brief_annex import annex_section
    from counterweight.reports.brief_content import build_brief

    example = exchange.read_file(example_decision_path())
    stripped = [s.model_copy(update={"evidence": ()}) if i % 5 == 0 else s for i, s in enumerate(example.scores)]
    example = example.model_copy(update={"scores": stripped})
    annex = text(annex_section(build_brief(example)))
    bare = sum(1 for s in example.scores if not s.evidence)
    assert bare == 7 and len(example.scores) > bare
    assert annex.count("No evidence recorded for this score.") == bare
    assert annex.count("Evidence:") == sum(len(s.evidence) for s in example.scores)


def test_analysts_who_share_a_name_are_told_apart_in_the_brief(tmp_path: Path) -> None:
    """An older project may name two analysts "Ann": the brief read "Ann and Ann"."""
    from counterweight.domain.analysts import Analyst

    d = group_project()
    twins = [a.model_copy(update={"name": "Ann"}) if a.id == "ben" else a for a in d.analysts]
    same = d.model_copy(update={"analysts": twins})
    note = views_note(same)
    assert note is not None and note.analysts == ("Ann (1)", "Ann (2)")
    brief = brief_of(same, tmp_path)
    assert brief.analysts[-2:] == ("Ann (1)", "Ann (2)")
    assert {n.analyst for n in brief.elicitations if n.analyst} == {"Ann (1)", "Ann (2)"}
    assert isinstance(twins[0], Analyst)


def test_the_example_has_no_views_to_report(tmp_path: Path) -> None:
    example = exchange.read_file(example_decision_path())
    assert views_note(example) is None
    brief = brief_of(example, tmp_path)
    assert brief.views is None and views_sentences(brief) == []
    markup = text(document_html(brief, colour=lambda v: "#ffffff", charts={}))
    assert "Results use" not in markup and "shared inputs" not in markup and "robust choice" not in markup
    # QA pass 19: the example's weights were elicited by its author, who is no analyst of the project
    assert "Weights elicited by Example author" in markup and "Analysts" not in markup


def test_an_option_excluded_by_a_red_line_is_no_robust_tie() -> None:
    # Bravo (10 $bn) breaches a 9 $bn cost ceiling in every pair, so it takes no part. By hand
    # (module docstring of tests/services/test_perspectives.py): base weights Alpha 68.75,
    # Charlie 60; Benefits view Alpha 37.5, Charlie 60 (Bravo's 80 no longer sets the best).
    # Worst regrets: Alpha 60 - 37.5 = 22.5, Charlie 68.75 - 60 = 8.75: Charlie, 8.75 points.
    from counterweight.domain import RedLine, RedLineAction

    data = AddWeightSet(BENEFITS).apply(small_decision()).decision.model_dump()
    data["red_lines"] = [RedLine(id="r", criterion_id="cost", limit=9, action=RedLineAction.EXCLUDE).model_dump()]
    note = views_note(Decision.model_validate(data))
    assert note is not None and note.robust_name == "Charlie"
    assert note.robust_regret == pytest.approx(8.75) and note.robust_ties == ()


def test_the_brief_names_every_option_tied_best_everywhere() -> None:
    """A and B score 50 under any weights, C 10: both are best in every combination. The brief said only
    "A ... is best in every combination", as though B were worse."""
    from tests.services.test_perspectives import flat_decision

    from counterweight.reports.brief_views import _robust

    data = flat_decision([[50, 50], [50, 50], [10, 10]], [1, 1]).model_dump()
    data["options"] = [{**o, "name": n} for o, n in zip(data["options"], "ABC")]
    data["weight_sets"] = [{"id": "ws", "name": "Other", "weights": {c["id"]: 1.0 for c in data["criteria"]}}]
    note = views_note(Decision.model_validate(data))
    assert note is not None and note.robust_name == "A" and note.robust_ties == ("B",)
    sentence = _robust(note)
    assert "A and B are each best in every combination, so none of them ever has any regret" in sentence
    assert "A is named because it comes first in the option list" in sentence


def test_the_brief_says_why_there_is_no_robust_choice() -> None:
    """Every option breaches an excluding red line: the brief said nothing about the robust choice."""
    from counterweight.domain import RedLine, RedLineAction
    from counterweight.reports.brief_views import _robust

    data = AddWeightSet(BENEFITS).apply(small_decision()).decision.model_dump()
    data["red_lines"] = [RedLine(id="r", criterion_id="cost", limit=1, action=RedLineAction.EXCLUDE).model_dump()]
    note = views_note(Decision.model_validate(data))
    assert note is not None and note.robust_name is None
    assert "Every option is excluded by a red line" in _robust(note) and "no robust choice" in _robust(note)


@pytest.mark.parametrize("view", [None, briefing.GROUP])
def test_the_brief_makes_the_group_view_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, view) -> None:
    """The group view weighs every analyst's judgements again: a brief made it two or three times (its own view,
    the disagreement analysis, the views' weights), each off the GUI thread but adding to the wait."""
    from counterweight.services import disagreement as disagreement_module
    from counterweight.services import group

    real, made = group.group_view, []

    def counting(decision: Decision) -> Decision:
        made.append(decision.id)
        return real(decision)

    for module in (group, briefing, disagreement_module):
        monkeypatch.setattr(module, "group_view", counting)
    with ProjectSession.create(tmp_path / "p.counterweight", group_project()) as session:
        request = request_for_session(session, view=view)
    brief = request.build()
    assert len(made) == 1
    assert brief.views is not None and brief.views.group_top and len(brief.views.view_weights) == 4
