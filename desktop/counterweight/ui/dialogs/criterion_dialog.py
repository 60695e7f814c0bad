"""Edit one criterion: name, description, direction, unit and measurement scale.

The dialog validates on every keystroke. Problems are listed inline, each naming the
field at fault, and OK stays disabled while any remain. An optional ``validator``
lets the caller check the result against the whole decision (for example that the
existing scores still fit a narrowed scale) before the dialog can be accepted; it
is also given the level renames, worked out from the rows the user edited (each row
remembers the label it started with), so renaming a level carries its scores. A
numeric scale's piecewise value function is edited in a breakpoints table
(:mod:`counterweight.ui.dialogs.criterion_breakpoints`); an empty table is a
straight line between the bounds. The fields are read back into a scale by
:mod:`counterweight.ui.dialogs.criterion_scale_fields`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import pairwise

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Criterion, Direction, Level, NumericScale, QualitativeScale
from counterweight.domain.errors import from_validation_error
from counterweight.ui.accessibility import named
from counterweight.ui.numbers import plain_number
from counterweight.ui.dialogs import criterion_direction as _direction
from counterweight.ui.dialogs.criterion_breakpoints import BreakpointRows
from counterweight.ui.dialogs.criterion_levels import NUMERIC, QUALITATIVE, LevelRows
from counterweight.ui.dialogs.criterion_scale_fields import ScaleFields, parse_number
from counterweight.ui.dialogs.dialog_fit import BodyScroll, fit_height, fit_to_screen
from counterweight.ui.theme import set_tone  # issue 6: colours follow the system palette
from counterweight.ui.text_size import lines_high  # issue 6: text scales with the system font
from counterweight.ui.widgets.name_delegate import NAME_MAX_LENGTH

#: Checks the edited criterion, given the level renames (old label -> new), against the decision.
Validator = Callable[[Criterion, Mapping[str, str]], str | None]

#: The dialog is never narrower than this (and wider when its labels and fields need it).
MIN_WIDTH_PX = 520


class CriterionDialog(QDialog, LevelRows, BreakpointRows, ScaleFields):
    """Dialog for editing a criterion or a group.

    Parameters
    ----------
    criterion
        The criterion to edit. Groups show only name and description.
    validator
        Called with the edited criterion and :meth:`level_renames`; returns an
        error message or ``None``.
    parent
        Parent widget.
    """

    def __init__(self, criterion: Criterion, validator: Validator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criterionDialog")
        self._original = criterion
        self._validator = validator
        self._result: Criterion | None = None
        self._ready = False  # no validation until every field exists
        self.setWindowTitle(self.tr("Edit group") if criterion.is_group else self.tr("Edit criterion"))
        self.setAccessibleName(self.windowTitle())

        self.name_edit = self._line("nameEdit", self.tr("Name"), criterion.name)
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.name_edit.setAccessibleDescription(self.tr("The name shown in the score matrix, weights and reports"))
        self.description_edit = QPlainTextEdit(criterion.description, self)
        named(self.description_edit, "descriptionEdit", self.tr("Description"))
        self.description_edit.setAccessibleDescription(self.tr("What is measured and why; Tab moves on"))
        self.description_edit.setTabChangesFocus(True)
        lines_high(self.description_edit, 4)  # issue 6: grows with the system font (was 70 px)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        self._label_buddies(form)

        body = QWidget(self)  # QA 17: the fields scroll when the screen is too short for them; OK stays in sight
        body.setObjectName("criterionBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        # The minimum size follows the contents, so a larger system font cannot squeeze a label under its
        # field or cut a column title (a fixed setMinimumWidth(520) used to override the layout's minimum).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        margins = layout.contentsMargins()
        layout.addStrut(MIN_WIDTH_PX - margins.left() - margins.right())
        layout.addLayout(form)

        self.direction_combo = QComboBox(self)
        self.direction_note = QLabel(self)
        self.unit_edit = self._line("unitEdit", self.tr("Unit"), criterion.unit)
        self.unit_edit.setAccessibleDescription(self.tr("Unit of the scores, such as $bn or days; may be left empty"))
        self.kind_combo = QComboBox(self)
        self.lower_edit = self._line("lowerEdit", self.tr("Lower bound"), "")
        self.lower_edit.setAccessibleDescription(self.tr("The lowest score the scale allows"))
        self.upper_edit = self._line("upperEdit", self.tr("Upper bound"), "")
        self.upper_edit.setAccessibleDescription(self.tr("The highest score the scale allows"))
        self.points_table = QTableWidget(0, 2, self)
        self.points_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self._bounds: tuple[float, float] | None = None  # the last valid bounds, which end points follow
        self.levels_table = QTableWidget(0, 3, self)
        self.levels_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        if criterion.is_group:
            for w in (self.direction_combo, self.direction_note, self.unit_edit, self.kind_combo, self.lower_edit,
                      self.upper_edit, self.points_table, self.levels_table):
                w.hide()  # groups are not measured; these stay out of the layout
        else:
            layout.addWidget(self._build_scale_box(criterion))
            # Tab follows the screen: Scale type sits above Direction and Unit (it was made after them)
            chain = (self.description_edit, self.kind_combo, self.direction_combo, self.unit_edit, self.lower_edit)
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)

        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setAccessibleName(self.tr("Problems"))
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)  # names and labels show as typed
        set_tone(self.problems_label, "error")  # issue 6: follows the system palette
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.problems_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("dialogButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        named(self.ok_button, "okButton", self.tr("OK"))
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelButton", self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(BodyScroll(body, self), 1)
        outer.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self.revalidate)
        self.description_edit.textChanged.connect(self.revalidate)
        self._ready = True
        self.revalidate()

    # ------------------------------------------------------------ building
    _parse = staticmethod(parse_number)

    def _line(self, name: str, accessible: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        named(edit, name, accessible)
        return edit

    @staticmethod
    def _label_buddies(form: QFormLayout) -> None:
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(field.widget())

    def _build_scale_box(self, crit: Criterion) -> QGroupBox:
        box = QGroupBox(self.tr("Measurement"), self)
        box.setObjectName("measurementBox")
        named(self.direction_combo, "directionCombo", self.tr("Direction"))
        self.direction_combo.setAccessibleDescription(self.tr("Whether a higher or a lower score is better"))
        self.direction_combo.addItem(self.tr("Higher is better"), Direction.HIGHER_BETTER)
        self.direction_combo.addItem(self.tr("Lower is better"), Direction.LOWER_BETTER)
        self.direction_combo.setCurrentIndex(0 if crit.direction is Direction.HIGHER_BETTER else 1)
        named(self.kind_combo, "scaleKindCombo", self.tr("Scale type"))
        self.kind_combo.setAccessibleDescription(self.tr("A number between two bounds, or named levels"))
        self.kind_combo.addItem(self.tr("Numeric (a number between two bounds)"))
        self.kind_combo.addItem(self.tr("Qualitative (named levels)"))

        form = QFormLayout()
        form.addRow(self.tr("Scale &type:"), self.kind_combo)
        form.addRow(self.tr("D&irection:"), self.direction_combo)
        named(self.direction_note, "directionNote", self.tr("Which direction applies"))
        self.direction_note.setAccessibleDescription(self.tr("Says which scores count as better, and why"))
        self.direction_note.setWordWrap(True)
        self.direction_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.direction_note)
        form.addRow(self.tr("&Unit:"), self.unit_edit)
        self._label_buddies(form)

        self.stack = QStackedWidget(box)
        self.stack.setObjectName("scaleStack")
        self.stack.addWidget(self._build_numeric_page())
        self.stack.addWidget(self._build_levels_page())

        scale = crit.scale
        if isinstance(scale, NumericScale):
            # as the matrix writes them (QA 22 item 2: f"{x:g}" wrote 1234567 as 1.23457e+06, read back as 1234570)
            self.lower_edit.setText(plain_number(scale.lower))
            self.upper_edit.setText(plain_number(scale.upper))
            self._fill_points(list(scale.breakpoints))
            self._fill_levels([])
            self.kind_combo.setCurrentIndex(NUMERIC)
        elif isinstance(scale, QualitativeScale):
            self.lower_edit.setText("0")
            self.upper_edit.setText("10")
            self._fill_levels(list(scale.levels), keep_origin=True)
            self.kind_combo.setCurrentIndex(QUALITATIVE)
        self._follow_bounds()  # remembers the bounds the end points sit on
        self._on_kind_changed(self.kind_combo.currentIndex())

        col = QVBoxLayout(box)
        col.addLayout(form)
        col.addWidget(self.stack)
        for w in (self.lower_edit, self.upper_edit):
            w.textChanged.connect(self._follow_bounds)  # before revalidate: the end points move first
        for w in (self.lower_edit, self.upper_edit, self.unit_edit):
            w.textChanged.connect(self.revalidate)
        self.direction_combo.currentIndexChanged.connect(self.revalidate)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.levels_table.itemChanged.connect(self.revalidate)
        return box

    def _build_numeric_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Lower bound:"), self.lower_edit)
        form.addRow(self.tr("U&pper bound:"), self.upper_edit)
        self._label_buddies(form)
        self._build_points_box(form, page)
        return page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """The height the contents ask for, within the screen less a title bar (QA 17; Qt's own undercounts
        wrapped notes), also as the notes grow (QA 22 item 15: a breakpoint lengthens two notes, and the
        buttons under the table went out of sight); on a screen too short, keep the table's buttons in view."""
        fit_height(self)
        focus, scroll = self.focusWidget(), self.findChild(BodyScroll)
        button = self.findChild(QWidget, "removeBreakpointButton")
        if scroll and button and focus and (focus is self.points_table or self.points_table.isAncestorOf(focus)):
            scroll.ensureWidgetVisible(button, 0, 0)
            scroll.ensureWidgetVisible(focus)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and not self._original.is_group:
            QTimer.singleShot(0, self, self._fit_levels_table)  # once the table has the new font too

    def _on_kind_changed(self, kind: int) -> None:
        self.stack.setCurrentIndex(kind)
        for i in range(self.stack.count()):  # size the stack to the visible page only
            policy = QSizePolicy.Policy.Preferred if i == kind else QSizePolicy.Policy.Ignored
            self.stack.widget(i).setSizePolicy(policy, policy)
        if self.isVisible():  # on first show Qt sizes the dialog to its contents (doing it here, half built, stuck)
            fit_to_screen(self)
        qualitative = kind == QUALITATIVE
        # Levels carry their own values, so direction and unit do not apply to them (see _sync_direction).
        self.unit_edit.setEnabled(not qualitative)
        if qualitative and self.levels_table.rowCount() == 0:
            self._fill_levels([Level(label=self.tr("Poor"), value=0), Level(label=self.tr("Good"), value=100)])
        self.revalidate()

    # ------------------------------------------------------------ validation
    def _build(self, problems: list[str]) -> Criterion | None:
        name = self.name_edit.text().strip()
        if not name:
            problems.append(self.tr("Name: must not be empty."))
        data = {**self._original.model_dump(), "name": name,
                "description": self.description_edit.toPlainText().strip()}
        if not self._original.is_group:
            data["direction"] = self.direction_combo.currentData()
            data["unit"] = self.unit_edit.text().strip()
            scale = self._scale(problems)
            data["scale"] = scale.model_dump() if scale is not None else None
        if problems:
            return None
        try:
            return Criterion.model_validate(data)
        except ValidationError as exc:
            problems.append(str(from_validation_error(exc)))
            return None

    def revalidate(self) -> None:
        """Rebuild the criterion from the fields, list problems and enable OK accordingly."""
        if not self._ready:
            return
        self._sync_direction()
        problems: list[str] = []
        result = self._build(problems)
        if result is not None and self._validator is not None and result != self._original:
            message = self._validator(result, self.level_renames())
            if message:
                problems.append(message)
                result = None
        self._result = result
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        self.ok_button.setEnabled(result is not None)
        if self.isVisible():  # once the notes have their new text laid out
            QTimer.singleShot(0, self, self._fit_height)

    def _sync_direction(self) -> None:
        """Show the direction that applies: the breakpoints' while there are any, else the chosen one."""
        if self._original.is_group:
            return
        kind = self.kind_combo.currentIndex()
        self._update_points_hint()
        points = self.current_points()
        kept = kind == NUMERIC and self.points_table.rowCount() > 0 and len(points) >= 2
        implied = _direction.implied_direction(points) if kept else None
        if implied is not None and Direction(self.direction_combo.currentData()) is not implied:
            self.direction_combo.blockSignals(True)  # the value function decides; the combo says so
            self.direction_combo.setCurrentIndex(self.direction_combo.findData(implied))
            self.direction_combo.blockSignals(False)
        self.direction_combo.setEnabled(kind == NUMERIC and not kept)
        if kind == QUALITATIVE:
            note = _direction.levels_note()
        elif kept:
            note = _direction.piecewise_note(points)
        else:
            note = _direction.linear_note(Direction(self.direction_combo.currentData()),
                                          parse_number(self.lower_edit.text()),
                                          parse_number(self.upper_edit.text()))
        self.direction_note.setText(note)
        self.direction_combo.setToolTip(note)
        self.direction_combo.setAccessibleDescription(note)

    def problems(self) -> list[str]:
        """The problems currently listed (empty when the input is valid)."""
        text = self.problems_label.text()
        return text.split("\n") if text else []

    def criterion(self) -> Criterion | None:
        """The edited criterion, or ``None`` while the input is invalid."""
        return self._result

    def accept(self) -> None:
        self.revalidate()
        if self._result is not None:
            super().accept()

