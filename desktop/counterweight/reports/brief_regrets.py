"""The brief's table of ranks across the weight sets and scenarios (QA 25 item 13).

The summary names the robust choice in one sentence; a reader asked to trust it needs the
ranks behind it. With few combinations, one row per option and one column per (weights x
scores) combination, with each option's largest regret; with many, one row per combination
instead, so that the table stays readable on the page. The facts come from
:func:`counterweight.services.brief_disputes.regret_facts`.
"""

from __future__ import annotations

from counterweight.domain.shown_numbers import fixed
from counterweight.reports.brief_content import Brief, RegretRow
from counterweight.reports.html_parts import esc, table

#: Most combinations shown as columns; beyond it, each combination is a row.
WIDE = 5
_STATUS = {"excluded": "red line", "unranked": "—"}


def _rank(rank: int | str) -> str:
    return str(rank) if isinstance(rank, int) else _STATUS.get(rank, "—")


def _regret(row: RegretRow) -> str:
    return "—" if row.max_regret is None else fixed(row.max_regret, 1)


def _by_option(labels: tuple[str, ...], rows: tuple[RegretRow, ...]) -> str:
    heads = ["Option", *(esc(label) for label in labels), "Largest regret (points)"]
    body = [[esc(r.option) + (" <b>(robust choice)</b>" if r.is_choice else ""), *(_rank(k) for k in r.ranks),
             _regret(r)] for r in rows]
    share = 60 // (len(labels) + 1)
    widths = [f"{100 - share * (len(labels) + 1)}%", *[f"{share}%"] * (len(labels) + 1)]
    return table(heads, body, widths=widths, numeric=list(range(1, len(labels) + 2)))


def _by_combination(labels: tuple[str, ...], rows: tuple[RegretRow, ...]) -> str:
    choice = next((r for r in rows if r.is_choice), None)
    heads = ["Weights × scores", "Ranked first"]
    if choice is not None:
        heads.append(f"Rank of {esc(choice.option)}")
    body = []
    for j, label in enumerate(labels):
        firsts = [r.option for r in rows if r.ranks[j] == 1]
        cells = [esc(label), esc(", ".join(firsts)) if firsts else "no option"]
        if choice is not None:
            cells.append(_rank(choice.ranks[j]))
        body.append(cells)
    widths = ["45%", "35%", "20%"] if choice is not None else ["50%", "50%"]
    return table(heads, body, widths=widths, numeric=[2])


def regrets_section(brief: Brief) -> str:
    """The section's HTML: '' without weight sets or scenarios, or when the ranks could not be worked out."""
    views = brief.views
    if views is None or not views.has_perspectives or views.robust_problem or not views.regret_rows:
        return ""
    labels, rows = views.combination_labels, views.regret_rows
    out = ["<h2>Across weight sets and scenarios</h2>",
           '<p class="muted">The rank of each option under each combination of a set of weights and a set of '
           "scores (red line: left out by a red line there; —: the method cannot place it there). An option's "
           "regret in a combination is how many points out of 100 it falls below the best option there; the "
           "robust choice is the option whose largest regret is smallest (minimax regret).</p>"]
    if len(labels) <= WIDE:
        out.append(_by_option(labels, rows))
    else:
        out.append(_by_combination(labels, rows))
        out.append('<p class="muted">Largest regret (points): '
                   + "; ".join(f"{esc(r.option)} {_regret(r)}" for r in rows) + ".</p>")
    return "\n".join(out)


__all__ = ["WIDE", "regrets_section"]
