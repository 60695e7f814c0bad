"""One criterion's points control in the weights panel: a slider and a spin box.

Split from :mod:`counterweight.ui.widgets.weights_panel`. Each slider drag, or run of
key presses on a focused control, is one gesture: its steps carry the same number, so
the undo stack merges them into one step (:class:`GestureWeight`).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import count
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QSlider, QStyle, QStyleOptionSpinBox, QWidget

from counterweight.services.analyst_edits import SetAnalystWeight
from counterweight.services.edits import SetWeight
from counterweight.ui.widgets.kept_value_spin import KeptValueSpinBox

_SLIDER_MAX = 100
_SPIN_MAX = 10_000.0
#: The widest points text the fixed-width box shows whole (longer ones scroll in the box).
_SPIN_WIDEST = "0000.000"
_gestures = count(1)


def new_gesture() -> int:
    """A number no earlier gesture has used (steps with the same number merge into one undo step)."""
    return next(_gestures)


@dataclass(frozen=True)
class GestureWeight(SetWeight):
    """A :class:`SetWeight` that merges only with steps of the same gesture.

    Every step of one slider drag (or one run of arrow-key presses on a focused
    control) carries the same ``gesture`` number, so it becomes one undo step, while
    a second drag of the same slider starts a new one.
    """

    gesture: int = 0

    def merge_key(self) -> tuple[Any, ...]:
        return ("weight", self.criterion_id, self.gesture)


@dataclass(frozen=True)
class GestureAnalystWeight(SetAnalystWeight):
    """One analyst's points for one criterion, merging like :class:`GestureWeight`.

    In an analyst's view a second drag (or a value typed after another) is a new
    undo step, as it is in the shared inputs.
    """

    gesture: int = 0

    def merge_key(self) -> tuple[Any, ...]:
        return ("analyst-weight", self.analyst_id, self.criterion_id, self.gesture)


class WeightEditor(QWidget):
    """A slider (0-100 points) and a spin box for one criterion's points.

    The box is always shown whole, at the width of :data:`_SPIN_WIDEST` in its font (measured
    again when the font changes); the slider takes the rest of the width and is hidden when
    there is too little left for it (QA pass 20: at 150 % the slider pushed the box out of sight).
    """

    pointsChanged = Signal(str, float)

    def __init__(self, criterion_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion_id = criterion_id
        self.gesture = new_gesture()
        self.setObjectName(f"weightEditor_{criterion_id}")
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName(f"weightSlider_{criterion_id}")
        self.slider.setAccessibleName(self.tr("Weight of {0} in points").format(name))
        self.slider.setAccessibleDescription(self.tr("0 to 100 points; only ratios between siblings matter"))
        self.slider.setRange(0, _SLIDER_MAX)
        self.slider.setPageStep(10)
        self.slider.setMinimumWidth(28)
        # points as typed (up to six decimals: 0.25 stayed 0.3 with one), trailing zeros dropped
        self.spin = KeptValueSpinBox(self, shown_decimals=0)
        self.spin.setObjectName(f"weightSpin_{criterion_id}")
        self.spin.setAccessibleName(self.tr("Points for {0}").format(name))
        self.spin.setAccessibleDescription(self.tr("Type the points; they may go above 100"))
        self.spin.setRange(0.0, _SPIN_MAX)
        self.spin.setKeyboardTracking(False)
        self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setFixedWidth(self._spin_width())
        self.spin.setToolTip(self.tr("Points can go above 100 here; only ratios between siblings matter."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self.slider.valueChanged.connect(self._slider_moved)
        self.spin.valueChanged.connect(self._spin_changed)
        for w in (self.slider, self.spin):
            w.installEventFilter(self)
        self.slider.sliderPressed.connect(self._new_gesture)
        self.slider.sliderReleased.connect(self._new_gesture)

    def _spin_width(self) -> int:
        """Width that shows :data:`_SPIN_WIDEST` whole in the spin box's font and style."""
        metrics = self.spin.fontMetrics()
        opt = QStyleOptionSpinBox()
        self.spin.initStyleOption(opt)
        framed = self.spin.style().sizeFromContents(QStyle.ContentsType.CT_SpinBox, opt,
                                                    metrics.boundingRect(_SPIN_WIDEST).size(), self.spin)
        return max(metrics.horizontalAdvance(_SPIN_WIDEST) + 12, framed.width())  # 12: the frame and margins

    def box_width(self) -> int:
        """The narrowest this control may be with its points box whole (the slider then hides)."""
        margins = self.layout().contentsMargins()
        return self.spin.width() + margins.left() + margins.right()

    def _place_slider(self) -> None:
        """Show the slider only where it fits beside the whole box."""
        room = self.width() - self.box_width() - self.layout().spacing()
        fits = room >= self.slider.minimumWidth()
        if self.slider.isHidden() == fits:
            self.slider.setVisible(fits)
            self.layout().invalidate()
            self.layout().activate()  # now: a hidden row's layout would wait until it is shown

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_slider()

    def _new_gesture(self) -> None:
        self.gesture = new_gesture()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn:
            self._new_gesture()
        elif watched is self.spin and event.type() == QEvent.Type.FontChange:
            self.spin.setFixedWidth(self._spin_width())  # QA pass 20: the box grows with the text
            self._place_slider()
        return super().eventFilter(watched, event)

    def set_points(self, points: float) -> None:
        """Show ``points`` without emitting anything (used when syncing from the model)."""
        for w in (self.slider, self.spin):
            w.blockSignals(True)
        try:
            if not self.slider.isSliderDown():
                self.slider.setValue(int(round(min(points, _SLIDER_MAX))))
            self.spin.set_kept(points)  # shown as stored; not rewritten until the user edits it
        finally:
            for w in (self.slider, self.spin):
                w.blockSignals(False)

    def _slider_moved(self, value: int) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(float(value))
        self.spin.blockSignals(False)
        self.pointsChanged.emit(self.criterion_id, float(value))

    def _spin_changed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(int(round(min(value, _SLIDER_MAX))))
        self.slider.blockSignals(False)
        self.pointsChanged.emit(self.criterion_id, float(value))


__all__ = ["GestureAnalystWeight", "GestureWeight", "WeightEditor", "new_gesture"]
