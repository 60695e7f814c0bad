"""Evidence-based widening of score ranges, and its use in SMAA-2 (``widen_by_evidence``).

The rule (docs/methods.md, "Evidence"): each end of a numeric score's range moves
out by 20 % of the scale's width when the score has no evidence and by 10 % when
its evidence is only of low credibility, clipped to the scale.
"""

from __future__ import annotations

import pytest

from counterweight.domain import Criterion, Decision, EvidenceRef, NumericScale, Option, Score
from counterweight.domain.evidence import Credibility
from counterweight.domain.methods import Distribution, MethodSettings, UncertaintySettings
from counterweight.engine.evidence_widening import evidence_strength, widened_range, with_evidence_widening
from counterweight.engine.smaa import EVIDENCE_WIDENING, smaa

SCALE = NumericScale(lower=0, upper=10)


def _ref(cred: Credibility, source: str = "Report") -> EvidenceRef:
    return EvidenceRef(source=source, locator="p. 1", credibility=cred)


def _decision(a_evidence: list[EvidenceRef], *, widen: bool, distribution: Distribution) -> Decision:
    """Two options on one 0-10 criterion: A scores 6 on its own say-so, B 5 with strong evidence."""
    method = MethodSettings(uncertainty=UncertaintySettings(samples=100_000, seed=7, distribution=distribution,
                                                            widen_by_evidence=widen))
    return Decision(
        id="w", title="Widening", options=[Option(id="a", name="A"), Option(id="b", name="B")],
        criteria=[Criterion(id="x", name="Effect", scale=SCALE, weight=1)],
        scores=[Score(option_id="a", criterion_id="x", value=6, rationale="guess", evidence=a_evidence),
                Score(option_id="b", criterion_id="x", value=5, rationale="sourced",
                      evidence=[_ref(Credibility.HIGH)])],
        method=method,
    )


def test_strength_and_widened_range_follow_the_stated_rule() -> None:
    none = Score(option_id="a", criterion_id="x", value=6)
    weak = none.model_copy(update={"evidence": [_ref(Credibility.LOW)]})
    medium = none.model_copy(update={"evidence": [_ref(Credibility.MEDIUM)]})
    two = none.model_copy(update={"evidence": [_ref(Credibility.MEDIUM, "A"), _ref(Credibility.MEDIUM, "B")]})
    assert [evidence_strength(s) for s in (none, weak, medium, two)] == ["none", "weak", "medium", "strong"]
    assert widened_range(none, SCALE) == (4.0, 8.0)  # 20 % of a width of 10 on each side
    assert widened_range(weak, SCALE) == (5.0, 7.0)  # 10 %
    assert widened_range(medium, SCALE) == (6.0, 6.0)
    edge = Score(option_id="a", criterion_id="x", value=9.5, low=9, high=10)
    assert widened_range(edge, SCALE) == (7.0, 10.0)  # clipped to the scale


@pytest.mark.parametrize(("distribution", "expected"), [
    # A ~ U(4, 8) beats B = 5 with probability (8 - 5) / (8 - 4) = 0.75.
    (Distribution.UNIFORM, 0.75),
    # A ~ Triangular(4, 6, 8): P(A <= 5) = (5 - 4)^2 / ((8 - 4)(6 - 4)) = 1/8, so A is first 7/8 of the time.
    (Distribution.TRIANGULAR, 0.875),
])
def test_smaa_uses_widened_ranges_when_asked(distribution: Distribution, expected: float) -> None:
    off = smaa(_decision([], widen=False, distribution=distribution))
    assert off.acceptability[0, 0] == pytest.approx(1.0)  # a point score of 6 always beats 5
    on = smaa(_decision([], widen=True, distribution=distribution))
    assert on.acceptability[0, 0] == pytest.approx(expected, abs=0.01)
    assert [d.code for d in on.diagnostics].count(EVIDENCE_WIDENING) == 1
    assert "(1 score)" in next(d.message for d in on.diagnostics if d.code == EVIDENCE_WIDENING)


def test_well_supported_scores_are_not_widened() -> None:
    decision = _decision([_ref(Credibility.HIGH)], widen=True, distribution=Distribution.UNIFORM)
    assert with_evidence_widening(decision).scores == decision.scores
    assert smaa(decision).acceptability[0, 0] == pytest.approx(1.0)
