"""The brief's Sensitivity section: who comes first after each change, and the red lines they breach.

QA 21: the brief's thresholds table named the option that then comes first without
saying it breaches a red line (item 5), and the tornado chart did not say which option
each change puts first (item 8). :func:`then_first_cell` words the table's "Then first"
cell with a flag; :func:`tornado_table` lists the chart's bars from the top (the same
rows, :func:`counterweight.engine.tornado_rows.tornado_items`) with the smallest change,
what moves and the option it puts first. An option that breaches a red line whose
action is *flag* is marked "⚑ breaches the red line on …", checked after the change
(:mod:`counterweight.engine.flip_red_lines`). Text is English, as the rest of the brief,
and escaped here.
"""

from __future__ import annotations

from counterweight.domain import Decision
from counterweight.domain.shown_numbers import EXTRA_DECIMALS, amount, fixed, pair_decimals
from counterweight.engine.flip import FlipItem, FlipResult
from counterweight.engine.flip_red_lines import breaches_after, flag_words, flagged  # noqa: F401 - re-exported
from counterweight.engine.sensitivity import CriterionSensitivity, SensitivityResult
from counterweight.engine.tornado_rows import MAX_ITEMS, TornadoItem, tornado_items
from counterweight.reports.brief_verdict import item_words
from counterweight.reports.html_parts import esc, table


def then_first_cell(decision: Decision, c: CriterionSensitivity) -> str:
    """The thresholds table's "Then first" cell (HTML): below and above, each option flagged if it breaches a red line."""
    sides = [f"{side}: {esc(flagged(t.new_top_name, breaches_after(decision, t.new_top_id)))}"
             for side, t in (("below", c.decrease), ("above", c.increase)) if t is not None]
    return "<br>".join(sides) if sides else esc(c.note) if c.note else "no change"


def _move(decision: Decision, it: FlipItem | None) -> str:
    """``, ‘None’ → ‘Weak’`` or ``, 3 → 4.5 km`` for a score's move (``""`` when unknown)."""
    if it is None or it.current is None or it.target is None:
        return ""
    if isinstance(it.current, str) and isinstance(it.target, str):
        return f", \u2018{it.current}\u2019 \u2192 \u2018{it.target}\u2019"
    unit = decision.criterion(it.criterion_id).unit if decision.has_criterion(it.criterion_id) else ""
    current, target = float(it.current), float(it.target)
    places = _places(decision, it.criterion_id)
    places = max(places, pair_decimals(current, target, places) or places)  # "8 → 8" never: as many as tell them apart
    return f", {_with_unit(current, places, unit)} \u2192 {_with_unit(target, places, unit)}"


def _places(decision: Decision, criterion_id: str) -> int:
    """Decimals the criterion's scores are given with (most of them, up to :data:`EXTRA_DECIMALS`): its shown precision.

    QA 31 item 8: a score's tipping point printed at six significant figures ("9.5 → 15.7556 £m") is
    written as precisely as the criterion's own scores are ("9.5 £m → 15.8 £m", "1,500 homes → 1,097 homes").
    """
    scores = (decision.score(o.id, criterion_id) for o in decision.options)  # an index lookup each, not a scan
    written = [repr(float(v)) for s in scores if s is not None for v in (s.value, s.low, s.high) if v is not None]
    return min(EXTRA_DECIMALS, max((len(t.split(".")[1].rstrip("0")) if "." in t and "e" not in t else 0
                                    for t in written), default=0))


def _with_unit(x: float, places: int, unit: str) -> str:
    """``x`` rounded half away from zero to ``places``, thousands grouped, its unit after it."""
    text = fixed(x, places, grouped=True)
    return f"{text} {unit}" if unit else text


def _row(decision: Decision, it: TornadoItem, score: FlipItem | None) -> list[str]:
    """One bar: what changes, by how much (share of its range) and which option then comes first."""
    if it.kind == "weight":
        crit = decision.path_name(it.criterion_id) if decision.has_criterion(it.criterion_id) else it.criterion_id
        what = f"The weight of {esc(crit)}"
    else:
        words = item_words(decision, score) if score is not None else it.description
        what = esc(words[:1].upper() + words[1:] + _move(decision, score))
    sizes, tops = [], []
    for side, share, top, breach in (("down", it.down, it.down_top, it.down_breach),
                                     ("up", it.up, it.up_top, it.up_breach)):
        if share is None:
            continue
        sizes.append(f"{side} {amount(100.0 * share, 1)} %")
        words = flag_words(breach)
        name = f"{top} ({words})" if words else top
        tops.append(esc(name) if len([s for s in (it.down, it.up) if s is not None]) == 1 else f"{side}: {esc(name)}")
    return [what, "<br>".join(sizes), "<br>".join(tops)]


def tornado_table(decision: Decision, flips: FlipResult, sens: SensitivityResult) -> list[str]:
    """The chart's bars from the top, each with its smallest change and the option it puts first (HTML parts)."""
    items = tornado_items(decision, flips, sens)[:MAX_ITEMS]
    if not items:
        return []
    scores = {(i.option_id, i.criterion_id): i for i in flips.items if i.kind == "score" and i.fraction is not None}
    rows = [_row(decision, it, scores.get((it.option_id, it.criterion_id))) for it in items]
    return ['<p class="muted">The bars of the chart, from the top: the smallest change of each weight or score '
            "that puts another option first, as a share of its range (a weight's range is 0 to 100 % of its group, "
            "the other weights of the group keeping their proportions), and the option it puts first.</p>",
            table(["Change", "Smallest change (share of its range)", "Then first"], rows, numeric=[1],
                  widths=["48%", "17%", "35%"])]


__all__ = ["flag_words", "flagged", "then_first_cell", "tornado_table"]
