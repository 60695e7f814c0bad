"""After one edit the evaluation reuses what the edit did not change (session 26: 1,000 x 60).

The raw matrix is worked out again only in the replaced scores' cells, and the dominance
pairs only for the rows that changed. Both must give exactly what working everything
out again gives.
"""

from __future__ import annotations

import importlib
import random
import threading

import numpy as np
import pytest

from counterweight.domain import Option, Score
from counterweight.engine import dominance, evaluate
from counterweight.services.edits import SetScore, SetWeight
from counterweight.services.option_edits import AddOption, MoveOption, RemoveOption
from tests.factories import small_decision

evaluate_module = importlib.import_module("counterweight.engine.evaluate")


def _same(a, b) -> None:
    for name in ("raw", "values", "totals", "ranks", "order", "contributions", "leaf_weights"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype and x.tobytes() == y.tobytes(), name
    assert [(d.code, str(d.message)) for d in a.diagnostics] == [(d.code, str(d.message)) for d in b.diagnostics]


def _afresh(decision, monkeypatch):
    monkeypatch.setattr(evaluate_module, "_recent", threading.local())
    monkeypatch.setattr(dominance, "_recent", threading.local())
    return evaluate(decision)


EDITS = [  # each applied to the decision the one before made
    SetScore("a", "effect", Score(option_id="a", criterion_id="effect", value=9)),  # now dominates
    SetScore("b", "harm", Score(option_id="b", criterion_id="harm", level="low")),  # a level, any case
    SetScore("c", "effect", Score(option_id="c", criterion_id="effect", low=2, high=5)),  # a range only
    SetScore("b", "cost", None),  # cleared: missing
    SetWeight("effect", 0),
    SetScore("c", "effect", Score(option_id="c", criterion_id="effect", value=6)),
    SetScore("b", "cost", Score(option_id="b", criterion_id="cost", value=20)),
    AddOption(Option(id="d", name="Delta"), scores=(Score(option_id="d", criterion_id="cost", value=1),)),
    MoveOption("d", 0),  # the same scores in another row order: must not reuse rows by position
    SetScore("d", "effect", Score(option_id="d", criterion_id="effect", value=10)),
    RemoveOption("a"),
    SetScore("c", "harm", Score(option_id="c", criterion_id="harm", level="High")),
]


def test_each_edit_evaluates_as_if_worked_out_afresh(monkeypatch):
    decision = small_decision()
    evaluate(decision)
    for edit in EDITS:
        decision = edit.apply(decision).decision
        _same(evaluate(decision), _afresh(decision, monkeypatch))
        evaluate(decision)


def test_one_score_edit_works_out_one_cell(monkeypatch):
    decision = small_decision()
    evaluate(decision)
    edited = EDITS[0].apply(decision).decision

    def refused(*args):
        raise AssertionError("the whole matrix was worked out again")

    monkeypatch.setattr(evaluate_module, "_whole_raw_matrix", refused)
    monkeypatch.setattr(dominance, "_all_pairs", refused)
    result = evaluate(edited)
    assert result.raw[0, 1] == 9 and any(d.code == "dominated_option" for d in result.diagnostics)


@pytest.mark.parametrize("seed", range(12))
def test_dominance_pairs_of_a_few_changed_rows_are_those_worked_out_afresh(seed, monkeypatch):
    rng = random.Random(seed)
    matrix = np.array([[rng.choice([0.0, 0.5, 1.0, rng.random()]) for _ in range(5)] for _ in range(40)])
    matrix[3, 2] = np.nan
    eligible = np.array([rng.random() > 0.1 for _ in range(40)])
    tols = np.full(5, 1e-9)
    for _ in range(6):
        dominance.dominance_pairs(matrix, eligible, tols)
        matrix = matrix.copy()
        for row in rng.sample(range(40), rng.randint(1, 3)):  # copy, spoil or improve a row
            matrix[row] = rng.choice([matrix[rng.randrange(40)], np.nan, matrix[row] + 0.5, matrix[row] - 0.5])
        got = dominance.dominance_pairs(matrix, eligible, tols)
        monkeypatch.setattr(dominance, "_recent", threading.local())
        assert got == dominance.dominance_pairs(matrix, eligible, tols)


def test_a_worker_evaluating_another_decision_does_not_undo_the_windows_reuse(monkeypatch):
    """Review of h26a: one slot shared by all threads was replaced by a worker's evaluation (a group view,
    a brief's views), so the window's next edit was worked out whole again; each thread has its own."""
    decision = small_decision()
    evaluate(decision)
    other = AddOption(Option(id="z", name="Zulu")).apply(small_decision()).decision  # other rows: a whole matrix
    worker = threading.Thread(target=evaluate, args=(other,))
    worker.start()
    worker.join()
    edited = EDITS[0].apply(decision).decision

    def refused(*args):
        raise AssertionError("the whole matrix was worked out again")

    monkeypatch.setattr(evaluate_module, "_whole_raw_matrix", refused)
    monkeypatch.setattr(dominance, "_all_pairs", refused)
    assert evaluate(edited).raw[0, 1] == 9
