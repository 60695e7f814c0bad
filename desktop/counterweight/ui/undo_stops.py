"""Where Edit > Undo stops, and why, said where the user looks (QA pass 24, item 8).

Undo reaches back to when the project was opened, and at most :data:`UNDO_LIMIT
<counterweight.ui.session_controller.UNDO_LIMIT>` steps. At either end it was simply
greyed out, Ctrl+Z did nothing, and the oldest steps of a long session fell off without a
word, while View > History still holds every change and can restore an earlier value.
:class:`UndoStops` says so:

* the greyed-out Undo's tooltip and status tip give the reason and point to History;
* Ctrl+Z with nothing to undo says the same in the status bar;
* the first time the limit lets the oldest step go, the status bar says so, once per project.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget
from shiboken6 import isValid

from counterweight.ui.i18n import window_locale


class UndoStops(QObject):
    """Explains the end of ``stack``'s undo history on ``undo`` (the Edit menu's Undo) and through ``say``.

    Parameters
    ----------
    window
        The main window: it holds the Ctrl+Z that answers when there is nothing to undo.
    undo
        The Undo action made by ``stack.createUndoAction``.
    stack
        The project's undo stack.
    say
        Puts a sentence in the status bar.
    """

    def __init__(self, window: QWidget, undo: QAction, stack: QUndoStack, say: Callable[[str], None]) -> None:
        super().__init__(window)
        self._undo, self._stack, self._say = undo, stack, say
        self._index = stack.index()
        self.dropped = False  # the limit let old steps go since the project was opened
        # Ctrl+Z reaches this one only while Undo is disabled (never both enabled: no ambiguous key)
        self.nothing_action = QAction(self.tr("Nothing to undo"), window)
        self.nothing_action.setObjectName("nothingToUndoAction")
        self.nothing_action.setShortcuts(undo.shortcuts() or QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.nothing_action.triggered.connect(lambda _checked=False: self._say(self.reason()))
        window.addAction(self.nothing_action)
        for menu in undo.associatedObjects():  # the reason shows on hover, not only in the status bar
            if isinstance(menu, QMenu):
                menu.setToolTipsVisible(True)  # only actions with a tooltip of their own show one
        stack.indexChanged.connect(self._on_index_changed)
        stack.canUndoChanged.connect(self._explain)
        self._explain()

    def reason(self) -> str:
        """Why there is nothing (more) to undo, and where earlier changes are."""
        history = self.tr("View > History lists every change and can restore an earlier value.")
        if self.dropped:
            limit = window_locale().toString(self._stack.undoLimit())
            return self.tr("Nothing more to undo: Undo keeps only the last {0} steps. {1}").format(limit, history)
        if self._stack.count():
            return self.tr("Nothing more to undo since the project was opened. {0}").format(history)
        return self.tr("Nothing to undo since the project was opened. {0}").format(history)

    def _explain(self, *_args: object) -> None:
        if not isValid(self._stack) or not isValid(self._undo):  # the stack clears itself as it is deleted
            return
        can = self._stack.canUndo()
        self.nothing_action.setEnabled(not can)
        tip = "" if can else self.reason()  # enabled: Qt's own tooltip, the action's text
        self._undo.setToolTip(tip)
        self._undo.setStatusTip(tip)

    def _on_index_changed(self, index: int) -> None:
        stack = self._stack
        if not isValid(stack):
            return
        if not stack.count():  # cleared: another project, or the same one opened again
            self.dropped = False
        elif index == self._index and stack.undoLimit() and stack.count() == stack.undoLimit():
            # a step pushed onto a full stack: Qt let the oldest go and the index came back where it was
            if not self.dropped:
                self.dropped = True
                self._say(self.tr("Undo keeps the last {0} steps: from now on the oldest is let go as you work. "
                                  "View > History still lists every change and can restore an earlier value.").format(
                    window_locale().toString(stack.undoLimit())))
        self._index = index
        self._explain()


__all__ = ["UndoStops"]
