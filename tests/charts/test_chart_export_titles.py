"""A saved chart picture says what it shows: a title line and a caption above the chart, in PNG and SVG."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtCharts")

from PySide6.QtCharts import QChartView  # noqa: E402
from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from counterweight.charts import build_contribution_chart  # noqa: E402
from counterweight.charts.export import PNG_SCALE, chart_image, save_chart_png, save_chart_svg  # noqa: E402
from counterweight.engine import evaluate  # noqa: E402
from tests.factories import small_decision  # noqa: E402

pytestmark = pytest.mark.qt

SVG = "{http://www.w3.org/2000/svg}"
CAPTION = "Options for the winter review · 2025-01-31"


def svg_texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [" ".join("".join(t.itertext()).split()) for t in root.iter(f"{SVG}text")]


def dark_rows(image: QImage, top: int, bottom: int) -> int:
    """How many pixel rows between ``top`` and ``bottom`` hold some dark (text) pixel."""
    rows = 0
    for y in range(top, bottom):
        if any(image.pixelColor(x, y).lightness() < 128 for x in range(0, image.width(), 2)):
            rows += 1
    return rows


@pytest.fixture
def view(qtbot):  # noqa: ANN001, ANN201
    """The window's contribution chart (no title of its own) in a 500 x 300 view."""
    d = small_decision()
    shown = QChartView(build_contribution_chart(d, evaluate(d)))
    shown.setAccessibleName("Contribution chart")
    qtbot.addWidget(shown)
    shown.resize(500, 300)
    with qtbot.waitExposed(shown):
        shown.show()
    yield shown
    shown.close()


def test_png_gets_a_band_with_title_and_caption_above_the_chart(view, tmp_path: Path) -> None:  # noqa: ANN001
    chart = view.chart()
    size, title = chart.size().toSize(), chart.title()
    plain = QImage(str(save_chart_png(chart, tmp_path / "plain.png")))
    titled = QImage(str(save_chart_png(chart, tmp_path / "titled.png", title=view.accessibleName(),
                                       caption=CAPTION)))
    assert titled.width() == plain.width()
    band = titled.height() - plain.height()
    assert band >= PNG_SCALE * 20  # room for a title line and a caption line
    assert dark_rows(titled, 0, band) >= PNG_SCALE * 12  # text is drawn in the band
    # the chart below the band is the chart saved without one
    for x, y in ((plain.width() // 3, plain.height() // 2), (plain.width() // 2, plain.height() // 3)):
        assert titled.pixelColor(x, y + band) == plain.pixelColor(x, y)
    assert chart.size().toSize() == size and chart.title() == title  # the window's chart is unchanged


def test_svg_holds_the_title_and_caption_as_text(view, tmp_path: Path) -> None:  # noqa: ANN001
    saved = save_chart_svg(view.chart(), tmp_path / "c.svg", title=view.accessibleName(), caption=CAPTION)
    texts = svg_texts(saved)
    assert "Contribution chart" in texts and CAPTION in texts
    root = ET.parse(saved).getroot()
    assert root.find(f"{SVG}title").text == "Contribution chart"
    plain = ET.parse(save_chart_svg(view.chart(), tmp_path / "plain.svg")).getroot()
    height = float(root.get("height", "0").removesuffix("mm").removesuffix("px") or 0)
    assert height > float(plain.get("height", "0").removesuffix("mm").removesuffix("px") or 0)


def test_a_chart_with_its_own_title_shows_it_once_in_the_band(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    d = small_decision()
    chart = build_contribution_chart(d, evaluate(d), for_print=True)  # has a title of its own
    own = html.unescape(chart.title())
    assert own
    saved = save_chart_svg(chart, tmp_path / "c.svg", QSize(600, 360), title="Ignored name", caption=CAPTION)
    texts = svg_texts(saved)
    assert texts.count(own) == 1 and "Ignored name" not in texts
    assert chart.title() and html.unescape(chart.title()) == own  # given back after saving
    image = chart_image(chart, QSize(600, 360), scale=1, caption=CAPTION)
    assert image.height() > 360


def test_hostile_text_is_drawn_literally(view, tmp_path: Path) -> None:  # noqa: ANN001
    caption = '<img src="file:///etc/passwd"> & <b>bold</b>'
    saved = save_chart_svg(view.chart(), tmp_path / "c.svg", title="A <i>name</i>", caption=caption)
    texts = svg_texts(saved)
    assert caption in texts and "A <i>name</i>" in texts


def test_save_chart_from_the_window_adds_the_view_name_decision_and_date(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    import datetime as dt

    from PySide6.QtCore import QSettings

    from counterweight.services.session import ProjectSession
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController

    controller = SessionController(ProjectSession.create(tmp_path / "p.counterweight", small_decision()))
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, native_dialogs=False, settings=settings)
    qtbot.addWidget(window)
    window.show()
    try:
        view = window.findChild(QChartView, "contributionChartView")
        assert view is not None
        saved = window.brief_actions.charts.save_chart(view, "svg", tmp_path / "chart.svg")
        assert saved is not None
        texts = " | ".join(svg_texts(saved))
        assert view.accessibleName() in texts
        assert controller.decision.title in texts and dt.date.today().isoformat() in texts
    finally:
        controller.undo_stack.clear()
        controller.close_session()
