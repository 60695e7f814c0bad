"""Tooltip texts of the score matrix: a cell's score, range, value and evidence; a column's scale.

Kept apart from :mod:`counterweight.ui.models.score_table_model` so the model holds
only what Qt asks of it. The strings keep the model's translation context
(``ScoreTableModel``), so the translations in ``resources/translations`` apply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counterweight.domain import Criterion, Decision, QualitativeScale, Score
from counterweight.services.evidence import evidence_strength
from counterweight.ui.models.score_text import describe_scale, format_number, format_score


def strength_words(strength: str) -> str:
    """The evidence strength (``none``/``weak``/``medium``/``strong``) in words."""
    return {
        "weak": QCoreApplication.translate("ScoreTableModel", "weak support"),
        "medium": QCoreApplication.translate("ScoreTableModel", "medium support"),
        "strong": QCoreApplication.translate("ScoreTableModel", "strong support"),
    }.get(strength, QCoreApplication.translate("ScoreTableModel", "no support"))


def cell_tooltip(decision: Decision, cell_name: str, criterion: Criterion, score: Score | None,
                 value: float | None) -> str:
    """Everything known about one cell: score, level meaning, range, 0-1 ``value``, rationale, evidence, scale."""
    lines = [cell_name]
    if score is None or score.is_missing:
        lines.append(QCoreApplication.translate("ScoreTableModel", "No score yet."))
    else:
        lines.append(QCoreApplication.translate("ScoreTableModel", "Score: {0}").format(format_score(score)))
        if isinstance(criterion.scale, QualitativeScale) and score.level:
            lv = criterion.scale.level(score.level)
            if lv is not None and lv.descriptor:
                lines.append(QCoreApplication.translate("ScoreTableModel", "Level means: {0}").format(lv.descriptor))
        if score.low is not None or score.high is not None:
            lines.append(QCoreApplication.translate("ScoreTableModel", "Plausible range: {0} to {1}").format(
                format_number(score.low) if score.low is not None else "?",
                format_number(score.high) if score.high is not None else "?"))
        if value is not None:
            lines.append(QCoreApplication.translate("ScoreTableModel", "Value: {0:.0f} of 100").format(100 * value))
    if score is not None and score.rationale:
        lines.append(QCoreApplication.translate("ScoreTableModel", "Rationale: {0}").format(score.rationale))
    if score is not None:
        for ev in score.evidence:
            bits = ", ".join(b for b in (ev.source, ev.locator, ev.note) if b)
            lines.append(QCoreApplication.translate("ScoreTableModel", "Evidence: {0}").format(bits))
        if score.evidence:  # issue 4: evidence strength in words
            strength = evidence_strength(score, decision.sources)
            n = len(score.evidence)
            items = (QCoreApplication.translate("ScoreTableModel", "1 item") if n == 1
                     else QCoreApplication.translate("ScoreTableModel", "%n items", "", n))
            lines.append(QCoreApplication.translate("ScoreTableModel", "Evidence behind this score: {0}, {1}")
                         .format(items, strength_words(strength)))
        elif not score.is_missing:
            lines.append(QCoreApplication.translate("ScoreTableModel", "This score rests on no evidence."))
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


__all__ = ["cell_tooltip", "criterion_tooltip", "strength_words"]
