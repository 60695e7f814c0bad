"""Whose inputs the panels show: shared, one analyst's, or the group's.

:class:`ViewSwitcher` is a combo box: "Shared inputs", one entry per analyst, and
"Group view (read-only)". Choosing an entry sets :attr:`SessionController.view`; in
an analyst's view, edits to scores, weights and weight judgements are stored as that
analyst's own inputs; the group view refuses edits. The combo follows the controller
when the view changes elsewhere (for example when the analyst shown is removed).

:class:`ViewCaption` is the small line a panel shows to say which view it presents
("Analyst view: Ann", "Group view (mean)"); it hides itself while the project has no
analysts and the shared inputs are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from counterweight.services.changes import ChangeSet, Part
from counterweight.ui.session_controller import GROUP_VIEW, SessionController


class ViewSwitcher(QComboBox):
    """Combo box choosing :attr:`SessionController.view`."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._syncing = False
        self.setObjectName("viewSwitcher")
        self.setAccessibleName(self.tr("Whose inputs to show"))
        self.setToolTip(self.tr("Show and edit the shared inputs or one analyst's own; the group view "
                                "combines the analysts and cannot be edited."))
        self.setAccessibleDescription(self.toolTip())
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._chosen)
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
            for a in analysts:
                self.addItem(a.name, a.id)
            self.addItem(self.tr("Group view (read-only)"), GROUP_VIEW)
            self.setCurrentIndex(max(0, self.findData(self._controller.view)) if self._controller.view else 0)
            self.setEnabled(bool(analysts))
        finally:
            self._syncing = False

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Part.INFO):
            self.refresh()

    def _chosen(self, index: int) -> None:
        if self._syncing or index < 0 or not self._controller.has_session:
            return
        if self._controller.set_view(self.itemData(index)):
            self.refresh()  # refused: show the view still in force


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
    return QCoreApplication.translate(
            "ViewCaption", "Analyst view: {0}").format(analyst.name if analyst is not None else controller.view)


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
        self.setAccessibleName(self.tr("Whose inputs this panel shows"))
        self.setWordWrap(True)
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
        self.setAccessibleDescription(text)
        #: Whether the caption has something to say (it is shown only then).
        self.wanted = ctl.has_session and (ctl.view is not None or bool(ctl.decision.analysts))
        if self.parentWidget() is not None:  # a parentless label would open as a window
            self.setVisible(self.wanted)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Part.INFO, Part.METHOD):  # analysts named or renamed, group settings
            self.refresh()


__all__ = ["ViewCaption", "ViewSwitcher", "aggregation_word", "view_caption"]
