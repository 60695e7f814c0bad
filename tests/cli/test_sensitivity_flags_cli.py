"""``counterweight sensitivity`` names what the Sensitivity tab names (QA 21 item 5; h20j).

* An option that breaches a flagged red line is flagged wherever the text names it as
  first or as the option a change puts first (top option, thresholds table, the list of
  smallest changes); the JSON items carry ``new_top_breaches``.
* Every weight change and every score change tied for the smallest of its kind is
  listed, and a tie is never cut at the end of the list.

Two criteria: A1 = (90, 20), A2 = (10, 80), weights 2:1. A1 leads (0.667 to 0.333);
raising the weight of C2 puts A2 first. A flagged red line at 30 on C1 is breached by
A2 (10); one at 30 on C2 by A1 (20).
"""

from __future__ import annotations

from pathlib import Path

from counterweight.domain import RedLine, RedLineAction
from counterweight.engine.flip import FlipItem, FlipResult
from counterweight.engine.ranking import is_tie
from counterweight.services import exchange
from counterweight.services.robustness import flip_analysis
from tests.cli.conftest import write_decision
from tests.engine.helpers import flat_decision


def _flat(text: str) -> str:
    return " ".join(text.split())


def _decision(*lines: RedLine):  # noqa: ANN202
    return flat_decision([[90, 20], [10, 80]], [2, 1]).model_copy(update={"red_lines": list(lines)})


def _flag(criterion: str) -> RedLine:
    return RedLine(id=f"r-{criterion}", criterion_id=criterion, limit=30, action=RedLineAction.FLAG)


def test_the_option_a_change_puts_first_is_flagged(cli, tmp_path: Path) -> None:
    path = write_decision(tmp_path / "flag.json", _decision(_flag("c1")))
    result = cli("sensitivity", path)
    assert result.code == 0, result.err
    out = result.out
    assert "Top option: A1\n" in out  # A1 breaches nothing
    table = [line for line in out.splitlines() if line.startswith("C2 ")]
    assert len(table) == 1 and table[0].rstrip().endswith("A2 \u2691")
    assert "\u2691 A2 breaches the red line on C1." in out
    listed = {line.split(":")[0]: line for line in out.splitlines() if line.startswith("  - ")}
    for weight in ("  - Weight of C1", "  - Weight of C2"):  # a weight leaves A2's 10 on C1 as it is
        assert listed[weight].endswith("puts A2 (\u2691 breaches the red line on C1) on top")
    # raising A2's own score on C1 to 60 lifts it over the red line: checked after the change, no flag
    assert listed["  - A2 on C1"].endswith("to 60 (50.0% of its range) puts A2 on top")
    items = cli("sensitivity", path, "--json").json()["robustness"]["items"]
    breaches = {i["label"]: i["new_top_breaches"] for i in items if i["new_top"] == "o2"}
    assert breaches["Weight of C1"] == breaches["Weight of C2"] == ["C1"] and breaches["A2 on C1"] == []
    assert all(i["new_top_breaches"] == [] for i in items if i["new_top"] is None)


def test_the_top_option_is_flagged_and_the_criterion_view_too(cli, tmp_path: Path) -> None:
    path = write_decision(tmp_path / "top.json", _decision(_flag("c1"), _flag("c2")))
    out = cli("sensitivity", path).out
    assert "Top option: A1 (\u2691 breaches the red line on C2)" in out
    one = cli("sensitivity", path, "--criterion", "C2").out
    assert "Top option: A1 (\u2691 breaches the red line on C2)" in one
    assert "puts A2 (\u2691 breaches the red line on C1) on top." in one


def test_no_red_line_no_flag(cli, tmp_path: Path) -> None:
    out = cli("sensitivity", write_decision(tmp_path / "plain.json", _decision())).out
    assert "\u2691" not in out and "breaches" not in out


def test_every_change_tied_for_the_smallest_of_its_kind_is_listed(cli, example_json: Path) -> None:
    # The example: five weight changes are smaller than any score change, and three score
    # changes tie for the smallest (one level, 25 % of the scale); the window names all three.
    decision = exchange.read_file(example_json)
    flips = flip_analysis(decision)
    text = _flat(cli("sensitivity", example_json).out)
    for kind in ("weight", "score"):
        found = [i for i in flips.items if i.kind == kind and i.fraction is not None]
        tied = [i for i in found if is_tie(i.fraction, found[0].fraction)]
        assert (kind, len(tied)) != ("score", 1)  # the example has a real tie
        for item in tied:
            assert f"{item.label}: to " in text, item.label


def _item(label: str, fraction: float) -> FlipItem:
    return FlipItem("score", label, "c1", "o1", 1.0, 2.0, 1.0, fraction, 1.0, "o2", True)


def test_a_tie_at_the_end_of_the_list_is_not_cut() -> None:
    from counterweight.cli.sensitivity import LISTED, MAX_LISTED, nearest_changes

    items = tuple([_item(f"S{k}", 0.1 * (k + 1)) for k in range(LISTED - 1)]
                  + [_item(f"T{k}", 0.9) for k in range(3)] + [_item("last", 0.95)])
    flips = FlipResult("o1", items, 0.1, "robust")
    listed, more = nearest_changes(flips)
    assert [i.label for i in listed] == [i.label for i in items[:-1]] and more == 0
    many = FlipResult("o1", tuple(_item(f"U{k}", 0.5) for k in range(MAX_LISTED + 4)), 0.1, "robust")
    listed, more = nearest_changes(many)
    assert len(listed) == MAX_LISTED and more == 4
