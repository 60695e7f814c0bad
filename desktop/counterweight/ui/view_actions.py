"""The main window's View menu: go to a panel (Alt+1..6), the analysis tabs, whose judgements,
History, Language and Reset layout.

Split from :mod:`counterweight.ui.main_window`, which makes the menu and hands it here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from counterweight.ui.language_menu import add_language_menu  # issue 6: View > Language
from counterweight.ui.widgets.view_switcher import ViewMenu  # QA pass 19: View > Whose judgements


class ViewActions(QObject):
    """Fills the View menu of ``window`` (a :class:`~counterweight.ui.main_window.MainWindow`)."""

    def __init__(self, window: QMainWindow, view_menu: QMenu, settings: QSettings | None) -> None:
        super().__init__(window)
        self._window = window
        w = window
        targets = [
            (self.tr("Go to &Options"), w.options_panel.list),  # type: ignore[attr-defined]
            (self.tr("Go to &Criteria"), w.criteria_panel.tree),  # type: ignore[attr-defined]
            (self.tr("Go to &Scores"), w.score_matrix),  # type: ignore[attr-defined]
            (self.tr("Go to score &details"), w.score_detail),  # type: ignore[attr-defined]
            (self.tr("Go to &Weights"), w.weights_panel),  # type: ignore[attr-defined]
            (self.tr("Go to &Ranking"), w.ranking_panel.table),  # type: ignore[attr-defined]
        ]
        self.focus_actions: list[QAction] = []
        for number, (text, widget) in enumerate(targets, start=1):
            action = view_menu.addAction(text)
            action.setObjectName(f"focusPanel{number}Action")
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _checked=False, target=widget: self.focus(target))
            self.focus_actions.append(action)
        view_menu.addSeparator()
        analysis_menu = view_menu.addMenu(self.tr("&Analysis"))
        analysis_menu.setObjectName("analysisMenu")
        analysis_menu.setAccessibleName(analysis_menu.title().replace("&", ""))
        analysis_menu.addActions(w.analysis_tabs.tab_actions)  # type: ignore[attr-defined]  # Ctrl+1..6
        view_menu.addMenu(ViewMenu(w.controller, view_menu))  # type: ignore[attr-defined]  # the views by keyboard
        view_menu.addAction(w.history_action)  # type: ignore[attr-defined]  # issue 4: View > History (Ctrl+H)
        self.language_menu = add_language_menu(view_menu, settings, w.show_status)  # type: ignore[attr-defined]
        view_menu.addSeparator()
        self.reset_action = view_menu.addAction(self.tr("Rese&t layout"))
        self.reset_action.setObjectName("resetLayoutAction")
        self.reset_action.triggered.connect(w.reset_layout)  # type: ignore[attr-defined]

    def focus(self, widget: QWidget) -> None:
        """Focus ``widget`` or, if it takes no focus itself, its first focusable child."""
        self._window.analysis_tabs.show_panel(widget)  # type: ignore[attr-defined]  # not on a hidden tab
        target = widget.focusProxy() or widget
        if not target.focusPolicy() & Qt.FocusPolicy.TabFocus:
            children = [c for c in widget.findChildren(QWidget)
                        if c.focusPolicy() & Qt.FocusPolicy.TabFocus and c.isVisibleTo(widget) and c.isEnabled()]
            target = children[0] if children else target
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


__all__ = ["ViewActions"]
