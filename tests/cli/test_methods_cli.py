"""``evaluate --method ...`` and ``compare-methods``: agreement with the engine, settings, errors.

Every expected number here comes from the engine itself (``evaluate`` and
``compare_methods``) run on the same decision with the same settings; the CLI
must report them, not recompute them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from counterweight.domain import (
    AggregationMethod,
    CriterionPreference,
    Decision,
    PreferenceFunction,
    RedLine,
    RedLineAction,
)
from counterweight.engine import Evaluation, evaluate
from counterweight.engine.comparison import compare_methods
from counterweight.services import exchange
from tests.cli.conftest import write_decision
from tests.cli.test_errors import assert_user_error
from tests.cli.test_evaluate import assert_matches_engine
from tests.engine.helpers import flat_decision
from tests.factories import small_decision

METHODS = [m.value for m in AggregationMethod]
#: Table columns of each method (the figures the human output must show).
COLUMNS = {
    "wsm": [], "wpm": [],
    "topsis": [("D+", "d_plus"), ("D-", "d_minus"), ("C", "closeness")],
    "promethee": [("phi+", "phi_plus"), ("phi-", "phi_minus"), ("phi", "phi")],
    "vikor": [("S", "S"), ("R", "R"), ("Q", "Q")],
}
DASH = "—"


def with_method(decision: Decision, **settings: Any) -> Decision:
    """``decision`` with some method settings replaced, validated afresh."""
    data = decision.model_dump()
    for key, value in settings.items():
        data["method"][key] = value
    return Decision.model_validate(data)


def with_red_line(decision: Decision, line: RedLine) -> Decision:
    data = decision.model_dump()
    data["red_lines"] = [line.model_dump()]
    return Decision.model_validate(data)


def ranking_rows(text: str) -> list[list[str]]:
    """Cells of the ranking table (the lines under the rule that follows the 'Rank' header)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Rank  "))
    rows = []
    for line in lines[start + 2:]:
        if not re.match(rf"^\s*(\d+|{DASH})\s{{2}}", line):
            break
        rows.append(re.split(r"\s{2,}", line.strip()))
    return rows


def assert_table_matches(text: str, ev: Evaluation) -> None:
    """Rank, name and the method's own figures in the text table equal the engine's numbers."""
    rows = ranking_rows(text)
    computed = {int(r) for r in ev.method_rows}
    assert [r[1] for r in rows] == [ev.option_names[int(i)] for i in ev.order]
    for row, i in zip(rows, map(int, ev.order)):
        oid = ev.option_ids[i]
        assert row[0] == (str(ev.rank_of(oid)) if ev.is_ranked(oid) else DASH)
        columns = COLUMNS[ev.aggregation.value]
        if not columns and i in computed:
            assert float(row[2]) == pytest.approx(100.0 * float(ev.totals[i]), abs=0.05 + 1e-9)
        elif not columns:
            assert row[2] == DASH
        for k, (_, key) in enumerate(columns):
            cell = row[2 + k]
            if i in computed:
                assert float(cell) == pytest.approx(float(ev.extras[key][i]), abs=0.5e-4 + 1e-12), (key, cell)
            else:
                assert cell == DASH


# ------------------------------------------------------------------ each method equals the engine


@pytest.mark.parametrize("method", METHODS)
def test_json_of_each_method_equals_the_engine(cli, small_json: Path, example_json: Path, method: str) -> None:
    for path in (small_json, example_json):
        decision = exchange.read_file(path)
        result = cli("evaluate", path, "--method", method, "--json")
        assert result.code == 0, result.err
        assert result.err == ""
        payload = result.json()
        expected = evaluate(decision, method=method)
        assert payload["method"]["aggregation"] == method
        assert_matches_engine(payload, decision, expected)
        assert payload["settings_source"]["aggregation"] == "command_line"
        for opt in payload["options"]:
            assert list(opt) == ["id", "name", "score", "rank", "contributions", "method_values"]


