"""An analyst's own score never takes another person's reasoning (QA pass 19, item 1).

Typing Ben's 8 over the shared 6 stored a score carrying the shared rationale and
evidence link, and the tooltip and the brief's Annex A then credited Ben with them.
Fixture (tests.ui.test_disagreement_panel.two_analysts): the shared score of Charlie
on Effect is 6, rationale "fair"; here it also cites one passage of a library source.
"""

from __future__ import annotations

from pathlib import Path

from counterweight.domain import Decision, EvidenceRef
from counterweight.domain.evidence import Credibility, Source
from counterweight.services import packets
from counterweight.services.analyst_edits import SetAnalystScore
from counterweight.services.evidence import UpdateSource
from counterweight.services.analyst_edits import SetGroupSettings
from counterweight.services.group import analyst_view, voice_scores, voices
from counterweight.services.packet_format import read_packet
from counterweight.services.session import ProjectSession

from tests.storage.builders import rebuild
from tests.factories import two_analysts

TEXT = "Opening words.\n\nThe unit costs about 40m a year.\n\nClosing words."
QUOTE = "The unit costs about 40m a year."


def _passage() -> EvidenceRef:
    at = TEXT.index(QUOTE)
    return EvidenceRef(source="Costing note", source_id="note", quote=QUOTE, start=at, end=at + len(QUOTE),
                       credibility=Credibility.LOW)


def with_evidence() -> Decision:
    """two_analysts() with the shared score of Charlie on Effect citing a passage of a library source."""
    d = two_analysts()
    scores = [s.model_copy(update={"evidence": [_passage()]}) if s.key == ("c", "effect") else s for s in d.scores]
    return rebuild(d, sources=[Source(id="note", title="Costing note", text=TEXT)], scores=scores)


def legacy_copy() -> Decision:
    """A project saved before the fix: Ben's own 8 carries the shared rationale and evidence."""
    data = with_evidence().model_dump()
    copy = {**next(s for s in data["scores"] if (s["option_id"], s["criterion_id"]) == ("c", "effect")), "value": 8.0}
    next(i for i in data["analyst_inputs"] if i["analyst_id"] == "ben")["scores"].append(copy)
    return Decision.model_validate(data)


def _ben(d: Decision):
    return next(i for i in d.analyst_inputs if i.analyst_id == "ben").score("c", "effect")


def test_a_first_own_score_starts_without_the_shared_rationale_and_evidence() -> None:
    d = with_evidence()
    shared = d.score("c", "effect")
    assert shared.rationale == "fair" and len(shared.evidence) == 1
    typed = shared.model_copy(update={"value": 8.0})  # what the editors build from the shared score shown
    applied = SetAnalystScore("ben", "c", "effect", typed).apply(d)
    ben = _ben(applied.decision)
    assert (ben.value, ben.rationale, ben.evidence) == (8.0, "", [])
    assert applied.after["rationale"] == "" and applied.after["evidence"] == []  # the audit says so too
    assert applied.decision.score("c", "effect") == shared  # the shared score keeps its reasoning
    # a rationale and evidence of Ben's own are kept
    own_ref = EvidenceRef(source="Ben's field notes", locator="p. 3")
    mine = typed.model_copy(update={"rationale": "Ben: dearer", "evidence": [_passage(), own_ref]})
    ben = _ben(SetAnalystScore("ben", "c", "effect", mine).apply(d).decision)
    assert (ben.rationale, ben.evidence) == ("Ben: dearer", [own_ref])


def test_changing_an_own_score_keeps_what_is_given_so_undo_is_exact() -> None:
    d = legacy_copy()
    stored = _ben(d)
    assert stored.rationale == "fair"  # the old copy, as the file holds it
    applied = SetAnalystScore("ben", "c", "effect", stored.model_copy(update={"value": 5.0})).apply(d)
    undone = applied.inverse.apply(applied.decision).decision
    assert _ben(undone) == stored


