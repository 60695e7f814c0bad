"""``counterweight weights``: weights from stored judgements, AHP consistency report, errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from counterweight.domain import Criterion, Decision, Elicitation, NumericScale, Option, PairwiseJudgement, WeightMethod
from counterweight.services.edits import SetWeight
from tests.cli.conftest import write_decision
from tests.cli.test_errors import assert_user_error

TEN = NumericScale(lower=0, upper=10)

# Saaty's house-buying example (Saaty 1980; Saaty 1990, EJOR 48, 9-26): published
# priorities .173 .054 .188 .018 .031 .036 .167 .333, lambda_max 9.669, CI 0.238,
# CR 0.169 with the 1980 random index (RI(8) = 1.41).
HOUSE = ["Size", "Transport", "Neighbourhood", "Age", "Yard", "Facilities", "Condition", "Financing"]
HOUSE_MATRIX = np.array([
    [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
    [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
    [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
    [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
    [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
    [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
    [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
    [4, 7, 5, 8, 6, 6, 2, 1],
])
HOUSE_PRIORITIES = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]


def house_decision() -> Decision:
    """Eight top-level criteria with Saaty's judgements, plus a group 'Money' weighted by swing and ranks."""
    ids = [h.lower() for h in HOUSE]
    crit = [Criterion(id=i, name=h, scale=TEN) for i, h in zip(ids, HOUSE, strict=True)]
    crit += [
        Criterion(id="money", name="Money"),
        Criterion(id="price", name="Price", parent_id="money", scale=TEN),
        Criterion(id="running", name="Running costs", parent_id="money", scale=TEN),
        Criterion(id="resale", name="Resale", parent_id="money", scale=TEN),
    ]
    n = len(ids)
    pairwise = [PairwiseJudgement(first=ids[i], second=ids[j], value=float(HOUSE_MATRIX[i, j]))
                for i in range(n) for j in range(i + 1, n)]
    top = Elicitation(method=WeightMethod.AHP, pairwise=pairwise)
    money = Elicitation(node_id="money", method=WeightMethod.SWING,
                        swing_points={"price": 100, "running": 60, "resale": 40},
                        ranks={"price": 1, "running": 2, "resale": 3})
    return Decision(id="house", title="Buying a house", options=[Option(id="a", name="A")], criteria=crit,
                    elicitations=[top, money])


@pytest.fixture
def house_json(tmp_path: Path) -> Path:
    """The whole decision: the top level has a ninth node, Money, that the AHP judgements do not cover."""
    return write_decision(tmp_path / "house.json", house_decision())


@pytest.fixture
def pure_house_json(tmp_path: Path) -> Path:
    """Only the eight house criteria and Saaty's judgements."""
    d = house_decision()
    crit = [c for c in d.criteria if c.id not in {"money", "price", "running", "resale"}]
    pure = Decision(id=d.id, title=d.title, options=d.options, criteria=crit, elicitations=[d.elicitations[0]])
    return write_decision(tmp_path / "pure.json", pure)


def test_ahp_json_reproduces_saaty_house_example(cli, pure_house_json: Path) -> None:
    before = pure_house_json.read_bytes()
    result = cli("weights", pure_house_json, "--method", "ahp", "--json")
    assert result.code == 0, result.err
    payload = result.json()
    assert list(payload) == ["file", "decision", "node", "method", "priority", "weights", "stale",
                             "consistency", "judgements", "diagnostics"]
    assert payload["node"] == {"id": None, "name": "the top level"}
    assert payload["method"] == "ahp" and payload["priority"] == "eigenvector"
    assert [round(w["local"], 3) for w in payload["weights"]] == HOUSE_PRIORITIES
    assert [w["name"] for w in payload["weights"]] == HOUSE
    # Top-level criteria: global = local.
    assert all(w["global"] == pytest.approx(w["local"], abs=1e-4) for w in payload["weights"])
    c = payload["consistency"]
    assert round(c["lambda_max"], 3) == 9.669 and round(c["ci"], 3) == 0.238 and round(c["cr"], 3) == 0.169
    assert c["ri"] == 1.41 and c["ri_table"] == "Saaty 1980" and c["threshold"] == 0.1 and c["acceptable"] is False
    devs = [j["deviation"] for j in payload["judgements"]]
    assert len(devs) == 28 and devs == sorted(devs, reverse=True)
    assert [d["code"] for d in payload["diagnostics"]] == ["ahp_inconsistent"]
    assert pure_house_json.read_bytes() == before  # only read


def test_ahp_text_report(cli, pure_house_json: Path) -> None:
    result = cli("weights", pure_house_json, "--method", "ahp")
    assert result.code == 0, result.err
    out = result.out
    assert "Weights under the top level" in out and "eigenvector priorities" in out
    assert "lambda_max  9.6689" in out and "CI          0.2384" in out
    assert "1.41  (Saaty 1980 random index)" in out
    assert "CR          0.169  inconsistent" in out
    assert "Least consistent judgements (largest 3):" in out
    assert "  1. " in out and "  3. " in out and "  4. " not in out
    # The first row of the table is Size at 17.3 %.
    row = next(line for line in out.splitlines() if line.startswith("Size "))
    assert row.split()[1] == "17.30"


