"""Several analysts: views, group aggregation (hand-computed) and disagreement."""

from __future__ import annotations

import math

import pytest
from counterweight.domain import Criterion, Decision, NumericScale, Option, Score
from counterweight.domain.analysts import Analyst, AnalystInput, GroupSettings
from counterweight.domain.elicitation import Elicitation, PairwiseJudgement, WeightMethod
from counterweight.domain.errors import CounterweightError, InvalidInputError
from counterweight.engine import evaluate
from counterweight.services.analyst_edits import (
    AddAnalyst,
    RemoveAnalyst,
    SetAnalystScore,
    SetAnalystWeight,
    SetGroupSettings,
    UpdateAnalyst,
)
from counterweight.services.disagreement import disagreement
from counterweight.services.edits import RemoveCriterion
from counterweight.services.option_edits import RemoveOption
from counterweight.services.group import analyst_view, group_view

from tests.factories import small_decision

ANN, BOB, CAT = (Analyst(id=i, name=n) for i, n in (("ann", "Ann"), ("bob", "Bob"), ("cat", "Cat")))


def _with(decision: Decision, inputs: list[AnalystInput], analysts=(ANN, BOB, CAT), **group) -> Decision:
    data = {k: getattr(decision, k) for k in Decision.model_fields}
    data.update(analysts=list(analysts), analyst_inputs=inputs, group=GroupSettings(**group))
    return Decision(**data)


def _score(o: str, c: str, **kw) -> Score:
    return Score(option_id=o, criterion_id=c, **kw)


# ------------------------------------------------------------------ views
def test_analyst_view_overrides_only_what_the_analyst_gave() -> None:
    d = _with(small_decision(), [AnalystInput(analyst_id="ann", scores=[_score("b", "effect", value=1)],
                                              weights={"benefits": 3})])
    view = analyst_view(d, "ann")
    assert view.score("b", "effect").value == 1
    assert view.score("c", "effect").value == 6  # shared
    assert view.criterion("benefits").weight == 3
    assert view.criterion("risks").weight == 1
    assert analyst_view(d, "bob") == d  # no inputs: the shared view
    with pytest.raises(InvalidInputError):
        analyst_view(d, "nobody")


def test_references_are_validated() -> None:
    with pytest.raises(ValueError, match="not in the project"):
        _with(small_decision(), [AnalystInput(analyst_id="zed", weights={"risks": 1})])
    with pytest.raises(ValueError, match="does not exist"):
        _with(small_decision(), [AnalystInput(analyst_id="ann", scores=[_score("zz", "effect", value=1)])])
    with pytest.raises(ValueError, match="above|range|scale|between|outside"):
        _with(small_decision(), [AnalystInput(analyst_id="ann", scores=[_score("a", "effect", value=99)])])


# ------------------------------------------------------------------ scores
@pytest.mark.parametrize(("how", "expected"), [
    ("mean", (1 + 4 + 8) / 3),
    ("median", 4.0),
    ("geometric_mean", 32 ** (1 / 3)),
])
def test_numeric_scores_aggregate(how: str, expected: float) -> None:
    inputs = [AnalystInput(analyst_id=a, scores=[_score("b", "effect", value=v)])
              for a, v in (("ann", 1), ("bob", 4), ("cat", 8))]
    g = group_view(_with(small_decision(), inputs, scores=how))
    assert g.score("b", "effect").value == pytest.approx(expected)
    assert g.score("a", "effect").value == pytest.approx(2)  # nobody disagreed: all voices give the shared 2


@pytest.mark.parametrize(("how", "level"), [
    ("mean", "Moderate"),  # (100 + 0 + 60) / 3 = 53.3, nearest 60
    ("median", "Moderate"),  # 60
    ("geometric_mean", "Severe"),  # a 0 makes the geometric mean 0
])
def test_levels_aggregate_on_their_values(how: str, level: str) -> None:
    inputs = [AnalystInput(analyst_id=a, scores=[_score("c", "harm", level=lv)])
              for a, lv in (("ann", "Low"), ("bob", "Severe"), ("cat", "Moderate"))]
    assert group_view(_with(small_decision(), inputs, scores=how)).score("c", "harm").level == level


def test_level_tie_goes_to_the_lower_value() -> None:
    inputs = [AnalystInput(analyst_id="ann", scores=[_score("c", "harm", level="Low")])]  # 100 and 60 -> 80
    g = group_view(_with(small_decision(), inputs, analysts=(ANN, BOB)))
    assert g.score("c", "harm").level == "Moderate"


