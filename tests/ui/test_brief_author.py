"""File > Set brief author…: the name briefs print as "Prepared by" (QA 25 item 10).

The name is kept in this computer's settings, not in the project; the next brief made in
the window prints it; clearing it goes back to the account holder's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from counterweight.services import briefing
from counterweight.ui.brief_author import SETTINGS_KEY, stored_author
from counterweight.ui.main_window import MainWindow

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


def _requests(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Record the preparer each brief request is made with, and stop there (no analyses)."""
    seen: list[str | None] = []

    def request(session, *, marking=None, prepared_by=None, view=None):  # noqa: ANN001, ANN202
        seen.append(prepared_by)
        raise briefing.CounterweightError("stopped by the test")

    monkeypatch.setattr(briefing, "request_for_session", request)
    return seen


def test_the_file_menu_offers_it_beside_the_marking(window: MainWindow) -> None:
    names = [a.objectName() for a in window.menuBar().actions()[0].menu().actions()]
    assert names.index("setMarkingAction") + 1 == names.index("setBriefAuthorAction")


def test_the_name_is_kept_in_settings_and_used_by_the_next_brief(window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    seen = _requests(monkeypatch)
    window.brief_actions.export_brief(Path("/nonexistent/brief.pdf"))
    window.brief_actions.set_author("  Ann   Smith ")
    assert window.brief_actions._settings.value(SETTINGS_KEY) == "Ann Smith"
    assert "Prepared by Ann Smith" in window.statusBar().currentMessage()
    window.brief_actions.export_brief(Path("/nonexistent/brief.pdf"))
    window.brief_actions.set_author("")
    assert stored_author(window.brief_actions._settings) is None
    window.brief_actions.export_brief(Path("/nonexistent/brief.pdf"))
    assert seen == [None, "Ann Smith", None]


def test_the_dialog_shows_the_kept_name_and_keeps_what_is_typed(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.brief_actions.set_author("Ann Smith")
    shown: list[str] = []

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QInputDialog) and w.isVisible())
        shown.append(dialog.textValue())
        dialog.setTextValue("Raj Patel")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.brief_actions.author_action.trigger()
    assert shown == ["Ann Smith"]
    assert stored_author(window.brief_actions._settings) == "Raj Patel"
