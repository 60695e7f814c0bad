"""``counterweight sensitivity``: thresholds per criterion, score lines, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.engine import evaluate
from counterweight.engine.flip import flip_distances
from counterweight.engine.sensitivity import weight_sensitivity
from counterweight.services import exchange
from tests.cli.conftest import run_subprocess
from tests.cli.test_errors import assert_user_error
from tests.factories import small_decision


def test_json_thresholds_match_the_engine(cli, example_json: Path) -> None:
    result = cli("sensitivity", example_json, "--json")
    assert result.code == 0, result.err
    payload = result.json()
    assert list(payload) == ["file", "decision", "method", "top", "exact", "criteria", "robustness"]
    decision = exchange.read_file(example_json)
    expected = weight_sensitivity(decision)
    assert payload["top"]["id"] == evaluate(decision).top() and payload["exact"] is True
    assert [c["id"] for c in payload["criteria"]] == [c.criterion_id for c in expected.criteria]
    for got, want in zip(payload["criteria"], expected.criteria):
        for key, t in (("increase", want.increase), ("decrease", want.decrease)):
            if t is None:
                assert got[key] is None
            else:
                assert got[key]["local_weight"] == pytest.approx(t.local_weight, abs=1e-9)
                assert got[key]["new_top"]["id"] == t.new_top_id
    flips = flip_distances(decision)
    assert payload["robustness"]["verdict"] == flips.verdict
    assert [i["label"] for i in payload["robustness"]["items"]] == [i.label for i in flips.items]


def test_text_table_names_every_criterion_and_the_verdict(cli, small_json: Path) -> None:
    result = cli("sensitivity", small_json)
    assert result.code == 0, result.err
    for name in ("Risks", "Civilian harm", "Benefits", "Effect", "Cost"):
        assert name in result.out
    assert "Top option: Alpha" in result.out
    # hand-derived in tests/engine: Risks flips to Bravo when lowered to 37.8% (34/90)
    risks = next(line for line in result.out.splitlines() if line.startswith("Risks "))
    assert "37.8% (-12.2)" in risks and "Bravo" in risks
    assert "Verdict: " in result.out


def test_criterion_lines_json_and_text(cli, small_json: Path) -> None:
    payload = cli("sensitivity", small_json, "--criterion", "risks", "--json").json()
    crit = payload["criterion"]
    assert crit["id"] == "risks" and "curve" in crit and "lines" in crit
    ws = crit["curve"]["local_weights"]
    assert len(ws) == 101 and ws[0] == 0.0 and ws[-1] == 1.0
    # Alpha: harm value 1.0 under Risks, 0.375 under Benefits -> score = 37.5 + 62.5 w (0-100)
    assert crit["lines"]["a"] == {"intercept": pytest.approx(37.5), "slope": pytest.approx(62.5)}
    assert crit["curve"]["scores"]["a"][50] == pytest.approx(68.75)
    text = cli("sensitivity", small_json, "--criterion", "Benefits > Cost").out
    assert "Criterion: Benefits › Cost" in text and "100%" in text
    alpha = next(line for line in text.splitlines() if line.startswith("Alpha"))
    assert len(alpha.split()) == 12  # name + 11 weights


def test_unknown_criterion_exits_2_naming_the_option(cli, small_json: Path) -> None:
    result = cli("sensitivity", small_json, "--criterion", "Speed")
    assert_user_error(result, "--criterion", "Speed", "Effect")


def test_project_file_and_subprocess(cli, small_project: Path) -> None:
    inside = cli("sensitivity", small_project, "--json").json()
    outside = run_subprocess(["sensitivity", small_project, "--json"])
    assert outside.code == 0, outside.err
    assert outside.json() == inside
    assert inside["top"]["id"] == evaluate(small_decision()).top()


def test_every_option_excluded_is_said_plainly(cli, tmp_path: Path) -> None:
    # small_decision's costs are 2, 10 and 8 $bn (lower is better): a 1 $bn ceiling excludes all
    # three. There is no top option, so the verdict must not claim "fewer than two options".
    from counterweight.domain import Decision, RedLine, RedLineAction

    data = small_decision().model_dump()
    data["red_lines"] = [RedLine(id="r", criterion_id="cost", limit=1, action=RedLineAction.EXCLUDE).model_dump()]
    path = tmp_path / "excluded.json"
    exchange.write_file(path, Decision.model_validate(data))
    result = cli("sensitivity", path)
    assert result.code == 0, result.err
    assert "Top option: none (no option is ranked)" in result.out
    assert "Verdict: not applicable: no option is ranked." in result.out
    assert "fewer than two options" not in result.out
    assert "Every option is excluded by a red line" in result.out
    assert cli("sensitivity", path, "--json").json()["top"] is None
