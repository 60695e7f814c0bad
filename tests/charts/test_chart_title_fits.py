"""h28b: the title band of a saved picture keeps its text inside the band, however small the picture.

A chart saved at a tiny size (one never laid out, saved at the size the caller gives) let a long
word of the title run past the band's margin and out of the picture: word wrapping cannot break
a word. The band now breaks such a word where it must, and clips what cannot fit at all.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtCharts")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from counterweight.charts import build_contribution_chart  # noqa: E402
from counterweight.charts.export import chart_image, save_chart_svg  # noqa: E402
from counterweight.engine import evaluate  # noqa: E402
from tests.factories import small_decision  # noqa: E402

pytestmark = pytest.mark.qt

LONG = "Internationalisation-responsibilities overview"
MAX_BAND_LINES = 4  # counterweight.charts.export.MAX_BAND_LINES
SVG = "{http://www.w3.org/2000/svg}"


def _chart():  # noqa: ANN202
    d = small_decision()
    return build_contribution_chart(d, evaluate(d))  # never shown: never laid out


def _ink(image: QImage, top: int, bottom: int) -> float:
    """How much dark ink rows ``top`` to ``bottom`` hold (0 white, 1 black per pixel)."""
    return sum(1.0 - image.pixelColor(x, y).lightnessF() for y in range(top, bottom) for x in range(image.width()))


@pytest.mark.parametrize("width", [140, 150])
def test_a_long_title_word_is_drawn_whole_in_a_tiny_picture(qapp, width: int) -> None:  # noqa: ANN001
    """Before, the word was cut at the band's margin ("Inter", "respo"): much of the title's ink was missing."""
    chart = _chart()
    tiny = chart_image(chart, QSize(width, 40), 2, title=LONG, caption="Winter review")
    wide = chart_image(chart, QSize(900, 40), 2, title=LONG, caption="Winter review")  # on one line each
    band, band_wide = tiny.height() - 2 * 40, wide.height() - 2 * 40  # the chart keeps its legend inside
    assert band > band_wide  # more lines
    assert _ink(tiny, 0, band) == pytest.approx(_ink(wide, 0, band_wide), rel=0.03)  # the same letters, all of them


def test_the_whole_title_is_kept_when_it_can_be_wrapped(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    saved = save_chart_svg(_chart(), tmp_path / "t.svg", QSize(200, 60), title=LONG, caption="Winter review")
    texts = ["".join(t.itertext()) for t in ET.parse(saved).getroot().iter(f"{SVG}text")]
    assert not texts[0].startswith(LONG.split("-")[0] + "-")  # the first word is wider than the band: broken
    joined = "".join("".join(texts).split())
    assert "".join(LONG.split()) in joined  # broken into lines, not cut short


def test_a_title_longer_than_the_band_allows_ends_in_an_ellipsis(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    title = " ".join(["Responsibilities"] * 12)
    saved = save_chart_svg(_chart(), tmp_path / "t.svg", QSize(300, 200), title=title)
    texts = [" ".join("".join(t.itertext()).split()) for t in ET.parse(saved).getroot().iter(f"{SVG}text")]
    band = texts[:MAX_BAND_LINES]
    assert all(t.startswith("Responsibilities") for t in band[:-1]) and band[-1].endswith("…"), texts[:6]
    assert "Responsibilities" not in texts[MAX_BAND_LINES]  # no fifth line
