"""Imports store the direction a rising or falling value function implies (QA pass 23, item 2).

The QA imported /tmp/qa23/bp.csv (Cost with breakpoints 0=100; 5=40; 10=0 and no
direction column): the project kept the default "higher is better" beside a falling
value function, so the stored field contradicted every screen. Now:

* CSV and XLSX: an empty Direction takes the breakpoints' direction; a Direction that
  contradicts them is refused at its cell (row and column named) and nothing is created;
* JSON: opening or importing a file sets the direction of such a criterion to match
  (the field is always written by the model, so it is no sign of what a person meant);
  the exchange reader itself stays lossless;
* exports write the direction that applies, so an older project whose field disagrees
  still round-trips through every format.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from counterweight.domain import (
    AggregationMethod,
    Breakpoint,
    Criterion,
    Decision,
    Direction,
    MethodSettings,
    NumericScale,
    Option,
    Score,
)
from counterweight.domain.errors import InvalidInputError
from counterweight.engine import evaluate
from counterweight.reports import csv_export
from counterweight.reports.xlsx_export import write_xlsx
from counterweight.services import exchange
from counterweight.services.projects import import_json, load_decision
from counterweight.services.spreadsheet import import_spreadsheet, read_csv_text, read_xlsx
from counterweight.storage import ProjectStore

QA_CSV = """option,criterion,score,weight,lower,upper,breakpoints
Cheap,Cost,2,60,0,10,0=100; 5=40; 10=0
Cheap,Benefit,3,40,0,10,
Dear,Cost,8,60,0,10,0=100; 5=40; 10=0
Dear,Benefit,6,40,0,10,
Mid,Cost,5,60,0,10,0=100; 5=40; 10=0
Mid,Benefit,9,40,0,10,
"""
FALLING = NumericScale(lower=0, upper=10, breakpoints=[Breakpoint(x=0, value=100), Breakpoint(x=5, value=40),
                                                       Breakpoint(x=10, value=0)])


def _with_direction(words: tuple[str, str]) -> str:
    """The QA's file with a direction column: ``words`` for Cost and for Benefit."""
    lines = QA_CSV.strip().splitlines()
    out = [lines[0] + ",direction"]
    for line in lines[1:]:
        out.append(f"{line},{words[0] if ',Cost,' in line else words[1]}")
    return "\n".join(out) + "\n"


def _stored(decision: Decision) -> dict[str, Direction]:
    return {c.name: c.direction for c in decision.criteria}


def stored_wrong() -> Decision:
    """An older project: the falling Cost function stored with 'higher is better'."""
    crit = [Criterion(id="cost", name="Cost", scale=FALLING, weight=60),
            Criterion(id="benefit", name="Benefit", scale=NumericScale(lower=0, upper=10), weight=40)]
    rows = {"cheap": (2, 3), "dear": (8, 6), "mid": (5, 9)}
    return Decision(id="bp", title="bp", options=[Option(id=k, name=k.title()) for k in rows], criteria=crit,
                    scores=[Score(option_id=o, criterion_id=c, value=v) for o, r in rows.items()
                            for c, v in zip(("cost", "benefit"), r)])


def test_the_qa_file_imports_cost_as_lower_is_better() -> None:
    decision = read_csv_text(QA_CSV)
    assert _stored(decision) == {"Cost": Direction.LOWER_BETTER, "Benefit": Direction.HIGHER_BETTER}
    topsis = decision.model_copy(update={"method": MethodSettings(aggregation=AggregationMethod.TOPSIS)})
    ev = evaluate(topsis)
    assert ev.option_names[ev.option_index(ev.top())] == "Cheap"

    agreeing = read_csv_text(_with_direction(("lower is better", "higher is better")))  # kept as given
    assert _stored(agreeing) == {"Cost": Direction.LOWER_BETTER, "Benefit": Direction.HIGHER_BETTER}


