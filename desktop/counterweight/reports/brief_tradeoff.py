"""The brief's Trade-offs section: the value map of two parts of the value tree, its key and a reading.

The map (:mod:`counterweight.charts.tradeoff_chart`) places each option by its value on the two
criteria stored as the project's map axes (``MethodSettings.map_axes``, the ones the window's
Trade-offs tab shows; unset or stale: the first and last top-level groups), each on its own
0-100 scale, and joins the efficient options (:mod:`counterweight.engine.tradeoff`). A key table
names the numbered points, and one or two sentences name the efficient options and what the top
option gives up against its nearest efficient rival.

Only the weighted sum adds points criterion by criterion; for another method the section is one
sentence saying why there is no map (as the at-a-glance table does). The brief is English
whatever the window's language, so the words here are not translated.
"""

from __future__ import annotations

from counterweight.domain import Decision
from counterweight.domain.shown_numbers import fixed
from counterweight.domain.wording import isolate, join_words
from counterweight.engine import Evaluation
from counterweight.engine.tradeoff import (
    NO_WEIGHT, NOT_ADDITIVE, TOLERANCE, MapPoint, TradeoffMap, nearest_rival, tradeoff_map, turned_round)
from counterweight.reports.brief_content import Brief
from counterweight.reports.html_parts import ChartSizes, chart, esc, table

#: The section's heading (and its line in the contents list).
TITLE = "Trade-offs: the value map"
#: Rows of the key table at most (the best-ranked options); the map labels as many points.
MAX_KEY_ROWS = 40


def brief_map(brief: Brief) -> TradeoffMap:
    """The brief's map: the brief's evaluation on the project's stored axes."""
    axes = brief.decision.method.map_axes
    return tradeoff_map(brief.evaluation, axes.x, axes.y)


def axis_title(name: str, turned: bool = False) -> str:
    """An axis's title: the criterion's name and its scale (``turned``: a lower-is-better criterion, whose
    value is higher where its score is lower). The name is isolated, so a right-to-left one does not turn
    the English round it."""
    if turned:
        return f"{isolate(name)} (0-100 value; higher = lower {isolate(name)})"
    return f"{isolate(name)} (0-100 value)"


def axis_titles(decision: Decision, tmap: TradeoffMap) -> tuple[str, str]:
    """The X and Y axis titles of ``tmap`` (:func:`axis_title`)."""
    return (axis_title(tmap.x_name, turned_round(decision, tmap.x_id)),
            axis_title(tmap.y_name, turned_round(decision, tmap.y_id)))


def standing(tmap: TradeoffMap, p: MapPoint, numbers: dict[str, int]) -> str:
    """The key's Standing cell (plain text): "Efficient", or who dominates it and its shortfall, on its axis."""
    if p.efficient:
        return "Efficient"
    firsts = sorted(numbers[o] for o in p.dominated_by)
    by = join_words([str(n) for n in firsts]) if len(firsts) <= 5 else \
        f"{', '.join(str(n) for n in firsts[:5])} and {len(firsts) - 5} more"
    axis = tmap.x_name if p.shortfall_axis == "x" else tmap.y_name
    return f"Dominated by {by}; {fixed(p.shortfall, 1)} short on {isolate(axis)}"


def point_numbers(tmap: TradeoffMap) -> dict[str, int]:
    """Each placed option's number on the map: its place in the ranking order of the points (1 = first)."""
    return {p.option_id: k + 1 for k, p in enumerate(tmap.points)}


def tradeoff_sentences(tmap: TradeoffMap, evaluation: Evaluation) -> list[str]:
    """The efficient options, and what the top option gives up against its nearest efficient rival (plain text)."""
    x_name, y_name = isolate(tmap.x_name), isolate(tmap.y_name)
    efficient = [isolate(p.name) for p in tmap.points if p.efficient]
    out = [f"Efficient (no other option is at least as good on both and better on one): {join_words(efficient)}."]
    out += [f"No option has a score under {isolate(name)}: every option stands at 0 on that axis."
            for name in tmap.unscored]
    placed = {p.option_id for p in tmap.points}
    firsts = [o for o in evaluation.first_place() if o in placed]
    if len(firsts) > 1:
        points = [tmap.point(o) for o in firsts]
        names = join_words([isolate(p.name) for p in points])
        same = all(abs(p.x - points[0].x) <= TOLERANCE and abs(p.y - points[0].y) <= TOLERANCE for p in points)
        out.append(f"{names} share first place and stand at the same point." if same else
                   f"{names} share first place; the map shows where each stands on the two axes.")
        return out
    top = evaluation.top()
    if top is None or top not in placed:
        return out
    here = tmap.point(top)
    name = isolate(here.name)
    if not here.efficient:
        rank = {p.option_id: k for k, p in enumerate(tmap.points)}
        best = tmap.point(min(here.dominated_by, key=rank.__getitem__))  # the best-ranked of those beating it
        out.append(f"The top option, {name}, is dominated on these two axes by {isolate(best.name)}: it leads on "
                   "the criteria as a whole, not on these two.")
        return out
    rival = nearest_rival(tmap, top)
    if rival is None:
        out.append(f"The top option, {name}, is the only efficient option: no other option is as good on "
                   "both axes.")
        return out
    dx, dy = here.x - rival.x, here.y - rival.y
    if abs(dx) <= TOLERANCE and abs(dy) <= TOLERANCE:
        out.append(f"The top option, {name}, stands at the same point as {isolate(rival.name)}.")
    elif dx < 0:
        out.append(f"Against its nearest efficient rival, {isolate(rival.name)}, the top option, {name}, gives up "
                   f"{fixed(-dx, 1)} on {x_name} for {fixed(dy, 1)} more on {y_name}.")
    else:
        out.append(f"Against its nearest efficient rival, {isolate(rival.name)}, the top option, {name}, gives up "
                   f"{fixed(-dy, 1)} on {y_name} for {fixed(dx, 1)} more on {x_name}.")
    return out


