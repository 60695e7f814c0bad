"""CSV export: the score matrix for reading, or the long format for importing again.

* :func:`matrix_csv` - one row per option, one column per leaf criterion (numbers
  or level names), with ``<criterion> low`` / ``<criterion> high`` columns after a
  numeric criterion that has any range. The same table as the XLSX Matrix sheet.
* :func:`scores_csv` - the long format that ``counterweight import`` reads (see
  ``docs/spreadsheets.md``): one row per option and criterion (the score empty
  where there is none) with the criterion's scale on every row, its value
  function included (``breakpoints``). The criteria come out flat; with groups,
  each is weighted by its global weight, so the ranking is unchanged although
  the groups are not kept. What the file cannot carry is said by
  :func:`counterweight.services.export_notes.spreadsheet_notes`.

Text that a spreadsheet program would run as a formula (it starts with ``=``,
``+``, ``-`` or ``@``) is written with a leading apostrophe, which spreadsheet
programs show as plain text and the importer removes again. Files are UTF-8
with a byte-order mark so that Excel recognises the encoding.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from counterweight.domain import Decision, NumericScale, QualitativeScale
from counterweight.domain.direction import applied_direction
from counterweight.domain.errors import write_failure
from counterweight.engine import evaluate
from counterweight.reports.sheet_format import (
    CSV_COLUMNS,
    breakpoints_text,
    levels_text,
    number_text,
    reference_names,
    tidy_number,
)
from counterweight.reports.xlsx_export import matrix_rows

#: Characters that make a spreadsheet program treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

MATRIX = "matrix"
LONG = "long"
LAYOUTS = (MATRIX, LONG)


def cell_text(value: Any) -> str:
    """One CSV cell: numbers as short exact text, text guarded against formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return number_text(float(value))
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([cell_text(h) for h in header])
    for row in rows:
        writer.writerow([cell_text(v) for v in row])
    return buffer.getvalue()


def matrix_csv(decision: Decision) -> str:
    """The score matrix as CSV text (see the module docstring)."""
    evaluation = evaluate(decision)
    labels = dict(zip(evaluation.leaf_ids, evaluation.leaf_labels))
    header, rows, _ = matrix_rows(decision, labels)
    return _csv_text(header, rows)


def scores_csv(decision: Decision) -> str:
    """The decision in the long CSV format that the importer reads.

    Each criterion's ``weight`` is its points, as on the workbook's Criteria sheet,
    when the criteria have no groups; with groups it is the global weight in percent
    (without float noise: 24.34, not 24.340000000000003), so that the flat criteria
    imported back have the same leaf weights.
    """
    crit_ref = reference_names(decision.leaves)
    opt_ref = reference_names(decision.options)
    if any(c.is_group for c in decision.criteria):
        evaluation = evaluate(decision)
        weights = {c.id: tidy_number(100.0 * evaluation.global_weights.get(c.id, 0.0)) for c in decision.leaves}
    else:
        weights = {c.id: c.weight for c in decision.leaves}
    rows = []
    for opt in decision.options:
        for crit in decision.leaves:
            rows.append(_long_row(decision, opt.id, crit.id, opt_ref, crit_ref, weights[crit.id]))
    return _csv_text(CSV_COLUMNS, rows)


def _long_row(decision: Decision, option_id: str, criterion_id: str, opt_ref: dict[str, str],
              crit_ref: dict[str, str], weight: float) -> list[Any]:
    """One row of the long format; a cell without a score still names its option and criterion."""
    crit = decision.criterion(criterion_id)
    s = decision.score(option_id, criterion_id)
    scale = crit.scale
    numeric = isinstance(scale, NumericScale)
    direction = applied_direction(crit) or crit.direction  # a rising or falling value function decides
    description = [weight, crit.unit or None, direction.label if numeric else None,
                   scale.lower if numeric else None, scale.upper if numeric else None,
                   levels_text(scale) if isinstance(scale, QualitativeScale) else None,
                   breakpoints_text(scale) if numeric and scale.breakpoints else None]
    if s is None:
        return [opt_ref[option_id], crit_ref[crit.id], None, None, None, None, *description]
    return [opt_ref[option_id], crit_ref[crit.id], s.level if s.level is not None else s.value,
            s.low, s.high, s.rationale or None, *description]


def write_csv(decision: Decision, path: str | Path, layout: str = MATRIX) -> Path:
    """Write ``matrix_csv`` (default) or ``scores_csv`` (``layout="long"``) to ``path``.

    Raises
    ------
    CounterweightError
        The file cannot be written; ``where`` names ``path`` (never the temporary file).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown CSV layout {layout!r}")
    text = matrix_csv(decision) if layout == MATRIX else scores_csv(decision)
    target = Path(path)
    tmp = target.with_name(f".{target.name}.part")
    try:
        tmp.write_text(text, encoding="utf-8-sig", newline="")
        os.replace(tmp, target)
    except OSError as exc:  # name the file asked for, not the hidden temporary one
        raise write_failure(target, "CSV file", exc) from exc
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # a folder, or no permission: nothing of ours to clean up
            pass
    return target


__all__ = ["FORMULA_STARTS", "LAYOUTS", "LONG", "MATRIX", "cell_text", "matrix_csv", "scores_csv", "write_csv"]
