"""A bad value in a hand-edited decision JSON or packet is named by what it is about (QA h26c).

"score 1 › value: must be a number" left the user counting scores in a long file; the
message now says which option and criterion (or which criterion, or option) it belongs to.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counterweight.domain import ExchangeFormatError
from counterweight.services import exchange
from counterweight.services.packet_format import loads_packet, packet_text, response_digest
from tests.factories import small_decision


def _label(d, option_id: str, criterion_id: str) -> str:  # noqa: ANN001
    return f"{d.option(option_id).name} × {d.criterion(criterion_id).name}"


def test_a_bad_score_in_decision_json_names_its_option_and_criterion() -> None:
    decision = small_decision()
    data = json.loads(exchange.dumps(decision))
    data["decision"]["scores"][1]["value"] = "abc"
    with pytest.raises(ExchangeFormatError) as caught:
        exchange.loads(json.dumps(data), source="d.json")
    s = decision.scores[1]
    assert caught.value.message.startswith(f"d.json: score 2 ({_label(decision, *s.key)}) › value: must be a number")


def test_a_bad_criterion_weight_names_the_criterion() -> None:
    decision = small_decision()
    data = json.loads(exchange.dumps(decision))
    data["decision"]["criteria"][0]["weight"] = -3
    with pytest.raises(ExchangeFormatError) as caught:
        exchange.loads(json.dumps(data), source="d.json")
    assert f"criterion 1 ({decision.criteria[0].name}) › weight: must not be negative" in caught.value.message


def test_a_resealed_packet_with_a_bad_score_names_its_option_and_criterion() -> None:
    from counterweight.services.packet_format import Packet  # noqa: F401  (the format under test)

    decision = small_decision()
    s = next(x for x in decision.scores if x.value is not None)
    body = json.loads(exchange.dumps(decision))["decision"]
    request = {"packet_id": "0" * 32, "issued_at": "2026-01-01T00:00:00Z", "issued_by": "me", "app_version": "1",
               "project": {"decision_id": decision.id, "title": decision.title},
               "analyst": {"id": "kim", "name": "Kim"}, "instructions": "",
               "base": {"analyst_id": "kim"}, "decision": body}
    response = {"answered_at": "2026-01-02T00:00:00Z", "answered_by": "kim", "app_version": "1", "note": "",
                "input": {"analyst_id": "kim", "scores": [{"option_id": s.option_id, "criterion_id": s.criterion_id,
                                                           "value": "3,5"}]}}
    data = json.loads(packet_text(request, response))
    data["response_hash"] = response_digest(data["request_hash"], data["response"])
    with pytest.raises(ExchangeFormatError) as caught:
        loads_packet(json.dumps(data), source="kim.cwpacket")
    assert f"score 1 ({_label(decision, *s.key)}) › value: must be a number" in caught.value.message


def test_an_unknown_id_is_shown_as_it_is(tmp_path: Path) -> None:
    decision = small_decision()
    data = json.loads(exchange.dumps(decision))
    data["decision"]["scores"][0].update(option_id="nope", value="x")
    with pytest.raises(ExchangeFormatError) as caught:
        exchange.loads(json.dumps(data), source="d.json")
    assert f"score 1 (nope × {decision.criterion(decision.scores[0].criterion_id).name}) › value" in (
        caught.value.message)


def test_an_analysts_score_is_numbered_as_in_the_file() -> None:
    """An analyst's scores are sorted by id when validated; the place is still the file's."""
    from pydantic import ValidationError

    from counterweight.domain.analysts import AnalystInput
    from counterweight.domain.errors import from_validation_error

    data = {"analyst_id": "kim", "scores": [{"option_id": "zeta", "criterion_id": "cost", "value": 1},
                                            {"option_id": "alpha", "criterion_id": "cost", "value": "x"}]}
    with pytest.raises(ValidationError) as caught:
        AnalystInput.model_validate(data)
    error = from_validation_error(caught.value, data=data)
    assert error.message == "score 2 (alpha × cost) › value: must be a number"


def test_an_analysts_bad_score_is_named_by_its_place_in_the_file_even_without_its_analyst_id() -> None:
    """Review of h26c: the error numbering followed a copy of the validators' sorting that read an analyst's
    input by its ``analyst_id``; without one, the message named the wrong score. It now uses their own order."""
    from pydantic import ValidationError

    from counterweight.domain import Decision
    from counterweight.domain.errors import from_validation_error

    decision = small_decision()
    data = decision.model_dump(mode="json")
    first, second = sorted({o.id for o in decision.options}, reverse=True)[:2]  # written out of id order
    crit = decision.leaf_ids()[0] if hasattr(decision, "leaf_ids") else decision.criteria[-1].id
    data["analysts"] = [{"id": "ben", "name": "Ben"}]
    data["analyst_inputs"] = [{"scores": [{"option_id": first, "criterion_id": crit, "value": 3},
                                          {"option_id": second, "criterion_id": crit, "value": "x"}]}]
    with pytest.raises(ValidationError) as caught:
        Decision.model_validate(data)
    said = from_validation_error(caught.value, data=data).problems
    assert any(f"score 2 ({_label(decision, second, crit)}) › value" in p for p in said), said
