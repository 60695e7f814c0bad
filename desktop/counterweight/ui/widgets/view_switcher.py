"""Whose inputs the score matrix and weights show: shared, one analyst's, or the group's.

A combo box: "Shared inputs", one entry per analyst, and "Group view (read-only)".
Choosing an entry sets :attr:`SessionController.view`; in an analyst's view, edits to
scores and weights are stored as that analyst's own inputs; the group view refuses
edits. The combo follows the controller when the view changes elsewhere (for
example when the analyst shown is removed).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

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


__all__ = ["ViewSwitcher"]
