"""The details of one source: title, author, publisher, date, reference and reliability."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from counterweight.domain.evidence import Reliability, Source
from counterweight.ui.accessibility import named
from counterweight.ui.local_times import local_stamp_marked, local_time_tip
from counterweight.ui.numbers import count


class SourceDetailsForm(QWidget):
    """Edits a source's details; the owner saves them.

    Signals
    -------
    edited()
        The user changed a field.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceDetailsForm")
        self._loading = False
        self.title_edit = QLineEdit(self)
        named(self.title_edit, "sourceTitle", self.tr("Title"))
        self.title_edit.setAccessibleDescription(self.tr("The title of the document or report"))
        self.author_edit = QLineEdit(self)
        named(self.author_edit, "sourceAuthor", self.tr("Author"))
        self.author_edit.setAccessibleDescription(self.tr("Who wrote it: a person or an organisation"))
        self.publisher_edit = QLineEdit(self)
        named(self.publisher_edit, "sourcePublisher", self.tr("Publisher"))
        self.publisher_edit.setAccessibleDescription(self.tr("Who published it"))
        self.published_edit = QLineEdit(self)
        named(self.published_edit, "sourcePublished", self.tr("Published"))
        self.published_edit.setAccessibleDescription(self.tr("When it was published, in any form"))
        self.published_edit.setPlaceholderText(self.tr("e.g. 2024-11-20 or November 2024"))
        self.reference_edit = QLineEdit(self)
        named(self.reference_edit, "sourceReference", self.tr("Reference"))
        self.reference_edit.setAccessibleDescription(self.tr("A URL or citation, kept as text and never opened"))
        self.reference_edit.setPlaceholderText(self.tr("URL or citation (kept as text, never opened)"))
        self.reliability_combo = QComboBox(self)
        named(self.reliability_combo, "sourceReliability", self.tr("Reliability of the source"))
        self.reliability_combo.setAccessibleDescription(self.tr("Admiralty grade, A (reliable) to F (unknown)"))
        words = {Reliability.A: self.tr("A – completely reliable"), Reliability.B: self.tr("B – usually reliable"),
                 Reliability.C: self.tr("C – fairly reliable"), Reliability.D: self.tr("D – not usually reliable"),
                 Reliability.E: self.tr("E – unreliable"), Reliability.F: self.tr("F – cannot be judged")}
        for grade in Reliability:
            self.reliability_combo.addItem(words[grade], grade.value)
        self.reliability_combo.setToolTip(self.tr("Admiralty scale: how far this source can usually be trusted"))
        self.imported_label = QLabel(self)
        named(self.imported_label, "sourceImported", self.tr("Where the text came from"))
        self.imported_label.setAccessibleDescription(self.tr("The file and time the text was imported from"))
        self.imported_label.setTextFormat(Qt.TextFormat.PlainText)
        self.imported_label.setWordWrap(True)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((self.tr("&Title:"), self.title_edit), (self.tr("&Author:"), self.author_edit),
                             (self.tr("&Publisher:"), self.publisher_edit),
                             (self.tr("Pu&blished:"), self.published_edit),
                             (self.tr("Re&ference:"), self.reference_edit),
                             (self.tr("Reliabilit&y:"), self.reliability_combo)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.imported_label)
        for edit in self._edits():
            edit.textEdited.connect(self._on_edit)
        self.reliability_combo.activated.connect(self._on_edit)

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.title_edit, self.author_edit, self.publisher_edit, self.published_edit, self.reference_edit)

    def _on_edit(self, *_: Any) -> None:
        if not self._loading:
            self.edited.emit()

    def set_source(self, source: Source | None) -> None:
        """Show ``source`` (``None``: empty fields)."""
        self._loading = True
        try:
            values = ("", "", "", "", "") if source is None else (
                source.title, source.author, source.publisher, source.published, source.reference)
            for edit, value in zip(self._edits(), values):
                edit.setText(value)
                edit.setCursorPosition(0)  # show the start of a long value, not its end
            grade = source.reliability.value if source else Reliability.F.value
            self.reliability_combo.setCurrentIndex(self.reliability_combo.findData(grade))
        finally:
            self._loading = False
        if source is not None and source.imported_from:
            when = local_stamp_marked(source.imported_at) if source.imported_at else "?"
            self.imported_label.setText(self.tr("Text imported from {0} on {1} ({2} characters).").format(
                source.imported_from, when, count(len(source.text))))
        elif source is not None and not source.has_text:
            self.imported_label.setText(self.tr("No text yet: use “Load text into source…” to import it."))
        else:
            self.imported_label.setText("")
        at = source.imported_at if source is not None and source.imported_from else None
        self.imported_label.setToolTip(local_time_tip(at) if at is not None else "")

    def values(self) -> dict[str, Any]:
        """The edited fields, ready to update a :class:`Source`."""
        return {"title": self.title_edit.text(), "author": self.author_edit.text(),
                "publisher": self.publisher_edit.text(), "published": self.published_edit.text(),
                "reference": self.reference_edit.text(), "reliability": self.reliability_combo.currentData()}

    def set_editable(self, on: bool) -> None:
        for w in (*self._edits(), self.reliability_combo):
            w.setEnabled(on)


__all__ = ["SourceDetailsForm"]
