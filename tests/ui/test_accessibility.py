"""Accessibility: every interactive widget is named for screen readers, Tab walks the window, no fixed pixel fonts."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QHeaderView, QLineEdit,
    QPlainTextEdit, QTabBar, QTextEdit, QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractSlider, QAbstractItemView, QTabBar,
               QTextEdit, QPlainTextEdit)
PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "counterweight"


def _is_internal(w: QWidget) -> bool:
    """Parts Qt builds inside another widget (scroll bars, a combo's popup, a spin box's editor, corner buttons)."""
    name = w.objectName()
    if name.startswith("qt_") or w.metaObject().className() in ("QLineEditIconButton", "QToolBoxButton"):
        return True
    if isinstance(w, QHeaderView) and isinstance(w.parentWidget(), QAbstractItemView):
        return True  # a view's headers are read out through the view
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or parent.objectName().startswith("qt_"):
            return True
        parent = parent.parentWidget()
    return isinstance(w, QAbstractSlider) and w.metaObject().className() == "QScrollBar"


def unnamed(root: QWidget) -> list[str]:
    """``objectName (Class)`` of every interactive widget under ``root`` with no accessible name."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, INTERACTIVE) and not _is_internal(w) and not w.accessibleName().strip():
            if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
                continue  # a button's visible text is its accessible name
            out.append(f"{w.objectName() or '<no objectName>'} ({w.metaObject().className()})")
    return out


def _check(root: QWidget) -> None:
    offenders = unnamed(root)
    print("\n".join(offenders))
    assert not offenders, f"{len(offenders)} interactive widgets without an accessible name: {offenders}"


@pytest.fixture
def window(qtbot, controller):
    from counterweight.ui.main_window import MainWindow

    w = MainWindow(controller, native_dialogs=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_main_window_widgets_are_named(window) -> None:
    window.analysis_tabs.sensitivity_panel  # noqa: B018 - build the lazy tabs too
    window.analysis_tabs.uncertainty_panel  # noqa: B018
    window.history_dock.show()
    _check(window)


def _dialogs(controller, window) -> dict[str, Callable[[], QWidget]]:
    from counterweight.ui.dialogs.about_dialog import AboutDialog
    from counterweight.ui.dialogs.criterion_dialog import CriterionDialog
    from counterweight.ui.dialogs.help_dialog import HelpDialog
    from counterweight.ui.dialogs.method_settings_dialog import MethodSettingsDialog
    from counterweight.ui.dialogs.red_lines_dialog import RedLinesDialog
    from counterweight.ui.dialogs.sources_dialog import SourcesDialog
    from counterweight.ui.dialogs.weighting_dialog import WeightingDialog

    leaf = controller.decision.leaves[0]
    return {
        "criterion": lambda: CriterionDialog(leaf, parent=window),
        "weighting": lambda: WeightingDialog(controller, None, window),
        "method": lambda: MethodSettingsDialog(controller, window),
        "red_lines": lambda: RedLinesDialog(controller, window),
        "sources": lambda: SourcesDialog(controller, window, native_dialogs=False),
        "about": lambda: AboutDialog(window),
        "help": lambda: HelpDialog(window),
    }


@pytest.mark.parametrize("name", ["criterion", "weighting", "method", "red_lines", "sources", "about", "help"])
def test_dialog_widgets_are_named(qtbot, window, controller, name: str) -> None:
    dialog = _dialogs(controller, window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    _check(dialog)
    dialog.close()


def test_tab_order_visits_the_panels_and_comes_back(qtbot, window) -> None:
    panels = [window.options_panel, window.criteria_panel, window.score_matrix, window.score_detail,
              window.weights_panel, window.analysis_tabs]
    window.activateWindow()
    first = window.options_panel.list
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    visited: list[int] = []
    seen: list[QWidget] = []
    for _ in range(400):
        w = QApplication.focusWidget()
        seen.append(w)
        owner = next((i for i, p in enumerate(panels) if p is w or p.isAncestorOf(w)), None)
        if owner is not None and (not visited or visited[-1] != owner):
            visited.append(owner)
        # Tables that move between cells with Tab (the score matrix) are left with Ctrl+Tab, as in Qt's own views.
        in_cells = isinstance(w, QAbstractItemView) and w.tabKeyNavigation()
        qtbot.keyClick(w, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier if in_cells else Qt.KeyboardModifier.NoModifier)
        if QApplication.focusWidget() is first:
            break
    else:
        pytest.fail(f"Tab never came back to the options list; stuck around {seen[-3:]}")
    order = [i for i in visited if i is not None]
    assert sorted(set(order)) == list(range(len(panels))), f"panels never reached: {order}"
    assert order == sorted(order), f"Tab order jumps between panels: {order}"


def test_no_fixed_pixel_font_sizes() -> None:
    pattern = re.compile(r"font-size\s*:\s*\d+(\.\d+)?px|setPixelSize\(")
    hits = [f"{p.relative_to(PACKAGE)}:{n}" for p in PACKAGE.rglob("*.py")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert not hits, f"fixed pixel font sizes ignore the system font size: {hits}"
