"""How a column of result numbers is rounded for display, so that rounding never hides a rank.

A ranking shows each option's number with a fixed count of decimals (one for scores out
of 100, three for TOPSIS closeness, PROMETHEE flows and VIKOR's S, R, Q). Two options
that the engine ranks differently can still round to the same text (50.8895 and 50.8635
both read "50.9"), which tells the reader they are tied when they are not. The helpers
here pick, for one column, the fewest decimals from the column's usual precision up to
:data:`EXTRA_DECIMALS` more at which every two options with different ranks read
differently; options the engine ties (same rank) are written with one shared value, so
they always read the same. A column keeps one precision for all its rows.

Usually one or two more decimals do it. The limit is :data:`COLUMN_EXTRA_DECIMALS` more
than the usual precision, which reaches the engine's tie tolerance (``1e-9`` on a 0-1
scale, docs/methods.md section 5): closer than that, the engine ties the options
anyway. A sentence that compares two numbers (a gap, a weight now and at a tipping
point) tries up to :data:`EXTRA_DECIMALS` more and then says "less than" or "even
slightly" instead of printing a long number.

The window, the command line and the reports all use this module, so a number reads
the same everywhere. It is plain Python (no numpy, no Qt) so every layer may import it.
The convention is described in docs/methods.md (ranking and ties).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Context, Decimal

#: At most this many decimals beyond the usual precision of a number in a sentence.
EXTRA_DECIMALS = 3

#: At most this many decimals beyond a column's usual precision: a score out of 100 (one
#: decimal) can reach 7, a 0-1 number (three) 9, the engine's tie tolerance on a 0-1 scale.
COLUMN_EXTRA_DECIMALS = 6

#: Room for every digit of any float rounded to any decimals the helpers ask for (a float has at most 309 digits
#: before its decimal point).
_EXACT = Context(prec=400)

#: Written for a number the method could not compute.
NOT_COMPUTED = "—"

#: :func:`plain_number` writes every digit of a number below this: above ``domain.base.MAX_MAGNITUDE``
#: (1e15, the largest score, bound or limit a decision holds), below 2**53 (whole floats are exact).
IN_FULL_BELOW = 1e16


def _needs_decimal(x: float, places: int) -> bool:
    """Whether :func:`fixed` must round ``x`` as written (its shortest decimal form) with decimal arithmetic.

    Python's formatting rounds the stored binary value correctly, and that gives the same digits as
    rounding the number as written except in two cases: the written number ends in a 5 just past
    ``places`` decimals (a half: ``31.25`` to one decimal), and padding past the float's 15 sure
    digits (``112908645304.86688`` to six decimals would show the binary value's noise). Otherwise a
    boundary between the written and the stored number would be a shorter or closer way of writing
    it, which the shortest form is not. The decimal path is several times slower, on tables' hot path.
    """
    text = repr(x)
    if "e" in text:
        return True
    whole, _, decimals = text.partition(".")
    if len(decimals) == places + 1:
        return decimals.endswith("5")
    return len(decimals) <= places and len(whole.lstrip("-")) + places > 15


def fixed(value: float, decimals: int, *, sign: bool = False, grouped: bool = False) -> str:
    """``value`` with ``decimals`` decimals; a value that rounds to zero never reads ``-0.0``.

    A number halfway between two is rounded away from zero, as it is written (its shortest decimal
    form): ``31.25`` reads ``31.3`` and ``1.45`` ``1.5``, as a spreadsheet's ROUND gives, where Python's
    own formatting gives ``31.2`` (half to even) and ``1.4`` (1.45 is stored a little below 1.45).

    Parameters
    ----------
    value : float
    decimals : int
        Digits after the decimal point (0 or more).
    sign : bool
        Write ``+`` before a positive number (and before zero), as for net flows.
    grouped : bool
        Separate thousands with commas (``12,345.7``).
    """
    places, x = max(0, decimals), float(value)
    key = (x, places, sign, grouped)  # 0.0 and -0.0 are one key: both read the same
    if (known := _WRITTEN.get(key)) is not None:
        return known
    finite = math.isfinite(x)
    if finite and _needs_decimal(x, places):  # half away from zero as written, as a spreadsheet (QA 31 item 13)
        x = Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=_EXACT)
    text = format(x, f"{'+' if sign else ''}{',' if grouped else ''}.{places}f")
    if text.startswith("-") and float(text.replace(",", "")) == 0.0:
        text = ("+" if sign else "") + text[1:]
    if finite:
        if len(_WRITTEN) >= _WRITTEN_MOST:
            _WRITTEN.clear()
        _WRITTEN[key] = text
    return text


#: Texts :func:`fixed` wrote, by value, decimals and style: a score edit on 1,000 options changes one
#: total, and the table's column wrote some 3,700 texts again (session 26). Emptied when full.
_WRITTEN: dict[tuple[float, int, bool, bool], str] = {}
_WRITTEN_MOST = 50_000


def percent(share: float, decimals: int = 1, *, space: str = " ", sign: bool = False) -> str:
    """A 0-1 share written as a percentage, rounded as :func:`fixed` rounds: ``0.9225`` -> ``"92.3 %"``.

    ``space`` goes between the number and the sign (``""`` writes ``"35.1%"``, as the command line's tables
    do; the window's weights and results write ``"35.1 %"``).
    """
    return f"{fixed(100.0 * float(share), decimals, sign=sign)}{space}%"


def _separates(at_d: Sequence[str | None], at_most: Sequence[str | None], ranks: Sequence[int | None]) -> bool:
    """Whether every two rows of different ranks that read the same in ``at_d`` also do in ``at_most``.

    The rule over whole columns; :func:`column_decimals` applies it group by group (:func:`_breaks`).

    Rows that read the same at the most decimals cannot be told apart at any count, so
    they never ask for more. Checked per group of rows sharing a text in ``at_d``: a
    group breaks the rule exactly when it holds two texts in ``at_most`` and two
    ranks (rows in different ``at_most`` texts must then all share one rank), so the
    check is linear in the rows, not quadratic.
    """
    groups: dict[str, tuple[set[str | None], set[int]]] = {}
    for text, most_text, rank in zip(at_d, at_most, ranks):
        if text is None or rank is None:
            continue
        most_texts, group_ranks = groups.setdefault(text, (set(), set()))
        most_texts.add(most_text)
        group_ranks.add(rank)
    return all(len(most_texts) < 2 or len(group_ranks) < 2 for most_texts, group_ranks in groups.values())


def _shared_values(values: Sequence[float | None], ranks: Sequence[int | None]) -> list[float | None]:
    """``values`` with every row of a rank written as the first value of that rank."""
    first: dict[int, float] = {}
    out: list[float | None] = []
    for value, rank in zip(values, ranks):
        if value is None or rank is None or not math.isfinite(value):
            out.append(value)
            continue
        out.append(first.setdefault(rank, float(value)))
    return out


def _clean(values: Sequence[float | None]) -> list[float | None]:
    return [None if v is None or not math.isfinite(float(v)) else float(v) for v in values]


def column_decimals(values: Sequence[float | None], ranks: Sequence[int | None], base: int,
                    extra: int = COLUMN_EXTRA_DECIMALS, *, sign: bool = False, tied_equal: bool = True) -> int:
    """The fewest decimals, ``base`` to ``base + extra``, at which different ranks read differently.

    Parameters
    ----------
    values : sequence of float or None
        The column's numbers, one per row (any order); ``None`` (or NaN) where the
        method computed nothing.
    ranks : sequence of int or None
        Each row's rank; ``None`` for a row without one (excluded by a red line, or
        not placed), which never forces more decimals.
    base : int
        The column's usual decimals.
    extra : int
        How many more decimals may be added.
    sign : bool
        Numbers are written with a sign (``+0.125``).
    tied_equal : bool
        Rows of the same rank are written with one shared value (the first row's),
        as for the column the ranking is decided on. ``False`` for a side column
        (TOPSIS D+, VIKOR S...) whose values may differ within a tie.

    Returns
    -------
    int
        ``base`` when it already tells every two ranks apart; otherwise the first
        count of decimals that does. Two rows whose numbers are equal even at
        ``base + extra`` decimals (a side column may hold the same number for two
        ranks) are not counted; if no count up to ``base + extra`` separates the
        others, ``base + extra``.
    """
    if len(values) != len(ranks):
        raise ValueError("values and ranks must have the same length")
    clean = _clean(values)
    shown = _shared_values(clean, ranks) if tied_equal else clean
    most = base + max(0, extra)

    at_most: dict[int, str] = {}
    ordered = _ordered(shown, ranks)
    for d in range(base, most):  # only the rows that may read as another are written (session 26)
        groups: dict[str, list[tuple[int, float]]] = {}
        for i, v in _may_share(shown, ranks, d, ordered):
            groups.setdefault(fixed(v, d, sign=sign), []).append((i, v))
        if not any(_breaks(rows, ranks, at_most, most, sign) for rows in groups.values()):
            return d
    return most


def _breaks(rows: list[tuple[int, float]], ranks: Sequence[int | None], at_most: dict[int, str], most: int,
            sign: bool) -> bool:
    """Whether rows reading the same hold two ranks and two texts at ``most`` decimals (:func:`_separates`' rule).

    The texts at ``most`` are written (into ``at_most``) only for a group of two ranks, and the first
    group that breaks the rule ends the search: most rows never need them (session 26).
    """
    if len(rows) < 2 or len({ranks[i] for i, _ in rows}) < 2:
        return False
    for i, v in rows:
        if i not in at_most:
            at_most[i] = fixed(v, most, sign=sign)
    return len({at_most[i] for i, _ in rows}) > 1


def _ordered(values: Sequence[float | None], ranks: Sequence[int | None]) -> list[tuple[float, int]]:
    """``(value, row)`` of the rows with a rank and a value, smallest first."""
    return sorted((v, i) for i, (v, r) in enumerate(zip(values, ranks)) if v is not None and r is not None)


def _may_share(values: Sequence[float | None], ranks: Sequence[int | None], decimals: int,
               ordered: list[tuple[float, int]] | None = None) -> list[tuple[int, float]]:
    """The rows with a rank and a value within one step of ``decimals`` (and rounding noise) of another's.

    Only those can be written the same at ``decimals``, since :func:`fixed` moves a number by at most
    half a step: with 1,000 options, a table that asked for every row at every count of decimals took
    about 35 ms an edit (session 26). ``ordered``: :func:`_ordered` of the same rows, when already sorted.
    """
    rows = _ordered(values, ranks) if ordered is None else ordered
    if len(rows) < 2:
        return []
    step = 10.0 ** -decimals * (1 + 1e-6) + 4 * math.ulp(max(abs(rows[0][0]), abs(rows[-1][0])))
    near: dict[int, float] = {}
    for (a, i), (b, k) in zip(rows, rows[1:]):
        if b - a <= step:
            near[i], near[k] = a, b
    return list(near.items())


def column_texts(values: Sequence[float | None], ranks: Sequence[int | None], base: int,
                 extra: int = COLUMN_EXTRA_DECIMALS, *, sign: bool = False, tied_equal: bool = True,
                 missing: str = NOT_COMPUTED) -> list[str]:
    """Each row's number written at the column's decimals (:func:`column_decimals`).

    ``None`` (or NaN) is written ``missing``. With ``tied_equal``, every row of a rank
    shows the first value of that rank, so a tie always reads as a tie. A row
    without a rank shows its own value.
    """
    decimals = column_decimals(values, ranks, base, extra, sign=sign, tied_equal=tied_equal)
    clean = _clean(values)
    shown = _shared_values(clean, ranks) if tied_equal else clean
    return [missing if v is None else fixed(v, decimals, sign=sign) for v in shown]


def pair_decimals(a: float, b: float, base: int, extra: int = EXTRA_DECIMALS) -> int | None:
    """The fewest decimals, ``base`` to ``base + extra``, at which ``a`` and ``b`` read differently.

    ``None`` when they read the same even at ``base + extra`` decimals (or are equal).
    """
    for d in range(base, base + max(0, extra) + 1):
        if fixed(a, d) != fixed(b, d):
            return d
    return None


def written_decimals(values: Iterable[float], most: int = EXTRA_DECIMALS) -> int:
    """The most decimals any of ``values`` is written with (its shortest form, ``7.25`` has two), at most ``most``.

    A number too small for plain digits (``1e-07``) counts as ``most``, a whole one too large (``1e+16``) as
    none; NaN and the infinities are passed over. No values: 0.
    """
    places = 0
    for value in values:
        x = float(value)
        if not math.isfinite(x):
            continue
        text = repr(x)
        if "e-" in text:
            return max(0, most)
        places = max(places, 0 if "e" in text else len(text.partition(".")[2].rstrip("0")))
        if places >= most:
            return max(0, most)
    return places


def amount(x: float, base: int, extra: int = EXTRA_DECIMALS) -> str:
    """A difference or share that is not zero, written so that it never reads as zero.

    ``x`` with ``base`` decimals, or more (up to ``base + extra``) when fewer would
    read ``0``; when even ``base + extra`` decimals read ``0``, ``"< 0.0001"``
    (the smallest step at that precision; a sign, not English words, so that it reads
    the same in every language the window speaks). Zero itself is written with ``base``
    decimals, and so is a negative ``x``.
    """
    if not x > 0.0:
        return fixed(x, base)
    most = base + max(0, extra)
    for d in range(base, most + 1):
        text = fixed(x, d)
        if float(text) != 0.0:
            return text
    return f"< {fixed(10.0 ** -most, most)}"


def plain_number(x: float, *, grouped: bool = False) -> str:
    """A score, bound or limit written as the score matrix shows it (QA 22 item 2).

    A whole number is written in full (``42000``, ``-35``), any other with up to six
    significant digits (``2.5``, ``0.125``, ``12.3457``), but never fewer than every
    digit before the decimal point and one after it: ``123456.78`` is written
    ``123456.8`` and ``1234567.5`` ``1234567.5``, not ``123457`` and ``1.23457e+06``.
    Only numbers below ``0.0001`` (``1e-05``) and from :data:`IN_FULL_BELOW` up are
    written with a power of ten. ``-0`` reads ``0``.

    Parameters
    ----------
    x : float
    grouped : bool
        Separate thousands with commas (``42,000``, ``1,234,567.5``), as the brief
        prints them. The window's cells never do: a comma typed there is a decimal
        comma, and a cell's text must read back as the number it shows.

    Returns
    -------
    str
        :data:`NOT_COMPUTED` for NaN or an infinity.
    """
    x = float(x)
    if not math.isfinite(x):
        return NOT_COMPUTED
    if x == int(x) and abs(x) < IN_FULL_BELOW:
        text = str(int(x))
    else:
        text = f"{x:.6g}"
        if 1e5 <= abs(x) < IN_FULL_BELOW:  # every whole digit and one decimal (never 1.23457e+06 nor 123457)
            text = f"{x:.1f}".removesuffix(".0")
    if not grouped or "e" in text:
        return text
    sign, body = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, dot, decimals = body.partition(".")
    return f"{sign}{int(whole):,}{dot}{decimals}"


def exact_number(x: float) -> str:
    """``x`` with every digit it was given: the shortest text that reads back as the same float (h28i).

    For a number set against a limit, where rounding could hide why it was refused: ``10.0000001`` on a
    1 to 10 scale, which :func:`plain_number` (six significant digits) and ``:g`` write ``10``. A whole
    number reads without a decimal point (``10``, ``42000``; ``-0`` reads ``0``); numbers from
    :data:`IN_FULL_BELOW` up and below ``0.0001`` keep Python's power of ten (``1e+20``, ``1e-05``);
    NaN and the infinities read ``nan``, ``inf`` and ``-inf``.
    """
    x = float(x)
    if math.isfinite(x) and x == int(x) and abs(x) < IN_FULL_BELOW:
        return str(int(x))
    return repr(x)


__all__ = ["COLUMN_EXTRA_DECIMALS", "EXTRA_DECIMALS", "NOT_COMPUTED", "amount", "column_decimals", "column_texts",
           "exact_number", "fixed", "IN_FULL_BELOW", "pair_decimals", "percent", "plain_number", "written_decimals"]
