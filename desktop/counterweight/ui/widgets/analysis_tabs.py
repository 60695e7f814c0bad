"""The analysis area: Ranking, Compare methods, Sensitivity, Uncertainty, Perspectives, Disagreement, Trade-offs.

Ctrl+1 to Ctrl+7 open a tab (anywhere in the window); Ctrl+PgUp and Ctrl+PgDn step
through the tabs while the focus is inside them. The sensitivity and uncertainty
panels are built the first time they are needed (their tab is opened or the
attribute is read), so starting the application does not pay for them. If their
modules are not installed yet, the tab says "Not available".
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.comparison_panel import ComparisonPanel
from counterweight.ui.widgets.ranking_panel import RankingPanel
from counterweight.ui.widgets.scrolling import inner, scroll_area

log = logging.getLogger(__name__)

#: (module, class) of the panels built on first use.
LAZY_PANELS = {
    "sensitivity": ("counterweight.ui.widgets.sensitivity_panel", "SensitivityPanel"),
    "uncertainty": ("counterweight.ui.widgets.uncertainty_panel", "UncertaintyPanel"),
    "perspectives": ("counterweight.ui.widgets.perspectives_panel", "PerspectivesPanel"),  # issue 4
    "disagreement": ("counterweight.ui.widgets.disagreement_panel", "DisagreementPanel"),  # issue 4: analysts
    "tradeoffs": ("counterweight.ui.widgets.tradeoff_panel", "TradeoffPanel"),  # the value map
}
# issue 4: + Perspectives; issue 4: analysts: + Disagreement
RANKING, COMPARE, SENSITIVITY, UNCERTAINTY, PERSPECTIVES, DISAGREEMENT, TRADEOFFS = range(7)


def follow_in_tab_order(anchor: QWidget, panel: QWidget) -> None:
    """Put ``panel`` and every widget in it right after ``anchor`` in the Tab order, keeping their own order.

    A widget given a parent after the window is built joins the end of the window's focus chain
    (a tab built on first use came after the History dock). The widgets are moved one by one:
    Qt moves a block only as far as its last focusable widget, and a table's viewport left
    behind (it hands the focus to its table) sent Shift+Tab back into the panel.
    """
    inside, w = [], anchor.nextInFocusChain()
    while w is not anchor:
        if w is panel or panel.isAncestorOf(w):
            inside.append(w)
        w = w.nextInFocusChain()
    # setTabOrder leaves alone a widget that takes no focus: each takes Tab focus for the move only.
    # Qt passes a policy on to the focus proxy, so the policies of widgets that take the focus are put
    # back last. (focusProxy() is not called: in PySide it can leave a C++ widget owned by Python.)
    saved = [(w, w.focusPolicy()) for w in (anchor, *inside)]
    for w, policy in saved:
        if policy == Qt.FocusPolicy.NoFocus:
            w.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    for first, second in zip([anchor, *inside], inside, strict=False):
        QWidget.setTabOrder(first, second)
    for takes_focus in (False, True):
        for w, policy in saved:
            if (policy != Qt.FocusPolicy.NoFocus) == takes_focus:
                w.setFocusPolicy(policy)


class _LazyPage(QWidget):
    """A tab page that builds its panel on first use."""

    def __init__(self, key: str, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Page")
        self._key = key
        self._controller = controller
        self.panel: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.panel is None:
            module_name, class_name = LAZY_PANELS[self._key]
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name != module_name:
                    raise  # the panel exists but something it needs is missing: a real error
                log.info("%s is not available yet", module_name)
                panel: QWidget = QLabel(self.tr("Not available"), self)
                panel.setObjectName(f"{self._key}Unavailable")
                panel.setAlignment(Qt.AlignmentFlag.AlignCenter)
            else:
                panel = getattr(module, class_name)(self._controller)
            self.layout().addWidget(panel)
            follow_in_tab_order(self, panel)  # QA 30: not at the end of the window's chain, after the History dock
            self.setFocusProxy(panel)  # after the move: Qt would have moved the panel after itself
            self.panel = panel
        return self.panel


class AnalysisTabs(QTabWidget):
    """Tabs for the analysis panels.

    Parameters
    ----------
    controller
        The session controller every panel follows.
    parent
        Parent widget.
    """

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisTabs")
        self.setAccessibleName(self.tr("Analysis"))
        self.setAccessibleDescription(self.tr("The analyses of the ranking; Ctrl+1 to Ctrl+7 open a tab"))  # issue 6
        self.setDocumentMode(True)
        self._controller = controller
        self.ranking_panel = RankingPanel(controller)
        self.comparison_panel = ComparisonPanel(controller)
        self._pages = {key: _LazyPage(key, controller, self) for key in LAZY_PANELS}
        # each page scrolls when the window is smaller than it (see widgets.scrolling); page(i) is the page
        self.addTab(scroll_area(self.ranking_panel, self, keep_text=True), self.tr("Ranking"))
        self.addTab(scroll_area(self.comparison_panel, self, keep_text=True), self.tr("Compare methods"))
        self.addTab(scroll_area(self._pages["sensitivity"], self, keep_text=True), self.tr("Sensitivity"))
        self.addTab(scroll_area(self._pages["uncertainty"], self, keep_text=True), self.tr("Uncertainty"))
        self.addTab(scroll_area(self._pages["perspectives"], self, keep_text=True), self.tr("Perspectives"))  # issue 4
        self.addTab(scroll_area(self._pages["disagreement"], self, keep_text=True), self.tr("Disagreement"))  # issue 4: analysts
        self.addTab(scroll_area(self._pages["tradeoffs"], self, keep_text=True), self.tr("Trade-offs"))
        tips = (self.tr("The ranking under the method in use (Ctrl+1)"),
                self.tr("Every method's ranking side by side (Ctrl+2)"),
                self.tr("How the ranking responds to the weights (Ctrl+3)"),
                self.tr("How sure the ranking is, given uncertain scores and weights (Ctrl+4)"),
                self.tr("Ranks under named perspectives and scenarios; snapshots (Ctrl+5)"),  # issue 4
                self.tr("Where the analysts disagree, and whether it changes the top option (Ctrl+6)"),  # analysts
                self.tr("The options on two parts of the value tree, and which are worth considering (Ctrl+7)"))
        for i, tip in enumerate(tips):
            self.setTabToolTip(i, tip)
        self.currentChanged.connect(self._on_current_changed)
        for arrow in self.tabBar().findChildren(QToolButton):  # QA 30: Ctrl+PgUp/PgDn do their job
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        # View > Analysis: the tabs' names, each with its own Alt letter (the tabs themselves have none)
        menu_texts = (self.tr("&Ranking"), self.tr("&Compare methods"), self.tr("&Sensitivity"),
                      self.tr("&Uncertainty"), self.tr("&Perspectives"), self.tr("&Disagreement"),
                      self.tr("&Trade-offs"))
        self.tab_actions: list[QAction] = []
        for i in range(self.count()):
            action = QAction(menu_texts[i], self)
            action.setObjectName(f"analysisTab{i + 1}Action")
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, index=i: self.show_tab(index))
            self.tab_actions.append(action)
        self.addActions(self.tab_actions)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.show_tab((self.currentIndex() + s) % self.count()))

    # ------------------------------------------------------------ lazy panels
    @property
    def sensitivity_panel(self) -> QWidget:
        """The sensitivity panel (built on first access), or a "Not available" label."""
        return self._pages["sensitivity"].ensure()

    @property
    def uncertainty_panel(self) -> QWidget:
        """The uncertainty panel (built on first access), or a "Not available" label."""
        return self._pages["uncertainty"].ensure()

    @property
    def perspectives_panel(self) -> QWidget:
        """The perspectives panel (built on first access); issue 4."""
        return self._pages["perspectives"].ensure()

    @property
    def disagreement_panel(self) -> QWidget:
        """The analysts' disagreement panel (built on first access); issue 4: analysts."""
        return self._pages["disagreement"].ensure()

    @property
    def tradeoff_panel(self) -> QWidget:
        """The Trade-offs panel (built on first access)."""
        return self._pages["tradeoffs"].ensure()

    def page(self, index: int) -> QWidget | None:
        """The page of tab ``index``: a panel, or the page that builds one on first use."""
        return inner(self.widget(index))

    def _on_current_changed(self, index: int) -> None:
        page = self.page(index)
        if isinstance(page, _LazyPage):
            page.ensure()

    def show_tab(self, index: int) -> None:
        """Open tab ``index`` and move the keyboard focus into it."""
        if not 0 <= index < self.count():
            return
        self.setCurrentIndex(index)
        page = self.page(index)
        if isinstance(page, _LazyPage):
            page.ensure()
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_panel(self, widget: QWidget) -> None:
        """Open the tab holding ``widget`` (a panel or a tab page)."""
        for i in range(self.count()):
            page = self.widget(i)
            if page is widget or page.isAncestorOf(widget):
                self.setCurrentIndex(i)
                return


__all__ = ["AnalysisTabs"]
