"""One line above the ranking table with the recorded recommendation and decision.

Edit › Recommendation and decision… records which option the staff recommend and
which was decided (:mod:`counterweight.ui.dialogs.conclusion_dialog`). The Ranking
panel shows it in one short line, so whoever reads the ranking also sees what was
done with it; the line is hidden when nothing is recorded. It follows the shared
inputs' record whatever view is shown, as the record belongs to the project.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QLabel, QWidget

from counterweight.domain import Decision
from counterweight.services.changes import ChangeSet, Part
from counterweight.ui.accessibility import speak_shown_text
from counterweight.ui.i18n import window_locale  # h26d: the month in the window's language
from counterweight.ui.session_controller import SessionController


class ConclusionLine(QLabel):
    """"Recommended: X (by Y). Decided: Z, by W on 5 March 2026." or hidden."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setObjectName("conclusionLine")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # option and people's names as typed
        speak_shown_text(self, self.tr("Recommendation and decision"))
        self.setToolTip(self.tr("Recorded with Edit › Recommendation and decision…"))
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self.refresh)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Part.INFO, Part.OPTIONS):
            self.refresh()

    def refresh(self) -> None:
        text = line_text(self._controller.decision) if self._controller.has_session else ""
        self.setText(text)
        self.setVisible(bool(text))


def _fill(template: str, *values: str) -> str:
    """``template`` with ``%1``, ``%2``... replaced in one pass (a name holding "%2" stays as typed)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def line_text(decision: Decision) -> str:
    """The line for ``decision``'s conclusion in the window's language; ``""`` when none is recorded."""
    c = decision.conclusion
    if c is None:
        return ""

    def name(oid: str | None) -> str:
        return decision.option(oid).name if oid is not None and decision.has_option(oid) else ""

    parts: list[str] = []
    rec, dec = name(c.recommended_option_id), name(c.decided_option_id)
    if rec:
        text = (QCoreApplication.translate("ConclusionLine", "Recommended: %1 (by %2).") if c.recommended_by
                else QCoreApplication.translate("ConclusionLine", "Recommended: %1."))
        parts.append(_fill(text, rec, c.recommended_by))
    if dec:
        day = ""
        if c.decided_on is not None:
            day = window_locale().toString(QDate(c.decided_on.year, c.decided_on.month, c.decided_on.day),
                                     "d MMMM yyyy")  # as the dialog shows it: the month in words
        if c.decided_by and day:
            text = QCoreApplication.translate("ConclusionLine", "Decided: %1, by %2 on %3.")
        elif c.decided_by:
            text = QCoreApplication.translate("ConclusionLine", "Decided: %1, by %2.")
        elif day:
            text = QCoreApplication.translate("ConclusionLine", "Decided: %1, on %3.")
        else:
            text = QCoreApplication.translate("ConclusionLine", "Decided: %1.")
        parts.append(_fill(text, dec, c.decided_by, day))
    elif rec:
        parts.append(QCoreApplication.translate("ConclusionLine", "Not decided yet."))
    if not parts:  # only reasons, names or a note, no option: say that something is recorded
        parts.append(QCoreApplication.translate(
            "ConclusionLine", "A recommendation or decision note is recorded, without an option."))
    return " ".join(parts)


__all__ = ["ConclusionLine", "line_text"]
