"""Spreadsheet import from CSV: the long format, plain score tables, separators, decimal commas, fuzzing.

Apart from the workbook tests (test_spreadsheet_import.py) because a CSV file has no sheets
or template: it is read as text, guessing the separator, the decimal mark and, for a plain
table, the scales, and saying what it assumed. The fuzz tests hold any text to a decision
or a clear InvalidInputError.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterweight.domain import Criterion, Decision, Level, NumericScale, Option, QualitativeScale, Score
from counterweight.domain.errors import InvalidInputError
from counterweight.engine import evaluate
from counterweight.locations import example_decision_path
from counterweight.reports import csv_export
from counterweight.services import exchange
from counterweight.services.spreadsheet import read_csv, read_csv_text
from tests.factories import small_decision


def test_long_csv_round_trip_keeps_the_ranking(tmp_path: Path) -> None:
    decision = small_decision()
    back = read_csv(csv_export.write_csv(decision, tmp_path / "long.csv", layout="long"))
    # flat criteria weighted by their global weight: the same totals
    assert list(evaluate(back).totals) == pytest.approx(list(evaluate(decision).totals))
    assert [o.name for o in back.options] == ["Alpha", "Bravo", "Charlie"]
    effect = next(c for c in back.criteria if c.name == "Effect")
    alpha = back.options[0]
    s = back.score(alpha.id, effect.id)
    assert (s.value, s.low, s.high, s.rationale) == (2, 1, 3, "weak")


def test_long_csv_round_trip_keeps_level_names_with_semicolons_and_quotes(tmp_path: Path) -> None:
    # The levels column separates pairs with ';', so such a name is written in double quotes.
    # "=Bad" first: the export guards the cell against formula injection with an apostrophe.
    labels = ["=Bad", "Severe; irreversible", '"Quoted" level', "Minor"]
    scale = QualitativeScale(levels=[Level(label=label, value=v) for label, v in zip(labels, (0, 20, 40, 100))])
    decision = Decision(
        id="sl", title="Semicolon level", options=[Option(id=f"o{i}", name=f"Option {i}") for i in range(4)],
        criteria=[Criterion(id="harm", name="Harm", scale=scale)],
        scores=[Score(option_id=f"o{i}", criterion_id="harm", level=label) for i, label in enumerate(labels)])
    path = csv_export.write_csv(decision, tmp_path / "levels.csv", layout="long")
    levels_cell = next(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))["levels"]
    assert levels_cell == '\'=Bad=0; "Severe; irreversible"=20; """Quoted"" level"=40; Minor=100'
    back = read_csv(path)
    assert [(lv.label, lv.value) for lv in back.criteria[0].scale.levels] == list(zip(labels, (0, 20, 40, 100)))
    assert [s.level for s in back.scores] == labels


def test_csv_levels_accept_a_decimal_comma_with_semicolons() -> None:
    d = read_csv_text('option;criterion;score;levels\nA;Risk;High;"Low=0; High=30,5"\nB;Risk;Low;\n')
    assert [(lv.label, lv.value) for lv in d.criteria[0].scale.levels] == [("Low", 0), ("High", 30.5)]
    with pytest.raises(InvalidInputError) as info:  # with ',' as separator a comma is never a decimal point
        read_csv_text('option,criterion,score,levels\nA,Risk,High,"Low=0; High=30,5"\n')
    assert info.value.problems[0] == ("row 2, column D (levels): '30,5' is not a number (use a dot as the decimal"
                                      " point, and no thousands separator)")


def test_csv_errors_name_row_and_column() -> None:
    text = ("option,criterion,score,low,high,lower,upper\n"
            "A,Cost,5,,,0,10\n"
            "B,Cost,abc,,,,\n"
            "B,Cost,4,,,,\n")
    with pytest.raises(InvalidInputError) as info:
        read_csv_text(text)
    assert info.value.problems == [  # in file order (QA pass 22)
        "row 3, column C (score; B × Cost): 'abc' is not a number; type a number from 0 to 10, or leave the cell"
        " empty for a missing score",
        "row 4, column A (option): 'B' is scored on 'Cost' twice (also row 3, column A (option))",
    ]


@pytest.mark.parametrize("separator", [",", ";"])
def test_the_exported_score_matrix_reads_as_a_plain_table_and_says_what_it_assumed(separator: str) -> None:
    # QA round 10 refused the matrix layout that 'export' writes for reading; QA pass 22 (item 5): an
    # analyst's own table has the same shape, so it is now read as a plain score table, with notes on
    # what it cannot carry (directions, scales, weights). Resaved by a spreadsheet set to a decimal
    # comma, the same file comes back separated by semicolons.
    decision = exchange.read_file(example_decision_path())
    text = csv_export.matrix_csv(decision).replace(",", separator)
    notes: list[str] = []
    back = read_csv_text(text, source="matrix.csv", notes=notes)
    assert [o.name for o in back.options] == [o.name for o in decision.options]
    assert len(back.criteria) == len(decision.leaves) and len(back.scores) == len(decision.scores)
    assert notes[0].startswith("The file was read as a plain score table")
    assert any("same weight" in n for n in notes)
    # The long layout, whose first column is also the option, still reads.
    assert read_csv_text(csv_export.scores_csv(decision)).options


def test_a_header_of_unknown_columns_is_read_as_a_plain_table() -> None:
    # Before QA pass 22 this was refused ('is not a column'); with no criterion or score column it is a
    # plain score table now, and its only score gives the criterion a scale from 0 (said in the notes).
    notes: list[str] = []
    d = read_csv_text("Name,Cost\nA,1\n", notes=notes)
    assert [o.name for o in d.options] == ["A"] and d.criteria[0].scale == NumericScale(lower=0, upper=1)
    assert any("Every score of 'Cost' is 1, so its scale was set to run from 0 to 1" in n for n in notes)


