"""A disabled slider looks disabled, on light and dark palettes (QA, session 28).

The group view's weight sliders are read-only (disabled) but were drawn as live ones: Fusion
paints a disabled slider's handle as white as an enabled one on a light palette, and on a dark
palette the whole slider, filled groove included, was the same as an enabled one. The colours
are read from the drawn pixels: the handle's middle and the filled part of the groove.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QSlider, QStyle, QStyleOptionSlider

from tests.ui.test_theme import PALETTES

pytestmark = pytest.mark.qt

#: Least difference (largest of the red, green and blue differences) that reads as another colour.
DIFFERENT = 24


def _drawn(qtbot, enabled: bool) -> tuple[QSlider, QImage]:
    slider = QSlider(Qt.Orientation.Horizontal)
    qtbot.addWidget(slider)
    slider.setRange(0, 100)
    slider.setValue(50)
    slider.setEnabled(enabled)
    slider.resize(200, 30)
    return slider, slider.grab().toImage()


def _colours(slider: QSlider, image: QImage) -> tuple[QColor, QColor]:
    """The middle of the handle, and of the groove's filled part (left of the handle)."""
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    style = slider.style()
    handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider)
    groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, slider)
    filled = QPoint((groove.left() + handle.left()) // 2, groove.center().y())
    ratio = image.devicePixelRatio()
    return tuple(QColor(image.pixel(int(p.x() * ratio), int(p.y() * ratio))) for p in (handle.center(), filled))


def _same_when_disabled(palette: QPalette) -> QPalette:
    """``palette`` with the disabled Button and Highlight of the enabled ones, as many desktop palettes have."""
    for role in (QPalette.ColorRole.Button, QPalette.ColorRole.Highlight):
        palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
    return palette


def _apart(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_disabled_slider_is_drawn_unlike_an_enabled_one(qtbot, use_palette, name: str) -> None:
    from counterweight.ui import theme

    if QApplication.style().name().lower() != "fusion":
        pytest.skip("the parts measured here are Fusion's")
    watcher = theme.install()
    with qtbot.waitSignal(watcher.changed, timeout=2000):
        use_palette(_same_when_disabled(PALETTES[name]()))
    on_handle, on_fill = _colours(*_drawn(qtbot, True))
    off_handle, off_fill = _colours(*_drawn(qtbot, False))
    assert _apart(on_handle, off_handle) >= DIFFERENT, (name, "handle", on_handle.name(), off_handle.name())
    assert _apart(on_fill, off_fill) >= DIFFERENT, (name, "filled groove", on_fill.name(), off_fill.name())
    # the disabled fill is a grey, not a tint of the highlight
    assert off_fill.saturation() < 40, (name, off_fill.name())
