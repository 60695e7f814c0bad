"""``compare-methods`` says what the Compare methods tab says (QA 21 item 3, h20j).

The three-way verdict, each method's standing (lead, near tie, compromise set, zero
values, preference functions) and the caveats are in the JSON; the caveats follow the
verdict in the text; the help describes the middle wording. Every expected value comes
from the engine (:func:`counterweight.engine.comparison.compare_methods`).

The decision: two criteria of equal weight, A1 = (90, 27.7533), A2 = (50, 50),
A3 = (10, 10). The weighted sum and TOPSIS put A1 first; the weighted product puts A2
0.02 points ahead of A1 (a near tie); PROMETHEE II ties them; VIKOR proposes both. So
A1 is first or level for first under every method: the "near" verdict. A flagged red
line at 30 on C2 is breached by A1 (27.75), which is then named with its breach.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain import AggregationMethod, RedLine, RedLineAction
from counterweight.engine.comparison import compare_methods
from counterweight.services import exchange
from tests.cli.conftest import write_decision
from tests.engine.helpers import flat_decision

BREACH = "'A1' (⚑ breaches the red line on C2)"


@pytest.fixture
def near_json(tmp_path: Path) -> Path:
    base = flat_decision([[90, 27.7533], [50, 50], [10, 10]], [1, 1])
    line = RedLine(id="r", criterion_id="c2", limit=30, action=RedLineAction.FLAG)
    return write_decision(tmp_path / "near.json", base.model_copy(update={"red_lines": [line]}))


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_json_has_the_verdict_each_methods_standing_and_the_caveats(cli, near_json: Path) -> None:
    expected = compare_methods(exchange.read_file(near_json))
    assert expected.verdict == "near" and expected.common_ids == ("o1",)
    result = cli("compare-methods", near_json, "--json")
    assert result.code == 0, result.err
    payload = result.json()
    assert list(payload)[:11] == ["file", "decision", "methods", "rankings", "compared_option_ids", "kendall_tau_b",
                                  "top_option_ids", "agree_on_top", "summary", "parameters", "warnings"]
    assert payload["verdict"] == "near" and payload["common_option_ids"] == ["o1"]
    assert payload["near_tie_points"] == pytest.approx(0.05)
    assert payload["standings"] == expected.as_dict()["standings"]
    assert payload["standings"]["wpm"]["kind"] == "near_tie"
    assert payload["standings"]["wpm"]["near_tie_option_ids"] == ["o1"]
    assert payload["standings"]["vikor"]["kind"] == "compromise"
    assert set(payload["standings"]["promethee"]["preferences"]) == {"c1", "c2"}
    assert payload["caveats"] == list(expected.caveats) and len(payload["caveats"]) == 3
    assert payload["summary"].startswith("Methods agree on the top option: no, but only within ties, near ties or a "
                                         f"compromise set ({BREACH} is among the leaders under every method)")


def test_text_lists_the_caveats_under_the_verdict(cli, near_json: Path) -> None:
    expected = compare_methods(exchange.read_file(near_json))
    result = cli("compare-methods", near_json)
    assert result.code == 0, result.err
    out = result.out
    flat = _flat(out)
    assert _flat(expected.summary) in flat
    assert "Caveats:" in out
    head = out.index("Caveats:")
    assert out.index("Methods agree on the top option") < head
    for caveat in expected.caveats:
        assert _flat(caveat) in _flat(out[head:]), caveat
    assert "a near tie (under 0.05 points)" in flat and "proposes a compromise set" in flat
    assert "usual preference function (type I) on both criteria" in flat


def test_a_weighted_product_zero_is_a_caveat(cli, tmp_path: Path) -> None:
    # A2 scores 0 on C2 (the worst value of a 0-100 scale), so the weighted product scores it 0.
    path = write_decision(tmp_path / "zero.json", flat_decision([[90, 40], [95, 0], [10, 10]], [1, 1]))
    expected = compare_methods(exchange.read_file(path))
    zero = expected.standings[AggregationMethod.WPM].zero_values
    assert zero and zero[0][0] == "o2"
    payload = cli("compare-methods", path, "--json").json()
    assert payload["standings"]["wpm"]["zero_values"] == {"o2": ["C2"]}
    assert "Weighted product: 'A2' scores 0 because its value on 'C2' is 0" in _flat(cli("compare-methods", path).out)


def test_help_describes_the_three_verdicts_and_the_new_keys(cli) -> None:
    result = cli("compare-methods", "--help")
    assert result.code == 0
    flat = _flat(result.out)
    assert "no, but only within ties, near ties or a compromise set" in flat
    for key in ('"near"', "verdict", "common_option_ids", "near_tie_points", "standings", "caveats",
                "compromise_option_ids", "zero_values", "preferences", "lead_points", "breaches the red line"):
        assert key in flat, key
