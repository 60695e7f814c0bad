"""The recommendation and the decision taken (Decision.conclusion): validation and empty values."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from counterweight.domain import Decision
from counterweight.domain.conclusion import Conclusion, conclusion_dict
from tests.factories import small_decision


def _with(**fields: object) -> Decision:
    return Decision.model_validate({**small_decision().model_dump(), "conclusion": fields})


def test_a_conclusion_naming_options_of_the_decision_is_kept() -> None:
    d = _with(recommended_option_id="c", recommendation="Cheaper to run", recommended_by="Policy team",
              decided_option_id="b", decided_by="Minister", decided_on="2026-03-05", decision_note="Cabinet view")
    c = d.conclusion
    assert c is not None
    assert (c.recommended_option_id, c.decided_option_id, c.decided_on) == ("c", "b", dt.date(2026, 3, 5))
    assert c.option_ids() == ("c", "b")


@pytest.mark.parametrize(("field", "words"), [("recommended_option_id", "recommended option"),
                                              ("decided_option_id", "decided option")])
def test_an_option_the_decision_lacks_is_an_error_naming_the_field(field: str, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        _with(**{field: "zulu"})
    text = str(info.value)
    assert words in text and "'zulu'" in text and "not an option" in text


def test_an_empty_conclusion_is_kept_as_none() -> None:
    assert _with().conclusion is None
    assert small_decision().model_copy(update={}).conclusion is None
    assert "conclusion" not in small_decision().model_dump(exclude_none=True)


def test_names_are_one_field_of_at_most_200_characters() -> None:
    with pytest.raises(ValidationError):
        Conclusion(decided_by="x" * 201)
    assert Conclusion(decided_by="  Minister  ").decided_by == "Minister"


def test_without_option_clears_only_that_option_and_keeps_the_words() -> None:
    c = Conclusion(recommended_option_id="a", recommendation="Best value", decided_option_id="b")
    assert c.without_option("a") == Conclusion(recommendation="Best value", decided_option_id="b")
    assert c.without_option("zulu") is c
    assert Conclusion(decided_option_id="b").without_option("b") is None  # nothing left: none


def test_conclusion_dict_names_the_options() -> None:
    d = _with(recommended_option_id="c", decided_on="2026-03-05")
    out = conclusion_dict(d)
    assert out is not None
    assert out["recommended_option"] == "Charlie" and out["decided_option"] is None
    assert out["decided_on"] == "2026-03-05"
    assert conclusion_dict(small_decision()) is None
