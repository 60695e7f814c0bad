"""h28b: the saved and copied Sensitivity picture says "(first)" as the window's legend does.

The legend painted under a saved Sensitivity chart marked the top option in bold only; the window's
legend also says "(first)", or "(tied first)" for each option sharing first place, which a screen
reader, and a reader of a greyscale print, get where bold is lost. The picture now says the same words,
taken from the same translated text (French included).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from counterweight.charts.export import chart_mime_data, save_chart_svg
from counterweight.domain import Decision
from counterweight.ui.widgets.sensitivity_panel import SensitivityPanel
from tests.factories import small_decision
from tests.ui.conftest import controller_on

pytestmark = pytest.mark.qt
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def controller(tmp_path):
    yield from controller_on(tmp_path / "first.counterweight", small_decision())


@pytest.fixture
def tied_controller(tmp_path):
    """Alpha and a copy of it (same scores): the two share first place."""
    data = small_decision().model_dump()
    data["options"].append({"id": "a2", "name": "Alpha twin"})
    data["scores"] += [dict(s, option_id="a2") for s in data["scores"] if s["option_id"] == "a"]
    yield from controller_on(tmp_path / "tied.counterweight", Decision.model_validate(data))


def _panel(qtbot, controller) -> SensitivityPanel:
    panel = SensitivityPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(700, 1200)
    with qtbot.waitSignal(panel.updated, timeout=10_000):
        panel.show()
    return panel


def _svg_texts(path: Path) -> list[str]:
    return [" ".join("".join(t.itertext()).split()) for t in ET.parse(path).getroot().iter(f"{SVG}text")]


def _window_words(panel: SensitivityPanel) -> str:
    """The window's legend as plain text."""
    plain = re.sub(r"<[^>]+>", " ", panel.chart_legend.text())  # tags (the pictures, bold) out
    return " ".join(html.unescape(plain).replace("\xa0", " ").split())


def test_the_saved_picture_says_which_option_is_first(qtbot, controller, tmp_path: Path) -> None:
    panel = _panel(qtbot, controller)
    top = panel.result.option_names[panel.result.option_ids.index(panel.result.top_id)]
    assert f"{top} (first)" in _window_words(panel)  # the window's legend, as before
    texts = _svg_texts(save_chart_svg(panel.chart, tmp_path / "s.svg", QSize(600, 300), title="Sensitivity"))
    assert top in texts  # the name, whole
    at = texts.index(top)
    assert texts[at + 1] == "(first)", texts  # and the words right after it
    assert texts.count("(first)") == 1


def test_the_copied_picture_has_the_words_too(qtbot, controller) -> None:
    """Edit > Copy chart puts the PNG's picture on the clipboard: its legend is painted from the same entries."""
    from counterweight.charts.picture_legend import picture_entries

    panel = _panel(qtbot, controller)
    image = QImage.fromData(chart_mime_data(panel.chart, QSize(600, 300), title="Sensitivity").data("image/png"), "PNG")
    assert not image.isNull() and image.height() > 2 * 300  # the band and the legend around the chart
    said = [(e.name, getattr(e, "words", "")) for e in picture_entries(panel.chart)]
    top = panel.result.option_names[panel.result.option_ids.index(panel.result.top_id)]
    assert (top, "(first)") in said, said


def test_options_sharing_first_place_are_each_called_tied_first(qtbot, tied_controller, tmp_path: Path) -> None:
    panel = _panel(qtbot, tied_controller)
    assert set(panel.flips.tied_ids) == {"a", "a2"}
    window = _window_words(panel)
    assert "Alpha (tied first)" in window and "Alpha twin (tied first)" in window
    texts = _svg_texts(save_chart_svg(panel.chart, tmp_path / "t.svg", QSize(600, 300), title="Sensitivity"))
    assert texts.count("(tied first)") == 2 and "(first)" not in texts, texts
    for name in ("Alpha", "Alpha twin"):
        assert texts[texts.index(name) + 1] == "(tied first)"


def test_the_picture_says_it_in_the_window_s_language(qtbot, controller, french, tmp_path: Path) -> None:  # noqa: ARG001
    panel = _panel(qtbot, controller)
    top = panel.result.option_names[panel.result.option_ids.index(panel.result.top_id)]
    window = _window_words(panel)
    assert window.count(top) >= 1 and "(first)" not in window  # translated in the window
    said = window.split(top, 1)[1].split(")", 1)[0] + ")"  # the words after the name, up to ")"
    texts = _svg_texts(save_chart_svg(panel.chart, tmp_path / "f.svg", QSize(600, 300), title="Sensibilité"))
    assert texts[texts.index(top) + 1] == said.strip(), (said, texts)