def test_shared_voice_counts_once_more() -> None:
    inputs = [AnalystInput(analyst_id="ann", scores=[_score("b", "effect", value=3)])]
    d = _with(small_decision(), inputs, analysts=(ANN,), shared_voice=True)
    assert group_view(d).score("b", "effect").value == pytest.approx((3 + 9) / 2)
    d = _with(small_decision(), inputs, analysts=(ANN,))
    assert group_view(d).score("b", "effect").value == pytest.approx(3)


# ------------------------------------------------------------------ weights
def _weight_inputs() -> list[AnalystInput]:
    # Shares of risks / benefits: Ann 1:3 -> .25/.75, Bob 40:60 -> .4/.6, Cat shared 1:1 -> .5/.5
    return [AnalystInput(analyst_id="ann", weights={"benefits": 3}),
            AnalystInput(analyst_id="bob", weights={"risks": 40, "benefits": 60})]


@pytest.mark.parametrize(("how", "risks_share"), [
    ("mean", (0.25 + 0.4 + 0.5) / 3),
    ("median", 0.4),
    ("geometric_mean", (0.25 * 0.4 * 0.5) ** (1 / 3)
     / ((0.25 * 0.4 * 0.5) ** (1 / 3) + (0.75 * 0.6 * 0.5) ** (1 / 3))),
])
def test_weights_aggregate_as_shares(how: str, risks_share: float) -> None:
    g = group_view(_with(small_decision(), _weight_inputs(), weights=how))
    r, b = g.criterion("risks").weight, g.criterion("benefits").weight
    assert r / (r + b) == pytest.approx(risks_share)


def _ahp_decision(ahp: str) -> Decision:
    crit = [Criterion(id=i, name=i.upper(), scale=NumericScale(lower=0, upper=10)) for i in ("x", "y", "z")]
    base = Decision(id="d", title="AHP", options=[Option(id="o", name="O")], criteria=crit)

    def elic(xy: float, xz: float, yz: float) -> Elicitation:
        return Elicitation(method=WeightMethod.AHP, pairwise=[
            PairwiseJudgement(first="x", second="y", value=xy), PairwiseJudgement(first="x", second="z", value=xz),
            PairwiseJudgement(first="y", second="z", value=yz)])

    inputs = [AnalystInput(analyst_id="ann", elicitations=[elic(3, 5, 1)]),
              AnalystInput(analyst_id="bob", elicitations=[elic(1 / 3, 1, 3)])]
    return _with(base, inputs, analysts=(ANN, BOB), ahp=ahp)


@pytest.mark.parametrize("ahp", ["aij", "aip"])
def test_ahp_group_priorities(ahp: str) -> None:
    # AIJ: geometric-mean judgements x/y = 1, x/z = sqrt(5), y/z = sqrt(3). For a 3x3
    # reciprocal matrix the principal eigenvector equals the row geometric means
    # (Crawford & Williams 1985), so the priorities are proportional to
    # x: 5^(1/6), y: 3^(1/6), z: 15^(-1/6). With row-geometric-mean priorities AIP
    # gives the same vector (Forman & Peniwati 1998 note the two coincide then), and
    # for n = 3 the eigenvector priorities are those, so both must match.
    raw = {"x": 5 ** (1 / 6), "y": 3 ** (1 / 6), "z": 15 ** (-1 / 6)}
    total = sum(raw.values())
    g = group_view(_ahp_decision(ahp))
    points = {c.id: c.weight for c in g.criteria}
    s = sum(points.values())
    for k in raw:
        assert points[k] / s == pytest.approx(raw[k] / total, rel=1e-9)
    recorded = g.elicitation(None)
    if ahp == "aij":
        xz = next(j.value for j in recorded.pairwise if (j.first, j.second) == ("x", "z"))
        assert xz == pytest.approx(math.sqrt(5))
    else:
        assert recorded is None


def _shared_ahp_decision(inputs: list[AnalystInput]) -> Decision:
    """Shared AHP judgements at the top (x twice y and z), and the points they give."""
    crit = [Criterion(id=i, name=i.upper(), scale=NumericScale(lower=0, upper=10), weight=w)
            for i, w in (("x", 50), ("y", 25), ("z", 25))]
    shared = Elicitation(method=WeightMethod.AHP, pairwise=[
        PairwiseJudgement(first="x", second="y", value=2), PairwiseJudgement(first="x", second="z", value=2),
        PairwiseJudgement(first="y", second="z", value=1)])
    base = Decision(id="d", title="AHP", options=[Option(id="o", name="O")], criteria=crit, elicitations=[shared])
    return _with(base, inputs, analysts=(ANN, BOB))


