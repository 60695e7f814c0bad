"""Tooltips carrying user text never hand Qt an <img> to load."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from counterweight.domain import Score
from counterweight.services.edits import SetScore
from counterweight.ui import safe_tooltips
from counterweight.ui.widgets.score_matrix import ScoreMatrix

HOSTILE = '<img src="file:///etc/passwd"> see para 3'


def _hover(widget, pos: QPoint) -> None:
    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)


def test_detection_and_escaping():
    assert safe_tooltips.needs_escaping(HOSTILE)
    assert safe_tooltips.needs_escaping("<a href='x'>x</a>")
    assert not safe_tooltips.needs_escaping("<b>Civilian risk</b>: lower is better")
    out = safe_tooltips.escaped(HOSTILE)
    assert "<img" not in out and "&lt;img" in out


def test_widget_tooltip_with_user_html_is_shown_escaped(qtbot):
    safe_tooltips.install(QApplication.instance())
    label = QLabel("x")
    qtbot.addWidget(label)
    label.setToolTip(HOSTILE)
    label.show()
    qtbot.waitExposed(label)
    _hover(label, QPoint(2, 2))
    assert "<img" not in QToolTip.text()
    assert "&lt;img" in QToolTip.text()
    QToolTip.hideText()


def test_score_cell_tooltip_with_hostile_rationale(qtbot, controller):
    safe_tooltips.install(QApplication.instance())
    old = controller.decision.score("a", "effect")
    controller.submit(SetScore("a", "effect", Score(option_id="a", criterion_id="effect", value=old.value,
                                                    rationale=HOSTILE)))
    matrix = ScoreMatrix(controller)
    qtbot.addWidget(matrix)
    matrix.resize(900, 400)
    matrix.show()
    qtbot.waitExposed(matrix)
    index = matrix.model.index_of("a", "effect")
    rect = matrix.view.visualRect(index)
    _hover(matrix.view.viewport(), rect.center())
    shown = QToolTip.text()
    assert "see para 3" in shown
    assert "<img" not in shown
    QToolTip.hideText()
