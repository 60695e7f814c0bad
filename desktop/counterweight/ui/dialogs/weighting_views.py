"""Whose weight judgements the weighting dialog edits: shared, one analyst's, or the group's.

The dialog opens in the controller's current view (issue 4: analysts):

* **shared inputs**: the project's own judgements, stored with
  :class:`~counterweight.services.elicitation.ElicitWeights`;
* **an analyst's view**: that analyst's own judgements for the node
  (``AnalystInput.elicitations``), stored with
  :class:`~counterweight.services.analyst_edits.SetAnalystElicitation`; an analyst
  without judgements of their own starts from the shared ones;
* **the group view**: read-only. Where every voice judged the node by AHP, the
  group's judgements are the analysts' combined by AIJ (geometric mean of each
  judgement) or, under AIP, the group's weights are the geometric mean of their
  priorities; otherwise the weights are the aggregated local shares.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counterweight.domain import Decision, Elicitation, WeightMethod
from counterweight.engine import Evaluation, evaluate
from counterweight.services.analyst_edits import SetAnalystElicitation
from counterweight.services.edits import Edit
from counterweight.services.elicitation import node_name
from counterweight.services.group import view_decision, voices
from counterweight.services.workspace import os_user
from counterweight.ui.safe_tooltips import escaped
from counterweight.ui.session_controller import GROUP_VIEW, SessionController
from counterweight.ui.widgets.view_switcher import aggregation_word


@dataclass(frozen=True)
class WeighingContext:
    """Whose judgements the dialog shows, and where OK stores them.

    Attributes
    ----------
    view
        The controller's view when the dialog opened (``None``: shared inputs).
    analyst_id, analyst_name
        The analyst whose judgements are edited (``None`` and ``""`` otherwise).
    stored
        The judgements the dialog starts from.
    own
        The analyst has judgements of their own for this node.
    read_only
        Why the judgements cannot be edited here ("" when they can).
    title
        Who the judgements belong to, for the window title ("" for the shared inputs).
    note
        A sentence above the editors saying whose judgements these are.
    """

    view: str | None
    analyst_id: str | None
    analyst_name: str
    stored: Elicitation | None
    own: bool
    read_only: str
    title: str
    note: str


def view_state(controller: SessionController, view: str | None) -> tuple[Decision, Evaluation]:
    """The decision and evaluation of ``view`` (cached by the controller while it shows that view)."""
    if view is None:
        return controller.decision, controller.evaluation
    if controller.view == view:
        return controller.view_decision, controller.view_evaluation
    decision = view_decision(controller.decision, view)
    return decision, evaluate(decision)


def _group_how(decision: Decision, node_id: str | None) -> str:
    found = [v.elicitation(node_id) for _, v in voices(decision)]
    settings = decision.group
    if all(e is not None and e.method is WeightMethod.AHP and e.pairwise for e in found) \
            and len(decision.children(node_id)) > 1:
        if settings.ahp == "aij":
            return QCoreApplication.translate(
                    "WeightingDialog", "the analysts' pairwise judgements combined by AIJ (the geometric mean of each judgement)")
        return QCoreApplication.translate(
                "WeightingDialog", "the analysts' priorities combined by AIP (the geometric mean of their weights)")
    return QCoreApplication.translate(
            "WeightingDialog", "the analysts' weights combined as the {0} of their local shares").format(
        aggregation_word(settings.weights))


def weighing_context(controller: SessionController, node_id: str | None) -> WeighingContext:
    """Whose judgements the weighting dialog for ``node_id`` shows in the controller's view."""
    view = controller.view
    decision, _evaluation = view_state(controller, view)
    if view is None:
        return WeighingContext(None, None, "", decision.elicitation(node_id), False, "", "", "")
    where = node_name(decision, node_id)
    if view == GROUP_VIEW:
        how = _group_how(controller.decision, node_id)
        note = QCoreApplication.translate(
                "WeightingDialog", "Group view (read-only): the weights under {0} are {1}. Switch to an analyst's view or the "
                   "shared inputs to change judgements.").format(where, how)
        return WeighingContext(view, None, "", decision.elicitation(node_id), False, note,
                               QCoreApplication.translate("WeightingDialog", "group view (read-only)"), note)
    analyst = controller.view_analyst
    name = analyst.name if analyst is not None else str(view)
    item = controller.view_input()
    own = item.elicitation(node_id) if item is not None else None
    if own is not None:
        note = QCoreApplication.translate(
                "WeightingDialog", "{0}'s own judgements. OK stores them as {0}'s; the shared judgements stay as they are.").format(
            name)
    else:
        note = QCoreApplication.translate(
                "WeightingDialog", "{0} has no judgements of their own here: the dialog starts from the shared ones, and OK "
                   "stores them as {0}'s.").format(name)
    return WeighingContext(view, str(view), name, own if own is not None else decision.elicitation(node_id),
                           own is not None, "", QCoreApplication.translate(
                                   "WeightingDialog", "{0}'s judgements").format(name), note)


def nothing_to_weigh(parent: QWidget, decision: Decision, node_id: str | None) -> bool:
    """Say so in a message box, and return True, when there are no criteria under ``node_id`` to weigh.

    QA 18: Elicit weights with no criteria only put "there are no criteria under the top
    level to weight" in the status bar, in lower case, where the user was not looking.
    """
    if node_id is not None and not (decision.has_criterion(node_id) and decision.criterion(node_id).is_group):
        return False  # a missing group or a scored criterion is the dialog's to report
    if decision.children(node_id):
        return False
    if node_id is None:
        text = QCoreApplication.translate("WeightingDialog", "There are no criteria to weigh yet. Add criteria in the "
                                          "Criteria panel first, then elicit their weights.")
    else:
        text = QCoreApplication.translate("WeightingDialog", "The group “%1” holds no criteria to weigh yet. Add "
                                          "criteria to it first, then elicit their weights.").replace(
            "%1", decision.criterion(node_id).name)
    QMessageBox.information(parent, QCoreApplication.translate("WeightingDialog", "Elicit weights"), escaped(text))
    return True


def provenance(context: WeighingContext, method: WeightMethod) -> tuple[str, str]:
    """The "Elicited by" and "Note" to show for judgements by ``method`` (h28g).

    For the stored method, those stored with its judgements (an analyst starting from the
    shared judgements gives them as their own). For another method the judgements are new:
    given by the analyst whose view this is, or by whoever is logged in, with no note yet.
    """
    stored = context.stored
    if stored is None or method is not stored.method:
        return (context.analyst_name if context.analyst_id is not None else os_user()), ""
    if context.analyst_id is not None and not context.own:
        return context.analyst_name, stored.note
    return stored.elicited_by or os_user(), stored.note


def analyst_judgement_edit(context: WeighingContext, node_id: str | None, elicitation: Elicitation | None,
                           points: dict[str, float | None] | None, label: str) -> Edit:
    """The edit storing ``elicitation`` (``None``: back to the shared judgements) as the analyst's own."""
    assert context.analyst_id is not None
    return SetAnalystElicitation(context.analyst_id, node_id, elicitation, points, label)


__all__ = ["WeighingContext", "analyst_judgement_edit", "nothing_to_weigh", "provenance", "view_state",
           "weighing_context"]
