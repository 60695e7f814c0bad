"""Where the keyboard focus goes when a panel disables the button it is on (QA, session 28).

Qt hands the focus of a widget being disabled to the next widget in the Tab chain,
whatever that is: after "Down" on the second-last option it was Delete (the next
Space asked to delete the option), after the Uncertainty tab's Run it was the banner
at the top of the window, after the score's Apply the Linked passages list.

:func:`set_enabled` enables and disables a panel's controls in one go. When the
focus is on one about to be disabled, it first moves the focus to the first of the
places the panel names that can take it: the list the button acts on, or the next
button of its group (never a destructive one: the panel does not name those). Only
then are the controls disabled, so the focus never passes through another control
on the way (a screen reader would announce it).

A switch is a widget or an action; an action stands for the buttons showing it
(a tool button's default action, or any button the action was added to).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

Switch = QAction | QWidget


def _controls(switch: Switch) -> list[QWidget]:
    """The widgets that ``switch`` enables and disables."""
    if isinstance(switch, QWidget):
        return [switch]
    return [o for o in switch.associatedObjects() if isinstance(o, QAbstractButton)]


def _holds(widget: QWidget, focus: QWidget) -> bool:
    return widget is focus or widget.isAncestorOf(focus)


def can_take_focus(widget: QWidget | None) -> bool:
    """Whether ``widget`` is shown, enabled and reached by Tab."""
    return (widget is not None and widget.isEnabled() and widget.isVisible()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def set_enabled(states: Iterable[tuple[Switch, bool]], focus_to: Sequence[QWidget | None]) -> QWidget | None:
    """Enable or disable each switch of ``states``, keeping the keyboard focus in a harmless place.

    Switches turned on are enabled first, so a button that appears in place of another
    (Cancel for Run) can take the focus. If the focus is then on a control about to be
    disabled, it goes to the first widget of ``focus_to`` (``None`` entries are skipped)
    that can take it and is not being disabled too; with none, Qt's own choice stands.

    Returns
    -------
    QWidget or None
        The widget given the focus, or ``None`` when the focus was not moved.
    """
    states = list(states)
    for switch, on in states:
        if on:
            switch.setEnabled(True)
    going = [c for switch, on in states if not on for c in _controls(switch)]
    focus = QApplication.focusWidget()
    target = None
    if focus is not None and any(c.isEnabled() and _holds(c, focus) for c in going):
        target = next((w for w in focus_to if can_take_focus(w) and not any(_holds(c, w) for c in going)), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
    for switch, on in states:
        if not on:
            switch.setEnabled(False)
    return target


__all__ = ["can_take_focus", "set_enabled"]
