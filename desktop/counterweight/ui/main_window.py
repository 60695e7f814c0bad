"""The main window: assembles the panels, menus and status bar; holds no logic of its own.

Layout, left to right: options above criteria; the score matrix with the score
detail panel beside it; weights above the analysis tabs (ranking, method comparison,
sensitivity, uncertainty). Banners (notice, read-only, last
error) run across the top. Window geometry and splitter positions are kept with
QSettings in an INI file in the user's Counterweight folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSplitter, QVBoxLayout, QWidget
from PySide6.QtWidgets import QMenuBar  # issue 4: evidence

from counterweight.services import workspace
from counterweight.services.changes import ChangeSet, Part
from counterweight.ui.file_actions import FileActions
from counterweight.ui.session_controller import SessionController
from counterweight.ui.undo_stops import UndoStops  # QA 24: where undo stops, and why
from counterweight.ui.widgets.banners import BannerArea
from counterweight.ui.widgets.criteria_panel import CriteriaPanel
from counterweight.ui.widgets.options_panel import OptionsPanel
from counterweight.ui.widgets.path_label import PathLabel
from counterweight.ui.widgets.status_bar import StatusBar
from counterweight.ui.widgets.analysis_tabs import AnalysisTabs
from counterweight.ui.widgets.score_detail_panel import ScoreDetailPanel
from counterweight.ui.widgets.score_matrix import ScoreMatrix
from counterweight.ui.widgets.scrolling import scroll_area
from counterweight.ui.widgets.weights_panel import WeightsPanel
from PySide6.QtWidgets import QDockWidget  # issue 4: history dock
from counterweight.ui.widgets.history_panel import HistoryPanel  # issue 4: history dock
from counterweight.ui.brief_actions import BriefActions  # issue 5: brief, print, marking, chart export
from counterweight.ui.packet_actions import PacketActions  # issue 4: offline elicitation packets
from counterweight.ui.file_drops import FileDrops  # QA 22: drag and drop
from counterweight.ui.file_follower import FileFollower  # h27e
from counterweight.ui.moved_file import MovedFileWatcher  # QA 24 item 7: renamed project file
from counterweight.ui.help_actions import HelpActions  # issue 6: help
from counterweight.ui.view_actions import ViewActions  # the View menu
from counterweight.ui.window_dialogs import WindowDialogs  # the dialogs the menus open
from counterweight.ui.startup import default_window_size, window_settings
from counterweight.ui import pane_room  # session 17: rows kept in view at large text sizes
from counterweight.ui import window_layout

if TYPE_CHECKING:
    from counterweight.ui.dialogs.sources_dialog import SourcesDialog  # issue 4: evidence

STATUS_TIMEOUT_MS = 10_000
def default_settings() -> QSettings:
    """Window-state settings stored beside the user's preferences (no registry, no pickles)."""
    workspace.home_dir()  # created if needed
    return window_settings()


