"""Each method's own figures and the rule that turns them into "Score (0-100)", for the brief and the workbook.

The window's ranking table shows every method's own numbers (TOPSIS D+, D− and the
closeness C; PROMETHEE φ+, φ− and the net flow φ; VIKOR S, R and Q, with a mark for
the compromise), while the brief and the spreadsheet rank by the 0-100 score that
every method reports (``Evaluation.totals``). QA pass 23 (items 4 and 5): a reviewer
who sees "64.6" must be able to match it to the paper's φ = 0.293, and a reader must
not take VIKOR's Q-leader for its answer when VIKOR proposes a compromise set.

* :func:`own_columns` and :func:`column_cells`: the same columns, result fields and
  decimals as the window's ranking table (:mod:`counterweight.ui.models.ranking_model`),
  through :func:`counterweight.domain.shown_numbers.column_texts`;
* :func:`score_rule`: how the 0-100 score is derived, in one or two English sentences;
* :func:`vikor_answer`: VIKOR's proposed solution or set and the conditions C1 and C2
  (Opricovic & Tzeng 2004), read from the engine's result (``Evaluation.details``,
  screened for red lines, and ``Evaluation.compromise_option_ids``), never recomputed;
  :func:`vikor_headline` words it for the brief's summary.

Qt-free; English (the brief and the workbook are written in English).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from counterweight.domain.methods import AggregationMethod, Normalization
from counterweight.domain.shown_numbers import column_texts
from counterweight.domain.wording import join_words
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.vikor import VikorResult

#: The window's decimals for the methods' own numbers (docs/methods.md, "How ranked numbers are shown").
FIGURE_DECIMALS = 3
#: The minus sign of the brief's text (U+2212), not a hyphen (QA 25 item 11).
MINUS = "\u2212"
#: Within this, S or R counts as the best (as the engine's compromise conditions, engine/vikor.py).
_TOL = 1e-12
#: Cited with the compromise conditions.
OPRICOVIC_TZENG = "Opricovic & Tzeng 2004"


@dataclass(frozen=True)
class FigureColumn:
    """One column of a method's own numbers: heading, ``Evaluation.extras`` key, how it is written."""

    header: str
    key: str
    meaning: str
    sign: bool = False
    headline: bool = False  # the number the method ranks on: ties read the same (as in the window)


_COLUMNS = {
    AggregationMethod.TOPSIS: (
        FigureColumn("D+", "d_plus", "distance to the ideal option, lower is better"),
        FigureColumn("D−", "d_minus", "distance to the anti-ideal option, higher is better"),
        FigureColumn("C", "closeness", "closeness C = D− / (D+ + D−), 0 to 1, higher is better", headline=True),
    ),
    AggregationMethod.PROMETHEE: (
        FigureColumn("φ+", "phi_plus", "leaving flow, 0 to 1, higher is better"),
        FigureColumn("φ−", "phi_minus", "entering flow, 0 to 1, lower is better"),
        FigureColumn("Net φ", "phi", "net flow φ = φ+ − φ−, −1 to +1, higher is better", sign=True, headline=True),
    ),
    AggregationMethod.VIKOR: (
        FigureColumn("S", "S", "group utility: the weighted regrets summed, lower is better"),
        FigureColumn("R", "R", "individual regret: the largest weighted regret, lower is better"),
        FigureColumn("Q", "Q", "VIKOR index, 0 (best) to 1 (worst), lower is better", headline=True),
    ),
}


def own_columns(ev: Evaluation) -> tuple[FigureColumn, ...]:
    """The method's own columns, as the window's ranking table shows them (none for the weighted sum and product)."""
    return _COLUMNS.get(ev.aggregation, ())


def column_values(ev: Evaluation, column: FigureColumn) -> list[float | None]:
    """The column's numbers in option order, ``None`` where the method computed nothing."""
    values = ev.extras.get(column.key)
    if values is None:
        return [None] * len(ev.option_ids)
    return ev.where_computed(values)


def column_cells(ev: Evaluation, column: FigureColumn) -> list[str]:
    """The column's texts in option order, as the window writes them ("—" where not computed), with a true minus."""
    texts = column_texts(column_values(ev, column), ev.ranks_or_none(), FIGURE_DECIMALS, sign=column.sign,
                         tied_equal=column.headline)
    return [MINUS + t[1:] if t.startswith("-") else t for t in texts]  # the minus sign the brief's text uses


