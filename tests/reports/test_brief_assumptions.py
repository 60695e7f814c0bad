"""QA 25's last item: the brief says which inputs nobody is recorded as having judged."""

from __future__ import annotations

import re

from counterweight.domain import Criterion, Decision, Option, Score
from counterweight.domain.elicitation import Elicitation, WeightMethod
from counterweight.domain.scales import NumericScale
from counterweight.locations import example_decision_path
from counterweight.reports.brief_assumptions import (
    assumption_sentences,
    fitted_scales,
    support_sentence,
    unset_weight_nodes,
    weightless_nodes,
    weightless_sentence,
    weights_sentence,
)
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import document_html
from counterweight.services import exchange
from tests.factories import small_decision


def _with(decision: Decision, **update: object) -> Decision:
    return Decision.model_validate({**decision.model_dump(), **update})


def _criteria(decision: Decision, cid: str, **update: object) -> list[dict]:
    return [{**c.model_dump(), **update} if c.id == cid else c.model_dump() for c in decision.criteria]


def _heads(decision: Decision) -> list[str]:
    markup = document_html(build_brief(decision), colour=lambda v: "#ffffff", charts={})
    return re.findall(r"<h2[^>]*>(.*?)</h2>", markup)


def test_the_example_has_nothing_to_flag_so_no_section() -> None:
    example = exchange.read_file(example_decision_path())
    assert assumption_sentences(build_brief(example)) == []
    assert "Assumptions to check" not in _heads(example)


def test_equal_weights_with_no_weighting_recorded_are_named_where_they_are() -> None:
    d = small_decision()  # top level Risks 1 : Benefits 1, nothing elicited; Benefits 3 : 1; Risks has one child
    assert unset_weight_nodes(d) == [None]
    assert weights_sentence(d) == (
        "These weigh the same as one another and no weighting is recorded for them, so their equal weights are "
        "the starting point, not a judgement: “Risks” and “Benefits” (the top level).")
    heads = _heads(d)
    assert heads[heads.index("Ranking") + 1] == "Assumptions to check"  # no Options section: no descriptions
    # a weighting recorded for the top level, or weights that differ, is a judgement: nothing to say
    judged = _with(d, elicitations=[Elicitation(node_id=None, method=WeightMethod.SWING,
                                                swing_points={"risks": 100, "benefits": 100}).model_dump()])
    assert weights_sentence(judged) == ""
    assert weights_sentence(_with(d, criteria=_criteria(d, "risks", weight=2))) == ""
    # equal inside Benefits as well (and no group elicited): every node, so one plain sentence
    flat = _with(d, criteria=_criteria(d, "effect", weight=1))
    assert unset_weight_nodes(flat) == [None, "benefits"]
    assert weights_sentence(flat).startswith("Every criterion weighs the same as the others beside it")


def test_a_numeric_scale_fitted_to_the_scores_is_named_unless_it_carries_no_weight() -> None:
    d = small_decision()  # Cost scored 2, 10 and 8 on 0-20
    assert fitted_scales(d, build_brief(d).evaluation) == []
    fitted = _with(d, criteria=_criteria(d, "cost", scale=NumericScale(lower=2, upper=10).model_dump()))
    brief = build_brief(fitted)
    assert fitted_scales(fitted, brief.evaluation) == ["Cost"]
    assert any(s.startswith("The scale of “Cost” runs exactly from the lowest to the highest score given")
               for s in assumption_sentences(brief))
    unweighted = _with(fitted, criteria=[{**c, "weight": 0} if c["id"] == "cost" else c
                                         for c in _criteria(fitted, "cost")])
    assert fitted_scales(unweighted, build_brief(unweighted).evaluation) == []


