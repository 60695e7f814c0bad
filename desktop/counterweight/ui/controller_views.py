"""Whose inputs the window shows: the shared ones, one analyst's or the group view (issue 4: analysts).

A mixin of :class:`~counterweight.ui.session_controller.SessionController`, kept apart so the
controller stays about the session and its undo stack. It uses the controller's ``decision``,
``has_session``, ``errorRaised`` and ``viewChanged``; its window text is translated in the
controller's context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from counterweight.domain import Decision
from counterweight.domain.analysts import Analyst, AnalystInput
from counterweight.domain.errors import CounterweightError
from counterweight.engine import Evaluation, evaluate
from counterweight.services.group import GROUP, view_decision
from counterweight.ui.engine_text import error_text

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

#: ``SessionController.view`` value of the group view.
GROUP_VIEW = GROUP  # the services' name of the group view (report --view, the brief's request)


class AnalystViews:
    """The view part of the session controller: :attr:`view`, :meth:`set_view` and the view's data."""

    _view: str | None
    _view_cache: tuple | None
    _lost_view: str | None
    errorRaised: SignalInstance  # noqa: N815 - the controller's Qt signals
    viewChanged: SignalInstance  # noqa: N815
    decision: Any
    has_session: bool

    @property
    def view(self) -> str | None:
        """Whose inputs are shown: ``None`` (shared), an analyst id, or :data:`GROUP_VIEW`."""
        return self._view

    def set_view(self, view: str | None) -> str | None:
        """Show the shared inputs (``None``), one analyst's view, or the group view.

        Returns ``None`` on success or a user-facing message (also emitted as
        ``errorRaised``) when the view cannot be formed; the view is then unchanged.
        """
        if view == self._view:
            return None
        self._lost_view = None  # the user chose a view: undoing a removal no longer moves it
        old, self._view, self._view_cache = self._view, view, None
        if view is not None:
            try:
                if view != GROUP_VIEW and not any(a.id == view for a in self.decision.analysts):
                    raise CounterweightError(QCoreApplication.translate("SessionController", "That analyst is no longer in the project."))
                self._view_data()
            except CounterweightError as exc:
                self._view, self._view_cache = old, None
                self.errorRaised.emit(error_text(exc))
                return error_text(exc)
        self.viewChanged.emit(view)
        return None

    @property
    def view_analyst(self) -> Analyst | None:
        """The analyst whose view is shown (``None`` in the shared or the group view)."""
        if self._view is None or self._view == GROUP_VIEW or not self.has_session:
            return None
        return next((a for a in self.decision.analysts if a.id == self._view), None)

    def view_input(self) -> AnalystInput | None:
        """The shown analyst's own inputs (``None`` in the shared or group view, or if they gave none)."""
        analyst = self.view_analyst
        if analyst is None:
            return None
        return next((i for i in self.decision.analyst_inputs if i.analyst_id == analyst.id), None)

    @property
    def view_decision(self) -> Decision:
        """The decision as the current view shows it (the shared decision when no view is set)."""
        return self.decision if self._view is None else self._view_data()[0]

    @property
    def view_evaluation(self) -> Evaluation:
        """The evaluation of :attr:`view_decision`."""
        return self.evaluation if self._view is None else self._view_data()[1]

    def _view_data(self) -> tuple[Decision, Evaluation]:
        decision = self.decision
        cache = self._view_cache
        if cache is None or cache[0] is not decision or cache[1] != self._view:
            view = view_decision(decision, str(self._view))
            cache = self._view_cache = (decision, self._view, view, evaluate(view))
        return cache[2], cache[3]

    def _view_back(self) -> str | None:
        """The removed analyst's id when they are back (undo) and the shared view has stayed since; else None.

        The view then returns to theirs, as it was when they were removed (QA pass 19).
        """
        lost = self._lost_view
        if lost is None or self._view is not None or not any(a.id == lost for a in self.decision.analysts):
            return None
        self._view, self._view_cache, self._lost_view = lost, None, None
        try:
            self._view_data()
        except CounterweightError:
            self._view, self._view_cache = None, None
            return None
        return lost


__all__ = ["GROUP_VIEW", "AnalystViews"]