def test_points_an_analyst_gives_under_shared_judgements_count_in_the_group() -> None:
    """Found by QA: the group view took the shared AHP weights, which neither analyst's view uses."""
    d = _shared_ahp_decision([AnalystInput(analyst_id="ann", weights={"x": 10, "y": 80, "z": 10}),
                              AnalystInput(analyst_id="bob", weights={"x": 20, "y": 60, "z": 20})])
    assert analyst_view(d, "ann").elicitation(None) is None  # the shared judgements no longer make its weights
    g = group_view(d)
    total = sum(c.weight for c in g.criteria)
    # mean of the local shares (0.1, 0.8, 0.1) and (0.2, 0.6, 0.2)
    assert [g.criterion(i).weight / total for i in "xyz"] == pytest.approx([0.15, 0.7, 0.15])


def test_shared_judgements_stay_where_an_analyst_gave_no_points() -> None:
    d = _shared_ahp_decision([AnalystInput(analyst_id="ann", scores=[_score("o", "x", value=3)]),
                              AnalystInput(analyst_id="bob", scores=[_score("o", "x", value=4)])])
    assert analyst_view(d, "ann").elicitation(None) == d.elicitation(None)
    g = group_view(d)  # every voice judged by AHP with the same judgements: AIJ gives them back
    total = sum(c.weight for c in g.criteria)
    assert [g.criterion(i).weight / total for i in "xyz"] == pytest.approx([0.5, 0.25, 0.25])


def test_geometric_mean_of_negative_scores_is_refused() -> None:
    crit = [Criterion(id="t", name="Temp", scale=NumericScale(lower=-10, upper=10))]
    base = Decision(id="d", title="T", options=[Option(id="o", name="O")], criteria=crit,
                    scores=[_score("o", "t", value=-2)])
    d = _with(base, [AnalystInput(analyst_id="ann", scores=[_score("o", "t", value=3)])], analysts=(ANN, BOB),
              scores="geometric_mean")
    with pytest.raises(CounterweightError, match="geometric mean"):
        group_view(d)


# ------------------------------------------------------------------ disagreement
def test_a_weight_that_flips_the_top_is_reported() -> None:
    # Hawk: risks 1 : benefits 9 (shares .1/.9) -> Bravo .75 beats Alpha .4375.
    # Group mean shares .3/.7 -> Bravo .65, Charlie .60, Alpha .5625; Dove (shared
    # 1:1) has Alpha .6875 on top, so Dove's weights move the ranking back to Alpha.
    hawk, dove = Analyst(id="hawk", name="Hawk"), Analyst(id="dove", name="Dove")
    d = _with(small_decision(), [AnalystInput(analyst_id="hawk", weights={"benefits": 9})], analysts=(hawk, dove))
    rep = disagreement(d)
    assert rep.group_top == "b"
    assert {t.analyst_id: t.top for t in rep.tops} == {"hawk": "b", "dove": "a"}
    assert rep.top_changes_under_some_analyst
    moved = {(m.kind, m.criterion_id, m.analyst_id, m.new_top) for m in rep.movers}
    assert ("weight", "risks", "dove", "a") in moved
    spread = next(s for s in rep.weights if s.criterion_id == "risks")
    assert spread.range == pytest.approx(40.0)  # 10% vs 50%


def test_a_moving_score_is_told_as_the_level_or_number_with_its_unit() -> None:
    """QA: "70 instead of the group's 100" for a level scale read like a raw score."""
    from counterweight.services.disagreement import score_words

    d = small_decision()
    harm = d.criterion("harm").scale
    for level in harm.levels:  # the level's own 0-100 value gives back its name
        assert score_words(d, "harm", level.value) == level.label
    assert score_words(d, "cost", 7.5) == "7.5 $bn"


