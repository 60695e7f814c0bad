"""Recording the recommendation and the decision taken: the edit, undo, History and deleting an option."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from counterweight.domain.conclusion import Conclusion
from counterweight.services import exchange
from counterweight.services.changes import Part
from counterweight.services.history_phrases import action_phrase, target_phrase
from counterweight.services.history_wording import describe_change
from counterweight.services.option_edits import RemoveOption
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

CONCLUSION = Conclusion(recommended_option_id="c", recommendation="Cheaper to run", recommended_by="Policy team",
                        decided_option_id="b", decided_by="Minister", decided_on=dt.date(2026, 3, 5))


def _edits():
    """The module under test (imported in the tests, so an older tree fails on its assertions)."""
    from counterweight.services import conclusion_edits
    return conclusion_edits


@pytest.fixture
def session(tmp_path: Path):
    s = ProjectSession.create(tmp_path / "p.counterweight", small_decision())
    yield s
    s.close()


def test_set_conclusion_is_undoable_and_recomputes_nothing(session: ProjectSession) -> None:
    applied = _edits().SetConclusion(CONCLUSION).apply(session.decision)
    assert applied.changes.parts == {Part.INFO}  # no score, weight or rank moves
    assert applied.decision.conclusion == CONCLUSION
    inverse = session.apply(_edits().SetConclusion(CONCLUSION))
    assert session.decision.conclusion == CONCLUSION
    session.apply(inverse)
    assert session.decision.conclusion is None
    # an empty conclusion is recorded as none
    session.apply(_edits().SetConclusion(Conclusion()))
    assert session.decision.conclusion is None


def test_history_words_the_entry(session: ProjectSession) -> None:
    session.apply(_edits().SetConclusion(CONCLUSION))
    entry = session.audit_log(1)[0]
    assert entry.action == "Set recommendation and decision"
    assert entry.target == "recommendation and decision"
    assert target_phrase(entry.target).template == "recommendation and decision"  # a fixed word, translated
    assert action_phrase(entry.action) == "Set recommendation and decision"
    old, new = describe_change(entry, session.decision)
    assert old == "—"
    assert "recommended option id: Charlie" in new and "recommendation: 'Cheaper to run'" in new
    assert entry.new == {"recommended_option_id": "c", "recommendation": "Cheaper to run",
                         "recommended_by": "Policy team", "decided_option_id": "b", "decided_by": "Minister",
                         "decided_on": "2026-03-05"}  # only the fields set
    session.apply(_edits().SetConclusion(CONCLUSION.model_copy(update={"decided_option_id": "a"})))
    old, new = describe_change(session.audit_log(1)[0], session.decision)
    assert (old, new) == ("decided option id: Bravo", "decided option id: Alpha")  # only what changed


def test_deleting_a_named_option_clears_it_from_the_conclusion_and_undo_restores_both(
        session: ProjectSession) -> None:
    session.apply(_edits().SetConclusion(CONCLUSION))
    applied = RemoveOption("b").apply(session.decision)
    assert Part.INFO in applied.changes.parts and Part.OPTIONS in applied.changes.parts
    undo = session.apply(RemoveOption("b"))
    assert session.decision.conclusion == CONCLUSION.model_copy(update={"decided_option_id": None})
    assert session.decision.conclusion.decided_by == "Minister"  # the words stay
    session.apply(undo)
    assert session.decision.has_option("b")
    assert session.decision.conclusion == CONCLUSION


def test_deleting_the_only_option_named_leaves_none_when_nothing_else_was_recorded(session: ProjectSession) -> None:
    session.apply(_edits().SetConclusion(Conclusion(decided_option_id="a")))
    undo = session.apply(RemoveOption("a"))
    assert session.decision.conclusion is None
    session.apply(undo)
    assert session.decision.conclusion == Conclusion(decided_option_id="a")


def test_deleting_another_option_leaves_the_conclusion_alone(session: ProjectSession) -> None:
    session.apply(_edits().SetConclusion(CONCLUSION))
    applied = RemoveOption("a").apply(session.decision)
    assert applied.decision.conclusion == CONCLUSION
    assert Part.INFO not in applied.changes.parts


def test_exchange_round_trip_and_an_old_file_without_the_field(tmp_path: Path) -> None:
    d = small_decision().model_copy(update={"conclusion": CONCLUSION})
    text = exchange.dumps(d)
    assert json.loads(text)["decision"]["conclusion"]["decided_on"] == "2026-03-05"
    assert exchange.loads(text) == d
    plain = exchange.dumps(small_decision())
    assert "conclusion" not in plain  # none recorded: the file is as before
    assert exchange.loads(plain).conclusion is None


def test_exchange_refuses_a_conclusion_naming_a_missing_option() -> None:
    data = json.loads(exchange.dumps(small_decision()))
    data["decision"]["conclusion"] = {"decided_option_id": "zulu"}
    with pytest.raises(Exception, match="decided option") as info:
        exchange.loads(json.dumps(data))
    assert "zulu" in str(info.value)


def test_the_schema_describes_the_field() -> None:
    schema = exchange.json_schema()
    props = schema["$defs"]["Conclusion"]["properties"]
    assert {"recommended_option_id", "recommendation", "recommended_by", "decided_option_id", "decided_by",
            "decided_on", "decision_note"} == set(props)


def test_an_elicitation_packet_leaves_the_conclusion_at_home(session: ProjectSession, tmp_path: Path) -> None:
    """The analyst answering a packet must not be anchored by what was recommended or decided."""
    from counterweight.domain.analysts import Analyst
    from counterweight.services import packets
    from counterweight.services.analyst_edits import AddAnalyst

    session.apply(AddAnalyst(Analyst(id="ben", name="Ben")))
    session.apply(_edits().SetConclusion(CONCLUSION))
    path, request = packets.export_packet(session, "Ben", tmp_path / "ben")
    assert request.decision.conclusion is None
    assert "Cheaper to run" not in path.read_text(encoding="utf-8")


def test_a_snapshot_comparison_lists_a_changed_record() -> None:
    """The recommendation recorded after a snapshot is one of the differences the comparison lists."""
    from counterweight.services.conclusion_edits import SetConclusion
    from counterweight.services.perspectives import compare_snapshots
    from tests.factories import small_decision

    a = small_decision()
    b = SetConclusion(Conclusion(recommended_option_id="b", recommendation="Cheaper")).apply(a).decision
    [change] = compare_snapshots(a, b).changes
    assert change.text == "The recorded recommendation and decision changed" and change.moved_ranking is None
    assert not compare_snapshots(b, b).changes
