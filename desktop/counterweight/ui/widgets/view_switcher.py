"""Whose inputs the panels show: shared, one analyst's, or the group's.

:class:`ViewSwitcher` is a combo box: "Shared inputs", one entry per analyst, and
"Group view (read-only)". Analysts who share a name are numbered ("Ann (1)",
"Ann (2)"), and a long name is cut in the middle so that the combo box stays about
:data:`MAX_CHARS` average characters wide (the full name is in the item's tooltip and,
for the current entry, in the combo box's tooltip and accessible description). Choosing an entry sets :attr:`SessionController.view`; in
an analyst's view, edits to scores, weights and weight judgements are stored as that
analyst's own inputs; the group view refuses edits. The combo follows the controller
when the view changes elsewhere (for example when the analyst shown is removed).

:class:`ViewMenu` (View > Whose judgements) offers the same choice from the keyboard
(QA pass 19: the switcher took 38 Tab presses to reach): one checkable entry per view,
the first nine analysts numbered as their access keys.

:class:`ViewCaption` is the small line a panel shows to say which view it presents
("Analyst view: Ann", "Group view (mean)"); it hides itself while the project has no
analysts and the shared inputs are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar, QWidget

from counterweight.services.changes import ChangeSet, Part
from counterweight.services.disagreement import analyst_labels
from counterweight.ui.accessibility import speak_shown_text
from counterweight.ui.session_controller import GROUP_VIEW, SessionController

#: The widest an entry of the view switcher is shown, in average characters of its font.
MAX_CHARS = 40


class ViewSwitcher(QComboBox):
    """Combo box choosing :attr:`SessionController.view`."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._syncing = False
        self.setObjectName("viewSwitcher")
        self.setAccessibleName(self.tr("Whose inputs to show"))
        self._help = self.tr("Show and edit the shared inputs or one analyst's own; the group view "
                             "combines the analysts and cannot be edited.")
        self.setToolTip(self._help)
        self.setAccessibleDescription(self._help)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._chosen)
        self.currentIndexChanged.connect(lambda _i: self._describe_current())
        controller.sessionReplaced.connect(self.refresh)
        controller.viewChanged.connect(lambda _view: self.refresh())
        controller.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        """Re-list the analysts and select the controller's current view."""
        self._syncing = True
        try:
            self.clear()
            self.addItem(self.tr("Shared inputs"), None)
            analysts = self._controller.decision.analysts if self._controller.has_session else []
            labels = analyst_labels(analysts)
            limit = self.max_text_width()
            for a in analysts:
                full = labels[a.id]
                self.addItem(self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideMiddle, limit), a.id)
                self.setItemData(self.count() - 1, full, Qt.ItemDataRole.ToolTipRole)
            self.addItem(self.tr("Group view (read-only)"), GROUP_VIEW)
            self.setCurrentIndex(max(0, self.findData(self._controller.view)) if self._controller.view else 0)
            self.setEnabled(bool(analysts))
        finally:
            self._syncing = False
        self._describe_current()

    def max_text_width(self) -> int:
        """The widest an entry's text may be, in pixels: :data:`MAX_CHARS` average characters."""
        return self.fontMetrics().averageCharWidth() * MAX_CHARS

    def full_text(self, index: int) -> str:
        """The entry's whole text (its shown text may be cut in the middle)."""
        tip = self.itemData(index, Qt.ItemDataRole.ToolTipRole)
        return tip if isinstance(tip, str) and tip else self.itemText(index)

    def _describe_current(self) -> None:
        """Put the current entry's full name in the tooltip and description when it is cut."""
        i = self.currentIndex()
        full = self.full_text(i) if i >= 0 else ""
        if i >= 0 and full != self.itemText(i):
            self.setToolTip(f"{full}\n\n{self._help}")
            self.setAccessibleDescription(self.tr("Showing {0}. {1}").format(full, self._help))
        else:
            self.setToolTip(self._help)
            self.setAccessibleDescription(self._help)

    def changeEvent(self, event: QEvent) -> None:
        """Cut the names again when the font changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and not getattr(self, "_syncing", True):
            self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Part.INFO):
            self.refresh()

    def _chosen(self, index: int) -> None:
        if self._syncing or index < 0 or not self._controller.has_session:
            return
        if self._controller.set_view(self.itemData(index)):
            self.refresh()  # refused: show the view still in force


class ViewToolBar(QToolBar):
    """The main window's toolbar holding the view switcher behind its label (Alt+J reaches it)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Analyst view"), parent)
        self.setObjectName("viewToolBar")
        self.setProperty("help_topic", "several-analysts-and-elicitation-packets")  # F1 on the list (QA 32 item 3)
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Analyst view"))
        self.setMovable(False)
        self.toggleViewAction().setObjectName("viewToolBarAction")
        label = QLabel(QCoreApplication.translate("MainWindow", "Whose &judgements:"), self)  # QA pass 19: Alt+J
        label.setObjectName("viewSwitcherLabel")
        self.switcher = ViewSwitcher(controller, self)
        label.setBuddy(self.switcher)
        self.addWidget(label)
        self.addWidget(self.switcher)


