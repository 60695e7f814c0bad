"""The brief says how often an option's drawn score is past a red line (h21b), without Qt.

The Rank acceptability section gets a "Past a red line" column (the engine's shares) and,
per option that ranks first in some draws while past a red line, a sentence; the Summary's
"ranks first in x % of the draws" is followed by how often it does so while past one.
Without a red line, nothing is added.
"""

from __future__ import annotations

import re

from counterweight.domain import Decision, RedLine
from counterweight.engine.smaa import smaa
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import uncertainty_section
from counterweight.services import exchange
from tests.engine.helpers import flat_decision


def _heads(html: str) -> list[str]:
    return re.findall(r"<th(?: [^>]*)?>(.*?)</th>", html)


def _example(red_lines: bool = True) -> Decision:
    d = exchange.read_file(example_decision_path())
    data = d.model_dump()
    data["method"]["uncertainty"].update(weights="none", level_scores="all", samples=3_000)
    if not red_lines:
        data["red_lines"] = []
    return Decision.model_validate(data)


def test_the_section_has_the_column_and_a_sentence_per_option_winning_while_past() -> None:
    d = _example()
    r = smaa(d)
    html = uncertainty_section(build_brief(d), {})
    assert _heads(html)[-1] == "Past a red line"
    assert "(&#x27;Civilian risk&#x27; worse than &#x27;Moderate&#x27;)" in html  # the red line named (escaped)
    body = html[html.index("<tbody>"):]
    for i, oid in enumerate(r.option_ids):
        row = next(x for x in re.findall(r"<tr>(.*?)</tr>", body) if x.startswith(f"<td>{r.option_names[i]}</td>"))
        assert re.findall(r"([0-9.]+) %", row)[-1] == f"{100 * r.red_line_share[oid]:.1f}"
        said = f"in {100 * r.first_past_red_line[oid]:.1f} % of all draws it ranks first while its drawn score"
        assert (said in html) == (r.first_past_red_line[oid] > 0)


def test_without_a_red_line_the_section_has_neither_the_column_nor_the_sentences() -> None:
    assert "Past a red line" in uncertainty_section(build_brief(_example()), {})
    html = uncertainty_section(build_brief(_example(red_lines=False)), {})
    assert "Past a red line" not in html and "red line" not in html


def test_the_summary_says_how_often_the_first_option_wins_while_past_a_red_line() -> None:
    """A1 (5, drawn on 0..10) leads A2 (3, flagged by the red line at 4): A1 wins the draws above 3 and is past
    the red line below 4, so about 10 % of all draws are won by A1 while past it."""
    d = flat_decision([[5], [3]], [1], lower=0, upper=10)
    data = d.model_dump()
    data["scores"][0].update(low=0.0, high=10.0)
    data["red_lines"] = [RedLine(id="rl", criterion_id="c1", limit=4).model_dump()]
    data["method"]["uncertainty"].update(distribution="uniform", samples=20_000)
    d = Decision.model_validate(data)
    brief = build_brief(d)
    past = brief.smaa.first_past_red_line["o1"]
    assert abs(past - 0.1) < 4 * (0.09 / 20_000) ** 0.5
    assert (f"In {100 * past:.1f} % of all draws it ranks first while its drawn score on C1 is past the red line."
            in brief.summary.text)
