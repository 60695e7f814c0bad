"""Shift+F10 opens the focused widget's context menu (QA pass 18, item 12: Qt maps it only on Windows).

The application installs it at start-up (``make_application``); the menu opens at the
current item, so a menu that depends on the item (the weights tree's) is the item's.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QListWidget, QVBoxLayout, QWidget

pytestmark = [pytest.mark.qt,
              pytest.mark.skipif(sys.platform == "win32", reason="Qt itself maps Shift+F10 on Windows")]

ROOT = Path(__file__).parents[2]


@pytest.fixture(autouse=True)
def _installed(qapp) -> None:  # noqa: ANN001
    from counterweight.ui.app import make_application

    assert make_application([]) is qapp  # what start-up does: installs the Shift+F10 shortcut


def shift_f10(qtbot, widget: QWidget, prepare: Callable[[], object] = lambda: None) -> tuple[list[str], QPoint]:  # noqa: ANN001
    """Focus ``widget`` in its active window, press Shift+F10; the menu's entries and where it opened."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    prepare()
    seen: dict[str, object] = {}

    def grab() -> None:
        menu = QApplication.activePopupWidget()
        if menu is not None:
            seen["actions"] = [a.text() for a in menu.actions() if not a.isSeparator()]
            seen["pos"] = menu.pos()
            menu.close()

    QTimer.singleShot(300, grab)  # the menu runs its own loop until closed
    qtbot.keyClick(widget, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(400)
    assert "actions" in seen, f"Shift+F10 opened no menu on {widget.objectName()}"
    return seen["actions"], seen["pos"]  # type: ignore[return-value]


def near(pos: QPoint, widget: QWidget, index) -> bool:  # noqa: ANN001
    """Whether a menu at ``pos`` opened on the row of ``index`` (its top left inside the row's rectangle)."""
    rect = widget.visualRect(index)
    top_left = widget.viewport().mapToGlobal(rect.topLeft())
    return top_left.y() <= pos.y() <= top_left.y() + rect.height() and top_left.x() <= pos.x()


def test_shift_f10_opens_the_options_and_criteria_menus_at_the_current_item(qtbot, window) -> None:  # noqa: ANN001
    options = window.options_panel.list
    options.setCurrentRow(2)
    actions, pos = shift_f10(qtbot, options)
    assert "&Add option" in actions and "De&lete…" in actions
    assert near(pos, options, options.currentIndex())
    tree = window.criteria_panel.tree
    actions, pos = shift_f10(qtbot, tree, lambda: window.criteria_panel.select_criterion("cost"))
    assert "Add &criterion" in actions
    assert near(pos, tree, tree.currentIndex())


def test_shift_f10_opens_the_score_matrix_menu(qtbot, window) -> None:  # noqa: ANN001
    matrix = window.score_matrix
    actions, pos = shift_f10(qtbot, matrix.view, lambda: matrix.select_cell("b", "effect"))
    assert any("Copy" in a for a in actions)
    assert near(pos, matrix.view, matrix.view.currentIndex())


def test_shift_f10_in_the_weights_tree_offers_the_current_items_group(qtbot, window) -> None:  # noqa: ANN001
    weights = window.weights_panel
    actions, _pos = shift_f10(qtbot, weights.tree, lambda: weights.tree.setCurrentItem(weights.item("cost")))
    assert any("Benefits" in a for a in actions), actions  # the menu of "Cost", in the group Benefits


def test_shift_f10_works_in_a_modal_dialog(qtbot, window) -> None:  # noqa: ANN001
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    listing = QListWidget(dialog)
    listing.addItems(["one", "two"])
    listing.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    listing.addAction(QAction("Hello", listing))
    QVBoxLayout(dialog).addWidget(listing)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    actions, _pos = shift_f10(qtbot, listing)
    assert actions == ["Hello"]
    dialog.reject()


def test_the_user_guide_tells_of_shift_f10() -> None:
    for copy in (ROOT / "docs" / "user-guide.md", ROOT / "resources" / "help" / "user-guide.md"):
        keyboard = copy.read_text(encoding="utf-8").split("## Keyboard", 1)[1].split("\n## ", 1)[0]
        assert "Shift+F10" in keyboard, copy