@pytest.mark.parametrize("method", METHODS)
def test_text_of_each_method_equals_the_engine(cli, small_json: Path, example_json: Path, method: str) -> None:
    for path in (small_json, example_json):
        result = cli("evaluate", path, "--method", method)
        assert result.code == 0, result.err
        expected = evaluate(exchange.read_file(path), method=method)
        assert_table_matches(result.out, expected)
        headers = re.split(r"\s{2,}", next(line for line in result.out.splitlines() if line.startswith("Rank  ")))
        want = [h for h, _ in COLUMNS[method]] or ["Score"]
        assert headers[2:2 + len(want)] == want
        assert ("Top contributions" in result.out) == (method == "wsm")
        assert expected.aggregation.label in result.out


def test_vikor_compromise_and_its_conditions(cli, example_json: Path) -> None:
    decision = exchange.read_file(example_json)
    ev = evaluate(decision, method="vikor")
    res = ev.details
    payload = cli("evaluate", example_json, "--method", "vikor", "--json").json()
    comp = payload["compromise"]
    assert comp["option_ids"] == list(ev.compromise_option_ids)
    assert comp["acceptable_advantage"] is bool(res.acceptable_advantage)
    assert comp["acceptable_stability"] is bool(res.acceptable_stability)
    assert comp["dq"] == pytest.approx(1.0 / (len(decision.options) - 1))
    first, second = (ev.option_ids[int(ev.method_rows[int(k)])] for k in res.order[:2])
    assert (comp["leader_id"], comp["runner_up_id"]) == (first, second)
    assert comp["q_advantage"] == pytest.approx(ev.extras["Q"][ev.option_index(second)]
                                                - ev.extras["Q"][ev.option_index(first)], abs=1e-6)

    text = cli("evaluate", example_json, "--method", "vikor").out
    names = dict(zip(ev.option_ids, ev.option_names))
    kind = "solution" if len(ev.compromise_option_ids) == 1 else "set"
    assert f"VIKOR compromise {kind}: " + ", ".join(names[o] for o in ev.compromise_option_ids) in text
    flat = " ".join(text.split())
    assert f"C1 acceptable advantage: {'met' if res.acceptable_advantage else 'failed'}" in flat
    assert f"C2 acceptable stability: {'met' if res.acceptable_stability else 'failed'}" in flat


def test_compromise_is_null_for_other_methods(cli, small_json: Path) -> None:
    for method in ("wsm", "wpm", "topsis", "promethee"):
        assert cli("evaluate", small_json, "--method", method, "--json").json()["compromise"] is None


# ------------------------------------------------------------------ where the settings come from


STORED = {
    "aggregation": "vikor",
    "normalization": "min_max",
    "topsis": {"normalization": "min_max"},
    "vikor": {"v": 0.1},
    "promethee": {"preferences": {"effect": {"function": "v_shape", "p": 4.0}}},
}


@pytest.fixture
def stored_json(tmp_path: Path) -> Path:
    """The small decision with non-default method settings saved in the file."""
    return write_decision(tmp_path / "stored.json", with_method(small_decision(), **STORED))


def test_stored_settings_are_used_without_options(cli, stored_json: Path, tmp_path: Path) -> None:
    decision = exchange.read_file(stored_json)
    payload = cli("evaluate", stored_json, "--json").json()
    assert payload["method"]["aggregation"] == "vikor"
    assert payload["parameters"] == {"v": 0.1}
    assert_matches_engine(payload, decision, evaluate(decision))
    assert payload["settings_source"]["aggregation"] == "file"
    assert payload["settings_source"]["vikor_v"] == "file"
    # the stored v matters: the default v gives other Q values on this decision
    default_v = evaluate(with_method(decision, vikor={"v": 0.5}))
    assert [o["method_values"]["Q"] for o in payload["options"]] != [
        round(float(default_v.extras["Q"][default_v.option_index(o["id"])]), 6) for o in payload["options"]]
    assert "(from the file)" in cli("evaluate", stored_json).out

    project = tmp_path / "stored.counterweight"
    assert cli("import", stored_json, "-o", project).code == 0
    from_project = cli("evaluate", project, "--json").json()
    assert {k: v for k, v in from_project.items() if k != "file"} == {
        k: v for k, v in payload.items() if k != "file"}


