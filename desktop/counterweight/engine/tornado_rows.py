"""The rows of the tornado chart (:mod:`counterweight.charts.tornado_chart`): one per weight or score.

:func:`tornado_items` turns a sensitivity and flip analysis into rows, most fragile
first, each with its distances down and up (shares of the item's range), the option
each change puts first and the red lines (action *flag*) that option breaches after
the change (QA 21, items 5 and 8: the tooltips and the brief name it;
:mod:`counterweight.engine.flip_red_lines`).

Qt-free, so that the brief's table of the bars (:mod:`counterweight.reports.brief_sensitivity`)
is built without Qt and in English whatever the window's language; the chart passes
translated wording (:mod:`counterweight.charts.tornado_items`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from counterweight.domain import Decision
from counterweight.engine.flip import FlipResult
from counterweight.engine.flip_red_lines import breached_criteria, breaches_after, new_top_breaches
from counterweight.engine.sensitivity import SensitivityResult


#: The most rows the chart (and the brief's table of its bars) shows.
MAX_ITEMS = 12
#: ``(criterion name, criterion label) -> (row label, description)`` for a weight's row.
WeightWords = Callable[[str, str], tuple[str, str]]
#: ``(option name, criterion name, criterion path) -> (row label, description)`` for a score's row.
ScoreWords = Callable[[str, str, str], tuple[str, str]]


def english_weight_words(name: str, label: str) -> tuple[str, str]:
    return f"Weight: {name}", f"Weight of {label}"


def english_score_words(option: str, name: str, path: str) -> tuple[str, str]:
    return f"{option}: {name}", f"Score of {option} on {path}"


@dataclass(frozen=True)
class TornadoItem:
    """One row of the tornado: distances (shares of range, 0-1) down and up; ``None``: no flip that way."""

    kind: str  # "weight" or "score"
    label: str  # a weight's criterion name, or ``option`` and criterion name joined by ": "
    description: str
    down: float | None
    up: float | None
    option: str = ""  # scores: the option's name (elided separately from the criterion)
    criterion: str = ""
    down_top: str = ""  # the option that comes first after the decrease (its name)
    up_top: str = ""
    down_breach: tuple[str, ...] = ()  # the criteria whose red lines that option breaches (flag)
    up_breach: tuple[str, ...] = ()
    criterion_id: str = ""  # the item's own ids (reports word it from them)
    option_id: str = ""

    @property
    def distance(self) -> float:
        """The smaller of the two distances (``inf`` when neither side flips)."""
        found = [d for d in (self.down, self.up) if d is not None]
        return min(found) if found else float("inf")


def tornado_items(decision: Decision, flips: FlipResult, sensitivity: SensitivityResult, *,
                  weight_words: WeightWords = english_weight_words,
                  score_words: ScoreWords = english_score_words) -> list[TornadoItem]:
    """Rows for the tornado chart, most fragile first.

    Weights get both directions from ``sensitivity``; scores get the one direction
    :func:`counterweight.engine.flip.flip_distances` found nearest. Items that no
    change within their range can flip are left out. ``weight_words`` and
    ``score_words`` word each row's label and description (English by default).
    """
    items: list[TornadoItem] = []
    for c in sensitivity.criteria:
        down = None if c.decrease is None else abs(c.decrease.change)
        up = None if c.increase is None else abs(c.increase.change)
        if down is None and up is None:
            continue
        tops = [("", ()) if t is None else (t.new_top_name, breached_criteria(breaches_after(decision, t.new_top_id)))
                for t in (c.decrease, c.increase)]
        items.append(TornadoItem("weight", *weight_words(c.name, c.label), down, up,
                                 criterion=c.name, down_top=tops[0][0], up_top=tops[1][0], down_breach=tops[0][1],
                                 up_breach=tops[1][1], criterion_id=c.criterion_id))
    for it in flips.items:
        if it.kind != "score" or it.fraction is None or it.change is None or it.option_id is None:
            continue
        option = decision.option(it.option_id).name if decision.has_option(it.option_id) else it.option_id
        crit = decision.criterion(it.criterion_id) if decision.has_criterion(it.criterion_id) else None
        name = crit.name if crit is not None else it.criterion_id
        path = decision.path_name(it.criterion_id) if crit is not None else it.criterion_id
        down, up = (it.fraction, None) if it.change < 0 else (None, it.fraction)
        top = "" if it.new_top_id is None else (
            decision.option(it.new_top_id).name if decision.has_option(it.new_top_id) else it.new_top_id)
        breach = breached_criteria(new_top_breaches(decision, it))
        items.append(TornadoItem("score", *score_words(option, name, path), down, up,
                                 option=option, criterion=name, down_top=top if down is not None else "",
                                 up_top=top if up is not None else "", down_breach=breach if down is not None else (),
                                 up_breach=breach if up is not None else (), criterion_id=it.criterion_id,
                                 option_id=it.option_id))
    items.sort(key=lambda t: (t.distance, t.kind != "weight"))
    return items


__all__ = ["MAX_ITEMS", "ScoreWords", "TornadoItem", "WeightWords", "english_score_words", "english_weight_words",
           "tornado_items"]