def test_an_older_copy_is_not_shown_as_the_analysts_in_their_view(tmp_path: Path) -> None:
    path = tmp_path / "old.counterweight"
    ProjectSession.create(path, legacy_copy()).close()
    with ProjectSession.open(path) as session:
        d = session.decision
        assert _ben(d).rationale == "fair" and len(_ben(d).evidence) == 1  # stored as it was: nothing rewritten
        seen = analyst_view(d, "ben").score("c", "effect")
        assert (seen.value, seen.rationale, seen.evidence) == (8.0, "", [])
        # the copy is recognised after the source was renamed (the shared link follows, the copy did not)
        source = d.source("note").model_copy(update={"title": "MOD costing note"})
        session.apply(UpdateSource(source))
        assert session.decision.score("c", "effect").evidence[0].source == "MOD costing note"
        assert _ben(session.decision).evidence[0].source == "Costing note"
        assert analyst_view(session.decision, "ben").score("c", "effect").evidence == []


def test_without_shared_reasoning_keeps_what_is_the_analysts_own() -> None:
    from counterweight.domain.analysts import without_shared_reasoning

    shared = with_evidence().score("c", "effect")
    own = shared.model_copy(update={"value": 8.0, "rationale": "Ben: dearer"})
    assert without_shared_reasoning(own, shared).rationale == "Ben: dearer"
    assert without_shared_reasoning(own, shared).evidence == []
    assert without_shared_reasoning(own, None) is own
    plain = shared.model_copy(update={"value": 8.0, "rationale": "", "evidence": []})
    assert without_shared_reasoning(plain, shared) is plain


def test_annex_a_never_credits_an_analyst_with_the_shared_reasoning(tmp_path: Path) -> None:
    from counterweight.reports.brief_annex import annex_section

    from tests.services.test_briefing_views import brief_of, text

    d = legacy_copy()
    d = SetAnalystScore("ben", "a", "cost", d.score("a", "cost").model_copy(
        update={"value": 5.0, "rationale": "Ben: the March figures"})).apply(d).decision
    annex = text(annex_section(brief_of(d, tmp_path)))
    charlie = annex[annex.index("Charlie Risks"):]  # each option's entries under their group (QA 25 item 8)
    effect = charlie[charlie.index("Benefits Effect"):]
    assert effect.startswith("Benefits Effect : 6 points. fair Evidence: Costing note"), effect[:120]
    ben = effect[effect.index("Ben\u2019s own score"):]
    assert ben.startswith("Ben\u2019s own score : 8 points. No rationale or evidence of their own recorded."), ben[:160]
    assert QUOTE not in ben[:300]
    alpha = annex[annex.index("Alpha Risks"):]
    cost = alpha[alpha.index("Cost : "):]
    assert "Ben\u2019s own score : 5 $bn. Ben: the March figures" in cost[:300]


def test_a_working_copy_returns_own_scores_without_the_shared_reasoning(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with ProjectSession.create(tmp_path / "hub.counterweight", with_evidence()) as hub:
        packet, _ = packets.export_packet(hub, "Ben", tmp_path / "out" / "ben")
    work_path = tmp_path / "ben-work.counterweight"
    with packets.open_packet(packet, work_path) as work:
        shared = work.decision.score("c", "effect")
        assert shared.rationale == "fair" and shared.evidence  # the colleague sees the shared reasoning...
        work.apply(SetAnalystScore("ben", "c", "effect", shared.model_copy(update={"value": 7.0})))
        summary = packets.return_packet(work, tmp_path / "out" / "ben-back")
    answer = read_packet(summary.path).response.input.score("c", "effect")
    assert (answer.value, answer.rationale, answer.evidence) == (7.0, "", [])  # ...but returns only their own


def test_each_voice_score_is_the_one_its_view_holds_without_copied_reasoning() -> None:
    """voice_scores (the group view's tooltip, session 20) agrees with voices() cell by cell."""
    d = legacy_copy()
    for shared_voice in (False, True):
        d = SetGroupSettings(d.group.model_copy(update={"shared_voice": shared_voice})).apply(d).decision
        for o in d.options:
            for c in d.leaves:
                got = voice_scores(d, o.id, c.id)
                assert [(who, s) for who, s, _own in got] == [(who, v.score(o.id, c.id)) for who, v in voices(d)]
    shared_ann, ben = [(s.value, s.rationale, len(s.evidence), own) for _, s, own in voice_scores(d, "c", "effect")][1:]
    assert shared_ann == (6, "fair", 1, False)  # Ann gave none: the shared score shows through
    assert ben == (8, "", 0, True)  # Ben's own, without the shared reasoning an older project copied
