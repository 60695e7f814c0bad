"""SetScores: many cells in one edit, one audit row, and an inverse that restores every cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain import InvalidInputError, Score
from counterweight.services.batch_edits import SetScores
from counterweight.services.changes import Part
from counterweight.services.session import ProjectSession
from tests.factories import small_decision


def _edit() -> SetScores:
    return SetScores((
        ("a", "effect", Score(option_id="a", criterion_id="effect", value=3)),
        ("b", "harm", Score(option_id="b", criterion_id="harm", level="Severe")),
        ("c", "cost", None),
    ))


def test_applies_every_cell_and_inverse_restores() -> None:
    d = small_decision()
    applied = _edit().apply(d)
    new = applied.decision
    assert new.score("a", "effect").value == 3 and new.score("a", "effect").low is None
    assert new.score("b", "harm").level == "Severe"
    assert new.score("c", "cost") is None
    assert new.score("c", "effect") == d.score("c", "effect")  # untouched
    assert applied.changes.parts == frozenset({Part.SCORES})
    assert applied.changes.cells == {("a", "effect"), ("b", "harm"), ("c", "cost")}
    assert applied.inverse.apply(new).decision == d


def test_an_invalid_cell_refuses_the_whole_edit() -> None:
    d = small_decision()
    bad = SetScores((("a", "effect", Score(option_id="a", criterion_id="effect", value=3)),
                     ("b", "effect", Score(option_id="b", criterion_id="effect", value=99))))
    with pytest.raises(InvalidInputError):
        bad.apply(d)
    with pytest.raises(InvalidInputError):
        SetScores((("zz", "effect", None),)).apply(d)


def test_one_transaction_one_audit_row(tmp_path: Path) -> None:
    with ProjectSession.create(tmp_path / "p.counterweight", small_decision()) as session:
        before = len(session.audit_log())
        inverse = session.apply(_edit())
        log = session.audit_log()
        assert len(log) == before + 1 and log[0].action == "Paste scores"
        session.apply(inverse)
        assert session.decision == small_decision()
    with ProjectSession.open(tmp_path / "p.counterweight", read_only=True) as again:
        assert again.decision == small_decision()
