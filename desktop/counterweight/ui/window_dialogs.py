"""The dialogs the main window's menus open: each made on first use, some kept and brought forward.

A part of :class:`~counterweight.ui.main_window.MainWindow` of its own because
none of it lays out the window: Evidence > Source library…, Edit > Analysts…,
Edit > Decision details…, Edit > Recommendation and decision… and Help > About.
Each dialog module is imported when first asked for (issue 6: not while the window
opens). The source library and the analysts dialog are one per window
(:meth:`WindowDialogs._bring_forward`). Strings keep the window's translation
context ("MainWindow").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from counterweight.ui.dialogs.sources_dialog import SourcesDialog  # issue 4: evidence


class WindowDialogs:
    """Mixin for the main window (it has ``controller``, ``score_matrix``, ``file_actions`` and ``show_status``)."""

    def show_source_library(self) -> SourcesDialog | None:
        """Open (or bring forward) the source library of the open project."""
        def make() -> SourcesDialog:
            # issue 6: imported on first use, not while the window opens
            from counterweight.ui.dialogs.sources_dialog import SourcesDialog

            native = self.file_actions.dialog_options != QFileDialog.Option.DontUseNativeDialog
            return SourcesDialog(self.controller, self, current_cell=self.score_matrix.current_cell,
                                 native_dialogs=native)
        return self._bring_forward("sources_dialog", make)  # type: ignore[return-value]

    def _bring_forward(self, attr: str, make: Callable[[], QWidget]) -> QWidget | None:
        """Show the window's one ``attr`` dialog, made by ``make`` the first time, in front; needs a project."""
        if not self.controller.has_session:
            self.show_status(QCoreApplication.translate("MainWindow", "Open a project first."))
            return None
        if getattr(self, attr, None) is None:
            setattr(self, attr, make())
        dialog: QWidget = getattr(self, attr)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def edit_conclusion(self) -> bool:  # Edit > Recommendation and decision…
        from counterweight.ui.dialogs.conclusion_dialog import edit_conclusion

        return edit_conclusion(self.controller, self)

    def edit_decision_details(self) -> bool:  # decision details: Edit > Decision details…
        """Edit the decision's title, description and notice (one undo step); whether they changed."""
        from counterweight.ui.dialogs.decision_details_dialog import edit_decision_details

        return edit_decision_details(self.controller, self)

    def show_analysts(self) -> QWidget | None:
        """Open (or bring forward) Edit > Analysts… for the open project."""
        from counterweight.ui.dialogs.analysts_dialog import AnalystsDialog

        return self._bring_forward("analysts_dialog", lambda: AnalystsDialog(self.controller, self))

    def show_about(self) -> None:
        """Show the About box."""
        # issue 6: imported on first use, not while the window opens
        from counterweight.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()


__all__ = ["WindowDialogs"]
