"""Column widths for the brief's wide tables, so that words break between words, never inside one.

Qt's rich text gives a table column the percentage it is told and, when a word is wider
than that, breaks the word anywhere: the scorecard's six criterion columns of 12 % each
printed "maintena|nce" and "Environm|ental" (QA 22 item 15). Here each column is made at
least as wide as its widest word, the name column gives up room first, and when even
that is not enough the criteria are spread over more tables.

Widths are estimated from the characters, not measured, so the HTML can be built without
a display: :func:`text_ems` uses the advances of DejaVu Sans Bold, the widest font the
brief may print in (``reports.pdf_brief.FONT_FAMILIES``), so estimates err on the wide side.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Iterable, Sequence

#: The brief's text width in ems of its body font: A4 (210 mm) less two 18 mm margins, at 9.5 pt
#: (``reports.pdf_brief``: ``SIDE_MM`` and ``BODY_POINTS``; tests/reports/test_brief_headings.py keeps them in step).
#: A US Letter brief's column is 5.9 mm wider (``reports.paper``), so widths that fit A4 fit Letter too.
PAGE_EMS = (210.0 - 2 * 18.0) / 25.4 * 72.0 / 9.5
#: Room a cell takes beside its text, in ems: 3 px of padding on each side and the borders (measured: a bold
#: "maintenance", 7.48 ems, prints whole in 16 % of the page, 8.3 ems, and breaks at 15 %, 7.8 ems).
CELL_EMS = 0.8
#: A word whose estimate comes this close to its column's whole width may break: measured, a bold "protected"
#: breaks with 0.38 ems to spare, "maintenance" with 0.32, while "Delivery" prints whole with 0.66 and "Benefits"
#: with 0.76. :func:`fitted_widths` widens a column only when its heading's widest word comes this close, so
#: headings that print whole (the worked example's all have 0.76 or more) are left as they are.
BREAK_EMS = 0.6
#: Share of the width the name column has when the other columns leave it room (percent).
NAME_SHARE = 28

#: Advance of a character in DejaVu Sans Bold, in ems (measured with Qt, rounded up to 0.05); other small
#: letters and digits 0.75, other capitals 0.8.
_ADVANCE = {
    **dict.fromkeys("'ijlIJ,./\\|", 0.4),
    **dict.fromkeys("f-:;", 0.45),
    **dict.fromkeys("t!()[]", 0.5),
    **dict.fromkeys("r\"*_`–", 0.55),
    **dict.fromkeys("z?", 0.6),
    **dict.fromkeys("cs", 0.65),
    **dict.fromkeys("aekvxyé", 0.7),
    **dict.fromkeys("GU", 0.85),
    **dict.fromkeys("DHNOQ#&+<=>^~↑↓", 0.9),
    "w": 0.95,
    **dict.fromkeys("M%@—…", 1.05),
    "m": 1.1,
    "W": 1.15,
}
#: Regular text is narrower than bold: 0.89 as wide on average, 0.95 at most (DejaVu Sans, letters and digits).
_REGULAR = 0.92
#: Where a line may break: spaces, and after a dash between numbers (``40,000–45,000``).
_BREAKS = re.compile(r"\s+|(?<=–)")


def text_ems(text: str, *, bold: bool = True) -> float:
    """About how wide ``text`` prints in the brief's font, in ems of its body font (on the wide side)."""
    return (1.0 if bold else _REGULAR) * sum(_ADVANCE.get(ch, 0.8 if ch.isupper() else 0.75) for ch in text)


def plain_text(markup: str) -> str:
    """The text of a piece of the brief's markup: tags dropped (a line break becomes a space), entities read."""
    return html.unescape(re.sub(r"<[^>]*>", "", re.sub(r"<br\s*/?>", " ", markup)))


def widest_word(texts: Iterable[str], *, bold: bool = False) -> float:
    """Width in ems of the widest word in ``texts`` (plain text): the least its column can take unbroken."""
    return max((text_ems(word, bold=bold) for text in texts for word in _BREAKS.split(text) if word), default=0.0)


def _percent(ems: float) -> int:
    return math.ceil(100.0 * (ems + CELL_EMS) / PAGE_EMS)


def column_widths(name_ems: float, column_ems: Sequence[float]) -> list[int] | None:
    """Percent widths of a table with a name column then ``len(column_ems)`` others, or ``None``.

    Every column is at least as wide as its widest word (``name_ems`` and
    ``column_ems``, from :func:`widest_word`). The name column has :data:`NAME_SHARE`
    when the others leave it that much, else what they leave (never less than its own
    widest word); the rest is shared so the other columns come as close to equal as
    their words allow. ``None`` when the words cannot all fit across the page.
    """
    need = [_percent(e) for e in column_ems]
    name = _percent(name_ems)
    if name + sum(need) > 100:
        return None
    name = max(name, min(NAME_SHARE, 100 - sum(need)))
    widths = list(need)
    for _ in range(100 - name - sum(need)):  # the spare, a point at a time, to the narrowest column
        k = min(range(len(widths)), key=lambda i: widths[i])
        widths[k] += 1
    return [name, *widths]


