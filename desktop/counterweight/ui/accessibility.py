"""What screen readers hear: labels that show a result, and announcements of status changes (QA pass 30).

Qt reads a QLabel to assistive technology through its accessible *name* only (a label has no text
interface), and a name set with ``setAccessibleName`` replaces the label's text. A label that shows a
result (a verdict, a summary, a status) therefore keeps no name of its own: :func:`speak_shown_text` clears
it, so the name is what the label shows, and puts the label's title in its description instead.

Status changes that appear away from the focus (a brief written, a run ended, an error banner) are spoken
through :func:`announce`, which sends Qt's announcement event (Qt 6.8 and later).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QStyleOptionViewItem, QWidget


def named(widget: QWidget, name: str, accessible: str) -> None:
    """Give ``widget`` its object name (for tests and style sheets) and the name assistive technology reads."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


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


#: A status line such as "Updating…" is spoken only when it is still shown after this many milliseconds: a
#: quick update announces only its result, so a screen reader is not flooded while a slider is dragged.
SLOW_UPDATE_MS = 1000
#: At most one "… updated" announcement per panel in this many milliseconds; the last result wins.
UPDATED_GAP_MS = 2000


class _StatusSpeaker(QObject):
    """A panel's status line as a screen reader hears it: "Updating…" late, the results throttled."""

    def __init__(self, owner: QWidget, label: QLabel) -> None:
        super().__init__(owner)
        self.setObjectName("statusSpeaker")
        self._owner, self._label = owner, label
        self._done: Callable[[], str] | None = None
        self._last_done = -float(UPDATED_GAP_MS)  # monotonic milliseconds of the last result spoken
        self.busy_timer = QTimer(self, singleShot=True)
        self.busy_timer.timeout.connect(self._say_busy)
        self.done_timer = QTimer(self, singleShot=True)
        self.done_timer.timeout.connect(self._say_done)

    def started(self) -> None:
        self.busy_timer.start(SLOW_UPDATE_MS)

    def ended(self, done: Callable[[], str] | None) -> None:
        self.busy_timer.stop()
        if done is None:
            return
        self._done = done  # the last one wins
        wait = self._last_done + UPDATED_GAP_MS - time.monotonic() * 1000
        self.done_timer.start(max(0, int(wait)))  # at least after this event: the panel is filled in then

    def _say_busy(self) -> None:
        if self._owner.isVisible() and self._label.text():
            announce(self._owner, self._label.text())

    def _say_done(self) -> None:
        if self._done is None or not self._owner.isVisible():
            return
        if self._label.text():  # another update is going: its end speaks the result
            return
        done, self._done = self._done, None
        self._last_done = time.monotonic() * 1000
        announce(self._owner, done())


def show_status_line(owner: QWidget, label: QLabel, text: str, done: Callable[[], str] | None = None, *,
                     assertive: bool = False) -> None:
    """Show ``text`` in ``label`` (hidden when empty), a status line such as "Updating…" in a shown panel.

    An error (``assertive``) is spoken at once, whenever it changes. Any other line is spoken only if it is
    still shown :data:`SLOW_UPDATE_MS` after it appeared; when it goes, ``done()`` is spoken once the panel
    has been filled in, if the panel is shown, and no sooner than :data:`UPDATED_GAP_MS` after the previous
    result it spoke (the latest result is the one spoken).
    """
    before = label.text()
    label.setText(text)
    label.setVisible(bool(text))
    if not owner.isVisible():
        return
    speaker = owner.findChild(_StatusSpeaker, "statusSpeaker", Qt.FindChildOption.FindDirectChildrenOnly)
    if speaker is None:
        speaker = _StatusSpeaker(owner, label)
    if text and assertive:
        speaker.busy_timer.stop()
        announce(owner, text, assertive=True)
    elif text and not before:
        speaker.started()
    elif before and not text:
        speaker.ended(done)


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