def test_stored_promethee_preferences_are_used(cli, stored_json: Path) -> None:
    decision = exchange.read_file(stored_json)
    payload = cli("evaluate", stored_json, "--method", "promethee", "--json").json()
    assert payload["parameters"]["preferences"]["effect"] == {"function": "v_shape", "p": 4.0}
    assert payload["settings_source"]["preferences"] == {"harm": "default", "effect": "file", "cost": "default"}
    assert_matches_engine(payload, decision, evaluate(decision, method="promethee"))


def test_options_beat_stored_settings(cli, stored_json: Path) -> None:
    decision = exchange.read_file(stored_json)
    result = cli("evaluate", stored_json, "--method", "topsis", "--topsis-normalization", "vector", "--json")
    assert result.code == 0, result.err
    payload = result.json()
    expected = evaluate(with_method(decision, aggregation="topsis", topsis={"normalization": "vector"}))
    assert_matches_engine(payload, decision, expected)
    assert payload["parameters"] == {"normalization": "vector"}
    assert payload["settings_source"]["topsis_normalization"] == "command_line"
    stored_topsis = evaluate(decision, method="topsis")  # min_max, as saved
    assert [o["method_values"]["closeness"] for o in payload["options"]] != [
        round(float(stored_topsis.extras["closeness"][stored_topsis.option_index(o["id"])]), 6)
        for o in payload["options"]]

    v_run = cli("evaluate", stored_json, "--vikor-v", "0.9", "--json").json()
    assert v_run["parameters"] == {"v": 0.9}
    assert v_run["settings_source"]["vikor_v"] == "command_line"
    assert_matches_engine(v_run, decision, evaluate(with_method(decision, vikor={"v": 0.9})))

    norm = cli("evaluate", stored_json, "--method", "wpm", "--normalization", "max", "--json").json()
    assert norm["method"] == {"aggregation": "wpm", "normalization": "max"}
    assert_matches_engine(norm, decision, evaluate(decision, normalization="max", method="wpm"))
    text = cli("evaluate", stored_json, "--method", "wpm", "--normalization", "max").out
    assert "Normalisation: Ratio to best (cost: min/x) - max (from the command line)" in text


def test_preference_option_beats_the_stored_one_and_keeps_the_others(cli, stored_json: Path) -> None:
    decision = exchange.read_file(stored_json)
    result = cli("evaluate", stored_json, "--method", "promethee", "--preference", "COST=level:q=1,p=3",
                 "--preference", "civilian harm=u_shape:q=20", "--json")
    assert result.code == 0, result.err
    payload = result.json()
    prefs = {
        "effect": CriterionPreference(function=PreferenceFunction.V_SHAPE, p=4.0),
        "cost": CriterionPreference(function=PreferenceFunction.LEVEL, q=1.0, p=3.0),
        "harm": CriterionPreference(function=PreferenceFunction.U_SHAPE, q=20.0),
    }
    expected = evaluate(with_method(
        decision, promethee={"preferences": {k: v.model_dump() for k, v in prefs.items()}}), method="promethee")
    assert_matches_engine(payload, decision, expected)
    assert payload["settings_source"]["preferences"] == {
        "harm": "command_line", "effect": "file", "cost": "command_line"}

    override = cli("evaluate", stored_json, "--method", "promethee", "--preference", "effect=usual", "--json")
    assert override.json()["parameters"]["preferences"]["effect"] == {"function": "usual"}
    assert override.json()["settings_source"]["preferences"]["effect"] == "command_line"
    text = cli("evaluate", stored_json, "--method", "promethee", "--preference", "effect=usual").out
    assert "Effect: usual (from the command line)" in text
    assert "Cost: usual (default: none stored)" in text


