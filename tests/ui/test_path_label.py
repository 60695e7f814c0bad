"""The project path in the status bar leaves the status message its room (h26d: clipped at 200 % text)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

LONG = "/srv/analysis/" + "/".join(["a-deeply-nested-project-folder"] * 6) + "/Example - North Korean troops.counterweight"
MESSAGE = "Opened Example - North Korean troops.counterweight"


def test_a_long_path_leaves_the_message_room_and_stays_whole(window, qtbot):
    window.resize(900, 600)
    window.path_label.setText(LONG)
    window.statusBar().showMessage(MESSAGE)
    bar, label = window.statusBar(), window.path_label
    qtbot.waitUntil(lambda: label.width() < bar.width() * 0.5, timeout=2000)
    # the message is drawn left of the permanent widgets: it must fit there whole
    assert label.x() >= bar.fontMetrics().horizontalAdvance(MESSAGE)
    assert label.text() == LONG  # screen readers, tooltips and tests get the whole path
    drawn = label.shown_text()
    assert "…" in drawn and drawn.endswith(".counterweight")  # cut in the middle: the file name shows


def test_a_short_path_is_shown_whole(window, qtbot):
    window.resize(1200, 600)
    window.path_label.setText("/tmp/x.counterweight")
    qtbot.waitUntil(lambda: window.path_label.shown_text() == "/tmp/x.counterweight", timeout=2000)


def test_the_path_grows_back_when_the_window_widens(window, qtbot):
    window.path_label.setText(LONG)
    window.resize(700, 600)
    qtbot.waitUntil(lambda: window.path_label.width() <= 700 * 0.5, timeout=2000)
    window.resize(1360, 600)
    qtbot.waitUntil(lambda: window.path_label.width() > 350, timeout=2000)
