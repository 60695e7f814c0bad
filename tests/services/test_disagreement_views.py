"""The disagreement analysis builds each analyst's view once, sharing it with the group view (session 26).

On a team of 12 analysts (a generated 40 x 25 project) every view was built twice per analysis:
once by ``group_view`` and again by ``voices`` inside ``disagreement``.
"""

from __future__ import annotations

import pytest
from counterweight.services import disagreement as service
from counterweight.services import group

from tests.factories import two_analysts


def _count_views(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    built: list[str] = []
    real = group.analyst_view
    monkeypatch.setattr(group, "analyst_view", lambda d, aid: built.append(aid) or real(d, aid))
    return built


def test_each_analysts_view_is_built_once_per_analysis(monkeypatch):
    decision = two_analysts()
    monkeypatch.setattr(group, "_last_voices", None, raising=False)
    fresh = service.disagreement(decision)  # the report the views built anew give
    monkeypatch.setattr(group, "_last_voices", None, raising=False)
    built = _count_views(monkeypatch)
    assert service.disagreement(decision) == fresh
    assert sorted(built) == sorted(a.id for a in decision.analysts)
    built.clear()  # the window hands over the group view it made: still once each
    monkeypatch.setattr(group, "_last_voices", None, raising=False)
    assert service.disagreement(decision, group=group.group_view(decision)) == fresh
    assert sorted(built) == sorted(a.id for a in decision.analysts)


def test_another_decision_gets_its_own_views(monkeypatch):
    first, second = two_analysts(), two_analysts()
    built = _count_views(monkeypatch)
    views = group.voices(first)
    assert group.voices(first) == views and group.voices(second) == views
    assert len(built) == 2 * len(first.analysts)  # an equal but different decision is not taken for the first
