"""Saving a chart as PNG (twice its screen size) and as SVG (vector, text kept as text)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtCharts")

from PySide6.QtCharts import QChartView  # noqa: E402
from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402

from counterweight.charts import build_contribution_chart  # noqa: E402
from counterweight.charts.export import PNG_SCALE, chart_image, save_chart_png, save_chart_svg  # noqa: E402
from counterweight.charts.palette import segment_colour  # noqa: E402
from counterweight.domain.errors import CounterweightError  # noqa: E402
from counterweight.engine import evaluate  # noqa: E402
from tests.factories import small_decision  # noqa: E402

pytestmark = pytest.mark.qt


@pytest.fixture
def chart(qtbot):  # noqa: ANN001, ANN201
    """The contribution chart as shown in a 500 x 300 view (the view is kept alive for the test)."""
    d = small_decision()
    view = QChartView(build_contribution_chart(d, evaluate(d)))
    qtbot.addWidget(view)
    view.resize(500, 300)
    with qtbot.waitExposed(view):
        view.show()
    yield view.chart()
    view.close()


def test_png_is_twice_the_screen_size(chart, tmp_path: Path) -> None:  # noqa: ANN001
    size = chart.size().toSize()
    saved = save_chart_png(chart, tmp_path / "chart")
    assert saved == tmp_path / "chart.png"
    image = QImage(str(saved))
    assert (image.width(), image.height()) == (PNG_SCALE * size.width(), PNG_SCALE * size.height())
    assert round(image.dotsPerMeterX() * 0.0254) == 96 * PNG_SCALE
    # The first segment's colour (Risks) is really drawn.
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert segment_colour(0).name() in colours


def test_png_of_a_chart_never_shown_uses_the_given_size(qapp) -> None:  # noqa: ANN001
    d = small_decision()
    image = chart_image(build_contribution_chart(d, evaluate(d)), QSize(300, 200))
    assert (image.width(), image.height()) == (600, 400)
    assert image.pixelColor(0, 0) == QColor("white")


def test_svg_keeps_text_and_shapes(chart, tmp_path: Path) -> None:  # noqa: ANN001
    saved = save_chart_svg(chart, tmp_path / "chart.SVG")
    assert saved.suffix == ".SVG"
    root = ET.parse(saved).getroot()
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for name in ("Alpha", "Bravo", "Charlie", "Risks", "Benefits"):
        assert name in texts
    assert not list(root.iter("{http://www.w3.org/2000/svg}image"))  # vector only, no embedded picture
    assert root.find("{http://www.w3.org/2000/svg}title") is not None


def test_unwritable_folder_names_the_file(chart, tmp_path: Path) -> None:  # noqa: ANN001
    for save, name in ((save_chart_png, "c.png"), (save_chart_svg, "c.svg")):
        target = tmp_path / "missing" / name
        with pytest.raises(CounterweightError) as err:
            save(chart, target)
        assert err.value.where == str(target)
