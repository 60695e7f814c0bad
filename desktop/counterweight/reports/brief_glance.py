"""The brief's at-a-glance table (options x groups) and the scorecard's group headings.

*At a glance* (QA 25, "what a minister's office would expect"): one compact table before the
detailed scorecard, one row per option in rank order and one column per top-level criterion,
each cell the option's points from that group — its weighted contribution, the numbers the
Ranking's "(points)" columns show when there are at most five groups — and the score they add
up to. A cell is tinted like the scorecard (same stoplight ramp, darker the better, so it reads in
black and white): by the share of the group's weight the option earns, which is the option's
weighted average value over the group's criteria.

The table is given only when the decision has top-level groups (without them the scorecard is
already by criterion) and only for an additive method (weighted sum). TOPSIS, PROMETHEE II,
VIKOR and WPM do not add points from each criterion, so their scores do not split by group; a
value-only table would add a second way of scoring beside the method's, whose order could differ
from the ranking's, so the brief says in one sentence why the table is missing instead.

Also here: :func:`group_header_row`, the scorecard's row above the criterion columns naming each
column's group (QA 25 item 8), and :func:`indented`, a weights-table name that keeps its indent
when it wraps (QA 25 item 14).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from counterweight.domain import Decision
from counterweight.domain.shown_numbers import fixed
from counterweight.engine import Evaluation
from counterweight.engine.shown_scores import score_texts
from counterweight.reports.brief_content import Brief
from counterweight.reports.brief_top_two import head_to_head_section
from counterweight.reports.group_points import group_points, top_groups
from counterweight.reports.html_parts import Cell, Colour, esc, table
from counterweight.reports.summary import pts
from counterweight.reports.table_widths import CELL_EMS, PAGE_EMS, plain_text, widest_word

#: Narrowest a column of figures is in the at-a-glance table (percent of the page).
_NUMBER_SHARE = 8
#: Share of the page the options' names take at most when the figures leave more room (percent).
_NAME_MOST = 50
#: Indent of a criterion per level of the tree in the weights tables. Lengths in the brief's HTML are pixels of
#: the device it is laid out on, 300 dpi (``reports.pdf_brief.PDF_RESOLUTION``, for export and print alike): 50 is
#: about 4.2 mm, the width of the four no-break spaces it replaces.
INDENT_PX = 50


def indented(markup: str, depth: int) -> str:
    """A criterion's name ``markup`` indented ``depth`` levels; a name that wraps keeps the indent on every line.

    The tables used to put four no-break spaces before the name, so a wrapped second line started at the
    cell's edge and a sub-criterion looked like a top-level one (QA 25 item 14).
    """
    return markup if depth <= 0 else f'<div style="margin-left:{INDENT_PX * depth}px">{markup}</div>'


def glance_section(brief: Brief, colour: Colour) -> str:
    """The at-a-glance table of points by group, a sentence for a method whose scores do not add up, or ''."""
    d, ev = brief.decision, brief.evaluation
    groups = top_groups(d, ev)
    if not groups or not len(ev.option_ids):
        return ""
    if not ev.additive:
        return (f'<p class="muted">No table of points by group is given: a {esc(ev.aggregation.label)} score is not '
                "a sum of points from each criterion, so it does not split by group. The scorecard below gives each "
                "option's scores.</p>")
    outs = [f"out of {pts(float(ev.global_weights.get(cid, 0.0)))}" for cid, _, _ in groups]
    scores = score_texts(ev)
    rows: list[list[Cell]] = []
    for i in (int(k) for k in ev.order):
        oid = ev.option_ids[i]
        done = ev.is_computed(oid)
        rank = f"{int(ev.ranks[i])}." if ev.is_ranked(oid) else "—"  # rank and name share a cell: room for names
        row: list[Cell] = [f"{rank} {esc(ev.option_names[i])}"]
        for cid, _, _ in groups:
            weight = float(ev.global_weights.get(cid, 0.0))
            if not done:
                row.append(("—", colour(None)))
            elif weight <= 0:
                row.append(pts(0.0))
            else:  # tinted by the share of the group's weight earned: its weighted average value over the group
                points = group_points(ev, oid, cid)
                row.append((fixed(points, 1), colour(points / (100.0 * weight))))
        row.append((scores[i], colour(float(ev.totals[i]))) if done else ("—", colour(None)))
        rows.append(row)
    names = [name for _, name, _ in groups]
    heads, widths, numbered = _glance_heads(names, outs, rows)
    key = ""
    if numbered:  # the groups' names do not fit above their columns: numbered, with a key
        key = " Groups: " + "; ".join(f"({k}) {esc(name)}" for k, name in enumerate(names, start=1)) + "."
    intro = ("Each option's points from each group of criteria: its scores weighted and added up within the "
             "group, as in the Ranking. A group gives at most its weight in points (\u201cout of\u201d), and the "
             "groups' points add up to the score (up to rounding). The colour shows the share of a group's points "
             "the option earns, from none (pale orange) through amber to all (green); the darker the cell, the "
             "better. The scorecard below gives the scores behind them.")
    out = ["<h2>At a glance: points by group</h2>", f'<p class="muted">{intro}{key}</p>',
           table(heads, rows, numeric=list(range(1, len(heads))), widths=widths), head_to_head_section(brief)]
    return "\n".join(part for part in out if part)


def _glance_heads(names: Sequence[str], outs: Sequence[str],
                  rows: Sequence[Sequence[Cell]]) -> tuple[list[str], list[str], bool]:
    """The at-a-glance table's headings, column widths, and whether the groups are numbered.

    Every column of figures is as wide as its widest word (:mod:`counterweight.reports.table_widths`) and the
    options' names have the rest; when the
    groups' names cannot all stand whole above their columns they are numbered instead, and the
    intro gives the key (QA 25's big decision: six names of 60 to 100 characters broke inside words).
    """
    def plan(labels: Sequence[str]) -> tuple[list[str], list[int] | None]:
        heads = ["Rank and option", *(f'{label}<br><span class="small">{o}</span>' for label, o in zip(labels, outs)),
                 "Score (0-100)"]
        cells = [[plain_text(c if isinstance(c, str) else c[0]) for c in col] for col in zip(*rows)]
        widest = [max(widest_word([plain_text(h)], bold=True), widest_word(col)) for h, col in zip(heads, cells)]
        need = [max(_NUMBER_SHARE, math.ceil(100.0 * (w + CELL_EMS) / PAGE_EMS)) for w in widest]
        name = 100 - sum(need[1:])  # the figures as wide as they need, the names the rest ...
        if name < need[0]:
            return heads, None
        spare = max(0, name - max(need[0], _NAME_MOST)) // len(need[1:])  # ... up to half the page
        return heads, [name - spare * len(need[1:]), *(w + spare for w in need[1:])]

    heads, shares = plan([esc(n) for n in names])
    if shares is not None:
        return heads, [f"{w}%" for w in shares], False
    heads, shares = plan([str(k) for k in range(1, len(names) + 1)])
    if shares is None:  # not even numbers fit: equal columns
        share = 62 // (len(names) + 1)
        shares = [100 - share * (len(names) + 1)] + [share] * (len(names) + 1)
    return heads, [f"{w}%" for w in shares], True


def group_header_row(decision: Decision, evaluation: Evaluation, columns: Sequence[int]) -> str:
    """The scorecard's header row naming the group above each criterion column ('' without groups).

    ``columns`` are the leaf columns of one scorecard table, in order; neighbours under the same
    top-level group share one cell spanning them, a top-level criterion has an empty cell. The
    first cell stands above the option names.
    """
    if not any(c.is_group for c in decision.children(None)):
        return ""
    spans: list[tuple[str, int]] = []
    for j in columns:
        ancestors = evaluation.leaf_ancestors[j]
        name = evaluation.criterion_names[ancestors[0]] if ancestors else ""
        if spans and spans[-1][0] == name and name:
            spans[-1] = (name, spans[-1][1] + 1)
        else:
            spans.append((name, 1))
    cells = "".join(f'<th colspan="{n}" align="center">{esc(name)}</th>' if n > 1
                    else f'<th align="center">{esc(name)}</th>' for name, n in spans)
    return f'<tr><th class="muted">Group</th>{cells}</tr>'


def with_header_row(table_markup: str, row: str) -> str:
    """``table_markup`` (from :func:`~counterweight.reports.html_parts.table`) with ``row`` as its first header row."""
    if not row:
        return table_markup
    return table_markup.replace("<thead><tr>", f"<thead>{row}<tr>", 1)


__all__ = ["INDENT_PX", "glance_section", "group_header_row", "indented", "with_header_row"]
