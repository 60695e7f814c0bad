"""A long status message and the project path beside it never overlap (h27m).

QStatusBar draws its message from the left across the whole bar, under its permanent
widgets when the text is longer than the room left of them; the path label paints no
background, so the two texts showed one over the other. The message is now cut with "…"
where the room ends, and the whole message is the bar's tooltip.
"""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, QPoint, QRect  # noqa: E402
from PySide6.QtGui import QHelpEvent  # noqa: E402
from PySide6.QtWidgets import QToolTip  # noqa: E402

LONG_PATH = "/srv/analysis/" + "/".join(["a-deeply-nested-project-folder"] * 6) + "/Example.counterweight"
MESSAGE = ("The changes saved in the other window could not be read, so this window still shows the project as it "
           "was last read. Close this window and open the project again to see them.")


def _drawn_message_rect(bar) -> QRect:
    """Where the bar draws its message: from its left margin, as wide as the text it draws."""
    shown = bar.shown_message() if hasattr(bar, "shown_message") else bar.currentMessage()  # Qt: all of it
    return QRect(6, 0, bar.fontMetrics().horizontalAdvance(shown), bar.height())


@pytest.mark.parametrize("width", [1366, 1000])
def test_a_long_message_and_a_long_path_do_not_overlap(window, qtbot, width):
    window.resize(width, 700)
    window.path_label.setText(LONG_PATH)
    bar, label = window.statusBar(), window.path_label
    bar.showMessage(MESSAGE)
    qtbot.waitUntil(lambda: bar.width() > width - 40 and label.width() <= bar.width() * 0.5, timeout=2000)
    qtbot.wait(50)
    if os.environ.get("H27M_GRAB"):
        window.grab().save(f"{os.environ['H27M_GRAB']}/window-{width}.png")
        bar.grab().save(f"{os.environ['H27M_GRAB']}/bar-{width}.png")
    assert bar.currentMessage() == MESSAGE  # the message itself stays whole
    if label.isVisible():
        assert not _drawn_message_rect(bar).intersects(label.geometry())


def test_a_cut_message_is_whole_in_the_tooltip(window, qtbot, monkeypatch):
    window.resize(1000, 700)
    window.path_label.setText(LONG_PATH)
    bar = window.statusBar()
    bar.showMessage(MESSAGE)
    qtbot.waitUntil(lambda: bar.width() > 960, timeout=2000)
    assert bar.shown_message().endswith("…") and bar.shown_message() != MESSAGE
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_rest: shown.append(text))
    point = QPoint(20, bar.height() // 2)
    bar.event(QHelpEvent(QEvent.Type.ToolTip, point, bar.mapToGlobal(point)))
    assert shown == [MESSAGE]


def test_a_short_message_is_drawn_whole(window, qtbot):
    window.resize(1366, 700)
    bar = window.statusBar()
    bar.showMessage("Saved.")
    qtbot.waitUntil(lambda: bar.width() > 1300, timeout=2000)
    assert bar.shown_message() == "Saved."
    assert not bar.toolTip()