def test_a_disagreement_that_moves_nothing_is_not_reported() -> None:
    # Hawk 1 : 1.2 -> Alpha .659 still beats Charlie .6 and Bravo .573; Bob's 7 for
    # Charlie's effect (shared 6) lifts Charlie by .0375 at most: Alpha stays on top.
    d = _with(small_decision(), [AnalystInput(analyst_id="ann", weights={"benefits": 1.2}),
                                 AnalystInput(analyst_id="bob", scores=[_score("c", "effect", value=7)])],
              analysts=(ANN, BOB))
    rep = disagreement(d)
    assert rep.group_top == "a"
    assert not rep.top_changes_under_some_analyst
    assert rep.movers == []
    cell = next(s for s in rep.cells if (s.option_id, s.criterion_id) == ("c", "effect"))
    assert cell.range == pytest.approx(1.0)
    assert cell.cv == pytest.approx(0.5 / 6.5)


@pytest.mark.parametrize(("values", "expected_range", "expected_cv"), [
    ([2.0, 6.0], 4.0, 0.5),  # mean 4, population sd 2 -> 2 / 4
    ([-2.0, -6.0], 4.0, 0.5),  # the CV divides by |mean|
    ([1.0, 2.0, 3.0], 2.0, math.sqrt(2 / 3) / 2),  # sd sqrt(2/3), mean 2
    ([0.0, 0.0], 0.0, 0.0),  # agreement on 0 is full agreement, not "undefined"
    ([7.5, 7.5, 7.5], 0.0, 0.0),
    ([-2.0, 2.0], 4.0, None),  # values differ around a mean of 0: CV undefined
    ([-3.0, 1.0, 2.0], 5.0, None),
])
def test_spread_range_and_coefficient_of_variation(values, expected_range, expected_cv) -> None:
    from counterweight.engine.group import spread

    rng, cv = spread(values)
    assert rng == pytest.approx(expected_range)
    assert cv is None if expected_cv is None else cv == pytest.approx(expected_cv)


def test_analysts_who_agree_on_zero_show_no_spread() -> None:
    # QA: both analysts rate Bravo's harm "Severe" (level value 0) and Alpha's cost 0;
    # the CV came back undefined and the tab drew the "fewer than two analysts" dash.
    d = _with(small_decision(), [AnalystInput(analyst_id=a, scores=[_score("b", "harm", level="Severe"),
                                                                    _score("a", "cost", value=0)])
                                 for a in ("ann", "bob")], analysts=(ANN, BOB))
    rep = disagreement(d)
    cells = {(s.option_id, s.criterion_id): s for s in rep.cells}
    for key in (("b", "harm"), ("a", "cost")):
        assert (cells[key].values, cells[key].range, cells[key].cv) == ({"ann": 0.0, "bob": 0.0}, 0.0, 0.0)


def test_analysts_who_share_a_name_keep_their_own_values() -> None:
    # QA: two analysts called "Ann" (ids x1, x2) collapsed into one value beside a non-zero range.
    # Effect of Alpha: 4 and 8 -> range 4, mean 6, population sd 2, CV 1/3. Cost's share of
    # Benefits: x1 keeps the shared 3 : 1 (25%), x2 gives cost 3 (3 : 3, 50%).
    x1, x2 = Analyst(id="x1", name="Ann"), Analyst(id="x2", name="Ann")
    d = _with(small_decision(), [AnalystInput(analyst_id="x1", scores=[_score("a", "effect", value=4)]),
                                 AnalystInput(analyst_id="x2", scores=[_score("a", "effect", value=8)],
                                              weights={"cost": 3})], analysts=(x1, x2))
    rep = disagreement(d)
    cell = next(s for s in rep.cells if (s.option_id, s.criterion_id) == ("a", "effect"))
    assert cell.values == {"x1": 4.0, "x2": 8.0}
    assert cell.range == pytest.approx(4.0) and cell.cv == pytest.approx(1 / 3)
    weight = next(s for s in rep.weights if s.criterion_id == "cost")
    assert weight.values == pytest.approx({"x1": 25.0, "x2": 50.0})
    assert [(t.analyst_id, t.name) for t in rep.tops] == [("x1", "Ann (1)"), ("x2", "Ann (2)")]
    assert (rep.label("x1"), rep.label("x2")) == ("Ann (1)", "Ann (2)")
    values = next(c for c in rep.as_dict(d)["score_spread"] if c["option_id"] == "a" and c["criterion_id"] == "effect")
    assert values["values"] == [{"analyst_id": "x1", "analyst": "Ann (1)", "value": 4.0},
                                {"analyst_id": "x2", "analyst": "Ann (2)", "value": 8.0}]


