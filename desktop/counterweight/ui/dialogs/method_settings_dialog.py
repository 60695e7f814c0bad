"""Method settings: the aggregation method and the parameters of each method.

One page per family of methods: the normalisation used by the weighted sum and
product; TOPSIS's own normalisation; PROMETHEE II's preference function per
criterion, with its thresholds in the criterion's own units; VIKOR's ``v``.
The dialog opens on the page of the method in use. Problems (``q`` not below
``p``, a Gaussian spread of 0) are listed inline and keep OK disabled. OK submits
one :class:`~counterweight.services.edits.SetMethod` edit, so the whole change is
one undo step. A number the analyst does not touch is kept exactly as stored (a
stored 1/3 or 1e-7 is not rounded to what its box shows); a number the analyst
edits is taken as typed, so OK with nothing changed submits nothing.

Suggested thresholds come from the spread of each criterion's scores
(:mod:`counterweight.ui.dialogs.method_thresholds`).
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import (
    AggregationMethod,
    Criterion,
    CriterionPreference,
    MethodSettings,
    Normalization,
    PreferenceFunction,
    PrometheeSettings,
    QualitativeScale,
    TopsisSettings,
    VikorSettings,
)
from counterweight.domain.direction import applied_direction, compares_values
from counterweight.domain.errors import from_validation_error
from counterweight.services.edits import SetMethod
from counterweight.ui.accessibility import named
from counterweight.ui.dialogs.dialog_fit import fit_to_screen, keep_name_column
from counterweight.ui.dialogs.method_thresholds import (  # re-exported: public names of this module
    ThresholdSpin,
    nice,
    score_spread,
    suggested_thresholds,
)
from counterweight.ui.session_controller import SessionController
from counterweight.ui.numbers import formatted, shown
from counterweight.ui.text_size import follow_font
from counterweight.ui.theme import set_tone
from counterweight.ui.widgets.kept_value_spin import KeptValueSpinBox

COL_CRITERION, COL_RANGE, COL_FUNCTION, COL_Q, COL_P, COL_S = range(6)
_PARAM_COLUMNS = {"q": COL_Q, "p": COL_P, "s": COL_S}
#: Average characters of a criterion's name the PROMETHEE table always shows.
NAME_CHARS = 20
#: Width of a preference function's box, in widths of "X" (Qt's unit; about 31 average characters).
FUNCTION_CHARS = 24


class MethodSettingsDialog(QDialog):
    """Choose the aggregation method and set every method's parameters; OK makes one undo step.

    Parameters
    ----------
    controller
        The session controller; its decision supplies the current settings.
    parent
        Parent widget.
    """

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("methodSettingsDialog")
        self._controller = controller
        decision = controller.decision
        self._decision = decision
        current = decision.method
        self.setWindowTitle(self.tr("Method settings"))
        self.setAccessibleName(self.windowTitle())

        self.method_combo = QComboBox(self)
        named(self.method_combo, "settingsAggregation", self.tr("Aggregation method"))
        self.method_combo.setAccessibleDescription(self.tr("How the weighted scores are combined into one ranking"))
        for m in AggregationMethod:
            self.method_combo.addItem(self.tr(m.label), m)
        self.method_combo.setCurrentIndex(self.method_combo.findData(current.aggregation))
        head = QFormLayout()
        method_label = QLabel(self.tr("&Method used for the ranking:"), self)
        method_label.setBuddy(self.method_combo)
        head.addRow(method_label, self.method_combo)

        self.tabs = QTabWidget(self)
        named(self.tabs, "methodSettingsTabs", self.tr("Settings of each method"))
        self.tabs.setAccessibleDescription(self.tr("One page per family of methods; Ctrl+Tab moves between pages"))
        self.tabs.addTab(self._build_values_page(current), self.tr("Weighted sum / product"))
        self.tabs.addTab(self._build_topsis_page(current), self.tr("TOPSIS"))
        self.tabs.addTab(self._build_promethee_page(current), self.tr("PROMETHEE II"))
        self.tabs.addTab(self._build_vikor_page(current), self.tr("VIKOR"))
        self._show_page(current.aggregation)

        self.problems_label = QLabel(self)
        named(self.problems_label, "methodSettingsProblems", self.tr("Problems"))
        self.problems_label.setAccessibleDescription(self.tr("What must be fixed before OK can be pressed"))
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.problems_label, "error")
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("methodSettingsButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self.method_combo.currentIndexChanged.connect(lambda _i: self._show_page(self.method_combo.currentData()))
        self.validate()
        fit_to_screen(self)  # QA 17: the table's columns at this font, within the screen (was 1060 x 540)

    def _page(self, text: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        col = QVBoxLayout(page)
        note = QLabel(text, page)
        note.setWordWrap(True)
        col.addWidget(note)
        return page, col

    def _show_page(self, method: AggregationMethod) -> None:
        m = AggregationMethod(method)
        index = {AggregationMethod.TOPSIS: 1, AggregationMethod.PROMETHEE: 2, AggregationMethod.VIKOR: 3}.get(m, 0)
        self.tabs.setCurrentIndex(index)

    # ------------------------------------------------------------ pages
    def _build_values_page(self, current: MethodSettings) -> QWidget:
        page, col = self._page(self.tr(
            "The weighted sum and the weighted product turn every score into a value from 0 to 1 first. Value "
            "functions use each criterion's own scale; the others rescale against the options being compared."))
        self.normalization_combo = QComboBox(page)
        named(self.normalization_combo, "settingsNormalization", self.tr("Normalisation"))
        self.normalization_combo.setAccessibleDescription(self.tr("How scores are brought to a common 0 to 1 scale"))
        for n in Normalization:
            self.normalization_combo.addItem(self.tr(n.label), n)
        self.normalization_combo.setCurrentIndex(self.normalization_combo.findData(current.normalization))
        form = QFormLayout()
        label = QLabel(self.tr("&Normalisation:"), page)
        label.setBuddy(self.normalization_combo)
        form.addRow(label, self.normalization_combo)
        col.addLayout(form)
        col.addStretch(1)
        return page

    def _build_topsis_page(self, current: MethodSettings) -> QWidget:
        page, col = self._page(self.tr(
            "TOPSIS ranks options by how close they come to an ideal option and how far from the worst. "
            "Vector normalisation is Hwang and Yoon's original; min-max stretches every criterion to 0-1."))
        self.topsis_combo = QComboBox(page)
        named(self.topsis_combo, "settingsTopsisNormalization", self.tr("TOPSIS normalisation"))
        self.topsis_combo.setAccessibleDescription(self.tr("How TOPSIS scales the scores before measuring distances"))
        self.topsis_combo.addItem(self.tr("Vector (Euclidean)"), "vector")
        self.topsis_combo.addItem(self.tr("Min-max across options"), "min_max")
        self.topsis_combo.setCurrentIndex(self.topsis_combo.findData(current.topsis.normalization))
        form = QFormLayout()
        label = QLabel(self.tr("&TOPSIS normalisation:"), page)
        label.setBuddy(self.topsis_combo)
        form.addRow(label, self.topsis_combo)
        col.addLayout(form)
        col.addStretch(1)
        return page

    def _build_vikor_page(self, current: MethodSettings) -> QWidget:
        page, col = self._page(self.tr(
            "VIKOR balances the best result for the group of criteria as a whole (S) against the worst "
            "regret on any single criterion (R). v is the weight of the first: 0.5 balances both; "
            "above 0.5 favours the majority of criteria, below 0.5 avoids any single large regret."))
        self.v_slider = QSlider(Qt.Orientation.Horizontal, page)
        named(self.v_slider, "settingsVikorSlider", self.tr("VIKOR v slider"))
        self.v_slider.setAccessibleDescription(self.tr("Weight of the group result against the worst regret, 0 to 1"))
        self.v_slider.setRange(0, 100)
        self.v_slider.setTickInterval(10)
        self.v_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.v_spin = KeptValueSpinBox(page, shown_decimals=2)  # a stored v of 0.333 stays 0.333
        named(self.v_spin, "settingsVikorV", self.tr("VIKOR v"))
        self.v_spin.setAccessibleDescription(self.tr("Weight of the group result against the worst regret, 0 to 1"))
        self.v_spin.setRange(0.0, 1.0)
        self.v_spin.setSingleStep(0.05)
        self.v_spin.set_kept(current.vikor.v)
        self.v_slider.setValue(round(current.vikor.v * 100))
        self.v_slider.valueChanged.connect(lambda x: self.v_spin.setValue(x / 100.0))
        self.v_spin.valueChanged.connect(self._slider_follows)
        row = QHBoxLayout()
        label = QLabel(self.tr("&v:"), page)
        label.setBuddy(self.v_spin)
        row.addWidget(label)
        row.addWidget(self.v_slider, 1)
        row.addWidget(self.v_spin)
        ends = QHBoxLayout()
        ends.addWidget(QLabel(self.tr("0: avoid the largest single regret"), page))
        ends.addStretch(1)
        ends.addWidget(QLabel(self.tr("1: best for the majority of criteria"), page))
        col.addLayout(row)
        col.addLayout(ends)
        col.addStretch(1)
        return page

    def _slider_follows(self, v: float) -> None:
        """Move the slider to ``v`` without feeding its whole-percent value back to the box."""
        self.v_slider.blockSignals(True)
        self.v_slider.setValue(round(v * 100))
        self.v_slider.blockSignals(False)

    def _build_promethee_page(self, current: MethodSettings) -> QWidget:
        page, col = self._page(self.tr(
            "For every pair of options PROMETHEE II asks, criterion by criterion, how strongly one is "
            "preferred. Differences up to q count as no preference; beyond p as full preference; s sets the "
            "width of the Gaussian curve. Thresholds are in each criterion's units (points 0-100 for rated "
            "criteria and for a value function that rises and falls); suggestions come from the spread of the "
            "scores."))
        leaves = [c for c in self._decision.leaves if c.scale is not None]
        self._leaf_ids = [c.id for c in leaves]
        self.promethee_table = QTableWidget(len(leaves), 6, page)
        named(self.promethee_table, "prometheeTable", self.tr("Preference function per criterion"))
        self.promethee_table.setAccessibleDescription(self.tr("Per criterion: score range, function, thresholds"))
        self.promethee_table.setHorizontalHeaderLabels([
            self.tr("Criterion"), self.tr("Scores range"), self.tr("Preference function"),
            self.tr("q (indifference)"), self.tr("p (preference)"), self.tr("s (Gaussian)")])
        self.promethee_table.verticalHeader().hide()
        self.promethee_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.promethee_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab walks the combo and spin boxes row by row (their creation order), not the cells
        self.promethee_table.setTabKeyNavigation(False)
        self.promethee_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        follow_font(self.promethee_table, padding=14)  # rows hold spin boxes and grow with the font
        self._function_combos: dict[str, QComboBox] = {}
        self._spins: dict[tuple[str, str], KeptValueSpinBox] = {}
        self._suggested: dict[str, dict[str, float]] = {}
        stored = current.promethee.preferences
        for r, crit in enumerate(leaves):
            self._fill_promethee_row(r, crit, stored.get(crit.id))
        # QA 17: names stay readable (at least 20 characters); the other columns fit their contents
        keep_name_column(self.promethee_table, COL_CRITERION, chars=NAME_CHARS)
        col.addWidget(self.promethee_table, 1)
        return page

    def _fill_promethee_row(self, r: int, crit: Criterion, pref: CriterionPreference | None) -> None:
        table = self.promethee_table
        qualitative = isinstance(crit.scale, QualitativeScale)
        unit = self.tr("pts") if qualitative or compares_values(crit) else crit.unit  # 0-100 value points
        low, high, spread = score_spread(self._decision, crit.id)
        suggestion = suggested_thresholds(spread)
        self._suggested[crit.id] = suggestion
        name = QTableWidgetItem(crit.name)
        name.setToolTip(self.tr("{0} ({1}); suggested q {2:g}, p {3:g}, s {4:g}").format(
            self._decision.path_name(crit.id), (applied_direction(crit) or crit.direction).label,
            shown(suggestion["q"]), shown(suggestion["p"]),
            shown(suggestion["s"])))
        table.setItem(r, COL_CRITERION, name)
        span = "—" if low is None else f"{formatted(low)} – {formatted(high)} {unit}".rstrip()
        table.setItem(r, COL_RANGE, QTableWidgetItem(span))
        combo = QComboBox(table)
        named(combo, f"preferenceFunction_{crit.id}", self.tr("Preference function for {0}").format(crit.name))
        combo.setAccessibleDescription(self.tr("How a difference in scores turns into a preference"))
        for fn in PreferenceFunction:
            combo.addItem(self.tr(fn.label), fn)
        fn = pref.function if pref is not None else PreferenceFunction.USUAL
        combo.setCurrentIndex(combo.findData(fn))
        # QA 17: sized for the usual labels, not the longest, so the names keep their room at large text;
        # the list opens as wide as its longest label, and the tool tip names the function in full
        combo.view().setMinimumWidth(combo.sizeHint().width())
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(FUNCTION_CHARS)
        combo.setToolTip(combo.currentText())
        combo.currentTextChanged.connect(combo.setToolTip)
        table.setCellWidget(r, COL_FUNCTION, combo)
        self._function_combos[crit.id] = combo
        decimals = 1 if spread >= 100 else 2 if spread >= 1 else 4
        for key, column in _PARAM_COLUMNS.items():
            spin = ThresholdSpin(table, shown_decimals=decimals)  # untouched thresholds stay as stored
            words = {"q": self.tr("indifference threshold q"), "p": self.tr("preference threshold p"),
                     "s": self.tr("Gaussian spread s")}[key]
            named(spin, f"threshold_{key}_{crit.id}", self.tr("{0} for {1}").format(words, crit.name))
            spin.setAccessibleDescription(self.tr("In the criterion's units; first suggested from its scores"))
            spin.setRange(0.0, nice(max(spread, 1.0) * 100.0))
            spin.setSingleStep(nice(spread / 20.0) or 0.1)
            spin.setSuffix(f" {unit}" if unit else "")
            stored = getattr(pref, key) if pref is not None else None
            if stored is not None and stored > spin.maximum():
                spin.setMaximum(stored * 2.0)  # never clip a stored threshold
            spin.set_kept(stored if stored is not None else suggestion[key])
            spin.valueChanged.connect(self.validate)
            table.setCellWidget(r, column, spin)
            self._spins[(crit.id, key)] = spin
        combo.currentIndexChanged.connect(lambda _i, cid=crit.id: self._on_function(cid))
        self._enable_row(crit.id)

    def _enable_row(self, criterion_id: str) -> None:
        needed = self.function_of(criterion_id).parameters
        for key in _PARAM_COLUMNS:
            spin = self._spins[(criterion_id, key)]
            spin.setEnabled(key in needed)
            spin.setToolTip("" if key in needed else self.tr("Not used by this preference function"))

    def _on_function(self, criterion_id: str) -> None:
        self._enable_row(criterion_id)
        self.validate()

    # ------------------------------------------------------------ state
    def function_combo(self, criterion_id: str) -> QComboBox:
        """The preference-function combo box of a leaf criterion."""
        return self._function_combos[criterion_id]

    def threshold_spin(self, criterion_id: str, key: str) -> KeptValueSpinBox:
        """The spin box of threshold ``key`` ("q", "p" or "s") of a leaf criterion."""
        return self._spins[(criterion_id, key)]

    def function_of(self, criterion_id: str) -> PreferenceFunction:
        return PreferenceFunction(self._function_combos[criterion_id].currentData())

    def _preferences(self) -> tuple[dict[str, CriterionPreference], list[str]]:
        stored = self._decision.method.promethee.preferences
        prefs: dict[str, CriterionPreference] = {k: v for k, v in stored.items() if k not in self._leaf_ids}
        problems: list[str] = []
        for cid in self._leaf_ids:
            fn = self.function_of(cid)
            name = self._decision.criterion(cid).name
            values = {k: self._spins[(cid, k)].kept_value() for k in fn.parameters}
            bad: set[str] = set()
            if "q" in values and "p" in values and values["q"] >= values["p"]:
                problems.append(self.tr("{0}: the indifference threshold q ({1:g}) must be below the preference "
                                        "threshold p ({2:g}).").format(name, shown(values["q"]), shown(values["p"])))
                bad |= {"q", "p"}
            if "s" in values and values["s"] <= 0:
                problems.append(self.tr("{0}: the Gaussian spread s must be above 0.").format(name))
                bad.add("s")
            for key in _PARAM_COLUMNS:
                set_tone(self._spins[(cid, key)], "input-error" if key in bad else None, "QDoubleSpinBox")
            if bad:
                continue
            if fn is PreferenceFunction.USUAL and cid not in stored:
                continue  # type I is the default; store nothing
            old = stored.get(cid)
            if old is not None and old.function is fn and all(getattr(old, k) == v for k, v in values.items()):
                prefs[cid] = old  # untouched: kept as stored, with any unused threshold it holds
            else:
                prefs[cid] = CriterionPreference(function=fn, **values)
        return prefs, problems

    def validate(self) -> list[str]:
        """Check every setting; list problems inline and enable OK only when there are none."""
        _prefs, problems = self._preferences()
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems and not self._controller.read_only)
        return problems

    def method_settings(self) -> MethodSettings | None:
        """The settings as entered, or ``None`` while there are problems."""
        prefs, problems = self._preferences()
        if problems:
            return None
        try:
            return self._decision.method.model_copy(update={
                "aggregation": AggregationMethod(self.method_combo.currentData()),
                "normalization": Normalization(self.normalization_combo.currentData()),
                "topsis": TopsisSettings(normalization=self.topsis_combo.currentData()),
                "promethee": PrometheeSettings(preferences=prefs),
                "vikor": VikorSettings(v=self.v_spin.kept_value()),
            })
        except ValidationError as exc:  # not expected after the checks above; shown, never swallowed
            self.problems_label.setText(str(from_validation_error(exc, what=self.tr("Method settings"))))
            self.problems_label.show()
            return None

    def accept(self) -> None:
        """Submit the settings as one edit (nothing if unchanged); stay open on error."""
        settings = self.method_settings()
        if settings is None:
            return
        if settings != self._decision.method:
            error = self._controller.submit(SetMethod(settings, self.tr("Change method settings")))
            if error:
                self.problems_label.setText(error)
                self.problems_label.show()
                return
        super().accept()


__all__ = ["MethodSettingsDialog", "score_spread", "suggested_thresholds"]
