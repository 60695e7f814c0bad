"""``counterweight evaluate``: the table, the JSON, and agreement with the engine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from counterweight.domain import Decision, Normalization
from counterweight.engine import Evaluation, evaluate
from counterweight.services import exchange
from counterweight.services.projects import load_decision
from tests.cli.conftest import run_subprocess, write_decision
from tests.factories import small_decision

# as_dict rounds scores to 4 decimals; allow for that and nothing more.
SCORE_TOL = 0.5e-4 + 1e-9


def assert_matches_engine(payload: dict, decision: Decision, ev: Evaluation) -> None:
    """The JSON options, ranks, scores, method figures and diagnostics equal the engine's own result."""
    expected_order = [ev.option_ids[int(i)] for i in ev.order]
    assert [o["id"] for o in payload["options"]] == expected_order
    computed = {int(r) for r in ev.method_rows}
    for opt in payload["options"]:
        i = ev.option_index(opt["id"])
        assert opt["name"] == decision.option(opt["id"]).name
        assert opt["rank"] == (int(ev.ranks[i]) if ev.is_ranked(opt["id"]) else None)
        if i in computed:
            assert opt["score"] == pytest.approx(100.0 * float(ev.totals[i]), abs=SCORE_TOL)
        else:
            assert opt["score"] is None
        if ev.additive:
            assert set(opt["contributions"]) == set(ev.leaf_labels)
            for j, label in enumerate(ev.leaf_labels):
                assert opt["contributions"][label] == pytest.approx(
                    100.0 * float(ev.contributions[i, j]), abs=SCORE_TOL)
        else:
            assert opt["contributions"] == {}
        assert set(opt["method_values"]) == set(ev.extras)
        for key, values in ev.extras.items():
            if i in computed:
                assert opt["method_values"][key] == pytest.approx(float(values[i]), abs=0.5e-6 + 1e-12)
            else:
                assert opt["method_values"][key] is None
    assert payload["diagnostics"] == [d.as_dict() for d in ev.diagnostics]
    assert payload["method"] == {"aggregation": ev.aggregation.value, "normalization": ev.normalization.value}
    assert payload["parameters"] == dict(ev.parameters)
    assert [e["id"] for e in payload["excluded"]] == list(ev.excluded_option_ids)
    assert [u["id"] for u in payload["unranked"]] == list(ev.unranked_option_ids)
    assert [(b["option_id"], b["red_line_id"]) for b in payload["red_lines"]] == [
        (b.option_id, b.red_line_id) for b in ev.red_line_breaches]
    assert payload["decision"]["id"] == decision.id
    assert payload["decision"]["title"] == decision.title


#: The keys of ``evaluate --json`` before issue 3, which must keep their names and order.
OLD_KEYS = ["file", "decision", "method", "options", "diagnostics"]
NEW_KEYS = ["settings_source", "parameters", "red_lines", "excluded", "unranked", "compromise"]


def test_json_on_the_shipped_example_matches_the_engine(cli, example_json: Path) -> None:
    result = cli("evaluate", example_json, "--json")
    assert result.code == 0, result.err
    assert result.err == ""
    payload = result.json()
    assert list(payload) == OLD_KEYS + NEW_KEYS
    assert payload["file"] == str(example_json)
    decision = exchange.read_file(example_json)
    assert_matches_engine(payload, decision, evaluate(decision))
    for opt in payload["options"]:
        assert list(opt) == ["id", "name", "score", "rank", "contributions", "method_values"]
    assert payload["method"]["aggregation"] == decision.method.aggregation.value
    assert payload["compromise"] is None


def test_json_is_best_first(cli, example_json: Path) -> None:
    options = cli("evaluate", example_json, "--json").json()["options"]
    scores = [o["score"] for o in options]
    ranks = [o["rank"] for o in options]
    assert scores == sorted(scores, reverse=True)
    assert ranks == sorted(ranks) and ranks[0] == 1


def test_json_on_a_project_made_by_import(cli, example_project: Path) -> None:
    result = cli("evaluate", example_project, "--json")
    assert result.code == 0, result.err
    decision = load_decision(example_project)
    assert_matches_engine(result.json(), decision, evaluate(decision))


