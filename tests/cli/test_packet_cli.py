"""``counterweight packet``: export, open, return, import and show, with exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
        ("counterweight: error: bad.cwpacket: The answers were altered after the analyst sealed them "
        "(their content hash does not match).")]
    r = cli("packet", "return", hub, "-o", tmp_path / "nope")
    assert r.code == 2 and "not made from an elicitation packet" in r.err


# ------------------------------------------------------------------ QA round 6


def _answered(cli, tmp_path: Path, hub: Path, change) -> Path:  # noqa: ANN001
    """Export Kim's packet from ``hub``, fill it in with ``change(work_session)``, return it."""
    assert cli("packet", "export", hub, "--analyst", "kim", "-o", tmp_path / "kim").code == 0
    work = tmp_path / "work.counterweight"
    assert cli("packet", "open", tmp_path / "kim.cwpacket", "-o", work).code == 0
    with ProjectSession.open(work) as w:
        change(w)
    assert cli("packet", "return", work, "-o", tmp_path / "back").code == 0
    return tmp_path / "back.cwpacket"


def _conflict(cli, tmp_path: Path):  # noqa: ANN001, ANN202
    """Kim returns a score at its high end while the project set it to its low end: one conflict."""
    hub = _hub(tmp_path)
    decision, _ = _kim_score(hub)
    s = next(x for x in decision.scores if x.value is not None)
    back = _answered(cli, tmp_path, hub, lambda w: w.apply(
        SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.high}))))
    with ProjectSession.open(hub) as h:
        h.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.low})))
    return hub, back, s


def test_a_wrong_prefer_is_taken_back_from_the_command_line(cli, tmp_path: Path) -> None:
    hub, back, s = _conflict(cli, tmp_path)
    r = cli("packet", "import", hub, back, "--prefer", "packet")
    assert r.code == 0 and "Edit > Undo" not in r.out  # the window cannot undo a command-line import
    assert f"packet undo-import {hub} {back}" in r.out and _kim_score(hub)[1].score(*s.key).value == s.high
    r = cli("packet", "import", hub, back, "--prefer", "project")
    assert r.code == 2 and "history entry #" in r.err and f"packet undo-import {hub} {back}" in r.err
    r = cli("packet", "undo-import", hub, back, "--dry-run")
    assert r.code == 0 and "put back:" in r.out and _kim_score(hub)[1].score(*s.key).value == s.high
    r = cli("packet", "undo-import", hub, back)
    assert r.code == 0 and _kim_score(hub)[1].score(*s.key).value == s.low  # the project's value is back
    r = cli("packet", "import", hub, back, "--prefer", "project")
    assert r.code == 0 and _kim_score(hub)[1].score(*s.key).value == s.low
    assert cli("audit", "verify", hub).code == 0
    assert cli("packet", "undo-import", hub, tmp_path / "kim.cwpacket").code == 0  # the outbox copy names it too
    assert cli("packet", "undo-import", hub, back).code == 2  # nothing left to take back


def test_a_removed_analyst_dry_run_lists_every_value_to_restore(cli, tmp_path: Path) -> None:
    from counterweight.services.analyst_edits import RemoveAnalyst, SetAnalystWeight

    hub = _hub(tmp_path)
    decision, _ = _kim_score(hub)
    s0, s1 = [x for x in decision.scores if x.value is not None][:2]
    with ProjectSession.open(hub) as h:
        h.apply(SetAnalystScore("kim", *s0.key, s0.model_copy(update={"value": s0.low})))
        h.apply(SetAnalystWeight("kim", decision.leaves[0].id, 3.0))
    back = _answered(cli, tmp_path, hub, lambda w: w.apply(
        SetAnalystScore("kim", *s1.key, s1.model_copy(update={"value": s1.high}))))
    with ProjectSession.open(hub) as h:
        h.apply(RemoveAnalyst("kim"))
    r = cli("packet", "import", hub, back, "--dry-run", "--json")
    assert sorted((i["kind"], i["status"]) for i in r.json()["items"]) == [
        ("score", "take"), ("score", "take"), ("weight", "take")]
    r = cli("packet", "import", hub, back, "--prefer", "project")
    assert r.code == 0 and "added back with every value" in r.out
    item = _kim_score(hub)[1]
    assert item.score(*s0.key).value == s0.low and item.score(*s1.key).value == s1.high
    assert item.weights == {decision.leaves[0].id: 3.0}


