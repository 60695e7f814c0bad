"""Accessibility: every interactive widget is named and described for screen readers, Tab walks the
window, no fixed pixel fonts.

The description check walks every widget that can take the focus and is shown
(``focusPolicy() != NoFocus`` and ``isVisibleTo(root)``), in the main window with
each analysis tab and the history dock open, and in every dialog of ``ui/dialogs``.
Documented exceptions (:func:`_is_exempt`) are parts Qt builds inside another widget
and reads out through it, and the standard buttons of a dialog's button box (OK,
Cancel, Close...), whose text is their name and whose role is conventional.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractSlider, QAbstractItemView, QTabBar,
               QTextEdit, QPlainTextEdit)
PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "counterweight"


#: Qt-made containers that hold the application's own widgets (a tab widget's pages, a scroll area's content):
#: what is inside them is checked like anything else.
_CONTENT_HOLDERS = {"qt_tabwidget_stackedwidget", "qt_scrollarea_viewport"}


def _is_internal(w: QWidget) -> bool:
    """Parts Qt builds inside another widget (scroll bars, a combo's popup, a spin box's editor, corner buttons)."""
    name = w.objectName()
    if name.startswith("qt_") or w.metaObject().className() in ("QLineEditIconButton", "QToolBoxButton"):
        return True
    if isinstance(w, QHeaderView) and isinstance(w.parentWidget(), QAbstractItemView):
        return True  # a view's headers are read out through the view
    parent = w.parentWidget()
    while parent is not None:
        qt_part = parent.objectName().startswith("qt_") and parent.objectName() not in _CONTENT_HOLDERS
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or qt_part:
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


def _is_exempt(w: QWidget) -> bool:
    """Documented exceptions to the name-and-description rule.

    * Qt's own parts of a bigger widget: the tab bar of a tab widget and its scroll
      buttons, a spin box's or combo box's line edit, a view's headers and scroll
      bars, a scroll area's viewport. Assistive technology reads them through their
      owner (the tab titles, the spin box, the view).
    * The standard buttons of a QDialogButtonBox (OK, Cancel, Close, Help...): Qt
      names them after their text and their meaning is conventional. Buttons a
      dialog adds itself are checked.
    """
    if _is_internal(w) or isinstance(w, QScrollBar):
        return True
    parent = w.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
        return True
    if isinstance(w, QTabBar) and isinstance(parent, QTabWidget):
        return True
    if isinstance(parent, QTabBar):  # the tab bar's scroll arrows
        return True
    if isinstance(w, QAbstractButton) and isinstance(parent, QDialogButtonBox):
        return parent.standardButton(w) != QDialogButtonBox.StandardButton.NoButton
    return False


def undescribed(root: QWidget) -> list[str]:
    """``objectName (Class): missing`` for every focusable, shown widget lacking a name or description."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or not w.isVisibleTo(root) or _is_exempt(w):
            continue
        named = bool(w.accessibleName().strip()) or (
            isinstance(w, QAbstractButton) and bool(w.text().replace("&", "").strip())) or (
            isinstance(w, QLabel))  # QA pass 30: a label is read by what it shows (test_screen_reader_text.py)
        missing = [what for what, ok in (("name", named), ("description", bool(w.accessibleDescription().strip())))
                   if not ok]
        if missing:
            out.append(f"{w.objectName() or '<no objectName>'} ({w.metaObject().className()}): {', '.join(missing)}")
    return out


