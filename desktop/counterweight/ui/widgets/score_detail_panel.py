"""Side panel for one score: value, plausible range, rationale and evidence.

Edits collect in the panel and are committed together as one ``SetScore`` edit (one
undo step) on Apply / Ctrl+Return (Enter in the Score box), or when keyboard focus
leaves the panel; and before the project is left, saved or exported
(:meth:`ScoreDetailPanel.commit_pending_edits`), since focus leaving for a menu opened
with the mouse is not "leaving" (see :meth:`ScoreDetailPanel.eventFilter`). Input that
does not fit the scale is shown in the panel and not committed. The undo keys in its
boxes undo the typing, or, with none, the project (:mod:`counterweight.ui.pending_edits`).

The panel follows the controller's view (issue 4: analysts): a caption says which
view it shows; in an analyst's view it shows that analyst's own score, or the
shared value they fall back to (and says so), and edits become the analyst's own
score (``SetAnalystScore``; "Use shared value" removes it); in the group view it
shows the aggregate, read-only, with the reason.

The controls are made and placed by :mod:`counterweight.ui.widgets.score_detail_layout`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from counterweight.domain import Criterion, NumericScale, QualitativeScale, Score
from counterweight.domain.errors import CounterweightError
from counterweight.services.analyst_edits import SetAnalystScore  # issue 4: analysts
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import SetScore
from counterweight.services.score_labels import score_change_label  # QA 24: "Set rationale", not "Set score"
from counterweight.ui.models.score_text import format_number
from counterweight.ui.pending_edits import ProjectUndoKeys
from counterweight.ui.engine_text import error_text
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets import score_detail_parts as parts
from counterweight.ui.widgets.kept_focus import set_enabled  # session 28
from counterweight.ui.widgets.score_detail_layout import build_score_detail_panel


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
        self._source: parts.CellSource | None = None  # issue 4: analysts: whose score is shown, at load time
        self._shown_value: tuple[str, float] | None = None  # the value box's text at load, and the stored value
        self.setObjectName("scoreDetailPanel")
        self.setAccessibleName(self.tr("Score details"))
        self._build()
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self.clear)
        controller.viewChanged.connect(self._on_view_changed)  # issue 4: analysts
        controller.add_pending_edits(self)  # applied before the project is left, saved or exported
        self.clear()

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        build_score_detail_panel(self, self._controller, before_edit=self.apply)  # the controls and their places
        self.passages.focus_after_last.connect(lambda: self.rationale_edit.setFocus(Qt.FocusReason.OtherFocusReason))
        for sig in (self.value_edit.textEdited, self.level_combo.activated, self.range_check.toggled,
                    self.low_spin.valueChanged, self.high_spin.valueChanged,
                    self.rationale_edit.textChanged, self.evidence.edited):
            sig.connect(self._mark_dirty)
        self.range_check.toggled.connect(self._sync_range_enabled)
        watched = (self.value_edit, self.level_combo, self.range_check, self.low_spin, self.high_spin,
                   self.rationale_edit, self.evidence_table, self.add_evidence_button,
                   self.remove_evidence_button)
        for w in watched:
            w.installEventFilter(self)
        # Ctrl+Z here undoes the typing, or with none the project, once the panel's other changes are in
        ProjectUndoKeys(self, before=self.apply).watch(*watched)
        self.value_edit.returnPressed.connect(self.apply)  # Enter applies the score, as Ctrl+Return does
        self.evidence_table.itemDelegate().closeEditor.connect(
            lambda *_: QTimer.singleShot(0, self, self._commit_if_focus_left))
        self.use_shared_button.clicked.connect(self.use_shared_value)  # issue 4: analysts
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.revert)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.apply)

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
        if on and not self._loading and self._shown_value is not None \
                and self.low_spin.value() == self.low_spin.minimum() \
                and self.high_spin.value() == self.high_spin.maximum():
            # a new range starts at the score, to be widened: the whole scale, the old
            # default, was saved as a claim of total uncertainty when left as it was
            value = self._shown_value[1]
            for spin in (self.low_spin, self.high_spin):
                spin.setValue(value)

    def clear(self) -> None:
        """Show nothing (no cell selected)."""
        self._key, self._criterion, self._dirty, self._source = None, None, False, None
        self._shown_value = None
        self.source_label.hide()  # issue 4: analysts
        self.use_shared_button.hide()
        self.title.setText(self.tr("Select a cell of the score matrix to see its details."))
        self.scale_text.setText("")
        self._loading = True
        self.value_edit.clear()
        self.rationale_edit.clear()
        self.evidence.load([])
        self._loading = False
        self.passages.clear()  # issue 4: evidence
        self.error_label.hide()
        for w in (self.value_stack, self.range_check, self.low_spin, self.high_spin, self.rationale_edit,
                  self.evidence_table, self.add_evidence_button, self.remove_evidence_button,
                  self.apply_button, self.revert_button):
            w.setEnabled(False)

    @property
    def cell(self) -> tuple[str, str] | None:
        """The ``(option_id, criterion_id)`` shown, or ``None``."""
        return self._key

    def show_cell(self, option_id: str, criterion_id: str) -> bool:
        """Show the score of ``option_id`` on ``criterion_id``; pending changes are applied first.

        Returns ``False`` when those changes are refused (a value outside the scale, a
        full disk...): the panel then stays on its cell with the typed changes and the
        reason shown, so nothing typed is lost; the caller should select that cell again.
        """
        if self._dirty and self._key == (option_id, criterion_id):
            return True  # back on the cell being edited: keep what was typed
        if self._dirty and not self.apply():
            return False
        ctl = self._controller
        if not ctl.has_session or not ctl.decision.has_option(option_id) \
                or not ctl.decision.has_criterion(criterion_id) or ctl.decision.criterion(criterion_id).is_group:
            self.clear()
            return True
        self._key = (option_id, criterion_id)
        self._load()
        return True

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
        source = self._source = parts.cell_source(self._controller, option_id, criterion_id)  # issue 4: analysts
        score = source.score
        self._loading = True
        try:
            self._show_title()
            numeric = isinstance(crit.scale, NumericScale)
            if isinstance(crit.scale, QualitativeScale):
                parts.fill_levels(self.level_combo, crit.scale, score.level if score else None)
                self.value_stack.setCurrentWidget(self.level_combo)
            else:
                self.value_edit.setText(format_number(score.value) if score and score.value is not None else "")
                self._shown_value = (self.value_edit.text(), score.value) \
                    if score and score.value is not None else None
                self.value_stack.setCurrentWidget(self.value_edit)
            self.scale_text.setText(parts.scale_text(crit))
            has_range = bool(score and (score.low is not None or score.high is not None))
            if numeric:
                assert isinstance(crit.scale, NumericScale)
                for spin in (self.low_spin, self.high_spin):
                    spin.setRange(crit.scale.lower, crit.scale.upper)
                # kept: an untouched end comes back exactly, not rounded to what the box shows
                self.low_spin.set_kept(score.low if score and score.low is not None else crit.scale.lower)
                self.high_spin.set_kept(score.high if score and score.high is not None else crit.scale.upper)
            for spin in (self.low_spin, self.high_spin):
                spin.setToolTip(self.tr("In {0}").format(crit.unit) if numeric and crit.unit else "")
            self.range_check.setChecked(numeric and has_range)
            self.rationale_edit.setPlainText(score.rationale if score else "")
            self.evidence.load(list(score.evidence) if score else [], decision.cited_name)
        finally:
            self._loading = False
        self.passages.show_score(option_id, criterion_id)  # issue 4: evidence
        self._dirty = False
        self.error_label.hide()
        editable = source.editable and not self._controller.read_only  # issue 4: analysts
        self._show_source(source)
        for w in (self.value_stack, self.rationale_edit, self.evidence_table,
                  self.add_evidence_button, self.remove_evidence_button):
            w.setEnabled(editable)
        self.range_check.setEnabled(numeric and editable)
        self._sync_range_enabled()
        # session 28: Apply or Revert, disabled once pressed, hands the focus to the score (not the passages)
        set_enabled([(self.apply_button, False), (self.revert_button, False)],
                    focus_to=[self.value_stack.currentWidget(), self.rationale_edit])

    def _show_title(self) -> None:
        """Name the cell: the option and the criterion's path (its groups, then its own name)."""
        assert self._key is not None
        decision = self._controller.decision
        option_id, criterion_id = self._key
        self.title.setText(f"{decision.option(option_id).name} × {decision.path_name(criterion_id)}")

    # issue 4: analysts -------------------------------------------------------
    def _show_source(self, source: parts.CellSource) -> None:
        """Say whose score is shown; in a group view, why it cannot be edited here."""
        self.source_label.setText(source.note)
        self.source_label.setAccessibleDescription(source.note)
        self.source_label.setVisible(bool(source.note))
        self.use_shared_button.setVisible(source.analyst_id is not None and source.stored is not None)
        self.use_shared_button.setEnabled(not self._controller.read_only)
        # QA pass 19: an analyst's rationale box starts empty; the shared score's rationale shows greyed, so named
        base = self._controller.decision.score(*self._key) if source.analyst_id is not None and self._key else None
        self.rationale_edit.setPlaceholderText(self.tr("Shared score's rationale: {0}").format(base.rationale)
                                               if base is not None and base.rationale
                                               else self.tr("Why this score? Cite the reasoning."))
        shared = self._controller.view is None  # library passages are linked to the shared scores
        self.passages.setEnabled(shared)
        self.passages.setToolTip("" if shared else self.tr(
            "Library passages are linked to the shared scores; switch to the shared inputs to manage them."))

    def use_shared_value(self) -> bool:
        """In an analyst's view, remove their own score of this cell (one undo step)."""
        source = self._source
        if self._key is None or source is None or source.analyst_id is None or source.stored is None:
            return False
        error = self._controller.submit(SetAnalystScore(source.analyst_id, *self._key, None))
        if error:
            self._show_error(error)
            return False
        self._load()
        self.committed.emit(*self._key)
        return True

    def _on_view_changed(self, _view: object) -> None:
        """Pending changes go to the view they were typed in; then show the cell in the new view."""
        if self._key is None or (self._dirty and not self.apply()):
            return
        if self._key is not None:
            self._load()
    # ------------------------------------------------------------ end issue 4: analysts

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
            text, shown = self.value_edit.text(), self._shown_value
            # the value as loaded (format_number shows six significant digits) comes back exactly
            value = shown[1] if shown is not None and text.strip() == shown[0] else \
                parts.parse_value(text, crit, where)
            if value is not None:
                data["value"] = value
            if self.range_check.isChecked():
                data["low"], data["high"] = self.low_spin.kept_value(), self.high_spin.kept_value()
        data["evidence"] = self.evidence.rows(where)
        return parts.finish_score(data, crit, where)

    def apply(self) -> bool:
        """Commit the panel's changes as one edit. Returns ``False`` (and shows why) if refused."""
        self._flush_open_editors()
        if self._key is None or not self._dirty:
            return True
        try:
            score = self.build_score()
        except CounterweightError as exc:
            self._show_error(error_text(exc))
            return False
        option_id, criterion_id = self._key
        source = self._source  # issue 4: analysts: the view the changes were typed in
        if source is not None and not source.editable:
            self._show_error(source.note)
            return False
        shown = source.score if source is not None else self._controller.decision.score(option_id, criterion_id)
        if score == shown:
            self._load()
            return True
        edit = SetScore(option_id, criterion_id, score, score_change_label(shown, score)) \
            if source is None or source.analyst_id is None else \
            SetAnalystScore(source.analyst_id, option_id, criterion_id, score)  # issue 4: analysts
        error = self._controller.submit(edit)
        if error:
            self._show_error(error)
            return False
        self._load()
        self.committed.emit(option_id, criterion_id)
        return True

    def commit_pending_edits(self) -> str | None:
        """Apply the changes typed here (before the project is left, saved or exported).

        ``None`` when applied or nothing was pending; else what could not be applied and
        why (also shown in the panel, which takes the keyboard focus to correct it).
        """
        if self.apply():
            return None
        field = self.value_stack.currentWidget()
        if field is not None and field.isEnabled():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.tr("The change typed in the score details could not be applied.\n\n{0}").format(
            self.error_label.text())

    def _flush_open_editors(self) -> None:
        """Take in text still sitting in an open evidence cell editor or spin box."""
        self.evidence.flush_editor()
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
                   or (ctl.view is not None and changes.touches(Part.SCORES, Part.INFO, Part.METHOD))  # analysts
                   or (Part.CRITERIA in changes.parts and criterion_id in changes.criterion_ids)
                   or (Part.OPTIONS in changes.parts and option_id in changes.option_ids)
                   or (Part.INFO in changes.parts and self._cites_library()))  # a source renamed in the library
        if touched and not self._dirty:
            self._load()
        elif changes.touches(Part.OPTIONS, Part.CRITERIA):
            # a new name shows at once: a group's above the criterion, or one renamed while changes are typed here
            self._show_title()

    def _cites_library(self) -> bool:
        """Whether the score shown cites a source of the library (its rows are named by the source's title)."""
        score = self._source.score if self._source is not None else None
        return score is not None and any(ev.source_id for ev in score.evidence)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Focus leaving applies the changes, but not for a pop-up: the level list and the boxes'
        # context menus are the panel's own. A menu opened with the mouse is a pop-up too, and its
        # action runs once the focus is back here, so File actions call commit_pending_edits first.
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
