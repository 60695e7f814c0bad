"""AHP judgements above the consistency limit: one question on OK, and the words that stay afterwards.

QA pass 22: OK in the weighting dialog stored judgements with CR 0.33 without a word, and
afterwards only "AHP, CR 0.33" was left to show it. Saaty's rule (1980) is that a
consistency ratio above 0.10 (:data:`~counterweight.engine.ahp.CR_THRESHOLD`, the limit the
dialog's consistency panel states) means the judgements should be revised. Now OK asks once,
with "Go back and revise" the default, and the weights panel keeps saying that the weights rest
on inconsistent judgements for as long as they do.

QA pass 23 item 8: beyond 15 criteria no random index is published (Saaty's tables stop
there), so there is no CR and the judgements passed without a word, however inconsistent.
Now OK asks then too, saying that their consistency cannot be checked and giving CI, with
Saaty's advice to compare at most about seven criteria at a time (Saaty & Ozdemir 2003).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from counterweight.ui.numbers import fixed, shown
from counterweight.engine.ahp import CR_THRESHOLD, AhpResult
from counterweight.engine.ahp_scale import SAATY_2005


def is_inconsistent(ahp: AhpResult | None) -> bool:
    """Whether ``ahp`` has a consistency ratio above the limit (three or more criteria, CR computed)."""
    return ahp is not None and len(ahp.ids) > 2 and ahp.cr is not None and not ahp.acceptable


def cannot_check(ahp: AhpResult | None) -> bool:
    """Whether ``ahp``'s consistency cannot be checked: no CR (too many criteria for any RI table), CI above 0."""
    return ahp is not None and len(ahp.ids) > 2 and ahp.acceptable is None


def cr_text(cr: float) -> str:
    """The CR with two decimals, or three where two would show the limit itself ("0.10" for 0.104)."""
    two = fixed(cr, 2)
    return fixed(cr, 3) if two == fixed(CR_THRESHOLD, 2) else two


def inconsistent_tooltip(cr: float) -> str:
    """What an inconsistent set of judgements means for its weights (tooltips and accessible text)."""
    return QCoreApplication.translate(
        "WeightingDialog", "These weights rest on inconsistent pairwise judgements: CR {0} is above {1:.2f}, "
        "the limit Saaty (1980) gives. Open Elicit weights… to see the judgements that agree least and a value "
        "that would fit each.").format(fixed(cr, 3), shown(CR_THRESHOLD))


#: Starts the line that says weights rest on inconsistent judgements (the weights panel looks for it).
INCONSISTENT_MARK = "⚠"


def inconsistent_note(places: list[str]) -> str:
    """The line under "Elicited: …" naming where the weights rest on inconsistent judgements."""
    return INCONSISTENT_MARK + " " + QCoreApplication.translate(
        "WeightingDialog", "Weights that rest on inconsistent judgements (CR above {0:.2f}): {1}.").format(
        shown(CR_THRESHOLD), ", ".join(places))


def keep_inconsistent(parent: QWidget | None, ahp: AhpResult | None) -> bool:
    """Ask whether to store judgements above the consistency limit, or whose consistency cannot be checked.

    ``True`` when they are fine or kept. "Go back and revise" is the default button
    (Enter) and the Escape button, so the question never stores them by accident.
    """
    translate = QCoreApplication.translate
    if ahp is not None and is_inconsistent(ahp):
        box = QMessageBox(QMessageBox.Icon.Warning, translate("WeightingDialog", "Inconsistent judgements"),
                          translate("WeightingDialog", "These pairwise judgements are inconsistent: CR {0} is above "
                                    "{1:.2f}, the limit Saaty (1980) gives.").format(fixed(ahp.cr, 3), shown(CR_THRESHOLD)),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("inconsistentJudgementsBox")
        box.setInformativeText(translate(
            "WeightingDialog", "Weights set from them may not say what was meant. Go back to revise the judgements "
            "the consistency panel lists (each with a value that would fit), or keep them as they are: the weights "
            "panel will then say that the weights rest on inconsistent judgements."))
    elif ahp is not None and cannot_check(ahp):
        box = QMessageBox(QMessageBox.Icon.Warning, translate("WeightingDialog", "Consistency cannot be checked"),
                          translate("WeightingDialog", "The consistency of these pairwise judgements of {0} criteria "
                                    "cannot be checked: Saaty's random-index tables stop at {1} criteria, so there "
                                    "is no consistency ratio. Their consistency index is CI {2} (0 when every "
                                    "judgement agrees).").format(len(ahp.ids), len(SAATY_2005.values),
                                                                 fixed(ahp.ci, 3)),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("uncheckedJudgementsBox")
        box.setInformativeText(translate(
            "WeightingDialog", "Saaty advises comparing at most about seven criteria at a time (Saaty & Ozdemir "
            "2003). Go back and group the criteria under a few headings, each weighted on its own, or keep these "
            "judgements as they are."))
    else:
        return True
    box.setTextFormat(Qt.TextFormat.PlainText)
    keep = box.addButton(translate("WeightingDialog", "&Keep the judgements"), QMessageBox.ButtonRole.AcceptRole)
    keep.setObjectName("keepJudgementsButton")
    back = box.addButton(translate("WeightingDialog", "&Go back and revise"), QMessageBox.ButtonRole.RejectRole)
    back.setObjectName("reviseJudgementsButton")
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is keep


__all__ = ["INCONSISTENT_MARK", "cannot_check", "cr_text", "inconsistent_note", "inconsistent_tooltip", "is_inconsistent", "keep_inconsistent"]
