"""Numbers in the window written the way its language writes them (h27b: "0,352" and "35,1 %" in French).

The rounding rules stay those of :mod:`counterweight.domain.shown_numbers` (the brief, the command
line and the exports use them too, with a dot): the text is written in English first and its decimal
point (and, where a number is grouped, its thousands separator) then swapped for the
:func:`~counterweight.ui.i18n.window_locale`'s. The wrappers here take the same arguments as the
functions they are named after, so a window module imports them from here instead of from the domain.

The locale's signs are looked up once per window language, not once per number: the score table
writes 60,000 cells on a large decision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from counterweight.charts import style
from counterweight.domain import shown_numbers
from counterweight.domain.shown_numbers import NOT_COMPUTED, COLUMN_EXTRA_DECIMALS, EXTRA_DECIMALS
from counterweight.ui import i18n

#: ``(i18n.generation, table)``: the table swapping the signs (``None`` when the window writes numbers as English
#: does), for the translation installed last. Reading an application property per number cost 1.7 µs, a tenth of
#: a second over the 60,000 cells of a large score table; an English window pays a comparison of two integers.
_CACHED: tuple[int, dict[int, str] | None] = (-1, None)


def _table() -> dict[int, str] | None:
    global _CACHED
    if _CACHED[0] == i18n.generation:
        table = _CACHED[1]
        if table is None or QCoreApplication.translate("MainWindow", "&File") != "&File":
            return table
        return None  # the translation was taken away since (a brief's charts, tests): English, as i18n.window_locale says
    locale = i18n.number_locale()
    point, group = locale.decimalPoint() or ".", locale.groupSeparator() or ","
    table = None if (point, group) == (".", ",") else str.maketrans({".": point, ",": group})
    if QCoreApplication.instance() is not None:  # without an application the window's language is not known yet
        _CACHED = (i18n.generation, table)
    return table


def decimal_point() -> str:
    """The window's decimal point: ``"."`` in English, ``","`` in French."""
    table = _table()
    return "." if table is None else table[ord(".")]


def localised(text: str) -> str:
    """``text``, a number (or numbers) written the English way, with the window's decimal point."""
    table = _table()
    return text if table is None else text.translate(table)


def localiser() -> Callable[[str], str]:
    """:func:`localised` for many numbers at once (the language looked up once): ``str`` itself in English."""
    table = _table()
    return str if table is None else (lambda text: text.translate(table))


def fixed(value: float, decimals: int, *, sign: bool = False, grouped: bool = False) -> str:
    """:func:`counterweight.domain.shown_numbers.fixed` in the window's way."""
    return localised(shown_numbers.fixed(value, decimals, sign=sign, grouped=grouped))


def percent(share: float, decimals: int = 1, *, space: str = " ", sign: bool = False) -> str:
    """:func:`counterweight.domain.shown_numbers.percent` in the window's way: ``"35,1 %"`` in French."""
    return localised(shown_numbers.percent(share, decimals, space=space, sign=sign))


def plain_number(x: float, *, grouped: bool = False) -> str:
    """:func:`counterweight.domain.shown_numbers.plain_number` in the window's way."""
    return localised(shown_numbers.plain_number(x, grouped=grouped))


def amount(x: float, base: int, extra: int = EXTRA_DECIMALS) -> str:
    """:func:`counterweight.domain.shown_numbers.amount` in the window's way."""
    return localised(shown_numbers.amount(x, base, extra))


def column_texts(values: Sequence[float | None], ranks: Sequence[int | None], base: int,
                 extra: int = COLUMN_EXTRA_DECIMALS, *, sign: bool = False, tied_equal: bool = True,
                 missing: str = NOT_COMPUTED) -> list[str]:
    """:func:`counterweight.domain.shown_numbers.column_texts` in the window's way."""
    local = localiser()
    return [local(t) for t in shown_numbers.column_texts(values, ranks, base, extra, sign=sign,
                                                          tied_equal=tied_equal, missing=missing)]


def formatted(x: float, spec: str = "g") -> str:
    """``format(x, spec)`` in the window's way: ``formatted(0.25)`` is ``"0,25"`` in French."""
    return localised(format(x, spec))


def count(n: int) -> str:
    """A whole number grouped in thousands the window's way: ``"12,000"`` in English, ``"12 000"`` in French
    (where "12,000" would read as twelve)."""
    return localised(f"{n:,}")


class _Shown(float):
    """A float that a template's format spec (three decimals for a CR, say) writes in the window's way."""

    def __format__(self, spec: str) -> str:
        return localised(float.__format__(self, spec))


class _ShownCount(int):
    """An int that a template's format spec (``{0:,}`` draws) groups in the window's way."""

    def __format__(self, spec: str) -> str:
        return localised(int.__format__(self, spec))


def shown(value: object) -> object:
    """``value`` ready for a window template: a float or an int (not a bool) writes itself the window's way."""
    if isinstance(value, bool):
        return value
    return _Shown(value) if isinstance(value, float) else _ShownCount(value) if isinstance(value, int) else value


# The window's charts write numbers by the window's rule (the brief's charts keep the dot). Set here, where the rule
# is, rather than in i18n.install_translators: i18n runs before the start-up window, which must not load Qt Charts.
style.follow_window_numbers(i18n.number_locale, localised)

__all__ = ["amount", "column_texts", "count", "decimal_point", "fixed", "formatted", "localised", "localiser", "percent",
           "plain_number", "shown"]
