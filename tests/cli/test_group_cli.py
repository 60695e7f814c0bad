"""``counterweight group``: group ranking, each analyst's top option, the disagreements that matter."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from counterweight.domain.analysts import Analyst, AnalystInput
from counterweight.services import exchange
from counterweight.services.session import ProjectSession

from tests.cli.conftest import Result
from tests.factories import small_decision


def _split_decision():
    # Hawk weights benefits 9 : 1, Dove keeps the shared 1 : 1. Hand-computed in
    # tests/services/test_group.py: the group (mean shares .3/.7) ranks Bravo first,
    # Dove's inputs give Alpha, and Dove's risks weight moves the top back to Alpha.
    d = small_decision()
    data = {k: getattr(d, k) for k in type(d).model_fields}
    data.update(analysts=[Analyst(id="hawk", name="Hawk"), Analyst(id="dove", name="Dove")],
                analyst_inputs=[AnalystInput(analyst_id="hawk", weights={"benefits": 9})])
    return type(d)(**data)


def test_json_reports_the_group_and_the_movers(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "p.counterweight"
    with ProjectSession.create(path, _split_decision()):
        pass
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    res = cli("group", path, "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert out["group_top"] == "b"
    assert out["group_ranking"][0] == "b"
    assert {a["name"]: a["top"] for a in out["analysts"]} == {"Hawk": "b", "Dove": "a"}
    assert out["top_changes_under_some_analyst"] is True
    assert any(m["kind"] == "weight" and m["analyst"] == "Dove" and m["new_top"] == "a"
               for m in out["ranking_movers"])
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # only read


def test_text_output_and_json_file(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    exchange.write_file(path, _split_decision())
    res = cli("group", path)
    assert res.code == 0, res.err
    assert "Group ranking" in res.out and "Hawk" in res.out and "Dove" in res.out
    assert "Yes: the top option changes" in res.out
    assert "weight of Risks" in res.out


def test_no_analysts_and_a_missing_file(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    exchange.write_file(path, small_decision())
    res = cli("group", path, "--json")
    assert res.code == 0
    assert res.json()["ranking_movers"] == [] and res.json()["group_top"] == "a"
    res = cli("group", tmp_path / "missing.counterweight")
    assert res.code == 2 and "missing.counterweight" in res.err