@pytest.mark.parametrize("method", list(Normalization), ids=lambda m: m.value)
def test_each_normalization_matches_the_engine(cli, example_json: Path, example_project: Path,
                                               method: Normalization) -> None:
    decision = exchange.read_file(example_json)
    expected = evaluate(decision, normalization=method)
    for source in (example_json, example_project):
        result = cli("evaluate", source, "--normalization", method.value, "--json")
        assert result.code == 0, result.err
        payload = result.json()
        assert payload["method"]["normalization"] == method.value
        assert_matches_engine(payload, decision, expected)


def test_normalization_changes_the_result(cli, example_json: Path) -> None:
    """Guards against the option being ignored: two methods give different scores."""
    a = cli("evaluate", example_json, "--json", "--normalization", "value_function").json()
    b = cli("evaluate", example_json, "--json", "--normalization", "vector").json()
    assert [o["score"] for o in a["options"]] != [o["score"] for o in b["options"]]


def _table_rows(text: str) -> list[tuple[int, str, str]]:
    rows = []
    for line in text.splitlines():
        m = re.match(r"^\s*(\d+)\s{2}(.+?)\s{2,}(\d+\.\d)(?:\s{2,}\S.*)?$", line)
        if m:
            rows.append((int(m.group(1)), m.group(2).strip(), m.group(3)))
    return rows


def test_human_table_on_the_shipped_example(cli, example_json: Path) -> None:
    result = cli("evaluate", example_json)
    assert result.code == 0, result.err
    decision = exchange.read_file(example_json)
    ev = evaluate(decision)
    expected = [
        (int(ev.ranks[i]), ev.option_names[i], f"{100.0 * float(ev.totals[i]):.1f}") for i in map(int, ev.order)
    ]
    assert _table_rows(result.out) == expected
    assert decision.title in result.out
    assert "Top contributions" in result.out
    # the largest contribution of the winner is named in its line
    best = int(ev.order[0])
    top_label = ev.leaf_labels[int(ev.contributions[best].argmax())]
    winner_line = next(line for line in result.out.splitlines() if line.startswith(f"  {ev.option_names[best]}:"))
    assert top_label.split()[0] in winner_line


def test_human_output_on_a_project(cli, small_project: Path) -> None:
    result = cli("evaluate", small_project)
    assert result.code == 0, result.err
    ev = evaluate(small_decision())
    assert [r[1] for r in _table_rows(result.out)] == [ev.option_names[int(i)] for i in ev.order]


def test_warnings_are_listed_below_the_table(cli, tmp_path: Path) -> None:
    full = small_decision()
    gappy = full.model_copy(update={"scores": [s for s in full.scores if s.key != ("b", "effect")]})
    path = write_decision(tmp_path / "gappy.json", Decision.model_validate(gappy.model_dump()))
    ev = evaluate(exchange.read_file(path))
    warnings = [d for d in ev.diagnostics if d.severity == "warning"]
    assert warnings, "the fixture should produce a missing-score warning"

    text = cli("evaluate", path).out
    assert "Warnings:" in text
    assert text.index("Warnings:") > text.index("Rank")
    flat = " ".join(text.split())
    for d in warnings:
        assert " ".join(d.message.split()) in flat

    payload = cli("evaluate", path, "--json").json()
    assert any(d["code"] == "missing_score" and d["option_id"] == "b" for d in payload["diagnostics"])


def test_json_in_a_subprocess_equals_in_process(cli, example_json: Path) -> None:
    inside = cli("evaluate", example_json, "--json").json()
    outside = run_subprocess(["evaluate", example_json, "--json"])
    assert outside.code == 0, outside.err
    assert outside.json() == inside


def test_ties_share_a_rank(cli, tmp_path: Path) -> None:
    base = small_decision()
    twin = base.option("a").model_copy(update={"id": "a2", "name": "Alpha twin"})
    twin_scores = [s.model_copy(update={"option_id": "a2"}) for s in base.scores if s.option_id == "a"]
    tied = Decision.model_validate(
        base.model_copy(update={"options": [*base.options, twin], "scores": [*base.scores, *twin_scores]}).model_dump()
    )
    path = write_decision(tmp_path / "tied.json", tied)
    options = cli("evaluate", path, "--json").json()["options"]
    by_id = {o["id"]: o for o in options}
    assert by_id["a"]["rank"] == by_id["a2"]["rank"]
    assert by_id["a"]["score"] == by_id["a2"]["score"]
    ids = [o["id"] for o in options]
    assert ids.index("a") + 1 == ids.index("a2")  # tied options keep the decision's order
