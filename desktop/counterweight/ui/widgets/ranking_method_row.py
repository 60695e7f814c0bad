"""The ranking panel's method row: aggregation method, normalisation and the method settings button.

A part of :class:`~counterweight.ui.widgets.ranking_panel.RankingPanel` of its own
because it is the one place the panel *changes* the decision (each choice is one
undoable :class:`~counterweight.services.edits.SetMethod` edit), while the rest of
the panel only shows the evaluation. :meth:`MethodRow._sync_method` keeps the two
combos in step with the decision's method settings (shared by every view), and
lists, in the normalisation combo, what the chosen method can use. Strings keep
the panel's translation context ("RankingPanel").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from counterweight.domain import AggregationMethod, Normalization
from counterweight.services.edits import SetMethod
from counterweight.ui.widgets.reflow import ReflowRow

if TYPE_CHECKING:
    from counterweight.ui.dialogs.method_settings_dialog import MethodSettingsDialog
    from counterweight.ui.session_controller import SessionController

TOPSIS_NORMALIZATIONS = (("vector", Normalization.VECTOR.label), ("min_max", Normalization.MIN_MAX.label))
_USES_VALUES = (AggregationMethod.WSM, AggregationMethod.WPM)


class MethodRow:
    """Mixin for the ranking panel (a ``QWidget`` with a ``_controller``): the method choices and their edits."""

    _controller: SessionController

    def _build_method_row(self) -> ReflowRow:
        """Make ``method_combo``, ``normalization_combo`` and ``settings_button``, wired, in a reflowing row."""
        self._norm_mode = ""  # "values", "topsis" or "none": what the normalisation combo lists
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("aggregationSelector")
        self.method_combo.setAccessibleName(QCoreApplication.translate("RankingPanel", "Aggregation method"))
        self.method_combo.setAccessibleDescription(  # issue 6
            QCoreApplication.translate("RankingPanel", "How weighted scores are combined"))
        for method in AggregationMethod:
            self.method_combo.addItem(QCoreApplication.translate("RankingPanel", method.label), method)
        self.method_combo.setToolTip(
            QCoreApplication.translate("RankingPanel", "How the criterion values are combined into one ranking."))
        self.settings_button = QPushButton(QCoreApplication.translate("RankingPanel", "Method &settings…"), self)
        self.settings_button.setObjectName("methodSettingsButton")
        self.settings_button.setAccessibleName(QCoreApplication.translate("RankingPanel", "Method settings"))
        self.settings_button.setAccessibleDescription(  # issue 6
            QCoreApplication.translate("RankingPanel", "Opens the parameters of every method"))
        self.settings_button.setToolTip(QCoreApplication.translate(
            "RankingPanel", "TOPSIS normalisation, PROMETHEE preference functions, VIKOR v"))
        self.normalization_combo = QComboBox(self)
        self.normalization_combo.setObjectName("normalizationSelector")
        self.normalization_combo.setAccessibleName(
            QCoreApplication.translate("RankingPanel", "How scores are made comparable"))
        self.normalization_combo.setAccessibleDescription(  # issue 6
            QCoreApplication.translate("RankingPanel", "Brings scores to a common 0-1 scale"))
        self.normalization_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.normalization_combo.setMinimumContentsLength(9)  # room for a scroll bar at 1,366 px (was 12)
        self.method_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.method_combo.setMinimumContentsLength(9)
        # session 17: the settings button goes below the two choices when the column is too narrow
        # for the three side by side (large text on a 1,366 px screen), instead of widening the page
        top = ReflowRow(self)
        choices = QWidget(top)
        grid = QGridLayout(choices)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (text, combo) in enumerate(
                ((QCoreApplication.translate("RankingPanel", "&Method:"), self.method_combo),
                 (QCoreApplication.translate("RankingPanel", "&Normalisation:"), self.normalization_combo))):
            label = QLabel(text, self)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
        grid.setColumnStretch(1, 1)
        top.add(choices)
        top.add(self.settings_button)
        self.method_combo.activated.connect(self._on_aggregation_chosen)
        self.normalization_combo.activated.connect(self._on_method_chosen)
        self.settings_button.clicked.connect(self.open_method_settings)
        return top

    def _sync_method(self) -> None:
        settings = self._controller.decision.method
        self._set_combo(self.method_combo, settings.aggregation)
        aggregation = settings.aggregation
        mode = "values" if aggregation in _USES_VALUES else "topsis" if aggregation is AggregationMethod.TOPSIS \
            else "none"
        combo = self.normalization_combo
        if mode != self._norm_mode:
            self._norm_mode = mode
            combo.blockSignals(True)
            combo.clear()
            if mode == "values":
                for norm in Normalization:
                    combo.addItem(QCoreApplication.translate("RankingPanel", norm.label), norm)
                combo.setToolTip(QCoreApplication.translate(
                    "RankingPanel",
                    "Value functions use each criterion's own scale; the other methods rescale the scores "
                    "against the options being compared."))
            elif mode == "topsis":
                for key, label in TOPSIS_NORMALIZATIONS:
                    combo.addItem(QCoreApplication.translate("RankingPanel", label), key)
                combo.setToolTip(QCoreApplication.translate(
                    "RankingPanel", "How TOPSIS makes the raw scores comparable before weighting them."))
            else:
                combo.addItem(QCoreApplication.translate("RankingPanel", "Not used by {0}").format(
                    aggregation.label.split(" (")[0]), None)
                combo.setToolTip(QCoreApplication.translate(
                    "RankingPanel", "This method works on the scores in their own units; see Method settings."))
            combo.blockSignals(False)
        elif mode == "none":
            combo.setItemText(0, QCoreApplication.translate("RankingPanel", "Not used by {0}").format(
                aggregation.label.split(" (")[0]))
        if mode == "values":
            self._set_combo(combo, settings.normalization)
        elif mode == "topsis":
            self._set_combo(combo, settings.topsis.normalization)
        combo.setEnabled(mode != "none" and not self._controller.read_only)

    @staticmethod
    def _set_combo(combo: QComboBox, value: object) -> None:
        at = combo.findData(value)
        if at >= 0 and at != combo.currentIndex():
            combo.blockSignals(True)
            combo.setCurrentIndex(at)
            combo.blockSignals(False)

    def _submit_method(self, label: str, **update: object) -> None:
        ctl = self._controller
        if not ctl.has_session:
            return
        current = ctl.decision.method
        new = current.model_copy(update=update)
        if new == current:
            return
        if ctl.submit(SetMethod(new, label)):
            self._sync_method()

    def _on_aggregation_chosen(self, index: int) -> None:
        method = AggregationMethod(self.method_combo.itemData(index))
        self._submit_method(QCoreApplication.translate("RankingPanel", "Use {0}").format(method.label),
                            aggregation=method)

    def _on_method_chosen(self, index: int) -> None:
        value = self.normalization_combo.itemData(index)
        if value is None or not self._controller.has_session:
            return
        if self._norm_mode == "topsis":
            topsis = self._controller.decision.method.topsis.model_copy(update={"normalization": value})
            self._submit_method(QCoreApplication.translate("RankingPanel", "TOPSIS normalisation"), topsis=topsis)
        else:
            self._submit_method(QCoreApplication.translate("RankingPanel", "Change normalisation"),
                                normalization=Normalization(value))

    def open_method_settings(self) -> MethodSettingsDialog | None:
        """Open the method settings dialog (window-modal, not blocking)."""
        if not self._controller.has_session:
            return None
        # issue 6: imported on first use, not while the window opens
        from counterweight.ui.dialogs.method_settings_dialog import MethodSettingsDialog

        dialog = MethodSettingsDialog(self._controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


__all__ = ["MethodRow", "TOPSIS_NORMALIZATIONS"]
