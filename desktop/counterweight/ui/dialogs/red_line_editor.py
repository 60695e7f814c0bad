"""The editor of one red line, opened from :class:`~counterweight.ui.dialogs.red_lines_dialog.RedLinesDialog`.

:class:`RedLineEditor` edits one red line: the criterion, then either a limit in
the criterion's units (numeric criteria) or a level (rated criteria), what happens
to an option that crosses it, and a note saying why the limit exists. It previews
the rule in words against the current scores but stores nothing: the list dialog
submits the result as one undoable edit. It is a module of its own because it
shares nothing with the list but the red line it returns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain.direction import limit_direction
from counterweight.domain import (
    Criterion,
    Decision,
    Direction,
    NumericScale,
    QualitativeScale,
    RedLine,
    RedLineAction,
    new_id,
)
from counterweight.domain.base import MAX_MAGNITUDE
from counterweight.engine.red_lines import assess_red_lines
from counterweight.services.red_lines import describe_red_line
from counterweight.ui.accessibility import named
from counterweight.ui.engine_text import engine_text
from counterweight.ui.widgets.kept_value_spin import KeptValueSpinBox
from counterweight.ui.numbers import formatted


class RedLineEditor(QDialog):
    """Edit one red line (``line=None``: a new one). ``red_line()`` is the result after OK."""

    def __init__(self, decision: Decision, line: RedLine | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redLineEditor")
        self._decision = decision
        self._line = line
        self._id = line.id if line is not None else new_id("rl")
        self.setWindowTitle(self.tr("Add red line") if line is None else self.tr("Edit red line"))
        self.setAccessibleName(self.windowTitle())
        self._leaves = [c for c in decision.leaves if c.scale is not None]

        self.criterion_combo = QComboBox(self)
        named(self.criterion_combo, "redLineCriterion", self.tr("Criterion"))
        self.criterion_combo.setAccessibleDescription(self.tr("The criterion whose score the limit applies to"))
        for c in self._leaves:
            self.criterion_combo.addItem(decision.path_name(c.id), c.id)
        self.limit_spin = KeptValueSpinBox(self)  # a stored limit comes back exactly; 6 decimals may be typed
        named(self.limit_spin, "redLineLimit", self.tr("Limit"))
        self.limit_spin.setAccessibleDescription(self.tr("The score an option must not cross, in its units"))
        self.limit_spin.setRange(-MAX_MAGNITUDE, MAX_MAGNITUDE)
        self.level_combo = QComboBox(self)
        named(self.level_combo, "redLineLevel", self.tr("Worst acceptable level"))
        self.level_combo.setAccessibleDescription(self.tr("Options scored below this level cross the red line"))
        self.limit_stack = QStackedWidget(self)
        self.limit_stack.addWidget(self.limit_spin)
        self.limit_stack.addWidget(self.level_combo)
        self.action_combo = QComboBox(self)
        named(self.action_combo, "redLineAction", self.tr("What happens to an option that crosses it"))
        self.action_combo.setAccessibleDescription(self.tr("Exclude the option, or keep it and flag it"))
        self.action_combo.addItem(self.tr("Flag it beside the ranking"), RedLineAction.FLAG)
        self.action_combo.addItem(self.tr("Exclude it from the ranking"), RedLineAction.EXCLUDE)
        self.note_edit = QLineEdit(self)
        named(self.note_edit, "redLineNote", self.tr("Why this limit exists"))
        self.note_edit.setAccessibleDescription(self.tr("Shown with the red line in the ranking and the brief"))
        self.note_edit.setPlaceholderText(self.tr("e.g. Treasury ceiling agreed in March"))
        self.rule_label = QLabel(self)
        self.rule_label.setTextFormat(Qt.TextFormat.PlainText)  # option and criterion names show as typed
        named(self.rule_label, "redLineRule", self.tr("The rule in words"))
        self.rule_label.setAccessibleDescription(self.tr("The red line as it will read in the ranking"))
        self.rule_label.setWordWrap(True)

        form = QFormLayout()
        self.limit_label = QLabel(self.tr("&Limit:"), self)
        self.limit_label.setBuddy(self.limit_spin)
        crit_label = QLabel(self.tr("&Criterion:"), self)
        crit_label.setBuddy(self.criterion_combo)
        action_label = QLabel(self.tr("&Action:"), self)
        action_label.setBuddy(self.action_combo)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        form.addRow(crit_label, self.criterion_combo)
        form.addRow(self.limit_label, self.limit_stack)
        form.addRow(action_label, self.action_combo)
        form.addRow(note_label, self.note_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("redLineEditorButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # At least 460 px wide, and as wide as the rows need at a larger system font: a fixed
        # setMinimumWidth(460) overrode the layout's minimum and cut "Criterion:" to "Criteric".
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        margins = layout.contentsMargins()
        layout.addStrut(460 - margins.left() - margins.right())
        layout.addLayout(form)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.buttons)

        self.criterion_combo.currentIndexChanged.connect(self._on_criterion)
        for signal in (self.limit_spin.valueChanged, self.level_combo.currentIndexChanged):
            signal.connect(self._update_rule)
        self.ok_button.setEnabled(bool(self._leaves))
        if line is not None:
            self.criterion_combo.setCurrentIndex(max(0, self.criterion_combo.findData(line.criterion_id)))
            self.action_combo.setCurrentIndex(self.action_combo.findData(line.action))
            self.note_edit.setText(line.note)
            self.note_edit.setCursorPosition(0)  # show the start of a long note, not its end
        self._on_criterion()
        if line is not None and line.limit is not None:
            self.limit_spin.set_kept(line.limit)
        if line is not None and line.level is not None:
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(line.level.casefold())))
        self._update_rule()

    def _current(self) -> Criterion | None:
        cid = self.criterion_combo.currentData()
        return self._decision.criterion(cid) if cid is not None else None

    def _on_criterion(self) -> None:
        crit = self._current()
        if crit is None:
            return
        if isinstance(crit.scale, QualitativeScale):
            self.level_combo.blockSignals(True)
            self.level_combo.clear()
            for lv in sorted(crit.scale.levels, key=lambda lv: -lv.value):  # best first
                self.level_combo.addItem(f"{lv.label} ({formatted(lv.value)})", lv.label.casefold())
            self.level_combo.setCurrentIndex(len(crit.scale.levels) // 2)
            self.level_combo.blockSignals(False)
            self.limit_stack.setCurrentWidget(self.level_combo)
            self.limit_label.setText(self.tr("Worst acceptable &level:"))
            self.limit_label.setBuddy(self.level_combo)
        else:
            scale = crit.scale if isinstance(crit.scale, NumericScale) else NumericScale()
            self.limit_spin.setSuffix(f" {crit.unit}" if crit.unit else "")
            self.limit_spin.setSingleStep(max((scale.upper - scale.lower) / 20.0, 1e-3))
            self.limit_spin.setValue((scale.lower + scale.upper) / 2.0)
            self.limit_stack.setCurrentWidget(self.limit_spin)
            worse = self.tr("highest") if limit_direction(crit) is Direction.LOWER_BETTER else self.tr("lowest")
            self.limit_label.setText(self.tr("&Limit ({0} acceptable):").format(worse))
            self.limit_label.setBuddy(self.limit_spin)
        self._update_rule()

    def _level_label(self) -> str | None:
        crit = self._current()
        key = self.level_combo.currentData()
        if crit is None or not isinstance(crit.scale, QualitativeScale) or key is None:
            return None
        lv = crit.scale.level(key)
        return lv.label if lv is not None else None

    def red_line(self) -> RedLine | None:
        """The red line as entered (``None`` when no criterion can carry one)."""
        crit = self._current()
        if crit is None:
            return None
        qualitative = isinstance(crit.scale, QualitativeScale)
        return RedLine(
            id=self._id,
            criterion_id=crit.id,
            limit=None if qualitative else float(self.limit_spin.kept_value()),
            level=self._level_label() if qualitative else None,
            action=RedLineAction(self.action_combo.currentData()),
            note=self.note_edit.text().strip(),
        )

    def _update_rule(self) -> None:
        line = self.red_line()
        if line is None:
            self.rule_label.setText(self.tr("Add a scored criterion first."))
            return
        # Preview against the current scores; the copy is only read, never stored.
        report = assess_red_lines(self._decision.model_copy(update={"red_lines": [line]}))
        crossed = [b.option_name for b in report.breaches]
        who = ", ".join(crossed) if crossed else self.tr("no option")
        text = self.tr("Rule: {0}.\nWith the current scores this is breached by: {1}.").format(
            engine_text(describe_red_line(self._decision, line)), who)
        crit = self._current()
        if line.limit is not None and crit is not None and isinstance(crit.scale, NumericScale):
            lo, hi = crit.scale.lower, crit.scale.upper
            if not lo <= line.limit <= hi:  # typed in the wrong unit, or one digit too many?
                text += "\n" + self.tr("Check the limit: it lies outside the criterion's scale ({0} to {1}).").format(
                    formatted(lo), formatted(hi))
        self.rule_label.setText(text)


__all__ = ["RedLineEditor"]
