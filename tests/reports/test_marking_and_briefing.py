"""The protective marking (domain, storage m006, undoable edit) and the brief's gathered facts."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from pydantic import ValidationError

from counterweight.domain import Decision
from counterweight.domain.decision import MAX_MARKING_CHARS
from counterweight.domain.errors import InvalidInputError
from counterweight.locations import example_decision_path
from counterweight.services import exchange
from counterweight.services.briefing import audit_summary, elicitation_notes, request_for_file, request_for_session
from counterweight.services.edits import SetWeight
from counterweight.services.elicitation import compute_elicitation
from counterweight.services.history import verify_audit
from counterweight.services.marking import MARKING_PRESETS, SetMarking, clean_marking
from counterweight.services.session import ProjectSession
from counterweight.storage import schema
from tests.factories import small_decision

FIXTURES = Path(__file__).resolve().parents[1] / "storage" / "fixtures"


# ------------------------------------------------------------------ domain and edit
def test_marking_is_one_line_of_limited_length() -> None:
    d = small_decision()
    assert Decision.model_validate({**d.model_dump(), "marking": "x" * MAX_MARKING_CHARS}).marking
    with pytest.raises(ValidationError):
        Decision.model_validate({**d.model_dump(), "marking": "x" * (MAX_MARKING_CHARS + 1)})
    with pytest.raises(ValidationError):
        Decision.model_validate({**d.model_dump(), "marking": "SECRET\nUK EYES ONLY"})


def test_clean_marking() -> None:
    assert clean_marking("  OFFICIAL-SENSITIVE \n COMMERCIAL ") == "OFFICIAL-SENSITIVE COMMERCIAL"
    assert clean_marking("   ") == ""
    with pytest.raises(InvalidInputError) as err:
        clean_marking("y" * (MAX_MARKING_CHARS + 1), where="--marking")
    assert err.value.where == "--marking" and str(MAX_MARKING_CHARS) in err.value.message
    assert "OFFICIAL-SENSITIVE" in MARKING_PRESETS


def test_set_marking_is_saved_audited_and_undone(tmp_path: Path) -> None:
    path = tmp_path / "p.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        before = len(session.audit_log())
        inverse = session.apply(SetMarking("OFFICIAL-SENSITIVE"))
        assert session.decision.marking == "OFFICIAL-SENSITIVE"
        entry = session.audit_log()[0]
        assert len(session.audit_log()) == before + 1
        assert (entry.target, entry.old, entry.new) == ("protective marking", "", "OFFICIAL-SENSITIVE")
    with ProjectSession.open(path) as session:
        assert session.decision.marking == "OFFICIAL-SENSITIVE"
        session.apply(inverse)
        assert session.decision.marking == ""
    with ProjectSession.open(path, read_only=True) as session:
        assert session.decision.marking == ""


def test_marking_column_comes_with_migration_m006(tmp_path: Path) -> None:
    assert "m006_protective_marking" in schema.known_migrations()
    old = tmp_path / "v2.counterweight"
    shutil.copy(FIXTURES / "v2_example.counterweight", old)
    with ProjectSession.open(old) as session:  # migrates the file (a backup is kept)
        assert session.decision.marking == ""
        session.apply(SetMarking("OFFICIAL"))
    with sqlite3.connect(old) as conn:
        assert conn.execute("SELECT marking FROM project").fetchone() == ("OFFICIAL",)


def test_exchange_files_carry_the_marking(tmp_path: Path) -> None:
    d = small_decision().model_copy(update={"marking": "OFFICIAL"})
    out = tmp_path / "d.json"
    exchange.write_file(out, d)
    assert exchange.read_file(out).marking == "OFFICIAL"


# ------------------------------------------------------------------ what the brief gathers
def test_audit_summary_of_a_project(tmp_path: Path) -> None:
    path = tmp_path / "p.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(SetWeight("harm", 2.0))
        session.apply(SetMarking("OFFICIAL"))
        audit = audit_summary(session)
        log = session.audit_log()
    assert audit is not None
    assert audit.entries == len(log) and audit.verified
    assert audit.head_hash == verify_audit(path).head_hash == log[0].hash
    assert audit.first_at == min(e.at for e in log) and audit.last_at == max(e.at for e in log)
    assert audit_summary(path) == audit


def test_no_audit_for_a_decision_file(tmp_path: Path) -> None:
    out = tmp_path / "d.json"
    exchange.write_file(out, small_decision())
    assert audit_summary(out) is None
    request = request_for_file(out)
    assert request.audit is None and request.source_name == "d.json"


def test_a_tampered_history_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "p.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(SetWeight("harm", 2.0))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE audit SET new = '7' WHERE id = (SELECT max(id) FROM audit)")
    audit = audit_summary(path)
    assert audit is not None and not audit.verified and audit.problem and not audit.head_hash


def test_elicitation_notes_follow_the_stored_judgements() -> None:
    d = exchange.read_file(example_decision_path())
    notes = elicitation_notes(d)
    assert [n.node_name for n in notes] == ["the top level", "Benefits"]
    top, benefits = notes
    top_outcome = compute_elicitation(d, d.elicitation(None))
    assert top.method == "Swing weighting"
    # the weights the judgements store (rounded points), as the weights table shows them (QA 22 item 11)
    assert top.weights == tuple((top_outcome.names[c], top_outcome.stored_local[c]) for c in top_outcome.child_ids)
    swing = d.elicitation(None).swing_points
    assert top.judgements == tuple(f"{top_outcome.names[c]}: {swing[c]:g}" for c in top_outcome.child_ids)
    ahp = compute_elicitation(d, d.elicitation("benefits")).ahp
    assert ahp is not None and benefits.consistency_ratio == ahp.cr and benefits.consistency_ok == ahp.acceptable
    assert len(benefits.judgements) == len(d.elicitation("benefits").pairwise)
    assert not top.edited_since


def test_a_hand_edit_after_elicitation_is_noted(tmp_path: Path) -> None:
    d = exchange.read_file(example_decision_path())
    with ProjectSession.create(tmp_path / "e.counterweight", d) as session:
        session.apply(SetWeight("risks", 80.0))
        notes = {n.node_name: n for n in request_for_session(session).elicitations}
    assert notes["the top level"].edited_since and not notes["Benefits"].edited_since


def test_request_marking_override_and_analysts(tmp_path: Path) -> None:
    d = exchange.read_file(example_decision_path()).model_copy(update={"marking": "OFFICIAL"})
    out = tmp_path / "d.json"
    exchange.write_file(out, d)
    assert request_for_file(out).marking == "OFFICIAL"
    assert request_for_file(out, marking="  SECRET ").marking == "SECRET"
    assert request_for_file(out, marking="").marking == ""
    with pytest.raises(InvalidInputError) as err:
        request_for_file(out, marking="z" * 500)
    assert err.value.where == "--marking"
    names = {e.elicited_by for e in d.elicitations if e.elicited_by}
    assert set(request_for_file(out).elicited_by) == names  # the weights' authors, carried apart from the analysts
