"""Parts added in file format 3 (migration m003): score distributions, weight
elicitations, red lines, and the nested method settings they sit beside."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from counterweight.domain import (
    AggregationMethod,
    CriterionPreference,
    Decision,
    Distribution,
    Elicitation,
    Option,
    PairwiseJudgement,
    PreferenceFunction,
    ProjectFileError,
    RedLine,
    RedLineAction,
    Score,
    VikorSettings,
    WeightMethod,
    WeightRange,
)
from counterweight.storage import ProjectStore
from tests.services.exchange_strategies import decisions
from tests.storage.builders import drop_criteria, full_decision, grid_decision, rebuild, replace_score


def test_every_new_field_survives_create_and_load(folder: Path) -> None:
    d = full_decision()
    path = folder / "full.counterweight"
    with ProjectStore.create(path, d) as store:
        assert store.load() == d
    with ProjectStore.open(path) as store:
        loaded = store.load()
    assert loaded == d
    # spot checks that equality is not vacuous
    assert loaded.score("O1", "risk.civ").distribution is Distribution.PERT
    assert loaded.score("O1", "cost").distribution is None
    top = loaded.elicitation(None)
    assert top is not None and top.method is WeightMethod.AHP and top.ahp_priority == "geometric_mean"
    assert top.pairwise[1].value == 1 / 5
    assert top.elicited_at is not None and top.elicited_at.utcoffset() == dt.timedelta(hours=2)
    assert top.elicited_at.microsecond == 250000
    naive = loaded.elicitation("risk.esc")
    assert naive is not None and naive.elicited_at is not None and naive.elicited_at.tzinfo is None
    swing = loaded.elicitation("risk")
    assert swing is not None and swing.swing_points == {"risk.civ": 100, "risk.esc": 37.5}
    assert [r.id for r in loaded.red_lines] == ["rl-civ", "rl-reg", "rl-cost"]
    assert loaded.red_lines[0].action is RedLineAction.EXCLUDE and loaded.red_lines[1].level == "Broad"
    assert loaded.method.promethee.preferences["risk.civ"].p == 50
    assert loaded.method.uncertainty.weight_ranges["cost"].high == 0.2
    assert loaded.method.vikor.v == 0.35


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_new_parts_are_stored_in_their_tables(folder: Path) -> None:
    path = folder / "full.counterweight"
    ProjectStore.create(path, full_decision()).close()
    assert _rows(path, "SELECT node_id, position, method FROM elicitations ORDER BY position") == [
        (None, 0, "ahp"), ("risk", 1, "swing"), ("risk.esc", 2, "roc")]
    assert _rows(path, 'SELECT id, criterion_id, "limit", level, action FROM red_lines ORDER BY position') == [
        ("rl-civ", "risk.civ", 150.0, None, "exclude"), ("rl-reg", "risk.esc.reg", None, "Broad", "flag"),
        ("rl-cost", "cost", -0.5, None, "flag")]
    assert _rows(path, "SELECT distribution FROM scores WHERE option_id = 'O2' AND criterion_id = 'benefit.eff'") \
        == [("uniform",)]


# ------------------------------------------------------------------ edits of each new part


def _replace_elicitation(d: Decision, node_id: str | None, **fields: object) -> Decision:
    return rebuild(d, elicitations=[
        Elicitation.model_validate({**e.model_dump(), **fields}) if e.node_id == node_id else e
        for e in d.elicitations])


def _add_elicitation(d: Decision) -> Decision:
    return rebuild(d, elicitations=[*d.elicitations, Elicitation(
        node_id="benefit", method=WeightMethod.RANK_SUM, ranks={"benefit.eff": 1})])


def _change_pairwise_judgement(d: Decision) -> Decision:
    top = d.elicitation(None)
    assert top is not None
    pairs = [top.pairwise[0], PairwiseJudgement(first="cost", second="risk", value=1 / 3), top.pairwise[2]]
    return _replace_elicitation(d, None, pairwise=pairs)


def _change_swing_and_ranks(d: Decision) -> Decision:
    return _replace_elicitation(d, "risk", ranks={"risk.civ": 2, "risk.esc": 1},
                                swing_points={"risk.civ": 60, "risk.esc": 100})


def _change_elicitation_provenance(d: Decision) -> Decision:
    return _replace_elicitation(d, "risk.esc", method=WeightMethod.EQUAL, elicited_by="Analyst B",
                                elicited_at=dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
                                note="Redone", ranks={})


def _remove_top_elicitation(d: Decision) -> Decision:
    return rebuild(d, elicitations=[e for e in d.elicitations if e.node_id is not None])


def _reorder_elicitations(d: Decision) -> Decision:
    return rebuild(d, elicitations=list(reversed(d.elicitations)))


def _add_red_line(d: Decision) -> Decision:
    return rebuild(d, red_lines=[*d.red_lines, RedLine(id="rl-eff", criterion_id="benefit.eff", limit=10,
                                                       action=RedLineAction.EXCLUDE, note="Must work")])


def _change_red_line(d: Decision) -> Decision:
    return rebuild(d, red_lines=[
        r.model_copy(update={"limit": 99.5, "action": RedLineAction.FLAG}) if r.id == "rl-civ"
        else r.model_copy(update={"level": "Some", "note": "Tighter"}) if r.id == "rl-reg" else r
        for r in d.red_lines])


def _remove_red_line(d: Decision) -> Decision:
    return rebuild(d, red_lines=[r for r in d.red_lines if r.id != "rl-reg"])


def _reorder_red_lines(d: Decision) -> Decision:
    return rebuild(d, red_lines=list(reversed(d.red_lines)))


def _set_distributions(d: Decision) -> Decision:
    d = replace_score(d, "O1", "risk.civ", distribution=Distribution.UNIFORM)  # changed
    d = replace_score(d, "O2", "benefit.eff", distribution=None)  # cleared
    return replace_score(d, "O1", "benefit.eff", low=5, high=20, distribution=Distribution.PERT)  # added


def _change_nested_method(d: Decision) -> Decision:
    m = d.method
    prefs = {**m.promethee.preferences,
             "risk.civ": CriterionPreference(function=PreferenceFunction.LEVEL, q=1, p=2)}
    prefs.pop("cost")
    method = m.model_copy(update={
        "aggregation": AggregationMethod.PROMETHEE,
        "topsis": m.topsis.model_copy(update={"normalization": "vector"}),
        "promethee": m.promethee.model_copy(update={"preferences": prefs}),
        "vikor": VikorSettings(v=1.0),
        "uncertainty": m.uncertainty.model_copy(update={
            "seed": 0, "weight_ranges": {"cost": WeightRange(low=0, high=1)}, "criteria_order": []}),
    })
    return rebuild(d, method=method)


def _remove_criteria_with_red_lines_and_elicitations(d: Decision) -> Decision:
    # the group 'risk' holds an elicited node and two criteria with red lines
    return drop_criteria(d, {"risk", "risk.civ", "risk.esc", "risk.esc.reg"})


def _clear_all_new_parts(d: Decision) -> Decision:
    scores = [s.model_copy(update={"distribution": None}) for s in d.scores]
    return rebuild(d, elicitations=[], red_lines=[], scores=scores, method=type(d.method)())


def _everything_at_once(d: Decision) -> Decision:
    for edit in (_add_elicitation, _change_pairwise_judgement, _remove_red_line, _change_red_line,
                 _add_red_line, _set_distributions, _change_nested_method, _reorder_elicitations):
        d = edit(d)
    return d


EDITS: dict[str, Callable[[Decision], Decision]] = {
    f.__name__.lstrip("_"): f
    for f in (_add_elicitation, _change_pairwise_judgement, _change_swing_and_ranks, _change_elicitation_provenance,
              _remove_top_elicitation, _reorder_elicitations, _add_red_line, _change_red_line, _remove_red_line,
              _reorder_red_lines, _set_distributions, _change_nested_method,
              _remove_criteria_with_red_lines_and_elicitations, _clear_all_new_parts, _everything_at_once)
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_commit_of_each_new_part_persists_exactly_the_new_decision(folder: Path, name: str) -> None:
    old = full_decision()
    new = EDITS[name](old)
    assert new != old
    path = folder / "p.counterweight"
    with ProjectStore.create(path, old) as store:
        store.commit(old, new, action=name, target="t", before=None, after=None)
        assert store.load() == new
        store.commit(new, old, action="undo " + name, target="t", before=None, after=None)
        assert store.load() == old
        store.commit(old, new, action="redo " + name, target="t", before=None, after=None)
    with ProjectStore.open(path) as store:
        assert store.load() == new
        assert [e.action for e in store.audit_log(3)] == ["redo " + name, "undo " + name, name]


def test_new_parts_can_be_added_to_a_file_that_had_none(folder: Path) -> None:
    full = full_decision()
    bare = EDITS["clear_all_new_parts"](full)
    with ProjectStore.create(folder / "p.counterweight", bare) as store:
        assert store.load() == bare
        store.commit(bare, full, action="add", target="t", before=None, after=None)
        assert store.load() == full


# ------------------------------------------------------------------ what a commit writes


def _writes_during(store: ProjectStore, fn: Callable[[], None]) -> list[str]:
    seen: list[str] = []
    conn = store._conn
    assert conn is not None
    conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]


def test_one_score_change_leaves_elicitations_and_red_lines_alone(folder: Path) -> None:
    old = full_decision()
    new = replace_score(old, "O2", "cost", value=-1.0)
    with ProjectStore.create(folder / "p.counterweight", old) as store:
        writes = _writes_during(
            store, lambda: store.commit(old, new, action="Set score", target="t", before=None, after=None))
    assert len(writes) == 2, writes
    assert "INTO scores" in writes[0] and "INTO audit" in writes[1]


def test_red_line_edit_rewrites_only_the_red_lines_table(folder: Path) -> None:
    old = full_decision()
    new = EDITS["change_red_line"](old)
    with ProjectStore.create(folder / "p.counterweight", old) as store:
        writes = _writes_during(
            store, lambda: store.commit(old, new, action="Red line", target="t", before=None, after=None))
    tables = [w.split()[2] for w in writes]  # DELETE FROM <t> / INSERT INTO <t> (one per row)
    assert tables == ["red_lines"] * (1 + len(new.red_lines)) + ["audit"], writes
    assert "99.5" in writes[1]


def test_elicitation_edit_rewrites_only_the_elicitations_table(folder: Path) -> None:
    old = full_decision()
    new = EDITS["change_swing_and_ranks"](old)
    with ProjectStore.create(folder / "p.counterweight", old) as store:
        writes = _writes_during(
            store, lambda: store.commit(old, new, action="Weights", target="t", before=None, after=None))
    assert [w.split()[2] for w in writes] == ["elicitations"] * (1 + len(new.elicitations)) + ["audit"], writes


def test_failed_commit_keeps_new_parts_unchanged(folder: Path) -> None:
    d = full_decision()
    # ``old`` wrongly claims option X is stored, so the score on X breaks a foreign
    # key after the red lines and elicitations were cleared: all must be undone.
    lying_old = rebuild(d, options=[*d.options, Option(id="X", name="Ghost")])
    new = rebuild(lying_old, scores=[*d.scores, Score(option_id="X", criterion_id="cost", value=1)],
                  red_lines=[], elicitations=d.elicitations[:1])
    with ProjectStore.create(folder / "p.counterweight", d) as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.commit(lying_old, new, action="bad", target="t", before=None, after=None)
        assert store.load() == d
        assert [e.action for e in store.audit_log()] == ["Create project"]


# ------------------------------------------------------------------ the file guards the rules too


def _project(folder: Path) -> tuple[Path, sqlite3.Connection]:
    path = folder / "p.counterweight"
    ProjectStore.create(path, full_decision()).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return path, conn


_ELICIT = "INSERT INTO elicitations (node_id, position, method, ahp_priority) VALUES ({}, 9, 'equal', 'x')"
# 'cost' is a leaf with scores and a red line; ``prepare`` clears what the case is not about.
_FREE_COST = ["DELETE FROM scores WHERE criterion_id = 'cost'", "DELETE FROM red_lines WHERE criterion_id = 'cost'"]


@pytest.mark.parametrize(
    ("prepare", "sql"),
    [
        ([], "INSERT INTO red_lines (id, position, criterion_id, \"limit\", action)"
             " VALUES ('n', 9, 'nowhere', 1, 'flag')"),
        (["DELETE FROM scores WHERE criterion_id = 'cost'"], "DELETE FROM criteria WHERE id = 'cost'"),
        ([*_FREE_COST, _ELICIT.format("'cost'")], "DELETE FROM criteria WHERE id = 'cost'"),
        ([], _ELICIT.format("'nowhere'")),
        ([], _ELICIT.format("NULL")),
        ([], _ELICIT.format("'risk'")),
    ],
    ids=["red line on missing criterion", "criterion with a red line", "criterion with an elicitation",
         "elicitation of missing node", "second top-level elicitation", "second elicitation of a node"],
)
def test_file_refuses_dangling_or_duplicate_rows(folder: Path, prepare: list[str], sql: str) -> None:
    _, conn = _project(folder)
    try:
        for statement in prepare:
            conn.execute(statement)
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(sql)
        if prepare and "DELETE FROM criteria" in sql:  # the case is sound: without the blocker it works
            conn.execute("DELETE FROM red_lines WHERE criterion_id = 'cost'")
            conn.execute("DELETE FROM elicitations WHERE node_id = 'cost'")
            conn.execute(sql)
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("sql", "names"),
    [
        ("UPDATE scores SET distribution = 'lognormal' WHERE option_id = 'O1' AND criterion_id = 'risk.civ'",
         ["scores", "'O1'", "'risk.civ'", "distribution"]),
        ("UPDATE red_lines SET action = 'explode' WHERE id = 'rl-civ'", ["red_lines", "'rl-civ'", "action"]),
        ("UPDATE red_lines SET level = 'Some' WHERE id = 'rl-civ'", ["red_lines", "'rl-civ'", "exactly one"]),
        ("UPDATE red_lines SET level = 'Enormous' WHERE id = 'rl-reg'", ["red line", "Regional spill-over"]),
        ("UPDATE elicitations SET method = 'magic' WHERE node_id = 'risk'", ["elicitations", "'risk'", "method"]),
        ("UPDATE elicitations SET judgements = '{\"ranks\": {\"a\": 0}}' WHERE node_id = 'risk'",
         ["elicitations", "'risk'", "ranks"]),
        ("UPDATE elicitations SET judgements = '{\"ranks\": {}, \"method\": \"ahp\"}' WHERE node_id IS NULL",
         ["elicitations", "top level", "judgements"]),
        ("UPDATE elicitations SET judgements = '[1' WHERE node_id IS NULL", ["elicitations", "top level", "JSON"]),
        ("UPDATE elicitations SET elicited_at = 'yesterday' WHERE node_id = 'risk.esc'",
         ["elicitations", "'risk.esc'", "elicited at"]),
        ("UPDATE project SET method = json_set(method, '$.vikor.v', 2)", ["project", "method", "vikor"]),
    ],
)
def test_damaged_new_rows_name_table_and_row(folder: Path, sql: str, names: list[str]) -> None:
    path, conn = _project(folder)
    conn.execute(sql)
    conn.close()
    with ProjectStore.open(path) as store, pytest.raises(ProjectFileError) as info:
        store.load()
    text = f"{info.value} {info.value.detail}"
    for name in names:
        assert name in text, text


def test_grid_with_new_parts_round_trips(folder: Path) -> None:
    d = grid_decision(12, 8)
    d = rebuild(d, elicitations=[Elicitation(node_id=f"G{g}", method=WeightMethod.ROC,
                                             ranks={c.id: i + 1 for i, c in enumerate(d.children(f"G{g}"))})
                                 for g in range(4)],
                red_lines=[RedLine(id=f"R{j}", criterion_id=f"C{j}", limit=j * 10.0) for j in range(8)])
    with ProjectStore.create(folder / "g.counterweight", d) as store:
        assert store.load() == d


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(decisions(), decisions())
def test_random_decisions_round_trip_and_replace_each_other(first: Decision, second: Decision) -> None:
    """Random decisions (the exchange tests' strategy, which draws every new part) are
    stored losslessly, and a commit from one to an unrelated other stores exactly it."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "random.counterweight"
        with ProjectStore.create(path, first) as store:
            assert store.load() == first
            store.commit(first, second, action="replace", target="t", before=None, after=None)
            assert store.load() == second
            store.commit(second, first, action="back", target="t", before=None, after=None)
            assert store.load() == first