def test_an_option_the_method_does_not_use_is_noted_on_stderr(cli, small_json: Path) -> None:
    result = cli("evaluate", small_json, "--method", "topsis", "--vikor-v", "0.2", "--json")
    assert result.code == 0
    assert result.err_lines == ["counterweight: note: --vikor-v has no effect on TOPSIS (closeness to ideal)"]
    assert result.json()["parameters"] == {"normalization": "vector"}


# ------------------------------------------------------------------ bad option values


BAD_OPTIONS = [
    (["--preference", "Nothing=usual"], ["--preference", "Nothing"]),
    (["--preference", "Benefits=usual"], ["--preference", "Benefits", "group"]),
    (["--preference", "Cost=triangle"], ["--preference", "Cost", "triangle"]),
    (["--preference", "Cost=u_shape"], ["--preference", "Cost", "indifference threshold q"]),
    (["--preference", "Cost=v_shape"], ["--preference", "Cost", "preference threshold p"]),
    (["--preference", "Cost=level:q=2"], ["--preference", "Cost", "preference threshold p"]),
    (["--preference", "Cost=gaussian"], ["--preference", "Cost", "spread s"]),
    (["--preference", "Cost=level:q=3,p=3"], ["--preference", "Cost", "q (3)", "p (3)"]),
    (["--preference", "Cost=v_shape_indifference:q=5,p=1"], ["--preference", "Cost", "below"]),
    (["--preference", "Cost=v_shape:p=-1"], ["--preference", "Cost", "negative"]),
    (["--preference", "Cost=v_shape:p=wide"], ["--preference", "Cost", "wide"]),
    (["--preference", "Cost=gaussian:s=0"], ["--preference", "Cost", "s"]),
    (["--preference", "Cost=usual:q=1"], ["--preference", "Cost", "q"]),
    (["--preference", "Cost"], ["--preference", "Cost"]),
    (["--preference", "Cost=usual", "--preference", "cost=usual"], ["--preference", "Cost", "more than once"]),
    (["--vikor-v", "1.5"], ["--vikor-v", "1.5"]),
    (["--vikor-v", "-0.1"], ["--vikor-v"]),
    (["--vikor-v", "nan"], ["--vikor-v"]),
    (["--vikor-v", "half"], ["--vikor-v", "half"]),
    (["--method", "electre"], ["--method", "electre"]),
    (["--topsis-normalization", "sum"], ["--topsis-normalization", "sum"]),
]


@pytest.mark.parametrize(("args", "mentions"), BAD_OPTIONS, ids=lambda x: " ".join(x) if x and x[0][0] == "-" else "")
def test_bad_option_values_exit_2_with_a_located_message(cli, small_json: Path, args: list[str],
                                                         mentions: list[str]) -> None:
    for extra in ([], ["--json"]):
        assert_user_error(cli("evaluate", small_json, "--method", "promethee", *args, *extra), *mentions)


def test_help_documents_the_methods_and_the_new_json_keys(cli) -> None:
    result = cli("evaluate", "--help")
    assert result.code == 0
    for text in ("--method", "--topsis-normalization", "--vikor-v", "--preference", "rank: null when excluded",
                 "contributions: only for wsm", "method_values", "settings_source", "red_lines", "excluded",
                 "unranked", "compromise", *METHODS, *(f.value for f in PreferenceFunction)):
        assert text in result.out, text
    compare_help = cli("compare-methods", "--help")
    assert compare_help.code == 0
    assert "kendall_tau_b" in compare_help.out and "agree_on_top" in compare_help.out
    assert "compare-methods" in cli("--help").out


# ------------------------------------------------------------------ options left out of the ranking


