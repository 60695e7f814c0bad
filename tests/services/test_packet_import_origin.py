"""h27a: a working project made from an elicitation packet starts its history with the packet.

It started with "Create project · <title>", as a project made new does, so neither History,
the command line nor the brief said the project came from a packet, for whom, or when it was
issued. It now starts as an import does: "Import project", with the packet as its origin.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from counterweight.domain.analysts import Analyst
from counterweight.reports.brief_annex import audit_section
from counterweight.services import exchange, packets
from counterweight.services.analyst_edits import AddAnalyst
from counterweight.services.briefing import audit_summary
from counterweight.services.history import verify_audit
from counterweight.services.history_wording import describe_change
from counterweight.services.import_origin import origin_phrase
from counterweight.services.packet_origin import packet_request_of
from counterweight.services.session import ProjectSession
from counterweight.locations import example_decision_path


def packet_from_the_example(tmp_path: Path) -> Path:
    with ProjectSession.create(tmp_path / "hub.counterweight", exchange.read_file(example_decision_path())) as hub:
        hub.apply(AddAnalyst(Analyst(id="ana", name="Ana Costa")))
        packet, _ = packets.export_packet(hub, "Ana Costa", tmp_path / "ana")
    return packet


def test_a_packet_opened_says_it_came_from_that_packet(tmp_path: Path) -> None:
    packet = packet_from_the_example(tmp_path)
    with packets.open_packet(packet, tmp_path / "work") as work:
        log = work.audit_log()
        first = min(log, key=lambda e: e.id)
        assert first.action == "Import project"
        assert {k: first.new[k] for k in ("file", "path", "kind", "analyst")} == {
            "file": "ana.cwpacket", "path": str(packet.absolute()), "kind": "packet", "analyst": "Ana Costa"}
        said = describe_change(first, work.decision, log)[1]
        assert said.startswith("ana.cwpacket, an elicitation packet for Ana Costa, written by Counterweight ")
        assert said.endswith(" UTC")
        assert packet_request_of(work) is not None  # the request it returns against is still recorded
        path = work.path
    assert verify_audit(path).ok
    summary = audit_summary(path)
    assert summary is not None and summary.origin == said
    html = audit_section(type("B", (), {"audit": summary, "created": datetime.datetime.now(datetime.UTC)})())
    assert "Imported from" in html and "ana.cwpacket, an elicitation packet for Ana Costa" in html


def test_a_packet_origin_without_its_analyst_or_date_says_what_it_has() -> None:
    assert origin_phrase({"file": "p.cwpacket", "path": "/x/p.cwpacket", "kind": "packet"}) == (
        "p.cwpacket, an elicitation packet")
    assert origin_phrase({"file": "p.cwpacket", "kind": "packet", "analyst": "Ben",
                          "issued_at": "2026-11-20T09:30:00+00:00"}) == (
        "p.cwpacket, an elicitation packet for Ben, written on 2026-11-20 09:30 UTC")
