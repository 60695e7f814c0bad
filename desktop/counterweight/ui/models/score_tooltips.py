"""Tooltip texts of the score matrix: a cell's score, range, value and evidence; a column's scale.

Kept apart from :mod:`counterweight.ui.models.score_table_model` so the model holds
only what Qt asks of it. The strings keep the model's translation context
(``ScoreTableModel``), so the translations in ``resources/translations`` apply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counterweight.domain import Criterion, Decision, QualitativeScale, Score
from counterweight.domain.analysts import analyst_labels
from counterweight.ui.numbers import fixed
from counterweight.services.evidence import evidence_strength
from counterweight.services.group import voice_scores
from counterweight.ui.models.score_text import describe_scale, format_number, format_score


def strength_words(strength: str) -> str:
    """The evidence strength (``none``/``weak``/``medium``/``strong``) in words."""
    return {
        "weak": QCoreApplication.translate("ScoreTableModel", "weak support"),
        "medium": QCoreApplication.translate("ScoreTableModel", "medium support"),
        "strong": QCoreApplication.translate("ScoreTableModel", "strong support"),
    }.get(strength, QCoreApplication.translate("ScoreTableModel", "no support"))


def _value_lines(criterion: Criterion, score: Score, value: float | None) -> list[str]:
    """A score's level meaning, plausible range and 0-100 value."""
    lines = []
    if isinstance(criterion.scale, QualitativeScale) and score.level:
        lv = criterion.scale.level(score.level)
        if lv is not None and lv.descriptor:
            lines.append(QCoreApplication.translate("ScoreTableModel", "Level means: {0}").format(lv.descriptor))
    if score.low is not None or score.high is not None:
        lines.append(QCoreApplication.translate("ScoreTableModel", "Plausible range: {0} to {1}").format(
            format_number(score.low) if score.low is not None else "?",
            format_number(score.high) if score.high is not None else "?"))
    if value is not None:
        lines.append(QCoreApplication.translate("ScoreTableModel", "Value: {0} of 100").format(fixed(100 * value, 0)))
    return lines


def _cited(decision: Decision, score: Score) -> list[str]:
    """Each piece of a score's evidence as "source, locator, note" (a library source by its title)."""
    return [", ".join(b for b in (decision.cited_name(ev), ev.locator, ev.note) if b) for ev in score.evidence]


def _items(decision: Decision, score: Score) -> tuple[str, str]:
    """How many pieces of evidence a score has, and how strongly they support it, in words."""
    n = len(score.evidence)
    items = (QCoreApplication.translate("ScoreTableModel", "1 item") if n == 1
             else QCoreApplication.translate("ScoreTableModel", "%n items", "", n))
    return items, strength_words(evidence_strength(score, decision.sources))


def cell_tooltip(decision: Decision, cell_name: str, criterion: Criterion, score: Score | None,
                 value: float | None, *, analyst: str = "", own: bool = False, shared: Score | None = None) -> str:
    """Everything known about one cell: score, level meaning, range, 0-1 ``value``, rationale, evidence, scale.

    In an analyst's view give ``analyst`` (their name), ``own`` (whether ``score`` is
    their own score) and ``shared`` (the shared score): the tooltip then says whose
    score, rationale and evidence each line shows, so that the analyst is never
    credited with the shared score's reasoning (QA pass 19).
    """
    if analyst:
        return _analyst_tooltip(decision, cell_name, criterion, score if own else None, shared, value, analyst)
    lines = [cell_name]
    if score is None or score.is_missing:
        lines.append(QCoreApplication.translate("ScoreTableModel", "No score yet."))
    else:
        lines.append(QCoreApplication.translate("ScoreTableModel", "Score: {0}").format(format_score(score)))
        lines += _value_lines(criterion, score, value)
    if score is not None and score.rationale:
        lines.append(QCoreApplication.translate("ScoreTableModel", "Rationale: {0}").format(score.rationale))
    if score is not None:
        lines += [QCoreApplication.translate("ScoreTableModel", "Evidence: {0}").format(c) for c in _cited(decision, score)]
        if score.evidence:  # issue 4: evidence strength in words
            lines.append(QCoreApplication.translate("ScoreTableModel", "Evidence behind this score: {0}, {1}")
                         .format(*_items(decision, score)))
        elif not score.is_missing:
            lines.append(QCoreApplication.translate("ScoreTableModel", "This score rests on no evidence."))
    lines.append(QCoreApplication.translate("ScoreTableModel", "Scale: {0}").format(describe_scale(criterion)))
    return "\n".join(lines)


