"""The Sensitivity tab's own legend draws each option's line with its dashes (h27c).

The legend under the chart (a wrapping label: Qt Charts' legend cannot wrap) showed a coloured square
per option, so its colours matched the lines but not the dash patterns that keep them apart in grey
and for colour-blind readers, nor the dots of an option a red line excludes; the exported chart's
legend showed both. Each option now gets a picture of its line: these tests decode the pictures and
measure the dashes along their middle row, on a light and a dark palette, and check that no entry is
split between two lines of a narrow legend (Qt may break a line right after a picture).
"""

from __future__ import annotations

import base64
import re

import pytest
from PySide6.QtGui import QColor, QImage, QTextDocument

from counterweight.domain import Decision, RedLine, RedLineAction
from counterweight.ui.widgets.sensitivity_panel import SensitivityPanel
from tests.factories import small_decision
from tests.ui.conftest import controller_on
from tests.ui.test_theme import PALETTES

pytestmark = pytest.mark.qt
_IMAGE = re.compile(r'<img src="data:image/png;base64,([^"]+)" width="(\d+)" height="(\d+)">')


@pytest.fixture
def controller(tmp_path):
    """The small decision (Alpha, Bravo, Charlie) with a red line on cost that excludes Bravo (10 $bn)."""
    data = small_decision().model_dump()
    data["red_lines"] = [RedLine(id="r", criterion_id="cost", limit=9, action=RedLineAction.EXCLUDE).model_dump()]
    yield from controller_on(tmp_path / "legend.counterweight", Decision.model_validate(data))


def _panel(qtbot, controller, width: int = 560) -> SensitivityPanel:
    panel = SensitivityPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(width, 1200)
    with qtbot.waitSignal(panel.updated, timeout=10_000):
        panel.show()
    qtbot.wait(50)
    return panel


def _runs(image: QImage) -> tuple[list[int], QColor]:
    """The lengths of the painted stretches along the picture's middle row, and the colour of its most opaque pixel."""
    y = image.height() // 2
    painted = [image.pixelColor(x, y).alpha() > 100 for x in range(image.width())]
    runs: list[int] = []
    for x, on in enumerate(painted):
        if on and (x == 0 or not painted[x - 1]):
            runs.append(0)
        if on:
            runs[-1] += 1
    solid = max(range(image.width()), key=lambda x: image.pixelColor(x, y).alpha())  # not an edge's blend
    return runs, image.pixelColor(solid, y)


def _marks(panel: SensitivityPanel) -> dict[str, tuple[list[int], QColor]]:
    """Each option's legend picture, measured, by option name."""
    text = panel.chart_legend.text()
    found = {}
    for name in panel.result.option_names:
        at = text.index(f"{name}</b>" if f"<b>{name}</b>" in text else name)
        match = list(_IMAGE.finditer(text[:at]))[-1]  # the picture just before the name
        image = QImage.fromData(base64.b64decode(match.group(1)))
        found[name] = _runs(image)
    return found


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_each_option_in_the_legend_is_drawn_with_its_line_s_dashes(qtbot, controller, use_palette, palette):
    if palette == "dark":
        use_palette(PALETTES["dark"]())
    panel = _panel(qtbot, controller)
    entries = {text: colour for text, colour, kind in panel.chart.legend_entries() if kind != "current"}
    marks = _marks(panel)
    alpha, bravo, charlie = (marks[n] for n in ("Alpha", "Bravo", "Charlie"))
    width = sum(alpha[0])
    assert len(alpha[0]) == 1 and width >= 30  # Alpha, first: a solid line the whole length of the picture
    assert len(charlie[0]) >= 3 and max(charlie[0]) >= 4 * min(charlie[0])  # long and short dashes
    assert len(bravo[0]) >= 6 and max(bravo[0]) <= 4  # Bravo, excluded by the red line: dots, as on the chart
    for name, (_runs_, colour) in marks.items():  # the line's own colour on this palette
        want = entries[name]
        assert max(abs(a - b) for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3])) <= 3, (palette, name)


def test_a_picture_and_its_name_stay_on_one_line_of_a_narrow_legend(qtbot, controller):
    panel = _panel(qtbot, controller, width=300)
    label = panel.chart_legend
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setTextWidth(label.contentsRect().width())
    document.setHtml(label.text())
    document.size()  # lays the text out
    rows = label.text().split("<br>")
    assert len(rows) >= 2  # too narrow for one row
    lines = sum(document.findBlockByNumber(i).layout().lineCount() for i in range(document.blockCount()))
    assert lines == len(rows)  # no row wraps, so no picture ends a line without its name
    for row in rows:
        assert row.startswith(("<img", "<span"))  # every row starts with an entry's mark
