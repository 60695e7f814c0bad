"""One follower of the focus gives each window the application's keys (F1, Shift+F10) once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from counterweight.ui.window_keys import window_keys

pytestmark = pytest.mark.qt


def focused_dialog(qtbot) -> QDialog:  # noqa: ANN001
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(edit := QLineEdit(dialog))
    dialog.show()
    dialog.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return dialog


def test_each_window_is_served_once_by_each_giver(qtbot, qapp) -> None:  # noqa: ANN001
    keys = window_keys(qapp)
    assert keys is window_keys(qapp)  # one per application
    served: list[QWidget] = []
    owner = QObject()
    keys.give("test-once", served.append, owner)
    dialog = focused_dialog(qtbot)
    dialog.findChild(QLineEdit).clearFocus()
    dialog.findChild(QLineEdit).setFocus()  # the focus comes back: not served again
    qtbot.wait(20)
    assert served.count(dialog) == 1


def test_a_giver_goes_with_its_owner(qtbot, qapp) -> None:  # noqa: ANN001
    keys = window_keys(qapp)
    served: list[QWidget] = []
    owner = QObject()
    keys.give("test-owner", served.append, owner)
    with qtbot.waitSignal(owner.destroyed, timeout=1000):
        owner.deleteLater()
    focused_dialog(qtbot)
    assert served == []


def test_a_newer_giver_of_the_same_name_is_kept_when_the_older_owner_goes(qtbot, qapp) -> None:  # noqa: ANN001
    keys = window_keys(qapp)
    old_served: list[QWidget] = []
    new_served: list[QWidget] = []
    old_owner, new_owner = QObject(), QObject()
    keys.give("test-replace", old_served.append, old_owner)
    keys.give("test-replace", new_served.append, new_owner)
    with qtbot.waitSignal(old_owner.destroyed, timeout=1000):
        old_owner.deleteLater()
    dialog = focused_dialog(qtbot)
    assert dialog in new_served and old_served == []