def _analyst_tooltip(decision: Decision, cell_name: str, criterion: Criterion, own: Score | None,
                     shared: Score | None, value: float | None, analyst: str) -> str:
    """The tooltip in an analyst's view: their own score, then the shared one, each line saying whose."""
    lines = [cell_name]
    if own is not None and not own.is_missing:
        lines.append(QCoreApplication.translate("ScoreTableModel", "{0}'s own score: {1}").format(
            analyst, format_score(own)))
        lines += _value_lines(criterion, own, value)
        lines.append(QCoreApplication.translate("ScoreTableModel", "{0}'s rationale: {1}").format(
            analyst, own.rationale) if own.rationale else QCoreApplication.translate(
            "ScoreTableModel", "{0} recorded no rationale of their own.").format(analyst))
        lines += [QCoreApplication.translate("ScoreTableModel", "{0}'s evidence: {1}").format(analyst, c)
                  for c in _cited(decision, own)]
        lines.append(QCoreApplication.translate("ScoreTableModel", "Evidence behind {0}'s score: {1}, {2}").format(
            analyst, *_items(decision, own)) if own.evidence else QCoreApplication.translate(
            "ScoreTableModel", "{0}'s score rests on no evidence of its own.").format(analyst))
    if shared is None or shared.is_missing:
        lines.append(QCoreApplication.translate("ScoreTableModel", "No shared score yet."))
    else:
        if own is None:  # the shared score shows through: its value is the one the cell shows
            lines.append(QCoreApplication.translate(
                "ScoreTableModel", "Shared score: {0} ({1} gave no score of their own)").format(
                format_score(shared), analyst))
            lines += _value_lines(criterion, shared, value)
        else:
            lines.append(QCoreApplication.translate("ScoreTableModel", "Shared score: {0}").format(
                format_score(shared)))
        if shared.rationale:
            lines.append(QCoreApplication.translate("ScoreTableModel", "Shared score's rationale: {0}").format(
                shared.rationale))
        lines += [QCoreApplication.translate("ScoreTableModel", "Shared score's evidence: {0}").format(c)
                  for c in _cited(decision, shared)]
        lines.append(QCoreApplication.translate("ScoreTableModel", "Evidence behind the shared score: {0}, {1}")
                     .format(*_items(decision, shared)) if shared.evidence else QCoreApplication.translate(
                     "ScoreTableModel", "The shared score rests on no evidence."))
    lines.append(QCoreApplication.translate("ScoreTableModel", "Scale: {0}").format(describe_scale(criterion)))
    return "\n".join(lines)


def group_voices(decision: Decision, option_id: str, criterion_id: str, how: str) -> list[str]:
    """How the group view's score of one cell was formed: a heading, then each voice's score.

    ``decision`` is the shared decision (with the analysts' inputs); ``how`` the
    aggregation in words ("mean", "median", "geometric mean"). Each voice is named,
    and a score that is the shared one showing through (the analyst gave none) says
    so, so a reader sees who thought what before trusting the combined score.
    """
    scored = voice_scores(decision, option_id, criterion_id)
    given = sum(1 for _, s, _own in scored if s is not None and not s.is_missing)
    if given == 0:
        heading = QCoreApplication.translate("ScoreTableModel", "No view gives a score:")
    elif given == 1:
        heading = QCoreApplication.translate("ScoreTableModel", "Only one view gives a score:")
    else:
        heading = QCoreApplication.translate("ScoreTableModel", "The {0} of %n views:", "", given).format(how)
    lines = [heading]
    labels = analyst_labels(decision.analysts)
    for analyst_id, score, own in scored:
        name = (QCoreApplication.translate("ScoreTableModel", "Shared inputs") if analyst_id is None
                else labels.get(analyst_id, analyst_id))
        if score is None or score.is_missing:
            lines.append(QCoreApplication.translate("ScoreTableModel", "• {0}: no score").format(name))
        elif own:
            lines.append(f"• {name}: {format_score(score)}")
        else:
            lines.append(QCoreApplication.translate("ScoreTableModel", "• {0}: {1}, the shared score (no score of "
                                                    "their own)").format(name, format_score(score)))
    return lines


def group_tooltip(decision: Decision, option_id: str, cell_name: str, criterion: Criterion, score: Score | None,
                  value: float | None, how: str) -> str:
    """The tooltip in the group view: the combined score, each voice's score, then the shared reasoning.

    ``score`` is the group view's score of ``option_id`` on ``criterion``;
    ``decision`` the shared decision. The rationale and evidence shown are the
    shared score's, and labelled so: the group score has no reasoning of its own.
    """
    lines = [cell_name]
    if score is None or score.is_missing:
        lines.append(QCoreApplication.translate("ScoreTableModel", "No group score: no view gives one."))
    else:
        lines.append(QCoreApplication.translate("ScoreTableModel", "Group score: {0}").format(format_score(score)))
        lines += _value_lines(criterion, score, value)
    lines += group_voices(decision, option_id, criterion.id, how)
    shared = decision.score(option_id, criterion.id)
    if shared is not None and shared.rationale:
        lines.append(QCoreApplication.translate("ScoreTableModel", "Shared score's rationale: {0}").format(
            shared.rationale))
    if shared is not None:
        lines += [QCoreApplication.translate("ScoreTableModel", "Shared score's evidence: {0}").format(c)
                  for c in _cited(decision, shared)]
    lines.append(QCoreApplication.translate("ScoreTableModel", "Scale: {0}").format(describe_scale(criterion)))
    return "\n".join(lines)


def criterion_tooltip(decision: Decision, criterion: Criterion) -> str:
    """A column header's tooltip: the criterion's path, its scale and, for levels, each level's meaning."""
    text = (f"{decision.path_name(criterion.id)}\n"
            f"{QCoreApplication.translate('ScoreTableModel', 'Scale: {0}').format(describe_scale(criterion))}")
    if isinstance(criterion.scale, QualitativeScale):
        text += "".join(f"\n• {lv.label} ({format_number(lv.value)}): {lv.descriptor}".rstrip(": ")
                        for lv in criterion.scale.levels)
    return text


__all__ = ["cell_tooltip", "criterion_tooltip", "group_tooltip", "group_voices", "strength_words"]
