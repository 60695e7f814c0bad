"""``counterweight evaluate --json`` gives the recorded recommendation and decision, and nothing when none is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counterweight.domain.conclusion import Conclusion
from tests.cli.conftest import write_decision
from tests.factories import small_decision


def test_the_conclusion_is_given_when_recorded(cli, tmp_path: Path) -> None:
    d = small_decision().model_copy(update={"conclusion": Conclusion(
        recommended_option_id="c", recommendation="Cheaper", recommended_by="Policy team",
        decided_option_id="b", decided_by="Minister", decided_on=dt.date(2026, 3, 5))})
    result = cli("evaluate", write_decision(tmp_path / "d.json", d), "--json")
    assert result.code == 0, result.err
    payload = result.json()
    assert list(payload)[-1] == "conclusion"
    assert payload["conclusion"] == {
        "recommended_option_id": "c", "recommended_option": "Charlie", "recommendation": "Cheaper",
        "recommended_by": "Policy team", "decided_option_id": "b", "decided_option": "Bravo",
        "decided_by": "Minister", "decided_on": "2026-03-05", "decision_note": ""}


def test_no_key_when_none_is_recorded(cli, small_json: Path) -> None:
    assert "conclusion" not in cli("evaluate", small_json, "--json").json()


def test_help_describes_the_key(cli) -> None:
    out = cli("evaluate", "--help").out
    assert "conclusion" in out and "decided_on" in out
