"""``counterweight packet``: export, open, return, import and show, with exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

from counterweight.domain.analysts import Analyst
from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore
from counterweight.services.session import ProjectSession
from counterweight.services.workspace import create_example_project


def _hub(tmp_path: Path) -> Path:
    path = create_example_project(tmp_path / "hub.counterweight")
    with ProjectSession.open(path) as s:
        s.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee")))
    return path


def _kim_score(path: Path):
    with ProjectSession.open(path, read_only=True) as s:
        item = next((i for i in s.decision.analyst_inputs if i.analyst_id == "kim"), None)
        return s.decision, item


def test_whole_round_trip_through_the_command_line(cli, tmp_path: Path) -> None:
    hub = _hub(tmp_path)
    r = cli("packet", "export", hub, "--analyst", "Kim Lee", "-o", tmp_path / "kim")
    assert r.code == 0, r.err
    assert "Wrote" in r.out and (tmp_path / "kim.cwpacket").exists()
    r = cli("packet", "show", tmp_path / "kim.cwpacket", "--json")
    assert r.code == 0 and r.json()["answered"] is False and r.json()["analyst"] == "Kim Lee"
    work = tmp_path / "desk" / "work.counterweight"
    work.parent.mkdir()
    assert cli("packet", "open", tmp_path / "kim.cwpacket", "-o", work).code == 0
    with ProjectSession.open(work) as w:
        s = next(x for x in w.decision.scores if x.value is not None)
        w.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.high})))
    r = cli("packet", "return", work, "-o", tmp_path / "back")
    assert r.code == 0 and "1 score," in r.out
    r = cli("packet", "import", hub, tmp_path / "back.cwpacket", "--dry-run", "--json")
    assert r.code == 0
    assert [(i["status"], i["kind"]) for i in r.json()["items"]] == [("take", "score")]
    assert r.json()["applied"] is False and _kim_score(hub)[1] is None  # dry run changed nothing
    r = cli("packet", "import", hub, tmp_path / "back.cwpacket")
    assert r.code == 0 and "take" in r.out
    assert _kim_score(hub)[1].score(*s.key).value == s.high
    r = cli("packet", "import", hub, tmp_path / "back.cwpacket")
    assert r.code == 2 and "already imported" in r.err
    assert cli("audit", "verify", hub).code == 0


def test_conflicts_need_prefer_and_bad_input_exits_2(cli, tmp_path: Path) -> None:
    hub = _hub(tmp_path)
    assert cli("packet", "export", hub, "--analyst", "nobody", "-o", tmp_path / "x").code == 2
    assert not (tmp_path / "x.cwpacket").exists()
    assert cli("packet", "export", hub, "--analyst", "kim", "-o", tmp_path / "kim.cwpacket").code == 0
    work = tmp_path / "work.counterweight"
    cli("packet", "open", tmp_path / "kim.cwpacket", "-o", work)
    with ProjectSession.open(work) as w:
        s = next(x for x in w.decision.scores if x.value is not None)
        w.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.high})))
    cli("packet", "return", work, "-o", tmp_path / "back.cwpacket")
    with ProjectSession.open(hub) as h:
        h.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.low})))
    r = cli("packet", "import", hub, tmp_path / "back.cwpacket")
    assert r.code == 2 and "conflict" in r.out and "nothing was imported" in r.out
    assert _kim_score(hub)[1].score(*s.key).value == s.low
    r = cli("packet", "import", hub, tmp_path / "back.cwpacket", "--prefer", "packet")
    assert r.code == 0 and _kim_score(hub)[1].score(*s.key).value == s.high

    data = json.loads((tmp_path / "back.cwpacket").read_text(encoding="utf-8"))
    data["response"]["note"] = "edited by hand"
    (tmp_path / "bad.cwpacket").write_text(json.dumps(data), encoding="utf-8")
    r = cli("packet", "show", tmp_path / "bad.cwpacket")
    assert r.code == 2 and r.err_lines == [
        ("counterweight: error: bad.cwpacket: the answers were altered after the analyst sealed them "
        "(their content hash does not match)")]
    r = cli("packet", "return", hub, "-o", tmp_path / "nope")
    assert r.code == 2 and "not made from an elicitation packet" in r.err
