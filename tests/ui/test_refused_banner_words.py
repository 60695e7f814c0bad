"""The red banner says that a change the file refused is kept, and what its buttons do (QA session 26, h26e).

A change the file refused (a full disk, another program writing it) waits to be saved
again, and the window shows the file's state meanwhile. The banner said only "The change
could not be saved …; the file still holds the previous state." Its close button,
labelled ✕ with the tooltip "Dismiss", dropped the waiting change without a word: only a
screen reader heard that it would. Now the banner says the change is kept and names Try
again, File > Save As… and ✕; the close button's tooltip says it drops the change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from counterweight.services.edits import SetWeight
from counterweight.storage import sqlite_io

pytestmark = pytest.mark.qt


@pytest.fixture
def locker(controller, monkeypatch) -> Iterator[sqlite3.Connection]:
    """Another program holding the file's write lock, so that saves are refused."""
    monkeypatch.setattr(sqlite_io, "WRITE_WAIT_MS", 20)
    conn = sqlite3.connect(controller.path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


@pytest.fixture
def area(qtbot, controller):
    from counterweight.ui.widgets.banners import BannerArea

    banners = BannerArea(controller)
    qtbot.addWidget(banners)
    banners.show()
    return banners


def test_a_refused_change_is_said_to_be_kept_with_the_ways_out(area, controller, locker) -> None:
    problem = controller.submit(SetWeight("effect", 5))
    text = area.message_banner.text()
    assert text.startswith(problem)  # the reason first, as before
    assert "The change is kept in this window" in text
    assert "Try again saves it" in text and "File > Save As… saves it in a copy elsewhere" in text
    assert "✕ drops it" in text
    assert "drop" in area.message_banner.close_button.toolTip()
    controller.submit(SetWeight("harm", 6))
    assert "The 2 changes are kept in this window" in area.message_banner.text()
    assert area.message_banner.text().count("kept in this window") == 1


def test_once_saved_the_close_button_only_dismisses(area, controller, locker) -> None:
    controller.submit(SetWeight("effect", 5))
    locker.execute("ROLLBACK")
    assert controller.try_again()
    assert area.message_banner.close_button.toolTip() == "Dismiss"
    assert not area.message_banner.isVisible()


def test_an_error_that_keeps_nothing_says_nothing_of_keeping(area, controller) -> None:
    controller.errorRaised.emit("Points must be zero or more.")
    assert area.message_banner.text() == "Points must be zero or more."
