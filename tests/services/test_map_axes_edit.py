"""Changing the Trade-offs map's axes: a SetMethod that touches only Part.DISPLAY, worded by the History."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain import MethodSettings
from counterweight.domain.methods import AggregationMethod, MapAxes
from counterweight.services.changes import Part
from counterweight.services.edits import SetMethod
from counterweight.services.history_phrases import action_phrase
from counterweight.services.history_wording import describe_change
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

LABEL = "Change map axes"


@pytest.fixture
def session(tmp_path: Path):
    s = ProjectSession.create(tmp_path / "axes.counterweight", small_decision())
    yield s
    s.close()


def _axes(session: ProjectSession, x: str | None, y: str | None) -> SetMethod:
    return SetMethod(session.decision.method.model_copy(update={"map_axes": MapAxes(x=x, y=y)}), LABEL)


def test_only_the_axes_touch_display_alone(session: ProjectSession) -> None:
    heard = []
    session.subscribe(heard.append)
    inverse = session.apply(_axes(session, "cost", "effect"))
    assert heard[-1].parts == {Part.DISPLAY}  # the panels that rerun on a method change leave it alone
    assert session.decision.method.map_axes == MapAxes(x="cost", y="effect")
    session.apply(inverse)  # undo: the axes go back, again a display change
    assert heard[-1].parts == {Part.DISPLAY}
    assert session.decision.method.map_axes == MapAxes()


def test_a_method_change_is_still_a_method_change(session: ProjectSession) -> None:
    heard = []
    session.subscribe(heard.append)
    session.apply(SetMethod(MethodSettings(aggregation=AggregationMethod.TOPSIS)))
    assert heard[-1].parts == {Part.METHOD}
    both = MethodSettings(aggregation=AggregationMethod.WSM, map_axes=MapAxes(x="harm"))
    session.apply(SetMethod(both))  # the method and the axes at once: the method part wins
    assert heard[-1].parts == {Part.METHOD}


def test_the_history_names_the_criteria(session: ProjectSession) -> None:
    session.apply(_axes(session, "cost", "effect"))
    entry = session.audit_log(1)[0]
    assert entry.action == LABEL and action_phrase(entry.action) == LABEL  # a vocabulary term (engine_phrases)
    old, new = describe_change(entry, session.decision)
    assert "Cost" in new and "Effect" in new  # the criteria by name, not by id
    assert "cost" not in new.replace("Cost", "") and "{" not in new, new
    session.apply(_axes(session, "harm", "effect"))
    old, new = describe_change(session.audit_log(1)[0], session.decision)
    assert "Cost" in old and "Civilian harm" in new and "Effect" not in new  # only the axis that changed
