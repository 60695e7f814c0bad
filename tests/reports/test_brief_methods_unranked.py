"""QA 25 item 1: "Other aggregation methods" never names as a method's first option one its own ranking does not.

When the weighted sum's winner has a missing score, the other methods cannot rank it; the
options every method ranks then have a different first option. The section's verdict must
speak of what each method's own ranking (the table) puts first, and say which methods leave
options unranked, how many, and that agreement is judged on the options every method ranks.
"""

from __future__ import annotations

import html
import re

from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_methods import method_comparison_section, verdict_sentence
from tests.engine.helpers import flat_decision
from tests.reports.test_brief_methods import _cells


def _section():
    # A1 is best on C1 but has no score on C2: the weighted sum counts that as the worst value and still
    # ranks A1 first; the other four methods cannot rank A1, and among A2-A4 they may put A2 first.
    d = flat_decision([[100, None], [60, 85], [50, 90], [20, 100]], [0.7, 0.3])
    brief = build_brief(d)
    assert brief.comparison is not None
    return brief, method_comparison_section(brief)


def _claims(sentence: str) -> list[tuple[list[str], set[str]]]:
    """``(methods, options)`` for every "M and N rank 'X' first" or "All five methods put 'X' first" in ``sentence``."""
    out = []
    for part in re.split(r"[:;.] ", sentence):
        m = re.fullmatch(r"(.+?) (?:ranks?|puts?) ((?:'[^']*'(?:, | and )?)+)(?: joint)? first\.?", part)
        if m is not None:
            out.append((re.split(r", | and ", m.group(1)), set(re.findall(r"'([^']*)'", m.group(2)))))
    return out


def test_each_method_named_with_the_option_its_own_ranking_puts_first() -> None:
    brief, section = _section()
    text = html.unescape(section)
    bold = re.search(r"<p><b>(.*?)</b></p>", text, re.S).group(1)
    rows = _cells(section)
    heads = [h.replace(" (used here)", "") for h in rows[0][1:]]
    first = {h: {r[0] for r in rows[1:-1] if r[1 + k] == "1"} for k, h in enumerate(heads)}
    assert first["Weighted sum"] == {"A1"}  # the table and the brief's Ranking put A1 first
    claims = _claims(bold)
    assert any("Weighted sum" in ms for ms, _ in claims), bold
    for methods, options in claims:
        for m in methods:
            assert options == first[m], (m, options, bold)
    assert "'A1' first" in bold


def test_says_which_methods_leave_options_unranked_and_what_agreement_is_judged_on() -> None:
    brief, section = _section()
    text = html.unescape(section)
    assert ("Weighted product, TOPSIS, PROMETHEE II and VIKOR rank only 3 of the 4 options (A2, A3 and A4), "
            "because the other lacks a score that these methods need") in text
    assert "the weighted sum ranks them, counting a missing score as the worst value" in text
    # QA 31 item 3: the brief shows no rank correlations, so it does not speak of them
    assert "Each method's first option here is the one its own ranking puts first." in text and "correlat" not in text
    assert verdict_sentence(brief.comparison).count("rank only 3 of the 4 options") == 1


def test_the_window_and_the_command_line_name_the_same_first_options_as_the_brief() -> None:
    """The comparison itself stands each method on its own ranking (QA 25 item 1, lead's follow-up):
    the Compare tab and `compare-methods` read these standings, so none of them can credit a method
    with an option its own ranking does not put first."""
    brief, _section_html = _section()
    cmp = brief.comparison
    for m in cmp.methods:
        ev = cmp.evaluations[m]
        best = min(ev.rank_of(o) for o in ev.option_ids if ev.is_ranked(o))
        assert set(cmp.standings[m].first_ids) == {o for o in ev.option_ids if ev.is_ranked(o) and ev.rank_of(o) == best}
    assert "'A1'" in cmp.summary.split(";")[1] and cmp.verdict == "disagree"


def test_lead_row_is_the_gap_behind_each_methods_own_first() -> None:
    brief, section = _section()
    cmp = brief.comparison
    ev = cmp.evaluations[cmp.methods[0]]
    ranked = sorted(range(4), key=lambda i: -ev.totals[i])
    lead = 100 * (ev.totals[ranked[0]] - ev.totals[ranked[1]])
    assert _cells(section)[-1][1] == f"{lead:.1f}" == "2.5"