def spread_columns(count: int, most: int,
                   widths: Callable[[Sequence[int]], list[int] | None]) -> list[tuple[list[int], list[str]]]:
    """Columns ``0 .. count - 1`` spread evenly over tables of at most ``most``, with each table's widths.

    Uses the fewest tables for which ``widths`` (given a table's columns, as
    :func:`column_widths`) fits every table; when not even one column a table fits,
    the fewest tables of ``most`` with the name column at :data:`NAME_SHARE` and the
    others equal (the longest words then break where they must). Widths are ``"NN%"``,
    the name column's first.
    """
    if count <= 0:
        return []
    for per in range(min(most, count), 0, -1):
        size = math.ceil(count / math.ceil(count / per))  # spread evenly: 7 columns are 4 + 3, not 6 + 1
        groups = [list(range(start, min(start + size, count))) for start in range(0, count, size)]
        plans = [widths(group) for group in groups]
        if all(plan is not None for plan in plans):
            return [(group, [f"{w}%" for w in plan]) for group, plan in zip(groups, plans)]  # type: ignore[union-attr]
    size = math.ceil(count / math.ceil(count / most))
    groups = [list(range(start, min(start + size, count))) for start in range(0, count, size)]
    return [(group, [f"{NAME_SHARE}%"] + [f"{(100 - NAME_SHARE) // len(group)}%"] * len(group)) for group in groups]


def _soft_hyphens(word: str, room: float) -> str:
    """``word`` with soft hyphens so each piece, with its hyphen, prints within ``room`` ems (bold)."""
    pieces, piece = [], ""
    for ch in word:
        if piece and len(piece) >= 3 and text_ems(piece + ch + "-") > room:
            pieces.append(piece)
            piece = ""
        piece += ch
    if pieces and len(piece) < 3:  # no piece of one or two letters at the end: "Afford-abilit-y"
        piece, pieces[-1] = pieces[-1][-(3 - len(piece)):] + piece, pieces[-1][:-(3 - len(piece))]
    return "\u00ad".join([*pieces, piece])


def hyphenated(markup: str, percent: int) -> str:
    """Heading ``markup`` with soft hyphens in the words too wide for a column of ``percent`` % of the page.

    Qt breaks a word that does not fit anywhere, with no mark ("Functiona|l fit", QA 31 item 6); at a
    soft hyphen it breaks with a hyphen, and prints nothing when the word fits."""
    room = percent * PAGE_EMS / 100.0 - CELL_EMS

    def fix(text: str) -> str:
        return re.sub(r"[^\W\d_]{6,}", lambda m: m[0] if text_ems(m[0]) <= room else _soft_hyphens(m[0], room), text)
    return re.sub(r"(?<=>)[^<]+|^[^<]+", lambda m: fix(m[0]), markup)


def fitted_widths(widths: Sequence[str], headers: Sequence[str]) -> tuple[list[str], list[str]]:
    """A table's percent ``widths`` moved so no word of a heading has to break inside, and its headings.

    A column surely narrower than its heading's widest word (by :data:`BREAK_EMS`; QA 31 item 6: "Functiona|l
    fit") is widened to hold it, taking points from the columns with the most room to spare, never below their
    own widest word; the table's total stays as given, and a table whose headings already fit is left as it is.
    When the words cannot all fit, a heading word too wide for its column gets soft hyphens (:func:`hyphenated`)
    so it breaks with a hyphen. Widths not all "NN%" are left alone.
    """
    if len(widths) != len(headers) or not all(re.fullmatch(r"\d+%", w) for w in widths):
        return list(widths), list(headers)
    given = [int(w[:-1]) for w in widths]
    words = [widest_word([plain_text(h)], bold=True) for h in headers]
    short = [ems + BREAK_EMS > g * PAGE_EMS / 100.0 for ems, g in zip(words, given)]
    floor = [_percent(ems) if cut else min(g, _percent(ems)) for ems, g, cut in zip(words, given, short)]
    out = [max(g, f) for g, f in zip(given, floor)]
    for _ in range(sum(out) - sum(given)):  # pay for the widened columns, a point at a time
        k = max(range(len(out)), key=lambda i: out[i] - floor[i])
        if out[k] <= floor[k]:
            return list(widths), [hyphenated(h, g) if cut else h for h, g, cut in zip(headers, given, short)]
        out[k] -= 1
    return [f"{w}%" for w in out], list(headers)

__all__ = [
    "BREAK_EMS", "CELL_EMS", "NAME_SHARE", "PAGE_EMS", "column_widths", "fitted_widths", "hyphenated", "plain_text",
    "spread_columns", "text_ems", "widest_word",
]