def figure_key(columns: tuple[FigureColumn, ...]) -> str:
    """What each column of the method's own figures means: ``D+: distance to the ideal option, lower is better; ...``."""
    return "; ".join(f"{c.header}: {c.meaning}" for c in columns) + "." if columns else ""


def _normalisation(ev: Evaluation) -> str:
    return ev.normalization.label if isinstance(ev.normalization, Normalization) else str(ev.normalization)


def score_rule(ev: Evaluation) -> str:
    """How the method's score out of 100 is derived from its own figures, in English."""
    method = ev.aggregation
    if method is AggregationMethod.WPM:
        return ("Score (0-100) = 100 × the product, over the criteria, of each option's value (0 to 1, normalisation: "
                f"{_normalisation(ev)}) raised to the power of the criterion's global weight (the weights add up to 1).")
    if method is AggregationMethod.TOPSIS:
        return ("Score (0-100) = 100 × TOPSIS's closeness C = D− / (D+ + D−), where D+ and D− are the option's "
                "Euclidean distances from the ideal and the anti-ideal option (Hwang & Yoon 1981).")
    if method is AggregationMethod.PROMETHEE:
        return ("Score (0-100) = 100 × (φ + 1) / 2, where the net flow φ = φ+ − φ− runs from −1 to +1 (Brans & "
                "Vincke 1985). The flows φ+ and φ− are averages over the other options (divided by n − 1, as in "
                "Visual PROMETHEE); a paper that sums them instead prints each one n − 1 times larger.")
    if method is AggregationMethod.VIKOR:
        v = float(ev.parameters.get("v", 0.5))
        computed = {ev.option_ids[int(r)] for r in np.asarray(ev.method_rows)}
        also = (" (including those a red line leaves out of the ranking)"
                if computed & set(ev.excluded_option_ids) else "")
        text = (f"Score (0-100) = 100 × (1 − Q). Q = v (S − S*) / (S− − S*) + (1 − v) (R − R*) / (R− − R*) with "
                f"v = {v:g}, where S* and S− are the smallest and largest S over every option VIKOR computed{also}, "
                "and R* and R− likewise for R (a term is 0 for every option when all their S, or all their R, are "
                "equal). So Q is 0, a score of 100, only for an option best on both S and R, and 1, a score of 0, "
                "only for one worst on both; the top score is below 100 when no option is best on both. The score "
                "orders the options and does not measure how good they are.")
        answer = vikor_answer(ev)
        if answer is not None and answer.dq is not None:
            text += (f" DQ = 1 / (m − 1) = {answer.dq:.3g}, with m = {answer.ranked} the options left in the "
                     "ranking.")
        return text
    return ("Score (0-100) = 100 × the sum, over the criteria, of the criterion's global weight times the option's "
            "value on it (0 = worst, 1 = best).")


@dataclass(frozen=True)
class VikorAnswer:
    """VIKOR's answer as the engine gives it (Opricovic & Tzeng 2004), with names for the words.

    ``ids``/``names``: the compromise solution or set, best first. ``leader`` and
    ``runner_up``: first and second by Q among the ranked options (``runner_up`` is
    ``None`` with one option). ``gap``: Q(runner-up) − Q(leader). ``ranked``: the m of
    DQ = 1 / (m − 1). ``best_by``: "S", "R", both or neither for the leader.
    """

    ids: tuple[str, ...]
    names: tuple[str, ...]
    leader_id: str
    leader: str
    runner_up_id: str | None
    runner_up: str | None
    gap: float | None
    dq: float | None
    advantage: bool
    stability: bool
    best_by: tuple[str, ...]
    ranked: int
    tied_first: tuple[str, ...] = ()

    @property
    def is_set(self) -> bool:
        return len(self.ids) > 1


