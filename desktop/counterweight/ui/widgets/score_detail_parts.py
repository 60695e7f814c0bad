"""Parts of the score detail panel: the evidence rows editor, the scale text, and whose score a cell shows.

:class:`EvidenceRows` is the editable table of evidence (source, locator, note) with
its Add and Remove buttons; rows that came from a linked library passage keep the
link, passage and credibility the table does not show. :func:`cell_source` tells
the panel which score to show in the controller's current view (shared inputs,
one analyst's own score or the shared value they fall back to, or the group's
aggregate) and whether it may be edited there, with a sentence saying so.
:class:`ScaleText` shows the criterion's scale and levels, scrolling when the panel
has no room for all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from counterweight.domain import (
    Criterion,
    NumericScale,
    QualitativeScale,
    Score,
    from_validation_error,
)
from counterweight.domain.analysts import without_shared_reasoning
from counterweight.domain.elements import check_score_against_scale
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.shown_numbers import exact_number
from counterweight.ui.accessibility import speak_shown_text
from counterweight.ui.models.score_text import describe_scale, refuse_thousands
from counterweight.ui.numbers import localised
from counterweight.ui.session_controller import GROUP_VIEW, SessionController
from counterweight.ui.widgets.kept_value_spin import KeptValueSpinBox
from counterweight.ui.widgets.evidence_rows import REF_ROLE, EvidenceRows  # re-exported: split from here
from counterweight.ui.models.score_tooltips import group_voices
from counterweight.ui.widgets.view_switcher import aggregation_word, view_caption

def range_spin(parent: QWidget, name: str, accessible: str) -> KeptValueSpinBox:
    """A spin box for one end of a score's plausible range.

    It hands back the stored end exactly until the user edits it (``set_kept`` on load,
    ``kept_value`` on apply): a two-decimal box turned a stored 0.0625 into 0.06 when
    only the rationale was edited. Decimals are shown only as far as the value needs.
    """
    spin = KeptValueSpinBox(parent, shown_decimals=0)
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setKeyboardTracking(False)
    return spin


class ScaleText(QScrollArea):
    """The criterion's scale and its levels, one per line: all of it shown when there is room, else it scrolls.

    A bare label was cut off mid-line in a short panel or with a large font, with no way
    to read the rest. Here the area asks for the height of all its text (up to
    :attr:`LINES` lines), shrinks to :attr:`MIN_LINES` lines when the panel is short, and
    never grows past its text; what does not fit scrolls (the wheel, or the arrow keys:
    it takes the focus only while there is something to scroll). Screen readers read
    the label; the area's description is the whole text.
    """

    #: Lines the area asks for at most (a longer text scrolls), and the fewest it shrinks to.
    LINES, MIN_LINES = 12, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreDetailScaleArea")
        self.setAccessibleName(QCoreApplication.translate("ScoreDetailPanel", "Scale of the criterion"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.label = QLabel(self)
        self.label.setObjectName("scoreDetailScale")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self._width = -1
        self.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        self._on_range_changed(0, 0)
        self.setText("")

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLabel
        """Show ``text`` from its first line."""
        self.label.setText(text)
        self.setAccessibleDescription(text or QCoreApplication.translate(
                "ScoreDetailPanel", "The scale of the selected criterion and what its levels mean"))
        self.verticalScrollBar().setValue(0)
        self._refit()

    # ------------------------------------------------------------ size
    def text_height(self) -> int:
        """The height that shows all of the text without a scroll bar, at the area's width."""
        if not self.label.text():
            return 0
        frame = 2 * self.frameWidth()
        return self.label.heightForWidth(max(self.width() - frame, 1)) + frame

    def _lines(self, lines: int) -> int:
        return self.label.fontMetrics().lineSpacing() * lines

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().sizeHint().width(), min(self.text_height(), self._lines(self.LINES)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().minimumSizeHint().width(), min(self.text_height(), self._lines(self.MIN_LINES)))

    def _refit(self) -> None:
        self.setMaximumHeight(self.text_height())  # no empty band below the text
        self.updateGeometry()
        self._sync_scroll_bar()

    def _sync_scroll_bar(self) -> None:
        # Qt keeps a scroll bar once shown if the text, wrapped beside it, is taller than the
        # area, even when the area has grown to fit the text at its full width: none when it fits.
        fits = self.height() >= self.text_height()
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != self._width:  # wrapped anew: another height
            self._width = event.size().width()
            self._refit()
        else:
            self._sync_scroll_bar()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._refit()

    def _on_range_changed(self, _low: int, high: int) -> None:
        scrolls = high > 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if scrolls else Qt.FocusPolicy.NoFocus)
        self.setToolTip(QCoreApplication.translate(
                "ScoreDetailPanel", "Scroll to read the whole scale") if scrolls else "")


