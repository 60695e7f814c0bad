"""The words of the Sensitivity tab: the verdict, the one-sentence explanation, the chart legend.

Plain functions over engine results, kept apart from the widgets: :func:`explain`
turns a sensitivity and flip analysis into a verdict and a sentence naming the
nearest change that would put another option first (every score change tied for the
smallest, up to :data:`MAX_LISTED`, and who then comes first); :func:`legend_html` writes
the chart's wrapping legend (user text escaped); :func:`verdict_word` and
:func:`tornado_caption` give the badge and the caption under the tornado chart.
Wherever an option that breaches a red line (action *flag*) is named as first, or as
the option a change puts first, :data:`FLAG` and words say so (QA 21, item 5;
:mod:`counterweight.engine.flip_red_lines` checks the red lines after the change).
Weights are shown as the thresholds table shows them: one decimal, more only when one
decimal would show the old and the new weight alike.
User-visible text is translated under the one context ``"SensitivityText"`` (literal
``QCoreApplication.translate`` calls, which lupdate extracts under that context).
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from counterweight.charts.legend_words import first_place_words
from counterweight.engine.flip_red_lines import breached_criteria, breaches_after, new_top_breaches
from counterweight.engine.ranking import is_tie
from counterweight.ui.engine_text import and_list, engine_text
from counterweight.ui.numbers import fixed, formatted

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

    from counterweight.domain import Decision
    from counterweight.engine.flip import FlipItem, FlipResult
    from counterweight.engine.red_lines import RedLineBreach
    from counterweight.engine.sensitivity import CriterionSensitivity, SensitivityResult, Threshold

DASH = "—"
#: The mark beside an option that breaches a red line (its action is "flag": it stays in the ranking).
FLAG = "⚑"
#: Most score changes tied for the smallest that the sentence names; the others are counted.
MAX_LISTED = 3
#: issue 6: the badge's tone in counterweight.ui.theme (colours that follow the system palette).
#: A tie is neither robust nor fragile: it takes the neutral tone of "not applicable".
VERDICT_TONE = {"robust": "badge-robust", "fragile": "badge-fragile", "tied": "badge-not_applicable",
                "not_applicable": "badge-not_applicable"}
_SYMBOLS = {"current": "┆", "flip": "●", "excluded": "┄"}
#: Between two entries of the chart's legend.
LEGEND_GAP = " &nbsp; "
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def flag_words(breaches: tuple[RedLineBreach, ...]) -> str:
    """``⚑ breaches the red line on Civilian risk`` (every criterion whose red line is crossed); ``""`` for none."""
    names = list(breached_criteria(breaches))
    if not names:
        return ""
    text = (translate("SensitivityText", "⚑ breaches the red line on {0}") if len(names) == 1
            else translate("SensitivityText", "⚑ breaches the red lines on {0}"))
    return text.format(and_list(names))


def short_flag(breaches: tuple[RedLineBreach, ...]) -> str:
    """``⚑ breaches a red line`` for a narrow cell (its tooltip names the red lines); ``""`` for none."""
    return translate("SensitivityText", "⚑ breaches a red line") if breaches else ""


def flagged(name: str, breaches: tuple[RedLineBreach, ...]) -> str:
    """``name``, followed by ``(⚑ breaches the red line on …)`` when it breaches one."""
    words = flag_words(breaches)
    return translate("SensitivityText", "{0} ({1})").format(name, words) if words else name


def then_first(name: str, breaches: tuple[RedLineBreach, ...]) -> str:
    """``Alpha then comes first``, and that it breaches a red line when it does."""
    names = list(breached_criteria(breaches))
    if not names:
        return translate("SensitivityText", "{0} then comes first").format(name)
    text = (translate("SensitivityText", "{0} then comes first; ⚑ it breaches the red line on {1}") if len(names) == 1
            else translate("SensitivityText", "{0} then comes first; ⚑ it breaches the red lines on {1}"))
    return text.format(name, and_list(names))


def breach_tip(breaches: tuple[RedLineBreach, ...]) -> str:
    """The red lines' own reasons, for a tooltip (``""`` for none)."""
    return " ".join(engine_text(b.reason) for b in breaches)


def flagged_ids(decision: Decision | None, option_ids: Collection[str]) -> frozenset[str]:
    """Of ``option_ids``, those that breach a red line as scored (an excluded option breaches one too)."""
    if decision is None:
        return frozenset()
    return frozenset(oid for oid in option_ids if breaches_after(decision, oid))


