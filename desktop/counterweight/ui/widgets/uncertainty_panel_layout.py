"""The Uncertainty tab's controls, named and laid out, before the panel wires them up.

:func:`build_uncertainty_panel` makes the controls of
:class:`~counterweight.ui.widgets.uncertainty_panel.UncertaintyPanel` much as Qt
Designer's generated ``setupUi`` would, each an attribute of the panel: the settings
form (draws, seed, distribution of ranged scores, widening by evidence, how
level-rated scores vary, the weight mode from the weight-uncertainty editor), the line counting ranged scores, the Run
and Cancel actions with their buttons and the progress bar, the problem and status
lines, and the results (chart, acceptability and central-weight tables). Each button
follows its action (a click triggers it; it is enabled when the action is). Nothing
else is connected: what the settings and actions do belongs to the panel. The texts
keep the panel's translation context, "UncertaintyPanel".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain.methods import LevelUncertainty
from counterweight.ui.accessibility import speak_shown_text
from counterweight.ui.i18n import number_locale
from counterweight.ui.models.acceptability_model import DISTRIBUTION_LABELS, AcceptabilityResults
from counterweight.ui.session_controller import SessionController
from counterweight.ui.theme import set_tone  # issue 6: theme
from counterweight.ui.widgets.fitting import ElidingCheckBox  # session 17: large text, narrow column
from counterweight.ui.widgets.view_switcher import ViewCaption  # issue 4: analysts
from counterweight.ui.widgets.weight_uncertainty_editor import WeightUncertaintyEditor

if TYPE_CHECKING:
    from counterweight.ui.widgets.uncertainty_panel import UncertaintyPanel

#: The level-rated setting's choices, as listed (translated under "UncertaintyPanel"). The words that
#: tell them apart come first: a narrow box (large text) shows only the start of the choice.
LEVEL_SCORE_LABELS = {
    LevelUncertainty.AS_RATED: QT_TRANSLATE_NOOP("UncertaintyPanel", "As rated"),
    LevelUncertainty.WEAK_EVIDENCE: QT_TRANSLATE_NOOP("UncertaintyPanel",
                                                      "Where evidence is weak: one level either way"),
    LevelUncertainty.ALL: QT_TRANSLATE_NOOP("UncertaintyPanel", "Every score: one level either way"),
}
# issue 6: tones of counterweight.ui.theme, so the colours follow the system palette
MUTED_TONE = "muted"
ERROR_TONE = "error-strong"


def _label(panel: QWidget, name: str, style: str) -> QLabel:
    label = QLabel(panel)
    label.setObjectName(name)
    label.setWordWrap(True)
    set_tone(label, style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _button(panel: QWidget, name: str, text: str, action: QAction, tip: str) -> QPushButton:
    button = QPushButton(text, panel)
    button.setObjectName(name)
    button.setAccessibleName(action.text().replace("&", ""))
    button.setAccessibleDescription(tip)  # issue 6
    button.setToolTip(tip)
    button.clicked.connect(action.trigger)
    button.addAction(action)  # session 28: listed among the action's buttons (kept_focus.set_enabled)
    action.enabledChanged.connect(button.setEnabled)
    button.setEnabled(action.isEnabled())
    return button


def build_uncertainty_panel(panel: UncertaintyPanel, controller: SessionController) -> None:
    """Create the Uncertainty tab's controls as attributes of ``panel`` and lay them out.

    The attributes made are ``samples_spin``, ``seed_spin``, ``distribution_combo``,
    ``widen_check``, ``levels_combo`` (level-rated scores), ``weights_editor``, ``weight_mode_combo``, ``scores_label``,
    ``run_action``, ``cancel_action`` (disabled), ``run_button``, ``cancel_button``,
    ``progress_bar``, ``error_label``, ``status_label``, ``results`` with its
    ``chart_view``, ``results_tabs``, ``acceptability_table``, ``central_table``,
    ``results_splitter`` and ``notes_label``, and ``view_caption``. The labels start
    hidden; the draws box is the panel's focus proxy.
    """
    panel.samples_spin = QSpinBox(panel)
    panel.samples_spin.setRange(100, 1_000_000)
    panel.samples_spin.setSingleStep(1_000)
    panel.samples_spin.setGroupSeparatorShown(True)
    panel.samples_spin.setLocale(number_locale())  # h27b: "10 000" draws in a French window
    panel.seed_spin = QDoubleSpinBox(panel)  # a QSpinBox stops at 2**31 - 1; seeds go to 2**32 - 1
    panel.seed_spin.setDecimals(0)
    panel.seed_spin.setRange(0, 2**32 - 1)
    panel.distribution_combo = QComboBox(panel)
    for dist, label in DISTRIBUTION_LABELS.items():
        panel.distribution_combo.addItem(QCoreApplication.translate("UncertaintyPanel", label), dist)
    panel.widen_check = ElidingCheckBox(QCoreApplication.translate(  # session 17: "…" when narrow
        "UncertaintyPanel", "Widen the ranges of weakly supported scores"), panel)
    panel.widen_check.setObjectName("widenByEvidenceInput")
    panel.widen_check.setAccessibleName(QCoreApplication.translate("UncertaintyPanel", "Widen ranges by evidence"))
    widen_tip = QCoreApplication.translate(
        "UncertaintyPanel", "Each end of a numeric score's range moves out by 20 % of its scale when the score has "
                            "no evidence and by 10 % when its evidence is only of low credibility. The stored "
                            "scores do not change.")
    panel.widen_check.setAccessibleDescription(widen_tip)
    panel.widen_check.setToolTip(widen_tip)
    panel.levels_combo = QComboBox(panel)  # QA 21: level-rated scores held as rated or one level either way
    for setting, label in LEVEL_SCORE_LABELS.items():
        panel.levels_combo.addItem(QCoreApplication.translate("UncertaintyPanel", label), setting)
    panel.weights_editor = WeightUncertaintyEditor(controller, panel)
    panel.weight_mode_combo = panel.weights_editor.mode_combo
    tips = {
        "samples": (panel.samples_spin, QCoreApplication.translate("UncertaintyPanel", "Number of draws"),
                    QCoreApplication.translate(
                        "UncertaintyPanel", "More draws give steadier shares but take longer (100 to 1,000,000).")),
        "seed": (panel.seed_spin, QCoreApplication.translate("UncertaintyPanel", "Random seed"),
                 QCoreApplication.translate(
                     "UncertaintyPanel", "The same seed and settings always give the same results.")),
        "distribution": (panel.distribution_combo, QCoreApplication.translate(
            "UncertaintyPanel", "Distribution of ranged scores"), QCoreApplication.translate(
            "UncertaintyPanel", "How a score varies between its low and high ends; its value is the most "
                                "likely one.")),
        "levelScores": (panel.levels_combo, QCoreApplication.translate("UncertaintyPanel", "Level-rated scores"),
                        QCoreApplication.translate(
            "UncertaintyPanel", "Whether scores rated on a scale of levels vary in the draws. One level either "
                                "way: the level below, the rated level or the level above, each with chance 1/3 "
                                "(at the end of the scale the rated level has 2/3). Weak evidence: none, or only "
                                "items of low credibility. The stored scores do not change.")),
    }
    for key, (w, name, tip) in tips.items():
        w.setObjectName(f"{key}Input")
        w.setAccessibleName(name)
        w.setAccessibleDescription(tip)  # issue 6
        if tip:
            w.setToolTip(tip)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    # session 17: a field too wide beside its label goes below it, and the combo boxes ask for a
    # few characters rather than their longest entry (150 % text on a 1,366 px screen)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for combo in (panel.distribution_combo, panel.levels_combo, panel.weight_mode_combo):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
    form.addRow(QCoreApplication.translate("UncertaintyPanel", "&Draws:"), panel.samples_spin)
    form.addRow(QCoreApplication.translate("UncertaintyPanel", "&Seed:"), panel.seed_spin)  # Alt+E is the Edit menu
    form.addRow(QCoreApplication.translate("UncertaintyPanel", "Ran&ged scores:"), panel.distribution_combo)
    form.addRow(panel.widen_check)  # the whole row: indented, it pushed the tab wider than 1,366 px screens allow
    # no Alt letter: every letter of "Level-rated scores" is taken on this tab (Tab reaches it, after the box above)
    form.addRow(QCoreApplication.translate("UncertaintyPanel", "Level-rated scores:"), panel.levels_combo)
    form.addRow(QCoreApplication.translate("UncertaintyPanel", "&Weights:"), panel.weight_mode_combo)

    panel.scores_label = _label(panel, "uncertaintyScoresLine", MUTED_TONE)
    speak_shown_text(panel.scores_label, QCoreApplication.translate("UncertaintyPanel", "Ranged scores"),
                     QCoreApplication.translate("UncertaintyPanel", "How many scores have a range the run will vary"))

    panel.run_action = QAction(QCoreApplication.translate("UncertaintyPanel", "&Run"), panel)
    panel.run_action.setObjectName("runUncertaintyAction")
    panel.run_action.setShortcut(QKeySequence("Ctrl+R"))
    panel.run_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    panel.cancel_action = QAction(QCoreApplication.translate("UncertaintyPanel", "Cancel"), panel)
    panel.cancel_action.setObjectName("cancelUncertaintyAction")
    panel.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    panel.cancel_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    panel.cancel_action.setEnabled(False)
    panel.addActions([panel.run_action, panel.cancel_action])
    panel.run_button = _button(panel, "runUncertaintyButton", QCoreApplication.translate("UncertaintyPanel", "&Run"),
                               panel.run_action, QCoreApplication.translate(
                                   "UncertaintyPanel", "Run the uncertainty analysis (Ctrl+R)"))
    panel.cancel_button = _button(panel, "cancelUncertaintyButton", QCoreApplication.translate(
        "UncertaintyPanel", "Cancel"), panel.cancel_action, QCoreApplication.translate(
        "UncertaintyPanel", "Stop the run (Esc)"))
    panel.progress_bar = QProgressBar(panel)
    panel.progress_bar.setObjectName("uncertaintyProgress")
    panel.progress_bar.setAccessibleName(QCoreApplication.translate("UncertaintyPanel", "Progress of the run"))
    panel.progress_bar.setRange(0, 1000)
    panel.progress_bar.setValue(0)
    panel.progress_bar.setFormat("%p %")
    run_row = QHBoxLayout()
    run_row.addWidget(panel.run_button)
    run_row.addWidget(panel.cancel_button)
    run_row.addWidget(panel.progress_bar, 1)
    panel.error_label = _label(panel, "uncertaintyError", ERROR_TONE)
    speak_shown_text(panel.error_label, QCoreApplication.translate("UncertaintyPanel", "Problem"),
                     QCoreApplication.translate("UncertaintyPanel", "Why the settings cannot be used as they are"))
    panel.status_label = _label(panel, "uncertaintyStatus", MUTED_TONE)
    speak_shown_text(panel.status_label, QCoreApplication.translate("UncertaintyPanel", "Run status"),
                     QCoreApplication.translate(
                         "UncertaintyPanel", "How the run went, or that its results are out of date"))

    panel.results = AcceptabilityResults(panel)
    panel.chart_view, panel.results_tabs = panel.results.chart_view, panel.results.tabs
    panel.acceptability_table, panel.central_table = panel.results.ranks, panel.results.central
    panel.results_splitter = panel.results.splitter
    panel.notes_label = panel.results.notes
    body = QWidget(panel)
    col = QVBoxLayout(body)
    col.setContentsMargins(0, 0, 0, 0)
    panel.view_caption = ViewCaption(controller, body, name="uncertaintyViewCaption")  # issue 4: analysts
    col.addWidget(panel.view_caption)
    col.addLayout(form)
    col.addWidget(panel.scores_label)
    col.addWidget(panel.weights_editor)
    col.addLayout(run_row)
    col.addWidget(panel.error_label)
    col.addWidget(panel.status_label)
    col.addWidget(panel.notes_label)
    col.addWidget(panel.results_splitter, 1)
    col.addStretch(0)
    # no scroll area of its own: the analysis tabs scroll each page (widgets.scrolling)
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(4, 4, 4, 4)
    outer.addWidget(body)
    panel.setFocusProxy(panel.samples_spin)  # the first control: Tab into the panel starts here, not at Run


__all__ = ["ERROR_TONE", "MUTED_TONE", "build_uncertainty_panel"]
