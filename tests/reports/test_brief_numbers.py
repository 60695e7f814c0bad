"""QA 22 item 2: the brief writes scores, ranges and red-line limits as the window does, never
in powers of ten nor cut to four significant figures ("4.2e+04", 12345 as "1.234e+04").

The window's rule (:func:`counterweight.domain.shown_numbers.plain_number`, used by the
score matrix's ``format_number``) writes whole numbers in full and others to six
significant figures, but never fewer than every digit before the decimal point; the
brief adds commas between thousands.
"""

from __future__ import annotations

import re

import pytest

from counterweight.domain import Criterion, Decision, Direction, NumericScale, Option, RedLine, RedLineAction, Score
from counterweight.domain.shown_numbers import plain_number
from counterweight.reports.brief_annex import annex_section, red_lines_section
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import scorecard_section
from counterweight.reports.html_parts import number

#: value -> (the window's text, the brief's text)
CASES = {
    0.001: ("0.001", "0.001"),
    0.5: ("0.5", "0.5"),
    12.5: ("12.5", "12.5"),
    9500: ("9500", "9,500"),
    12345: ("12345", "12,345"),
    42000: ("42000", "42,000"),
    999999: ("999999", "999,999"),
    1234567: ("1234567", "1,234,567"),
    -12345: ("-12345", "-12,345"),
    -0.5: ("-0.5", "-0.5"),
    -1234567.5: ("-1234567.5", "-1,234,567.5"),
    123456.78: ("123456.8", "123,456.8"),
    1 / 3: ("0.333333", "0.333333"),
}


@pytest.mark.parametrize(("value", "window", "brief"), [(v, w, b) for v, (w, b) in CASES.items()])
def test_the_window_and_the_brief_write_the_same_digits(value: float, window: str, brief: str) -> None:
    assert plain_number(value) == window
    assert number(value) == brief
    assert number(value).replace(",", "") == plain_number(value)


def test_the_score_matrix_uses_the_same_rule() -> None:
    pytest.importorskip("PySide6")
    from counterweight.ui.models.score_text import format_number

    for value, (window, _) in CASES.items():
        assert format_number(value) == window


def test_no_number_is_cut_or_written_with_a_power_of_ten() -> None:
    for value in (10_000, 12_345, 42_000, 99_999.5, 999_999, 1_234_567, 987_654_321, 1e15, -1e15):
        text = number(value)
        assert "e" not in text
        assert float(text.replace(",", "")) == pytest.approx(value, abs=0.05)
    assert number(float("nan")) == "—" and plain_number(float("inf")) == "—"
    assert plain_number(-0.0) == "0"


def _decision() -> Decision:
    crit = [Criterion(id="people", name="People protected", unit="people", weight=1,
                      scale=NumericScale(lower=-2_000_000, upper=2_000_000)),
            Criterion(id="cost", name="Cost", unit="GBP", weight=1, direction=Direction.LOWER_BETTER,
                      scale=NumericScale(lower=0, upper=10))]
    values = [v for v in CASES if v != 1 / 3]
    opts = [Option(id=f"o{k}", name=f"Option {k}") for k in range(len(values))]
    scores = [Score(option_id=f"o{k}", criterion_id="people", value=v, rationale="r") for k, v in enumerate(values)]
    scores += [Score(option_id=o.id, criterion_id="cost", value=5) for o in opts]
    scores[values.index(42000)] = Score(option_id=f"o{values.index(42000)}", criterion_id="people", value=42000,
                                        low=40000, high=1234567, rationale="r")  # Annex A lists it
    red = [RedLine(id="floor", criterion_id="people", limit=12345, action=RedLineAction.FLAG)]
    return Decision(id="numbers", title="Numbers", options=opts, criteria=crit, scores=scores, red_lines=red)


def _cells(markup: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", markup, re.S)]


def test_the_brief_scorecard_annex_and_red_lines_print_every_digit() -> None:
    brief = build_brief(_decision())
    card = _cells(scorecard_section(brief, lambda v: "#ffffff"))
    annex = annex_section(brief)
    for value, (_, text) in CASES.items():
        if value in (1 / 3, 42000):
            continue
        assert text in card, (value, text)
        assert f"People protected</b>: {text} people." in annex, (value, text)
    assert "42,000 (40,000–1,234,567)" in card
    assert "42,000 people (range 40,000 to 1,234,567)" in annex
    lines = red_lines_section(brief)
    assert "at least 12,345 people" in lines
    assert "scores -1234567.5 people on" in lines and "red line of 12345 people" in lines  # the engine's words
    for markup in (" ".join(card), annex, lines):
        assert not re.search(r"\d[.,]?\d*e[+-]\d", markup)
