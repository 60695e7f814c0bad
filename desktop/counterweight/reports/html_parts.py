"""Building blocks of the brief's HTML: escaping, tables and chart placeholders.

Everything that comes from a user or an imported document goes through :func:`esc`
before it is placed in markup, so it is printed as text and never read as a tag.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence

from counterweight.domain.shown_numbers import plain_number
from counterweight.reports.table_widths import fitted_widths

#: ``colour(value)`` -> ``"#rrggbb"`` for a value 0-1 (``None``: no score).
Colour = Callable[[float | None], str]
#: Chart name -> (width, height) of its placeholder in CSS pixels.
ChartSizes = Mapping[str, tuple[int, int]]
#: Most options drawn in a chart of the brief (its table lists every option).
MAX_CHART_BARS = 25

STYLE = """
body { color: #1a1a1a; }
h1 { font-size: 18pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 4px; color: #0b3a5b; }
h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
th { background-color: #e8edf2; font-weight: bold; text-align: left; }
.muted { color: #555555; }
.small { font-size: 8pt; }
.notice { background-color: #fff4ce; }
.num { text-align: right; }
.mono { font-family: "DejaVu Sans Mono", monospace; }
"""


def esc(text: object) -> str:
    """User text made safe for the markup (``<``, ``>``, ``&`` and quotes escaped)."""
    return html.escape(str(text), quote=True)


def esc_lines(text: str) -> str:
    """Escaped multi-line text with its line breaks kept."""
    return "<br>".join(esc(line) for line in text.splitlines())


def number(x: float) -> str:
    """A score, range end or limit as the window's score matrix writes it, thousands separated.

    The digits are the window's (:func:`~counterweight.domain.shown_numbers.plain_number`):
    whole numbers in full, others to six significant digits but never cut before the
    decimal point; so 42000 prints ``42,000`` and 12345 ``12,345`` (QA 22 item 2: it was
    ``4.2e+04`` and ``1.234e+04``). NaN or an infinity prints ``—``.
    """
    return plain_number(x, grouped=True)


def range_ends(low: float | None, high: float | None) -> tuple[str, str] | None:
    """A score's range ends as :func:`number` writes them, ``…`` for an open end; ``None`` without a range."""
    if low is None and high is None:
        return None
    return (number(low) if low is not None else "…", number(high) if high is not None else "…")


Cell = str | tuple[str, str]


def _td(cell: Cell, right: bool) -> str:
    markup, shade = (cell, "") if isinstance(cell, str) else cell
    attrs = (' align="right"' if right else "") + (f' bgcolor="{shade}"' if shade else "")
    return f"<td{attrs}>{markup}</td>"


def table(headers: Sequence[str], rows: Sequence[Sequence[Cell]], *, widths: Sequence[str] = (),
          numeric: Sequence[int] = ()) -> str:
    """A bordered table whose header row repeats on every page.

    Cells are markup already (escaped by the caller), or ``(markup, "#rrggbb")``
    for a cell with a background colour. A row with fewer cells than ``headers`` ends
    in a cell spanning the columns left. Percent ``widths`` are moved so that no word
    breaks inside (:func:`~counterweight.reports.table_widths.fitted_widths`).
    """
    widths, headers = fitted_widths(widths, headers) if widths else (widths, headers)
    cols = "".join(f'<th width="{widths[k]}">{h}</th>' if k < len(widths) else f"<th>{h}</th>"
                   for k, h in enumerate(headers))
    body = []
    for row in rows:
        short = 0 < len(row) < len(headers)  # a short row's last cell spans the columns left, as text
        cells = [_td(c, k in numeric and not (short and k == len(row) - 1)) for k, c in enumerate(row)]
        if short:
            cells[-1] = f'<td colspan="{len(headers) - len(row) + 1}"' + cells[-1][len("<td"):]
        body.append(f"<tr>{''.join(cells)}</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse: collapse;'
            f' border-color: #9aa5b1;"><thead><tr>{cols}</tr></thead><tbody>{"".join(body)}</tbody></table>')


def chart(name: str, sizes: ChartSizes) -> str:
    """The placeholder the renderer replaces with chart ``name`` ('' when it has no size)."""
    if name not in sizes:
        return ""
    w, h = sizes[name]
    return f'<p align="center"><img src="chart:{name}" width="{int(w)}" height="{int(h)}"></p>'



__all__ = ["MAX_CHART_BARS", "STYLE", "Cell", "ChartSizes", "Colour", "chart", "esc", "esc_lines", "number", "range_ends", "table"]
