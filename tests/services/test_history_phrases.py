"""Phrases (English text that keeps its template) and the history's Action and What columns read back as phrases.

Qt-free: the English of every phrase must be exactly the text the code wrote before
(the command line, the PDF brief and the audit log read it), and the history's
recorded texts must come back unchanged, only split into template and names.
"""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

from counterweight.domain import Option, RedLine, RedLineAction, Score
from counterweight.engine.phrase import Phrase
from counterweight.services.edits import SetScore, SetWeight, UpdateInfo
from counterweight.services.history import redo_action, replayed, undo_action
from counterweight.services.history_phrases import action_phrase, target_phrase
from counterweight.services.option_edits import AddOption
from counterweight.services.red_lines import AddRedLine
from counterweight.services.session import ProjectSession
from tests.factories import small_decision


def test_a_phrase_is_its_english_text() -> None:
    p = Phrase("'{option}' scores {value:.1f} on '{criterion}'", option="A {b}", value=2.25, criterion="Cost")
    assert p == "'A {b}' scores 2.2 on 'Cost'"  # str.format's own rounding of 2.25 (half to even)
    assert isinstance(p, str) and p.template == "'{option}' scores {value:.1f} on '{criterion}'"
    assert json.dumps({"message": p}) == json.dumps({"message": "'A {b}' scores 2.2 on 'Cost'"})
    assert {p: 1}["'A {b}' scores 2.2 on 'Cost'"] == 1  # hashes as the text


def test_a_phrase_survives_pickling_and_copying_with_its_template() -> None:
    inner = Phrase.term("Weighted product {not a field}")
    p = Phrase("{method} cannot place '{option}'", method=inner, option="x}{")
    for back in (pickle.loads(pickle.dumps(p)), copy.deepcopy(p), copy.copy(p)):
        assert back == p and back.template == p.template
        assert back.args["method"].is_term and back.args["method"] == "Weighted product {not a field}"


def test_actions_read_back_unchanged() -> None:
    for action in ("Set score", "Change weight", undo_action("Change weight"), redo_action("Add red line"),
                   "Restore value from entry #12", undo_action("Restore value from entry #3"), "Ändern"):
        phrase = action_phrase(action)
        assert phrase == action
    assert action_phrase("Undo: Change weight").template == "Undo: {step}"
    assert action_phrase("Undo: Change weight").args["step"].is_term
    assert action_phrase("Restore value from entry #12").args["entry"] == "12"


def test_targets_read_back_unchanged_without_the_analyst_marker() -> None:
    cases = {
        "score Alpha × Cost": "score {element}",
        "weights under Benefits": "weights under {element}",
        "weights Cost, Effect": "weights {element}",
        "weight set Hawks": "weight set {element}",
        "red line on Cost": "red line on {element}",
        "method": "method",
        "12 scores": "{n} scores",
        "1 score": "1 score",
        "score Alpha × Cost by Ann Lee [analyst a1]": "{what} by {analyst}",
    }
    for target, template in cases.items():
        phrase = target_phrase(target)
        assert phrase == target.removesuffix(" [analyst a1]")
        assert isinstance(phrase, Phrase) and phrase.template == template
    assert target_phrase("Project title") == "Project title" and not isinstance(target_phrase("x"), Phrase)
    assert target_phrase("score Alpha by Bob × Cost by Ann [analyst a1]").args["analyst"] == "Ann"


def test_recorded_entries_are_recognised(tmp_path: Path) -> None:
    """Real edits: every action and target the session records reads back as a phrase, unchanged."""
    with ProjectSession.create(tmp_path / "h.counterweight", small_decision()) as session:
        inverse = session.apply(SetScore("b", "effect", Score(option_id="b", criterion_id="effect", value=7)))
        session.apply(SetWeight("cost", 3))
        session.apply(AddOption(Option(id="d", name="Delta")))
        session.apply(AddRedLine(RedLine(id="r", criterion_id="cost", limit=9, action=RedLineAction.FLAG)))
        session.apply(UpdateInfo(title="Renamed", description="", notice="Test data only"))
        session.apply(replayed(inverse, "Set score", undo=True))
        entries = session.audit_log()
    assert len(entries) == 7
    for e in entries[:-1]:  # the oldest is "Create project", whose target is the title
        action, target = action_phrase(e.action), target_phrase(e.target)
        assert (action, target) == (e.action, e.target)
        assert isinstance(target, Phrase), e.target  # recognised (an unknown target comes back as plain text)
    assert entries[0].action == "Undo: Set score" and action_phrase(entries[0].action).template == "Undo: {step}"