def scale_text(crit: Criterion) -> str:
    """"Scale: …" for the criterion, with one line per level of a qualitative scale."""
    text = QCoreApplication.translate("ScoreDetailPanel", "Scale: {0}").format(describe_scale(crit))
    if isinstance(crit.scale, QualitativeScale):
        text += "".join(f"\n• {lv.label}" + (f" – {lv.descriptor}" if lv.descriptor else "")
                        for lv in crit.scale.levels)
    return text


def fill_levels(combo: QComboBox, scale: QualitativeScale, level: str | None) -> None:
    """List "(no score)" and the scale's levels (descriptors as tooltips) and select ``level``."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("ScoreDetailPanel", "(no score)"), "")
    for lv in scale.levels:
        combo.addItem(lv.label, lv.label)
        combo.setItemData(combo.count() - 1, lv.descriptor, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(0, combo.findData(level or "")))


def parse_value(text: str, crit: Criterion, where: str) -> float | None:
    """The number typed for a score (``None`` when empty); a comma counts as the decimal point.

    A comma followed by exactly three digits (``1,500``) is refused as ambiguous, as in
    the score matrix (:func:`~counterweight.ui.models.score_text.refuse_thousands`).

    Raises
    ------
    InvalidInputError
        Not a number, ambiguous, or outside the criterion's scale; ``where`` names the cell.
    """
    text = text.strip()
    if not text:
        return None
    refuse_thousands(text, where)
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise InvalidInputError(QCoreApplication.translate(
                "ScoreDetailPanel", "“{0}” is not a number. Enter a number from {1}.").format(
            text, describe_scale(crit)), where=where) from None
    if isinstance(crit.scale, NumericScale) and not crit.scale.contains(value):
        raise InvalidInputError(QCoreApplication.translate(
                "ScoreDetailPanel", "the value {0} is outside the scale ({1}).").format(
            localised(exact_number(value)), describe_scale(crit)), where=where)  # every digit: not "10" for 10.0000001
    return value


def finish_score(data: dict[str, Any], crit: Criterion, where: str) -> Score | None:
    """The validated score from the panel's fields (``None``: no score and no notes).

    Raises
    ------
    InvalidInputError
        The fields do not make a valid score on the criterion's scale.
    """
    try:
        score = Score.model_validate(data)
    except ValidationError as exc:
        raise from_validation_error(exc, what=where) from None
    assert crit.scale is not None
    problem = check_score_against_scale(score, crit.scale)
    if problem:
        raise InvalidInputError(problem, where=where)
    if score.is_missing and not score.rationale and not score.evidence:
        return None
    return score


# issue 4: analysts -------------------------------------------------------------
@dataclass(frozen=True)
class CellSource:
    """The score a cell shows in the current view, and whether it may be edited there.

    Attributes
    ----------
    score
        The score shown (``None``: no score).
    stored
        What an edit in this view replaces: the shared score, or the analyst's own
        score (``None`` when they have none and the shared value shows through).
    analyst_id
        The analyst whose own score an edit sets (``None``: the shared score).
    editable
        False in the group view.
    note
        A sentence on whose score this is ("" for the shared inputs).
    """

    score: Score | None
    stored: Score | None
    analyst_id: str | None
    editable: bool
    note: str


def source_widgets(parent: QWidget) -> tuple[QLabel, QPushButton]:
    """The "whose score this is" line and the "Use shared value" button (both hidden at first)."""
    label = QLabel(parent)
    label.setObjectName("scoreDetailSource")
    speak_shown_text(label, QCoreApplication.translate("ScoreDetailPanel", "Whose score this is"),  # read by it
                     QCoreApplication.translate("ScoreDetailPanel", "The shared score or an analyst's own"))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the analyst's name as typed
    label.hide()
    button = QPushButton(QCoreApplication.translate("ScoreDetailPanel", "Use shared value"), parent)
    button.setObjectName("scoreDetailUseShared")
    button.setAccessibleName(QCoreApplication.translate("ScoreDetailPanel", "Use the shared value"))
    button.setAccessibleDescription(QCoreApplication.translate(
            "ScoreDetailPanel", "Remove this analyst's own score so the shared score counts for them again"))
    button.hide()
    return label, button


def apply_revert_buttons(parent: QWidget) -> tuple[QPushButton, QPushButton]:
    """The panel's Apply and Revert buttons."""
    apply = QPushButton(QCoreApplication.translate("ScoreDetailPanel", "Apply"), parent)
    apply.setObjectName("scoreDetailApply")
    apply.setAccessibleName(QCoreApplication.translate("ScoreDetailPanel", "Apply the changes to this score"))
    apply.setAccessibleDescription(QCoreApplication.translate(
        "ScoreDetailPanel", "One undo step; Ctrl+Return does the same"))
    apply.setToolTip(QCoreApplication.translate("ScoreDetailPanel", "Apply (Ctrl+Return)"))
    revert = QPushButton(QCoreApplication.translate("ScoreDetailPanel", "Revert"), parent)
    revert.setObjectName("scoreDetailRevert")
    revert.setAccessibleName(QCoreApplication.translate("ScoreDetailPanel", "Discard the changes to this score"))
    revert.setAccessibleDescription(QCoreApplication.translate("ScoreDetailPanel", "Shows the saved score again"))
    return apply, revert