class ViewMenu(QMenu):
    """View > Whose judgements: shared inputs, each analyst, the group view; the current one checked.

    Re-listed each time it opens, so it follows analysts added, renamed or removed.
    """

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Whose &judgements"), parent)
        self._controller = controller
        self.setObjectName("viewChoiceMenu")
        self.setToolTipsVisible(True)
        self._group = QActionGroup(self)  # one checked entry; clear() deletes the entries, not the group
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """List the views, the current one checked; only the shared inputs while no analyst is named."""
        self.clear()
        ctl = self._controller
        analysts = ctl.decision.analysts if ctl.has_session else []
        labels = analyst_labels(analysts)
        entries = [(self.tr("&Shared inputs"), None, "")]
        for n, a in enumerate(analysts, start=1):
            name = labels[a.id]
            shown = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle,
                                                  self.fontMetrics().averageCharWidth() * MAX_CHARS)
            text = (f"&{n} " if n < 10 else "") + shown.replace("&", "&&")  # a name's "&" is no access key
            entries.append((text, a.id, name))
        entries.append((self.tr("&Group view (read-only)"), GROUP_VIEW, ""))
        for text, view, tip in entries:
            action = self.addAction(text)
            action.setObjectName("viewSharedAction" if view is None else "viewGroupAction" if view == GROUP_VIEW
                                 else f"viewAnalystAction_{view}")
            action.setCheckable(True)
            action.setChecked(ctl.view == view)
            action.setEnabled(bool(analysts) or view is None)
            if tip:
                action.setToolTip(tip)
            self._group.addAction(action)
            action.triggered.connect(lambda _checked=False, v=view: self._choose(v))

    def _choose(self, view: str | None) -> None:
        if self._controller.has_session:
            self._controller.set_view(view)  # a refusal is reported by the controller


def aggregation_word(key: str) -> str:
    """The words for a group aggregation: "mean", "median" or "geometric mean"."""
    return {"mean": QCoreApplication.translate("ViewCaption", "mean"),
            "median": QCoreApplication.translate("ViewCaption", "median"),
            "geometric_mean": QCoreApplication.translate("ViewCaption", "geometric mean")}[key]


def view_caption(controller: SessionController) -> str:
    """Which view the controller shows, in words: "Shared inputs", "Analyst view: Ann", "Group view (mean)"."""
    if not controller.has_session or controller.view is None:
        return QCoreApplication.translate("ViewCaption", "Shared inputs")
    if controller.view == GROUP_VIEW:
        group = controller.decision.group
        scores, weights = aggregation_word(group.scores), aggregation_word(group.weights)
        how = scores if scores == weights else QCoreApplication.translate(
                "ViewCaption", "scores: {0}, weights: {1}").format(scores, weights)
        return QCoreApplication.translate("ViewCaption", "Group view ({0})").format(how)
    analyst = controller.view_analyst
    name = (analyst_labels(controller.decision.analysts).get(analyst.id, analyst.name) if analyst is not None
            else controller.view)  # numbered when two analysts share a name
    return QCoreApplication.translate("ViewCaption", "Analyst view: {0}").format(name)


class ViewCaption(QLabel):
    """A small caption naming the view a panel shows; follows the controller.

    Hidden while the shared inputs are shown in a project without analysts, where
    there is only one view to speak of.
    """

    def __init__(self, controller: SessionController, parent: QWidget | None = None, *,
                 name: str = "viewCaption") -> None:
        super().__init__(parent)
        self._controller = controller
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the analyst's name as typed
        speak_shown_text(self, self.tr("Whose inputs this panel shows"))  # read by the view it names
        font = self.font()
        font.setItalic(True)
        self.setFont(font)
        controller.viewChanged.connect(self._on_view_changed)  # bound methods: dropped with the label
        controller.sessionReplaced.connect(self.refresh)
        controller.changed.connect(self._on_changed)
        self.refresh()

    def _on_view_changed(self, _view: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show the controller's current view."""
        ctl = self._controller
        text = view_caption(ctl)
        self.setText(text)
        #: Whether the caption has something to say (it is shown only then).
        self.wanted = ctl.has_session and (ctl.view is not None or bool(ctl.decision.analysts))
        if self.parentWidget() is not None:  # a parentless label would open as a window
            self.setVisible(self.wanted)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Part.INFO, Part.METHOD):  # analysts named or renamed, group settings
            self.refresh()


__all__ = ["MAX_CHARS", "ViewCaption", "ViewMenu", "ViewSwitcher", "ViewToolBar", "aggregation_word", "view_caption"]
