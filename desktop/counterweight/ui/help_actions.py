"""Help > User guide (F1) and context help for the main window's panels.

Each panel carries a ``help_topic`` Qt property naming its section of the guide
(a heading anchor). F1 looks at the widget with the keyboard focus and walks up its
parents to the first one with a topic, then opens the guide there. One action serves
every panel and every dialog: it is added to each window that takes the focus (a
window shortcut of a window blocked by a modal dialog never fires, not even with the
application context). A dialog is known by its object name (:data:`DIALOG_TOPICS`),
and the guide opens over a modal dialog, not behind it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from counterweight.ui.widgets.analysis_tabs import DISAGREEMENT, PERSPECTIVES, SENSITIVITY, TRADEOFFS, UNCERTAINTY
from counterweight.ui.window_keys import window_keys

if TYPE_CHECKING:
    from counterweight.ui.dialogs.help_dialog import HelpDialog
    from counterweight.ui.main_window import MainWindow

HELP_TOPIC = "help_topic"
#: Main-window attribute holding a panel -> the guide section (heading anchor) about it.
PANEL_TOPICS = {
    "banners": "2-read-the-banner",
    "options_panel": "options",
    "criteria_panel": "criteria",
    "score_matrix": "score-matrix",
    "score_detail": "score-details",
    "weights_panel": "weights",
    "ranking_panel": "ranking",
    "history_panel": "history-panel",
}


#: Dialog object name -> the guide section about it (dialogs not listed open the guide at the top).
DIALOG_TOPICS = {
    "optionDialog": "options",
    "criterionDialog": "criteria",
    "moveCriterionDialog": "criteria",
    "weightingDialog": "weighting-methods",
    "methodSettingsDialog": "aggregation-methods",
    "redLinesDialog": "12-red-lines",
    "redLineEditor": "12-red-lines",
    "sourcesDialog": "13-the-evidence-library",
    "linkPassageDialog": "13-the-evidence-library",
    "analystsDialog": "several-analysts-and-elicitation-packets",
    "packetExportDialog": "several-analysts-and-elicitation-packets",
    "packetImportDialog": "several-analysts-and-elicitation-packets",
    "decisionDetailsDialog": "decision-details",
    "conclusionDialog": "recommendation-and-decision",
    "backupListDialog": "if-a-project-file-is-damaged",
    "markingDialog": "protective-marking",  # the heading "Protective marking" (QA pass 20)
    "briefAuthorDialog": "protective-marking",  # described there (QA 32 item 3)
    "perspectiveNameDialog": "perspectives-tab",  # naming a perspective, a scenario or a snapshot
}
#: The topic of a dialog not in :data:`DIALOG_TOPICS`: the top of the guide (its contents).
GUIDE_TOP = "#top"


def topic_for(widget: QWidget | None) -> str:
    """The help topic of ``widget`` or of its nearest ancestor that has one (``""`` if none).

    A dialog on the way up ends the search: its own topic, or :data:`GUIDE_TOP`.
    """
    while widget is not None:
        topic = widget.property(HELP_TOPIC)
        if topic:
            return str(topic)
        if widget.isWindow() and widget.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Sheet):
            return DIALOG_TOPICS.get(widget.objectName(), GUIDE_TOP)
        widget = widget.parentWidget()
    return ""


class HelpActions(QObject):
    """Adds Help > User guide (F1) to ``menu`` and tags the window's panels with their topics.

    Parameters
    ----------
    window
        The main window whose panels get a ``help_topic``.
    menu
        The Help menu; the action is inserted at its top.
    """

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: HelpDialog | None = None
        for attribute, topic in PANEL_TOPICS.items():
            panel = getattr(window, attribute, None)
            if isinstance(panel, QWidget):
                panel.setProperty(HELP_TOPIC, topic)
        tabs = window.analysis_tabs
        tabs.comparison_panel.setProperty(HELP_TOPIC, "compare-methods")
        tabs.page(SENSITIVITY).setProperty(HELP_TOPIC, "sensitivity-tab")
        tabs.page(UNCERTAINTY).setProperty(HELP_TOPIC, "uncertainty-tab")
        tabs.page(PERSPECTIVES).setProperty(HELP_TOPIC, "perspectives-tab")
        tabs.page(DISAGREEMENT).setProperty(HELP_TOPIC, "disagreement-tab")
        tabs.page(TRADEOFFS).setProperty(HELP_TOPIC, "trade-offs-tab")
        self.action = QAction(self.tr("User &guide"), window)
        self.action.setObjectName("userGuideAction")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action.setToolTip(self.tr("Open the user guide at the section about the panel in use (F1)"))
        self.action.triggered.connect(lambda _checked=False: self.show_help())
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.action)
        if first is not None:
            menu.insertSeparator(first)
        window.addAction(self.action)
        keys = window_keys()
        if keys is not None:
            keys.give("help", self._lend_shortcut, self)

    def _lend_shortcut(self, owner: QWidget) -> None:
        """Give F1 to a window the focus entered for the first time (a dialog)."""
        if owner is not self._window and owner is not self.dialog and self.action not in owner.actions():
            owner.addAction(self.action)

    def show_help(self, topic: str | None = None) -> HelpDialog:
        """Open (or bring forward) the guide at ``topic``; by default the focused panel's section."""
        if topic is None:
            focus = QApplication.focusWidget()
            in_guide = focus is not None and self.dialog is not None and focus.window() is self.dialog
            topic = "" if in_guide else topic_for(focus)  # F1 in the guide itself leaves it where it is
        if self.dialog is None:
            # issue 6: imported on first use, not while the window opens
            from counterweight.ui.dialogs.help_dialog import HelpDialog

            self.dialog = HelpDialog(self._window)
            self.dialog.destroyed.connect(self._forget_dialog)  # it may go with a dialog it was lent to
        # Over a modal dialog the guide must belong to it, or the dialog's modality blocks it.
        owner = QApplication.activeModalWidget() or self._window
        if owner is not self.dialog and self.dialog.parentWidget() is not owner:
            self.dialog.setParent(owner, self.dialog.windowFlags())
        self.dialog.show()
        self.dialog.raise_()
        if topic == GUIDE_TOP:  # QA pass 20: not wherever the guide was last left
            self.dialog.show_contents()
        elif topic:
            self.dialog.show_topic(topic)
        return self.dialog

    def _forget_dialog(self, *_: object) -> None:
        self.dialog = None


__all__ = ["DIALOG_TOPICS", "GUIDE_TOP", "HELP_TOPIC", "HelpActions", "PANEL_TOPICS", "topic_for"]
