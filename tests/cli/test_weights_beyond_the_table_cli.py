"""QA pass 23 item 8: ``weights --json`` for 16 AHP criteria says the consistency cannot be checked.

It printed ``"cr": null, "acceptable": true`` for the QA's wildly inconsistent judgements (/tmp/qa23/ahp3.py,
CI 1.55). ``acceptable`` is now null (unknown) and the text report says "cannot be checked".
"""

from __future__ import annotations

from pathlib import Path

from counterweight.domain import Criterion, Decision, Elicitation, NumericScale, Option, PairwiseJudgement, WeightMethod
from tests.cli.conftest import write_decision
from tests.engine.test_ahp_beyond_the_table import qa_sixteen


def _sixteen(tmp_path: Path) -> Path:
    ids, a = qa_sixteen()
    crit = [Criterion(id=i, name=i, scale=NumericScale(lower=0, upper=10)) for i in ids]
    pairwise = [PairwiseJudgement(first=ids[i], second=ids[j], value=float(a[i, j]))
                for i in range(16) for j in range(i + 1, 16)]
    d = Decision(id="ahp16", title="Sixteen", options=[Option(id="a", name="A")], criteria=crit,
                 elicitations=[Elicitation(method=WeightMethod.AHP, pairwise=pairwise)])
    return write_decision(tmp_path / "ahp16.json", d)


def test_json_says_unknown_not_acceptable(cli, tmp_path: Path) -> None:
    result = cli("weights", _sixteen(tmp_path), "--json")
    assert result.code == 0, result.err
    c = result.json()["consistency"]
    assert c["cr"] is None and c["ri"] is None and c["acceptable"] is None
    assert round(c["ci"], 4) == 1.5504 and c["ri_table"] == "Saaty 2005"
    (note,) = result.json()["diagnostics"]
    assert note["code"] == "ahp_cr_unavailable" and "cannot be checked" in note["message"]
    assert "stops at 10" not in note["message"]


def test_text_report_says_cannot_be_checked(cli, tmp_path: Path) -> None:
    result = cli("weights", _sixteen(tmp_path))
    assert result.code == 0, result.err
    line = next(x for x in result.out.splitlines() if x.strip().startswith("CR "))
    assert "not available" in line and "cannot be checked" in line and "stop at 15" in line
