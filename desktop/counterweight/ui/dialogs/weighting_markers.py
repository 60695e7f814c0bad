"""How each stored set of weights was elicited, for the weights tree and the Weights panel.

:func:`elicitation_marker` names the method of one group's judgements ("AHP, CR 0.04"),
whether they are inconsistent and whether the weights were edited by hand since;
:func:`elicitation_summary` puts the markers of every group in one line, and
:func:`mark_tree_item` shows a group's marker in its tree row.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidgetItem

from counterweight.domain import Decision, WeightMethod
from counterweight.domain.errors import CounterweightError
from counterweight.services.elicitation import compute_elicitation, elicitation_is_stale
from counterweight.ui.dialogs.weighting_consistency import (  # QA 22: judgements above the CR limit
    cr_text, inconsistent_note, inconsistent_tooltip, is_inconsistent)
from counterweight.ui.local_times import local_stamp_marked


def method_label(method: WeightMethod) -> str:
    """The translated name of a weighting method."""
    return {
        WeightMethod.DIRECT: QCoreApplication.translate("WeightingDialog", "Direct points"), WeightMethod.EQUAL: QCoreApplication.translate("WeightingDialog", "Equal weights"),
        WeightMethod.SWING: QCoreApplication.translate("WeightingDialog", "Swing weighting"), WeightMethod.ROC: QCoreApplication.translate("WeightingDialog", "Rank-order centroid (ROC)"),
        WeightMethod.RANK_SUM: QCoreApplication.translate("WeightingDialog", "Rank-sum"), WeightMethod.AHP: QCoreApplication.translate("WeightingDialog", "AHP pairwise comparison"),
    }[method]


@dataclass(frozen=True)
class Marker:
    """How the weights under a node were elicited: a short tag, a tooltip, and staleness."""

    text: str
    tooltip: str
    stale: bool
    inconsistent: bool = False  # AHP judgements above the consistency limit that the weights still follow


def elicitation_marker(decision: Decision, node_id: str | None) -> Marker | None:
    """How the weights under ``node_id`` were elicited, for the weights tree.

    Returns None when no judgements are stored there. The text is e.g. "AHP, CR 0.04"
    or "Swing (edited by hand since)".
    """
    stored = decision.elicitation(node_id)
    if stored is None:
        return None
    short = {WeightMethod.DIRECT: QCoreApplication.translate("WeightingDialog", "Direct"), WeightMethod.EQUAL: QCoreApplication.translate("WeightingDialog", "Equal"), WeightMethod.SWING: QCoreApplication.translate("WeightingDialog", "Swing"),
             WeightMethod.ROC: QCoreApplication.translate("WeightingDialog", "ROC"), WeightMethod.RANK_SUM: QCoreApplication.translate("WeightingDialog", "Rank-sum"),
             WeightMethod.AHP: QCoreApplication.translate("WeightingDialog", "AHP")}[stored.method]
    ahp = None
    if stored.method is WeightMethod.AHP:
        try:
            ahp = compute_elicitation(decision, stored).ahp
        except CounterweightError:
            pass
        if ahp is not None and ahp.cr is not None:
            short = QCoreApplication.translate("WeightingDialog", "AHP, CR {0}").format(cr_text(ahp.cr))
    inconsistent = is_inconsistent(ahp)  # QA 22: said in words, not left to the CR alone
    if inconsistent:
        short = QCoreApplication.translate("WeightingDialog", "{0}, inconsistent").format(short)
    tip = QCoreApplication.translate("WeightingDialog", "Weights set by {0}").format(method_label(stored.method))
    if stored.elicited_by:
        tip += QCoreApplication.translate("WeightingDialog", ", judgements by {0}").format(stored.elicited_by)
    if stored.elicited_at is not None:
        tip += QCoreApplication.translate("WeightingDialog", " on {0}").format(local_stamp_marked(stored.elicited_at))
    tip += "."
    stale = elicitation_is_stale(decision, node_id)
    if stale:
        short = QCoreApplication.translate("WeightingDialog", "{0} (edited by hand since)").format(short)
        tip += " " + QCoreApplication.translate("WeightingDialog", "The weights were changed by hand afterwards, so they no longer follow the judgements.")
    elif inconsistent and ahp is not None and ahp.cr is not None:
        tip += " " + inconsistent_tooltip(ahp.cr)
    return Marker(short, tip, stale, inconsistent and not stale)


def elicitation_summary(decision: Decision) -> tuple[str, str]:
    """One line naming how each stored set of weights was elicited, and a tooltip with details.

    For example "Elicited: top level: Swing · Benefits: AHP, CR 0.01"; empty when nothing is stored.
    """
    places = [(None, QCoreApplication.translate("WeightingDialog", "top level"))] + [(c.id, c.name) for c, _ in decision.walk() if c.is_group]
    found = [(name, m) for node, name in places if (m := elicitation_marker(decision, node)) is not None]
    if not found:
        return "", ""
    # "{0}: {1}" is a window string: French writes "{0} : {1}" (h26k)
    named = QCoreApplication.translate("WeightingDialog", "{0}: {1}")
    text = QCoreApplication.translate("WeightingDialog", "Elicited: {0}").format(
        " · ".join(named.format(name, m.text) for name, m in found))
    shaky = [name for name, m in found if m.inconsistent]
    if shaky:  # QA 22: a sentence that stays in view, not only "CR 0.33"
        text += "\n" + inconsistent_note(shaky)
    return text, "\n".join(named.format(name, m.tooltip) for name, m in found)


def mark_tree_item(item: QTreeWidgetItem, column: int, role: int, decision: Decision, criterion_id: str) -> None:
    """Show a group's elicitation marker in its tree row: name suffix, tooltip, italics if stale.

    The marker text is kept in ``role`` (None when nothing is stored) so tests can read it.
    """
    crit = decision.criterion(criterion_id)
    marker = elicitation_marker(decision, criterion_id) if crit.is_group else None
    text = marker.text if marker else None
    tip = decision.path_name(criterion_id) + (f"\n{marker.tooltip}" if marker else "")
    if item.data(column, role) == text and item.toolTip(column) == tip:
        return
    item.setText(column, crit.name if marker is None else f"{crit.name} — {marker.text}")
    item.setData(column, role, text)
    item.setToolTip(column, tip)
    font = item.font(column)
    font.setItalic(bool(marker and marker.stale))
    item.setFont(column, font)


__all__ = ["Marker", "elicitation_marker", "elicitation_summary", "mark_tree_item", "method_label"]
