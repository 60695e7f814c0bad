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
"""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QWidget

#: Decimals a kept-value box accepts and can show.
MAX_DECIMALS = 6


class KeptValueSpinBox(QDoubleSpinBox):
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
        self.setDecimals(MAX_DECIMALS)

    def set_kept(self, value: float) -> None:
        """Show ``value`` (widening the range to hold it) and keep it until the user edits the box."""
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

    def textFromValue(self, value: float) -> str:  # Qt's name
        """The value with its trailing zeros dropped, keeping at least ``shown_decimals``."""
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        if not point or point not in text:
            return text
        whole, fraction = text.rsplit(point, 1)
        fraction = fraction.rstrip("0").ljust(self._shown_decimals, "0")
        return f"{whole}{point}{fraction}" if fraction else whole


__all__ = ["MAX_DECIMALS", "KeptValueSpinBox"]
