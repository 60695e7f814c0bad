"""Colours that used to vanish on dark and high-contrast palettes (visual QA, session 17).

Every check is a WCAG 2.x contrast ratio measured with the independent formula of
tests/ui/test_theme.py (``wcag_ratio``), under that module's dark (#2B2B2B window)
and white-on-black high-contrast palettes. Lines, bars and control parts need 3:1
against what they sit on (WCAG 2.1, success criterion 1.4.11, non-text contrast);
text needs 4.5:1 (1.4.3).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from counterweight.domain import WeightMethod
from counterweight.services.session import ProjectSession
from PySide6.QtCharts import QChartView
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.factories import smaa_result, small_decision
from tests.factories import two_analysts
from tests.ui.test_theme import PALETTES, wcag_ratio

pytestmark = pytest.mark.qt

DARK_KINDS = ["dark", "hc-black"]
NON_TEXT = 3.0


def _grounds(name: str) -> list[QColor]:
    palette = PALETTES[name]()
    return [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]


def _hexes(sheet: str) -> list[QColor]:
    return [QColor(h) for h in re.findall(r"#[0-9a-fA-F]{6}\b", sheet)]


# ------------------------------------------------------------------ 6. rank acceptability chart


def _acceptability(n: int):
    from counterweight.charts.acceptability_chart import build_acceptability_chart

    acc = np.full((n, n), 1.0 / n)
    return build_acceptability_chart(smaa_result(acc, [f"Option {i}" for i in range(n)]))


@pytest.mark.parametrize("name", DARK_KINDS)
@pytest.mark.parametrize("ranks", [2, 3, 8])
def test_every_rank_segment_stands_out_from_a_dark_background(qapp, use_palette, name: str, ranks: int) -> None:
    use_palette(PALETTES[name]())
    chart = _acceptability(ranks)
    back = chart.backgroundBrush().color()
    for k, bar_set in enumerate(chart.series_.barSets()):
        for ground in [back, *_grounds(name)]:
            ratio = wcag_ratio(bar_set.color(), ground)
            assert ratio >= NON_TEXT, f"{name}: rank {k + 1} {bar_set.color().name()} on {ground.name()}: {ratio:.2f}"


def test_rank_segments_follow_a_palette_change(qtbot, use_palette) -> None:
    from counterweight.ui import theme

    use_palette(PALETTES["light"]())
    view = QChartView(_acceptability(3))
    qtbot.addWidget(view)
    light_first = view.chart().series_.barSets()[0].color()
    theme.install()
    with qtbot.waitSignal(theme.install().changed, timeout=2000):
        use_palette(PALETTES["hc-black"]())
    first = view.chart().series_.barSets()[0].color()
    assert wcag_ratio(first, QColor("#000000")) >= NON_TEXT, first.name()
    with qtbot.waitSignal(theme.install().changed, timeout=2000):
        use_palette(PALETTES["light"]())
    assert view.chart().series_.barSets()[0].color() == light_first  # the light look comes back


# ------------------------------------------------------------------ 17. sensitivity legend


@pytest.mark.parametrize("name", DARK_KINDS)
def test_the_current_weight_legend_mark_shows_on_a_dark_background(qapp, use_palette, name: str) -> None:
    from counterweight.charts.sensitivity_chart import build_sensitivity_chart
    from counterweight.services.robustness import sensitivity_analysis

    use_palette(PALETTES[name]())
    chart = build_sensitivity_chart(sensitivity_analysis(small_decision()), "risks", legend=False)
    (mark,) = [colour for _text, colour, kind in chart.legend_entries() if kind == "current"]
    line = chart.current_series.pen().color()
    assert mark == line  # the legend shows the line it stands for
    for ground in [chart.backgroundBrush().color(), *_grounds(name)]:
        assert wcag_ratio(mark, ground) >= NON_TEXT, (name, mark.name(), ground.name())


# ------------------------------------------------------------------ 7. disagreement heatmap


@pytest.mark.parametrize("name", DARK_KINDS)
def test_the_disagreement_heatmap_uses_the_dark_ramp(qtbot, tmp_path: Path, use_palette, name: str) -> None:
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.disagreement_panel import DisagreementPanel

    use_palette(PALETTES[name]())
    text = PALETTES[name]().color(QPalette.ColorRole.Text)
    ctl = SessionController(ProjectSession.create(tmp_path / "two.counterweight", two_analysts()))
    panel = DisagreementPanel(ctl)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.report is not None)
    try:
        cells = [panel.heatmap.item(r, c) for r in range(panel.heatmap.rowCount())
                 for c in range(panel.heatmap.columnCount())]
        cells += [panel.weights.item(r, panel.weights.columnCount() - 1) for r in range(panel.weights.rowCount())]
        assert cells
        for item in cells:
            back, ink = item.background().color(), item.foreground().color()
            # no pastel glare: a cell stays nearer the dark window than the palette's light text
            assert wcag_ratio(back, text) >= 4.5, (name, item.text(), back.name())
            assert wcag_ratio(back, ink) >= 7.0, (name, item.text(), back.name(), ink.name())
    finally:
        ctl.undo_stack.clear()
        ctl.close_session()


# ------------------------------------------------------------------ 8. AHP verdict and sliders


def _ahp_dialog(qtbot, session: ProjectSession):
    from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
    from counterweight.ui.session_controller import SessionController

    ctl = SessionController(session)
    dialog = WeightingDialog(ctl, None)
    qtbot.addWidget(dialog)
    dialog.set_method(WeightMethod.AHP)
    return ctl, dialog


@pytest.mark.parametrize("name", DARK_KINDS)
@pytest.mark.parametrize("consistent", [True, False])
def test_the_consistency_verdict_suits_a_dark_window(qtbot, example_session, use_palette, name: str,
                                                     consistent: bool) -> None:
    use_palette(PALETTES[name]())
    ctl, dialog = _ahp_dialog(qtbot, example_session)
    editor = dialog.ahp_editor
    if consistent:
        v = {"risks": 2.0, "costs": 1.0, "benefits": 4.0}
        for first, second in editor.rows():
            editor.set_judgement(first, second, v[first] / v[second])
    else:  # a cycle: risks > costs > benefits > risks
        editor.slider("risks", "costs").setValue(-2)
        editor.slider("costs", "benefits").setValue(-2)
        editor.slider("risks", "benefits").setValue(4)
    sheet = editor.verdict_label.styleSheet()
    back = QColor(sheet.split("background:", 1)[1].split(";", 1)[0].strip())
    ink = QColor(sheet.split("color:", 1)[1].split(";", 1)[0].strip())
    window = PALETTES[name]().color(QPalette.ColorRole.Window)
    assert wcag_ratio(ink, back) >= 4.5, (name, sheet)
    assert wcag_ratio(back, window) < NON_TEXT, (name, back.name())  # a tinted box, not a light patch
    ctl.undo_stack.clear()


@pytest.mark.parametrize("name", DARK_KINDS)
def test_the_judgement_sliders_show_on_a_dark_window(qtbot, example_session, use_palette, name: str) -> None:
    use_palette(PALETTES[name]())
    ctl, dialog = _ahp_dialog(qtbot, example_session)
    first, second = dialog.ahp_editor.rows()[0]
    colours = _hexes(dialog.ahp_editor.slider(first, second).styleSheet())
    assert len(colours) == 4  # groove, handle, focused handle, focus ring
    for colour in colours:
        for ground in _grounds(name):
            assert wcag_ratio(colour, ground) >= NON_TEXT, (name, colour.name(), ground.name())
    ctl.undo_stack.clear()


# ------------------------------------------------------------------ 9. outlines in high contrast (Fusion)


def _brightest_contrast(widget, ground: QColor) -> float:
    image = widget.grab().toImage()
    seen = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    return max(wcag_ratio(QColor.fromRgb(p), ground) for p in seen)


@pytest.mark.parametrize("name", ["hc-black", "hc-white"])
def test_control_outlines_show_in_high_contrast(qtbot, use_palette, name: str) -> None:
    from counterweight.ui import theme
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidget, QPlainTextEdit, QSlider

    if QApplication.style().name().lower() != "fusion":
        pytest.skip("the outlines measured here are Fusion's")
    with qtbot.waitSignal(theme.install().changed, timeout=2000):
        use_palette(PALETTES[name]())
    ground = PALETTES[name]().color(QPalette.ColorRole.Window)
    for widget in (QLineEdit(), QCheckBox(), QSlider(Qt.Orientation.Horizontal), QListWidget(), QPlainTextEdit()):
        qtbot.addWidget(widget)
        widget.resize(160, 60)
        ratio = _brightest_contrast(widget, ground)  # empty controls: only the outline can stand out
        assert ratio >= NON_TEXT, (name, type(widget).__name__, f"{ratio:.2f}")
        assert widget.palette().color(QPalette.ColorRole.Base) == PALETTES[name]().color(QPalette.ColorRole.Base)


@pytest.mark.parametrize("name", ["light", "hc-black"])
def test_a_palette_that_is_fine_is_left_alone(qapp, name: str) -> None:
    from counterweight.ui import theme

    palette = PALETTES[name]()
    palette.setColor(QPalette.ColorRole.Link, QColor("#0000EE" if name == "light" else "#FFFF00"))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#551A8B" if name == "light" else "#FFC0FF"))
    fixes = theme.class_palette_fixes(palette, theme.current(palette))
    assert all(QPalette.ColorRole.Link not in roles for roles in fixes.values())
    if name == "light":
        assert fixes == {}


# ------------------------------------------------------------------ note 1. links on a dark palette


@pytest.mark.parametrize("name", DARK_KINDS)
def test_links_are_readable_on_a_dark_palette(qtbot, use_palette, name: str) -> None:
    from counterweight.ui import theme
    from counterweight.ui.dialogs.help_dialog import HelpDialog
    from PySide6.QtWidgets import QLabel, QTextBrowser

    with qtbot.waitSignal(theme.install().changed, timeout=2000):
        use_palette(PALETTES[name]())
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    browser = dialog.findChild(QTextBrowser)
    label = QLabel('<a href="#x">link</a>')
    qtbot.addWidget(label)
    for widget in (browser, label):
        widget.ensurePolished()  # as before it is first shown
        for role in (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited):
            link = widget.palette().color(role)
            for ground in _grounds(name):
                assert wcag_ratio(link, ground) >= 4.5, (name, type(widget).__name__, role.name, link.name())
