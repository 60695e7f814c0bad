"""The score panel's controls, named and laid out, before the panel wires them up.

:func:`build_score_detail_panel` makes the controls of
:class:`~counterweight.ui.widgets.score_detail_panel.ScoreDetailPanel` much as Qt
Designer's generated ``setupUi`` would, each an attribute of the panel, and places
them in two columns so the panel reads well in a wide strip under the score matrix:
on the left the view caption, the cell's title, whose score it is, the scale and a
form with the value (a number box or a list of levels), the plausible range and the
rationale; on the right the evidence rows and the library passages linked to the
score. The problem line and the Use shared value, Revert and Apply buttons run
underneath, outside the scroll area the columns are in, so they never scroll out of sight. Reacting to edits, committing and loading a cell stay with the panel.
The texts keep the panel's translation context, "ScoreDetailPanel".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets import score_detail_parts as parts
from counterweight.ui.widgets.scrolling import scroll_area  # session 28: the buttons stay in sight
from counterweight.ui.widgets.evidence_passages import EvidencePassages  # issue 4: evidence
from counterweight.ui.widgets.view_switcher import ViewCaption  # issue 4: analysts

if TYPE_CHECKING:
    from counterweight.ui.widgets.score_detail_panel import ScoreDetailPanel

_ERROR_STYLE = (
    "QLabel { background: #FDECEA; color: #5F2120; border: 1px solid #D55E00;"
    " border-radius: 3px; padding: 4px 6px; }"
)


def build_score_detail_panel(panel: ScoreDetailPanel, controller: SessionController,
                             before_edit: Callable[[], bool]) -> None:
    """Create the score panel's controls as attributes of ``panel`` and lay them out.

    The attributes made are ``title``, ``scale_text`` (and its ``scale_label``),
    ``value_edit``, ``level_combo``, ``value_stack``, ``range_check``, ``low_spin``,
    ``high_spin``, ``rationale_edit``, ``evidence`` (with ``evidence_table``,
    ``add_evidence_button`` and ``remove_evidence_button``), ``view_caption``,
    ``source_label``, ``use_shared_button``, ``error_label`` (hidden), ``apply_button``,
    ``revert_button``, ``passages`` and ``body_scroll`` (the scroll area round everything above the problem
    line and the buttons); ``before_edit`` is what the passages call
    before they change a link (the panel's Apply). No other signal is connected.
    """
    panel.title = QLabel(panel)
    panel.title.setObjectName("scoreDetailTitle")
    panel.title.setWordWrap(True)
    panel.title.setTextFormat(Qt.TextFormat.PlainText)  # QA 18: option and criterion names show as typed
    font = panel.title.font()
    font.setBold(True)
    panel.title.setFont(font)
    # the scale and its levels: scrolls when the panel is short or the font large (was a bare, cut-off label)
    panel.scale_text = parts.ScaleText(panel)
    panel.scale_label = panel.scale_text.label

    panel.value_edit = QLineEdit(panel)
    panel.value_edit.setObjectName("scoreDetailValue")
    panel.value_edit.setAccessibleName(QCoreApplication.translate("ScoreDetailPanel", "Score value"))
    panel.value_edit.setAccessibleDescription(QCoreApplication.translate(
        "ScoreDetailPanel", "A number on its scale; empty: no score"))  # issue 6
    panel.value_edit.setPlaceholderText(QCoreApplication.translate("ScoreDetailPanel", "empty = no score"))
    panel.level_combo = QComboBox(panel)
    panel.level_combo.setObjectName("scoreDetailLevel")
    panel.level_combo.setAccessibleName(QCoreApplication.translate("ScoreDetailPanel", "Score level"))
    panel.level_combo.setAccessibleDescription(QCoreApplication.translate(
        "ScoreDetailPanel", "One of the criterion's named levels"))  # issue 6
    panel.value_stack = QStackedWidget(panel)
    panel.value_stack.addWidget(panel.value_edit)
    panel.value_stack.addWidget(panel.level_combo)
    panel.value_stack.setSizePolicy(panel.value_edit.sizePolicy())
    panel.value_stack.setMaximumHeight(panel.level_combo.sizeHint().height() + 4)

    panel.range_check = QCheckBox(QCoreApplication.translate("ScoreDetailPanel", "Give a plausible range"), panel)
    panel.range_check.setObjectName("scoreDetailRangeToggle")
    panel.range_check.setAccessibleName(QCoreApplication.translate("ScoreDetailPanel", "Give a plausible range"))
    panel.range_check.setAccessibleDescription(QCoreApplication.translate(
        "ScoreDetailPanel", "Adds low and high ends for the true value"))  # issue 6
    panel.low_spin = parts.range_spin(panel, "scoreDetailLow", QCoreApplication.translate(
        "ScoreDetailPanel", "Low end of the range"))
    panel.low_spin.setAccessibleDescription(QCoreApplication.translate(
        "ScoreDetailPanel", "The lowest plausible value"))  # issue 6
    panel.high_spin = parts.range_spin(panel, "scoreDetailHigh", QCoreApplication.translate(
        "ScoreDetailPanel", "High end of the range"))
    panel.high_spin.setAccessibleDescription(QCoreApplication.translate(
        "ScoreDetailPanel", "The highest plausible value"))  # issue 6
    range_row = QHBoxLayout()
    range_row.addWidget(panel.low_spin, 1)
    range_row.addWidget(QLabel(QCoreApplication.translate("ScoreDetailPanel", "to"), panel))
    range_row.addWidget(panel.high_spin, 1)

    panel.rationale_edit = QPlainTextEdit(panel)
    panel.rationale_edit.setObjectName("scoreDetailRationale")
    panel.rationale_edit.setAccessibleName(QCoreApplication.translate("ScoreDetailPanel", "Rationale"))
    panel.rationale_edit.setAccessibleDescription(QCoreApplication.translate(
        "ScoreDetailPanel", "Why this score; Tab moves on"))  # issue 6
    panel.rationale_edit.setTabChangesFocus(True)
    panel.rationale_edit.setPlaceholderText(QCoreApplication.translate(
        "ScoreDetailPanel", "Why this score? Cite the reasoning."))

    panel.evidence = parts.EvidenceRows(panel)
    panel.evidence_table = panel.evidence.table
    panel.add_evidence_button = panel.evidence.add_button
    panel.remove_evidence_button = panel.evidence.remove_button

    # issue 4: analysts: which view the panel shows, whose score this is, and back to the shared value
    panel.view_caption = ViewCaption(controller, panel, name="scoreDetailViewCaption")
    panel.source_label, panel.use_shared_button = parts.source_widgets(panel)

    panel.error_label = QLabel(panel)
    panel.error_label.setObjectName("scoreDetailError")
    panel.error_label.setAccessibleName(QCoreApplication.translate("ScoreDetailPanel", "Problem with this score"))
    panel.error_label.setAccessibleDescription(QCoreApplication.translate(
        "ScoreDetailPanel", "Why the changes could not be applied"))  # issue 6
    panel.error_label.setWordWrap(True)
    panel.error_label.setStyleSheet(_ERROR_STYLE)
    panel.error_label.hide()

    panel.apply_button, panel.revert_button = parts.apply_revert_buttons(panel)
    buttons = QHBoxLayout()
    buttons.addWidget(panel.use_shared_button)  # issue 4: analysts
    buttons.addStretch(1)
    buttons.addWidget(panel.revert_button)
    buttons.addWidget(panel.apply_button)

    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.addRow(QCoreApplication.translate("ScoreDetailPanel", "Score"), panel.value_stack)
    # QA pass 30: the "Score" label labels the field shown, not the stack (Orca read the level alone)
    score_label = form.labelForField(panel.value_stack)
    panel.value_stack.currentChanged.connect(lambda _i: score_label.setBuddy(panel.value_stack.currentWidget()))
    score_label.setBuddy(panel.value_stack.currentWidget())
    form.addRow(panel.range_check)
    form.addRow(QCoreApplication.translate("ScoreDetailPanel", "Range"), range_row)
    form.addRow(QCoreApplication.translate("ScoreDetailPanel", "Rationale"), panel.rationale_edit)

    # Two columns so the panel reads well in a wide strip under the score matrix:
    # the score and its rationale on the left, the evidence behind it on the right.
    left = QVBoxLayout()
    left.addWidget(panel.view_caption)  # issue 4: analysts
    left.addWidget(panel.title)
    left.addWidget(panel.source_label)  # issue 4: analysts
    left.addWidget(panel.scale_text)
    left.addLayout(form, 1)
    right = QVBoxLayout()
    right.addWidget(QLabel(QCoreApplication.translate("ScoreDetailPanel", "Evidence"), panel))
    right.addWidget(panel.evidence, 1)
    # issue 4: passages of library sources linked to this score, with "Remove link"
    panel.passages = EvidencePassages(controller, panel, before_edit=before_edit)
    right.addWidget(panel.passages, 1)
    # session 28: the columns scroll on their own, so the problem line and Revert/Apply under them are always
    # in sight (at 1024 x 700 the whole panel scrolled and the buttons were cut in half at its bottom)
    body = QWidget(panel)
    body.setObjectName("scoreDetailBody")
    columns = QHBoxLayout(body)
    columns.setContentsMargins(0, 0, 0, 0)
    columns.addLayout(left, 3)
    columns.addLayout(right, 2)
    panel.body_scroll = scroll_area(body, panel)
    layout = QVBoxLayout(panel)
    layout.addWidget(panel.body_scroll, 1)
    layout.addWidget(panel.error_label)
    layout.addLayout(buttons)


__all__ = ["build_score_detail_panel"]
