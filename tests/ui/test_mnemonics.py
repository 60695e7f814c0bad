"""Alt letters (mnemonics): one per menu-bar title, one per item in each menu, and none of the
menu bar's taken by a label or button in the main window's panels.

Two items with the same letter make Alt+letter (or the letter in an open menu) go to the
first one and then cycle, instead of acting at once; a panel's label with a menu-bar letter
steals Alt+letter from the menu bar while it is shown (the History panel's "&From" took Alt+F).
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)

pytestmark = pytest.mark.qt


def mnemonic(text: str) -> str | None:
    """The letter after the first single "&" of ``text`` (lower case), or ``None``."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def test_mnemonic_reads_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("E&xport spreadsheet…") == "x"
    assert mnemonic("Tom && Jerry") is None
    assert mnemonic("Tom && &Jerry") == "j"
    assert mnemonic("Ranking") is None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def menus(menu: QMenu, path: str) -> list[tuple[str, QMenu]]:
    found = [(path, menu)]
    for action in menu.actions():
        if action.menu() is not None:
            found += menus(action.menu(), f"{path} > {action.text()}")
    return found


def _panel_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt letters of the shown labels (with a buddy), buttons and group boxes of the window."""
    found: dict[str, list[str]] = defaultdict(list)
    for w in window.findChildren(QWidget):
        if w.window() is not window or not w.isVisible():
            continue  # a control on a hidden tab does not answer its Alt letter
        if isinstance(w, QLabel):
            text = w.text() if w.buddy() is not None else ""
        elif isinstance(w, QAbstractButton):
            text = w.text()
        elif isinstance(w, QGroupBox):
            text = w.title()
        else:
            continue
        letter = mnemonic(text)
        if letter is not None:
            found[letter].append(f"{w.objectName() or type(w).__name__}: {text!r}")
    return found


def test_menu_bar_and_every_menu_have_one_item_per_letter(window) -> None:
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert all(mnemonic(t) for t in titles), titles
    assert not clashes(titles), titles
    for action in bar.actions():
        for path, menu in menus(action.menu(), action.text()):
            texts = [a.text() for a in menu.actions() if not a.isSeparator()]
            assert not clashes(texts), f"{path}: {clashes(texts)}"


def test_every_submenu_has_a_letter(window) -> None:
    """A submenu without a letter cannot be opened from the keyboard once its menu is open."""
    missing = []
    for action in window.menuBar().actions():
        for path, menu in menus(action.menu(), action.text()):
            missing += [f"{path} > {a.text()}" for a in menu.actions() if a.menu() is not None and not mnemonic(a.text())]
    assert not missing, missing


def test_the_analysis_tabs_can_be_chosen_by_letter_in_view_analysis(window) -> None:
    menu = window.menuBar().findChild(QMenu, "analysisMenu")
    texts = [a.text() for a in menu.actions()]
    assert all(mnemonic(t) for t in texts) and not clashes(texts), texts
    tabs = window.analysis_tabs
    assert not any(mnemonic(tabs.tabText(i)) for i in range(tabs.count()))  # the tabs themselves take no Alt letter


def test_panels_take_no_menu_bar_letter(qtbot, window) -> None:
    """On every analysis tab, with the History panel open, Alt+F, Alt+E, Alt+V... still open the menus."""
    bar_letters = {mnemonic(a.text()) for a in window.menuBar().actions()}
    window.history_dock.show()
    tabs = window.analysis_tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)  # builds the panel on first use
        qtbot.waitUntil(lambda: tabs.currentWidget().isVisible())
        QApplication.processEvents()
        panels = _panel_mnemonics(window)
        taken = {letter: texts for letter, texts in panels.items() if letter in bar_letters}
        assert not taken, f"{tabs.tabText(i)}: panel labels take menu-bar letters: {taken}"


def test_the_panels_on_show_at_start_have_one_control_per_letter(qtbot, window) -> None:
    """The panels, the Ranking tab and the History panel: Alt+C was both Criteria and Copy head hash."""
    window.history_dock.show()
    window.analysis_tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.history_panel.isVisible)
    twice = {letter: texts for letter, texts in _panel_mnemonics(window).items() if len(texts) > 1}
    assert not twice, f"one Alt letter for two controls: {twice}"


def test_every_analysis_tab_has_one_control_per_letter(qtbot, window) -> None:
    """Each tab with the panels around it (History open): Alt+R was both Ranged scores and Run."""
    window.history_dock.show()
    tabs = window.analysis_tabs
    clashes = {}
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda: tabs.currentWidget().isVisible())
        QApplication.processEvents()
        twice = {letter: texts for letter, texts in _panel_mnemonics(window).items() if len(texts) > 1}
        if twice:
            clashes[tabs.tabText(i)] = twice
    assert not clashes, clashes


def test_the_uncertainty_tab_has_one_control_per_letter_in_every_weight_mode(qtbot, window) -> None:
    """The importance-order buttons appear only for some weight modes: "Move do&wn" and "Order
    by &weights" both took the Weights box's Alt+W once shown."""
    from counterweight.domain.methods import WeightUncertainty

    tabs = window.analysis_tabs
    tabs.setCurrentIndex(3)
    panel = tabs.page(3).ensure()
    qtbot.waitUntil(panel.isVisible)
    combo = panel.weight_mode_combo
    order_buttons_shown = False
    for mode in WeightUncertainty:
        combo.setCurrentIndex(combo.findData(mode))
        combo.activated.emit(combo.currentIndex())
        QApplication.processEvents()
        panels = _panel_mnemonics(window)
        order_buttons_shown |= any(b.isVisible() for b in panel.weights_editor.order_buttons)
        twice = {letter: texts for letter, texts in panels.items() if len(texts) > 1}
        assert not twice, f"{mode}: one Alt letter for two controls: {twice}"
    assert order_buttons_shown  # the walk reached the mode that shows them
