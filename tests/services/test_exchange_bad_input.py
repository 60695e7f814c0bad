"""Tests for the JSON exchange format (counterweight.services.exchange): files it must refuse.

Each broken file is refused with an error naming the file and, where there is one, the field,
line and column at fault.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counterweight.domain import (
    ExchangeFormatError,
)
from counterweight.services import exchange
from tests.services.exchange_samples import format_error, good_data


def test_good_fixture_loads() -> None:
    assert exchange.loads(json.dumps(good_data())).id == "good"


def test_invalid_json_gives_line_and_column() -> None:
    text = '{\n  "format": "counterweight-decision",\n  "format_version": 1,\n}\n'
    # The trailing comma on line 3 makes the parser fail at the "}" on line 4, column 1.
    err = format_error(text)
    assert "not valid JSON" in err.message
    assert "line 4, column 1" in err.message


def test_wrong_format_is_named() -> None:
    data = good_data()
    data["format"] = "something-else"
    assert "not a Counterweight decision file" in format_error(data).message
    assert "not a Counterweight decision file" in format_error([1, 2, 3]).message
    del data["format"]
    assert "not a Counterweight decision file" in format_error(data).message


@pytest.mark.parametrize("version", [exchange.FORMAT_VERSION + 1, exchange.FORMAT_VERSION + 2, 99])
def test_newer_version_is_refused(version: int) -> None:
    data = good_data()
    data["format_version"] = version
    msg = format_error(data).message
    assert "written by a newer version" in msg
    assert f"file format {version}" in msg


def test_non_integer_version_is_refused() -> None:
    data = good_data()
    data["format_version"] = "1"
    assert "format_version" in format_error(data).message


def test_unknown_field_is_located() -> None:
    data = good_data()
    data["decision"]["options"][1]["colour"] = "red"
    msg = format_error(data).message
    assert "option 2 (Option 2) › colour" in msg  # the place names the option (QA h26c)
    assert "not a field" in msg


def test_unknown_envelope_field_is_named() -> None:
    data = good_data()
    data["author"] = "someone"
    assert "author" in format_error(data).message


def test_empty_name_is_located() -> None:
    data = good_data()
    data["decision"]["options"][2]["name"] = "   "
    assert "option 3 › name: must not be empty" in format_error(data).message


def test_non_numeric_value_is_located() -> None:
    data = good_data()
    data["decision"]["scores"][0]["value"] = "high"
    msg = format_error(data).message
    assert "score 1 (Option 1 × Cost) › value" in msg
    assert "must be a number" in msg


def test_out_of_scale_value() -> None:
    data = good_data()
    data["decision"]["scores"][0]["value"] = 12
    msg = format_error(data).message
    assert "Option 1" in msg and "Cost" in msg
    assert "outside the scale 0 to 10" in msg


def test_unknown_level() -> None:
    data = good_data()
    data["decision"]["scores"][1]["level"] = "Medium"
    assert "'Medium' is not one of the levels" in format_error(data).message


def test_duplicate_ids() -> None:
    data = good_data()
    data["decision"]["options"][2]["id"] = "o1"
    assert "'o1' is used twice" in format_error(data).message


def test_duplicate_json_key() -> None:
    text = json.dumps(good_data()).replace('"title": "Good"', '"title": "Good", "title": "Other"')
    assert "holds the key 'title' twice" in format_error(text).message


def test_missing_decision_section() -> None:
    data = good_data()
    del data["decision"]
    assert "no \"decision\" section" in format_error(data).message


def test_not_a_number_is_refused() -> None:
    text = json.dumps(good_data()).replace('"value": 3.0', '"value": NaN')
    assert "score 1 (Option 1 × Cost) › value" in format_error(text).message


def test_a_pattern_is_explained_in_words_not_as_a_regular_expression() -> None:
    data = good_data()
    data["decision"]["marking"] = "SECRET\nNOFORN"
    data["decision"]["options"][0]["id"] = "my option"
    err = format_error(data)
    assert err.problems == [
        "marking: must be one line, without line breaks, tabs or other control characters",
        "option 1 (Option 1) › id: must be an ID of letters, digits, - _ . only (at most 64, starting with a letter or digit)",
    ]


def test_an_integer_too_long_to_read_is_a_clear_error() -> None:
    # Python refuses to turn more than 4,300 digits into an int (ValueError, not a JSON syntax error).
    text = json.dumps(good_data()).replace('"format_version": 3', '"format_version": ' + "9" * 5000)
    err = format_error(text)
    assert err.message == "“bad.json” holds a number too long to be read (more than 4,300 digits)."


def test_several_problems_are_all_kept() -> None:
    data = good_data()
    data["decision"]["options"][0]["name"] = ""
    data["decision"]["options"][1]["name"] = ""
    err = format_error(data)
    assert len(err.problems) == 2
    assert "and 1 more problem" in err.message


def test_source_defaults_to_a_generic_label() -> None:
    with pytest.raises(ExchangeFormatError, match="^The decision data is not valid JSON"):
        exchange.loads("{")


def test_read_file_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(ExchangeFormatError, match="“missing.json” could not be read"):
        exchange.read_file(tmp_path / "missing.json")
    latin = tmp_path / "latin1.json"
    latin.write_bytes('{"title": "Caf\u00e9"}'.encode("latin-1"))
    with pytest.raises(ExchangeFormatError, match="“latin1.json” is not UTF-8"):
        exchange.read_file(latin)
    broken = tmp_path / "broken.json"
    broken.write_text("{\n  oops\n}", encoding="utf-8")
    with pytest.raises(ExchangeFormatError, match=r"“broken.json” is not valid JSON.*line 2, column 3\.$"):
        exchange.read_file(broken)
    cut = tmp_path / "cut.json"
    cut.write_text('{\n  "title": "half', encoding="utf-8")
    with pytest.raises(ExchangeFormatError) as info:
        exchange.read_file(cut)
    assert "unterminated string starting at line 2, column 12" in str(info.value)  # not "at at line"
