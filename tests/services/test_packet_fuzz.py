"""Hostile packets: damaged bytes and altered JSON only ever give a located, clean error.

Whatever a returned packet holds, reading and planning its import either succeed
or raise :class:`ExchangeFormatError` naming the file; the project is never changed
by a failed import (its decision and its history stay exactly as they were).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from counterweight.domain import CounterweightError
from counterweight.domain.analysts import Analyst
from counterweight.services import packets
from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore
from counterweight.services.packet_format import loads_packet
from counterweight.services.packet_merge import import_edit, plan_import
from counterweight.services.session import ProjectSession
from counterweight.services.workspace import create_example_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def answered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, bytes]:
    """An issuing project (kept as pristine bytes) and a genuine answered packet."""
    folder = tmp_path_factory.mktemp("fuzz")
    hub = create_example_project(folder / "hub.counterweight")
    with ProjectSession.open(hub) as s:
        s.apply(AddAnalyst(Analyst(id="kim", name="Kim")))
        out, _ = packets.export_packet(s, "Kim", folder / "kim")
    with packets.open_packet(out, folder / "work.counterweight") as w:
        sc = next(x for x in w.decision.scores if x.value is not None)
        w.apply(SetAnalystScore("kim", *sc.key, sc.model_copy(update={"value": sc.high})))
        back = packets.return_packet(w, folder / "back").path
    return hub, back, back.read_bytes()


def _try_import(hub: Path, packet: Path) -> None:
    with ProjectSession.open(hub) as s:
        before = (s.decision, [e.hash for e in s.audit_log()])
        try:
            plan = plan_import(s, packet)
        except CounterweightError as exc:
            assert "Traceback" not in str(exc) and str(exc).removeprefix("“").startswith(packet.name)  # h28i: quoted
            assert (s.decision, [e.hash for e in s.audit_log()]) == before
            return
        # Only harmless damage (e.g. a space turned into a tab) leaves a genuine packet:
        # it must carry exactly the analyst's answer. Import it, then undo, for the next example.
        assert [(i.kind, i.status) for i in plan.items] == [("score", "take")]
        s.apply(s.apply(import_edit(s, plan)))
        assert s.decision == before[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_bytes_never_crash_and_never_change_the_project(answered, tmp_path_factory, data) -> None:
    hub, _, raw = answered
    kind = data.draw(st.sampled_from(["flip", "truncate", "insert"]))
    pos = data.draw(st.integers(0, len(raw) - 1))
    if kind == "flip":
        mutated = raw[:pos] + bytes([raw[pos] ^ data.draw(st.integers(1, 255))]) + raw[pos + 1:]
    elif kind == "truncate":
        mutated = raw[:pos]
    else:
        mutated = raw[:pos] + data.draw(st.binary(min_size=1, max_size=8)) + raw[pos:]
    target = tmp_path_factory.mktemp("m") / "mutated.cwpacket"
    target.write_bytes(mutated)
    _try_import(hub, target)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_altered_json_values_are_refused_cleanly(answered, data) -> None:
    _, _, raw = answered
    doc = json.loads(raw)
    path = data.draw(st.sampled_from([p for p in _paths(doc) if p]))
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = data.draw(_JSON)
    text = json.dumps(doc)
    try:
        packet = loads_packet(text, source="p.cwpacket")
    except CounterweightError as exc:
        assert str(exc).startswith("p.cwpacket")
    else:  # only an unchanged value (drawn equal to the original) may pass the hash checks
        assert json.loads(text) == json.loads(raw) or packet.request_hash == doc["request_hash"]
