"""``counterweight smaa`` carries how often each option's drawn score is past a red line (h21b)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain import Decision
from counterweight.engine.smaa import smaa
from counterweight.services import exchange
from tests.cli.conftest import write_decision


@pytest.fixture
def level_draws(tmp_path: Path, example_json: Path) -> Path:
    data = exchange.read_file(example_json).model_dump()
    data["method"]["uncertainty"].update(weights="none", level_scores="all")
    return write_decision(tmp_path / "levels.json", Decision.model_validate(data))


def test_json_carries_the_shares_of_the_engine_and_names_the_red_lines(cli, level_draws: Path) -> None:
    payload = cli("smaa", level_draws, "--samples", "3000", "--seed", "2", "--json").json()
    expected = smaa(exchange.read_file(level_draws), 3000, 2)
    assert payload["red_lines"] == ["'Civilian risk' worse than 'Moderate'"]
    for opt in payload["options"]:
        assert opt["past_red_line"] == round(expected.red_line_share[opt["id"]], 6)
        assert opt["first_past_red_line"] == round(expected.first_past_red_line[opt["id"]], 6)
    assert any(0 < opt["first_past_red_line"] < opt["rank_acceptability"][0] for opt in payload["options"])


def test_text_output_has_the_column_and_the_sentences(cli, level_draws: Path) -> None:
    out = cli("smaa", level_draws, "--samples", "3000", "--seed", "2").out
    head = next(line for line in out.splitlines() if line.startswith("Option ") and "Rank 1" in line)
    assert head.rstrip().endswith("Past a red line")
    flat = " ".join(out.split())
    assert "ranks first while its drawn score on 'Civilian risk' is past the red line." in flat


def test_without_red_lines_the_json_fields_are_empty(cli, tmp_path: Path, example_json: Path) -> None:
    data = exchange.read_file(example_json).model_dump()
    data["red_lines"] = []
    path = write_decision(tmp_path / "none.json", Decision.model_validate(data))
    payload = cli("smaa", path, "--samples", "1000", "--json").json()
    assert payload["red_lines"] == []
    assert all(o["past_red_line"] is None and o["first_past_red_line"] is None for o in payload["options"])
    assert "Past a red line" not in cli("smaa", path, "--samples", "1000").out
