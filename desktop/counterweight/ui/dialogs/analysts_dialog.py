"""Edit > Analysts…: name the analysts, and choose how the group view is formed.

Every change here is one undoable edit submitted through the session controller:
adding, editing (name, role, note) and removing an analyst, and each change to the
group settings. Removing an analyst also removes their own scores, weights and weight
judgements, so the dialog asks first and says how many inputs go with them.

The form has two states, named by the line above it. With an analyst picked in the
list it edits that analyst: Enter (the default button) saves the changes. With none
picked (at first, after **New analyst**, and after each addition, so that several
analysts can be typed in a row) it describes a new analyst: Enter adds them. A name
another analyst already has (ignoring case and surrounding spaces) is refused with a
message naming it, and the typed fields are kept.
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import from_validation_error, new_id
from counterweight.domain.analysts import Analyst, GroupSettings
from counterweight.services.analyst_edits import AddAnalyst, RemoveAnalyst, SetGroupSettings, UpdateAnalyst
from counterweight.services.changes import ChangeSet
from counterweight.services.disagreement import analyst_labels
from counterweight.ui.dialogs.dialog_fit import BodyScroll, fit_to_screen
from counterweight.ui.safe_tooltips import escaped
from counterweight.ui.session_controller import SessionController
from counterweight.ui.text_size import lines_high
from counterweight.ui.theme import set_tone  # issue 6: colours follow the system palette

#: Item data role holding the analyst id in the list.
AnalystIdRole = Qt.ItemDataRole.UserRole + 1


def input_count(decision: object, analyst_id: str) -> int:
    """How many scores, weights and weight judgements ``analyst_id`` recorded of their own."""
    for item in decision.analyst_inputs:  # type: ignore[attr-defined]
        if item.analyst_id == analyst_id:
            return len(item.scores) + len(item.weights) + len(item.elicitations)
    return 0


class AnalystsDialog(QDialog):
    """List, add, edit and remove analysts; set the group aggregation.

    Parameters
    ----------
    controller
        The session controller edits go through.
    parent
        Parent widget.

    Attributes
    ----------
    confirm : Callable[[str], bool]
        Asked before removing an analyst with the question text; tests replace it.
    """

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._syncing = False
        self.confirm: Callable[[str], bool] = self._ask
        self.setObjectName("analystsDialog")
        self.setWindowTitle(self.tr("Analysts"))
        self.setAccessibleName(self.tr("Analysts"))

        intro = QLabel(self.tr(
            "Each analyst may give their own scores and weights; where they give none, the shared "
            "inputs stand. The group view combines the analysts' views."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("analystsList")
        self.list.setAccessibleName(self.tr("Analysts"))
        self.list.setAccessibleDescription(self.tr("Pick an analyst to edit their name, role and note"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("analystNameEdit")
        self.name_edit.setAccessibleName(self.tr("Analyst's name"))
        self.name_edit.setAccessibleDescription(self.tr(
            "As it appears in the view switcher and the history; each analyst needs a name of their own. "
            "Enter saves the picked analyst, or adds a new one when none is picked"))
        self.name_edit.setMaxLength(200)
        self.role_edit = QLineEdit(self)
        self.role_edit.setObjectName("analystRoleEdit")
        self.role_edit.setAccessibleName(self.tr("Analyst's role or organisation"))
        self.role_edit.setAccessibleDescription(self.tr("Optional; helps readers weigh the analyst's inputs"))
        self.role_edit.setMaxLength(200)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("analystNoteEdit")
        self.note_edit.setAccessibleName(self.tr("Note on the analyst"))
        self.note_edit.setAccessibleDescription(self.tr("Optional: their expertise or a conflict of interest"))
        self.note_edit.setTabChangesFocus(True)
        lines_high(self.note_edit, 4)  # QA 17: follows the font (a fixed height overlapped at 150 %)
        self.mode_label = QLabel(self)
        self.mode_label.setObjectName("analystFormMode")
        self.mode_label.setWordWrap(True)
        self.mode_label.setTextFormat(Qt.TextFormat.PlainText)  # analysts' names show as typed
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("N&ote:"), self.note_edit)

        self.new_button = QPushButton(self.tr("N&ew analyst"), self)
        self.new_button.setObjectName("newAnalystButton")
        self.new_button.setAccessibleName(self.tr("Start a new analyst"))
        self.new_button.setAccessibleDescription(self.tr("Clears the selection and the fields; Enter then adds"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("addAnalystButton")
        self.add_button.setAccessibleName(self.tr("Add an analyst with the name, role and note typed"))
        self.add_button.setAccessibleDescription(self.tr("The new analyst starts with the shared scores and weights"))
        self.save_button = QPushButton(self.tr("&Save changes"), self)
        self.save_button.setObjectName("saveAnalystButton")
        self.save_button.setAccessibleName(self.tr("Save the selected analyst's name, role and note"))
        self.save_button.setAccessibleDescription(self.tr("Keeps the changes typed above (undo with Ctrl+Z)"))
        self.remove_button = QPushButton(self.tr("Re&move…"), self)
        self.remove_button.setObjectName("removeAnalystButton")
        self.remove_button.setAccessibleName(self.tr("Remove the selected analyst and their inputs"))
        self.remove_button.setAccessibleDescription(self.tr("Asks first; undo with Ctrl+Z"))
        row = QHBoxLayout()
        for b in (self.new_button, self.add_button, self.save_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        self.problem = QLabel(self)
        self.problem.setObjectName("analystsProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.problem, "error")  # issue 6: follows the system palette
        self.problem.hide()

        group_box = QGroupBox(self.tr("Group view"), self)
        group_box.setObjectName("groupSettingsBox")
        methods = [(self.tr("Mean"), "mean"), (self.tr("Median"), "median"),
                   (self.tr("Geometric mean"), "geometric_mean")]
        self.scores_combo = self._combo("groupScoresCombo", self.tr("How scores are combined"), methods)
        self.weights_combo = self._combo("groupWeightsCombo", self.tr("How weights are combined"), methods)
        self.ahp_combo = self._combo("groupAhpCombo", self.tr("How AHP judgements are combined"), [
            (self.tr("AIJ: combine the judgements"), "aij"), (self.tr("AIP: combine the priorities"), "aip")])
        self.shared_voice = QCheckBox(self.tr("Count the shared inputs as one more voice"), group_box)
        self.shared_voice.setObjectName("sharedVoiceCheck")
        self.shared_voice.setAccessibleName(self.shared_voice.text())
        self.shared_voice.setAccessibleDescription(self.tr("The group view then also counts the shared inputs"))
        gform = QFormLayout(group_box)
        gform.addRow(self.tr("S&cores:"), self.scores_combo)
        gform.addRow(self.tr("&Weights:"), self.weights_combo)
        gform.addRow(self.tr("A&HP judgements:"), self.ahp_combo)
        gform.addRow(self.shared_voice)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("analystsButtons")
        buttons.rejected.connect(self.reject)
        # QA 17: everything above Close scrolls when the screen is too short for it at large text
        body = QWidget(self)
        body.setObjectName("analystsBody")
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(intro)
        col.addWidget(self.list, 1)
        col.addWidget(self.mode_label)
        col.addLayout(form)
        col.addLayout(row)
        col.addWidget(self.problem)
        col.addWidget(group_box)
        outer = QVBoxLayout(self)
        outer.addWidget(BodyScroll(body, self), 1)
        outer.addWidget(buttons)

        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.new_button.clicked.connect(self.new_analyst)
        self.add_button.clicked.connect(self.add_analyst)
        self.save_button.clicked.connect(self.save_analyst)
        self.remove_button.clicked.connect(self.remove_analyst)
        for combo in (self.scores_combo, self.weights_combo, self.ahp_combo):
            combo.currentIndexChanged.connect(lambda _i: self.submit_group_settings())
        self.shared_voice.toggled.connect(lambda _on: self.submit_group_settings())
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self.refresh)
        controller.add_pending_edits(self)  # QA 24: a name typed and not added, before Open or New
        self.refresh()
        fit_to_screen(self, QSize(480, 560))  # QA 17: at least the old size, within the screen

    def _combo(self, name: str, accessible: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setAccessibleDescription(self.tr("How the group view combines the analysts' inputs"))
        for text, data in items:
            combo.addItem(text, data)
        return combo

    # ------------------------------------------------------------ state
    def refresh(self) -> None:
        """Re-read the analysts and group settings, keeping the selection."""
        keep = self.selected_analyst_id()
        self._syncing = True
        try:
            self.list.clear()
            if not self._controller.has_session:
                return
            decision = self._controller.decision
            labels = analyst_labels(decision.analysts)  # an older project may repeat a name: numbered
            for a in decision.analysts:
                text = f"{labels[a.id]} — {a.role}" if a.role else labels[a.id]
                item = QListWidgetItem(text, self.list)
                item.setData(AnalystIdRole, a.id)
                item.setToolTip(a.note or a.name)
                if a.id == keep:
                    self.list.setCurrentItem(item)
            g = decision.group
            for combo, value in ((self.scores_combo, g.scores), (self.weights_combo, g.weights),
                                 (self.ahp_combo, g.ahp)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.shared_voice.setChecked(g.shared_voice)
            editable = not self._controller.read_only
            for w in (self.scores_combo, self.weights_combo, self.ahp_combo, self.shared_voice):
                w.setEnabled(editable)
        finally:
            self._syncing = False
        self._show_selected()

    def _on_changed(self, changes: ChangeSet) -> None:
        self.refresh()

    def selected_analyst_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(AnalystIdRole) if item is not None else None

    def select_analyst(self, analyst_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(AnalystIdRole) == analyst_id:
                self.list.setCurrentRow(row)
                return

    def _selected(self) -> Analyst | None:
        aid = self.selected_analyst_id()
        if aid is None or not self._controller.has_session:
            return None
        return next((a for a in self._controller.decision.analysts if a.id == aid), None)

    def _show_selected(self) -> None:
        if self._syncing:
            return
        a = self._selected()
        self.name_edit.setText(a.name if a else "")
        self.role_edit.setText(a.role if a else "")
        self.note_edit.setPlainText(a.note if a else "")
        self._show_state(a)

    def _show_state(self, a: Analyst | None) -> None:
        """Enable the buttons for editing ``a`` (or adding, when None) and make Enter do the same."""
        editable = self._controller.has_session and not self._controller.read_only
        self.new_button.setEnabled(editable)
        self.add_button.setEnabled(editable and a is None)
        self.save_button.setEnabled(editable and a is not None)
        self.remove_button.setEnabled(editable and a is not None)
        self.add_button.setDefault(a is None)  # Enter in the name or role field: add ...
        self.save_button.setDefault(a is not None)  # ... or save the picked analyst
        if not editable:
            text = self.tr("The project is open read-only: the analysts cannot be changed.")
        elif a is None:
            text = self.tr("New analyst: type their name, then press Enter or Add.")
        else:
            label = analyst_labels(self._controller.decision.analysts).get(a.id, a.name)
            text = self.tr("Editing {0}: press Enter or Save changes to keep your changes. "
                           "New analyst starts another.").format(label)
        self.mode_label.setText(text)
        self.mode_label.setAccessibleName(text)

    def new_analyst(self) -> None:
        """Leave the picked analyst and clear the fields for a new one (Enter then adds)."""
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self._show_selected()
        self._say(None)
        self.name_edit.setFocus()

    def _say(self, message: str | None) -> bool:
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
        return message is None

    def name_taken(self, name: str, analyst_id: str | None = None) -> str | None:
        """The name of another analyst (not ``analyst_id``) called ``name``, ignoring case and spaces."""
        key = name.strip().casefold()
        for a in self._controller.decision.analysts if self._controller.has_session else []:
            if a.id != analyst_id and a.name.strip().casefold() == key:
                return a.name
        return None

    def _analyst(self, analyst_id: str, old: Analyst | None = None) -> Analyst | None:
        data = {"id": analyst_id, "name": self.name_edit.text().strip(), "role": self.role_edit.text().strip(),
                "note": self.note_edit.toPlainText().strip()}
        if not data["name"]:
            self._say(self.tr("Type the analyst's name first."))
            return None
        # an older project may already repeat a name: keeping it unchanged still lets the role or note be edited
        renamed = old is None or old.name.strip().casefold() != data["name"].casefold()
        taken = self.name_taken(data["name"], analyst_id) if renamed else None
        if taken is not None:
            self._say(self.tr('Another analyst is already called "{0}". Give this analyst a name of their own '
                              "(add initials or an organisation, for example) so that the views, the history "
                              "and the brief can tell them apart.").format(taken))
            return None
        try:
            return Analyst.model_validate(data)
        except ValidationError as exc:
            self._say(str(from_validation_error(exc, what=self.tr("the analyst"))))
            return None

    # ------------------------------------------------------------ edits
    def add_analyst(self) -> bool:
        """Add an analyst with the typed name, role and note (one undoable edit)."""
        analyst = self._analyst(new_id("analyst"))
        if analyst is None:
            return False
        ok = self._say(self._controller.submit(AddAnalyst(analyst, label=self.tr("Add analyst"))))
        if ok:  # stay ready for the next one, so that Enter never renames the analyst just added
            self.new_analyst()
            for row in range(self.list.count()):
                if self.list.item(row).data(AnalystIdRole) == analyst.id:
                    self.list.scrollToItem(self.list.item(row))
            done = self.tr("Added {0}. Type the next analyst's name, or pick one in the list to edit.")
            self.mode_label.setText(done.format(analyst.name))
            self.mode_label.setAccessibleName(self.mode_label.text())
        return ok

    def save_analyst(self) -> bool:
        """Store the selected analyst's new name, role and note (one undoable edit)."""
        old = self._selected()
        if old is None:
            return self._say(self.tr("Choose an analyst in the list first."))
        analyst = self._analyst(old.id, old)
        if analyst is None:
            return False
        if analyst == old:
            return self._say(None)
        return self._say(self._controller.submit(UpdateAnalyst(analyst, label=self.tr("Edit analyst"))))

    def commit_pending_edits(self) -> str | None:
        """While the dialog is open, add the analyst typed and not added yet, or save the changes typed for
        the picked one (before the project is left, saved or exported): ``None`` when done or nothing was
        typed, else why not (the reason is shown here too)."""
        if not self.isVisible() or not self._controller.has_session or self._controller.read_only:
            return None
        picked = self._selected()
        if picked is None:
            typed = self.name_edit.text().strip() or self.role_edit.text().strip() or self.note_edit.toPlainText()
            if not typed.strip() or self.add_analyst():
                return None
            what = self.tr("The analyst typed in Edit > Analysts could not be added.")
        else:
            if self.save_analyst():
                return None
            what = self.tr("The changes typed for {0} in Edit > Analysts could not be saved.").format(picked.name)
        self.raise_()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        drop = self.tr("The dialog still shows what was typed; New analyst there clears it.")
        return f"{what}\n\n{self.problem.text()}\n\n{drop}"

    def remove_analyst(self) -> bool:
        """Remove the selected analyst, after asking (their own inputs go with them)."""
        a = self._selected()
        if a is None:
            return self._say(self.tr("Choose an analyst in the list first."))
        n = input_count(self._controller.decision, a.id)
        question = (self.tr("Remove {0}? Their own input (a score, weight or judgement) will be removed with "
                            "them. You can undo this.").format(a.name) if n == 1 else
                    self.tr("Remove {0}? Their {1} own inputs (scores, weights and judgements) will be "
                            "removed with them. You can undo this.").format(a.name, n) if n else
                    self.tr("Remove {0}? They have no inputs of their own. You can undo this.").format(a.name))
        if not self.confirm(question):
            return False
        return self._say(self._controller.submit(RemoveAnalyst(a.id, label=self.tr("Remove analyst"))))

    def group_settings(self) -> GroupSettings:
        """The group settings the controls show."""
        return GroupSettings(scores=self.scores_combo.currentData(), weights=self.weights_combo.currentData(),
                             ahp=self.ahp_combo.currentData(), shared_voice=self.shared_voice.isChecked())

    def submit_group_settings(self) -> bool:
        """Submit the controls' group settings if they differ from the stored ones."""
        if self._syncing or not self._controller.has_session:
            return False
        settings = self.group_settings()
        if settings == self._controller.decision.group:
            return True
        return self._say(self._controller.submit(SetGroupSettings(settings,
                                                                  label=self.tr("Change group aggregation"))))

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove analyst"), escaped(question),  # the name as typed
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


__all__ = ["AnalystIdRole", "AnalystsDialog", "input_count"]