def _check_described(root: QWidget) -> None:
    offenders = undescribed(root)
    print("\n".join(offenders))
    assert not offenders, f"{len(offenders)} focusable widgets without a name or description: {offenders}"


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
    from counterweight.domain import NumericScale
    from counterweight.ui.dialogs.about_dialog import AboutDialog
    from counterweight.ui.dialogs.analysts_dialog import AnalystsDialog
    from counterweight.ui.dialogs.criterion_dialog import CriterionDialog
    from counterweight.domain.errors import InvalidInputError
    from counterweight.ui.dialogs.error_dialog import ErrorReportDialog, ProblemListDialog
    from counterweight.ui.dialogs.help_dialog import HelpDialog
    from counterweight.ui.dialogs.link_passage_dialog import LinkPassageDialog
    from counterweight.ui.dialogs.marking_dialog import MarkingDialog
    from counterweight.ui.dialogs.method_settings_dialog import MethodSettingsDialog
    from counterweight.ui.dialogs.packet_dialogs import PacketExportDialog
    from counterweight.ui.dialogs.red_lines_dialog import RedLineEditor, RedLinesDialog
    from counterweight.ui.dialogs.restore_dialog import BackupListDialog
    from counterweight.ui.dialogs.sources_dialog import SourcesDialog
    from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
    from counterweight.ui.widgets.options_panel import OptionDialog
    from counterweight.ui.dialogs.decision_details_dialog import DecisionDetailsDialog
    from counterweight.ui.dialogs.move_criterion_dialog import MoveCriterionDialog
    from counterweight.ui.dialogs.conclusion_dialog import ConclusionDialog

    leaf = controller.decision.leaves[0]
    numeric = next(c for c in controller.decision.leaves if isinstance(c.scale, NumericScale))
    group = next(c for c in controller.decision.criteria if c.parent_id is None)
    return {
        "criterion": lambda: CriterionDialog(leaf, parent=window),
        "criterion_numeric": lambda: CriterionDialog(numeric, parent=window),
        "weighting": lambda: WeightingDialog(controller, None, window),
        "weighting_group": lambda: WeightingDialog(controller, group.id, window),
        "method": lambda: MethodSettingsDialog(controller, window),
        "red_lines": lambda: RedLinesDialog(controller, window),
        "red_line_editor": lambda: RedLineEditor(controller.decision, None, window),
        "sources": lambda: SourcesDialog(controller, window, native_dialogs=False),
        "link_passage": lambda: LinkPassageDialog(controller.decision, "A quoted passage", None, window),
        "analysts": lambda: AnalystsDialog(controller, window),
        "marking": lambda: MarkingDialog("OFFICIAL", window),
        "error_report": lambda: ErrorReportDialog("Traceback (most recent call last): ...", window),
        "problem_list": lambda: ProblemListDialog(InvalidInputError(  # QA 22: a long list of problems
            "12 problems", where="x.xlsx", problems=[f"Scores!C{k}: 'n/a' is not a number" for k in range(12)]),
            "Import", window),
        "about": lambda: AboutDialog(window),
        "help": lambda: HelpDialog(window),
        "option": lambda: OptionDialog(controller.decision.options[0], window),
        "packet_export": lambda: PacketExportDialog(controller.decision, None, window),
        "backups": lambda: BackupListDialog([], "small.counterweight", window),
        "decision_details": lambda: DecisionDetailsDialog("Title", "About", "Illustrative", window),
        "move_criterion": lambda: MoveCriterionDialog(controller.decision, leaf.id, window),
        "conclusion": lambda: ConclusionDialog(controller.decision, controller.evaluation, window),
    }


DIALOGS = ["criterion", "criterion_numeric", "weighting", "weighting_group", "method", "red_lines", "red_line_editor", "sources",
           "link_passage", "analysts", "marking", "error_report", "problem_list", "about", "help", "option", "packet_export",
           "backups", "decision_details", "move_criterion", "conclusion"]
#: Dialogs not built here, and why.
NOT_BUILT = {"PacketImportDialog": "needs a returned packet to plan from; tests/ui/test_packet_actions.py "
                                   "builds it and runs the same name and description checks"}


