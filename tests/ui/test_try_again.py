"""Changes the project file refused (another program writing it) can be saved again.

The other program here is real: a second SQLite connection holding the file's write
lock, as a database tool does until its user writes its changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from counterweight.services.edits import SetWeight
from counterweight.services.session import ProjectSession
from counterweight.storage import sqlite_io
from counterweight.ui.widgets.weight_editor import GestureWeight


@pytest.fixture
def locker(controller, monkeypatch) -> Iterator[sqlite3.Connection]:
    """A foreign connection to the controller's file; ``BEGIN IMMEDIATE`` on it blocks saves."""
    monkeypatch.setattr(sqlite_io, "WRITE_WAIT_MS", 20)  # refused quickly: the tests do not wait a second each
    conn = sqlite3.connect(controller.path, isolation_level=None)
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def _saved_weights(controller) -> dict[str, float]:
    """The weights as the file holds them (read through a second, read-only session)."""
    with ProjectSession.open(controller.path, read_only=True) as other:
        return {c.id: c.weight for c in other.decision.criteria}


def test_refused_changes_are_kept_and_saved_in_order_by_try_again(controller, locker) -> None:
    locker.execute("BEGIN IMMEDIATE")
    assert "another program" in controller.submit(SetWeight("effect", 5))
    assert controller.submit(SetWeight("harm", 4)) is not None
    assert controller.submit(SetWeight("effect", 7)) is not None
    assert controller.unsaved_count == 3
    assert controller.decision.criterion("effect").weight == 3  # nothing applied in the window either
    locker.execute("ROLLBACK")
    assert controller.try_again() is True
    assert controller.unsaved_count == 0
    assert controller.decision.criterion("effect").weight == 7 and controller.decision.criterion("harm").weight == 4
    saved = _saved_weights(controller)
    assert saved["effect"] == 7 and saved["harm"] == 4
    assert controller.undo_stack.count() == 3
    controller.undo_stack.undo()
    assert controller.decision.criterion("effect").weight == 5  # each change is its own undo step, in order


def test_a_drag_that_was_refused_keeps_only_its_last_position(controller, locker) -> None:
    locker.execute("BEGIN IMMEDIATE")
    for weight in (4, 5, 6, 8):
        assert controller.submit(GestureWeight("effect", weight, gesture=11)) is not None
    assert controller.unsaved_count == 1
    locker.execute("ROLLBACK")
    assert controller.try_again()
    assert _saved_weights(controller)["effect"] == 8
    assert controller.undo_stack.count() == 1


def test_refused_again_keeps_every_change_that_is_still_unsaved(controller, locker) -> None:
    locker.execute("BEGIN IMMEDIATE")
    controller.submit(SetWeight("effect", 5))
    controller.submit(SetWeight("harm", 4))
    counts: list[int] = []
    controller.unsavedChanged.connect(counts.append)
    assert controller.try_again() is False
    assert controller.unsaved_count == 2 and counts[-1] == 2
    locker.execute("ROLLBACK")
    assert controller.try_again()
    saved = _saved_weights(controller)
    assert (saved["effect"], saved["harm"]) == (5, 4)
    assert counts[-1] == 0


def test_a_step_of_several_changes_is_saved_again_as_one_step(controller, locker) -> None:
    locker.execute("BEGIN IMMEDIATE")
    with controller.one_undo_step("Set two weights"):
        controller.submit(SetWeight("effect", 5))
        controller.submit(SetWeight("harm", 6))
    assert controller.unsaved_count == 2 and controller.undo_stack.count() == 0
    locker.execute("ROLLBACK")
    assert controller.try_again()
    assert controller.undo_stack.count() == 1 and controller.undo_stack.undoText() == "Set two weights"


def test_a_later_change_that_saves_drops_the_refused_ones(controller, locker) -> None:
    """Saving an older refused change after a newer one would silently undo the newer."""
    locker.execute("BEGIN IMMEDIATE")
    controller.submit(SetWeight("effect", 5))
    locker.execute("ROLLBACK")
    assert controller.submit(SetWeight("effect", 9)) is None
    assert controller.unsaved_count == 0
    assert controller.try_again() and _saved_weights(controller)["effect"] == 9


def test_invalid_input_is_not_offered_again(controller, locker) -> None:
    assert controller.submit(SetWeight("effect", -1)) is not None  # refused by the model, not the file
    assert controller.unsaved_count == 0


def test_the_banner_offers_try_again_and_its_close_button_drops_the_changes(qtbot, controller, locker) -> None:
    from counterweight.ui.widgets.banners import BannerArea

    area = BannerArea(controller)
    qtbot.addWidget(area)
    area.show()
    button, banner = area.try_again_button, area.message_banner
    assert not button.isVisible()
    locker.execute("BEGIN IMMEDIATE")
    controller.submit(SetWeight("effect", 5))
    assert banner.isVisible() and button.isVisible() and "another program" in banner.text()
    assert banner.text().count(controller.path.name) == 1  # named once, without the folder in front
    assert str(controller.path.parent) not in banner.text()
    controller.submit(SetWeight("harm", 6))
    assert "2" in button.text() and button.accessibleName() == button.text().replace("&", "")
    locker.execute("ROLLBACK")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and controller.unsaved_count == 0
    assert _saved_weights(controller)["harm"] == 6

    locker.execute("BEGIN IMMEDIATE")
    controller.submit(SetWeight("effect", 8))
    assert "drops" in banner.close_button.accessibleDescription()
    banner.close_button.click()
    assert controller.unsaved_count == 0 and not banner.isVisible()
    locker.execute("ROLLBACK")
    assert _saved_weights(controller)["effect"] == 5
