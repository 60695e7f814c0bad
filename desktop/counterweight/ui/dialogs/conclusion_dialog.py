"""Edit › Recommendation and decision…: what the staff recommend, and what was finally decided.

The dialog records the option the staff recommend, the reasons and who recommends it,
and the option decided, by whom, on what date, with a note. Beside the choices it says
which option the analysis ranks first; when the recommendation is another option (or
one sharing first place) a line says so and asks for the reasons. An empty reason is a
warning, not a block: the record must be able to say what was done, and the brief then
says that no reasons are recorded. Saving is one undoable edit. A read-only project
shows the values and cannot save.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Decision
from counterweight.domain.base import max_length
from counterweight.domain.conclusion import MAX_WHO_CHARS, Conclusion
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.shown_scores import score_texts
from counterweight.services.conclusion_edits import SetConclusion
from counterweight.ui.accessibility import announce, speak_shown_text
from counterweight.ui.dialogs.dialog_fit import BodyScroll, fit_to_screen
from counterweight.ui.i18n import window_locale
from counterweight.ui.numbers import count, localised
from counterweight.ui.session_controller import SessionController
from counterweight.ui.theme import set_tone


def top_text(decision: Decision, ev: Evaluation) -> str:
    """"The analysis ranks X first (62.0 out of 100)." in the window's language (ties and no ranking said)."""
    leaders = ev.first_place()
    if not leaders:
        return QCoreApplication.translate("ConclusionDialog", "The analysis ranks no option at present.")
    score = localised(score_texts(ev)[ev.option_index(leaders[0])])
    names = ", ".join(decision.option(oid).name for oid in leaders)
    if len(leaders) == 1:
        text = QCoreApplication.translate("ConclusionDialog", "The analysis ranks %1 first (%2 out of 100).")
    else:
        text = QCoreApplication.translate("ConclusionDialog", "The analysis ranks %1 equal first (%2 out of 100 each).")
    return text.replace("%2", score).replace("%1", names)


