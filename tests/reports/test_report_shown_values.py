"""Brief, summary and spreadsheet: no number reads equal or zero when it is not, none is shown uncomputed.

Cases and hand calculations: tests/shown_values_cases.py. The shipped example under the
weighted product with value functions is the case the QA pass found: its first two
options score 50.8895 and 50.8635, both "50.9" with one decimal.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from counterweight.domain import AggregationMethod, Decision
from counterweight.domain.methods import MethodSettings
from counterweight.engine import evaluate
from counterweight.engine.flip import flip_distances
from counterweight.engine.sensitivity import weight_sensitivity
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import ranking_section
from counterweight.reports.summary import TippingPoint, summarise
from counterweight.reports.xlsx_export import write_xlsx
from counterweight.services import exchange
from tests.shown_values_cases import near_tie_decision, uncomputed_decision


def _table_rows(html: str) -> list[list[str]]:
    """The body rows of the first table in ``html``, cell texts without markup."""
    body = html[html.index("<tbody>"):html.index("</tbody>")]
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", body):
        rows.append([re.sub(r"<[^>]+>", "", td) for td in re.findall(r"<td[^>]*>(.*?)</td>", tr)])
    return rows


def _tip(at: float, now: float, direction: str = "decrease", **more: object) -> TippingPoint:
    fields = dict(criterion_id="risks", name="Risks", direction=direction, global_now=now, global_at=at,
                  local_now=now, local_at=at, parent_name=None, new_top_name="Bravo", exact=False)
    fields.update(more)
    return TippingPoint(**fields)  # type: ignore[arg-type]


# ------------------------------------------------------------------ brief ranking table


def test_brief_ranking_table_tells_a_near_tie_apart() -> None:
    rows = _table_rows(ranking_section(build_brief(near_tie_decision()), {}))
    assert [r[:3] for r in rows] == [["1", "Alpha", "50.89"], ["2", "Bravo", "50.86"], ["3", "Charlie", "30.00"],
                                     ["3", "Delta", "30.00"]]


def test_brief_ranking_table_writes_no_score_for_an_option_not_computed() -> None:
    rows = {r[1]: r for r in _table_rows(ranking_section(build_brief(uncomputed_decision()), {}))}
    assert rows["Delta"][0] == "—" and rows["Delta"][2] == "—"
    assert "left out by a red line" in rows["Delta"][-1]  # still says it is excluded
    assert "cannot be placed" in rows["Delta"][-1]
    assert rows["Charlie"][2] == "—"
    ev = evaluate(uncomputed_decision())
    echo = ev.option_index("e")  # excluded, but computed: its score out of 100
    assert float(rows["Echo"][2]) == pytest.approx(100 * float(ev.totals[echo]), abs=0.05)


# ------------------------------------------------------------------ summary sentences


def test_summary_gap_and_scores_use_the_tables_decimals() -> None:
    # Hand: 50.89 - 50.86 = 0.03 points
    first = summarise(near_tie_decision()).sentences[0]
    assert first == "Alpha ranks first with 50.89 out of 100, 0.03 points ahead of Bravo (50.86)."


def test_tipping_point_never_reads_equal_to_the_weight_now() -> None:
    # 35.1011 % and 35.1379 % both read 35.1 %; two decimals tell them apart
    assert _tip(0.351011, 0.351379).phrase() == "the weight on Risks falls below about 35.10 % (now 35.14 %)"
    # equal to four decimals: the words say so instead of two equal numbers
    assert _tip(0.35138001, 0.35138002).phrase() == "the weight on Risks falls even slightly below its current 35.1 %"
    # within a group, the local weights get the same care
    text = _tip(0.30, 0.20, "increase", parent_name="Benefits", local_now=0.4, local_at=0.40004).phrase()
    assert text == ("the weight on Risks rises above about 30.0 % (now 20.0 %; within Benefits, "
                    "above 40.004 % instead of 40.000 %)")


@pytest.fixture(scope="module")
def example_wpm() -> Decision:
    d = exchange.read_file(example_decision_path())
    return d.model_copy(update={"method": MethodSettings(aggregation=AggregationMethod.WPM)})


def test_example_under_wpm_reads_no_zero_gap_no_equal_tip_no_zero_share(example_wpm: Decision) -> None:
    ev = evaluate(example_wpm)
    top, runner = (int(i) for i in ev.order[:2])
    sens = weight_sensitivity(example_wpm)
    flips = flip_distances(example_wpm, sensitivity=sens)
    text = summarise(example_wpm, ev, sensitivity=sens, flips=flips).text

    m = re.search(r"ranks first with ([\d.]+) out of 100, ([\d.]+) points ahead of .*? \(([\d.]+)\)", text)
    assert m is not None
    top_text, gap_text, runner_text = m.groups()
    assert top_text != runner_text
    assert float(gap_text) > 0
    places = len(gap_text.split(".")[1])
    assert float(gap_text) == pytest.approx(100 * float(ev.totals[top] - ev.totals[runner]), abs=0.5 * 10 ** -places)
    assert float(top_text) == pytest.approx(100 * float(ev.totals[top]), abs=0.5 * 10 ** -places)

    tips = re.findall(r"(?:rises above|falls below) (?:about )?([\d.]+) % \(now ([\d.]+) %", text)
    assert tips
    for at, now in tips:
        assert at != now

    fraction = flips.fragile_items[0].fraction
    assert fraction is not None and 0 < 100 * fraction < 0.05  # the engine's number reads 0.0 with one decimal
    share = re.search(r"\(([^()]*) % of its range\)", text)
    assert share is not None
    assert float(share.group(1)) > 0
    places = len(share.group(1).split(".")[1])
    assert float(share.group(1)) == pytest.approx(100 * fraction, abs=0.5 * 10 ** -places)


# ------------------------------------------------------------------ spreadsheet


def test_xlsx_results_leave_an_uncomputed_score_empty(tmp_path: Path) -> None:
    out = write_xlsx(uncomputed_decision(), tmp_path / "u.xlsx")
    ws = openpyxl.load_workbook(out)["Results"]
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True) if r[1]}
    assert rows["Delta"][2] is None and rows["Charlie"][2] is None
    assert "excluded by a red line" in rows["Delta"][3]
    ev = evaluate(uncomputed_decision())
    assert rows["Echo"][2] == pytest.approx(100 * float(ev.totals[ev.option_index("e")]))


def test_xlsx_results_show_as_many_decimals_as_the_ranking(tmp_path: Path) -> None:
    out = write_xlsx(near_tie_decision(), tmp_path / "n.xlsx")
    ws = openpyxl.load_workbook(out)["Results"]
    assert {ws.cell(row=r, column=3).number_format for r in range(2, 6)} == {"0.00"}


def test_brief_sensitivity_never_writes_a_tiny_share_as_zero(example_wpm) -> None:
    """Session 18: the brief's list of fragile changes wrote "(0.0 % of its range)" for the
    example under the weighted product, where the summary already wrote the share."""
    from counterweight.reports.brief_html import sensitivity_section

    brief = build_brief(example_wpm)
    html = sensitivity_section(brief, {})
    fraction = brief.flips.fragile_items[0].fraction
    assert fraction is not None and 0 < 100 * fraction < 0.05
    shares = re.findall(r"\(([^()]*) % of its range\)", html)
    assert shares and "0.0" not in shares
    first = shares[0]
    places = len(first.split(".")[1])
    assert float(first) == pytest.approx(100 * fraction, abs=0.5 * 10 ** -places)
