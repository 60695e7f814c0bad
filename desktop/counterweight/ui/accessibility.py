"""What screen readers hear: labels that show a result, and announcements of status changes (QA pass 30).

Qt reads a QLabel to assistive technology through its accessible *name* only (a label has no text
interface), and a name set with ``setAccessibleName`` replaces the label's text. A label that shows a
result (a verdict, a summary, a status) therefore keeps no name of its own: :func:`speak_shown_text` clears
it, so the name is what the label shows, and puts the label's title in its description instead.

Status changes that appear away from the focus (a brief written, a run ended, an error banner) are spoken
through :func:`announce`, which sends Qt's announcement event (Qt 6.8 and later).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QStyleOptionViewItem, QWidget


def speak_shown_text(label: QLabel, title: str, description: str = "") -> QLabel:
    """Have ``label`` read out by what it shows; ``title`` (and ``description``) become its description."""
    label.setAccessibleName("")
    label.setAccessibleDescription(f"{title}. {description}" if description else title)
    return label


def _send(event: QAccessibleAnnouncementEvent) -> None:
    """Hand ``event`` to the platform's accessibility bridge (tests replace this to record announcements)."""
    QAccessible.updateAccessibility(event)


def announce(widget: QWidget | None, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader speak ``text`` now, politely (after what it is saying) or, for errors, at once."""
    text = " ".join(text.split())
    if widget is None or not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    _send(event)


def show_status_line(owner: QWidget, label: QLabel, text: str, done: Callable[[], str] | None = None, *,
                     assertive: bool = False) -> None:
    """Show ``text`` in ``label`` (hidden when empty), a status line such as "Updating…" in a shown panel.

    The line is spoken when it appears (an error, ``assertive``, whenever it changes), and when it goes
    ``done()`` is spoken once the panel has been filled in (after this event), if the panel is shown.
    """
    before = label.text()
    label.setText(text)
    label.setVisible(bool(text))
    if not owner.isVisible():
        return
    if text and (assertive or not before):
        announce(owner, text, assertive=assertive)
    elif before and not text and done is not None:
        QTimer.singleShot(0, owner, lambda: announce(owner, done()) if owner.isVisible() else None)


class HeaderNamedEditors(QStyledItemDelegate):
    """The item delegate of a table whose cell editors are named after their column's header.

    Qt's default editors have no name, so a screen reader said only "text" (QA pass 30: the evidence
    rows' Source, Locator and Note).
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if editor is not None:
            header = index.model().headerData(index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            editor.setAccessibleName(str(header or ""))
        return editor
