"""``counterweight sensitivity`` on ties and empty decisions (QA pass 18, item 3).

A shared first place is named as a tie, never one "Top option" or a robust/fragile
verdict; no weight, no criteria or no scores give "not applicable" with the reason;
no share of a range reads "0.0%". Decisions from tests/engine/test_flip_ties.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import write_decision
from tests.engine.test_flip_ties import (
    no_criteria_decision,
    no_scores_decision,
    tied_decision,
    zero_weight_decision,
)


def test_a_tie_is_named_and_is_neither_robust_nor_fragile(cli, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_decision(tmp_path / "tie.json", tied_decision())
    result = cli("sensitivity", path)
    assert result.code == 0, result.err
    assert "Top option: A1 and A2 (tied)" in result.out
    assert "Verdict: tied: A1 and A2 share first place, so any change that favours one of them puts it first." \
        in " ".join(result.out.split())
    assert "robust" not in result.out and "fragile" not in result.out
    assert "(0.0% of its range)" not in result.out
    # the changes listed put the third option first, at a real distance
    listed = [line for line in result.out.splitlines() if line.startswith("  - ")]
    assert listed and all("puts A3 on top" in line for line in listed)
    robustness = cli("sensitivity", path, "--json").json()["robustness"]
    assert robustness["verdict"] == "tied" and robustness["tied"] == ["o1", "o2"]
    assert robustness["reason"] is None


@pytest.mark.parametrize(("make", "reason", "note"), [
    (zero_weight_decision, "no criterion carries any weight", "No criterion carries any weight"),
    (no_criteria_decision, "the decision has no scored criteria", "The decision has no scored criteria yet"),
    (no_scores_decision, "no option has a score", "No option has a score yet"),
])
def test_no_verdict_says_why(cli, tmp_path: Path, make, reason: str, note: str) -> None:  # noqa: ANN001
    path = write_decision(tmp_path / "empty.json", make())
    result = cli("sensitivity", path)
    assert result.code == 0, result.err
    assert f"Verdict: not applicable: {reason}." in result.out
    assert "Top option: A1 and A2 (tied)" in result.out or "Top option: A1, A2 and A3 (tied)" in result.out
    assert note in result.out
    assert "robust" not in result.out and "fragile" not in result.out and "of its range" not in result.out
    robustness = cli("sensitivity", path, "--json").json()["robustness"]
    assert robustness["verdict"] == "not_applicable" and robustness["reason"] == make.__name__.replace(
        "_decision", "").replace("zero_weight", "no_weight")