def legend_html(entries: list[tuple[str, QColor, str]], tied: Collection[str] = (),
                flagged_options: Collection[str] = ()) -> str:
    """A wrapping legend: the :func:`legend_parts` of the entries, one after the other."""
    return LEGEND_GAP.join(legend_parts(entries, tied, flagged_options))


def legend_parts(entries: list[tuple[str, QColor, str]], tied: Collection[str] = (),
                 flagged_options: Collection[str] = (), marks: Sequence[str] = ()) -> list[str]:
    """A coloured mark and the (escaped) name per entry, as rich text; the top option in bold.

    ``marks`` holds, entry by entry, a picture of the line to show instead of the coloured symbol (``""``:
    the symbol), such as :func:`counterweight.ui.widgets.line_marks.legend_marks` draws with each line's dashes.
    ``tied`` names the options that share first place: each is bold and "tied first",
    so the legend never calls one of them the sole first (:func:`tied_names`).
    ``flagged_options`` names the options that breach a red line: each gets
    ``(⚑ breaches a red line)`` (:func:`flagged_ids`).
    """
    parts = []
    flag = html.escape(translate("SensitivityText", "(⚑ breaches a red line)")).replace("⚑ ", "⚑&nbsp;")
    for k, (text, colour, kind) in enumerate(entries):
        name = html.escape(text)
        if len(text) <= 36:  # keep short names on one line; long ones may wrap
            name = name.replace(" ", "&nbsp;")
        words = first_place_words(kind, text in tied)  # the saved picture's legend says the same (h28b)
        if words:
            name = f"<b>{name}</b>&nbsp;{html.escape(words)}"
        if kind in ("top", "option") and text in flagged_options:
            name = f"{name} {flag}"  # may wrap before the flag: a narrow pane keeps its width
        mark = marks[k] if k < len(marks) and marks[k] else \
            f'<span style="color:{colour.name()}; font-weight:bold">{_SYMBOLS.get(kind, "■")}</span>'
        parts.append(f"{mark}&nbsp;{name}")
    return parts


def tied_names(flips: FlipResult | None, sens: SensitivityResult | None) -> tuple[str, ...]:
    """The names of the options sharing first place (none when one option leads alone)."""
    if flips is None or sens is None:
        return ()
    names = dict(zip(sens.option_ids, sens.option_names))
    return tuple(names.get(o, o) for o in flips.tied_ids)


def pct(share: float, decimals: int = 0) -> str:
    """A share 0-1 as a percentage number (no sign)."""
    return fixed(100.0 * share, decimals)


def pct_pair(a: float, b: float) -> tuple[str, str]:
    """Two different shares as percentages with one decimal, as the thresholds table shows weights.

    More decimals (up to :data:`MAX_DECIMALS`) only when one decimal would show them alike.
    """
    for decimals in range(1, MAX_DECIMALS + 1):
        old, new = pct(a, decimals), pct(b, decimals)
        if old != new or a == b:
            break
    return old, new


#: Most decimals :func:`_numbers` adds so that two different scores read differently.
MAX_DECIMALS = 6


def _decimals(x: float) -> int:
    """Decimals a score is shown with: fewer for larger numbers."""
    return 0 if abs(x) >= 100 else 1 if abs(x) >= 10 else 2


def _number(x: float, decimals: int | None = None) -> str:
    text = fixed(x, _decimals(x) if decimals is None else decimals, grouped=True)
    return text.rstrip("0").rstrip(".") if "." in text else text


def _numbers(a: float, b: float) -> tuple[str, str]:
    """Two different scores as text, with more decimals when the usual rounding shows them equal.

    ``(3.004, 2.996)`` gives ``("3.004", "2.996")``, not ``("3", "3")``. Scores closer
    than :data:`MAX_DECIMALS` decimals still read the same; the caller words that case.
    """
    old, new = _number(a), _number(b)
    start = max(_decimals(a), _decimals(b)) + 1
    for decimals in range(start, max(start, MAX_DECIMALS) + 1):
        if old != new or a == b:
            break
        old, new = _number(a, decimals), _number(b, decimals)
    return old, new