def cell_source(controller: SessionController, option_id: str, criterion_id: str) -> CellSource:
    """Which score the cell ``(option_id, criterion_id)`` shows in the controller's view."""
    view = controller.view
    shared = controller.decision.score(option_id, criterion_id)
    if view is None:
        return CellSource(shared, shared, None, True, "")
    if view == GROUP_VIEW:
        note = QCoreApplication.translate(
                "ScoreDetailPanel", "{0}: the analysts' scores combined. Read-only: switch to an analyst's view or the shared "
                   "inputs to edit this score.").format(view_caption(controller))
        shown = controller.view_decision.score(option_id, criterion_id)
        if shown is not None:  # who thought what, and the shared reasoning labelled as such, never as the group's
            lines = group_voices(controller.decision, option_id, criterion_id,
                                 aggregation_word(controller.decision.group.scores))
            if shared is not None and shared.rationale:
                lines.append(QCoreApplication.translate("ScoreDetailPanel", "Shared score's rationale: {0}").format(
                    shared.rationale))
            shown = shown.model_copy(update={"rationale": "\n".join(lines)})
            if shown.evidence:
                note += " " + QCoreApplication.translate("ScoreDetailPanel", "The evidence listed is the shared score's.")
        return CellSource(shown, None, None, False, note)
    analyst = controller.view_analyst
    name = analyst.name if analyst is not None else str(view)
    item = controller.view_input()
    own = item.score(option_id, criterion_id) if item is not None else None
    # QA pass 19: the editors hold only the analyst's own rationale and evidence, never the shared score's
    if own is not None:
        return CellSource(without_shared_reasoning(own, shared), own, str(view), True, QCoreApplication.translate(
                "ScoreDetailPanel", "{0}'s own score.").format(name))
    note = QCoreApplication.translate(
            "ScoreDetailPanel", "Shared value (no own score): a change here becomes {0}'s own score.").format(name)
    start = shared.model_copy(update={"rationale": "", "evidence": []}) if shared is not None else None
    return CellSource(start, None, str(view), True, note)
# ------------------------------------------------------------ end issue 4: analysts


__all__ = ["REF_ROLE", "CellSource", "EvidenceRows", "ScaleText", "cell_source", "fill_levels", "finish_score",
           "parse_value", "range_spin", "scale_text", "source_widgets"]
