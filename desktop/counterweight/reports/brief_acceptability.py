"""The brief's rank acceptability table: in the chart's order, with the later ranks that carry weight.

QA 31 item 7: the table sorted its rows by the share of first places, then by name, so the 21
options never first came alphabetically, in another order than the chart beside it (an option
99.2 % fifth sat between two that were mostly tenth); and only Ranks 1-5 had columns, so an option
mostly sixth showed nothing but zeros. Rows now come in the chart's order
(:func:`~counterweight.engine.smaa_ranks.acceptability_order`, as the window's table), and when
there are more ranks than columns a "Ranks 6–N" column gives the share of the draws past the
columns and a "Mean rank" column where the option's draws put it on average.
"""

from __future__ import annotations

import numpy as np

from counterweight.domain.methods import WeightUncertainty
from counterweight.domain.shown_numbers import fixed
from counterweight.engine.smaa import SmaaResult
from counterweight.engine.smaa_ranks import acceptability_order
from counterweight.reports.html_parts import Cell, esc
from counterweight.reports.summary import pct

#: Ranks given a column of their own in the brief's table; the later ones share one column.
ACCEPTABILITY_RANKS = 5


def acceptability_rows(result: SmaaResult) -> tuple[list[str], list[list[Cell]], bool]:
    """The table's headings and rows, and whether it has the later ranks' columns.

    Rows: the options that took part in the chart's order, then those a red line excluded (a short
    row whose last cell spans the columns: "excluded by a red line"), in the decision's order.
    """
    acc = np.asarray(result.acceptability, dtype=float)
    ranked = result.ranked
    took_part = int(ranked.sum())
    ranks = min(ACCEPTABILITY_RANKS, took_part)  # no rank columns past the options that took part
    later = took_part > ranks
    drawn = result.weight_mode is not WeightUncertainty.EXACT  # with exact weights the factor repeats Rank 1
    red = bool(result.red_lines)  # share of draws past a red line on the option's own drawn scores
    heads = (["Option"] + [f"Rank {r + 1}" for r in range(ranks)]
             + ([f"Ranks {ranks + 1}–{took_part}" if took_part > ranks + 1 else f"Rank {took_part}", "Mean rank"]
                if later else [])
             + (["Confidence factor"] if drawn else []) + (["Past a red line"] if red else []))
    order = [i for i in acceptability_order(acc) if ranked[i]] + [i for i in range(len(ranked)) if not ranked[i]]
    rows: list[list[Cell]] = []
    for i in order:
        if not ranked[i]:
            rows.append([esc(result.option_names[i]), "excluded by a red line"])  # short: spans the rest
            continue
        cells: list[Cell] = [esc(result.option_names[i])] + [pct(float(acc[i, r])) for r in range(ranks)]
        if later:
            mean = float(np.dot(acc[i, :took_part], np.arange(1, took_part + 1)) / max(acc[i, :took_part].sum(), 1e-12))
            cells += [pct(float(acc[i, ranks:took_part].sum())), fixed(mean, 1)]
        if drawn:
            has = result.confidence is not None and bool(result.has_central[i])
            cells.append(pct(float(result.confidence[i])) if has else "—")  # type: ignore[index]
        if red:
            cells.append(pct(result.red_line_share.get(result.option_ids[i], 0.0)))
        rows.append(cells)
    return heads, rows, later


def later_ranks_key(result: SmaaResult) -> str:
    """The key's sentence for the later ranks' columns."""
    took_part = int(result.ranked.sum())
    later = f"Ranks {ACCEPTABILITY_RANKS + 1}–{took_part}" if took_part > ACCEPTABILITY_RANKS + 1 else f"Rank {took_part}"
    return (f"{later}: the share of draws giving the option any of those ranks; "
            f"mean rank: its rank averaged over the draws (1 = first). Rows are in the chart's order: most first "
            "places, then most second places, and so on.")


__all__ = ["ACCEPTABILITY_RANKS", "acceptability_rows", "later_ranks_key"]