def _weight_phrase(decision: Decision, c: CriterionSensitivity, t: Threshold) -> str:
    verb = (translate("SensitivityText", "rises") if t.direction == "increase"
            else translate("SensitivityText", "falls"))
    g0, g1 = pct_pair(c.global_weight, t.global_weight)
    text = translate("SensitivityText", "the weight of {name} {verb} from {old} % to {new} %").format(
        name=c.name, verb=verb, old=g0, new=g1)
    if c.parent_weight < 1.0 - 1e-9:
        l0, l1 = pct_pair(c.local_weight, t.local_weight)
        text += " " + translate("SensitivityText", "(local {0} % → {1} %)").format(l0, l1)
    return f"{text} ({then_first(t.new_top_name, breaches_after(decision, t.new_top_id))})"


def _score_phrase(decision: Decision, it: FlipItem) -> str:
    option = decision.option(it.option_id).name if it.option_id and decision.has_option(it.option_id) else ""
    crit = decision.criterion(it.criterion_id)
    then = ""
    if it.new_top_id is not None:
        name = decision.option(it.new_top_id).name if decision.has_option(it.new_top_id) else it.new_top_id
        then = f" ({then_first(name, new_top_breaches(decision, it))})"
    if isinstance(it.current, str) and isinstance(it.target, str):
        labels = [lv.label for lv in getattr(crit.scale, "levels", [])]
        steps = abs(labels.index(it.target) - labels.index(it.current)) if it.target in labels and \
            it.current in labels else 0
        moves = (translate("SensitivityText", "moves one level") if steps == 1
                 else translate("SensitivityText", "moves {0} levels").format(steps))
        text = translate("SensitivityText", "the score of {option} on {criterion} {moves}, from ‘{old}’ to ‘{new}’")
        return text.format(option=option, criterion=crit.name, moves=moves, old=it.current, new=it.target) + then
    unit = f" {crit.unit}" if crit.unit else ""
    current, target = float(it.current), float(it.target)  # type: ignore[arg-type]
    old, new = _numbers(current, target)
    if old == new:  # closer than the decimals shown: say which way it moves instead
        text = (translate("SensitivityText", "the score of {option} on {criterion} rises just above {old}{unit}")
                if target > current
                else translate("SensitivityText", "the score of {option} on {criterion} falls just below {old}{unit}"))
        return text.format(option=option, criterion=crit.name, old=old, unit=unit) + then
    return translate("SensitivityText", "the score of {option} on {criterion} moves from {old} to {new}{unit}").format(
        option=option, criterion=crit.name, old=old, new=new, unit=unit) + then


def _engine_notes(flips: FlipResult) -> str:
    """The flip analysis's own notes (the engine's sentences, translated by :func:`engine_text`)."""
    return " ".join(engine_text(n) for n in flips.notes)


def _name(decision: Decision, option_id: str) -> str:
    """An option's name, flagged when it breaches a red line as scored."""
    name = decision.option(option_id).name if decision.has_option(option_id) else option_id
    return flagged(name, breaches_after(decision, option_id))


def _names(decision: Decision, option_ids: tuple[str, ...]) -> str:
    """``A and B``; ``A, B and C`` (option names, in the order given, each flagged if it breaches a red line)."""
    return and_list([_name(decision, o) for o in option_ids])


def nearest(decision: Decision, flips: FlipResult, kind: str) -> list[FlipItem]:
    """The ``kind`` changes (``"weight"`` or ``"score"``) tied for the smallest that puts another option first.

    Ties are judged with the ranking's tolerance. In a group of two criteria, raising
    one weight is lowering the other: only the first of such a pair is kept.
    """
    found = [i for i in flips.items if i.kind == kind and i.fraction is not None]
    if not found:
        return []
    smallest = min(i.fraction for i in found)  # type: ignore[type-var]
    tied = [i for i in found if is_tie(i.fraction, smallest)]  # type: ignore[arg-type]
    if kind != "weight":
        return tied
    kept: list[FlipItem] = []
    for it in tied:
        if decision.has_criterion(it.criterion_id):
            siblings = decision.children(decision.criterion(it.criterion_id).parent_id)
            if len(siblings) == 2 and any(k.criterion_id in {c.id for c in siblings} for k in kept):
                continue  # the same move as its only sibling's, seen from the other side
        kept.append(it)
    return kept


