"""Edit › Decision details…: the decision's title, description and notice.

The title names the decision in the window title and on the brief (File › New takes
it from the file name until it is changed here). The notice is the amber banner across
the top of the window, for example that the scores are illustrative; leaving it empty
removes the banner. Saving applies all three as one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Decision
from counterweight.services.edits import UpdateInfo
from counterweight.ui.session_controller import SessionController
from counterweight.ui.theme import set_tone
from counterweight.domain.base import max_length as field_max_length


def max_length(field: str) -> int:
    """The longest text the domain allows in ``Decision.<field>`` (read from its constraints)."""
    return field_max_length(Decision, field)


class DecisionDetailsDialog(QDialog):
    """Title, description and notice of a decision; :meth:`values` gives them once accepted."""

    def __init__(self, title: str, description: str, notice: str, parent: QWidget | None = None,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDetailsDialog")
        self.setWindowTitle(self.tr("Decision details"))
        self.setAccessibleName(self.windowTitle())
        self.title_max, self.text_max = max_length("title"), max_length("description")
        self.notice_max = max_length("notice")
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setMaxLength(self.title_max)
        self.description_edit = QPlainTextEdit(description, self)
        self.notice_edit = QPlainTextEdit(notice, self)
        self.notice_edit.setPlaceholderText(self.tr("e.g. The scores are illustrative, not an assessment"))
        self.title_problem, self.description_problem, self.notice_problem = (
            self._problem_label(n) for n in ("titleProblem", "descriptionProblem", "noticeProblem"))
        form = QFormLayout()
        for edit, name, label, acc, desc, problem in (
            (self.title_edit, "decisionTitleEdit", self.tr("&Title:"), self.tr("Title"),
             self.tr("The decision's name, shown in the window title and on the brief (required, up to %1 "
                     "characters)").replace("%1", str(self.title_max)), self.title_problem),
            (self.description_edit, "decisionDescriptionEdit", self.tr("&Description:"), self.tr("Description"),
             self.tr("What is being decided and why (optional, up to %1 characters)")
             .replace("%1", str(self.text_max)), self.description_problem),
            (self.notice_edit, "decisionNoticeEdit", self.tr("&Notice:"), self.tr("Notice"),
             self.tr("Shown as a banner across the top of the window; leave empty for no banner (up to %1 "
                     "characters)").replace("%1", str(self.notice_max)), self.notice_problem),
        ):
            edit.setObjectName(name)
            edit.setAccessibleName(acc)
            edit.setAccessibleDescription(desc)
            edit.setToolTip(desc)
            if isinstance(edit, QPlainTextEdit):
                edit.setTabChangesFocus(True)  # Tab moves on; the text keeps no tab characters
                edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4)
            form.addRow(label, edit)  # the label's Alt letter goes to the field (its buddy)
            form.addRow("", problem)
        self.problem = self._problem_label("decisionDetailsProblem")  # what the edit itself refused
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("decisionDetailsButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if read_only:
            for edit in (self.title_edit, self.description_edit, self.notice_edit):
                edit.setReadOnly(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(self.problem)
        col.addWidget(self.buttons)
        self.title_edit.textEdited.connect(lambda _text: self.title_problem.hide())
        self.title_edit.setFocus()
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def _problem_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote the title as typed
        set_tone(label, "error")
        label.hide()
        return label

    def values(self) -> tuple[str, str, str]:
        """``(title, description, notice)`` as typed, the title without surrounding spaces."""
        return self.title_edit.text().strip(), self.description_edit.toPlainText(), self.notice_edit.toPlainText()

    def problems(self) -> dict[QLabel, str]:
        """What stops the details being saved, by the label under the field concerned."""
        title, description, notice = self.values()
        found: dict[QLabel, str] = {}
        if not title:
            found[self.title_problem] = self.tr("The decision needs a title.")
        elif len(title) > self.title_max:
            found[self.title_problem] = self.tr("The title is %1 characters long; the most is %2.") \
                .replace("%1", str(len(title))).replace("%2", str(self.title_max))
        for text, label, limit in ((description, self.description_problem, self.text_max),
                                   (notice, self.notice_problem, self.notice_max)):
            if len(text) > limit:
                found[label] = self.tr("This is %1 characters long; the most is %2.") \
                    .replace("%1", str(len(text))).replace("%2", str(limit))
        return found

    def show_problem(self, message: str) -> None:
        """Show ``message`` (for example an error from applying the edit) above the buttons."""
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def accept(self) -> None:
        """Close only when every field can be saved; otherwise say why under the field."""
        found = self.problems()
        for label in (self.title_problem, self.description_problem, self.notice_problem):
            label.setText(found.get(label, ""))
            label.setVisible(label in found)
        if found:
            first = {self.title_problem: self.title_edit, self.description_problem: self.description_edit,
                     self.notice_problem: self.notice_edit}
            next(first[label] for label in first if label in found).setFocus()
            return
        super().accept()


def edit_decision_details(controller: SessionController, parent: QWidget | None = None) -> bool:
    """Open the dialog for the open decision and apply what is saved as one undoable edit.

    Parameters
    ----------
    controller : SessionController
        The window's session controller (nothing happens without an open project).
    parent : QWidget, optional
        The dialog's parent window.

    Returns
    -------
    bool
        Whether the details changed. When the edit is refused the dialog stays open
        with the reason above its buttons, keeping what was typed.
    """
    if not controller.has_session:
        return False
    decision = controller.decision
    dialog = DecisionDetailsDialog(decision.title, decision.description, decision.notice, parent,
                                   read_only=controller.read_only)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        values = dialog.values()
        if values == (decision.title, decision.description, decision.notice):
            return False
        label = QCoreApplication.translate("DecisionDetailsDialog", "Edit decision details")
        error = controller.submit(UpdateInfo(*values, label=label))
        if error is None:
            return True
        dialog.show_problem(error)  # keep what was typed and let the user correct it
    return False


__all__ = ["DecisionDetailsDialog", "edit_decision_details", "max_length"]
