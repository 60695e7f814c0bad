"""The Trade-offs tab's reading of the map in plain words (translated; the brief has its own English copy).

"Efficient: A, B, C. D is dominated by B: B is better on both Costs and Benefits." and what the
top option gives up against its nearest efficient rival (:func:`~counterweight.engine.tradeoff.nearest_rival`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from counterweight.ui.numbers import fixed
from counterweight.domain.wording import isolate
from counterweight.engine import Evaluation
from counterweight.engine.tradeoff import TOLERANCE, MapPoint, TradeoffMap, nearest_rival
from counterweight.ui.engine_text import and_list

translate = QCoreApplication.translate

#: Dominated options described one by one; the rest are counted.
MAX_DOMINATED = 4


def _beats(tmap: TradeoffMap, winner: MapPoint, loser: MapPoint) -> str:
    """How ``winner`` beats ``loser``: better on both, or as good on one and better on the other."""
    x_better, y_better = winner.x - loser.x > TOLERANCE, winner.y - loser.y > TOLERANCE
    x_name, y_name = isolate(tmap.x_name), isolate(tmap.y_name)
    if x_better and y_better:
        text = translate("TradeoffPanel", "{0} is better on both {1} and {2}")
        return text.format(isolate(winner.name), x_name, y_name)
    text = translate("TradeoffPanel", "{0} is as good on {1} and better on {2}")
    if x_better:
        return text.format(isolate(winner.name), y_name, x_name)
    return text.format(isolate(winner.name), x_name, y_name)


def _dominated(tmap: TradeoffMap) -> list[str]:
    order = {p.option_id: k for k, p in enumerate(tmap.points)}
    losers = [p for p in tmap.points if not p.efficient]
    out = []
    for p in losers[:MAX_DOMINATED]:
        best = tmap.point(min(p.dominated_by, key=order.__getitem__))  # the best-ranked of those beating it
        how = _beats(tmap, best, p)
        name, best_name = isolate(p.name), isolate(best.name)
        if len(p.dominated_by) == 2:
            text = translate("TradeoffPanel", "{0} is dominated by {1} and one other option: {2}.")
            out.append(text.format(name, best_name, how))
        elif len(p.dominated_by) > 2:
            text = translate("TradeoffPanel", "{0} is dominated by {1} and {2} other options: {3}.")
            out.append(text.format(name, best_name, len(p.dominated_by) - 1, how))
        else:
            out.append(translate("TradeoffPanel", "{0} is dominated by {1}: {2}.").format(name, best_name, how))
    if len(losers) > MAX_DOMINATED:
        text = translate("TradeoffPanel", "{0} more options are dominated (see the key).")
        out.append(text.format(len(losers) - MAX_DOMINATED))
    return out


def _named(p: MapPoint) -> MapPoint:
    """``p`` with its name isolated, for a sentence (a right-to-left name keeps the English in order)."""
    return replace(p, name=isolate(p.name))


def _shared_first(tmap: TradeoffMap, evaluation: Evaluation) -> str:
    """When several placed options share first place: who they are, and whether they stand at one point."""
    placed = {p.option_id for p in tmap.points}
    points = [tmap.point(o) for o in evaluation.first_place() if o in placed]
    if len(points) < 2:
        return ""
    names = and_list([isolate(p.name) for p in points])
    if all(abs(p.x - points[0].x) <= TOLERANCE and abs(p.y - points[0].y) <= TOLERANCE for p in points):
        return translate("TradeoffPanel", "{0} share first place and stand at the same point.").format(names)
    return translate("TradeoffPanel", "{0} share first place; the map shows where each stands on the two "
                                      "axes.").format(names)


def _top(tmap: TradeoffMap, evaluation: Evaluation) -> str:
    shared = _shared_first(tmap, evaluation)
    if shared:
        return shared
    top = evaluation.top()
    if top is None or not any(p.option_id == top for p in tmap.points):
        return ""
    here = _named(tmap.point(top))
    if not here.efficient:
        rank = {p.option_id: k for k, p in enumerate(tmap.points)}
        best = _named(tmap.point(min(here.dominated_by, key=rank.__getitem__)))  # the best-ranked beating it
        text = translate("TradeoffPanel", "The top option, {0}, is dominated on these two axes by {1}: it leads on "
                                          "the criteria as a whole.")
        return text.format(here.name, best.name)
    rival = nearest_rival(tmap, top)
    rival = _named(rival) if rival is not None else None
    if rival is None:
        text = translate("TradeoffPanel", "The top option, {0}, is the only efficient option: it is at least as good "
                                          "as every other on both axes.")
        return text.format(here.name)
    dx, dy = here.x - rival.x, here.y - rival.y
    if abs(dx) <= TOLERANCE and abs(dy) <= TOLERANCE:
        text = translate("TradeoffPanel", "The top option, {0}, stands at the same point as {1}.")
        return text.format(here.name, rival.name)
    text = translate("TradeoffPanel", "Against its nearest efficient rival, {0}, the top option, {1}, gives up "
                                      "{2} on {3} for {4} more on {5}.")
    x_name, y_name = isolate(tmap.x_name), isolate(tmap.y_name)
    if dx < 0:
        return text.format(rival.name, here.name, fixed(-dx, 1), x_name, fixed(dy, 1), y_name)
    return text.format(rival.name, here.name, fixed(-dy, 1), y_name, fixed(dx, 1), x_name)


def one_point(tmap: TradeoffMap) -> str:
    """The sentence shown instead of a map of a single option."""
    p = tmap.points[0]
    text = translate("TradeoffPanel", "Only one option, {0}, is placed, so there is nothing to compare it with on a "
                                      "map: it stands at {1} on {2} and {3} on {4} (0-100 value).")
    return text.format(isolate(p.name), fixed(p.x, 1), isolate(tmap.x_name), fixed(p.y, 1), isolate(tmap.y_name))


def reading(tmap: TradeoffMap, evaluation: Evaluation) -> str:
    """The map in a few sentences: the efficient options, the dominated ones and the top option's trade-off."""
    names = [isolate(p.name) for p in tmap.points if p.efficient]
    parts = [translate("TradeoffPanel", "Efficient: {0}.").format(and_list(names))]
    parts += [translate("TradeoffPanel", "No option has a score under {0}: every option stands at 0 on that "
                                         "axis.").format(isolate(name)) for name in tmap.unscored]
    parts += _dominated(tmap)
    parts.append(_top(tmap, evaluation))
    if tmap.left_out:
        parts.append(translate("TradeoffPanel", "Not on the map (excluded by a red line): {0}.").format(
            and_list([isolate(evaluation.option_names[evaluation.option_index(o)]) for o in tmap.left_out])))
    return " ".join(p for p in parts if p)


__all__ = ["MAX_DOMINATED", "one_point", "reading"]
