"""Access keys (the letter after "&") in English and in French, with the translation the app loads.

A letter used twice makes Alt+letter (or the letter in an open menu) go to the first control and
then cycle instead of acting; a panel control with a menu-bar letter steals Alt+letter from that
menu while it is shown. French once had "É&dition" and "Ai&de" both on Alt+D, "&Aller à l'élément"
on the Affichage menu's Alt+A, and "&Annuler" beside "&Analysts…" in the Edition menu.

Unlike test_mnemonics.py (English, panels as they open), this walks both languages and the states
that show more controls: an entry selected in the History panel, a score with a linked passage
selected (Remove link), every analysis tab and every weight mode of the Uncertainty tab; and it
checks the dialogs opened from the main window, each on its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from counterweight.domain.elements import EvidenceRef
from counterweight.domain.evidence import Credibility, Source
from counterweight.services.session import ProjectSession
from counterweight.ui import i18n
from tests.factories import small_decision
from tests.storage.builders import rebuild, replace_score
from tests.ui.test_mnemonics import clashes as _clashes
from tests.ui.test_mnemonics import menus as _menus
from tests.ui.test_mnemonics import mnemonic

pytestmark = pytest.mark.qt

PASSAGE = "Troops are gathering at the border."


@pytest.fixture(params=["en", "fr"])
def language(request, qapp) -> Iterator[str]:
    """Install the translation for the language the way start-up does (none for English)."""
    installed = i18n.install_translators(qapp, QLocale(request.param))
    if request.param != "en":
        assert installed, f"no compiled translation for {request.param}"
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def lang_window(qtbot, language: str, tmp_path: Path):
    """The main window, in ``language``, on the small decision with one passage linked to a score."""
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController

    decision = rebuild(small_decision(), sources=[Source(id="art", title="Field article", text=PASSAGE)])
    ref = EvidenceRef(source="Field article", source_id="art", quote="Troops are gathering", start=0, end=20,
                      credibility=Credibility.HIGH)
    decision = replace_score(decision, "b", "effect", value=9, rationale="strong", evidence=[ref])
    session = ProjectSession.create(tmp_path / "keys.counterweight", decision)
    controller = SessionController(session)
    settings = QSettings(str(tmp_path / "window-test.ini"), QSettings.Format.IniFormat)
    win = MainWindow(controller, native_dialogs=False, settings=settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for dialog in win.findChildren(QDialog):
        dialog.close()
    controller.undo_stack.clear()
    controller.close_session()


def _controls(top: QWidget) -> dict[str, list[str]]:
    """Letter -> the shown buttons, check boxes, labels with a buddy, group boxes and tabs of ``top``."""
    found: dict[str, list[str]] = defaultdict(list)
    for w in top.findChildren(QWidget):
        if w.window() is not top or not w.isVisible():
            continue  # a control on a hidden tab, or in another window, does not answer here
        texts: list[str] = []
        if isinstance(w, QLabel) and w.buddy() is not None:
            texts = [w.text()]
        elif isinstance(w, QAbstractButton):
            texts = [w.text()]
        elif isinstance(w, QGroupBox):
            texts = [w.title()]
        elif isinstance(w, QTabBar):
            texts = [w.tabText(i) for i in range(w.count()) if w.isTabVisible(i)]
        for text in texts:
            letter = mnemonic(text)
            if letter is not None:
                found[letter].append(f"{w.objectName() or type(w).__name__}: {text!r}")
    return found


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(1)


def test_menu_bar_titles_have_distinct_letters(lang_window) -> None:
    titles = [a.text() for a in lang_window.menuBar().actions()]
    assert all(mnemonic(t) for t in titles), titles
    assert not _clashes(titles), titles


def test_every_menu_has_distinct_letters(lang_window) -> None:
    clashes = {}
    for action in lang_window.menuBar().actions():
        for path, menu in _menus(action.menu(), action.text()):
            texts = [a.text() for a in menu.actions() if not a.isSeparator()]
            if _clashes(texts):
                clashes[path] = _clashes(texts)
    assert not clashes, clashes


def _show_refused_change(win) -> None:
    """The error banner as it is after the file refused changes: with its Try again button."""
    win.banners.message_banner.show_text("The change was not saved.")
    win.banners._on_unsaved(2)


def _window_states(qtbot, win) -> Iterator[str]:
    """Put ``win`` in each state that shows a different set of controls; yield its name."""
    from counterweight.domain.methods import WeightUncertainty

    win.history_dock.show()
    qtbot.waitUntil(win.history_panel.isVisible)
    qtbot.waitUntil(lambda: win.history_panel.model.rowCount() > 0)
    win.history_panel.table.selectRow(0)
    assert win.score_matrix.select_cell("b", "effect")
    qtbot.waitUntil(win.score_detail.passages.isVisible)
    win.score_detail.passages.list.setCurrentRow(0)
    tabs = win.analysis_tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)  # builds the page on first use
        qtbot.waitUntil(lambda: tabs.currentWidget().isVisible())
        _show_refused_change(win)
        _settle(qtbot)
        yield tabs.tabText(i)
    tabs.setCurrentIndex(3)
    panel = tabs.page(3).ensure()
    combo: QComboBox = panel.weight_mode_combo
    for mode in WeightUncertainty:
        combo.setCurrentIndex(combo.findData(mode))
        combo.activated.emit(combo.currentIndex())
        _show_refused_change(win)
        _settle(qtbot)
        yield f"{tabs.tabText(3)}, weights {mode.value}"


def test_main_window_controls_have_distinct_letters_apart_from_the_menus(qtbot, lang_window) -> None:
    win = lang_window
    bar = {mnemonic(a.text()): a.text() for a in win.menuBar().actions()}
    problems: dict[str, dict[str, list[str]]] = {}
    seen_remove_link = seen_try_again = False
    for state in _window_states(qtbot, win):
        controls = _controls(win)
        seen_remove_link |= any("scoreDetailRemoveLink" in t for texts in controls.values() for t in texts)
        seen_try_again |= any("tryAgainButton" in t for texts in controls.values() for t in texts)
        bad = {letter: texts + ([f"menu {bar[letter]!r}"] if letter in bar else [])
               for letter, texts in controls.items() if len(texts) > 1 or letter in bar}
        if bad:
            problems[state] = bad
    assert seen_remove_link  # the walk reached the state that shows the passage buttons
    assert seen_try_again
    assert not problems, "\n".join(f"{state}: {bad}" for state, bad in problems.items())


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    return dialog


def _dialog_states(qtbot, win) -> Iterator[tuple[str, QDialog]]:
    """Each dialog opened from the main window, and the pages of the ones whose pages differ."""
    from counterweight.ui.dialogs.analysts_dialog import AnalystsDialog
    from counterweight.ui.dialogs.criterion_dialog import CriterionDialog
    from counterweight.ui.dialogs.method_settings_dialog import MethodSettingsDialog
    from counterweight.ui.dialogs.red_lines_dialog import RedLineEditor, RedLinesDialog
    from counterweight.ui.dialogs.sources_dialog import SourcesDialog
    from counterweight.ui.dialogs.weighting_dialog import WeightingDialog

    ctl = win.controller
    for cid in ("harm", "effect"):  # a qualitative and a numeric scale
        yield f"criterion {cid}", _open(qtbot, CriterionDialog(ctl.decision.criterion(cid), parent=win))
    weighting = _open(qtbot, WeightingDialog(ctl, None, parent=win))
    combo = weighting.method_combo
    for i in range(combo.count()):
        combo.setCurrentIndex(i)
        _settle(qtbot)
        yield f"weighting, {combo.itemText(i)}", weighting
    settings = _open(qtbot, MethodSettingsDialog(ctl, parent=win))
    method = settings.method_combo
    for i in range(method.count()):
        method.setCurrentIndex(i)
        _settle(qtbot)
        yield f"method settings, {method.itemText(i)}", settings
    yield "red lines", _open(qtbot, RedLinesDialog(ctl, parent=win))
    yield "red line editor", _open(qtbot, RedLineEditor(ctl.decision, parent=win))
    yield "sources", _open(qtbot, SourcesDialog(ctl, parent=win, native_dialogs=False))
    yield "analysts", _open(qtbot, AnalystsDialog(ctl, parent=win))


def test_each_dialog_has_distinct_letters(qtbot, lang_window) -> None:
    problems: dict[str, dict[str, list[str]]] = {}
    for state, dialog in _dialog_states(qtbot, lang_window):
        controls = _controls(dialog)
        assert controls, f"{state}: no control with an access key found; the walk missed the dialog"
        twice = {letter: texts for letter, texts in controls.items() if len(texts) > 1}
        if twice:
            problems[state] = twice
    assert not problems, "\n".join(f"{state}: {twice}" for state, twice in problems.items())

