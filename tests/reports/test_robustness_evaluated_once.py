"""The command line, the brief and the XLSX Robustness sheet evaluate the decision once for
the weight sensitivity and the distance to flip (session 27).

``weight_sensitivity`` and ``flip_distances`` each evaluated the decision when not handed
an evaluation, so every caller that reported both paid for two (the brief three: it had
evaluated it already). They now go through ``sensitivity_and_flips`` (the brief passes its
own evaluation); the figures are unchanged (the CLI text, the brief's content and the
sheet's cells were compared before and after on the example and a 40 x 25 decision).
``compare_methods`` evaluated every method, the decision's own one again (h27m): the brief and
the sheet now hand it their evaluation, so each method is evaluated once in all (the brief's
content and the sheet's cells compared before and after the same way).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counterweight.cli.main import main as cli_main
from counterweight.domain.methods import AggregationMethod
from counterweight.engine.evaluate import evaluate as real_evaluate
from counterweight.reports.brief_content import build_brief
from counterweight.reports.xlsx_robustness import robustness_of
from counterweight.services import exchange
from tests.services.test_robustness import uncertain_example
from tests.services.test_robustness_once import _with_method

#: Where the sensitivity and distance-to-flip paths look ``evaluate`` up.
_MODULES = ("counterweight.engine.sensitivity", "counterweight.engine.flip", "counterweight.services.robustness",
            "counterweight.reports.brief_content", "counterweight.reports.xlsx_robustness")
_METHODS = [AggregationMethod.WSM, AggregationMethod.TOPSIS]


@pytest.fixture
def evaluations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A one-item list: how many times the modules of :data:`_MODULES` have evaluated a decision."""
    count = [0]

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        count[0] += 1
        return real_evaluate(*args, **kwargs)

    for name in _MODULES:
        monkeypatch.setattr(f"{name}.evaluate", counted)
    return count


@pytest.mark.parametrize("method", _METHODS)
def test_the_sensitivity_command_evaluates_once(evaluations, tmp_path: Path, capsys, method) -> None:
    path = tmp_path / "d.json"
    exchange.write_file(path, _with_method(uncertain_example(), method))
    assert cli_main(["sensitivity", str(path)]) == 0
    assert "Verdict:" in capsys.readouterr().out
    assert evaluations == [1]


@pytest.mark.parametrize("method", _METHODS)
def test_the_brief_evaluates_once(evaluations, method) -> None:
    brief = build_brief(_with_method(uncertain_example(), method), created=dt.datetime(2026, 11, 28, tzinfo=dt.UTC))
    assert brief.sensitivity.criteria and brief.flips.items
    assert evaluations == [1]


@pytest.mark.parametrize("method", _METHODS)
def test_the_robustness_sheet_evaluates_once(evaluations, method) -> None:
    found = robustness_of(_with_method(uncertain_example(), method))
    assert found.sensitivity.criteria and found.flips.items
    assert evaluations == [1]


@pytest.fixture
def evaluations_with_comparison(evaluations, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """:func:`evaluations`, counting the method comparison's evaluations too."""
    real = real_evaluate

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        evaluations[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr("counterweight.engine.comparison.evaluate", counted)
    return evaluations


@pytest.mark.parametrize("method", _METHODS)
def test_the_brief_evaluates_each_method_once(evaluations_with_comparison, method) -> None:
    brief = build_brief(_with_method(uncertain_example(), method), created=dt.datetime(2026, 11, 28, tzinfo=dt.UTC))
    assert brief.comparison.evaluations[method] is brief.evaluation  # the comparison reuses the brief's own
    assert evaluations_with_comparison == [len(AggregationMethod)]


@pytest.mark.parametrize("method", _METHODS)
def test_the_robustness_sheet_evaluates_each_method_once(evaluations_with_comparison, method) -> None:
    found = robustness_of(_with_method(uncertain_example(), method))
    assert found.comparison.evaluations[method].aggregation == method
    assert evaluations_with_comparison == [len(AggregationMethod)]


def test_an_evaluation_with_another_normalisation_is_not_reused() -> None:
    from counterweight.domain.decision import Normalization
    from counterweight.engine.comparison import compare_methods

    decision = uncertain_example()
    other = next(n for n in Normalization if n != decision.method.normalization)
    own = real_evaluate(decision, other)
    cmp = compare_methods(decision, evaluated=own)
    assert cmp.evaluations[decision.method.aggregation] is not own
    assert compare_methods(decision, evaluated=real_evaluate(decision)).evaluations[decision.method.aggregation] \
        .normalization == decision.method.normalization
