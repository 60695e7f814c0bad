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
    assert "weights of Risks and Benefits: group 30.0/70.0%, Dove 50.0/50.0%" in res.out  # QA 29: listed once
    assert "weight of Benefits" not in res.out


def test_no_analysts_and_a_missing_file(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    exchange.write_file(path, small_decision())
    res = cli("group", path, "--json")
    assert res.code == 0
    assert res.json()["ranking_movers"] == [] and res.json()["group_top"] == "a"
    res = cli("group", tmp_path / "missing.counterweight")
    assert res.code == 2 and "missing.counterweight" in res.err


def _with_analysts(analysts: list[Analyst], inputs: list[AnalystInput]):
    d = small_decision()
    data = {k: getattr(d, k) for k in type(d).model_fields}
    data.update(analysts=analysts, analyst_inputs=inputs)
    return type(d)(**data)


def test_long_similar_names_stay_distinguishable(cli: Callable[..., Result], tmp_path: Path) -> None:
    """QA: names cut at 32 characters all printed "Dr Maximiliana-Wilhelmina von H…"."""
    stem = "Dr Maximiliana-Wilhelmina von Hohenzollern-Sigmaringen the"
    path = tmp_path / "d.json"
    exchange.write_file(path, _with_analysts([Analyst(id=f"z{i}", name=f"{stem} {i}th") for i in range(1, 13)], []))
    res = cli("group", path)
    assert res.code == 0, res.err
    lines = res.out.splitlines()
    start = lines.index("Top option under each analyst's inputs:")
    table = lines[start + 3:start + 15]  # after the header and its rule
    assert len(table) == 12 and len(set(table)) == 12
    for i in range(1, 13):
        assert sum(f" {i}th " in line for line in table) == 1, i
    assert all(len(line) <= 100 for line in table)


def test_fit_names_cuts_in_the_middle_and_keeps_clashes_whole() -> None:
    from counterweight.cli.group import elide_middle, fit_names

    assert elide_middle("abcdefghij", 5) == "ab…ij"
    assert elide_middle("abcdefghij", 6) == "abc…ij"
    assert elide_middle("short", 40) == "short"
    # the same beginning and end: cut, they would read alike, so both stay whole
    a, b = "Ann " + "x" * 30 + " A " + "y" * 30, "Ann " + "x" * 30 + " B " + "y" * 30
    assert fit_names([a, b, "Cat"], 20) == [a, b, "Cat"]
    assert fit_names(["p" * 30 + "1", "p" * 30 + "2"], 10) == ["ppppp…ppp1", "ppppp…ppp2"]  # 5 + … + 4 = 10


def test_json_keeps_analysts_who_share_a_name_apart(cli: Callable[..., Result], tmp_path: Path) -> None:
    """QA: two analysts called Ann gave one value ({"Ann": 8}) beside a range of 4."""
    path = tmp_path / "d.json"
    exchange.write_file(path, _with_analysts(
        [Analyst(id="x1", name="Ann"), Analyst(id="x2", name="Ann")],
        [AnalystInput(analyst_id="x1", scores=[{"option_id": "a", "criterion_id": "effect", "value": 4}]),
         AnalystInput(analyst_id="x2", scores=[{"option_id": "a", "criterion_id": "effect", "value": 8}])]))
    out = cli("group", path, "--json").json()
    assert [(a["analyst_id"], a["name"]) for a in out["analysts"]] == [("x1", "Ann (1)"), ("x2", "Ann (2)")]
    cell = next(c for c in out["score_spread"] if (c["option_id"], c["criterion_id"]) == ("a", "effect"))
    assert [(v["analyst_id"], v["value"]) for v in cell["values"]] == [("x1", 4), ("x2", 8)]
    assert cell["range"] == 4
    text = cli("group", path).out
    assert "Ann (1)" in text and "Ann (2)" in text


def _tie_and_red_line():
    """small_decision plus Delta, scored exactly as Charlie, and a red line that excludes Bravo.

    By hand (global weights harm .5, effect .375, cost .125, see tests/factories.py):
    Alpha .5*1 + .375*.2 + .125*.9 = .6875; Charlie = Delta = .5*.6 + .375*.6 + .125*.6 = .6;
    Bravo (.55) is rated High on harm, worse than the red line's Moderate, so it is excluded.
    """
    from counterweight.domain import Option
    from counterweight.domain.methods import RedLine, RedLineAction

    d = small_decision()
    data = {k: getattr(d, k) for k in type(d).model_fields}
    data.update(
        options=[*d.options, Option(id="d", name="Delta")],
        scores=[*d.scores, *(s.model_copy(update={"option_id": "d"}) for s in d.scores if s.option_id == "c")],
        red_lines=[RedLine(id="r1", criterion_id="harm", level="Moderate", action=RedLineAction.EXCLUDE)],
        analysts=[Analyst(id="hawk", name="Hawk"), Analyst(id="dove", name="Dove")],
    )
    return type(d)(**data)


def test_ties_share_a_rank_and_an_excluded_option_has_none(cli: Callable[..., Result], tmp_path: Path) -> None:
    """QA round 10: the table numbered the rows 1, 2, 3, 4, an excluded option included."""
    path = tmp_path / "d.json"
    exchange.write_file(path, _tie_and_red_line())
    lines = cli("group", path).out.splitlines()
    start = lines.index("Group ranking:")
    table = [line.split() for line in lines[start + 3:start + 7]]
    assert table == [["1", "Alpha"], ["2", "Charlie"], ["2", "Delta"],
                     ["—", "Bravo", "excluded", "by", "a", "red", "line"]]
    assert lines[start + 1].split() == ["Rank", "Option", "Note"]
    out = cli("group", path, "--json").json()
    assert out["group_ranking"] == ["a", "c", "d", "b"]
    assert [(r["option_id"], r["rank"], r["excluded"]) for r in out["group_ranks"]] == [
        ("a", 1, False), ("c", 2, False), ("d", 2, False), ("b", None, True)]
    assert out["group_ranks"][3]["note"] == "excluded by a red line" and out["group_top"] == "a"