def _phrases(decision: Decision, sens: SensitivityResult, flips: FlipResult) -> tuple[list[str], int]:
    """The nearest weight and score changes in words (at most :data:`MAX_LISTED` of each), and how many more tie."""
    phrases: list[str] = []
    more = 0
    for kind in ("weight", "score"):
        items = nearest(decision, flips, kind)
        more += max(0, len(items) - MAX_LISTED)
        for it in items[:MAX_LISTED]:
            if kind == "score":
                phrases.append(_score_phrase(decision, it))
                continue
            c = sens.get(it.criterion_id)
            t = c.increase if (it.change or 0.0) > 0 else c.decrease
            if t is not None:
                phrases.append(_weight_phrase(decision, c, t))
    return phrases, more


def explain(decision: Decision, sens: SensitivityResult, flips: FlipResult) -> tuple[str, str]:
    """The verdict (``"robust"``, ``"fragile"``, ``"tied"``, ``"not_applicable"``) and one sentence in plain words.

    The sentence names the smallest weight change and the smallest score change that
    put another option first, each with the option that then comes first; changes tied
    for the smallest are all named (up to :data:`MAX_LISTED` of each kind, the rest
    counted), three or more as a list. An option that breaches a red line is flagged
    wherever it is named as first. When options share first place it names them and
    says any change favouring one puts it first; when no verdict applies it gives the
    reason (the words of the matching warning), and no "stays first".
    """
    if flips.verdict == "not_applicable" or flips.top_id is None:
        return "not_applicable", _engine_notes(flips) or translate("SensitivityText", "There is nothing to compare.")
    extra = _engine_notes(flips)
    if flips.verdict == "tied":
        sentence = translate("SensitivityText", "{0} share first place: any change to a weight or a score that "
                             "favours one of them puts it first.").format(_names(decision, flips.tied_ids))
        return "tied", sentence + (" " + extra if extra else "")
    top = _name(decision, flips.top_id)
    phrases, more = _phrases(decision, sens, flips)
    limit = formatted(100 * flips.threshold)
    if not phrases:
        sentence = translate("SensitivityText",
                             "{0} stays first whatever single weight or score changes within its range.").format(top)
    elif len(phrases) > 2 or more:  # a list reads better than a sentence of four clauses
        lines = [f"• {p}" for p in phrases]
        if more:
            lines.append("• " + translate("SensitivityText", "{0} more changes of the same size").format(more))
        head = (translate("SensitivityText", "{0} stays first unless any one of these changes is made:").format(top)
                if flips.verdict == "fragile" else
                translate("SensitivityText", "No single change smaller than {0} % of its range puts another option "
                          "ahead of {1}. The nearest changes that would:").format(limit, top))
        sentence = "\n".join([head, *lines])
    elif flips.verdict == "fragile":
        sentence = translate("SensitivityText", "{0} stays first unless {1}.").format(
            top, translate("SensitivityText", ", or if ").join(phrases))
    else:
        sentence = translate("SensitivityText", "No single change smaller than {0} % of its range puts another "
                             "option ahead of {1}; the nearest: {2}.").format(
            limit, top, translate("SensitivityText", ", or ").join(phrases))
    return flips.verdict, sentence + ("\n" + extra if extra and "\n" in sentence else " " + extra if extra else "")


def verdict_word(verdict: str) -> tuple[str, str]:
    """The badge's word for ``verdict`` and its tone (see :func:`counterweight.ui.theme.set_tone`)."""
    words = {"robust": translate("SensitivityText", "Robust"), "fragile": translate("SensitivityText", "Fragile"),
             "tied": translate("SensitivityText", "Tied")}
    word = words.get(verdict, translate("SensitivityText", "Not applicable"))
    return word, VERDICT_TONE.get(verdict, VERDICT_TONE["not_applicable"])


def tornado_caption(total: int, shown: int, threshold: float) -> str:
    """The caption under the tornado chart: what the bars mean and how many of ``total`` are ``shown``."""
    if not total:
        return translate("SensitivityText",
                         "No single weight or score change within its range puts another option first.")
    text = translate("SensitivityText", "Bars: the smallest decrease (left) or increase (right) that puts another "
                     "option first. Dotted lines: {0} % of the range.").format(formatted(100 * threshold))
    if shown < total:
        text += " " + translate("SensitivityText",
                                "Showing the {0} most fragile of {1}; hover a bar for details.").format(shown, total)
    return text


__all__ = ["DASH", "FLAG", "LEGEND_GAP", "MAX_LISTED", "VERDICT_TONE", "breach_tip", "explain", "flag_words",
           "flagged", "flagged_ids", "legend_html", "legend_parts", "nearest", "pct", "pct_pair", "short_flag",
           "then_first", "tied_names", "tornado_caption", "verdict_word"]
