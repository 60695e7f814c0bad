"""Naming a view: the keywords "shared" and "group" against analysts who carry those words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from counterweight.domain.analysts import Analyst
from counterweight.domain.errors import CounterweightError
from counterweight.services import exchange
from counterweight.services.briefing import GROUP, resolve_view
from tests.reports.test_brief_disputes_shared import flood


def _with_analyst_named(name: str):
    d = flood()
    return d.model_copy(update={"analysts": [*d.analysts, Analyst(id="an9", name=name)]})


@pytest.mark.parametrize("keyword", ["group", "Shared"])
def test_a_keyword_means_the_view_and_the_analyst_prefix_reaches_an_analyst_of_that_name(keyword: str) -> None:
    d = _with_analyst_named(keyword)
    assert resolve_view(d, keyword) == (GROUP if keyword == "group" else None)
    assert resolve_view(d, f"analyst:{keyword}") == "an9"
    assert resolve_view(d, "Analyst: an2") == "an2"  # the prefix works for any analyst, by id or name
    with pytest.raises(CounterweightError, match="no analyst 'group'"):
        resolve_view(flood(), "analyst:group")  # forced: never falls back to the view


@pytest.mark.parametrize("reserved", ["group", "Shared"])
def test_no_analyst_may_have_a_views_id(reserved: str) -> None:
    with pytest.raises(ValidationError, match="kept for the"):
        Analyst(id=reserved, name="Someone")


def test_a_file_with_an_analyst_whose_id_is_a_view_is_refused_naming_the_field(tmp_path: Path) -> None:
    path = tmp_path / "flood.json"
    exchange.write_file(path, flood())
    data = json.loads(path.read_text(encoding="utf-8"))
    found = json.dumps(data).count('"an1"')
    assert found, "the fixture's first analyst is an1"
    path.write_text(json.dumps(data).replace('"an1"', '"group"'), encoding="utf-8")
    with pytest.raises(CounterweightError) as caught:
        exchange.read_file(path)
    text = str(caught.value)
    assert "analyst 1" in text and "kept for the group view" in text