def test_csv_with_semicolons_decimal_commas_levels_and_escapes() -> None:
    text = ("\ufeffoption;criterion;score;lower;upper;levels;rationale\n"
            "'=Plan A;Cost;2,5;0;10;;cheap\n"
            "Plan B;Cost;7;;;;\n"
            "'=Plan A;Risk;low;;;Low=100; High=0;\n")
    # the levels cell holds a ';' so it must be quoted in a semicolon file
    text = text.replace("Low=100; High=0", '"Low=100; High=0"')
    d = read_csv_text(text)
    assert [o.name for o in d.options] == ["=Plan A", "Plan B"]
    cost, risk = d.criteria
    assert d.score(d.options[0].id, cost.id).value == 2.5
    assert isinstance(risk.scale, QualitativeScale) and [lv.label for lv in risk.scale.levels] == ["Low", "High"]
    assert d.score(d.options[0].id, risk.id).level == "Low"


def test_semicolon_csv_refuses_a_comma_that_may_separate_thousands() -> None:
    """With decimal commas, "1,500" was read as 1.5, though a spreadsheet set to English shows fifteen
    hundred that way; "2,5" and "1,5000" stay decimal commas."""
    text = "option;criterion;score;lower;upper\nA;Homes;1,500;0;5000\nB;Homes;2,5;0;5000\nC;Homes;1,234,567;0;5000\n"
    with pytest.raises(InvalidInputError) as info:
        read_csv_text(text)
    assert info.value.problems == [
        "row 2, column C (score; A × Homes): '1,500' is ambiguous: a comma followed by three digits may separate "
        "thousands or mark decimals; write 1500 or 1.500",
        "row 4, column C (score; C × Homes): '1,234,567' is ambiguous: its commas may separate thousands or mark "
        "decimals; write 1234567, without commas"]
    d = read_csv_text("option;criterion;score;lower;upper\nA;Homes;2,5;0;10\nB;Homes;1,5000;0;10\n")
    assert [d.score(o.id, d.criteria[0].id).value for o in d.options] == [2.5, 1.5]


def test_csv_without_bounds_takes_them_from_the_data_or_asks() -> None:
    d = read_csv_text("option,criterion,score\nA,Reach,3\nB,Reach,8\n")
    assert (d.criteria[0].scale.lower, d.criteria[0].scale.upper) == (3, 8)
    with pytest.raises(InvalidInputError) as info:
        read_csv_text("option,criterion,score\nA,Reach,3\n")
    assert info.value.problems == ["row 2: give the scale of 'Reach' in the lower and upper columns:"
                                   " its scores are all the same number"]


def test_csv_without_bounds_names_the_scores_that_are_not_numbers() -> None:
    # No bounds and no readable score: the cells to fix are the scores, not (only) the bounds.
    with pytest.raises(InvalidInputError) as info:
        read_csv_text('option,criterion,score,low\nA,Cost,"2,5",\nB,Cost,nan,inf\n')
    assert info.value.problems == [
        "row 2, column C (score; A × Cost): '2,5' is not a number (use a dot as the decimal point, and no thousands"
        " separator)",
        "row 3, column C (score; B × Cost): 'nan' is not a number; type a number, or leave the cell empty for a"
        " missing score",
        "row 3, column D (low; B × Cost): 'inf' is not a number; type a number, or leave the cell empty for no range",
    ]
    # With no score at all, the bounds are what is missing.
    with pytest.raises(InvalidInputError) as info:
        read_csv_text("option,criterion,score,rationale\nA,Cost,,why\n")
    assert info.value.problems == ["row 2: 'Cost' is scored with numbers, so it needs its lower bound",
                                   "row 2: 'Cost' is scored with numbers, so it needs its upper bound"]


def test_csv_conflicting_criterion_description() -> None:
    with pytest.raises(InvalidInputError) as info:
        read_csv_text("option,criterion,score,lower,upper\nA,Cost,3,0,10\nB,Cost,4,0,20\n")
    assert info.value.problems == ["row 3, column E (upper): '20' differs from '10' given for 'Cost' at"
                                   " row 2, column E (upper); describe a criterion the same way on every row"]


def test_csv_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("option,criterion,score\nCaf\xe9,Cost,3\n".encode("latin-1"))
    with pytest.raises(InvalidInputError) as info:
        read_csv(path)
    assert "UTF-8" in info.value.message


_CELL = st.one_of(st.text(max_size=12), st.sampled_from(["", "1", "2.5", "-3", "1e400", "nan", "Low", "=1+1",
                                                         "'=x", "a=1; b=2", '"', "\t", "\r\n"]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_fuzz_any_text_gives_a_decision_or_invalid_input(text: str) -> None:
    try:
        read_csv_text(text)
    except InvalidInputError:
        pass


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_CELL, min_size=0, max_size=13), min_size=0, max_size=6),
       st.sampled_from([",", ";", "\t"]))
def test_fuzz_structured_rows_give_a_decision_or_invalid_input(rows: list[list[str]], sep: str) -> None:
    header = sep.join(["option", "criterion", "score", "low", "high", "rationale", "weight", "unit", "direction",
                       "lower", "upper", "levels"])
    text = "\n".join([header, *(sep.join(r) for r in rows)])
    try:
        decision = read_csv_text(text)
    except InvalidInputError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
    else:
        assert isinstance(decision, Decision)
