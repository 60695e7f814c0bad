"""Text typed in a table's or a list's in-place editor, applied before the project is left.

An item view applies what its open editor holds when the focus leaves it for another
widget of the window, or when the window closes. File > Open, New and Open recent, run
from the menu or a shortcut, replaced the project under an open editor without that: a
score typed in the matrix without Enter, or an option or criterion name being typed,
was lost without a word (QA pass 24, item 3). The score matrix and the options and
criteria panels register with
:meth:`SessionController.add_pending_edits
<counterweight.ui.session_controller.SessionController.add_pending_edits>` and apply
their open editor with :func:`commit_open_editor`, as Enter would.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, SignalInstance
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QWidget


def open_editor(view: QAbstractItemView) -> tuple[QWidget, QModelIndex] | None:
    """The in-place editor open in ``view`` and the item it edits (``None`` when no editor is open).

    Editing starts on the current item (F2, Enter, typing or a double-click make it
    current first), in any of its columns.
    """
    if view.state() != QAbstractItemView.State.EditingState:
        return None
    current = view.currentIndex()
    if not current.isValid():
        return None
    column = 0
    index = current.siblingAtColumn(column)
    while index.isValid():  # (a list widget's model keeps its columnCount private)
        editor = view.indexWidget(index)  # an open editor, as Qt keeps it for the item
        if editor is not None:
            return editor, index
        column += 1
        index = current.siblingAtColumn(column)
    return None


def commit_open_editor(view: QAbstractItemView, refusals: SignalInstance) -> str | None:
    """Apply what ``view``'s open editor holds, as Enter would, and close the editor.

    ``refusals`` is the signal that says why a typed value was not taken (the message
    is its first argument). Returns ``None`` when the value was applied or no editor was
    open. When it was refused, the editor stays open with the text as typed and takes
    the keyboard focus, and the reason is returned.
    """
    found = open_editor(view)
    if found is None:
        return None
    editor, index = found
    delegate = view.itemDelegateForIndex(index)
    heard: list[str] = []

    def hear(message: str, *_rest: object) -> None:
        heard.append(message)

    typed = editor.metaObject().userProperty()  # what the delegate reads: a line edit's text, say
    as_typed = typed.read(editor) if typed.isValid() else None
    refusals.connect(hear)
    try:
        delegate.commitData.emit(editor)  # the view calls the delegate's setModelData, as on Enter
    finally:
        refusals.disconnect(hear)
    if heard:
        if as_typed is not None:  # a list puts the old name back in its item, and so in the open editor
            typed.write(editor, as_typed)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        _KeptOpen(editor)  # the message saying why takes the focus: the editor must not close under it
        return heard[0]
    delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    return None


class _KeptOpen(QObject):
    """Keeps a refused editor open while the message about it has the focus.

    Qt's delegates apply and close their editor when it loses the focus to another
    window: the message box saying why the text was refused would so close the editor and
    drop the text it says is still there. This swallows that one focus change (the
    window's focus stays on the editor, which gets it back when the message is closed);
    any other focus change, or the editor's return, ends it.
    """

    def __init__(self, editor: QWidget) -> None:
        super().__init__(editor)
        editor.installEventFilter(self)  # runs before the delegate's filter, installed earlier

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FocusOut, QEvent.Type.FocusIn):
            watched.removeEventFilter(self)
            self.deleteLater()
            if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) \
                    and event.reason() == Qt.FocusReason.ActiveWindowFocusReason:
                return True
        return super().eventFilter(watched, event)


__all__ = ["commit_open_editor", "open_editor"]
