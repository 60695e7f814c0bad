"""An uncertainty setting that cannot be used leaves the rank acceptability out, not the whole brief (QA 25 item 14).

Ordinal weights need the criteria ranked by importance. A decision that asks for ordinal
weights with no order (possible through an imported file or the command line) used to stop
``build_brief`` with "importance order: rank the scored criteria…", so no brief at all could
be produced. Now the brief is built, the Rank acceptability section says the analysis was
not run and why, and the ranking, the sensitivity and the other methods are as they
would be with the setting corrected.
"""

from __future__ import annotations

import pytest

from counterweight.domain import Decision, WeightUncertainty
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.smaa import smaa
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import uncertainty_section
from tests.factories import small_decision


def _ordinal_without_order() -> Decision:
    d = small_decision()
    unc = d.method.uncertainty.model_copy(update={"weights": WeightUncertainty.ORDINAL, "criteria_order": []})
    return d.model_copy(update={"method": d.method.model_copy(update={"uncertainty": unc})})


def test_the_engine_itself_still_refuses_the_setting() -> None:
    with pytest.raises(InvalidInputError, match="importance order"):
        smaa(_ordinal_without_order())


def test_the_brief_is_built_and_says_why_rank_acceptability_is_missing() -> None:
    d = _ordinal_without_order()
    brief = build_brief(d)
    assert brief.smaa is None
    assert brief.uncertainty_note.startswith("The rank acceptability analysis was not run")
    assert "importance order" in brief.uncertainty_note
    assert "Uncertainty tab" in brief.uncertainty_note
    html = uncertainty_section(brief, {})
    assert "was not run" in html


def test_everything_else_in_the_brief_is_unchanged() -> None:
    d = _ordinal_without_order()
    exact = d.model_copy(update={"method": d.method.model_copy(update={
        "uncertainty": d.method.uncertainty.model_copy(update={"weights": WeightUncertainty.EXACT})})})
    got, plain = build_brief(d), build_brief(exact)
    assert list(got.evaluation.order) == list(plain.evaluation.order)
    assert list(got.evaluation.totals) == list(plain.evaluation.totals)
    assert ({m: list(e.order) for m, e in got.comparison.evaluations.items()}
            == {m: list(e.order) for m, e in plain.comparison.evaluations.items()})
    assert got.summary.first_rank_share is None  # no share is claimed from an analysis that did not run