@pytest.mark.parametrize("method", METHODS)
def test_a_red_line_that_excludes_shows_rank_null(cli, tmp_path: Path, method: str) -> None:
    # Bravo costs 10 ($bn, lower is better): above a limit of 9, so it is excluded.
    line = RedLine(id="rl-cost", criterion_id="cost", limit=9, action=RedLineAction.EXCLUDE, note="budget cap")
    decision = with_red_line(small_decision(), line)
    path = write_decision(tmp_path / "red.json", decision)
    expected = evaluate(decision, method=method)
    assert expected.excluded_option_ids == ("b",)  # the fixture does what it says

    payload = cli("evaluate", path, "--method", method, "--json").json()
    by_id = {o["id"]: o for o in payload["options"]}
    assert by_id["b"]["rank"] is None
    assert [o["id"] for o in payload["options"]][-1] == "b"
    assert payload["excluded"] == [{"id": "b", "name": "Bravo", "reasons": [expected.breaches_of("b")[0].reason]}]
    assert payload["red_lines"][0]["action"] == "exclude" and payload["red_lines"][0]["option_id"] == "b"
    assert_matches_engine(payload, decision, expected)

    text = cli("evaluate", path, "--method", method).out
    assert_table_matches(text, expected)
    row = next(r for r in ranking_rows(text) if r[1] == "Bravo")
    assert row[0] == DASH and row[-1] == "excluded by a red line"
    assert "Not ranked:" in text
    assert " ".join(expected.breaches_of("b")[0].reason.split()) in " ".join(text.split())


def test_a_flagging_red_line_is_listed_and_keeps_the_rank(cli, tmp_path: Path) -> None:
    line = RedLine(id="rl-harm", criterion_id="harm", level="Moderate", action=RedLineAction.FLAG)
    decision = with_red_line(small_decision(), line)
    path = write_decision(tmp_path / "flag.json", decision)
    ev = evaluate(decision)
    assert [b.option_id for b in ev.red_line_breaches] == ["b"]
    payload = cli("evaluate", path, "--json").json()
    assert {o["id"]: o["rank"] for o in payload["options"]}["b"] == ev.rank_of("b")
    assert payload["excluded"] == [] and payload["red_lines"][0]["action"] == "flag"
    text = cli("evaluate", path).out
    assert "Red-line flags:" in text
    assert next(r for r in ranking_rows(text) if r[1] == "Bravo")[-1] == "red-line flag"


@pytest.mark.parametrize("method", ["wpm", "topsis", "promethee", "vikor"])
def test_an_option_with_a_missing_score_is_unranked(cli, tmp_path: Path, method: str) -> None:
    full = small_decision()
    gappy = Decision.model_validate(
        full.model_copy(update={"scores": [s for s in full.scores if s.key != ("c", "effect")]}).model_dump())
    path = write_decision(tmp_path / "gappy.json", gappy)
    expected = evaluate(gappy, method=method)
    assert expected.unranked_option_ids == ("c",)

    payload = cli("evaluate", path, "--method", method, "--json").json()
    assert_matches_engine(payload, gappy, expected)
    entry = {o["id"]: o for o in payload["options"]}["c"]
    assert entry["rank"] is None and entry["score"] is None
    assert set(entry["method_values"].values()) == {None}
    assert payload["unranked"][0]["id"] == "c" and payload["unranked"][0]["missing_scores"] == ["Effect"]

    text = cli("evaluate", path, "--method", method).out
    assert_table_matches(text, expected)
    row = next(r for r in ranking_rows(text) if r[1] == "Charlie")
    assert row[0] == DASH and row[-1] == "not ranked: missing scores"


# ------------------------------------------------------------------ compare-methods


