"""The brief's method notes list dominated options and criteria that cannot separate the options (QA 21 items 6, 13)."""

from __future__ import annotations

from counterweight.domain import Score
from counterweight.reports.brief_annex import method_section
from counterweight.reports.brief_content import build_brief

from tests.factories import small_decision

HEADING = "<h3>Notes on the options and criteria</h3>"


def test_a_dominated_option_and_a_constant_criterion_are_in_the_method_notes() -> None:
    d = small_decision()
    # Charlie made worse than Alpha everywhere (harm High < Low, effect 1 < 2, cost 9 > 2), and every option
    # rated 'Moderate' on harm would make harm constant: keep both findings apart in two decisions
    worse = [s.model_copy(update={"level": "High"}) if (s.option_id, s.criterion_id) == ("c", "harm") else
             s.model_copy(update={"value": 1.0}) if (s.option_id, s.criterion_id) == ("c", "effect") else
             s.model_copy(update={"value": 9.0}) if (s.option_id, s.criterion_id) == ("c", "cost") else s
             for s in d.scores]
    notes = method_section(build_brief(d.model_copy(update={"scores": worse})))
    assert HEADING in notes
    assert "&#x27;Charlie&#x27; is dominated by &#x27;Alpha&#x27; on the rated values" in notes
    flat = [Score(option_id=s.option_id, criterion_id="harm", level="Moderate") if s.criterion_id == "harm" else s
            for s in d.scores]
    notes = method_section(build_brief(d.model_copy(update={"scores": flat})))
    assert "On &#x27;Civilian harm&#x27; every option has the same score" in notes


def test_no_heading_without_findings() -> None:
    assert HEADING not in method_section(build_brief(small_decision()))