def test_a_full_scale_is_not_called_fitted_since_a_fixed_scale_can_be_filled_too() -> None:
    """QA 29 finding 8: a 0-10 scale the scores happen to fill was said to be "fitted to the scores".

    The project does not record how a scale was set, so the sentence says what follows if it was.
    """
    d = small_decision()  # Effect scored 2, 9 and 6 on 0-10
    filled = _with(d, scores=[{**s.model_dump(), "value": 10} if s.key == ("b", "effect") else
                              {**s.model_dump(), "value": 0, "low": None, "high": None} if s.key == ("a", "effect")
                              else s.model_dump() for s in d.scores])
    brief = build_brief(filled)
    assert fitted_scales(filled, brief.evaluation) == ["Effect"]
    line = next(s for s in assumption_sentences(brief) if "“Effect”" in s)
    assert "fixed scale the scores happen to fill" in line and "if it was set from the scores" in line
    assert "the weight compares that range only" in line.split("if it was set from the scores")[1]


def test_a_weightless_group_is_named_once_and_a_weightless_criterion_alone() -> None:
    """QA 29 finding 9: half the tree weighing nothing went unmentioned."""
    d = small_decision()
    assert weightless_sentence(d, build_brief(d).evaluation) == ""
    no_benefits = _with(d, criteria=_criteria(d, "benefits", weight=0))
    brief = build_brief(no_benefits)
    assert weightless_nodes(no_benefits, brief.evaluation) == ["benefits"]  # not Effect and Cost again
    assert ("“Benefits” carries no weight, so none of its criteria plays any part in the ranking."
            in assumption_sentences(brief))
    no_cost = _with(d, criteria=_criteria(d, "cost", weight=0))
    assert weightless_sentence(no_cost, build_brief(no_cost).evaluation) == (
        "“Cost” carries no weight, so it plays no part in the ranking.")
    both = _with(no_benefits, criteria=[*_criteria(no_benefits, "x"),
                                        Criterion(id="x", name="X", scale=NumericScale(lower=0, upper=1),
                                                  weight=0).model_dump()])
    assert weightless_sentence(both, build_brief(both).evaluation) == (
        "“Benefits” and “X” carry no weight, so they play no part in the ranking, nor do the criteria of the "
        "group among them.")


def test_scores_without_rationale_or_evidence_are_counted_and_named_when_few() -> None:
    d = small_decision()
    assert support_sentence(d, build_brief(d).evaluation) == ""
    bare = {("a", "effect"), ("b", "cost")}
    scores = [{**s.model_dump(), "rationale": ""} if (s.option_id, s.criterion_id) in bare else s.model_dump()
              for s in d.scores]
    two = _with(d, scores=scores)
    assert support_sentence(two, build_brief(two).evaluation) == (
        "2 scores of 9 give neither a rationale nor evidence (Alpha × Effect; Bravo × Cost); the annex shows the "
        "reasons for the others.")
    none = _with(d, scores=[{**s.model_dump(), "rationale": ""} for s in d.scores])
    assert support_sentence(none, build_brief(none).evaluation) == (
        "None of the 9 scores gives a rationale or evidence: each is a judgement recorded without its reasons, "
        "so no annex lists them.")  # QA 31 item 14: the annex page that only said so is left out


def test_a_flat_decision_with_default_weights_says_so_in_the_rendered_brief() -> None:
    d = Decision(
        id="flat", title="Flat",
        options=[Option(id="x", name="X"), Option(id="y", name="Y")],
        criteria=[Criterion(id="p", name="P", scale=NumericScale(lower=0, upper=10)),
                  Criterion(id="q", name="Q", scale=NumericScale(lower=0, upper=10))],
        scores=[Score(option_id="x", criterion_id="p", value=1, rationale="r"),
                Score(option_id="y", criterion_id="p", value=5, rationale="r"),
                Score(option_id="x", criterion_id="q", value=7, rationale="r"),
                Score(option_id="y", criterion_id="q", value=3, rationale="r")],
    )
    markup = document_html(build_brief(d), colour=lambda v: "#ffffff", charts={})
    section = markup[markup.index("<h2>Assumptions to check</h2>"):]
    section = section[:section.index("<h2", 5)]
    assert section.count("<li>") == 1 and "Every criterion weighs the same" in section
