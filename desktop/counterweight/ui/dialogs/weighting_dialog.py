"""Elicit the weights of one group's criteria (or the top level) with a chosen method.

The analyst picks direct points, equal weights, swing weighting, rank-order centroid,
rank-sum or AHP pairwise comparison, fills in the judgements and sees, for every
criterion, its current local and global share beside the share the judgements give.
OK stores the judgements and the resulting weights as one undoable edit; Cancel, or
OK with nothing changed, stores nothing (untouched numbers are kept exactly). Problems
(a swing rated above one ranked higher, all points zero...) are shown inline and keep
OK disabled.

Opened in an analyst's view (issue 4: analysts), the dialog edits that analyst's own
judgements and its title says whose; in the group view it shows the group's
judgements or weights read-only (see :mod:`counterweight.ui.dialogs.weighting_views`).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Criterion, Elicitation, WeightMethod
from counterweight.domain.errors import CounterweightError, from_validation_error
from counterweight.services.edits import Edit, SetWeights
from counterweight.services.elicitation import (
    ElicitationOutcome,
    ElicitWeights,
    compute_elicitation,
    weighted_children,
)
from counterweight.ui.accessibility import named
from counterweight.ui.theme import set_tone
from counterweight.ui.engine_text import engine_text, error_text
from counterweight.ui.dialogs.weighting_preview import WeightPreview
from counterweight.ui.dialogs.weighting_editors import DirectEditor, RankEditor, SwingEditor, same_pairwise
from counterweight.ui.dialogs.weighting_markers import method_label
from counterweight.ui.dialogs.weighting_consistency import keep_inconsistent  # QA 22: ask before storing CR > 0.10
from counterweight.ui.dialogs.weighting_views import (  # issue 4: analysts
    analyst_judgement_edit,
    provenance,
    view_state,
    weighing_context,
)
from counterweight.ui.dialogs.dialog_fit import grow_to_fit, screen_room
from counterweight.ui.session_controller import SessionController
from counterweight.ui.text_size import lines_high
from counterweight.ui.widgets.pairwise_editor import PairwiseEditor

METHODS = (WeightMethod.DIRECT, WeightMethod.EQUAL, WeightMethod.SWING, WeightMethod.ROC,
           WeightMethod.RANK_SUM, WeightMethod.AHP)
#: The dialog's opening size at the usual font; larger when a larger font needs it.
DEFAULT_SIZE = QSize(1060, 640)


class WeightingDialog(QDialog):
    """Elicit the weights of the criteria directly under ``node_id`` (None: the top level).

    Parameters
    ----------
    controller
        The session controller; OK submits one edit through it.
    node_id
        The group whose children are weighted, or None for the top-level criteria.
    parent
        Parent widget.

    Raises
    ------
    InvalidInputError
        If ``node_id`` is not a group with criteria inside it.
    """

    def __init__(self, controller: SessionController, node_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.node_id = node_id
        self.context = weighing_context(controller, node_id)  # issue 4: analysts: whose judgements
        decision = view_state(controller, self.context.view)[0]
        self._kids: list[Criterion] = weighted_children(decision, node_id)
        self._stored = self.context.stored
        self._ready = False
        self.outcome: ElicitationOutcome | None = None
        where = self.tr("the top level") if node_id is None else decision.criterion(node_id).name
        self.setObjectName("weightingDialog")
        title = self.tr("Elicit weights: {0}").format(where)
        self.setWindowTitle(f"{title} — {self.context.title}" if self.context.title else title)
        self.setAccessibleName(self.windowTitle())
        self.setSizeGripEnabled(True)

        self.method_combo = QComboBox(self)
        named(self.method_combo, "methodCombo", self.tr("Weighting method"))
        self.method_combo.setAccessibleDescription(self.tr("Points, ranking, swing or pairwise (AHP)"))  # issue 6
        for method in METHODS:
            self.method_combo.addItem(method_label(method), method.value)
        self.method_help = QLabel(self)
        self.method_help.setObjectName("methodHelp")
        self.method_help.setWordWrap(True)
        method_label_widget = QLabel(self.tr("&Method:"), self)
        method_label_widget.setBuddy(self.method_combo)
        top = QHBoxLayout()
        top.addWidget(method_label_widget)
        top.addWidget(self.method_combo)
        top.addSpacing(12)
        top.addWidget(self.method_help, 1)

        self.direct_editor = DirectEditor(self._kids, self)
        self.equal_editor = QLabel(self.tr("Every criterion here gets the same weight."), self)
        self.equal_editor.setObjectName("equalEditor")
        self.equal_editor.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.swing_editor = SwingEditor(self._kids, self)
        self.rank_editor = RankEditor(self._kids, self)
        self.ahp_editor = PairwiseEditor(self._kids, self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("methodStack")
        self._pages: dict[WeightMethod, QWidget] = {
            WeightMethod.DIRECT: self.direct_editor, WeightMethod.EQUAL: self.equal_editor,
            WeightMethod.SWING: self.swing_editor, WeightMethod.ROC: self.rank_editor,
            WeightMethod.RANK_SUM: self.rank_editor, WeightMethod.AHP: self.ahp_editor,
        }
        for page in dict.fromkeys(self._pages.values()):
            self.stack.addWidget(page)

        body = QHBoxLayout()
        body.addWidget(self.stack, 5)
        body.addWidget(self._build_preview(), 4)

        start = self._stored.method if self._stored is not None else WeightMethod.DIRECT
        by, note = provenance(self.context, start)  # h28g: who gave the judgements of that method
        self._shown = start  # the method whose "Elicited by" and note the fields show
        self._typed: dict[WeightMethod, tuple[str, bool, str]] = {}  # h28g: what each method's fields held
        self.by_edit = QLineEdit(by, self)
        named(self.by_edit, "elicitedByEdit", self.tr("Elicited by"))
        self.by_edit.setAccessibleDescription(self.tr("Who gave these judgements; kept with them"))  # issue 6
        self.note_edit = QPlainTextEdit(note, self)
        named(self.note_edit, "noteEdit", self.tr("Note"))
        self.note_edit.setAccessibleDescription(self.tr("Who took part, what was discussed"))  # issue 6
        self.note_edit.setTabChangesFocus(True)
        lines_high(self.note_edit, 3)  # QA 17: three lines of the font (a fixed 52 px scrolled at 150 %)
        self.note_edit.setPlaceholderText(self.tr("Who took part, what was discussed, sources…"))
        footer = QFormLayout()
        footer.addRow(self.tr("Elicited &by:"), self.by_edit)
        footer.addRow(self.tr("N&ote:"), self.note_edit)
        for row in range(footer.rowCount()):
            footer.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(
                footer.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())

        self.problems_label = QLabel(self)
        named(self.problems_label, "problemsLabel", self.tr("Problems"))
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)  # a problem may quote a name
        set_tone(self.problems_label, "error")  # issue 6: follows the system palette
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("dialogButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        named(self.ok_button, "okButton", self.tr("OK"))
        self.ok_button.setToolTip(self.tr("Store these judgements and set the weights (Ctrl+Return)"))
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelButton", self.tr("Cancel"))
        # issue 4: analysts: an analyst's own judgements can be dropped, so the shared ones count again
        self.use_shared_button = self.buttons.addButton(self.tr("Use &shared judgements"),
                                                        QDialogButtonBox.ButtonRole.ResetRole)
        named(self.use_shared_button, "useSharedJudgementsButton", self.tr("Use the shared judgements"))
        self.use_shared_button.setAccessibleDescription(self.tr(
            "Remove this analyst's own judgements and points here, so the shared ones count for them again"))
        self.use_shared_button.setVisible(self.context.own)
        self.use_shared_button.clicked.connect(self.use_shared_judgements)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Weights of the top-level criteria") if node_id is None else
                         self.tr("Weights of the criteria directly under <b>{0}</b>").format(_escape(where)), self)
        heading.setObjectName("weightingHeading")
        layout.addWidget(heading)
        self.view_note = QLabel(self.context.note, self)  # issue 4: analysts: whose judgements these are
        named(self.view_note, "weightingViewNote", self.tr("Whose judgements"))
        self.view_note.setWordWrap(True)
        self.view_note.setTextFormat(Qt.TextFormat.PlainText)  # the analyst's name as typed
        self.view_note.setVisible(bool(self.context.note))
        layout.addWidget(self.view_note)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)

        for editor in (self.direct_editor, self.swing_editor, self.rank_editor, self.ahp_editor):
            editor.changed.connect(self.recompute)
            editor.load(self._stored)
        self.method_combo.currentIndexChanged.connect(self._on_method)
        self.method_combo.setCurrentIndex(METHODS.index(start))
        self._ready = True
        self._on_method()
        if self.context.read_only:
            self._set_read_only()
        self.method_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Open at 1060 x 640 or what the contents need at this font if more, within the screen."""
        hint = self.sizeHint()
        width = max(DEFAULT_SIZE.width(), hint.width())
        tall = self.layout().totalHeightForWidth(width) if self.layout().hasHeightForWidth() else -1
        size = QSize(width, max(DEFAULT_SIZE.height(), hint.height(), tall))  # wrapped labels get their lines
        self.resize(size.boundedTo(screen_room(self)))  # QA 17: leaves room for the title bar and frame

    def _set_read_only(self) -> None:
        """The group view: show, do not edit (issue 4: analysts)."""
        for w in (self.method_combo, self.stack):
            w.setEnabled(False)
        self.ahp_editor.set_read_only(True)
        for w in (self.by_edit, self.note_edit):
            w.setReadOnly(True)
        self.ok_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    # ------------------------------------------------------------ building
    def _build_preview(self) -> QGroupBox:
        box = QGroupBox(self.tr("Result"), self)
        box.setObjectName("previewBox")
        self.preview = WeightPreview(self._kids, box)
        self.notes_label = QLabel(box)
        self.notes_label.setObjectName("notesLabel")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)  # notes quote criterion names
        col = QVBoxLayout(box)
        col.addWidget(self.preview, 1)
        col.addWidget(self.notes_label)
        col.addWidget(self.ahp_editor.consistency_box)
        return box

    # ------------------------------------------------------------ state
    def method(self) -> WeightMethod:
        """The method currently chosen."""
        return METHODS[max(0, self.method_combo.currentIndex())]

    def set_method(self, method: WeightMethod) -> None:
        """Choose ``method`` (as the user would with the combo box)."""
        self.method_combo.setCurrentIndex(METHODS.index(method))

    def elicitation(self, *, stamp: bool = False) -> Elicitation:
        """The judgements as entered; ``stamp`` adds the current time.

        Raises
        ------
        CounterweightError
            Naming the criterion when an entry is not acceptable.
        """
        method = self.method()
        fields: dict[str, Any] = {}
        if method is WeightMethod.SWING:
            fields = self.swing_editor.fields()
        elif method in (WeightMethod.ROC, WeightMethod.RANK_SUM):
            fields = self.rank_editor.fields()
        elif method is WeightMethod.AHP:
            fields = self.ahp_editor.fields()
        try:
            return Elicitation(node_id=self.node_id, method=method, elicited_by=self.by_edit.text(),
                               note=self.note_edit.toPlainText(),
                               elicited_at=datetime.now(timezone.utc) if stamp else None, **fields)
        except ValidationError as exc:
            raise from_validation_error(exc, what=self.tr("Weight judgements")) from None

    def edit(self) -> Edit:
        """The edit OK submits (one undo step): to the shared inputs or the analyst's own."""
        return self._edit_for(self.elicitation(stamp=True))

    def _edit_for(self, elicitation: Elicitation) -> Edit:
        points = self.direct_editor.points() if elicitation.method is WeightMethod.DIRECT else None
        if self.context.analyst_id is not None:  # issue 4: analysts
            return analyst_judgement_edit(self.context, self.node_id, elicitation, dict(points) if points else None,
                                          self.tr("Set analyst's weight judgements"))
        return ElicitWeights(elicitation, self.tr("Set weights from judgements"), points)

    def changes_nothing(self) -> bool:
        """Whether OK would store only what is stored already (the time, and a login name not typed, aside)."""
        stored = self._stored
        try:
            new = self.elicitation()
            keep = {} if stored is None else {"elicited_at": stored.elicited_at} | (
                {} if self.by_edit.isModified() else {"elicited_by": stored.elicited_by}) | (
                {"pairwise": stored.pairwise} if same_pairwise(new.pairwise, stored.pairwise) else {})
            after = self._controller.session.preview(self._edit_for(new.model_copy(update=keep)))
        except CounterweightError:
            return False
        return after.decision == self._controller.decision

    def use_shared_judgements(self) -> None:
        """Drop the analyst's own judgements and points here (one undo step) and close."""
        if self.context.analyst_id is None or self._controller.read_only:
            return
        edit = analyst_judgement_edit(self.context, self.node_id, None, {k.id: None for k in self._kids},
                                      self.tr("Use the shared weight judgements"))
        error = self._controller.submit(edit)
        if error:
            self._show_problem(error)
            return
        super().accept()

    def _outcome(self, elicitation: Elicitation) -> ElicitationOutcome:
        decision = view_state(self._controller, self.context.view)[0]  # issue 4: analysts
        if elicitation.method is WeightMethod.DIRECT:
            decision = SetWeights(self.direct_editor.points()).apply(decision).decision
        return compute_elicitation(decision, elicitation)

    # ------------------------------------------------------------ reactions
    def _on_method(self) -> None:
        method = self.method()
        self._show_provenance(method)
        self.stack.setCurrentWidget(self._pages[method])
        self.ahp_editor.consistency_box.setVisible(method is WeightMethod.AHP)
        self.method_help.setText({
            WeightMethod.DIRECT: self.tr("Give each criterion points; its weight is its share of the total."),
            WeightMethod.EQUAL: self.tr("No judgements: every criterion weighs the same."),
            WeightMethod.SWING: self.tr("Rank the swings from worst to best, give the biggest swing 100 and rate "
                                        "each other swing against it (von Winterfeldt & Edwards 1986)."),
            WeightMethod.ROC: self.tr("Rank the criteria by importance; weights are the rank-order centroid "
                                      "(Barron & Barrett 1996). Ties are allowed."),
            WeightMethod.RANK_SUM: self.tr("Rank the criteria by importance; weights fall in equal steps "
                                           "(Stillwell, Seaver & Edwards 1981). Ties are allowed."),
            WeightMethod.AHP: self.tr("Compare every pair on Saaty's 1–9 scale; weights and a consistency "
                                      "check follow (Saaty 1980)."),
        }[method])
        self.recompute()

    def _show_provenance(self, method: WeightMethod) -> None:
        """Show who gave ``method``'s judgements and its note (h28g: the swing method's author and note stayed
        on new ROC or AHP judgements): what was typed for it in this dialog, else :func:`provenance`."""
        if method is self._shown:
            return
        self._typed[self._shown] = (self.by_edit.text(), self.by_edit.isModified(), self.note_edit.toPlainText())
        by, note = provenance(self.context, method)
        by, typed, note = self._typed.get(method, (by, False, note))
        self.by_edit.setText(by)
        self.by_edit.setModified(typed)  # a name typed counts as typed again (see changes_nothing)
        self.note_edit.setPlainText(note)
        self._shown = method

    def recompute(self) -> None:
        """Recompute the preview (and the AHP panel) from the judgements as entered."""
        if not self._ready:
            return
        try:
            self.outcome = self._outcome(self.elicitation())
        except CounterweightError as exc:
            self.outcome = None
            self._show_problem(error_text(exc))
        else:
            self._show_problem("")
        self._fill_preview()
        if self.method() is WeightMethod.AHP:
            self.ahp_editor.show_result(self.outcome.ahp if self.outcome else None)
            grow_to_fit(self)  # QA 18: suggestions shown after opening were cut at the opening height

    def _show_problem(self, message: str) -> None:
        self.problems_label.setText(message)
        self.problems_label.setVisible(bool(message))
        self.ok_button.setEnabled(not message and not self._controller.read_only and not self.context.read_only)

    def _fill_preview(self) -> None:
        decision, evaluation = view_state(self._controller, self.context.view)  # issue 4: analysts
        out = self.outcome
        self.preview.fill(decision, evaluation, out)
        notes = [engine_text(d.message) for d in out.diagnostics if d.severity == "info"] if out else []
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def new_local(self) -> dict[str, float]:
        """Child id -> local weight the judgements give (empty while there is a problem)."""
        return dict(self.outcome.local) if self.outcome else {}

    def accept(self) -> None:
        """Apply the judgements as one undoable edit; on error stay open and say why."""
        if self._controller.read_only or self.context.read_only or not self.ok_button.isEnabled():
            return
        try:
            edit = self.edit()
        except CounterweightError as exc:
            self._show_problem(error_text(exc))
            return
        if self.changes_nothing():
            super().accept()  # nothing to store: no empty undo step
            return
        if not keep_inconsistent(self, self.outcome.ahp if self.outcome and self.method() is WeightMethod.AHP
                                 else None):
            return  # QA 22: back to the judgements, as they were typed
        error = self._controller.submit(edit)
        if error:
            self._show_problem(error)
            return
        super().accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["METHODS", "WeightingDialog"]