class ConclusionDialog(QDialog):
    """The recommendation and the decision taken; :meth:`conclusion` gives what is typed."""

    def __init__(self, decision: Decision, evaluation: Evaluation, parent: QWidget | None = None,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("conclusionDialog")
        self.setWindowTitle(self.tr("Recommendation and decision"))
        self.setAccessibleName(self.windowTitle())
        self._leaders = evaluation.first_place()
        c = decision.conclusion or Conclusion()
        text_max = max_length(Conclusion, "recommendation")

        self.top_label = self._label("conclusionTopOption", top_text(decision, evaluation))
        self.recommended_combo = self._options("recommendedOptionCombo", self.tr("None yet"), decision,
                                               c.recommended_option_id)
        self.reasons_edit = self._text("recommendationEdit", c.recommendation, text_max)
        self.recommended_by_edit = self._line("recommendedByEdit", c.recommended_by)
        self.differs_label = self._label("recommendationDiffers", "", "warning")
        self.decided_combo = self._options("decidedOptionCombo", self.tr("Not decided yet"), decision,
                                           c.decided_option_id)
        self.decided_by_edit = self._line("decidedByEdit", c.decided_by)
        self.dated_check = QCheckBox(self.tr("&Date of the decision:"), self)
        self.dated_check.setObjectName("decisionDatedCheck")
        self.dated_check.setChecked(c.decided_on is not None)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("decisionDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(window_locale())  # h26d: "28 novembre 2026" in a French window
        self.date_edit.setDisplayFormat("d MMMM yyyy")  # the month in words: 5 March 2026, never 03/05 or 05/03
        when = c.decided_on or dt.date.today()
        self.date_edit.setDate(QDate(when.year, when.month, when.day))
        self.date_edit.setEnabled(self.dated_check.isChecked())
        self.note_edit = self._text("decisionNoteEdit", c.decision_note, text_max)
        self.decided_differs_label = self._label("decisionDiffers", "", "warning")
        self._describe()

        rec_box, dec_box = QGroupBox(self.tr("Recommendation"), self), QGroupBox(self.tr("Decision"), self)
        rec_form, dec_form = QFormLayout(rec_box), QFormLayout(dec_box)
        rec_form.addRow(self.tr("Recommended o&ption:"), self.recommended_combo)
        rec_form.addRow(self.tr("&Reasons:"), self.reasons_edit)
        rec_form.addRow(self.tr("Recommended &by:"), self.recommended_by_edit)
        rec_form.addRow(self.differs_label)
        dec_form.addRow(self.tr("Decided opt&ion:"), self.decided_combo)
        dec_form.addRow(self.tr("Decided b&y:"), self.decided_by_edit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        dec_form.addRow(self.dated_check, date_row)
        dec_form.addRow(self.tr("&Note:"), self.note_edit)
        dec_form.addRow(self.decided_differs_label)

        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.top_label)
        inner.addWidget(rec_box)
        inner.addWidget(dec_box)
        self.problem = self._label("conclusionProblem", "", "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("conclusionButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(BodyScroll(body, self), 1)
        col.addWidget(self.problem)
        col.addWidget(self.buttons)

        self.recommended_combo.currentIndexChanged.connect(lambda _i: self.update_notes())
        self.decided_combo.currentIndexChanged.connect(lambda _i: self.update_notes())
        self.reasons_edit.textChanged.connect(self.update_notes)
        self.note_edit.textChanged.connect(self.update_notes)
        self.dated_check.toggled.connect(self.date_edit.setEnabled)
        if read_only:
            for edit in (self.reasons_edit, self.note_edit, self.recommended_by_edit, self.decided_by_edit):
                edit.setReadOnly(True)
            for widget in (self.recommended_combo, self.decided_combo, self.dated_check, self.date_edit):
                widget.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.show_problem(self.tr("This project is open read-only: the record is shown but cannot be changed."))
        self.update_notes()
        self.recommended_combo.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        fit_to_screen(self)

    # ------------------------------------------------------------ building
    def _label(self, name: str, text: str, tone: str | None = None) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes option names
        if tone:
            set_tone(label, tone)
        return label

    def _options(self, name: str, none: str, decision: Decision, current: str | None) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(none, None)
        for o in decision.options:
            combo.addItem(o.name, o.id)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        return combo

    def _text(self, name: str, text: str, limit: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)  # Tab moves on; the text keeps no tab characters
        lines = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(lines * 3 + 10)
        edit.setMaximumHeight(lines * 5 + 10)  # a long text scrolls inside; the dialog stays on the screen
        edit.setProperty("maxChars", limit)
        return edit

    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setMaxLength(MAX_WHO_CHARS)
        edit.setPlaceholderText(self.tr("A person, team or body"))
        return edit

    def _describe(self) -> None:
        """Accessible names and descriptions (the form labels give the access keys)."""
        for widget, name, desc in (
            (self.recommended_combo, self.tr("Recommended option"),
             self.tr("The option the staff recommend; None yet when there is no recommendation")),
            (self.reasons_edit, self.tr("Reasons for the recommendation"),
             self.tr("Why this option is recommended, especially when the analysis ranks another first")),
            (self.recommended_by_edit, self.tr("Recommended by"), self.tr("Who makes the recommendation")),
            (self.decided_combo, self.tr("Decided option"),
             self.tr("The option finally decided; Not decided yet until the decision is taken")),
            (self.decided_by_edit, self.tr("Decided by"), self.tr("Who took the decision")),
            (self.dated_check, self.tr("Record the date of the decision"),
             self.tr("Tick to record when the decision was taken")),
            (self.date_edit, self.tr("Date of the decision"), self.tr("When the decision was taken")),
            (self.note_edit, self.tr("Note on the decision"),
             self.tr("A note on the decision, for example why it departs from the analysis")),
        ):
            widget.setAccessibleName(name)
            if desc:
                widget.setAccessibleDescription(desc)
                widget.setToolTip(desc)
        speak_shown_text(self.top_label, self.tr("The analysis's top option"))  # QA pass 30: its text is read

    # ------------------------------------------------------------ state
    def _differs(self, option_id: str | None) -> bool:
        return option_id is not None and bool(self._leaders) and self._leaders != (option_id,)

    def update_notes(self) -> None:
        """Say when the recommendation or the decision is not the analysis's sole top option."""
        rec, dec = self.recommended_combo.currentData(), self.decided_combo.currentData()
        if self._differs(rec):
            text = self.tr("This is not the option the analysis ranks first on its own: give the reasons for "
                           "recommending it.")
            if not self.reasons_edit.toPlainText().strip():
                text += " " + self.tr("No reasons are given yet; the brief will say so.")
            self.differs_label.setText(text)
        self._show_warning(self.differs_label, self._differs(rec))
        if self._differs(dec) and dec != rec:
            text = self.tr("The option decided is not the one the analysis ranks first on its own; the note can "
                           "say why.")
            self.decided_differs_label.setText(text)
        self._show_warning(self.decided_differs_label, self._differs(dec) and dec != rec)

    def _show_warning(self, label: QLabel, shown: bool) -> None:
        """Show or hide a warning below the fields; one that appears is spoken (QA pass 30: the focus is elsewhere)."""
        if shown and label.isHidden() and self.isVisible():
            announce(self, label.text())
        label.setVisible(shown)

    def conclusion(self) -> Conclusion | None:
        """What the dialog holds, as the project will record it (``None`` when nothing is set)."""
        date = self.date_edit.date()
        out = Conclusion(
            recommended_option_id=self.recommended_combo.currentData(),
            recommendation=self.reasons_edit.toPlainText(),
            recommended_by=self.recommended_by_edit.text(),
            decided_option_id=self.decided_combo.currentData(),
            decided_by=self.decided_by_edit.text(),
            decided_on=dt.date(date.year(), date.month(), date.day()) if self.dated_check.isChecked() else None,
            decision_note=self.note_edit.toPlainText(),
        )
        return None if out.is_empty else out

    def show_problem(self, message: str) -> None:
        """Show ``message`` (for example an error from applying the edit) above the buttons."""
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        # spoken at once, or as soon as the dialog shows again (edit_conclusion reopens it with the error)
        QTimer.singleShot(0, self, lambda: announce(self, message, assertive=True) if self.isVisible() else None)

    def accept(self) -> None:
        """Close only when the texts fit; otherwise say which is too long."""
        for edit, text in ((self.reasons_edit, self.tr("The reasons are %1 characters long; the most is %2.")),
                           (self.note_edit, self.tr("The note is %1 characters long; the most is %2."))):
            limit, length = int(edit.property("maxChars")), len(edit.toPlainText())
            if length > limit:
                self.show_problem(text.replace("%1", count(length)).replace("%2", count(limit)))
                edit.setFocus()
                return
        super().accept()


def edit_conclusion(controller: SessionController, parent: QWidget | None = None) -> bool:
    """Open the dialog for the open project and save what is accepted as one undoable edit.

    Returns whether the record changed. When the edit is refused the dialog stays open
    with the reason above its buttons, keeping what was typed.
    """
    if not controller.has_session:
        return False
    decision = controller.decision
    dialog = ConclusionDialog(decision, controller.evaluation, parent, read_only=controller.read_only)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        wanted = dialog.conclusion()
        if wanted == decision.conclusion:
            return False
        label = QCoreApplication.translate("ConclusionDialog", "Set recommendation and decision")
        error = controller.submit(SetConclusion(wanted, label=label))
        if error is None:
            return True
        dialog.show_problem(error)
    return False


__all__ = ["ConclusionDialog", "edit_conclusion", "top_text"]
