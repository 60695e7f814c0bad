"""Links written into rich text keep a readable colour on a dark palette (h26d visual QA).

The theme gives labels and text boxes a readable link colour when the system's dark palette
keeps Qt's default blue (tests/ui/test_theme_contrast.py), but Qt's Markdown and HTML readers
write the *application* palette's link colour into the text itself: the user guide's contents
and cross-references, and "See the notes" above the ranking, stayed #0000FF on the dark window
(about 2:1). Ratios use the independent formula of tests/ui/test_theme.py.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QListWidget

from tests.ui.test_theme import PALETTES, wcag_ratio

pytestmark = pytest.mark.qt

DARK_KINDS = ["dark", "hc-black"]


def _grounds(name: str) -> list[QColor]:
    palette = PALETTES[name]()
    return [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]


def _dark(qtbot, use_palette, name: str) -> None:  # noqa: ANN001
    from counterweight.ui import theme

    with qtbot.waitSignal(theme.install().changed, timeout=2000):
        use_palette(PALETTES[name]())


def _anchor_colours(browser) -> list[QColor]:  # noqa: ANN001
    out = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            part = it.fragment()
            if part.isValid() and part.charFormat().isAnchor():
                out.append(part.charFormat().foreground().color())
            it += 1
        block = block.next()
    return out


@pytest.mark.parametrize("name", DARK_KINDS)
def test_the_guide_links_are_readable_on_a_dark_window(qtbot, use_palette, name: str) -> None:
    from counterweight.ui.dialogs.help_dialog import HelpDialog

    _dark(qtbot, use_palette, name)
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    colours = _anchor_colours(dialog.browser)
    assert len(colours) > 10  # the contents line alone has a dozen
    weak = {c.name() for c in colours for g in _grounds(name) if wcag_ratio(c, g) < 4.5}
    assert not weak, f"{name}: guide links under 4.5:1: {weak}"


def test_the_guide_links_follow_a_palette_change(qtbot, use_palette) -> None:
    from counterweight.ui.dialogs.help_dialog import HelpDialog

    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    _dark(qtbot, use_palette, "dark")
    qtbot.waitUntil(lambda: all(wcag_ratio(c, g) >= 4.5 for c in _anchor_colours(dialog.browser)
                                for g in _grounds("dark")), timeout=2000)


@pytest.mark.parametrize("name", DARK_KINDS)
def test_see_the_notes_is_readable_on_a_dark_window(qtbot, use_palette, name: str) -> None:
    from counterweight.ui.widgets.ranking_notes import MissingScoresLine

    _dark(qtbot, use_palette, name)
    notes = QListWidget()
    qtbot.addWidget(notes)
    line = MissingScoresLine(notes)
    qtbot.addWidget(line)
    line.show_count(2)
    found = re.findall(r'<a [^>]*style="color: (#[0-9a-fA-F]{6})"', line.text())
    assert found, line.text()  # without its own colour the link takes the application's (#0000FF)
    for ground in _grounds(name):
        assert wcag_ratio(QColor(found[0]), ground) >= 4.5
