"""QA 21 item 3 (gap): the brief's "Other aggregation methods" section.

The ranks and leads are the engine's (checked against pymcdm and hand arithmetic in
tests/engine/test_method_standing.py); here the section is checked to show them, the
verdict and the caveats, escaped, and without making the brief much longer.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from counterweight.engine.comparison import compare_methods
from counterweight.locations import example_decision_path
from counterweight.reports import brief_html
from counterweight.reports.brief_content import build_brief
from counterweight.engine.method_standing import points
from counterweight.reports.brief_methods import TABLE_RANKS, method_comparison_section
from counterweight.services import exchange
from tests.engine.helpers import flat_decision
from tests.reports.test_brief_content import HOSTILE, grey, hostile_decision


def _cells(section: str) -> list[list[str]]:
    rows = re.findall(r"<tr>(.*?)</tr>", section, flags=re.S)
    return [[re.sub(r"<[^>]+>", " ", c).split("  ")[0].strip() for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r, re.S)]
            for r in rows]


def test_example_section_gives_ranks_leads_verdict_and_caveats() -> None:
    d = exchange.read_file(example_decision_path())
    brief = build_brief(d)
    assert brief.comparison is not None
    section = method_comparison_section(brief)
    text = html.unescape(section)
    assert "<h2>Other aggregation methods</h2>" in section
    assert ("The methods disagree on the top option: Weighted sum and TOPSIS rank 'Full deterrence package' first; "
            "Weighted product has 'Joint information campaign' and 'Full deterrence package' in a near tie for "
            "first; PROMETHEE II ranks 'Continue escalation management' first; VIKOR proposes the compromise set "
            "'Full deterrence package' and 'Joint information campaign'.") in text
    cmp = compare_methods(d)
    rows = _cells(section)
    assert rows[0] == ["Option", "Weighted sum (used here)", "Weighted product", "TOPSIS", "PROMETHEE II", "VIKOR"]
    by_name = {r[0]: r[1:] for r in rows[1:-1]}
    for o in d.options:
        assert by_name[o.name] == [str(cmp.evaluations[m].rank_of(o.id)) for m in cmp.methods]
    assert rows[-1][0] == "Lead over the next option (points)"
    assert rows[-1][1:] == [points(cmp.standings[m].lead) for m in cmp.methods]  # QA 25: one decimal, as the summary
    assert rows[-1][1] == "3.4" and rows[-1][2].startswith("0.03")  # a near tie keeps the digits that tell it from 0
    assert "0.03<br><span class=\"small\">near tie</span>" in section  # the weighted product
    assert "⚑ breaches the red line on Civilian risk" in section  # Transfer, flagged
    for caveat in cmp.caveats:
        assert f"<p>{html.escape(caveat)}</p>" in section
    assert "(under 0.05 points)" in text and "usual preference function (type I) on all 7 criteria" in text
    whole = brief_html.document_html(brief, colour=grey, charts={})
    assert whole.index("<h2>Rank acceptability</h2>") < whole.index("<h2>Other aggregation methods</h2>") \
        < whole.index("<h2>Red lines</h2>")


def test_user_text_is_escaped() -> None:
    section = method_comparison_section(build_brief(hostile_decision()))
    assert HOSTILE not in section and html.escape(HOSTILE) in section


def test_a_long_option_list_keeps_the_table_short() -> None:
    # 30 options on one criterion, scores 1..30: every method ranks them in the same order.
    d = flat_decision([[float(k)] for k in range(1, 31)], [1])
    section = method_comparison_section(build_brief(d))
    rows = _cells(section)
    assert len(rows) == 1 + TABLE_RANKS + 1  # header, the first five, the lead
    assert "25 options that no method ranks among its first 5 are left out of the table." in section
    assert "All five methods put 'A30' first." in html.unescape(section)


def test_the_section_adds_at_most_a_page(qapp, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    pytest.importorskip("PySide6")
    from counterweight.reports.pdf_brief import write_pdf

    brief = build_brief(exchange.read_file(example_decision_path()))
    with_section = write_pdf(brief, tmp_path / "with.pdf")
    monkeypatch.setattr(brief_html, "method_comparison_section", lambda _brief: "")
    without = write_pdf(brief, tmp_path / "without.pdf")
    assert with_section - without <= 1


def test_a_flagged_option_first_is_named_with_its_breach() -> None:
    """QA 21 item 5: with Civilian risk at 0 points every method puts Transfer first; the brief says it breaches."""
    d = exchange.read_file(example_decision_path())
    criteria = [c.model_copy(update={"weight": 0.0}) if c.name == "Civilian risk" else c for c in d.criteria]
    section = method_comparison_section(build_brief(d.model_copy(update={"criteria": criteria})))
    assert ("All five methods put 'Transfer US cluster munitions' (⚑ breaches the red line on Civilian risk) first."
            in html.unescape(section))
