"""ProjectSession: the one edit path shared by GUI and CLI."""

from __future__ import annotations

import pytest

from counterweight.domain import ReadOnlyProjectError, Score, InvalidInputError
from counterweight.services import workspace
from counterweight.services.changes import Part
from counterweight.services.edits import SetScore, SetWeight
from counterweight.services.option_edits import RemoveOption
from counterweight.services.session import ProjectSession
from tests.factories import small_decision


@pytest.fixture
def session(tmp_path):
    s = ProjectSession.create(tmp_path / "p.counterweight", small_decision())
    yield s
    s.close()


def test_apply_persists_audits_recomputes_and_publishes(session, tmp_path):
    seen = []
    session.subscribe(seen.append)
    assert session.evaluation.top() == "a"
    inverse = session.apply(SetScore("a", "harm", Score(option_id="a", criterion_id="harm", level="Severe")))
    assert [c.parts for c in seen] == [frozenset({Part.SCORES})]
    assert session.evaluation.top() != "a"  # Alpha loses its civilian-harm advantage
    entry = session.audit_log(1)[0]
    assert entry.action == "Set score" and "Alpha × Civilian harm" in entry.target
    assert entry.old["level"] == "Low" and entry.new["level"] == "Severe"
    session.apply(inverse)
    assert session.evaluation.top() == "a"
    path = session.path
    session.close()
    with ProjectSession.open(path) as again:
        assert again.decision == small_decision()
        assert len(again.audit_log()) >= 2


def test_invalid_edit_changes_nothing(session):
    before = session.decision
    n = len(session.audit_log())
    with pytest.raises(InvalidInputError):
        session.apply(SetWeight("effect", -5))
    assert session.decision is before and len(session.audit_log()) == n


def test_read_only_session_refuses_edits(session):
    path = session.path
    session.close()
    with ProjectSession.open(path, read_only=True) as ro:
        assert ro.read_only
        with pytest.raises(ReadOnlyProjectError, match="read-only"):
            ro.apply(RemoveOption("a"))


def test_save_as_continues_in_new_file(session, tmp_path):
    session.apply(SetWeight("effect", 7))
    target = tmp_path / "copy.counterweight"
    session.save_as(target)
    assert session.path == target
    session.apply(SetWeight("effect", 8))
    session.close()
    with ProjectSession.open(target) as copy:
        assert copy.decision.criterion("effect").weight == 8
    with ProjectSession.open(tmp_path / "p.counterweight") as original:
        assert original.decision.criterion("effect").weight == 7


def test_first_run_creates_example_then_reopens_last(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))
    first = workspace.startup_project()
    assert first.exists() and first.parent == tmp_path / "home"
    with ProjectSession.open(first) as s:
        assert len(s.decision.options) == 5 and "illustrative" in s.decision.notice.lower()
    other = tmp_path / "other.counterweight"
    ProjectSession.create(other, small_decision()).close()
    workspace.remember_project(other)
    assert workspace.startup_project() == other.resolve()
    other.unlink()
    # last project gone: still named, so that the window can say so and offer its backup
    assert workspace.startup_project() == other.resolve()


def test_recent_files_most_recent_first_and_capped(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path))
    for i in range(workspace.MAX_RECENT + 3):
        workspace.remember_project(tmp_path / f"p{i}.counterweight")
    prefs = workspace.load_preferences()
    assert len(prefs.recent_files) == workspace.MAX_RECENT
    assert prefs.recent_files[0].endswith(f"p{workspace.MAX_RECENT + 2}.counterweight")
    workspace.forget_project(tmp_path / f"p{workspace.MAX_RECENT + 2}.counterweight")
    assert workspace.load_preferences().last_project is None


def test_corrupt_preferences_fall_back_to_defaults(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path))
    (tmp_path / "preferences.json").write_text("{not json", encoding="utf-8")
    assert workspace.load_preferences() == workspace.Preferences()
