"""The Sensitivity tab's run evaluates the decision once, however many slices it takes (session 27).

Each slice of :func:`robustness_in_slices` used to evaluate the whole decision again, and
build the other methods' weight probe again, and the distance to flip evaluated it once
more: on 1,000 options x 4 criteria each evaluation takes a few tenths of a second and
every criterion is its own slice, so the tab took several seconds for work that takes
under one. The numbers are the same (``test_robustness.py`` compares them with one call).
"""

from __future__ import annotations

import pytest

import counterweight.engine.weight_probe as probe_module
from counterweight.domain import Decision
from counterweight.domain.methods import AggregationMethod
from counterweight.engine.evaluate import evaluate as real_evaluate
from counterweight.services import robustness
from tests.services.test_robustness import uncertain_example


def _with_method(decision: Decision, method: AggregationMethod) -> Decision:
    return decision.model_copy(update={"method": decision.method.model_copy(update={"aggregation": method})})


@pytest.mark.parametrize("method", [AggregationMethod.WSM, AggregationMethod.TOPSIS])
def test_every_slice_and_the_flips_share_one_evaluation_and_one_probe(monkeypatch, method) -> None:
    decision = _with_method(uncertain_example(), method)
    counts = {"evaluate": 0, "probe": 0}
    real_init = probe_module.WeightProbe.__init__

    def counted_evaluate(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        counts["evaluate"] += 1
        return real_evaluate(*args, **kwargs)

    def counted_init(self, *args, **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        counts["probe"] += 1
        real_init(self, *args, **kwargs)

    for name in ("counterweight.engine.sensitivity", "counterweight.engine.flip", "counterweight.services.robustness"):
        monkeypatch.setattr(f"{name}.evaluate", counted_evaluate)
    monkeypatch.setattr(probe_module.WeightProbe, "__init__", counted_init)
    monkeypatch.setattr(robustness, "CHECK_EVERY_S", 0.0)  # one criterion per slice: the most slices
    shares: list[float] = []
    result = robustness.robustness_in_slices(decision, shares.append, lambda: False)
    assert result is not None and len(shares) == len(result[0].criteria) > 3
    assert counts == {"evaluate": 1, "probe": 0 if method is AggregationMethod.WSM else 1}
