"""The Trade-offs tab's reading of the map in plain words (translated; the brief has its own English copy).

"Efficient: A, B, C. D is dominated by B: B is better on both Costs and Benefits." and what the
top option gives up against its nearest efficient rival (:func:`~counterweight.engine.tradeoff.nearest_rival`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counterweight.engine import Evaluation
from counterweight.engine.tradeoff import TOLERANCE, MapPoint, TradeoffMap, nearest_rival
from counterweight.ui.engine_text import and_list

translate = QCoreApplication.translate

#: Dominated options described one by one; the rest are counted.
MAX_DOMINATED = 4


def _beats(tmap: TradeoffMap, winner: MapPoint, loser: MapPoint) -> str:
    """How ``winner`` beats ``loser``: better on both, or as good on one and better on the other."""
    x_better, y_better = winner.x - loser.x > TOLERANCE, winner.y - loser.y > TOLERANCE
    if x_better and y_better:
        text = translate("TradeoffPanel", "{0} is better on both {1} and {2}")
        return text.format(winner.name, tmap.x_name, tmap.y_name)
    text = translate("TradeoffPanel", "{0} is as good on {1} and better on {2}")
    if x_better:
        return text.format(winner.name, tmap.y_name, tmap.x_name)
    return text.format(winner.name, tmap.x_name, tmap.y_name)


def _dominated(tmap: TradeoffMap) -> list[str]:
    order = {p.option_id: k for k, p in enumerate(tmap.points)}
    losers = [p for p in tmap.points if not p.efficient]
    out = []
    for p in losers[:MAX_DOMINATED]:
        best = tmap.point(min(p.dominated_by, key=order.__getitem__))  # the best-ranked of those beating it
        how = _beats(tmap, best, p)
        if len(p.dominated_by) == 2:
            text = translate("TradeoffPanel", "{0} is dominated by {1} and one other option: {2}.")
            out.append(text.format(p.name, best.name, how))
        elif len(p.dominated_by) > 2:
            text = translate("TradeoffPanel", "{0} is dominated by {1} and {2} other options: {3}.")
            out.append(text.format(p.name, best.name, len(p.dominated_by) - 1, how))
        else:
            out.append(translate("TradeoffPanel", "{0} is dominated by {1}: {2}.").format(p.name, best.name, how))
    if len(losers) > MAX_DOMINATED:
        text = translate("TradeoffPanel", "{0} more options are dominated (see the key).")
        out.append(text.format(len(losers) - MAX_DOMINATED))
    return out


def _top(tmap: TradeoffMap, evaluation: Evaluation) -> str:
    top = evaluation.top()
    if top is None or not any(p.option_id == top for p in tmap.points):
        return ""
    here = tmap.point(top)
    if not here.efficient:
        rank = {p.option_id: k for k, p in enumerate(tmap.points)}
        best = tmap.point(min(here.dominated_by, key=rank.__getitem__))  # the best-ranked of those beating it
        text = translate("TradeoffPanel", "The top option, {0}, is dominated on these two axes by {1}: it leads on "
                                          "the criteria as a whole.")
        return text.format(here.name, best.name)
    rival = nearest_rival(tmap, top)
    if rival is None:
        text = translate("TradeoffPanel", "The top option, {0}, is the only efficient option: it is at least as good "
                                          "as every other on both axes.")
        return text.format(here.name)
    dx, dy = here.x - rival.x, here.y - rival.y
    if abs(dx) <= TOLERANCE and abs(dy) <= TOLERANCE:
        text = translate("TradeoffPanel", "The top option, {0}, stands at the same point as {1}.")
        return text.format(here.name, rival.name)
    text = translate("TradeoffPanel", "Against its nearest efficient rival, {0}, the top option {1} gives up {2:.1f} "
                                      "on {3} for {4:.1f} more on {5}.")
    if dx < 0:
        return text.format(rival.name, here.name, -dx, tmap.x_name, dy, tmap.y_name)
    return text.format(rival.name, here.name, -dy, tmap.y_name, dx, tmap.x_name)


def reading(tmap: TradeoffMap, evaluation: Evaluation) -> str:
    """The map in a few sentences: the efficient options, the dominated ones and the top option's trade-off."""
    names = [p.name for p in tmap.points if p.efficient]
    parts = [translate("TradeoffPanel", "Efficient: {0}.").format(and_list(names))]
    parts += _dominated(tmap)
    parts.append(_top(tmap, evaluation))
    if tmap.left_out:
        parts.append(translate("TradeoffPanel", "Not on the map (excluded by a red line): {0}.").format(
            and_list([evaluation.option_names[evaluation.option_index(o)] for o in tmap.left_out])))
    return " ".join(p for p in parts if p)


__all__ = ["MAX_DOMINATED", "reading"]
