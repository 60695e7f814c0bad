"""Which of the Perspectives tab's buttons can act now (QA, session 28).

Rename…, Delete and Compare… were enabled with empty lists and did nothing when
pressed. :class:`ListButtons` enables each button only when it can act: the buttons
that change the project while it can be changed (not in a read-only window), those
that act on a perspective, scenario or snapshot while one is selected. A disabled
button's tooltip says what it waits for. A button that disables itself (Delete on
the last item) hands the keyboard focus to its list (:mod:`.kept_focus`).

Apart from :mod:`.perspectives_panel` so that file stays under the size limit; the
button texts keep the panel's translation context, "PerspectivesPanel".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget, QPushButton, QWidget

from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.kept_focus import set_enabled


class ListButtons:
    """Keeps the Perspectives tab's buttons enabled only when they can act (see the module)."""

    def __init__(self, panel: QWidget, controller: SessionController, weight_sets: QListWidget,
                 scenarios: QListWidget, snapshots: QListWidget) -> None:
        self._controller = controller
        self._lists = (weight_sets, scenarios, snapshots)
        self._panel = panel
        weight_sets.currentItemChanged.connect(self.sync)
        scenarios.currentItemChanged.connect(self.sync)
        snapshots.itemSelectionChanged.connect(self.sync)
        controller.sessionReplaced.connect(self.sync)

    def _button(self, name: str) -> QPushButton:
        button = self._panel.findChild(QPushButton, name)
        assert button is not None, name
        return button

    def sync(self, *_: object) -> None:
        """Enable each button that can act now; a disabled one's tooltip says what it waits for."""
        ctl = self._controller
        editable = ctl.has_session and not ctl.read_only
        weight_sets, scenarios, snapshots = self._lists
        chosen_set = weight_sets.currentItem() is not None
        chosen_scenario = scenarios.currentItem() is not None
        chosen_snapshots = ctl.has_session and bool(snapshots.selectedItems())
        locked = QCoreApplication.translate("PerspectivesPanel", "This project is open read-only.") \
            if ctl.has_session else ""
        pick_set = QCoreApplication.translate("PerspectivesPanel", "Select a perspective first.")
        pick_scenario = QCoreApplication.translate("PerspectivesPanel", "Select a scenario first.")
        pick_snapshot = QCoreApplication.translate("PerspectivesPanel",
                                                   "Select one snapshot (compared with now) or two first.")
        pick_gone = QCoreApplication.translate("PerspectivesPanel", "Select the snapshots to delete first.")
        boxes = (
            (weight_sets, [("saveWeightSetButton", editable, locked),
                           ("renameWeightSetButton", editable and chosen_set, locked or pick_set),
                           ("deleteWeightSetButton", editable and chosen_set, locked or pick_set)]),
            (scenarios, [("newScenarioButton", editable, locked),
                         ("renameScenarioButton", editable and chosen_scenario, locked or pick_scenario),
                         ("deleteScenarioButton", editable and chosen_scenario, locked or pick_scenario)]),
            (snapshots, [("takeSnapshotButton", editable, locked),
                         ("compareSnapshotsButton", chosen_snapshots, pick_snapshot),
                         ("deleteSnapshotButton", editable and chosen_snapshots, locked or pick_gone)]),
        )
        for listing, buttons in boxes:
            set_enabled([(self._button(name), on) for name, on, _why in buttons], focus_to=[listing])
            for name, on, why in buttons:
                self._show_why(self._button(name), "" if on else why)

    @staticmethod
    def _show_why(button: QPushButton, why: str) -> None:
        """The button's own tooltip, or while it is disabled, what it waits for (``why``)."""
        own = button.property("enabledTip")
        if own is None:  # the tooltip the panel gave it, kept for when it is enabled again
            own = button.toolTip()
            button.setProperty("enabledTip", own)
        button.setToolTip(why or own)


__all__ = ["ListButtons"]
