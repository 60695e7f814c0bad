"""The source library's widgets, named and laid out, before any of them is wired up.

:func:`build_sources_dialog` makes the controls of :class:`~counterweight.ui.dialogs.sources_dialog.SourcesDialog`
much as Qt Designer's generated ``setupUi`` would: each becomes an attribute of the
dialog with its object name, accessible name and description, and they are placed
in two panes of a splitter (the list of sources with its buttons on the left; the
details form, the read-only text and the linking row on the right), above the
problem line and the Close button. What the controls do is left to the dialog, which
connects their signals afterwards. The texts keep the dialog's translation context,
"SourcesDialog", so their translations are found as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counterweight.ui.accessibility import named
from counterweight.ui.theme import set_tone  # issue 6: colours follow the system palette
from counterweight.ui.widgets.source_details_form import SourceDetailsForm
from counterweight.ui.widgets.source_text_view import SourceTextView

if TYPE_CHECKING:
    from counterweight.ui.dialogs.sources_dialog import SourcesDialog


def build_sources_dialog(dialog: SourcesDialog) -> QDialogButtonBox:
    """Create the library's controls as attributes of ``dialog`` and lay them out.

    The attributes made are ``source_list``, ``new_button``, ``import_button``,
    ``load_text_button``, ``remove_button``, ``details``, ``save_button``,
    ``text_view``, ``links_label``, ``link_button`` and ``error_label`` (hidden).
    No signal is connected.

    Returns
    -------
    QDialogButtonBox
        The box holding the Close button, for the dialog to connect.
    """
    dialog.source_list = QListWidget(dialog)
    named(dialog.source_list, "sourceList", QCoreApplication.translate("SourcesDialog", "Sources"))
    dialog.source_list.setAccessibleDescription(QCoreApplication.translate(
        "SourcesDialog", "Pick a source to see its details and text"))
    # QA 17: a long title wraps onto a second line instead of scrolling the list sideways
    dialog.source_list.setWordWrap(True)
    dialog.source_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    dialog.source_list.setResizeMode(QListView.ResizeMode.Adjust)
    dialog.new_button = QPushButton(QCoreApplication.translate("SourcesDialog", "&New source"), dialog)
    named(dialog.new_button, "sourceNew", QCoreApplication.translate("SourcesDialog", "Add an empty source"))
    dialog.new_button.setAccessibleDescription(QCoreApplication.translate(
        "SourcesDialog", "Creates a source with no text, to fill in by hand"))
    dialog.import_button = QPushButton(QCoreApplication.translate("SourcesDialog", "&Import text…"), dialog)
    named(dialog.import_button, "sourceImport", QCoreApplication.translate(
        "SourcesDialog", "Import a new source from a .txt, .md or .html file"))
    dialog.import_button.setAccessibleDescription(QCoreApplication.translate(
        "SourcesDialog", "Reads the file as plain text; nothing is run"))
    dialog.load_text_button = QPushButton(QCoreApplication.translate("SourcesDialog", "Loa&d text into source…"),
                                          dialog)
    named(dialog.load_text_button, "sourceLoadText", QCoreApplication.translate(
        "SourcesDialog", "Load the selected source's text from a file"))
    dialog.load_text_button.setAccessibleDescription(QCoreApplication.translate(
        "SourcesDialog", "Replaces the selected source's text with a file's"))
    dialog.remove_button = QPushButton(QCoreApplication.translate("SourcesDialog", "&Remove"), dialog)
    named(dialog.remove_button, "sourceRemove", QCoreApplication.translate(
        "SourcesDialog", "Remove the selected source"))
    dialog.remove_button.setAccessibleDescription(QCoreApplication.translate(
        "SourcesDialog", "Deletes it and its links (undo: Ctrl+Z)"))
    left = QVBoxLayout()
    left.addWidget(QLabel(QCoreApplication.translate("SourcesDialog", "Sources"), dialog))
    left.addWidget(dialog.source_list, 1)
    for b in (dialog.new_button, dialog.import_button, dialog.load_text_button, dialog.remove_button):
        left.addWidget(b)

    dialog.details = SourceDetailsForm(dialog)
    dialog.save_button = QPushButton(QCoreApplication.translate("SourcesDialog", "&Save details"), dialog)
    named(dialog.save_button, "sourceSaveDetails", QCoreApplication.translate(
        "SourcesDialog", "Save the source's details"))
    dialog.save_button.setAccessibleDescription(QCoreApplication.translate(
        "SourcesDialog", "Keeps the title, author and other details typed above"))
    save_row = QHBoxLayout()
    save_row.addStretch(1)
    save_row.addWidget(dialog.save_button)

    dialog.text_view = SourceTextView(dialog)
    named(dialog.text_view, "sourceText", QCoreApplication.translate("SourcesDialog", "Source text"))
    dialog.text_view.setAccessibleDescription(QCoreApplication.translate(
        "SourcesDialog", "Read-only; select a passage, then link it to a score"))
    dialog.links_label = QLabel(dialog)
    named(dialog.links_label, "sourceLinks", QCoreApplication.translate("SourcesDialog", "Scores citing this source"))
    dialog.links_label.setAccessibleDescription(QCoreApplication.translate(
        "SourcesDialog", "The scores whose evidence quotes this source"))
    dialog.links_label.setWordWrap(True)
    dialog.links_label.setTextFormat(Qt.TextFormat.PlainText)  # option and criterion names as typed
    dialog.link_button = QPushButton(QCoreApplication.translate("SourcesDialog", "&Link to selected score…"), dialog)
    named(dialog.link_button, "linkPassageButton", QCoreApplication.translate(
        "SourcesDialog", "Link the selected passage to a score"))
    dialog.link_button.setAccessibleDescription(QCoreApplication.translate(
        "SourcesDialog", "Choose the scores the selected passage supports"))
    dialog.link_button.setToolTip(QCoreApplication.translate(
        "SourcesDialog", "Select a passage of the text first (Ctrl+Shift+L)"))
    link_row = QHBoxLayout()
    link_row.addWidget(dialog.links_label, 1)
    link_row.addWidget(dialog.link_button)
    right = QVBoxLayout()
    right.addWidget(dialog.details)
    right.addLayout(save_row)
    right.addWidget(dialog.text_view, 1)
    right.addLayout(link_row)

    left_w, right_w = QWidget(dialog), QWidget(dialog)
    left_w.setLayout(left)
    right_w.setLayout(right)
    splitter = QSplitter(Qt.Orientation.Horizontal, dialog)
    splitter.setObjectName("sourcesSplitter")
    splitter.addWidget(left_w)
    splitter.addWidget(right_w)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([260, 720])
    dialog.error_label = QLabel(dialog)
    named(dialog.error_label, "sourcesError", QCoreApplication.translate("SourcesDialog", "Problem"))
    dialog.error_label.setAccessibleDescription(QCoreApplication.translate(
        "SourcesDialog", "Why the last action could not be done"))
    dialog.error_label.setWordWrap(True)
    dialog.error_label.setTextFormat(Qt.TextFormat.PlainText)  # a problem may quote a title as typed
    set_tone(dialog.error_label, "message-error", "QLabel")  # issue 6: follows the system palette
    dialog.error_label.hide()
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(splitter, 1)
    layout.addWidget(dialog.error_label)
    layout.addWidget(close)
    return close


__all__ = ["build_sources_dialog"]
