"""The brief's "Other aggregation methods" section: each option's rank under every method, the verdict, the caveats.

The same scores and weights are combined by the five aggregation methods, each with the
settings saved in the project (:func:`counterweight.engine.comparison.compare_methods`).
The section gives one sentence on whether they put the same option first (a near tie,
under 0.05 points out of 100, a tie and VIKOR's compromise set count as such, not as
disagreement), a table of ranks with each method's lead over its next option, and each
method's caveats as :mod:`counterweight.engine.method_standing` words them: near ties,
the weighted product's zero values, why VIKOR proposes a compromise set (Opricovic &
Tzeng 2004) and PROMETHEE II's preference functions. An option that breaches a flagged
red line is named with the breach. Options that no method ranks among its first
:data:`TABLE_RANKS` are left out of the table (and counted), so a long list of options
adds no more than a short table.
"""

from __future__ import annotations

from counterweight.domain.methods import AggregationMethod
from counterweight.domain.wording import count
from counterweight.engine.comparison import MethodComparison, group_phrases
from counterweight.engine.method_standing import NEAR_TIE, points, quoted
from counterweight.reports.brief_content import Brief
from counterweight.reports.html_parts import esc, table

#: An option is listed when some method ranks it this high or higher (or it is excluded or unplaced).
TABLE_RANKS = 5


def verdict_sentence(cmp: MethodComparison) -> str:
    """The verdict in the brief's words (English)."""
    ev = cmp.evaluations[cmp.methods[0]]
    if cmp.verdict == "none":
        return "No option is ranked by every method, so the methods cannot be compared."
    if cmp.verdict == "agree":
        ids = cmp.standings[cmp.methods[0]].first_ids
        joint = " joint" if len(ids) > 1 else ""
        n = len(cmp.methods)
        many = {2: "Both", 3: "All three", 4: "All four", 5: "All five"}.get(n, f"All {n}")
        return f"{many} methods put {quoted(ev, ids)}{joint} first." if n > 1 else \
            f"{cmp.methods[0].label} puts {quoted(ev, ids)}{joint} first."
    parts = "; ".join(group_phrases(cmp, short=True))
    if cmp.verdict == "near":
        are = "are" if len(cmp.common_ids) > 1 else "is"
        return (f"The methods differ only within ties, near ties or a compromise set: {parts}. "
                f"{quoted(ev, cmp.common_ids)} {are} first or level for first under every method.")
    return f"The methods disagree on the top option: {parts}."


def _lead_cell(cmp: MethodComparison, method: AggregationMethod) -> str:
    st = cmp.standings[method]
    if st.lead is None:
        return "—"
    if len(st.first_ids) > 1:
        return "tied"
    text = points(st.lead)
    kind = "compromise" if st.compromise_ids else "near tie" if st.near_tie_ids else ""
    return f'{text}<br><span class="small">{kind}</span>' if kind else text


def method_comparison_section(brief: Brief) -> str:
    """The section's HTML ("" when the brief has no comparison); every user string escaped."""
    cmp = brief.comparison
    if cmp is None or not cmp.methods:
        return ""
    ev = brief.evaluation
    methods = list(cmp.methods)
    heads = ["Option"] + [esc(m.label.split(" (")[0]) + (" (used here)" if m is ev.aggregation else "")
                          for m in methods]
    rows, left_out = [], 0
    for i in (int(k) for k in ev.order):
        oid = ev.option_ids[i]
        ranks = [cmp.evaluations[m].rank_of(oid) if cmp.evaluations[m].is_ranked(oid) else None for m in methods]
        if all(r is None or r > TABLE_RANKS for r in ranks) and any(r is not None for r in ranks):
            left_out += 1
            continue
        name = esc(ev.option_names[i])
        notes = ["left out by a red line"] if ev.is_excluded(oid) else []
        notes += [f"⚑ breaches the red line on {esc(b.criterion_name)}" for b in ev.breaches_of(oid)]
        if notes:
            name += f'<br><span class="small">{"; ".join(notes)}</span>'
        rows.append([name] + ["—" if r is None else str(r) for r in ranks])
    rows.append(["<i>Lead over the next option (points)</i>"] + [_lead_cell(cmp, m) for m in methods])
    widths = [18 if m is AggregationMethod.PROMETHEE else 13 for m in methods]  # "PROMETHEE" in one piece
    out = ["<h2>Other aggregation methods</h2>",
           f"<p><b>{esc(verdict_sentence(cmp))}</b></p>",
           '<p class="muted">Rank of each option when the same scores and weights are combined by each aggregation '
           "method, with the settings saved in the project (— : not ranked, because a red line excludes the option "
           "or the method lacks a score it needs). Lead: how far the first option is ahead of the next on that "
           f"method's score out of 100; less than {100 * NEAR_TIE:g} points is a near tie, counted as such and not "
           "as disagreement.</p>",
           table(heads, rows, numeric=list(range(1, len(heads))), widths=[f"{100 - sum(widths)}%"] + [f"{w}%" for w in widths])]
    if left_out:
        out.append(f'<p class="muted">{count(left_out, "option")} that no method ranks among its first '
                   f"{TABLE_RANKS} {'is' if left_out == 1 else 'are'} left out of the table.</p>")
    out += [f"<p>{esc(c)}</p>" for c in cmp.caveats]
    return "\n".join(out)


__all__ = ["TABLE_RANKS", "method_comparison_section", "verdict_sentence"]
