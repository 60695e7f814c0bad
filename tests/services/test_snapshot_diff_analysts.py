"""Snapshot comparison lists the analysts' own scores and weights (QA pass 19, item 4).

A snapshot keeps every analyst's inputs, but comparing two listed only the shared
changes: Ann's weight and Ben's score changed and "1 change" was reported.
"""

from __future__ import annotations

from counterweight.domain import Decision, Score
from counterweight.domain.analysts import Analyst
from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore, SetAnalystWeight, UpdateAnalyst
from counterweight.services.edits import SetScore
from counterweight.services.perspectives import compare_snapshots

from tests.factories import small_decision


def _team() -> Decision:
    """The small decision with Ann (no inputs of her own) and Ben (his own Alpha effect 6 and Bravo harm Low)."""
    d = small_decision()
    for who in (Analyst(id="ann", name="Ann"), Analyst(id="ben", name="Ben")):
        d = AddAnalyst(who).apply(d).decision
    d = SetAnalystScore("ben", "a", "effect", Score(option_id="a", criterion_id="effect", value=6)).apply(d).decision
    return SetAnalystScore("ben", "b", "harm", Score(option_id="b", criterion_id="harm", level="Low")).apply(d).decision


def _then(d: Decision, *edits) -> Decision:
    for edit in edits:
        d = edit.apply(d).decision
    return d


def test_each_analysts_own_change_is_listed_by_name() -> None:
    a = _team()
    b = _then(a, SetAnalystWeight("ann", "benefits", 90.0),
              SetScore("c", "cost", Score(option_id="c", criterion_id="cost", value=11)),
              SetAnalystScore("ben", "a", "effect", Score(option_id="a", criterion_id="effect", value=5)),
              SetAnalystScore("ben", "b", "harm", None),
              SetAnalystScore("ann", "c", "effect", Score(option_id="c", criterion_id="effect", value=7)))
    diff = compare_snapshots(a, b, "Before", "now")
    texts = [c.text for c in diff.changes]
    assert texts == [
        "Score of Charlie on Benefits \u203a Cost changed from 8 to 11",
        "Ann's weight of Benefits changed from the shared weight to 90 points",
        "Ann's own score of Charlie on Benefits \u203a Effect changed from the shared score to 7",
        "Ben's own score of Alpha on Benefits \u203a Effect changed from 6 to 5",
        "Ben's own score of Bravo on Risks \u203a Civilian harm was cleared (was Low; the shared score applies)",
    ]
    assert all(c.kind == "analyst" for c in diff.changes[1:])
    assert "5 changes" in diff.summary and "on the shared inputs" in diff.summary


def test_an_analysts_change_is_tested_in_their_own_view() -> None:
    a = _team()
    # Risks at 0 points in Ann's view: Alpha 37.5, Bravo 80, Charlie 60 -> Bravo first there (Alpha first in A)
    b = _then(a, SetAnalystWeight("ann", "risks", 0.0))
    [change] = compare_snapshots(a, b).changes
    assert change.text == "Ann's weight of Risks changed from the shared weight to 0 points"
    assert change.moved_ranking is True
    assert change.effect == "alone it makes Bravo the top option in Ann's view instead of Alpha"
    assert compare_snapshots(a, b).top_a == compare_snapshots(a, b).top_b  # the shared ranking did not move


def test_analysts_named_removed_or_renamed() -> None:
    a = _team()
    b = _then(a, UpdateAnalyst(Analyst(id="ann", name="Ann Smith")), AddAnalyst(Analyst(id="cy", name="Cy")))
    b = b.model_copy(update={"analysts": [x for x in b.analysts if x.id != "ben"],
                             "analyst_inputs": [i for i in b.analyst_inputs if i.analyst_id != "ben"]})
    texts = [c.text for c in compare_snapshots(a, Decision.model_validate(b.model_dump())).changes]
    assert texts == ["Analyst Cy was added", "Analyst Ben was removed, with their own inputs",
                     "Analyst Ann was renamed Ann Smith"]


def test_without_analysts_the_summary_reads_as_before() -> None:
    diff = compare_snapshots(small_decision(), small_decision(), "A", "B")
    assert diff.summary.startswith("Top option in A and B:")


def test_analysts_scores_are_looked_up_by_key_not_scanned(monkeypatch) -> None:
    """QA pass 27: a 40 x 25 team project's snapshot took 0.8 s to compare, ``AnalystInput.score``
    scanning an analyst's whole list once per cell. The comparison keys each list once instead."""
    from counterweight.domain.analysts import AnalystInput

    a = _team()
    b = _then(a, SetAnalystScore("ben", "a", "effect", Score(option_id="a", criterion_id="effect", value=5)))
    scans: list[tuple[str, str]] = []
    original = AnalystInput.score
    monkeypatch.setattr(AnalystInput, "score", lambda self, o, c: scans.append((o, c)) or original(self, o, c))
    [change] = compare_snapshots(a, b).changes
    assert change.text == "Ben's own score of Alpha on Benefits \u203a Effect changed from 6 to 5"
    assert len(scans) <= 1  # at most the change itself, applied alone; before: two per score of Ben's
