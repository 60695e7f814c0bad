"""The history in words: every kind of entry reads as names and changed fields, never raw JSON.

Each test makes a real edit through a project session and reads the entry it wrote,
so the recorded values are exactly what the application stores. The expected texts
are built from the test decision (tests/factories.py): its names, units and values.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from counterweight.domain import Score
from counterweight.domain.elements import EvidenceRef
from counterweight.domain.elicitation import Elicitation, WeightMethod
from counterweight.domain.evidence import Source
from counterweight.domain.methods import AggregationMethod, MethodSettings, RedLine, RedLineAction, TopsisSettings
from counterweight.services.batch_edits import SetScores
from counterweight.services.edits import (
    MoveCriterion,
    RemoveCriterion,
    SetMethod,
    SetScore,
    SetWeights,
    UpdateCriterion,
    UpdateInfo,
)
from counterweight.services.elicitation import SetElicitation
from counterweight.services.evidence import AddSource, LinkEvidence, RemoveSource, UpdateSource
from counterweight.services.history import redo_action, split_action, undo_action
from counterweight.services.history_wording import MAX_TEXT, Names, describe_change, describe_value, full_text
from counterweight.services.option_edits import MoveOption, UpdateOption
from counterweight.services.red_lines import AddRedLine
from counterweight.services.session import ProjectSession
from counterweight.storage import AuditEntry

from tests.factories import small_decision


@pytest.fixture
def session(tmp_path: Path):
    s = ProjectSession.create(tmp_path / "w.counterweight", small_decision())
    yield s
    s.close()


def _words(session: ProjectSession, edit: object) -> tuple[str, str]:
    """Apply ``edit`` and describe the entry it wrote, with the decision as it is now."""
    session.apply(edit)  # type: ignore[arg-type]
    return describe_change(session.audit_log(1)[0], session.decision)


def _no_json(*texts: str) -> None:
    for text in texts:
        assert "{" not in text and '"' not in text, text


def test_method_is_named_in_words(session: ProjectSession) -> None:
    old, new = _words(session, SetMethod(MethodSettings(aggregation=AggregationMethod.WPM)))
    assert old.startswith(AggregationMethod.WSM.label) and new.startswith(AggregationMethod.WPM.label)
    old, new = _words(session, SetMethod(MethodSettings(aggregation=AggregationMethod.TOPSIS,
                                                        topsis=TopsisSettings(normalization="vector"))))
    assert old.startswith(AggregationMethod.WPM.label)
    assert new.startswith(AggregationMethod.TOPSIS.label) and "vector" in new
    _no_json(old, new)


def test_weights_by_name_and_only_those_that_changed(session: ProjectSession) -> None:
    # small_decision: Effect 3, Cost 1 under Benefits
    assert _words(session, SetWeights({"effect": 5, "cost": 2})) == ("Effect 3, Cost 1", "Effect 5, Cost 2")
    assert _words(session, SetWeights({"effect": 5, "cost": 4})) == ("Cost 2", "Cost 4")
    entry = session.audit_log(1)[0]
    session.apply(RemoveCriterion("cost"))
    assert describe_change(entry, session.decision) == ("cost 2", "cost 4")  # gone: its id stands in


def test_decision_details_show_only_the_changed_field(session: ProjectSession) -> None:
    d = session.decision
    assert _words(session, UpdateInfo(d.title, d.description, "Restricted")) == (
        "notice: 'Test data only'", "notice: 'Restricted'")


def test_a_long_text_is_shown_where_it_changed(session: ProjectSession) -> None:
    d = session.decision
    start = "A very long description of the decision that goes on and on for a while, "
    session.apply(UpdateInfo(d.title, start + "ending in the first way.", d.notice))
    old, new = _words(session, UpdateInfo(d.title, start + "ending in another way.", d.notice))
    assert "first way" in old and "another way" in new
    assert old.startswith("description: '…") and len(old) <= MAX_TEXT


def test_red_line_is_its_rule_in_words(session: ProjectSession) -> None:
    line = RedLine(id="rl1", criterion_id="cost", limit=15, action=RedLineAction.EXCLUDE)
    assert _words(session, AddRedLine(line)) == ("—", "Cost must not exceed 15 $bn (excluded)")
    entry = session.audit_log(1)[0]
    assert _words(session, AddRedLine(RedLine(id="rl2", criterion_id="harm", level="High"))) == (
        "—", "Civilian harm must not be worse than High (flagged)")
    session.apply(RemoveCriterion("cost"))  # takes its red line along
    assert describe_change(entry, session.decision) == ("—", "Cost: limit 15 (excluded)")


def test_sources_by_title_and_evidence_by_source_and_place(session: ProjectSession) -> None:
    source = Source(id="s1", title="Field report", text="Alpha was cheap.")  # 16 characters
    assert _words(session, AddSource(source)) == ("—", "Field report")
    ref = EvidenceRef(source="Field report", source_id="s1", locator="p. 4")
    assert _words(session, LinkEvidence("a", "cost", ref)) == ("—", "Field report, p. 4")
    linked = session.audit_log(1)[0]
    assert _words(session, UpdateSource(source.model_copy(update={"title": "Survey"}))) == (
        "title: 'Field report'", "title: 'Survey'")
    assert describe_change(linked, session.decision) == ("—", "Survey, p. 4")  # the source's name now
    old, new = _words(session, UpdateSource(session.decision.sources[0].model_copy(
        update={"text": "Alpha was pricy."})))  # same length, other words
    assert (old, new) == ("text: 16 characters", "text: 16 characters, changed")
    old, new = _words(session, RemoveSource("s1", force=True))
    assert old == "Survey (cited by 1 score)" and new == "—"


def test_moves_name_the_group_and_the_place(session: ProjectSession) -> None:
    # Cost is the 2nd child of Benefits; Risks holds Civilian harm
    assert _words(session, MoveCriterion("cost", "risks", 0)) == ("under Benefits, 2nd", "under Risks, 1st")
    assert _words(session, MoveCriterion("cost", None, 1)) == ("under Risks, 1st", "at the top level, 2nd")
    assert _words(session, MoveOption("a", 2)) == ("1st in the list", "3rd in the list")


def test_deleted_criterion_by_its_recorded_name(session: ProjectSession) -> None:
    assert _words(session, RemoveCriterion("benefits")) == ("Benefits (with 2 criteria under it)", "—")


def test_edited_elements_show_the_changed_fields(session: ProjectSession) -> None:
    alpha = session.decision.option("a")
    assert _words(session, UpdateOption(alpha.model_copy(update={"description": "Fast"}))) == (
        "description: ''", "description: 'Fast'")
    cost = session.decision.criterion("cost")
    assert _words(session, UpdateCriterion(cost.model_copy(update={"unit": "€m"}))) == (
        "unit: '$bn'", "unit: '€m'")


def test_score_shows_its_value_and_what_else_changed(session: ProjectSession) -> None:
    score = session.decision.score("a", "effect")  # 2 (1 to 3), rationale "weak"
    assert _words(session, SetScore("a", "effect", score.model_copy(update={"value": 2.5}))) == (
        "2 (1–3)", "2.5 (1–3)")
    score = session.decision.score("a", "effect")
    assert _words(session, SetScore("a", "effect", score.model_copy(update={"rationale": "better"}))) == (
        "2.5 (1–3); rationale: 'weak'", "2.5 (1–3); rationale: 'better'")


def test_pasted_scores_by_cell(session: ProjectSession) -> None:
    cells = (("a", "effect", Score(option_id="a", criterion_id="effect", value=4)),
             ("b", "cost", Score(option_id="b", criterion_id="cost", value=11)))
    assert _words(session, SetScores(cells)) == ("Alpha × Effect 2 (1–3); Bravo × Cost 10",
                                                 "Alpha × Effect 4; Bravo × Cost 11")


def test_weights_from_judgements_name_the_method(session: ProjectSession) -> None:
    old, new = _words(session, SetElicitation(Elicitation(node_id="benefits", method=WeightMethod.EQUAL)))
    d = session.decision
    assert old.startswith("no judgements; ") and new.startswith(WeightMethod.EQUAL.label + "; ")
    effect, cost = d.criterion("effect").weight, d.criterion("cost").weight
    assert f"Effect {effect:g}" in new and f"Cost {cost:g}" in new
    assert "Effect 3" in old and "Cost 1" in old


def test_values_altered_outside_the_application_still_read(session: ProjectSession) -> None:
    at = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    for target, old, new in [("method", "not json", {"aggregation": "nonsense"}),
                             ("criterion Cost", {"parent": 3, "index": "x"}, [1, 2]),
                             ("red line on Cost", {"id": 1}, None), ("weights Cost", ["x"], {"cost": "y"}),
                             ("score Alpha × Cost", {"option_id": "a", "criterion_id": "cost", "value": "?"}, 7)]:
        a, b = describe_change(AuditEntry(9, at, "me", "Edit", target, old, new), session.decision)
        assert isinstance(a, str) and isinstance(b, str) and len(a) <= MAX_TEXT and len(b) <= MAX_TEXT


def test_plain_values_and_full_text() -> None:
    assert describe_value(None) == "—" and describe_value(3.0) == "3" and describe_value(True) == "yes"
    assert describe_value({"id": "x", "name": "Alpha"}) == "Alpha"
    assert describe_value("word " * 100).endswith("…") and len(describe_value("word " * 100)) == MAX_TEXT
    names = Names(small_decision())
    assert names("cost") == "Cost" and names("gone") == "gone" and names.knows("a")
    assert '"aggregation": "wpm"' in full_text({"aggregation": "wpm"})


def test_undo_and_redo_actions_are_told_apart() -> None:
    assert split_action(undo_action("Change weight")) == ("undo", "Change weight")
    assert split_action(redo_action("Change weight")) == ("redo", "Change weight")
    assert split_action("Change weight") == (None, "Change weight")
    assert split_action("Undo restore value") == (None, "Undo restore value")  # older entries: no prefix