def one_point(tmap: TradeoffMap) -> str:
    """The sentence given instead of a map of a single option (plain text)."""
    p = tmap.points[0]
    return (f"Only one option, {isolate(p.name)}, is placed, so there is nothing to compare it with on a map: "
            f"it stands at {fixed(p.x, 1)} on {isolate(tmap.x_name)} and {fixed(p.y, 1)} on {isolate(tmap.y_name)} (0-100 value).")


def tradeoff_section(brief: Brief, sizes: ChartSizes) -> str:
    """The Trade-offs section, a sentence saying why there is no map, or ''."""
    ev = brief.evaluation
    if not len(ev.option_ids):
        return ""
    tmap = brief_map(brief)
    if tmap.unavailable == NOT_ADDITIVE:
        return (f'<p class="muted">No value map is given: a {esc(ev.aggregation.label)} score is not a sum of '
                "points from each criterion, so the options have no value on a part of the criteria tree.</p>")
    if tmap.unavailable == NO_WEIGHT:
        names = join_words([f"\u2018{isolate(n)}\u2019" for n in tmap.weightless])
        verb = "has" if len(tmap.weightless) == 1 else "have"
        return (f'<p class="muted">No value map is given: {esc(names)} {verb} no weight, '
                "so no 0-100 value scale.</p>")
    if tmap.unavailable:
        return ""
    if len(tmap.points) < 2:
        return f"<h2>{TITLE}</h2>\n<p>{esc(one_point(tmap))}</p>"
    numbers = point_numbers(tmap)
    tied = len({ev.rank_of(p.option_id) for p in tmap.points}) < len(tmap.points)
    numbered = ("Points are numbered in ranking order (options that share a rank take the Ranking's order)."
                if tied else "Points are numbered by rank.")
    intro = (f"Each option placed by its value on {esc(isolate(tmap.x_name))} (across) and on "
             f"{esc(isolate(tmap.y_name))} (up), each "
             "on its own 0-100 scale: the option's points from the criteria under it divided by their weight, so "
             "100 is the best value on every one of them; right and up are better. An option is efficient when no "
             "other option is at least as good on both and better on one; the line joins the efficient options "
             "(solid circles), and the dominated ones are hollow squares. The shortfall of a dominated option is the "
             "smaller rise, on one axis, that would bring it level with the options beating it. " + numbered)
    rows = [[str(numbers[p.option_id]), esc(p.name), fixed(p.x, 1), fixed(p.y, 1), esc(standing(tmap, p, numbers))]
            for p in tmap.points[:MAX_KEY_ROWS]]
    heads = ["No.", "Option", esc(tmap.x_name), esc(tmap.y_name), "Standing"]
    more = len(tmap.points) - MAX_KEY_ROWS
    out = [f"<h2>{TITLE}</h2>", f'<p class="muted">{intro}</p>', chart("tradeoff", sizes),
           table(heads, rows, numeric=[0, 2, 3], widths=["7%", "38%", "12%", "12%", "31%"])]
    if more > 0:
        out.append(f'<p class="muted">The key lists the first {MAX_KEY_ROWS} options of {len(tmap.points)}.</p>')
    if tmap.left_out:
        names = [ev.option_names[ev.option_index(o)] for o in tmap.left_out]
        out.append(f'<p class="muted">Not on the map (excluded by a red line): {esc(join_words(names))}.</p>')
    out.append(f"<p>{esc(' '.join(tradeoff_sentences(tmap, ev)))}</p>")
    return "\n".join(part for part in out if part)


__all__ = ["MAX_KEY_ROWS", "TITLE", "axis_title", "axis_titles", "brief_map", "one_point", "point_numbers",
           "standing", "tradeoff_section", "tradeoff_sentences"]