class MainWindow(QMainWindow, WindowDialogs):
    """Counterweight's main window.

    Parameters
    ----------
    controller
        The session controller; a project may be opened later via :attr:`file_actions`.
    force_read_only
        Open every project read-only (``--read-only``).
    native_dialogs
        Use the platform's file dialogs (tests pass ``False``).
    settings
        Where geometry and splitter state are kept (default: :func:`default_settings`).
    """

    _said = ""  # the message show_status put in the status bar last
    _said_info = _said_fresh = False  # h26f: information (not an error); put there in this turn of the event loop

    def __init__(self, controller: SessionController, *, force_read_only: bool = False,
                 native_dialogs: bool = True, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Counterweight"))
        self.controller = controller
        self._settings = settings if settings is not None else default_settings()

        self.banners = BannerArea(controller, self)
        if force_read_only:
            self.banners.set_forced_read_only_reason(self.tr("Counterweight was started with --read-only."))
        self.options_panel = OptionsPanel(controller, self)
        self.criteria_panel = CriteriaPanel(controller, self)
        self.score_matrix = ScoreMatrix(controller)
        self.score_detail = ScoreDetailPanel(controller)
        self.weights_panel = WeightsPanel(controller)
        self.analysis_tabs = AnalysisTabs(controller)
        self.ranking_panel = self.analysis_tabs.ranking_panel
        self._build_layout()
        self._build_history_dock()  # issue 4: history dock
        self._build_view_toolbar()  # issue 4: analysts

        self.setStatusBar(StatusBar(self))  # h27m: a long message is cut before the path, not drawn under it
        self.path_label = PathLabel(self.statusBar())  # h26d: elided, so the message keeps its room
        self.path_label.setObjectName("projectPathLabel")
        self.path_label.setAccessibleDescription(self.tr("Project file"))  # read by the path it shows
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addPermanentWidget(self.path_label)

        self.file_actions = FileActions(self, controller, self.show_status, force_read_only=force_read_only,
                                        native_dialogs=native_dialogs)
        self._build_menus()

        self.score_matrix.currentCellChanged.connect(self._on_cell_changed)
        controller.sessionReplaced.connect(self._on_session_replaced)
        controller.changed.connect(self._on_changed)
        # Bound methods, not lambdas: Qt drops these connections when the window is deleted,
        # so a controller that outlives the window never calls into a deleted one.
        controller.errorRaised.connect(self._put_status)  # the banner speaks errors (at once)
        controller.noticeRaised.connect(self.show_status)  # QA pass 19: information, not the error banner
        self.criteria_panel.notice.connect(self.show_status)  # QA 18: what a new criterion weighs
        controller.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.moved_file = MovedFileWatcher(self)  # QA 24 item 7: a project file renamed while open is followed
        self.file_follower = FileFollower(self)  # h27e: read-only while another window has it: follows its saves
        self.pane_room = pane_room.PaneRoom(self)  # session 17: before restore_layout, so the defaults respect it
        self.restore_layout()
        self._on_session_replaced()

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # ------------------------------------------------------------ layout
    def _splitter(self, name: str, orientation: Qt.Orientation, *widgets: QWidget) -> QSplitter:
        splitter = QSplitter(orientation, self)
        splitter.setObjectName(name)
        splitter.setAccessibleName(name)
        splitter.setChildrenCollapsible(False)
        for w in widgets:
            splitter.addWidget(w)
        return splitter

    def _build_layout(self) -> None:
        v, h = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
        self.left_splitter = self._splitter("leftSplitter", v, self.options_panel, self.criteria_panel)
        # small screens scroll the details; no parent yet, so Tab still reaches the matrix first
        self.centre_splitter = self._splitter("centreSplitter", v, self.score_matrix, scroll_area(self.score_detail))
        self.right_splitter = self._splitter("rightSplitter", v, self.weights_panel, self.analysis_tabs)
        self.main_splitter = self._splitter("mainSplitter", h, self.left_splitter, self.centre_splitter,
                                            self.right_splitter)
        # A wider window widens the matrix and, less, the weights and analyses beside it (a window
        # first opened small and then maximised kept a column too narrow for the weights' numbers).
        self.main_splitter.setStretchFactor(1, 2)
        self.main_splitter.setStretchFactor(2, 1)
        self.centre_splitter.setStretchFactor(0, 1)
        central = QWidget(self)
        central.setObjectName("centralWidget")
        col = QVBoxLayout(central)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.banners)
        # session 17: the panes keep a few rows each (pane_room.PaneRoom); where the window (or the
        # History dock beside it) leaves less room than that, the panes scroll as a whole
        self.panes_scroll = scroll_area(self.main_splitter, central)
        col.addWidget(self.panes_scroll, 1)
        self.setCentralWidget(central)
        self.resize(default_window_size(self.screen().availableGeometry().size()))
        self.reset_layout()

    # issue 4: history dock ------------------------------------------------
    def _build_history_dock(self) -> None:
        """The history panel in a dock, hidden until View > History (Ctrl+H)."""
        self.history_panel = HistoryPanel(self.controller)
        self.history_dock = QDockWidget(self.tr("History"), self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setAccessibleName(self.tr("History"))
        self.history_dock.setWidget(scroll_area(self.history_panel, self.history_dock))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.history_action = self.history_dock.toggleViewAction()
        self.history_action.setText(self.tr("&History"))
        self.history_action.setObjectName("historyAction")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_panel.goToElement.connect(self.go_to_element)
        self.history_panel.notice.connect(self.show_status)  # QA pass 19: whose view Go to element shows

    def go_to_element(self, option_id: str, criterion_id: str) -> None:
        """Select a score cell, or an option or criterion when only one id is given."""
        if option_id and criterion_id:
            self.score_matrix.select_cell(option_id, criterion_id)
            self.score_matrix.view.setFocus(Qt.FocusReason.OtherFocusReason)
        elif option_id:
            self.options_panel.select_option(option_id)
        elif criterion_id:
            self.criteria_panel.select_criterion(criterion_id)
    # ------------------------------------------------ end issue 4: history dock

    def splitters(self) -> list[QSplitter]:
        return [self.main_splitter, self.left_splitter, self.centre_splitter, self.right_splitter]

    def reset_layout(self) -> None:
        """Put the splitters back to their default proportions."""
        window_layout.reset(self)

    def restore_layout(self) -> None:
        """Restore what :meth:`save_layout` wrote: geometry, splitters, docks, tab and view options."""
        window_layout.restore(self, self._settings)

    def save_layout(self) -> None:
        """Write the window's layout to the settings file (per user, not in the project)."""
        window_layout.save(self, self._settings)

    # ------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        file_menu = self._menu(bar.addMenu(self.tr("&File")), "fileMenu")
        self.file_actions.populate(file_menu)
        self.brief_actions = BriefActions(self, file_menu, self._settings)  # issue 5; QA 25: brief author
        self.packet_actions = PacketActions(self, file_menu)  # issue 4: offline elicitation packets
        self.file_drops = FileDrops(self)  # QA 22: files dropped on the window take their File menu route

        edit_menu = self._menu(bar.addMenu(self.tr("&Edit")), "editMenu")
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.undo_stops = UndoStops(self, self.undo_action, stack, self.show_status)  # QA 24
        edit_menu.addSeparator()
        # Copy and paste scores: the matrix's own actions, so Ctrl+C and Ctrl+V still work only there
        # (their shortcuts are local to the matrix) and the menu entries do just what the keys do.
        edit_menu.addActions(self.score_matrix.clipboard_actions())
        edit_menu.addAction(self.brief_actions.charts.copy_action)  # h27l: a chart for a document, as a picture
        for panel, title in ((self.options_panel, self.tr("&Options")), (self.criteria_panel, self.tr("Cr&iteria"))):
            edit_menu.addSeparator()
            sub = self._menu(edit_menu.addMenu(title), panel.objectName() + "Menu")
            sub.addActions(panel.edit_actions())  # shortcuts stay local to the panel
        self.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()  # issue 4: analysts
        self.analysts_action = edit_menu.addAction(self.tr("&Analysts…"))  # issue 4: analysts
        self.analysts_action.setObjectName("analystsAction")  # issue 4: analysts
        self.analysts_action.triggered.connect(self.show_analysts)  # issue 4: analysts
        self.details_action = edit_menu.addAction(self.tr("&Decision details…"))  # decision details
        self.details_action.setObjectName("decisionDetailsAction")  # decision details
        self.details_action.triggered.connect(self.edit_decision_details)  # decision details
        self.conclusion_action = edit_menu.addAction(self.tr("Reco&mmendation and decision…"))
        self.conclusion_action.setObjectName("conclusionAction")
        self.conclusion_action.triggered.connect(self.edit_conclusion)  # loaded when first used (start-up)

        view_menu = self._menu(bar.addMenu(self.tr("&View")), "viewMenu")
        self.view_actions = ViewActions(self, view_menu, self._settings)  # Go to panels, Analysis, views, Language

        self._build_evidence_menu(bar)  # issue 4: evidence

        help_menu = self._menu(bar.addMenu(self.tr("&Help")), "helpMenu")
        help_menu.addAction(self.file_actions.example_action)  # QA pass 20: the example as shipped
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(self.tr("&About Counterweight"))
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        about_qt = help_menu.addAction(self.tr("About &Qt"))
        about_qt.setObjectName("aboutQtAction")
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(QApplication.aboutQt)
        self.help_actions = HelpActions(self, help_menu)  # issue 6: Help > User guide (F1), context help

    # issue 4: evidence --------------------------------------------------------
    def _build_evidence_menu(self, bar: QMenuBar) -> None:
        """Evidence > Source library… (Ctrl+L) and Evidence > Highlight unsupported scores."""
        self.sources_dialog: SourcesDialog | None = None
        menu = self._menu(bar.addMenu(self.tr("Ev&idence")), "evidenceMenu")  # Alt+V is View
        self.source_library_action = menu.addAction(self.tr("&Source library…"))
        self.source_library_action.setObjectName("sourceLibraryAction")
        self.source_library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.source_library_action.triggered.connect(self.show_source_library)
        self.highlight_unsupported_action = menu.addAction(self.tr("&Highlight unsupported scores"))
        self.highlight_unsupported_action.setObjectName("highlightUnsupportedAction")
        self.highlight_unsupported_action.setCheckable(True)
        self.highlight_unsupported_action.setToolTip(self.tr("Hatch the scores that rest on no evidence"))
        self.highlight_unsupported_action.toggled.connect(self.score_matrix.model.set_highlight_unsupported)

    # ------------------------------------------------------------ end issue 4: evidence

    # issue 4: analysts ---------------------------------------------------------
    def _build_view_toolbar(self) -> None:
        """A toolbar with the view switcher: shared inputs, one analyst's, or the group view."""
        from counterweight.ui.widgets.view_switcher import ViewToolBar

        self.view_toolbar = ViewToolBar(self.controller, self)
        self.view_switcher = self.view_toolbar.switcher
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.view_toolbar)

    # ------------------------------------------------------------ end issue 4: analysts

    @staticmethod
    def _menu(menu: QMenu, name: str) -> QMenu:
        menu.setObjectName(name)
        menu.setAccessibleName(menu.title().replace("&", ""))
        return menu

    # ------------------------------------------------------------ state
    def show_status(self, message: str) -> None:
        """Show information in the status bar until the next edit lands (the mouse leaving a button keeps it).

        h26f: no timeout, so a screen-reader user who goes to read it later still finds it; an edit landing in
        the same turn of the event loop (the one the message is about) does not clear it (:meth:`_on_changed`).
        """
        self._put_status(message, 0)
        self._said_info = self._said_fresh = True
        QTimer.singleShot(0, self, self._said_settled)
        self.banners.announce(message)  # QA pass 30: spoken by screen readers

    def _said_settled(self) -> None:
        self._said_fresh = False

    def _put_status(self, message: str, timeout: int = STATUS_TIMEOUT_MS) -> None:
        """The status bar part of :meth:`show_status`, unspoken: for errors, which the error banner speaks."""
        self._said, self._said_info = message, False  # an error stays its full time, edits or not
        self.statusBar().showMessage(message, timeout)

    def event(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.StatusTip and not event.tip() and self.statusBar().currentMessage() == self._said:
            return True  # QA 18: leaving "+ Criterion" wiped what the new criterion weighs
        return super().event(event)

    def _on_cell_changed(self, option_id: str, criterion_id: str) -> None:
        if not self.score_detail.show_cell(option_id, criterion_id):
            # the changes typed in the details could not be applied: back to their cell, reason shown
            QTimer.singleShot(0, self, self._back_to_pending_cell)
            return
        if self.score_matrix.kept_cell.restoring:
            return  # an edit reset the matrix: the lists chose their own selection (what an undo put back)
        if option_id:
            self.options_panel.select_option(option_id)
        if criterion_id:
            self.criteria_panel.select_criterion(criterion_id)

    def _back_to_pending_cell(self) -> None:
        cell = self.score_detail.cell
        if cell is not None:
            self.score_matrix.select_cell(*cell)

    def _on_session_replaced(self) -> None:
        self.setWindowModified(not self.controller.undo_stack.isClean())
        self.file_actions.update_enabled()
        self.update_title()
        # Start on the first score cell so its rationale and evidence show at once.
        if self.controller.has_session:
            decision = self.controller.decision
            if decision.options and decision.leaves:
                self.score_matrix.select_cell(decision.options[0].id, decision.leaves[0].id)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.parts and self._said_info and not self._said_fresh and self.statusBar().currentMessage() == self._said:
            self.statusBar().clearMessage()  # h26f: "checkpoint marked" no longer shows after the next edit
        if changes.touches(Part.INFO):
            self.update_title()

    def update_title(self) -> None:
        """``<decision title> — <file name>[*] — Counterweight`` (with a read-only mark if needed)."""
        if not self.controller.has_session:
            self.setWindowTitle("Counterweight")
            self.path_label.clear()
            return
        path: Path = self.controller.path  # type: ignore[assignment]
        mark = " " + self.tr("(read-only)") if self.controller.read_only else ""
        # Ends with the application name, so Qt does not append it a second time.
        self.setWindowTitle(f"{self.controller.decision.title} — {path.name}[*]{mark} — Counterweight")
        self.path_label.setText(str(path))
        self.path_label.setToolTip(str(path))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # session 17: the rows grew or shrank with the text
            QTimer.singleShot(0, self, self.pane_room.keep_rows)


    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        library = self.sources_dialog
        if library is not None and library.isVisible():
            library.reject()  # asks about source details typed but not saved
            if library.isVisible():  # Cancel, or the details could not be saved: keep working
                event.ignore()
                return
        if not self.file_actions.pending_edits.may_close():  # QA 24: changes the file refused are asked about
            event.ignore()
            return
        self.brief_actions.stop_for_close()  # QA 27: a brief's child process is stopped, its partial file removed
        self.save_layout()
        super().closeEvent(event)