def test_a_csv_direction_that_contradicts_the_breakpoints_is_refused_at_its_cell(tmp_path: Path) -> None:
    source = tmp_path / "bp.csv"
    source.write_text(_with_direction(("higher is better", "")), encoding="utf-8")
    out = tmp_path / "bp.counterweight"
    with pytest.raises(InvalidInputError) as info:
        import_spreadsheet(source, out)
    assert info.value.problems == [
        "row 2, column H (direction): 'higher is better' contradicts the breakpoints of 'Cost': its value function"
        " falls from 100 at 0 to 0 at 10, so lower is better; write 'lower is better' here, or leave the cell empty"]
    assert not out.exists()  # nothing created
    # a function that rises and falls has no direction to contradict: any is taken as given
    peaked = _with_direction(("higher is better", "")).replace("0=100; 5=40; 10=0", "0=0; 5=100; 10=0")
    assert _stored(read_csv_text(peaked))["Cost"] is Direction.HIGHER_BETTER


def _direction_column(ws) -> str:  # type: ignore[no-untyped-def]
    return next(c.column_letter for c in ws[1] if str(c.value).casefold() == "direction")


def test_a_workbook_direction_is_settled_the_same_way(tmp_path: Path) -> None:
    path = write_xlsx(stored_wrong(), tmp_path / "bp.xlsx")
    wb = load_workbook(path)
    ws = wb["Criteria"]
    col = _direction_column(ws)
    row = next(c.row for c in ws["A"] if c.value == "Cost")
    ws[f"{col}{row}"] = None  # no direction given: the breakpoints decide
    wb.save(tmp_path / "blank.xlsx")
    assert _stored(read_xlsx(tmp_path / "blank.xlsx"))["Cost"] is Direction.LOWER_BETTER
    ws[f"{col}{row}"] = "higher is better"
    wb.save(tmp_path / "contra.xlsx")
    with pytest.raises(InvalidInputError) as info:
        read_xlsx(tmp_path / "contra.xlsx")
    assert len(info.value.problems) == 1
    assert info.value.problems[0].startswith(f"Criteria!{col}{row}: 'higher is better' contradicts the breakpoints"
                                             " of 'Cost'")


def test_json_import_sets_the_direction_the_breakpoints_imply(tmp_path: Path) -> None:
    source = tmp_path / "bp.json"
    exchange.write_file(source, stored_wrong())
    assert '"direction": "higher_better"' in source.read_text(encoding="utf-8")  # as an older project wrote it
    assert exchange.read_file(source) == stored_wrong()  # the exchange reader itself stays lossless
    assert _stored(load_decision(source))["Cost"] is Direction.LOWER_BETTER  # opened (CLI, window's import)
    with ProjectStore.open(import_json(source, tmp_path / "bp.counterweight"), read_only=True) as store:
        assert _stored(store.load())["Cost"] is Direction.LOWER_BETTER  # 'counterweight import'


@pytest.mark.parametrize("fmt", ["csv_long", "xlsx", "json"])
def test_an_older_project_round_trips_through_every_format(tmp_path: Path, fmt: str) -> None:
    old = stored_wrong()
    if fmt == "csv_long":
        back = read_csv_text(csv_export.scores_csv(old))
    elif fmt == "xlsx":
        back = read_xlsx(write_xlsx(old, tmp_path / "old.xlsx"))
    else:
        exchange.write_file(tmp_path / "old.json", old)
        back = load_decision(tmp_path / "old.json")
    assert _stored(back) == {"Cost": Direction.LOWER_BETTER, "Benefit": Direction.HIGHER_BETTER}
    assert back.criterion(next(c.id for c in back.criteria if c.name == "Cost")).scale == FALLING
    for method in AggregationMethod:
        a = evaluate(old.model_copy(update={"method": MethodSettings(aggregation=method)}))
        b = evaluate(back.model_copy(update={"method": MethodSettings(aggregation=method)}))
        assert a.totals.tolist() == pytest.approx(b.totals.tolist(), abs=1e-12)
