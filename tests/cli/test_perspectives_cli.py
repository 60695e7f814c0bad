"""``counterweight robust`` and ``counterweight compare``."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from counterweight.domain import Score
from counterweight.domain.perspectives import ScoreOverride, ScoreScenario, WeightSet
from counterweight.services.edits import SetScore
from counterweight.services.perspectives import AddScenario, AddWeightSet, TakeSnapshot
from counterweight.services.session import ProjectSession
from tests.cli.conftest import Result
from tests.factories import small_decision


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """small_decision with a perspective, a scenario, a snapshot, then Charlie's effect raised to 10."""
    path = tmp_path / "p.counterweight"
    with ProjectSession.create(path, small_decision()) as s:
        s.apply(AddWeightSet(WeightSet(id="ben", name="Benefits view", weights={"risks": 0})))
        s.apply(AddScenario(ScoreScenario(id="spike", name="Harm spike", overrides=[
            ScoreOverride(option_id="b", criterion_id="harm", level="Severe")])))
        s.apply(TakeSnapshot.of(s.decision, "Baseline"))
        s.apply(SetScore("c", "effect", Score(option_id="c", criterion_id="effect", value=10)))
    return path


def test_robust_json(cli: Callable[..., Result], project: Path) -> None:
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    res = cli("robust", project, "--json")
    assert res.code == 0, res.err
    data = res.json()
    assert len(data["pairs"]) == 4
    # Charlie's effect is now 10 (value 1.0): base weights a 68.75, b 55 (40 in the spike), c 75;
    # benefits view a 37.5, b 80, c 90. Charlie is best in every pair; Alpha's worst regret is 90 - 37.5.
    assert data["robust_choice"] == "c"
    assert {o["id"]: o["max_regret"] for o in data["options"]}["a"] == pytest.approx(90 - 37.5)
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before


def test_robust_text(cli: Callable[..., Result], project: Path) -> None:
    res = cli("robust", project)
    assert res.code == 0, res.err
    assert "Benefits view" in res.out and "Harm spike" in res.out
    assert "Robust choice: Charlie" in res.out


def test_compare_snapshot_with_current(cli: Callable[..., Result], project: Path) -> None:
    res = cli("compare", project, "Baseline", "current", "--json")
    assert res.code == 0, res.err
    data = res.json()
    [change] = data["changes"]
    assert change["kind"] == "score" and "Charlie" in change["text"] and "from 6 to 10" in change["text"]
    assert change["moved_ranking"] is True
    assert data["top_a"] == ["a"] and data["top_b"] == ["c"]
    text = cli("compare", project, "baseline", "current")
    assert text.code == 0 and "MOVED THE RANKING" in text.out


def test_compare_unknown_snapshot_is_exit_2(cli: Callable[..., Result], project: Path) -> None:
    res = cli("compare", project, "Nope", "current")
    assert res.code == 2
    assert "no snapshot 'Nope'" in res.err and "Baseline" in res.err


def test_robust_text_with_an_excluded_option(cli: Callable[..., Result], tmp_path: Path) -> None:
    # A cost ceiling of 9 $bn excludes Bravo (10 $bn) in every pair: its cells say so instead
    # of a rank and a regret, and its worst-case regret is "-".
    from counterweight.domain import RedLine, RedLineAction

    data = small_decision().model_dump()
    data["red_lines"] = [RedLine(id="r", criterion_id="cost", limit=9, action=RedLineAction.EXCLUDE).model_dump()]
    path = tmp_path / "r.counterweight"
    with ProjectSession.create(path, type(small_decision()).model_validate(data)):
        pass
    res = cli("robust", path)
    assert res.code == 0, res.err
    row = next(line for line in res.out.splitlines() if line.startswith("Current weights"))
    assert "excluded" in row and "Bravo is excluded by a red line" in res.out
    worst = next(line for line in res.out.splitlines() if line.startswith("worst-case regret"))
    assert worst.split()[-2] == "-"  # Alpha, Bravo, Charlie: Bravo has none
    assert cli("robust", path, "--json").json()["pairs"][0]["ranks"]["b"] is None
