"""The brief's Sensitivity section names who comes first after each change (QA 21, items 5 and 8).

The tornado chart is followed by its bars as a table, top to bottom: what changes, the
smallest change and the option it puts first; an option that breaches a red line is
flagged there and in the thresholds table. Each named option is checked independently:
the change is applied to the decision (a weight's points just past its threshold, the
other weights of its group keeping theirs; a score's new level) and the ranking's own
evaluation gives the option that comes first.
"""

from __future__ import annotations

import html
import re

import pytest

from counterweight.domain import Decision
from counterweight.engine.evaluate import evaluate
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import sensitivity_section
from counterweight.services import exchange
from counterweight.services.edits import SetWeight

FLAG = " (\u2691 breaches the red line on Civilian risk)"


@pytest.fixture(scope="module")
def brief():
    return build_brief(exchange.read_file(example_decision_path()))


def _tables(markup: str) -> list[list[list[str]]]:
    """Each table's body rows, each cell as plain text (tags dropped, entities read)."""
    out = []
    for body in re.findall(r"<tbody>(.*?)</tbody>", markup, flags=re.S):
        rows = [[html.unescape(re.sub(r"<br>", "\n", re.sub(r"<(?!br>)[^>]+>", "", c)))
                 for c in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)] for row in body.split("<tr>")[1:]]
        out.append(rows)
    return out


def _top(decision: Decision) -> str:
    ev = evaluate(decision)
    return ev.option_names[int(ev.order[0])]


def _past(decision: Decision, criterion_id: str, points: float, direction: str) -> Decision:
    nudge = 1.0 - 1e-6 if direction == "decrease" else 1.0 + 1e-6
    return SetWeight(criterion_id, points * nudge).apply(decision).decision


def test_each_bar_names_the_option_its_change_puts_first(brief) -> None:
    d, sens = brief.decision, brief.sensitivity
    tables = _tables(sensitivity_section(brief, {"tornado": (600, 400)}))
    assert len(tables) == 2, "the thresholds table, then the chart's bars"
    bars = tables[1]
    assert len(bars) == 12  # as many as the chart draws ("the 12 most fragile of 28")
    assert bars[0] == ["The weight of Benefits", "down 3.1 %", "Joint information campaign"]
    by_path = {d.path_name(c.criterion_id): c for c in sens.criteria}
    checked = 0
    for what, size, first in bars:
        if what.startswith("The weight of "):
            c = by_path[what[len("The weight of "):]]
            lines = first.split("\n")
            for side, t in (("down", c.decrease), ("up", c.increase)):
                if t is not None and t.points is not None:
                    top = _top(_past(d, c.criterion_id, t.points, t.direction))
                    line = next(x for x in lines if x.startswith(f"{side}: ")) if len(lines) == 2 else first
                    assert line.removeprefix(f"{side}: ").startswith(top), what
                    checked += 1
        else:  # "The score of X on A › B, ‘old’ → ‘new’"
            m = re.fullmatch(r"The score of (.+) on (.+), \u2018(.+)\u2019 \u2192 \u2018(.+)\u2019", what)
            assert m, what
            option = next(o for o in d.options if o.name == m.group(1))
            crit = next(c for c in d.criteria if d.path_name(c.id) == m.group(2))
            data = d.model_dump()
            score = next(s for s in data["scores"] if (s["option_id"], s["criterion_id"]) == (option.id, crit.id))
            assert score["level"] == m.group(3)
            score["level"] = m.group(4)
            assert first.startswith(_top(Decision.model_validate(data))), what
            checked += 1
        assert ("Transfer US cluster munitions" in first) == ("\u2691" in first)  # the only one that breaches
    assert checked >= 12
    assert any(first == "Transfer US cluster munitions" + FLAG for _, _, first in bars)


def test_the_thresholds_table_flags_an_option_that_breaches_a_red_line(brief) -> None:
    rows = _tables(sensitivity_section(brief, {}))[0]
    civilian = next(r for r in rows if r[0] == "Risks › Civilian risk")
    assert civilian[-1] == "below: Transfer US cluster munitions" + FLAG
    assert not any("\u2691" in r[-1] for r in rows if "Transfer" not in r[-1])
    assert len(_tables(sensitivity_section(brief, {}))) == 1  # no chart, no list of its bars
