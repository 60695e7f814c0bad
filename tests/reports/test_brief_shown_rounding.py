"""QA 31 items 8 and 13: the brief's shown numbers follow one rounding rule, and a score's tipping point is
written as precisely as the criterion's scores, with its unit on both sides.

Item 13: Python's formatting rounds half to even on the stored number, so a local weight of 31.25 % printed
"31.2 %" where a spreadsheet shows 31.3 %, and the example's 92.25 % share printed 92.2 %. The shown-number
helpers now round half away from zero, on the number as written. The lead of the method used, in the
"Other aggregation methods" table, has the Summary's decimals (1.45 there, not 1.4).
Item 8: the bars' table printed "9.5 → 15.7556 £m" and "1,500 → 1,096.87 homes".
"""

from __future__ import annotations

import html
import re

from counterweight.domain import Decision
from counterweight.domain.shown_numbers import fixed
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_sensitivity import tornado_table
from counterweight.reports.summary import pct, pts


def test_halves_are_rounded_away_from_zero_as_a_spreadsheet_does() -> None:
    assert fixed(31.25, 1) == "31.3" and pct(0.3125) == "31.3 %"
    assert fixed(1.45, 1) == "1.5"  # stored a little below 1.45; a spreadsheet's ROUND still gives 1.5
    assert fixed(2.675, 2) == "2.68" and fixed(0.125, 2, sign=True) == "+0.13"
    assert fixed(-2.5, 0) == "-3" and fixed(-0.04, 1) == "0.0" and fixed(-0.0, 1, sign=True) == "+0.0"
    assert fixed(1.446, 1) == "1.4" and pts(0.92225) == "92.2" and pts(0.9225) == "92.3"
    assert fixed(float("inf"), 2) == "inf" and fixed(1e300, 0).startswith("1000")


def _procurement() -> Decision:
    """QA 31's d1: four suppliers, whole-life cost in £m with one decimal, functional fit in whole points."""
    crit = [{"id": "cost", "name": "Whole-life cost", "direction": "lower_better", "unit": "£m",
             "scale": {"kind": "numeric", "lower": 0, "upper": 20}, "weight": 30},
            {"id": "fit", "name": "Functional fit", "scale": {"kind": "numeric", "lower": 0, "upper": 10}, "weight": 25},
            {"id": "lock", "name": "Supplier lock-in", "direction": "lower_better",
             "scale": {"kind": "numeric", "lower": 0, "upper": 10}, "weight": 10}]
    vals = {"a": (9.5, 8, 7), "b": (7.2, 7, 5), "c": (14.0, 9, 1), "d": (4.1, 4, 3)}
    scores = [{"option_id": o, "criterion_id": c, "value": v} for o, row in vals.items()
              for c, v in zip(("cost", "fit", "lock"), row)]
    return Decision.model_validate({"id": "p", "title": "Procurement", "criteria": crit, "scores": scores,
                                    "options": [{"id": o, "name": f"Option {o.upper()}"} for o in vals]})


def test_a_score_tipping_point_is_written_at_the_criterion_precision_with_its_unit() -> None:
    brief = build_brief(_procurement())
    markup = "".join(tornado_table(brief.decision, brief.flips, brief.sensitivity))
    moves = re.findall(r", ([^,<]*?) \u2192 ([^<]*?)</td>", html.unescape(markup))
    assert moves, markup
    for before, after in moves:
        assert not re.search(r"\d\.\d{2,}", f"{before} {after}"), (before, after)  # scores have one decimal at most
        assert before.endswith(" £m") == after.endswith(" £m"), (before, after)  # the unit on both sides
    assert any(after.endswith(" £m") for _, after in moves)


def test_the_methods_table_gives_the_lead_at_the_summary_decimals() -> None:
    """d3's lead read 1.45 in the Summary and 1.4 in the methods table: scores there have two decimals."""
    from counterweight.reports.brief_methods import method_comparison_section

    crit = [{"id": "k", "name": "Value", "scale": {"kind": "numeric", "lower": 0, "upper": 100}, "weight": 1},
            {"id": "j", "name": "Other", "scale": {"kind": "numeric", "lower": 0, "upper": 100}, "weight": 1}]
    vals = {"a": (52.892, 50.0), "b": (50.0, 50.0), "c": (49.98, 50.0)}  # 51.446, 50.00, 49.99: two decimals
    scores = [{"option_id": o, "criterion_id": c, "value": v} for o, row in vals.items() for c, v in zip("kj", row)]
    d = Decision.model_validate({"id": "p", "title": "P", "criteria": crit, "scores": scores,
                                 "options": [{"id": o, "name": o.upper()} for o in vals]})
    brief = build_brief(d)
    assert "1.45 points ahead" in brief.summary.text
    lead_row = re.search(r"Lead over the next option.*?</tr>", method_comparison_section(brief), flags=re.S)
    assert lead_row is not None and "<td align=\"right\">1.45" in lead_row[0], lead_row
