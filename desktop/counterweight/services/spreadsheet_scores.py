"""The Scores rows of an imported spreadsheet: each checked against its option, criterion and scale.

Part of :func:`counterweight.services.spreadsheet_build.build_decision`: once the
options and criteria are read, every score row is resolved and checked, and
each number criterion gets its scale (for CSV files, from the data when no
bounds are given).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from counterweight.domain import NumericScale, Option, QualitativeScale, Score
from counterweight.domain.shown_numbers import exact_number
from counterweight.reports.sheet_format import SCALE_GROUP, SCALE_NUMBER
from counterweight.reports.sheet_format import number_text
from counterweight.services.sheet_cells import Cell, Problems, Row, named_where, number_of, pairs_of, quoted

if TYPE_CHECKING:
    from counterweight.services.spreadsheet_build import _Builder, _Crit


def numeric_scale(b: _Builder, spec: _Crit, seen: list[float],
                  unreadable: Problems | None = None) -> NumericScale | None:
    """The numeric scale of ``spec``: Lower/Upper (CSV: else the range of its scores) and breakpoints.

    ``unreadable`` holds the problems of score cells that are not numbers; when no bounds are
    given and no score could be read, those cells are what to fix, so they are reported.
    """
    row = spec.row
    lower, upper = b.number(row["lower"]), b.number(row["upper"])
    bounds_blank = row["lower"].blank and row["upper"].blank
    if (lower is None or upper is None) and b.t.bounds_from_data and not seen and unreadable and bounds_blank:
        b.p.items.extend(unreadable.items)  # the scale would come from these scores, were they numbers
        return None
    if (lower is None or upper is None) and b.t.bounds_from_data and seen and bounds_blank:
        lower, upper = min(seen), max(seen)
        if lower == upper:
            b.p.add(row["lower"].where, f"give the scale of {quoted(spec.name)} in the lower and upper"
                    " columns: its scores are all the same number")
            return None
    for key, got in (("lower", lower), ("upper", upper)):
        if got is None and row[key].blank:
            b.p.add(row[key].where, f"{quoted(spec.name)} is scored with numbers, so it needs its"
                    f" {key} bound")
    if lower is None or upper is None:
        return None
    if lower >= upper:
        b.p.add(row["upper"].where, f"the upper bound ({upper:g}) must be above the lower bound ({lower:g})")
        return None
    comma = b.t.decimal_comma
    points = pairs_of(row["breakpoints"], b.p, "breakpoint", decimal_comma=comma) \
        if not row["breakpoints"].blank else []
    if points is None:
        return None
    breakpoints = []
    for x_text, value in points:
        x = number_of(Cell(row["breakpoints"].where, x_text), b.p, decimal_comma=comma)
        if x is None:
            return None
        breakpoints.append({"x": x, "value": value})
    where = row["breakpoints"].where if breakpoints else row.where
    return b.model(NumericScale, {"lower": lower, "upper": upper, "breakpoints": breakpoints},
                      {"breakpoints": row["breakpoints"], "lower": row["lower"], "upper": row["upper"]}, where)

def read_scores(b: _Builder, options: list[Option], specs: list[_Crit]) -> list[Score]:
    """Check every Scores row against its option and criterion; give each number criterion its scale."""
    opt_id = {o.id: o for o in options}
    opt_name: dict[str, list[Option]] = {}
    for o in options:
        opt_name.setdefault(o.name.casefold(), []).append(o)
    crit_id = {s.id: s for s in specs}
    crit_name: dict[str, list[_Crit]] = {}
    for s in specs:
        crit_name.setdefault(s.name.casefold(), []).append(s)
    resolved: list[tuple[Row, Option, _Crit]] = []
    seen_cells: dict[tuple[str, str], str] = {}
    numbers: dict[str, list[float]] = {}
    unreadable: dict[str, Problems] = {}
    for row in b.t.scores:
        opt = b.resolve(row["option"], opt_id, opt_name, "option", "Options")
        spec = b.resolve(row["criterion"], crit_id, crit_name, "criterion", "Criteria")
        if opt is None or spec is None:
            continue
        if spec.scale == SCALE_GROUP:
            b.p.add(row["criterion"].where, f"{quoted(spec.name)} is a group; score the criteria inside it")
            continue
        key = (opt.id, spec.id)
        if key in seen_cells:
            b.p.add(row["option"].where, f"{quoted(opt.name)} is scored on {quoted(spec.name)} twice"
                    f" (also {seen_cells[key]})")
            continue
        seen_cells[key] = row["option"].where
        row = _named(row, opt, spec)
        resolved.append((row, opt, spec))
        if spec.scale == SCALE_NUMBER and b.t.bounds_from_data:
            quiet = unreadable.setdefault(spec.id, Problems())  # reported by _score, or if no number is read
            for k in ("score", "low", "high"):
                got = number_of(row[k], quiet, decimal_comma=b.t.decimal_comma, hint=_hint(k))
                if got is not None:
                    numbers.setdefault(spec.id, []).append(got)
    for spec in specs:
        if spec.scale == SCALE_NUMBER and spec.model is not None:
            scale = numeric_scale(b, spec, numbers.get(spec.id, []), unreadable.get(spec.id))
            spec.model = spec.model.model_copy(update={"scale": scale}) if scale is not None else None
    out = []
    for row, opt, spec in resolved:
        if spec.model is not None:
            score = _score(b, row, opt, spec)
            if score is not None:
                out.append(score)
    return out

#: The score cells whose problems name their option and criterion (QA pass 22, as the paste message does).
_SCORE_CELLS = ("score", "low", "high", "rationale")


def _named(row: Row, opt: Option, spec: _Crit) -> Row:
    """``row`` with its score cells placed by option and criterion: ``Scores!C5 (Do minimum × Design life)``."""
    label = f"{opt.name} × {spec.name}"
    cells = dict(row.cells)
    for key in _SCORE_CELLS:
        if key in cells:
            cells[key] = Cell(named_where(cells[key].where, label), cells[key].value, cells[key].percent)
    return Row(row.where, cells)


def _hint(key: str, scale: NumericScale | None = None, unit: str = "") -> str:
    """How to fix a score cell that is not a number; an empty cell is always allowed (QA pass 22 item 7)."""
    if key != "score":
        return "; type a number, or leave the cell empty for no range"
    if scale is None:
        return "; type a number, or leave the cell empty for a missing score"
    span = f"{number_text(scale.lower)} to {number_text(scale.upper)}" + (f" {unit}" if unit else "")
    return f"; type a number from {span}, or leave the cell empty for a missing score"


def _score(b: _Builder, row: Row, opt: Option, spec: _Crit) -> Score | None:
    crit = spec.model
    assert crit is not None
    data: dict[str, Any] = {"option_id": opt.id, "criterion_id": crit.id,
                            "rationale": b.text(row["rationale"])}
    cell = row["score"]
    scale = crit.scale
    if isinstance(scale, QualitativeScale):
        for key in ("low", "high"):
            if not row[key].blank:
                b.p.add(row[key].where, f"{quoted(crit.name)} is scored with levels; ranges are for numbers")
        if not cell.blank:
            level = scale.level(b.text(cell))
            if level is None:
                names = ", ".join(lv.label for lv in scale.levels)
                b.p.add(cell.where, f"{quoted(b.text(cell))} is not a level of {quoted(crit.name)}"
                        f" (levels: {names}); leave the cell empty for a missing score")
                return None
            data["level"] = level.label
    elif isinstance(scale, NumericScale):
        problems_before = len(b.p)
        given = not (b.t.bounds_from_data and spec.row["lower"].blank and spec.row["upper"].blank)  # else from the data
        for key in ("score", "low", "high"):
            x = number_of(row[key], b.p, decimal_comma=b.t.decimal_comma,
                          hint=_hint(key, scale if given else None, crit.unit),
                          scale=(scale.lower, scale.upper) if given else None)
            if x is not None and not scale.contains(x):
                what = "score" if key == "score" else f"{key} end"
                b.p.add(row[key].where, f"the {what} {exact_number(x)} is outside the scale of {quoted(crit.name)}"
                        f" ({exact_number(scale.lower)} to {exact_number(scale.upper)})")  # every digit (h28i)
            data["value" if key == "score" else key] = x
        if len(b.p) > problems_before:
            return None
    if all(data.get(k) is None for k in ("value", "level", "low", "high")) and not data["rationale"]:
        return None  # the row only names the cell
    cells = {"value": cell, "level": cell, "low": row["low"], "high": row["high"], "rationale": row["rationale"]}
    where = (row["low"] if not row["low"].blank else row["high"] if not row["high"].blank else cell).where
    return b.model(Score, data, cells, where)


__all__ = ["numeric_scale", "read_scores"]
