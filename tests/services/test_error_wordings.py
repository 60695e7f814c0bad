"""Two wordings QA found in error messages (h28i).

- A value just past a scale's end was rounded in its own message: 10.0000001 on a 1 to 10 scale
  read "the value 10 is outside the scale 1 to 10", which contradicts itself. The value is now
  written with every digit it was given (:func:`counterweight.domain.shown_numbers.exact_number`),
  in the domain's check, the spreadsheet import and (tests/ui/test_error_calls.py) the score panel.
- A bad JSON file read "bad.json: is not valid JSON: ...": a label and a predicate without a
  subject, joined by a colon. A problem about the file itself is now one sentence with the file
  as its subject; any other problem still follows the label and a colon.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain import NumericScale, Score
from counterweight.domain.elements import check_score_against_scale
from counterweight.domain.errors import ExchangeFormatError, InvalidInputError
from counterweight.domain.shown_numbers import exact_number
from counterweight.services import exchange
from counterweight.services.json_files import format_error
from counterweight.services.spreadsheet import read_csv_text

ONE_TO_TEN = NumericScale(lower=1, upper=10)


# ------------------------------------------------------------------ a value just past the scale


@pytest.mark.parametrize("x, text", [(10.0000001, "10.0000001"), (0.9999999, "0.9999999"), (10.0, "10"),
                                     (-0.0, "0"), (42000.0, "42000"), (1234567.25, "1234567.25"),
                                     (0.1 + 0.2, "0.30000000000000004"), (1e20, "1e+20"), (2.5e-07, "2.5e-07")])
def test_exact_number_writes_every_digit_and_reads_back(x: float, text: str) -> None:
    assert exact_number(x) == text
    assert float(text) == x


def test_the_domain_names_the_value_as_typed_not_rounded_to_the_bound() -> None:
    above = check_score_against_scale(Score(option_id="a", criterion_id="c", value=10.0000001), ONE_TO_TEN)
    assert above == "the value 10.0000001 is outside the scale 1 to 10"
    low = check_score_against_scale(Score(option_id="a", criterion_id="c", value=5, low=0.9999999), ONE_TO_TEN)
    assert low == "the low end 0.9999999 is outside the scale 1 to 10"
    high = check_score_against_scale(Score(option_id="a", criterion_id="c", value=5, high=10.000001), ONE_TO_TEN)
    assert high == "the high end 10.000001 is outside the scale 1 to 10"
    # bounds with more digits than :g wrote (1.23457e+06) read in full too
    big = NumericScale(lower=0, upper=1234567)
    assert check_score_against_scale(Score(option_id="a", criterion_id="c", value=1234567.5), big) == \
        "the value 1234567.5 is outside the scale 0 to 1234567"


def test_the_spreadsheet_import_names_the_value_as_typed() -> None:
    with pytest.raises(InvalidInputError) as info:
        read_csv_text("option,criterion,score,lower,upper\nA,Cost,10.0000001,1,10\nB,Cost,5,1,10\n")
    assert any(p.endswith("the score 10.0000001 is outside the scale of 'Cost' (1 to 10)")
               for p in info.value.problems), info.value.problems


# ------------------------------------------------------------------ a bad JSON file


def test_a_file_that_is_not_json_is_named_as_the_subject_of_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("", encoding="utf-8")
    with pytest.raises(ExchangeFormatError) as info:
        exchange.read_file(bad)
    assert info.value.message == "“bad.json” is not valid JSON: expecting value at line 1, column 1."


def test_each_json_problem_reads_as_a_sentence(tmp_path: Path) -> None:
    def message(text: str, name: str = "plan.json") -> str:
        with pytest.raises(ExchangeFormatError) as info:
            exchange.loads_envelope(text, source=name)
        return info.value.message

    assert message('{"a": 1, "a": 2}') == "“plan.json” holds the key 'a' twice in the same object."
    assert message("[" * 100_000) == "“plan.json” is nested too deeply to be a decision file."
    assert message('{"a": ' + "1" * 5000 + "}") == \
        "“plan.json” holds a number too long to be read (more than 4,300 digits)."
    # text with no file: the caller's description is the subject, without quotes
    assert message("{", "") == \
        "The decision data is not valid JSON: expecting property name enclosed in double quotes at line 1, column 2."
    latin = tmp_path / "latin1.json"
    latin.write_bytes('{"title": "Caf\u00e9"}'.encode("latin-1"))
    with pytest.raises(ExchangeFormatError) as info:
        exchange.read_file(latin)
    assert info.value.message == "“latin1.json” is not UTF-8 text (bad byte at position 14)."


def test_a_problem_with_its_own_subject_still_follows_the_label_and_a_colon() -> None:
    assert format_error("plan.json", "the file has no \"decision\" section").message == \
        "plan.json: the file has no \"decision\" section"
    newer = format_error("plan.json", "was written by a newer version of Counterweight (file format 9; this "
                                      "version reads up to 8). Update Counterweight to open it.").message
    assert newer.startswith("“plan.json” was written by a newer version") and newer.endswith("open it.")
    assert not newer.endswith("..")
