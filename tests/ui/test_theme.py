"""Colours follow the system palette: light, dark and high contrast, readable and colour-blind safe.

Contrast is measured here with the WCAG 2.x formulas, written out again rather than
taken from the code under test: relative luminance
L = 0.2126 R + 0.7152 G + 0.0722 B on linearised sRGB channels, and the contrast
ratio (L1 + 0.05) / (L2 + 0.05) (W3C, "Web Content Accessibility Guidelines 2.1",
definitions of "relative luminance" and "contrast ratio"). Colour-vision deficiency
is simulated with the severity-1.0 matrices of Machado, Oliveira & Fernandes (2009),
"A Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG
15(6), applied to linear RGB; differences are CIE 1976 ΔE in L*a*b* (D65).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from counterweight.charts import style
from counterweight.charts.palette import (
    DARK_STOPLIGHT_STOPS,
    STOPLIGHT_STOPS,
    stoplight_colour,
    text_colour_for,
)
from counterweight.ui import theme
from PySide6.QtCharts import QChart, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.qt

# ------------------------------------------------------------------ independent measures


def _linear(c: QColor) -> np.ndarray:
    rgb = np.array([c.redF(), c.greenF(), c.blueF()])
    return np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


def wcag_ratio(a: QColor, b: QColor) -> float:
    la, lb = (float(np.dot([0.2126, 0.7152, 0.0722], _linear(c))) for c in (a, b))
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


MACHADO_2009 = {
    "normal": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
_SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
_D65 = np.array([0.95047, 1.0, 1.08883])


def _lab(linear_rgb: np.ndarray) -> np.ndarray:
    xyz = (_SRGB_TO_XYZ @ np.clip(linear_rgb, 0.0, 1.0)) / _D65
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def delta_e(a: QColor, b: QColor, vision: str) -> float:
    m = MACHADO_2009[vision]
    return float(np.linalg.norm(_lab(m @ _linear(a)) - _lab(m @ _linear(b))))


# ------------------------------------------------------------------ palettes


def _palette(**roles: str) -> QPalette:
    p = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, hex_ in roles.items():
            p.setColor(group, getattr(QPalette.ColorRole, role), QColor(hex_))
    return p


def dark_palette() -> QPalette:
    return _palette(Window="#2B2B2B", WindowText="#EEEEEE", Base="#1E1E1E", AlternateBase="#262626",
                    Text="#EEEEEE", Button="#353535", ButtonText="#EEEEEE", Highlight="#3D7DCA",
                    HighlightedText="#FFFFFF", PlaceholderText="#9A9A9A", ToolTipBase="#353535",
                    ToolTipText="#EEEEEE")


def high_contrast_black() -> QPalette:
    return _palette(Window="#000000", WindowText="#FFFFFF", Base="#000000", Text="#FFFFFF", Button="#000000",
                    ButtonText="#FFFFFF", Highlight="#1AEBFF", HighlightedText="#000000")


def high_contrast_white() -> QPalette:
    return _palette(Window="#FFFFFF", WindowText="#000000", Base="#FFFFFF", Text="#000000", Button="#FFFFFF",
                    ButtonText="#000000", Highlight="#37006E", HighlightedText="#FFFFFF")


def light_palette() -> QPalette:
    return _palette(Window="#EFEFEF", WindowText="#000000", Base="#FFFFFF", Text="#000000", Button="#EFEFEF",
                    ButtonText="#000000", Highlight="#308CC6", HighlightedText="#FFFFFF")


PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": light_palette, "dark": dark_palette, "hc-black": high_contrast_black, "hc-white": high_contrast_white,
}


# ------------------------------------------------------------------ kinds of palette


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_kind_of_palette_is_recognised(qapp, name: str) -> None:
    t = theme.current(PALETTES[name]())
    assert t.dark is (name in ("dark", "hc-black"))
    assert t.high_contrast is name.startswith("hc-")


def test_the_system_can_ask_for_high_contrast(qapp, monkeypatch) -> None:
    monkeypatch.setattr(theme, "system_wants_high_contrast", lambda: True)
    t = theme.current(light_palette())
    assert t.high_contrast
    assert "bold" in theme.style_for("error", t)  # errors no longer rely on colour alone
    assert all(c == QColor("#000000") for c in t.texts.values())  # the user's own text colour, no greys


# ------------------------------------------------------------------ readability of every pair


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_text_tone_is_readable_on_window_and_fields(qapp, name: str) -> None:
    palette = PALETTES[name]()
    t = theme.current(palette)
    for tone, colour in t.texts.items():
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = wcag_ratio(colour, palette.color(role))
            assert ratio >= 4.5, f"{name}: {tone} {colour.name()} on {role.name}: {ratio:.2f}"


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_boxed_tone_is_readable(qapp, name: str) -> None:
    t = theme.current(PALETTES[name]())
    assert set(t.boxes) == set(theme.BOX_TONES)
    for tone, (back, _edge, ink) in t.boxes.items():
        ratio = wcag_ratio(ink, back)
        assert ratio >= 4.5, f"{name}: {tone} {ink.name()} on {back.name()}: {ratio:.2f}"


@pytest.mark.parametrize("dark", [False, True])
def test_every_stoplight_cell_keeps_its_text_readable(qapp, dark: bool) -> None:
    for k in range(101):
        back = stoplight_colour(k / 100, dark=dark)
        assert wcag_ratio(back, text_colour_for(back)) >= 7.0, (dark, k, back.name())
    missing = stoplight_colour(None, dark=dark)
    assert wcag_ratio(missing, text_colour_for(missing)) >= 7.0


@pytest.mark.parametrize("dark", [False, True])
def test_the_stoplight_ramp_suits_its_palette(qapp, dark: bool) -> None:
    """A dark window gets dark cells under white text, a light one light cells under black text."""
    for k in range(0, 101, 10):
        text = text_colour_for(stoplight_colour(k / 100, dark=dark))
        assert text == QColor("#FFFFFF" if dark else "#000000")


@pytest.mark.parametrize("stops", [STOPLIGHT_STOPS, DARK_STOPLIGHT_STOPS], ids=["light", "dark"])
@pytest.mark.parametrize("vision", list(MACHADO_2009))
def test_the_stoplight_stays_distinguishable_with_colour_blindness(qapp, stops, vision: str) -> None:
    dark = stops is DARK_STOPLIGHT_STOPS
    worst, middle, best = (QColor(hex_) for _, hex_ in stops)
    missing = stoplight_colour(None, dark=dark)
    assert delta_e(worst, best, vision) >= 13.0  # the two ends: clearly different
    for a, b in ((worst, middle), (middle, best), (worst, missing), (middle, missing), (best, missing)):
        assert delta_e(a, b, vision) >= 9.0, (vision, a.name(), b.name())


def test_verdict_badges_sit_on_the_ramp(qapp) -> None:
    for name in ("light", "dark"):
        t = theme.current(PALETTES[name]())
        assert t.boxes["badge-robust"][0] == t.stoplight(1.0)
        assert t.boxes["badge-fragile"][0] == t.stoplight(0.0)


def test_unknown_tone_is_refused(qapp) -> None:
    with pytest.raises(ValueError, match="unknown tone"):
        theme.style_for("sparkly", theme.current())


# ------------------------------------------------------------------ following a change live


def _colour_in(sheet: str, prop: str = "color") -> QColor:
    part = sheet.split(prop + ":", 1)[1].split(";", 1)[0].strip()
    return QColor(part)


def test_tones_follow_a_palette_change(qtbot, use_palette) -> None:
    use_palette(light_palette())
    label = QLabel("Something is wrong")
    qtbot.addWidget(label)
    theme.set_tone(label, "error")
    on_light = label.styleSheet()
    assert wcag_ratio(_colour_in(on_light), QColor("#EFEFEF")) >= 4.5
    use_palette(dark_palette())
    qtbot.waitUntil(lambda: label.styleSheet() != on_light, timeout=2000)
    assert wcag_ratio(_colour_in(label.styleSheet()), QColor("#2B2B2B")) >= 4.5
    assert theme.tone_of(label) == "error"
    theme.set_tone(label, None)
    assert label.styleSheet() == "" and theme.tone_of(label) == ""


def test_banners_follow_the_palette(qtbot, controller, use_palette) -> None:
    from counterweight.ui.widgets.banners import BannerArea

    use_palette(light_palette())
    area = BannerArea(controller)
    qtbot.addWidget(area)
    sheet = area.notice_banner.styleSheet()
    use_palette(dark_palette())
    qtbot.waitUntil(lambda: area.notice_banner.styleSheet() != sheet, timeout=2000)
    dark_sheet = area.notice_banner.styleSheet()
    back, ink = _colour_in(dark_sheet, "background"), _colour_in(dark_sheet.split("QLabel", 1)[1])
    assert back.lightness() < 128 and wcag_ratio(ink, back) >= 4.5


def test_score_matrix_uses_the_ramp_of_the_palette(qtbot, controller, use_palette) -> None:
    from counterweight.ui.models.score_table_model import ScoreTableModel

    model = ScoreTableModel(controller)
    for palette, dark in ((light_palette(), False), (dark_palette(), True)):
        with qtbot.waitSignal(theme.install().changed, timeout=2000):  # the model hears of it from the watcher
            use_palette(palette)
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                back = model.index(r, c).data(Qt.ItemDataRole.BackgroundRole).color()
                text = model.index(r, c).data(Qt.ItemDataRole.ForegroundRole).color()
                assert (back.lightness() < 128) is dark, (r, c, back.name())
                assert wcag_ratio(back, text) >= 4.5


def test_install_gives_one_watcher_per_application(qapp) -> None:
    assert theme.install(qapp) is theme.install(qapp)


def test_the_application_installs_the_watcher(qapp) -> None:
    from counterweight.ui.app import make_application

    app = make_application([])
    assert app.findChild(theme.ThemeWatcher) is not None


# ------------------------------------------------------------------ charts


def _chart(for_print: bool) -> QChart:
    chart = QChart()
    style.new_chart(chart, "testChart", for_print=for_print)
    axis = QValueAxis()
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    line = QLineSeries()
    line.setPen(QColor(style.INK_HEX))
    chart.addSeries(line)
    style.style_texts(chart, (axis,), for_print=for_print)
    return chart


def test_screen_charts_follow_a_dark_palette_and_print_charts_do_not(qapp, use_palette) -> None:
    use_palette(dark_palette())
    screen, printed = _chart(False), _chart(True)
    assert screen.backgroundBrush().style() == Qt.BrushStyle.SolidPattern
    back = screen.backgroundBrush().color()
    assert back.lightness() < 128
    axis = screen.axes()[0]
    assert wcag_ratio(axis.labelsColor(), back) >= 4.5
    assert wcag_ratio(screen.series()[0].pen().color(), back) >= 3.0  # a line, not text: 3:1 (WCAG 1.4.11)
    assert printed.axes()[0].labelsColor() == QColor(style.TEXT_HEX)
    assert printed.series()[0].pen().color() == QColor(style.INK_HEX)


def test_charts_on_screen_are_recoloured_when_the_palette_changes(qtbot, use_palette) -> None:
    from PySide6.QtCharts import QChartView

    use_palette(light_palette())
    view = QChartView(_chart(False))
    qtbot.addWidget(view)
    assert view.chart().axes()[0].labelsColor() == QColor(style.TEXT_HEX)
    theme.install()
    use_palette(dark_palette())
    qtbot.waitUntil(lambda: view.chart().axes()[0].labelsColor().lightness() > 128, timeout=2000)
    back = view.chart().backgroundBrush()
    assert back.style() == Qt.BrushStyle.SolidPattern and back.color().lightness() < 128
    assert wcag_ratio(view.chart().axes()[0].labelsColor(), back.color()) >= 4.5
    use_palette(light_palette())
    qtbot.waitUntil(lambda: view.chart().axes()[0].labelsColor() == QColor(style.TEXT_HEX), timeout=2000)
    assert view.chart().backgroundBrush().color().lightness() > 200


def test_an_exported_chart_keeps_the_light_look(qapp, use_palette) -> None:
    from counterweight.charts.export import chart_image

    use_palette(dark_palette())
    chart = _chart(False)
    chart.resize(300, 200)
    image = chart_image(chart, scale=1)
    inside = [QColor(image.pixel(x, y)).lightness() for x, y in ((20, 100), (150, 100), (280, 20))]
    assert min(inside) > 200, inside  # the picture is light ...
    back = chart.backgroundBrush()  # ... and the chart on screen is dark again
    assert back.style() == Qt.BrushStyle.SolidPattern and back.color().lightness() < 128
