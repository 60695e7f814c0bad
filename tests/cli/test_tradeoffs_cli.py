"""``counterweight tradeoffs``: the value map on the command line (QA pass 29, finding 13), checked against
the engine and the brief's words, with the axes by id or name, a method with no map and a bad axis."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from counterweight.domain.methods import AggregationMethod
from counterweight.engine import evaluate
from counterweight.engine.tradeoff import tradeoff_map
from counterweight.services import exchange
from tests.cli.conftest import Result, write_decision


def test_json_follows_the_map_of_the_engine(cli: Callable[..., Result], example_project: Path,
                                            example_json: Path) -> None:
    before = hashlib.sha256(example_project.read_bytes()).hexdigest()
    res = cli("tradeoffs", example_project, "--json")
    assert res.code == 0, res.err
    data = res.json()
    tmap = tradeoff_map(evaluate(exchange.read_file(example_json)))
    assert (data["x"]["name"], data["y"]["name"]) == ("Risks", "Benefits") and data["available"]
    assert [p["id"] for p in data["points"]] == [p.option_id for p in tmap.points]
    assert [p["number"] for p in data["points"]] == list(range(1, len(tmap.points) + 1))
    strike = next(p for p in data["points"] if p["name"] == "Strike troops in staging areas")
    assert strike["dominated_by"] == ["o5"] and strike["shortfall"] == pytest.approx(11.2, abs=0.05)
    assert strike["shortfall_axis"] == "y"
    assert data["frontier"] == list(tmap.frontier)
    assert any("gives up 11.0 on Risks for 33.5 more on Benefits" in s for s in data["sentences"])
    assert hashlib.sha256(example_project.read_bytes()).hexdigest() == before  # only read


def test_axes_by_name_and_the_shortfall_axis_in_text(cli: Callable[..., Result], example_json: Path) -> None:
    res = cli("tradeoffs", example_json, "--x", "financial and materiel cost", "--y", "deterrent-effect")
    assert res.code == 0, res.err
    assert "Dominated by 3; 11.1 short on Financial and materiel cost" in res.out
    assert "Frontier (in order across): Strike troops in staging areas" in res.out


def test_a_method_that_does_not_add_up_says_why(cli: Callable[..., Result], example_json: Path,
                                                tmp_path: Path) -> None:
    d = exchange.read_file(example_json)
    d = d.model_copy(update={"method": d.method.model_copy(update={"aggregation": AggregationMethod.TOPSIS})})
    res = cli("tradeoffs", write_decision(tmp_path / "t.json", d), "--json")
    assert res.code == 0, res.err
    data = res.json()
    assert not data["available"] and data["reason"] == "not_additive" and data["points"] == []
    assert "The map needs the weighted sum" in data["sentences"][0]


def test_an_unknown_axis_is_bad_input(cli: Callable[..., Result], example_json: Path) -> None:
    res = cli("tradeoffs", example_json, "--x", "nowhere")
    assert res.code == 2 and "--x: there is no criterion or group 'nowhere'" in res.err
