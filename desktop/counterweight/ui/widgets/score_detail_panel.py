"""Side panel for one score: value, plausible range, rationale and evidence.

Edits collect in the panel and are committed together as one ``SetScore`` edit (one
undo step) on Apply / Ctrl+Return, or when keyboard focus leaves the panel. Input
that does not fit the scale is shown in the panel and not committed.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import (
    Criterion,
    EvidenceRef,
    NumericScale,
    QualitativeScale,
    Score,
    from_validation_error,
)
from counterweight.domain.elements import check_score_against_scale
from counterweight.domain.errors import CounterweightError, InvalidInputError
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import SetScore
from counterweight.ui.models.score_table_model import describe_scale, format_number
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.evidence_passages import EvidencePassages  # issue 4: evidence

#: Item data of an evidence row's first cell: the stored EvidenceRef (issue 4: evidence).
_REF_ROLE = Qt.ItemDataRole.UserRole + 1

_ERROR_STYLE = (
    "QLabel { background: #FDECEA; color: #5F2120; border: 1px solid #D55E00;"
    " border-radius: 3px; padding: 4px 6px; }"
)


class ScoreDetailPanel(QWidget):
    """Shows and edits one cell of the score matrix.

    Signals
    -------
    committed(str, str)
        A change to ``(option_id, criterion_id)`` was applied.
    """

    committed = Signal(str, str)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._key: tuple[str, str] | None = None
        self._criterion: Criterion | None = None
        self._loading = False
        self._dirty = False
        self.setObjectName("scoreDetailPanel")
        self.setAccessibleName(self.tr("Score details"))
        self._build()
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self.clear)
        self.clear()

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("scoreDetailTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.scale_label = QLabel(self)
        self.scale_label.setObjectName("scoreDetailScale")
        self.scale_label.setWordWrap(True)
        self.scale_label.setTextFormat(Qt.TextFormat.PlainText)

        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("scoreDetailValue")
        self.value_edit.setAccessibleName(self.tr("Score value"))
        self.value_edit.setPlaceholderText(self.tr("empty = no score"))
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("scoreDetailLevel")
        self.level_combo.setAccessibleName(self.tr("Score level"))
        self.value_stack = QStackedWidget(self)
        self.value_stack.addWidget(self.value_edit)
        self.value_stack.addWidget(self.level_combo)
        self.value_stack.setSizePolicy(self.value_edit.sizePolicy())
        self.value_stack.setMaximumHeight(self.level_combo.sizeHint().height() + 4)

        self.range_check = QCheckBox(self.tr("Give a plausible range"), self)
        self.range_check.setObjectName("scoreDetailRangeToggle")
        self.range_check.setAccessibleName(self.tr("Give a plausible range"))
        self.low_spin = self._spin("scoreDetailLow", self.tr("Low end of the range"))
        self.high_spin = self._spin("scoreDetailHigh", self.tr("High end of the range"))
        range_row = QHBoxLayout()
        range_row.addWidget(self.low_spin, 1)
        range_row.addWidget(QLabel(self.tr("to"), self))
        range_row.addWidget(self.high_spin, 1)

        self.rationale_edit = QPlainTextEdit(self)
        self.rationale_edit.setObjectName("scoreDetailRationale")
        self.rationale_edit.setAccessibleName(self.tr("Rationale"))
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setPlaceholderText(self.tr("Why this score? Cite the reasoning."))

        self.evidence_table = QTableWidget(0, 3, self)
        self.evidence_table.setObjectName("scoreDetailEvidence")
        self.evidence_table.setAccessibleName(self.tr("Evidence"))
        self.evidence_table.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Locator"), self.tr("Note")])
        self.evidence_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.evidence_table.verticalHeader().hide()
        self.evidence_table.setTabKeyNavigation(False)
        self.evidence_table.setWordWrap(True)
        self.evidence_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_evidence_button = QPushButton(self.tr("Add source"), self)
        self.add_evidence_button.setObjectName("scoreDetailAddEvidence")
        self.add_evidence_button.setAccessibleName(self.tr("Add an evidence row"))
        self.remove_evidence_button = QPushButton(self.tr("Remove source"), self)
        self.remove_evidence_button.setObjectName("scoreDetailRemoveEvidence")
        self.remove_evidence_button.setAccessibleName(self.tr("Remove the selected evidence row"))
        evidence_buttons = QHBoxLayout()
        evidence_buttons.addWidget(self.add_evidence_button)
        evidence_buttons.addWidget(self.remove_evidence_button)
        evidence_buttons.addStretch(1)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("scoreDetailError")
        self.error_label.setAccessibleName(self.tr("Problem with this score"))
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()

        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setObjectName("scoreDetailApply")
        self.apply_button.setAccessibleName(self.tr("Apply the changes to this score"))
        self.apply_button.setToolTip(self.tr("Apply (Ctrl+Return)"))
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("scoreDetailRevert")
        self.revert_button.setAccessibleName(self.tr("Discard the changes to this score"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Score"), self.value_stack)
        form.addRow(self.range_check)
        form.addRow(self.tr("Range"), range_row)
        form.addRow(self.tr("Rationale"), self.rationale_edit)

        # Two columns so the panel reads well in a wide strip under the score matrix:
        # the score and its rationale on the left, the evidence behind it on the right.
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.scale_label)
        left.addLayout(form, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Evidence"), self))
        right.addWidget(self.evidence_table, 1)
        right.addLayout(evidence_buttons)
        # issue 4: passages of library sources linked to this score, with "Remove link"
        self.passages = EvidencePassages(self._controller, self, before_edit=self.apply)
        right.addWidget(self.passages, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        for sig in (self.value_edit.textEdited, self.level_combo.activated, self.range_check.toggled,
                    self.low_spin.valueChanged, self.high_spin.valueChanged,
                    self.rationale_edit.textChanged, self.evidence_table.itemChanged):
            sig.connect(self._mark_dirty)
        self.range_check.toggled.connect(self._sync_range_enabled)
        for w in (self.value_edit, self.level_combo, self.range_check, self.low_spin, self.high_spin,
                  self.rationale_edit, self.evidence_table, self.add_evidence_button,
                  self.remove_evidence_button):
            w.installEventFilter(self)
        self.evidence_table.itemDelegate().closeEditor.connect(
            lambda *_: QTimer.singleShot(0, self, self._commit_if_focus_left))
        self.add_evidence_button.clicked.connect(self.add_evidence_row)
        self.remove_evidence_button.clicked.connect(self.remove_evidence_row)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.revert)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.apply)

    def _spin(self, name: str, accessible: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setDecimals(2)
        spin.setKeyboardTracking(False)
        return spin

    # ------------------------------------------------------------ state
    @property
    def dirty(self) -> bool:
        """True when the panel holds changes that are not applied yet."""
        return self._dirty

    def _mark_dirty(self, *_: Any) -> None:
        if not self._loading and self._key is not None:
            self._dirty = True
            self.apply_button.setEnabled(True)
            self.revert_button.setEnabled(True)

    def _sync_range_enabled(self) -> None:
        on = self.range_check.isChecked() and self.range_check.isEnabled()
        self.low_spin.setEnabled(on)
        self.high_spin.setEnabled(on)

    def clear(self) -> None:
        """Show nothing (no cell selected)."""
        self._key, self._criterion, self._dirty = None, None, False
        self.title.setText(self.tr("Select a cell of the score matrix to see its details."))
        self.scale_label.clear()
        self._loading = True
        self.value_edit.clear()
        self.rationale_edit.clear()
        self.evidence_table.setRowCount(0)
        self._loading = False
        self.passages.clear()  # issue 4: evidence
        self.error_label.hide()
        for w in (self.value_stack, self.range_check, self.low_spin, self.high_spin, self.rationale_edit,
                  self.evidence_table, self.add_evidence_button, self.remove_evidence_button,
                  self.apply_button, self.revert_button):
            w.setEnabled(False)

    def show_cell(self, option_id: str, criterion_id: str) -> None:
        """Show the score of ``option_id`` on ``criterion_id`` (pending changes are applied first)."""
        if self._dirty and self._key != (option_id, criterion_id):
            self.apply()
        ctl = self._controller
        if not ctl.has_session or not ctl.decision.has_option(option_id) \
                or not ctl.decision.has_criterion(criterion_id) or ctl.decision.criterion(criterion_id).is_group:
            self.clear()
            return
        self._key = (option_id, criterion_id)
        self._load()

    def revert(self) -> None:
        """Throw away pending changes and show the stored score again."""
        if self._key is not None:
            self._load()

    def _load(self) -> None:
        assert self._key is not None
        decision = self._controller.decision
        option_id, criterion_id = self._key
        crit = decision.criterion(criterion_id)
        self._criterion = crit
        score = decision.score(option_id, criterion_id)
        self._loading = True
        try:
            self.title.setText(f"{decision.option(option_id).name} × {decision.path_name(criterion_id)}")
            scale_text = self.tr("Scale: {0}").format(describe_scale(crit))
            numeric = isinstance(crit.scale, NumericScale)
            if isinstance(crit.scale, QualitativeScale):
                scale_text += "".join(f"\n• {lv.label}" + (f" – {lv.descriptor}" if lv.descriptor else "")
                                      for lv in crit.scale.levels)
                self.level_combo.clear()
                self.level_combo.addItem(self.tr("(no score)"), "")
                for lv in crit.scale.levels:
                    self.level_combo.addItem(lv.label, lv.label)
                    self.level_combo.setItemData(self.level_combo.count() - 1, lv.descriptor,
                                                 Qt.ItemDataRole.ToolTipRole)
                at = self.level_combo.findData(score.level if score and score.level else "")
                self.level_combo.setCurrentIndex(max(0, at))
                self.value_stack.setCurrentWidget(self.level_combo)
            else:
                self.value_edit.setText(format_number(score.value) if score and score.value is not None else "")
                self.value_stack.setCurrentWidget(self.value_edit)
            self.scale_label.setText(scale_text)
            has_range = bool(score and (score.low is not None or score.high is not None))
            if numeric:
                assert isinstance(crit.scale, NumericScale)
                for spin in (self.low_spin, self.high_spin):
                    spin.setRange(crit.scale.lower, crit.scale.upper)
                self.low_spin.setValue(score.low if score and score.low is not None else crit.scale.lower)
                self.high_spin.setValue(score.high if score and score.high is not None else crit.scale.upper)
            for spin in (self.low_spin, self.high_spin):
                spin.setToolTip(self.tr("In {0}").format(crit.unit) if numeric and crit.unit else "")
            self.range_check.setChecked(numeric and has_range)
            self.rationale_edit.setPlainText(score.rationale if score else "")
            self.evidence_table.setRowCount(0)
            for ev in score.evidence if score else []:
                self._append_evidence(ev.source, ev.locator, ev.note, ref=ev)
        finally:
            self._loading = False
        self.passages.show_score(option_id, criterion_id)  # issue 4: evidence
        self._dirty = False
        self.error_label.hide()
        for w in (self.value_stack, self.rationale_edit, self.evidence_table,
                  self.add_evidence_button, self.remove_evidence_button):
            w.setEnabled(not self._controller.read_only)
        self.range_check.setEnabled(numeric and not self._controller.read_only)
        self._sync_range_enabled()
        self.apply_button.setEnabled(False)
        self.revert_button.setEnabled(False)

    # ------------------------------------------------------------ evidence rows
    def _append_evidence(self, source: str = "", locator: str = "", note: str = "",
                         ref: EvidenceRef | None = None) -> int:
        row = self.evidence_table.rowCount()
        self.evidence_table.insertRow(row)
        for col, text in enumerate((source, locator, note)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.evidence_table.setItem(row, col, item)
        if ref is not None:  # issue 4: keep the link, passage and credibility the table does not show
            self.evidence_table.item(row, 0).setData(_REF_ROLE, ref)
            if ref.quote:
                self.evidence_table.item(row, 0).setToolTip(f"{source}\n\u201c{ref.quote[:500]}\u201d")
        self.evidence_table.resizeRowToContents(row)
        return row

    def add_evidence_row(self) -> None:
        """Add an empty evidence row and start editing its source."""
        row = self._append_evidence()
        self._mark_dirty()
        self.evidence_table.setCurrentCell(row, 0)
        self.evidence_table.editItem(self.evidence_table.item(row, 0))

    def remove_evidence_row(self) -> None:
        """Remove the current evidence row."""
        row = self.evidence_table.currentRow()
        if row >= 0:
            self.evidence_table.removeRow(row)
            self._mark_dirty()

    # ------------------------------------------------------------ committing
    def build_score(self) -> Score | None:
        """The score the panel currently describes (``None``: no score and no notes).

        Raises
        ------
        InvalidInputError
            With a message naming the cell and what is wrong.
        """
        assert self._key is not None and self._criterion is not None
        option_id, criterion_id = self._key
        crit = self._criterion
        decision = self._controller.decision
        where = f"{decision.option(option_id).name} × {crit.name}"
        data: dict[str, Any] = {"option_id": option_id, "criterion_id": criterion_id,
                                "rationale": self.rationale_edit.toPlainText().strip()}
        if isinstance(crit.scale, QualitativeScale):
            data["level"] = self.level_combo.currentData() or None
        else:
            text = self.value_edit.text().strip()
            if text:
                try:
                    data["value"] = float(text.replace(",", "."))
                except ValueError:
                    raise InvalidInputError(self.tr("“{0}” is not a number. Enter a number from {1}.").format(
                        text, describe_scale(crit)), where=where) from None
                if isinstance(crit.scale, NumericScale) and not crit.scale.contains(data["value"]):
                    raise InvalidInputError(self.tr("the value {0} is outside the scale ({1}).").format(
                        format_number(data["value"]), describe_scale(crit)), where=where)
            if self.range_check.isChecked():
                data["low"], data["high"] = self.low_spin.value(), self.high_spin.value()
        evidence = []
        for row in range(self.evidence_table.rowCount()):
            cells = [(self.evidence_table.item(row, c).text().strip() if self.evidence_table.item(row, c) else "")
                     for c in range(3)]
            if not any(cells):
                continue
            if not cells[0]:
                raise InvalidInputError(self.tr("evidence row {0} needs a source.").format(row + 1), where=where)
            first = self.evidence_table.item(row, 0)
            ref = first.data(_REF_ROLE) if first is not None else None  # issue 4: keep linked fields
            kept = ref.model_dump() if isinstance(ref, EvidenceRef) else {}
            evidence.append({**kept, "source": cells[0], "locator": cells[1], "note": cells[2]})
        data["evidence"] = evidence
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

    def apply(self) -> bool:
        """Commit the panel's changes as one edit. Returns ``False`` (and shows why) if refused."""
        self._flush_open_editors()
        if self._key is None or not self._dirty:
            return True
        try:
            score = self.build_score()
        except CounterweightError as exc:
            self._show_error(str(exc))
            return False
        option_id, criterion_id = self._key
        if score == self._controller.decision.score(option_id, criterion_id):
            self._load()
            return True
        error = self._controller.submit(SetScore(option_id, criterion_id, score))
        if error:
            self._show_error(error)
            return False
        self._load()
        self.committed.emit(option_id, criterion_id)
        return True

    def _flush_open_editors(self) -> None:
        """Take in text still sitting in an open evidence cell editor or spin box."""
        focus = QApplication.focusWidget()
        table = self.evidence_table
        if focus is not None and focus is not table and table.isAncestorOf(focus):
            table.commitData(focus)
        for spin in (self.low_spin, self.high_spin):
            spin.interpretText()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # ------------------------------------------------------------ reactions
    def _on_changed(self, changes: ChangeSet) -> None:
        if self._key is None:
            return
        ctl = self._controller
        option_id, criterion_id = self._key
        if not ctl.decision.has_option(option_id) or not ctl.decision.has_criterion(criterion_id) \
                or ctl.decision.criterion(criterion_id).is_group:
            self.clear()
            return
        touched = (changes.structural or Part.PROJECT in changes.parts
                   or self._key in changes.cells
                   or (Part.CRITERIA in changes.parts and criterion_id in changes.criterion_ids)
                   or (Part.OPTIONS in changes.parts and option_id in changes.option_ids))
        if touched and not self._dirty:
            self._load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusOut and self._dirty \
                and event.reason() != Qt.FocusReason.PopupFocusReason:
            QTimer.singleShot(0, self, self._commit_if_focus_left)
        return super().eventFilter(watched, event)

    def _commit_if_focus_left(self) -> None:
        """Apply pending changes once keyboard focus has moved outside the panel."""
        if not self._dirty:
            return
        focus = QApplication.focusWidget()
        if focus is None or not (focus is self or self.isAncestorOf(focus)):
            self.apply()


__all__ = ["ScoreDetailPanel"]