def test_open_adds_the_project_ending_so_other_commands_accept_it(cli, tmp_path: Path) -> None:
    hub = _hub(tmp_path)
    assert cli("packet", "export", hub, "--analyst", "kim", "-o", tmp_path / "kim").code == 0
    r = cli("packet", "open", tmp_path / "kim.cwpacket", "-o", tmp_path / "work")
    assert r.code == 0 and f"Created {tmp_path / 'work.counterweight'} " in r.out
    assert cli("validate", tmp_path / "work.counterweight").code == 0


def test_export_names_the_right_menu_and_asks_for_the_id_of_a_shared_name(cli, tmp_path: Path) -> None:
    from counterweight.services.changes import ChangeSet
    from counterweight.services.edits import Restore

    hub = _hub(tmp_path)
    r = cli("packet", "export", hub, "--analyst", "Zed", "-o", tmp_path / "z")
    assert r.code == 2 and "Edit > Analysts" in r.err and "View" not in r.err and "(id 'kim')" in r.err
    with ProjectSession.open(hub) as s:  # an older project may repeat a name (naming one now refuses it)
        twin = Analyst(id="kim2", name="Kim Lee")
        s.apply(Restore({"analysts": [*s.decision.analysts, twin]}, ChangeSet.everything("analysts")))
    r = cli("packet", "export", hub, "--analyst", "Kim Lee", "-o", tmp_path / "dup")
    assert r.code == 2 and "'kim', 'kim2'" in r.err and not (tmp_path / "dup.cwpacket").exists()
    r = cli("packet", "export", hub, "--analyst", "kim2", "-o", tmp_path / "dup")
    assert r.code == 0 and (tmp_path / "dup.cwpacket").exists()
    r = cli("packet", "export", "--help")
    assert "NAME_OR_ID" in r.out and "id" in r.out


# ------------------------------------------------------------------ QA round 10


def test_packet_files_are_replaced_only_with_force(cli, tmp_path: Path) -> None:
    hub = _hub(tmp_path)
    decision, _ = _kim_score(hub)
    s = next(x for x in decision.scores if x.value is not None)
    back = _answered(cli, tmp_path, hub, lambda w: w.apply(
        SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.high}))))
    answered = back.read_bytes()
    work = tmp_path / "work.counterweight"
    # An answered packet must survive a careless re-export or re-return over it.
    for args in (["packet", "export", hub, "--analyst", "kim", "-o", back],
                 ["packet", "export", hub, "--analyst", "kim", "-o", tmp_path / "back"],  # '.cwpacket' added
                 ["packet", "return", work, "-o", tmp_path / "back"]):
        r = cli(*args)
        assert r.code == 2 and r.err_lines == [f"counterweight: error: {back}: already exists; add --force to replace it"]
        assert back.read_bytes() == answered
    r = cli("packet", "open", tmp_path / "kim.cwpacket", "-o", tmp_path / "work")
    assert r.code == 2 and r.err_lines == [f"counterweight: error: {work}: already exists; add --force to replace it"]
    assert cli("packet", "return", work, "-o", back, "--force").code == 0
    assert cli("packet", "export", hub, "--analyst", "kim", "-o", back, "--force").code == 0
    assert cli("packet", "show", back, "--json").json()["answered"] is False  # replaced, as asked
    assert cli("packet", "open", back, "-o", work, "--force").code == 0
    assert cli("packet", "open", back, "-o", work, "--overwrite").code == 0  # the old name still works
    r = cli("packet", "open", "--help")
    assert "--force" in r.out and "--overwrite" not in r.out


