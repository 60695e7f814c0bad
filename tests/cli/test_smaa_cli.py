"""``counterweight smaa``: acceptability table, JSON, reproducibility and argument errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from counterweight.domain import Decision
from counterweight.engine.smaa import smaa
from counterweight.services import exchange
from tests.cli.conftest import write_decision
from tests.cli.test_errors import assert_user_error
from tests.engine.helpers import flat_decision


@pytest.fixture
def uncertain_json(tmp_path: Path, example_json: Path) -> Path:
    data = exchange.read_file(example_json).model_dump()
    data["method"]["uncertainty"]["weights"] = "none"
    return write_decision(tmp_path / "uncertain.json", Decision.model_validate(data))


def test_json_matches_the_engine_and_is_reproducible(cli, uncertain_json: Path) -> None:
    result = cli("smaa", uncertain_json, "--samples", "3000", "--seed", "9", "--json")
    assert result.code == 0, result.err
    payload = result.json()
    assert list(payload)[:4] == ["file", "decision", "method", "aggregation"]
    assert payload["samples"] == 3000 and payload["seed"] == 9 and payload["weights"] == "none"
    expected = smaa(exchange.read_file(uncertain_json), 3000, 9)
    for i, opt in enumerate(payload["options"]):
        np.testing.assert_allclose(opt["rank_acceptability"], expected.acceptability[i], atol=1e-6)
        if expected.has_central[i]:
            assert opt["confidence"] == pytest.approx(expected.confidence[i], abs=1e-6)
            assert list(opt["central_weights"]) == list(expected.leaf_labels)
    again = cli("smaa", uncertain_json, "--samples", "3000", "--seed", "9", "--json").json()
    assert again == payload
    other = cli("smaa", uncertain_json, "--samples", "3000", "--seed", "10", "--json").json()
    assert other["options"] != payload["options"]


def test_text_table(cli, tmp_path: Path) -> None:
    # A1 first when the weight of C1 exceeds 5/12 (closed form in tests/engine/test_smaa.py)
    d = flat_decision([[90, 10], [20, 60]], [1, 1])
    data = d.model_dump()
    data["method"]["uncertainty"]["weights"] = "none"
    path = write_decision(tmp_path / "two.json", Decision.model_validate(data))
    result = cli("smaa", path, "--samples", "100000", "--seed", "1")
    assert result.code == 0, result.err
    assert "Rank 1" in result.out and "Confidence" in result.out and "Central weights" in result.out
    row = next(line for line in result.out.splitlines() if line.startswith("A1 "))
    assert float(row.split()[1]) == pytest.approx(100 * 7 / 12, abs=0.8)


def test_defaults_come_from_the_file(cli, uncertain_json: Path) -> None:
    payload = cli("smaa", uncertain_json, "--json").json()
    settings = json.loads(uncertain_json.read_text(encoding="utf-8"))["decision"]["method"]["uncertainty"]
    assert payload["samples"] == settings["samples"] and payload["seed"] == settings["seed"]


@pytest.mark.parametrize(("args", "mentions"), [
    (["--samples", "99"], ["--samples", "100"]),
    (["--samples", "2000000"], ["--samples", "1,000,000"]),
    (["--seed", "-1"], ["--seed"]),
    (["--samples", "many"], ["--samples", "many"]),
])
def test_bad_arguments_exit_2(cli, uncertain_json: Path, args: list[str], mentions: list[str]) -> None:
    assert_user_error(cli("smaa", uncertain_json, *args), *mentions)


def test_method_other_than_weighted_sum_is_a_user_error(cli, tmp_path: Path) -> None:
    data = flat_decision([[90, 10], [20, 60]], [1, 1]).model_dump()
    data["method"]["aggregation"] = "topsis"
    path = write_decision(tmp_path / "topsis.json", Decision.model_validate(data))
    assert_user_error(cli("smaa", path, "--samples", "1000"), "weighted sum")
