"""A valid decision file to break, and the error reading a broken one: shared by the exchange tests.

The bad-input tests (:mod:`tests.services.test_exchange_bad_input`) and the format-version
tests (:mod:`tests.services.test_exchange_versions`) both start from :func:`good_data` and
check what :func:`format_error` returns.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from counterweight.domain import (
    Criterion,
    Decision,
    ExchangeFormatError,
    InvalidInputError,
    Level,
    NumericScale,
    Option,
    QualitativeScale,
    Score,
)
from counterweight.services import exchange


def good_data() -> dict[str, Any]:
    """A small valid decision file as parsed JSON: three options, a numeric and a rated criterion, two scores."""
    d = Decision(
        id="good",
        title="Good",
        options=[Option(id=f"o{i}", name=f"Option {i}") for i in (1, 2, 3)],
        criteria=[
            Criterion(id="risks", name="Risks"),
            Criterion(id="cost", name="Cost", parent_id="risks", scale=NumericScale(lower=0, upper=10)),
            Criterion(
                id="civ",
                name="Civilian risk",
                parent_id="risks",
                scale=QualitativeScale(levels=[Level(label="Low", value=100), Level(label="High", value=0)]),
            ),
        ],
        scores=[
            Score(option_id="o1", criterion_id="cost", value=3),
            Score(option_id="o2", criterion_id="civ", level="High"),
        ],
    )
    data: dict[str, Any] = json.loads(exchange.dumps(d))
    return data


def format_error(data: Any, source: str = "bad.json") -> ExchangeFormatError:
    """The error reading ``data`` (JSON text, or a value to dump) raises; it must name ``source``."""
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(ExchangeFormatError) as info:
        exchange.loads(text, source=source)
    err = info.value
    assert isinstance(err, InvalidInputError)
    assert source in str(err), "the message must name the file"
    return err