def test_every_dialog_module_is_covered() -> None:
    """A new dialog in ui/dialogs must be added to :func:`_dialogs` (so it is checked too)."""
    import ast

    covered = {"AboutDialog", "AnalystsDialog", "CriterionDialog", "ErrorReportDialog", "HelpDialog",
               "LinkPassageDialog", "MarkingDialog", "MethodSettingsDialog", "RedLineEditor", "RedLinesDialog",
               "ProblemListDialog",
               "SourcesDialog", "WeightingDialog", "PacketExportDialog", "BackupListDialog", *NOT_BUILT,
               "DecisionDetailsDialog", "MoveCriterionDialog", "ConclusionDialog"}
    found = set()
    for path in (PACKAGE / "ui" / "dialogs").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(b, "id", getattr(b, "attr", "")) == "QDialog" for b in node.bases):
                found.add(node.name)
    assert found <= covered, f"dialogs not checked for accessible names and descriptions: {sorted(found - covered)}"


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_widgets_are_named(qtbot, window, controller, name: str) -> None:
    dialog = _dialogs(controller, window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    _check(dialog)
    dialog.close()


@pytest.mark.parametrize("name", DIALOGS)
def test_dialogs_open_wide_enough_for_large_text(qtbot, window, controller, scale_font, name: str) -> None:
    """At twice the system font each dialog opens at least as large as its layout needs, so no label
    is cut ("Criteric", "Limit (h" in the red-line editor, whose fixed minimum width overrode the layout's)."""
    scale_font(2.0)
    dialog = _dialogs(controller, window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    need = dialog.layout().minimumSize()
    assert dialog.width() >= need.width() and dialog.height() >= need.height(), (
        f"{name}: opens at {dialog.width()}x{dialog.height()}, its layout needs {need.width()}x{need.height()}")
    dialog.close()


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_widgets_are_described(qtbot, window, controller, name: str) -> None:
    dialog = _dialogs(controller, window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    _check_described(dialog)
    dialog.close()


def test_main_window_widgets_are_described(qtbot, example_session, tmp_path) -> None:
    """With the example project, every analysis tab visited and the history dock open."""
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController
    from PySide6.QtCore import QSettings

    controller = SessionController(example_session)
    w = MainWindow(controller, native_dialogs=False,
                   settings=QSettings(str(tmp_path / "a11y.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.history_dock.show()
    offenders: dict[str, list[str]] = {}
    tabs = w.analysis_tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        for line in undescribed(w):
            offenders.setdefault(line, []).append(tabs.tabText(i))
    print("\n".join(offenders))
    assert not offenders, f"{len(offenders)} focusable widgets without a name or description: {sorted(offenders)}"
    controller.undo_stack.clear()


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


def test_every_table_lets_tab_leave_it() -> None:
    """Qt's tables move between cells with Tab by default, which traps a keyboard user inside
    (the packet import table did); each table built in the window's code turns that off."""
    built = re.compile(r"QTableWidget\(|QTableView\(|\((QTableView|QTableWidget)\):")
    trapped = []
    for p in sorted(PACKAGE.rglob("*.py")):
        text = p.read_text(encoding="utf-8")
        if len(built.findall(text)) > text.count("setTabKeyNavigation(False)"):
            trapped.append(str(p.relative_to(PACKAGE)))
    assert not trapped, f"tables that keep Tab inside their cells: {trapped}"


def _tab_sequence(dialog: QWidget) -> list[QWidget]:
    """The shown widgets that Tab visits in ``dialog``, in the order of its focus chain (which starts at the dialog).

    Tab goes round the chain; where it starts is where Qt puts the focus first and where it wraps.
    """
    seen: list[QWidget] = []
    w = dialog.nextInFocusChain()
    while w is not dialog and len(seen) < 200:
        if (w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and w.focusProxy() is None and w.window() is dialog):
            seen.append(w)
        w = w.nextInFocusChain()
    return seen


def _goes_up(dialog: QWidget, seen: list[QWidget]) -> list[str]:
    """Steps of ``seen`` to a widget wholly above the one before."""
    def top(w: QWidget) -> int:
        return w.mapTo(dialog, w.rect().topLeft()).y()

    return [f"{a.objectName()} -> {b.objectName()}" for a, b in pairwise(seen)
            if top(b) + b.height() <= top(a)]


@pytest.mark.parametrize("name", ["criterion", "criterion_numeric", "error_report"])
def test_tab_follows_the_screen_in_dialogs(qtbot, window, controller, name: str) -> None:
    """Tab moves down the dialog: never from a field to one above it (Scale type, the report text)."""
    dialog = _dialogs(controller, window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if name == "error_report":
        dialog.toggle_button.setChecked(True)  # the report shows above the buttons
        qtbot.waitUntil(dialog.details.isVisible)
    seen = _tab_sequence(dialog)
    names = [w.objectName() for w in seen]
    assert not _goes_up(dialog, seen), names
    if name == "criterion_numeric":
        assert names.index("scaleKindCombo") < names.index("directionCombo") < names.index("unitEdit"), names
    if name == "error_report":
        assert names[0] == "errorDetails", names  # the report is at the top, so it comes first
    dialog.close()