def test_analyst_labels_number_repeated_names_only() -> None:
    from counterweight.services.disagreement import analyst_labels

    people = [Analyst(id="p", name="Ann"), Analyst(id="q", name="ann "), Analyst(id="r", name="Ben"),
              Analyst(id="s", name="Ann (2)")]
    # "Ann (2)" is a real analyst's name, so the second Ann takes the next free number
    assert analyst_labels(people) == {"p": "Ann (1)", "q": "ann (3)", "r": "Ben", "s": "Ann (2)"}
    assert analyst_labels([ANN, BOB]) == {"ann": "Ann", "bob": "Bob"}


# ------------------------------------------------------------------ edits
def test_edits_apply_and_invert() -> None:
    d = small_decision()
    steps = [AddAnalyst(ANN), UpdateAnalyst(ANN.model_copy(update={"name": "Ann B"})),
             SetAnalystScore("ann", "b", "effect", _score("b", "effect", value=1)),
             SetAnalystWeight("ann", "cost", 5), SetGroupSettings(GroupSettings(scores="median"))]
    history = [d]
    inverses = []
    for edit in steps:
        applied = edit.apply(history[-1])
        history.append(applied.decision)
        inverses.append(applied.inverse)
    last = history[-1]
    assert last.analysts[0].name == "Ann B"
    assert analyst_view(last, "ann").score("b", "effect").value == 1
    assert last.analyst_inputs[0].weights == {"cost": 5}
    assert last.group.scores == "median"
    for inverse, expected in zip(reversed(inverses), reversed(history[:-1])):
        last = inverse.apply(last).decision
        assert last == expected
    removed = RemoveAnalyst("ann").apply(history[-1])
    assert removed.decision.analysts == [] and removed.decision.analyst_inputs == []
    assert removed.inverse.apply(removed.decision).decision == history[-1]


def test_a_name_another_analyst_has_is_refused_by_the_edits_too() -> None:
    """The Analysts dialog refused a repeated name, but packets, imports and the command line go
    through these edits and could still add a second "Ann"."""
    d = AddAnalyst(ANN).apply(small_decision()).decision
    for edit in (AddAnalyst(Analyst(id="ann2", name=" ann ")),
                 UpdateAnalyst(BOB.model_copy(update={"name": "ANN"}))):
        base = AddAnalyst(BOB).apply(d).decision if isinstance(edit, UpdateAnalyst) else d
        with pytest.raises(InvalidInputError, match="Another analyst is already called 'Ann'"):
            edit.apply(base)
    twins = _with(small_decision(), [], analysts=(ANN, Analyst(id="ann2", name="Ann")))  # an older project
    kept = UpdateAnalyst(Analyst(id="ann2", name="Ann", role="Treasury")).apply(twins).decision
    assert [a.role for a in kept.analysts] == ["", "Treasury"]  # the name unchanged: the role can be edited


def test_removing_an_option_or_criterion_drops_analyst_inputs_and_undo_restores_them() -> None:
    d = _with(small_decision(), [AnalystInput(analyst_id="ann", scores=[_score("b", "effect", value=1)],
                                              weights={"cost": 2})])
    for edit in (RemoveOption("b"), RemoveCriterion("benefits")):
        applied = edit.apply(d)
        assert all(s.option_id != "b" or s.criterion_id != "effect" for i in applied.decision.analyst_inputs
                   for s in i.scores)
        assert applied.inverse.apply(applied.decision).decision == d
    assert RemoveOption("b").apply(d).decision.analyst_inputs[0].weights == {"cost": 2}
    # QA pass 13: an input left empty stayed in memory though the file never stores one, so the
    # decision differed from itself read back; it is dropped (the analyst stays named)
    emptied = RemoveCriterion("benefits").apply(d).decision
    assert emptied.analyst_inputs == [] and "ann" in [a.id for a in emptied.analysts]


def test_an_input_emptied_by_a_removal_is_not_in_memory_or_on_disk(tmp_path) -> None:  # noqa: ANN001
    from counterweight.services.session import ProjectSession

    d = _with(small_decision(), [AnalystInput(analyst_id="ann", scores=[_score("b", "effect", value=1)])])
    with ProjectSession.create(tmp_path / "p.counterweight", d) as session:
        session.apply(RemoveCriterion("effect"))
        in_memory = session.decision
    with ProjectSession.open(tmp_path / "p.counterweight") as again:
        assert again.decision == in_memory


def test_group_of_no_analysts_is_the_shared_view() -> None:
    d = small_decision()
    assert group_view(d) == d
    assert evaluate(group_view(d)).top() == "a"
