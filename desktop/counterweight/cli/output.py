"""Printing for the command line: plain-text tables, JSON, one-line messages."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, TextIO

from counterweight.domain.shown_numbers import fixed

#: Shown instead of a rank or a number that does not exist (an option left out of a ranking).
DASH = "—"


def prepare_streams() -> None:
    """Make stdout/stderr replace characters the terminal cannot show instead of crashing.

    Option and criterion names may hold any Unicode; a console with a narrow
    encoding (for example a Windows code page when output is redirected) would
    otherwise raise ``UnicodeEncodeError`` half-way through a table.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):  # a stream that cannot be reconfigured keeps its settings
            pass


def _is_utf(stream: TextIO) -> bool:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return encoding.startswith("utf")


def json_text(payload: Any, *, ascii_only: bool = False) -> str:
    """Indented JSON text ending in a newline (keys in insertion order)."""
    return json.dumps(payload, indent=2, ensure_ascii=ascii_only, allow_nan=False) + "\n"


def write_json(payload: Any, stream: TextIO | None = None) -> None:
    """Print ``payload`` as JSON.

    Non-ASCII text is written as is when the stream is UTF-8 and escaped as
    ``\\uXXXX`` otherwise, so the JSON stays lossless on any console.
    """
    out = sys.stdout if stream is None else stream
    out.write(json_text(payload, ascii_only=not _is_utf(out)))


def write_json_text(text: str, stream: TextIO | None = None) -> None:
    """Print JSON text as is on a UTF-8 stream; re-escaped to ASCII (same data) otherwise."""
    out = sys.stdout if stream is None else stream
    out.write(text if _is_utf(out) else json_text(json.loads(text), ascii_only=True))


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, ending in an ellipsis when cut."""
    if width < 1:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    right: Sequence[bool] | None = None,
    indent: str = "",
) -> list[str]:
    """Lay out ``rows`` under ``headers`` in padded columns.

    Parameters
    ----------
    headers : sequence of str
        Column titles.
    rows : sequence of sequences of str
        Cell texts, one sequence per row, as many cells as headers.
    right : sequence of bool, optional
        Which columns are right-aligned (numbers); left-aligned by default.
    indent : str
        Prefix for every line.

    Returns
    -------
    list of str
        The header line, a rule, and one line per row (no trailing spaces).
    """
    align = list(right) if right is not None else [False] * len(headers)
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [c.rjust(w) if r else c.ljust(w) for c, w, r in zip(cells, widths, align, strict=True)]
        return (indent + "  ".join(parts)).rstrip()

    rule = indent + "  ".join("-" * w for w in widths)
    return [line(headers), rule, *(line(r) for r in rows)]


def number(value: float | None, places: int = 4) -> str:
    """``value`` with ``places`` decimals, or :data:`DASH` for ``None``; never ``-0.0000``."""
    if value is None:
        return DASH
    return fixed(value, places)  # rounded as every shown number (QA 32 item 1)


def bullets(texts: Sequence[str], width: int = 100, *, indent: str = "  ") -> list[str]:
    """Each text as a ``- `` item wrapped to ``width``, continuation lines aligned under it."""
    lines: list[str] = []
    for text in texts:
        wrapped = textwrap.wrap(text, width - len(indent) - 2) or [""]
        lines += [f"{indent}- {wrapped[0]}", *(f"{indent}  {more}" for more in wrapped[1:])]
    return lines


def print_lines(lines: Sequence[str], stream: TextIO | None = None) -> None:
    """Print each line of ``lines``."""
    out = sys.stdout if stream is None else stream
    for text in lines:
        out.write(text + "\n")


def one_line(text: str) -> str:
    """Collapse whitespace and line breaks so a message fits on one line."""
    return " ".join(text.split())


def print_error(text: str) -> None:
    """Print ``counterweight: error: <text>`` as a single line on stderr."""
    sys.stderr.write(f"counterweight: error: {one_line(text)}\n")