def vikor_answer(ev: Evaluation) -> VikorAnswer | None:
    """VIKOR's proposed solution or set and the conditions behind it; ``None`` for another method or no option."""
    res = ev.details
    if ev.aggregation is not AggregationMethod.VIKOR or not isinstance(res, VikorResult):
        return None
    rows = [int(r) for r in np.asarray(ev.method_rows)]
    order = [int(k) for k in res.order]  # the options in the ranking, by Q (red-line exclusions left out)
    if not order or not ev.compromise_option_ids:
        return None
    name = dict(zip(ev.option_ids, ev.option_names))
    lead = order[0]
    second = order[1] if len(order) > 1 else None
    best = [w for w, col in (("S", res.s), ("R", res.r)) if float(col[lead]) <= float(col[order].min()) + _TOL]
    tied = tuple(name[ev.option_ids[rows[k]]] for k in order if abs(float(res.q[k] - res.q[lead])) <= _TOL)
    return VikorAnswer(
        ids=tuple(ev.compromise_option_ids), names=tuple(name[o] for o in ev.compromise_option_ids),
        leader_id=ev.option_ids[rows[lead]], leader=name[ev.option_ids[rows[lead]]],
        runner_up_id=None if second is None else ev.option_ids[rows[second]],
        runner_up=None if second is None else name[ev.option_ids[rows[second]]],
        gap=None if second is None else float(res.q[second] - res.q[lead]),
        dq=None if second is None else float(res.dq), advantage=bool(res.acceptable_advantage),
        stability=bool(res.acceptable_stability), best_by=tuple(best), ranked=len(order),
        tied_first=tied if len(tied) > 1 else (),
    )


def _q(ev: Evaluation, option_id: str | None) -> str:
    """An option's Q as the ranking table writes it."""
    cells = column_cells(ev, _COLUMNS[AggregationMethod.VIKOR][2])
    return cells[ev.option_index(option_id or "")]


def vikor_headline(ev: Evaluation, answer: VikorAnswer) -> str:
    """The brief's opening sentence under VIKOR: the proposed solution or set and which condition decided it."""
    head = f"Under {ev.aggregation.label}, "
    best = ("best on neither the summed regret S nor the largest regret R" if not answer.best_by
            else f"also best on {' and '.join(answer.best_by)}")
    if answer.runner_up is None:
        return f"{head}{answer.leader} is the only option ranked, so it is VIKOR's compromise solution."
    leader, runner = answer.leader, answer.runner_up
    q_lead, q_next = _q(ev, answer.leader_id), _q(ev, answer.runner_up_id)
    where = "where this brief speaks of first place, it means the lowest Q"
    dq = f"DQ = {answer.dq:.3g}"
    if answer.tied_first:
        return (f"{head}{join_words(list(answer.tied_first))} share the lowest Q ({q_lead}), so no option has "
                f"an acceptable advantage (condition C1 fails, {dq}) and VIKOR proposes the compromise set "
                f"{join_words(list(answer.names))} ({OPRICOVIC_TZENG}); {where}.")
    if not answer.advantage:
        return (f"{head}no single option has an acceptable advantage, so VIKOR proposes the compromise set "
                f"{join_words(list(answer.names))} ({OPRICOVIC_TZENG}): {leader} has the lowest Q "
                f"({q_lead}), but {runner}'s Q ({q_next}) is less than {dq} above it (condition C1, "
                f"acceptable advantage, fails); {where}.")
    if not answer.stability:
        return (f"{head}VIKOR proposes {join_words(list(answer.names))} together as its compromise "
                f"({OPRICOVIC_TZENG}): {leader} has the lowest Q ({q_lead}) and leads {runner} "
                f"({q_next}) by at least {dq} (condition C1 met), but it is {best} (condition C2, acceptable "
                f"stability, fails); {where}.")
    return (f"{head}{leader} is VIKOR's compromise solution ({OPRICOVIC_TZENG}): it has the lowest Q "
            f"({q_lead}), {runner}'s Q ({q_next}) is at least {dq} above it (condition C1, acceptable "
            f"advantage, met) and {leader} is {best} (condition C2, acceptable stability, met).")


def compromise_note(ev: Evaluation, option_id: str) -> str:
    """The ranking table's note for an option VIKOR proposes ("" for any other)."""
    if ev.aggregation is not AggregationMethod.VIKOR or option_id not in ev.compromise_option_ids:
        return ""
    return "VIKOR's compromise solution" if len(ev.compromise_option_ids) == 1 else "in VIKOR's compromise set"


__all__ = ["FIGURE_DECIMALS", "FigureColumn", "VikorAnswer", "column_cells", "column_values", "compromise_note",
           "figure_key", "own_columns", "score_rule", "vikor_answer", "vikor_headline"]
