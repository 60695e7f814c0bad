"""History's "Restore this value" for the recommendation and decision record (one undoable edit)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counterweight.domain import InvalidInputError
from counterweight.domain.conclusion import Conclusion
from counterweight.services.conclusion_edits import SetConclusion
from counterweight.services.history import RestoreValue, restorable, verify_audit
from counterweight.services.history_phrases import action_phrase, target_phrase
from counterweight.services.option_edits import RemoveOption
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

FIRST = Conclusion(recommended_option_id="c", recommendation="Cheaper to run", recommended_by="Policy team")
SECOND = FIRST.model_copy(update={"decided_option_id": "b", "decided_by": "Minister",
                                  "decided_on": dt.date(2026, 3, 5)})


@pytest.fixture
def session(tmp_path: Path):
    s = ProjectSession.create(tmp_path / "p.counterweight", small_decision())
    yield s
    s.close()


def _last(session: ProjectSession):
    return session.audit_log(1)[0]


def test_restoring_an_earlier_record_is_one_audited_undoable_edit(session: ProjectSession) -> None:
    session.apply(SetConclusion(FIRST))
    session.apply(SetConclusion(SECOND))
    changed = _last(session)
    session.apply(SetConclusion(SECOND.model_copy(update={"decision_note": "Revised"})))
    assert restorable(changed)

    undo = session.apply(RestoreValue.from_log(session, changed.id))
    assert session.decision.conclusion == FIRST
    entry = _last(session)
    assert entry.action == f"Restore value from entry #{changed.id}"
    assert entry.target == "recommendation and decision"
    assert action_phrase(entry.action).template == "Restore value from entry #{entry}"  # worded as the rest
    assert target_phrase(entry.target).template == "recommendation and decision"
    assert entry.new == {"recommended_option_id": "c", "recommendation": "Cheaper to run",
                         "recommended_by": "Policy team"}
    assert verify_audit(session).ok
    session.apply(undo)
    assert session.decision.conclusion.decision_note == "Revised"
    assert _last(session).action == "Undo restore value"


def test_restoring_the_first_record_clears_it(session: ProjectSession) -> None:
    session.apply(SetConclusion(FIRST))
    first = _last(session)
    assert first.old is None and restorable(first)
    session.apply(RestoreValue(first))
    assert session.decision.conclusion is None


def test_a_record_naming_a_deleted_option_is_refused_in_words(session: ProjectSession) -> None:
    session.apply(SetConclusion(SECOND))
    session.apply(SetConclusion(Conclusion(decided_option_id="a")))
    entry = _last(session)
    session.apply(RemoveOption("b"))
    n = len(session.audit_log())
    with pytest.raises(InvalidInputError,
                       match=rf"entry #{entry.id} \(recommendation and decision\) cannot be restored: "
                             "the option it records as decided has been deleted since"):
        session.apply(RestoreValue(entry))
    session.apply(RemoveOption("c"))
    with pytest.raises(InvalidInputError, match="the option it recommends has been deleted since"):
        session.apply(RestoreValue(entry))
    assert session.decision.conclusion == Conclusion(decided_option_id="a")  # unchanged
    assert len(session.audit_log()) == n + 1  # only the deletion of Charlie was recorded


def test_restoring_the_current_record_is_refused(session: ProjectSession) -> None:
    session.apply(SetConclusion(FIRST))
    session.apply(SetConclusion(SECOND))
    entry = _last(session)
    session.apply(SetConclusion(FIRST))
    with pytest.raises(InvalidInputError, match="the record already reads so"):
        session.apply(RestoreValue(entry))
