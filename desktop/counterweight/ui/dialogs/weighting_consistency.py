"""AHP judgements above the consistency limit: one question on OK, and the words that stay afterwards.

QA pass 22: OK in the weighting dialog stored judgements with CR 0.33 without a word, and
afterwards only "AHP, CR 0.33" was left to show it. Saaty's rule (1980) is that a
consistency ratio above 0.10 (:data:`~counterweight.engine.ahp.CR_THRESHOLD`, the limit the
dialog's consistency panel states) means the judgements should be revised. Now OK asks once,
with "Go back and revise" the default, and the weights panel keeps saying that the weights rest
on inconsistent judgements for as long as they do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from counterweight.engine.ahp import CR_THRESHOLD, AhpResult


def is_inconsistent(ahp: AhpResult | None) -> bool:
    """Whether ``ahp`` has a consistency ratio above the limit (three or more criteria, CR computed)."""
    return ahp is not None and len(ahp.ids) > 2 and ahp.cr is not None and not ahp.acceptable


def cr_text(cr: float) -> str:
    """The CR with two decimals, or three where two would show the limit itself ("0.10" for 0.104)."""
    two = f"{cr:.2f}"
    return f"{cr:.3f}" if two == f"{CR_THRESHOLD:.2f}" else two


def inconsistent_tooltip(cr: float) -> str:
    """What an inconsistent set of judgements means for its weights (tooltips and accessible text)."""
    return QCoreApplication.translate(
        "WeightingDialog", "These weights rest on inconsistent pairwise judgements: CR {0} is above {1:.2f}, "
        "the limit Saaty (1980) gives. Open Elicit weights… to see the judgements that agree least and a value "
        "that would fit each.").format(f"{cr:.3f}", CR_THRESHOLD)


#: Starts the line that says weights rest on inconsistent judgements (the weights panel looks for it).
INCONSISTENT_MARK = "⚠"


def inconsistent_note(places: list[str]) -> str:
    """The line under "Elicited: …" naming where the weights rest on inconsistent judgements."""
    return INCONSISTENT_MARK + " " + QCoreApplication.translate(
        "WeightingDialog", "Weights that rest on inconsistent judgements (CR above {0:.2f}): {1}.").format(
        CR_THRESHOLD, ", ".join(places))


def keep_inconsistent(parent: QWidget | None, ahp: AhpResult | None) -> bool:
    """Ask whether to store judgements above the consistency limit; ``True`` when they are fine or kept.

    "Go back and revise" is the default button (Enter) and the Escape button, so the
    question never stores inconsistent judgements by accident.
    """
    if ahp is None or not is_inconsistent(ahp):
        return True
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, translate("WeightingDialog", "Inconsistent judgements"),
                      translate("WeightingDialog", "These pairwise judgements are inconsistent: CR {0} is above "
                                "{1:.2f}, the limit Saaty (1980) gives.").format(f"{ahp.cr:.3f}", CR_THRESHOLD),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("inconsistentJudgementsBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(translate(
        "WeightingDialog", "Weights set from them may not say what was meant. Go back to revise the judgements "
        "the consistency panel lists (each with a value that would fit), or keep them as they are: the weights "
        "panel will then say that the weights rest on inconsistent judgements."))
    keep = box.addButton(translate("WeightingDialog", "&Keep the judgements"), QMessageBox.ButtonRole.AcceptRole)
    keep.setObjectName("keepJudgementsButton")
    back = box.addButton(translate("WeightingDialog", "&Go back and revise"), QMessageBox.ButtonRole.RejectRole)
    back.setObjectName("reviseJudgementsButton")
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is keep


__all__ = ["INCONSISTENT_MARK", "cr_text", "inconsistent_note", "inconsistent_tooltip", "is_inconsistent", "keep_inconsistent"]