def test_compare_methods_json_matches_the_engine(cli, example_json: Path) -> None:
    result = cli("compare-methods", example_json, "--json")
    assert result.code == 0, result.err
    payload = result.json()
    decision = exchange.read_file(example_json)
    expected = compare_methods(decision)
    assert payload["methods"] == METHODS
    tau = payload["kendall_tau_b"]
    assert tau["methods"] == METHODS
    matrix = tau["matrix"]
    n = len(METHODS)
    for a in range(n):
        assert matrix[a][a] == 1.0
        for b in range(n):
            assert matrix[a][b] == matrix[b][a]
            want = expected.tau_between(METHODS[a], METHODS[b])
            assert matrix[a][b] == pytest.approx(want, abs=1e-6)
    assert payload["agree_on_top"] is expected.agree_on_top
    assert payload["summary"] == expected.summary
    assert payload["compared_option_ids"] == list(expected.compared_option_ids)
    for method in METHODS:
        ev = evaluate(decision, method=method)
        assert [o["id"] for o in payload["rankings"][method]] == ev.ranked_option_ids()
        assert [o["rank"] for o in payload["rankings"][method]] == [
            ev.rank_of(i) if ev.is_ranked(i) else None for i in ev.ranked_option_ids()]
        assert payload["top_option_ids"][method] == list(expected.top_option_ids[AggregationMethod(method)])


def test_compare_methods_text(cli, example_json: Path) -> None:
    result = cli("compare-methods", example_json)
    assert result.code == 0, result.err
    decision = exchange.read_file(example_json)
    expected = compare_methods(decision)
    flat = " ".join(result.out.split())
    answer = "yes" if expected.agree_on_top else "no"
    assert f"Methods agree on the top option: {answer}" in flat
    lines = result.out.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("Option  "))
    for line in lines[head + 2: head + 2 + len(decision.options)]:
        cells = re.split(r"\s{2,}", line.strip())
        oid = next(o.id for o in decision.options if o.name == cells[0])
        for method, cell in zip(METHODS, cells[1:]):
            ev = expected.evaluations[AggregationMethod(method)]
            assert cell == (str(ev.rank_of(oid)) if ev.is_ranked(oid) else DASH)
    tau_head = next(i for i, line in enumerate(lines) if line.startswith("Kendall"))
    tau_rows = [re.split(r"\s{2,}", line.strip()) for line in lines[tau_head + 3: tau_head + 3 + len(METHODS)]]
    for a, row in enumerate(tau_rows):
        assert row[0] == METHODS[a].upper()
        for b, cell in enumerate(row[1:]):
            assert float(cell) == pytest.approx(expected.tau_between(METHODS[a], METHODS[b]), abs=0.005 + 1e-9)


def test_compare_methods_says_yes_when_one_option_dominates(cli, tmp_path: Path) -> None:
    # A1 is at least as good as every other option on every criterion, so every method ranks it first.
    decision = flat_decision([[90, 80, 70], [20, 60, 70], [40, 10, 30]], [2, 1, 1])
    path = write_decision(tmp_path / "dominant.json", decision)
    assert compare_methods(decision).agree_on_top
    payload = cli("compare-methods", path, "--json").json()
    assert payload["agree_on_top"] is True
    assert payload["summary"].startswith("Methods agree on the top option: yes")
    assert all(r[0]["id"] == "o1" for r in payload["rankings"].values())
    assert "Methods agree on the top option: yes ('A1')" in cli("compare-methods", path).out


def test_compare_methods_with_an_excluded_option(cli, tmp_path: Path) -> None:
    line = RedLine(id="rl-cost", criterion_id="cost", limit=9, action=RedLineAction.EXCLUDE)
    decision = with_red_line(small_decision(), line)
    path = write_decision(tmp_path / "red.json", decision)
    payload = cli("compare-methods", path, "--json").json()
    assert payload["compared_option_ids"] == ["a", "c"]
    for ranking in payload["rankings"].values():
        assert {o["id"]: o["rank"] for o in ranking}["b"] is None
    assert DASH in cli("compare-methods", path).out