def test_packets_and_working_projects_are_never_written_to_standard_output(
        cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    hub = _hub(tmp_path)
    with ProjectSession.open(hub, read_only=True) as h:
        entries = len(h.audit_log())
    r = cli("packet", "export", hub, "--analyst", "kim", "-o", "-")
    assert r.code == 2 and r.out == "" and len(r.err_lines) == 1
    assert "a packet is written to a file, not to standard output" in r.err
    with ProjectSession.open(hub, read_only=True) as h:
        assert len(h.audit_log()) == entries  # no export recorded for a packet never written
    assert cli("packet", "export", hub, "--analyst", "kim", "-o", "kim").code == 0
    r = cli("packet", "open", "kim.cwpacket", "-o", "-")
    assert r.code == 2 and "a working project is written to a file" in r.err
    assert cli("packet", "open", "kim.cwpacket", "-o", "work").code == 0
    r = cli("packet", "return", "work.counterweight", "-o", "-")
    assert r.code == 2 and "a packet is written to a file" in r.err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("-")) == []


def test_a_conflict_exits_2_with_one_error_line_saying_how_to_settle(cli, tmp_path: Path) -> None:
    hub, back, s = _conflict(cli, tmp_path)
    for extra in ([], ["--json"]):
        r = cli("packet", "import", hub, back, *extra)
        assert r.code == 2 and "conflict" in r.out  # the listing stays on standard output
        assert len(r.err_lines) == 1 and r.err_lines[0].startswith(f"counterweight: error: {back}: 1 conflict ")
        assert all(word in r.err for word in ("--prefer project", "--prefer packet", "--dry-run"))
    assert _kim_score(hub)[1].score(*s.key).value == s.low  # nothing imported
    r = cli("packet", "import", hub, back, "--dry-run")
    assert r.code == 0 and r.err == ""


def test_show_prints_the_instructions_and_the_analysts_note(cli, tmp_path: Path) -> None:
    hub = _hub(tmp_path)
    assert cli("packet", "export", hub, "--analyst", "kim", "-o", tmp_path / "kim",
               "--instructions", "Score the costs first.\nBack by Friday.").code == 0
    r = cli("packet", "show", tmp_path / "kim.cwpacket")
    assert "instructions: Score the costs first." in r.out and "  Back by Friday." in r.out
    assert "note" not in r.out  # not filled in yet: no note to show
    shown = cli("packet", "show", tmp_path / "kim.cwpacket", "--json").json()
    assert (shown["instructions"], shown["note"]) == ("Score the costs first.\nBack by Friday.", None)
    assert cli("packet", "open", tmp_path / "kim.cwpacket", "-o", tmp_path / "work").code == 0
    assert cli("packet", "return", tmp_path / "work.counterweight", "-o", tmp_path / "back",
               "--note", "The cost figures are rough.").code == 0
    r = cli("packet", "show", tmp_path / "back.cwpacket")
    assert "note from the analyst: The cost figures are rough." in r.out
    assert "instructions: Score the costs first." in r.out
    assert cli("packet", "show", tmp_path / "back.cwpacket", "--json").json()["note"] == "The cost figures are rough."


def test_the_hints_quote_paths_with_spaces(cli, tmp_path: Path) -> None:
    import shlex

    folder = tmp_path / "my folder"
    folder.mkdir()
    hub = create_example_project(folder / "the hub.counterweight")
    with ProjectSession.open(hub) as s:
        s.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee")))
    r = cli("packet", "export", hub, "--analyst", "kim", "-o", folder / "kim")
    command = r.out.split("with: ", 1)[1].strip()
    assert shlex.split(command) == ["counterweight", "packet", "import", str(hub), "RETURNED"]
    r = cli("packet", "open", folder / "kim.cwpacket", "-o", folder / "my work")
    command = r.out.split("with: ", 1)[1].strip()
    assert shlex.split(command) == ["counterweight", "packet", "return", str(folder / "my work.counterweight"),
                                    "-o", "RETURNED"]
