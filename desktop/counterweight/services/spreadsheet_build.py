"""Build a Decision from the rows of an imported spreadsheet, checking every cell first.

The readers in :mod:`counterweight.services.spreadsheet` turn an XLSX workbook or
a CSV file into :class:`Tables` (rows of located cells, one list per sheet of
the template). :func:`build_decision` checks all of them, collecting every
problem with its location, and only when there is none builds the decision.
Nothing is saved here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from counterweight.domain import (
    Criterion,
    Decision,
    Direction,
    Level,
    NumericScale,
    Option,
    QualitativeScale,
    from_validation_error,
    new_id,
)
from counterweight.domain.direction import implied_direction
from counterweight.domain.wording import count
from counterweight.engine.phrase import Phrase
from counterweight.reports.sheet_format import (
    DECISION_FIELDS,
    SCALE_GROUP,
    SCALE_LEVELS,
    SCALE_NUMBER,
    SHEET_COLUMNS,
    number_text,
)
from counterweight.services.spreadsheet_scores import read_scores
from counterweight.services.sheet_cells import (
    ID_RE,
    Cell,
    Problems,
    Row,
    checked_identifier,
    fresh_id,
    number_of,
    problem_order,
    quoted,
    text_of,
    validate_model,
)

_SCALE_WORDS = {
    SCALE_NUMBER: SCALE_NUMBER, "numeric": SCALE_NUMBER, "numbers": SCALE_NUMBER,
    SCALE_LEVELS: SCALE_LEVELS, "level": SCALE_LEVELS, "qualitative": SCALE_LEVELS,
    SCALE_GROUP: SCALE_GROUP,
}
_DIRECTION_WORDS = {
    "higher is better": Direction.HIGHER_BETTER, "higher": Direction.HIGHER_BETTER,
    "higher_better": Direction.HIGHER_BETTER, "max": Direction.HIGHER_BETTER, "benefit": Direction.HIGHER_BETTER,
    "lower is better": Direction.LOWER_BETTER, "lower": Direction.LOWER_BETTER,
    "lower_better": Direction.LOWER_BETTER, "min": Direction.LOWER_BETTER, "cost": Direction.LOWER_BETTER,
}


@dataclass
class Tables:
    """The rows read from one file, per template sheet, plus how to read its cells."""

    source: str
    title: str
    options: list[Row] = field(default_factory=list)
    criteria: list[Row] = field(default_factory=list)
    levels: list[Row] = field(default_factory=list)
    scores: list[Row] = field(default_factory=list)
    decision: list[Row] = field(default_factory=list)
    options_where: str = "Options"
    criteria_where: str = "Criteria"
    csv: bool = False  # CSV text: undo the export's apostrophes; missing bounds come from the data
    #: A number criterion without bounds is scaled on its scores (True for CSV files and plain tables).
    bounds_from_data: bool = False
    decimal_comma: bool = False
    problems: list[str] = field(default_factory=list)  # found while reading, before building
    notes: list[Phrase] = field(default_factory=list)  # what the build assumed, for the import's notes

    def __post_init__(self) -> None:
        self.bounds_from_data = self.bounds_from_data or self.csv


@dataclass
class _Crit:
    row: Row
    name: str
    id: str
    parent: str | None = None
    scale: str | None = None
    levels: list[Level] = field(default_factory=list)
    model: Criterion | None = None


class _Builder:
    def __init__(self, tables: Tables) -> None:
        self.t = tables
        self.p = Problems()

    # ------------------------------------------------------------ cell helpers
    def text(self, cell: Cell) -> str:
        return text_of(cell, csv_escape=self.t.csv)

    def number(self, cell: Cell) -> float | None:
        return number_of(cell, self.p, decimal_comma=self.t.decimal_comma)

    def model(self, cls: type[BaseModel], data: dict[str, Any], cells: dict[str, Cell], where: str) -> Any:
        return validate_model(cls, data, cells, where, self.p)

    def identifier(self, cell: Cell, taken: dict[str, str]) -> str:
        return checked_identifier(self.text(cell), cell.where, taken, self.p)

    def resolve(self, cell: Cell, by_id: dict[str, Any], by_name: dict[str, list[Any]], what: str,
                sheet: str) -> Any:
        """The item a cell names: by name (ignoring case) when that is unambiguous, else by ID."""
        ref = self.text(cell)
        if not ref:
            self.p.add(cell.where, f"the {what} is missing")
            return None
        found = by_name.get(ref.casefold(), [])
        if len(found) == 1:
            return found[0]
        if ref in by_id and not self.t.csv:  # CSV files have no ID column; generated IDs are not names
            return by_id[ref]
        if found:
            many = "criteria" if what == "criterion" else f"{what}s"
            self.p.add(cell.where, f"{len(found)} {many} are called {quoted(ref)}; use the ID to say which")
        else:
            self.p.add(cell.where, f"there is no {what} {quoted(ref)} on the {sheet} sheet")
        return None

    # ------------------------------------------------------------ decision info
    def info(self) -> dict[str, str]:
        info: dict[str, str] = {}
        seen: dict[str, str] = {}
        cells: dict[str, Cell] = {}
        for row in self.t.decision:
            name = self.text(row["field"])
            key = name.casefold()
            if key not in {f.casefold() for f in DECISION_FIELDS}:
                self.p.add(row["field"].where, f"{quoted(name)} is not a field Counterweight knows"
                           f" (use one of: {', '.join(DECISION_FIELDS)})")
                continue
            if key in seen:
                self.p.add(row["field"].where, f"{name} is given twice (also {seen[key]})")
                continue
            seen[key] = row["field"].where
            info[key] = self.text(row["value"])
            cells[key] = row["value"]
            if key == "id" and info[key] and not ID_RE.match(info[key]):
                self.p.add(row["value"].where, f"{quoted(info[key])} is not a usable ID")
                info[key] = ""
        fields = {k: v for k, v in info.items() if v and k in Decision.model_fields}
        if fields and self.model(Decision, {"id": "x", "title": "x", **fields}, cells, "") is None:
            return {}
        return info

    # ------------------------------------------------------------ options
    def options(self) -> list[Option]:
        taken: dict[str, str] = {}
        names: dict[str, str] = {}
        pending: list[tuple[Row, str, str]] = []
        for row in self.t.options:
            name = self.text(row["name"])
            ident = self.identifier(row["id"], taken)
            if not name:
                self.p.add(row["name"].where, "the option needs a name")
                continue
            if name.casefold() in names:
                self.p.add(row["name"].where,
                           f"the option {quoted(name)} is listed twice (also {names[name.casefold()]})")
                continue
            names[name.casefold()] = row["name"].where
            pending.append((row, name, ident))
        out = []
        for row, name, ident in pending:
            data = {"id": ident or fresh_id(name, taken), "name": name,
                    "description": self.text(row["description"]), "source": self.text(row["source"])}
            opt = self.model(Option, data, row.cells, row.where)
            if opt is not None:
                out.append(opt)
        if not self.t.options:
            self.p.add(self.t.options_where, "no options are listed; give at least one")
        return out

    # ------------------------------------------------------------ criteria
    def criteria(self) -> list[_Crit]:
        taken: dict[str, str] = {}
        specs: list[_Crit] = []
        for row in self.t.criteria:
            name = self.text(row["name"])
            ident = self.identifier(row["id"], taken)
            if not name:
                self.p.add(row["name"].where, "the criterion needs a name")
                continue
            spec = _Crit(row, name, ident)
            word = self.text(row["scale"]).casefold()
            if word:
                spec.scale = _SCALE_WORDS.get(word)
                if spec.scale is None:
                    self.p.add(row["scale"].where, f"{quoted(word)} is not a scale; use {SCALE_NUMBER},"
                               f" {SCALE_LEVELS} or {SCALE_GROUP}")
            specs.append(spec)
        for spec in specs:
            spec.id = spec.id or fresh_id(spec.name, taken)
        if not self.t.criteria:
            self.p.add(self.t.criteria_where, "no criteria are listed; give at least one")
        by_id = {s.id: s for s in specs}
        by_name: dict[str, list[_Crit]] = {}
        for s in specs:
            by_name.setdefault(s.name.casefold(), []).append(s)
        self._parents(specs, by_id, by_name)
        self._levels(specs, by_id, by_name)
        for spec in specs:
            self._criterion_model(spec)
        return specs

    def _parents(self, specs: list[_Crit], by_id: dict[str, _Crit], by_name: dict[str, list[_Crit]]) -> None:
        for spec in specs:
            cell = spec.row["parent"]
            if cell.blank:
                continue
            parent = self.resolve(cell, by_id, by_name, "criterion", "Criteria")
            if parent is None:
                continue
            if parent.scale in (SCALE_NUMBER, SCALE_LEVELS):
                self.p.add(cell.where, f"{quoted(parent.name)} is scored itself (Scale {parent.scale}), so it"
                           " cannot hold other criteria; make it a group")
                continue
            spec.parent = parent.id
        parents = {s.parent for s in specs if s.parent}
        for spec in specs:
            if spec.scale is None and spec.id in parents:
                spec.scale = SCALE_GROUP
        for spec in specs:  # a loop in the tree: walking up comes back to the start
            node, steps = spec, 0
            while node.parent is not None and steps <= len(specs):
                node, steps = by_id[node.parent], steps + 1
                if node is spec:
                    self.p.add(spec.row["parent"].where, f"{quoted(spec.name)} ends up inside itself"
                               " (the Parent column makes a loop)")
                    break
        for spec in specs:
            if spec.parent is not None and self._in_loop(spec, by_id):
                spec.parent = None

    @staticmethod
    def _in_loop(spec: _Crit, by_id: dict[str, _Crit]) -> bool:
        node, steps = spec, 0
        while node.parent is not None and steps <= len(by_id):
            node, steps = by_id[node.parent], steps + 1
        return node.parent is not None

    def _levels(self, specs: list[_Crit], by_id: dict[str, _Crit], by_name: dict[str, list[_Crit]]) -> None:
        for row in self.t.levels:
            spec = self.resolve(row["criterion"], by_id, by_name, "criterion", "Criteria")
            label = self.text(row["level"])
            value = self.number(row["value"])
            if not label:
                self.p.add(row["level"].where, "the level needs a name")
            if row["value"].blank:
                self.p.add(row["value"].where, "the level needs a value from 0 to 100")
            if spec is None or not label or value is None:
                continue
            if spec.scale in (SCALE_NUMBER, SCALE_GROUP):
                kind = "is scored with numbers" if spec.scale == SCALE_NUMBER else "is a group"
                self.p.add(row["criterion"].where, f"{quoted(spec.name)} {kind}, so it has no levels")
                continue
            spec.scale = SCALE_LEVELS
            if any(lv.label.casefold() == label.casefold() for lv in spec.levels):
                self.p.add(row["level"].where, f"{quoted(spec.name)} already has a level {quoted(label)}")
                continue
            level = self.model(Level, {"label": label, "value": value, "descriptor": self.text(row["descriptor"])},
                               {"label": row["level"], "value": row["value"], "descriptor": row["descriptor"]},
                               row.where)
            if level is not None:
                spec.levels.append(level)

    def _criterion_model(self, spec: _Crit) -> None:
        row = spec.row
        spec.scale = spec.scale or SCALE_NUMBER
        weight_cell = row["weight"]
        weight = self.number(weight_cell)
        direction = Direction.HIGHER_BETTER
        word = self.text(row["direction"]).casefold()
        if word:
            found = _DIRECTION_WORDS.get(word)
            if found is None:
                self.p.add(row["direction"].where, f"{quoted(word)} is not a direction; use 'higher is better'"
                           " or 'lower is better'")
            else:
                direction = found
        numeric_only = ("lower", "upper", "breakpoints")
        if spec.scale != SCALE_NUMBER:
            for key in numeric_only:
                if not row[key].blank:
                    kind = "a group" if spec.scale == SCALE_GROUP else "scored with levels"
                    self.p.add(row[key].where, f"{quoted(spec.name)} is {kind}; this column is for numbers only")
        data: dict[str, Any] = {"id": spec.id, "name": spec.name, "parent_id": spec.parent,
                                "description": self.text(row["description"]), "direction": direction,
                                "unit": self.text(row["unit"]),
                                "weight": 1.0 if weight_cell.blank or weight is None else weight}
        cells = {"name": row["name"], "id": row["id"], "description": row["description"],
                 "unit": row["unit"], "weight": weight_cell, "parent_id": row["parent"]}
        model = self.model(Criterion, {**data, "scale": None}, cells, row.where)
        if model is not None and spec.scale == SCALE_LEVELS:
            if len(spec.levels) < 2:
                where = row["scale"].where if not row["scale"].blank else row["name"].where
                self.p.add(where, f"{quoted(spec.name)} is scored with levels, but"
                           f" {'only ' + count(len(spec.levels), 'level') if spec.levels else 'no levels'} are given"
                           " for it; give at least two")
                return
            scale = self.model(QualitativeScale, {"levels": spec.levels}, {}, row["name"].where)
            model = model.model_copy(update={"scale": scale}) if scale is not None else None
        spec.model = model  # a number criterion gets its scale in scores(): CSV bounds may come from the data


def _settle_directions(b: _Builder, specs: list[_Crit]) -> None:
    """A piecewise value function that rises or falls decides the direction (domain/direction.py).

    An empty Direction cell takes the breakpoints' direction; a Direction that contradicts
    them is a problem at that cell, so nothing is imported until one of the two is corrected.
    """
    for spec in specs:
        crit = spec.model
        scale = crit.scale if crit is not None else None
        if crit is None or not isinstance(scale, NumericScale) or not scale.breakpoints:
            continue
        implied = implied_direction(scale.breakpoints)
        cell = spec.row["direction"]
        if implied is None or implied is crit.direction:
            continue
        if cell.blank:
            spec.model = crit.model_copy(update={"direction": implied})
            continue
        if _DIRECTION_WORDS.get(b.text(cell).casefold()) is None:
            continue  # not a direction: already reported where it was read
        first, last = min(scale.breakpoints, key=lambda p: p.x), max(scale.breakpoints, key=lambda p: p.x)
        way = "rises" if implied is Direction.HIGHER_BETTER else "falls"
        b.p.add(cell.where, f"{quoted(b.text(cell))} contradicts the breakpoints of {quoted(spec.name)}: its value"
                f" function {way} from {number_text(first.value)} at {number_text(first.x)} to"
                f" {number_text(last.value)} at {number_text(last.x)}, so {implied.label}; write"
                f" {quoted(implied.label)} here, or leave the cell empty")


def _blank_weights(specs: list[_Crit]) -> list[Phrase]:
    """A note for each empty Weight cell beside criteria that have weights (QA h26c: an emptied cell
    of an exported workbook made a 40-point criterion a 1-point one without a word)."""
    weighted = {s.parent for s in specs if not s.row["weight"].blank}
    return [Phrase("{cell}: {criterion} has no weight, so it was given 1 point, while the criteria beside it "
                   "have weights; check its weight in the Weights panel.", cell=s.row["weight"].where,
                   criterion=quoted(s.name))
            for s in specs if s.model is not None and s.row["weight"].blank and s.parent in weighted]


def build_decision(tables: Tables) -> Decision:
    """Check every cell of ``tables`` and build the decision.

    Raises
    ------
    InvalidInputError
        Listing every problem with its sheet, row and column (``problems``); the
        message gives the count and the first one.
    """
    b = _Builder(tables)
    b.p.items.extend(tables.problems)
    info = b.info()
    options = b.options()
    specs = b.criteria()
    scores = read_scores(b, options, specs)
    _settle_directions(b, specs)
    tables.notes += _blank_weights(specs)
    b.p.items.sort(key=problem_order(tuple(SHEET_COLUMNS)))  # in file order: sheet, row, column (QA pass 22)
    b.p.raise_if_any(tables.source)
    title = info.get("title") or " ".join(tables.title.split())[:200] or "Imported decision"
    data = {"id": info.get("id") or new_id("decision"), "title": title,
            "description": info.get("description", ""), "notice": info.get("notice", ""),
            "options": options, "criteria": [s.model for s in specs], "scores": scores}
    if info.get("marking") and "marking" in Decision.model_fields:
        data["marking"] = info["marking"]
    try:
        return Decision.model_validate(data)
    except ValidationError as exc:
        error = from_validation_error(exc, what="The imported decision is not consistent")
        error.where = tables.source
        raise error from None


__all__ = ["Tables", "build_decision"]
