"""A number box that hands back a stored value unchanged until the user edits it.

A :class:`~PySide6.QtWidgets.QDoubleSpinBox` rounds what it holds to the decimals it
shows, so a dialog that reads its boxes back on OK would quietly rewrite stored
numbers with more decimals (a threshold of 0.125 shown with two decimals comes back
as 0.13, a spread of 0.004 as 0). :class:`KeptValueSpinBox` remembers the value it
was given with :meth:`~KeptValueSpinBox.set_kept` and returns it from
:meth:`~KeptValueSpinBox.kept_value` for as long as the box still shows what it
showed then; once the user changes the number, the number as typed counts.

It accepts up to six decimals but shows only as many as a value needs (at least
``shown_decimals``), so 0.125 reads "0.125" and 3 reads "3.00", not "3.000000".

A typed number is never changed either. Qt refuses a keystroke that would take a box past
its maximum, so "120" typed in a 0-100 box read "12", silently (QA 18). A box given an
allowed range with :meth:`AllowedRange.set_allowed` has room to type past it: the number
stays as typed, :meth:`~AllowedRange.typed_outside` says so, and the dialog names the
box and the allowed range until it is corrected. Its arrows stay within the range.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

from counterweight.ui.i18n import number_locale

#: Decimals a kept-value box accepts and can show.
MAX_DECIMALS = 6


class AllowedRange:
    """For a spin box: an allowed range, with room to type past it so a typed number is kept as typed.

    Mixed in before the Qt spin box class. Until :meth:`set_allowed` is called the box
    behaves as a plain spin box.
    """

    _allowed: tuple[float, float] | None = None

    def set_allowed(self, low: float, high: float, room: float) -> None:
        """Allow ``low`` to ``high``; numbers from 0 up to ``room`` may be typed (and are then reported)."""
        self._allowed = (low, high)
        self.setRange(min(0, low), max(high, room))  # type: ignore[attr-defined]

    def allowed(self) -> tuple[float, float]:
        """The allowed range (the box's own range when none was set)."""
        return self._allowed or (self.minimum(), self.maximum())  # type: ignore[attr-defined]

    def typed_outside(self) -> bool:
        """Whether the box holds a number outside the allowed range."""
        low, high = self.allowed()
        return not low <= self.value() <= high  # type: ignore[attr-defined]

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API: the arrows stay within the allowed range
        if self._allowed is None:
            super().stepBy(steps)  # type: ignore[misc]
            return
        low, high = self._allowed
        self.setValue(min(max(self.value() + steps * self.singleStep(), low), high))  # type: ignore[attr-defined]
        self.selectAll()  # type: ignore[attr-defined]

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 - Qt API
        flags = super().stepEnabled()  # type: ignore[misc]
        if self._allowed is None or flags == QAbstractSpinBox.StepEnabledFlag.StepNone:
            return flags
        low, high = self._allowed
        value = self.value()  # type: ignore[attr-defined]
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if value > low:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if value < high:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API: as wide as the allowed numbers, not the room
        hint = super().sizeHint()  # type: ignore[misc]
        if self._allowed is None:
            return hint
        fm = self.fontMetrics()  # type: ignore[attr-defined]

        def advance(value: float) -> int:
            return fm.horizontalAdvance(self.textFromValue(value))  # type: ignore[attr-defined]

        spare = advance(self.maximum()) - max(advance(self._allowed[1]), advance(self.minimum()))  # type: ignore[attr-defined]
        return QSize(hint.width() - max(spare, 0), hint.height())


class KeptValueSpinBox(AllowedRange, QDoubleSpinBox):
    """A spin box whose untouched value is the stored one, exactly.

    Parameters
    ----------
    parent
        Parent widget.
    shown_decimals
        Decimals always shown (trailing zeros beyond them are dropped).
    """

    def __init__(self, parent: QWidget | None = None, *, shown_decimals: int = 2) -> None:
        super().__init__(parent)
        self._shown_decimals = max(0, min(shown_decimals, MAX_DECIMALS))
        self._kept: float | None = None
        self._shown: float | None = None
        self.setLocale(number_locale())  # h27b: "0,5" in a French window, as its tables write it
        self.setDecimals(MAX_DECIMALS)

    def set_kept(self, value: float) -> None:
        """Show ``value`` (widening the range to hold it) and keep it until the user edits the box."""
        if self._allowed is not None:  # a stored number is never reported as typed out of range
            self._allowed = (min(self._allowed[0], value), max(self._allowed[1], value))
        if value > self.maximum():
            self.setMaximum(value)
        if value < self.minimum():
            self.setMinimum(value)
        self.setValue(value)
        self._kept = float(value)
        self._shown = self.value()

    def is_edited(self) -> bool:
        """Whether the box shows something else than when its value was last kept."""
        return self._kept is None or self.value() != self._shown

    def kept_value(self) -> float:
        """The kept value while the box is untouched, otherwise the value as entered."""
        if self._kept is not None and not self.is_edited():
            return self._kept
        return self.value()

    def _with_point(self, text: str) -> str:
        """``text`` with a typed dot read as the window's decimal comma (when it has no comma already)."""
        point = self.locale().decimalPoint()
        return text.replace(".", point) if point != "." and point not in text else text

    def validate(self, text: str, pos: int) -> object:  # Qt's name: "0.5" typed in a French window reads "0,5"
        return super().validate(self._with_point(text), pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt API
        return super().valueFromText(self._with_point(text))

    def textFromValue(self, value: float) -> str:  # Qt's name
        """The value with its trailing zeros dropped, keeping at least ``shown_decimals``."""
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        if not point or point not in text:
            return text
        whole, fraction = text.rsplit(point, 1)
        fraction = fraction.rstrip("0").ljust(self._shown_decimals, "0")
        return f"{whole}{point}{fraction}" if fraction else whole


class WholeNumberSpinBox(AllowedRange, QSpinBox):
    """A whole-number box with an allowed range and room to type past it (see :class:`AllowedRange`)."""


__all__ = ["MAX_DECIMALS", "AllowedRange", "KeptValueSpinBox", "WholeNumberSpinBox"]