def test_json_first_judgement_matches_text(cli, pure_house_json: Path) -> None:
    worst = cli("weights", pure_house_json, "--method", "ahp", "--json").json()["judgements"][0]
    text = cli("weights", pure_house_json, "--method", "ahp").out
    line = next(x for x in text.splitlines() if x.startswith("  1. "))
    assert f"{worst['first']} vs {worst['second']}" in line
    assert f"CR would then be {worst['cr_if_changed']:.3f}" in line


def test_geometric_mean_priority(cli, pure_house_json: Path) -> None:
    eig = cli("weights", pure_house_json, "--method", "ahp", "--json").json()
    gm = cli("weights", pure_house_json, "--method", "ahp", "--priority", "geometric-mean", "--json").json()
    assert gm["priority"] == "geometric_mean"
    g = np.prod(HOUSE_MATRIX, axis=1) ** (1 / 8)
    assert [w["local"] for w in gm["weights"]] == pytest.approx(list(g / g.sum()), abs=1e-6)
    assert gm["consistency"]["lambda_max"] == eig["consistency"]["lambda_max"]


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("swing", [0.5, 0.3, 0.2]),  # 100, 60, 40 over 200
        ("roc", [11 / 18, 5 / 18, 2 / 18]),  # Barron & Barrett 1996, n = 3
        ("rank-sum", [3 / 6, 2 / 6, 1 / 6]),
        ("equal", [1 / 3] * 3),
        ("direct", [1 / 3] * 3),  # every criterion still has its default 1 point
    ],
)
def test_group_methods(cli, house_json: Path, method: str, expected: list[float]) -> None:
    result = cli("weights", house_json, "--node", "MONEY", "--method", method, "--json")
    assert result.code == 0, result.err
    payload = result.json()
    assert payload["node"] == {"id": "money", "name": "Money"}
    assert payload["consistency"] is None and payload["judgements"] == [] and payload["priority"] is None
    assert [w["local"] for w in payload["weights"]] == pytest.approx(expected, abs=1e-6)
    # Money is one of nine equally weighted top-level nodes.
    assert [w["global"] for w in payload["weights"]] == pytest.approx([x / 9 for x in expected], abs=1e-4)


def test_default_method_is_the_stored_one(cli, house_json: Path) -> None:
    payload = cli("weights", house_json, "--node", "money", "--json").json()
    assert payload["method"] == "swing" and payload["stale"] is True  # stored weights are all 1
    text = cli("weights", house_json, "--node", "money").out
    assert "Swing weighting" in text and "Swing" in text.splitlines()[3]
    assert "differ from these judgements" in text


def test_not_stale_when_weights_match(cli, tmp_path: Path) -> None:
    from counterweight.services.elicitation import SetElicitation

    d = house_decision()
    d = SetElicitation(d.elicitation("money")).apply(d).decision
    path = write_decision(tmp_path / "set.json", d)
    assert cli("weights", path, "--node", "money", "--json").json()["stale"] is False
    edited = write_decision(tmp_path / "edited.json", SetWeight("price", 5).apply(d).decision)
    assert cli("weights", edited, "--node", "money", "--json").json()["stale"] is True


def test_missing_judgements_exit_2_naming_the_node(cli, house_json: Path) -> None:
    assert_user_error(cli("weights", house_json, "--node", "Money", "--method", "ahp"),
                      "house.json", "pairwise judgements", "'Money'")
    # The top level of this file has a ninth node (Money) the judgements do not cover.
    assert_user_error(cli("weights", house_json, "--method", "ahp"), "house.json", "top level", "'Money'", "missing")


@pytest.mark.parametrize(
    ("node", "words"),
    [("Nowhere", ["'Nowhere'", "no criterion"]), ("price", ["'Price'", "scored criterion"])],
)
def test_bad_node_exit_2(cli, house_json: Path, node: str, words: list[str]) -> None:
    assert_user_error(cli("weights", house_json, "--node", node), "house.json", *words)


def test_unknown_method_is_a_usage_error(cli, house_json: Path) -> None:
    result = cli("weights", house_json, "--method", "magic")
    assert result.code == 2 and "invalid choice" in result.err


def test_project_file(cli, tmp_path: Path, house_json: Path) -> None:
    project = tmp_path / "house.counterweight"
    assert cli("import", house_json, "-o", project).code == 0
    result = cli("weights", project, "--node", "money", "--method", "equal", "--json")
    assert result.code == 0, result.err
    assert [w["local"] for w in result.json()["weights"]] == pytest.approx([1 / 3] * 3)


def test_help_lists_the_command_and_json_keys(cli) -> None:
    top = cli("--help")
    assert "weights" in top.out
    sub = cli("weights", "--help")
    assert sub.code == 0
    for key in ("consistency", "judgements", "cr_if_changed", "rank-sum", "geometric-mean"):
        assert key in sub.out


def test_priority_without_ahp_is_refused_not_ignored(cli, house_json: Path, pure_house_json: Path) -> None:
    """QA round 10: '--priority' with swing weights was silently ignored."""
    stored = cli("weights", house_json, "--node", "money", "--priority", "geometric-mean")
    chosen = cli("weights", house_json, "--node", "money", "--method", "swing", "--priority", "eigenvector")
    for result in (stored, chosen):
        assert result.code == 2 and result.out == "" and len(result.err_lines) == 1
        assert result.err.startswith("counterweight: error: --priority: applies to AHP weights only")
        assert "--method ahp" in result.err
    assert "stored for the group" in stored.err and "stored" not in chosen.err
    assert cli("weights", pure_house_json, "--priority", "geometric-mean").code == 0  # AHP is the stored method
