"""A refused packet's message is a sentence of its own (QA pass 19, item 17).

The window shows the message as the first line of its warning box and, after the file
name, in the status bar: "other-returned.cwpacket: this packet was not issued…" began in
lower case, and "is not UTF-8 text" had no subject at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from counterweight.domain import ExchangeFormatError
from counterweight.services import packets
from counterweight.services.analyst_edits import AddAnalyst
from counterweight.services.packet_format import read_packet
from counterweight.services.packet_merge import import_edit, plan_import
from counterweight.services.packet_undo import plan_take_back
from counterweight.services.session import ProjectSession
from counterweight.services.workspace import create_example_project
from tests.services.test_packets import KIM, _export, _fill_in, _folders, hub  # noqa: F401 - fixtures


def _refusal(call, *args) -> ExchangeFormatError:
    with pytest.raises(ExchangeFormatError) as caught:
        call(*args)
    return caught.value


def _rewrite(path: Path, name: str, change) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    out = path.with_name(name)
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


def _assert_sentence(exc: ExchangeFormatError) -> None:
    assert exc.message[:1].isupper(), exc.message
    assert exc.message.endswith("."), exc.message
    assert str(exc) == f"{exc.where}: {exc.message}"


def test_packet_refusals_begin_with_a_capital(hub: ProjectSession, tmp_path: Path) -> None:  # noqa: F811
    packet = _export(hub, tmp_path)
    found = [_refusal(plan_import, hub, packet)]  # not filled in yet
    answered = _fill_in(packet, tmp_path, lambda w: None)
    found.append(_refusal(packets.open_packet, answered, tmp_path / "again.counterweight"))  # already filled in
    found.append(_refusal(plan_take_back, hub, answered))  # nothing imported to take back
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    with ProjectSession.open(create_example_project(other_dir / "other.counterweight")) as other:
        other.apply(AddAnalyst(KIM))
        found.append(_refusal(plan_import, other, answered))  # issued by another project
    found.append(_refusal(plan_import, hub, _rewrite(
        answered, "altered.cwpacket", lambda d: d["request"]["analyst"].update(name="Someone else"))))
    found.append(_refusal(plan_import, hub, _rewrite(
        answered, "sealed.cwpacket", lambda d: d["response"].update(note="edited by hand"))))
    found.append(_refusal(plan_import, hub, _rewrite(answered, "newer.cwpacket",
                                                     lambda d: d.update(format_version=99))))
    found.append(_refusal(plan_import, hub, _rewrite(answered, "notpacket.cwpacket",
                                                     lambda d: d.update(format="something else"))))
    latin = tmp_path / "latin.cwpacket"
    latin.write_bytes("caf\u00e9".encode("latin-1"))
    found.append(_refusal(read_packet, latin))
    found.append(_refusal(read_packet, tmp_path / "missing.cwpacket"))
    hub.apply(import_edit(hub, plan_import(hub, answered), prefer="packet"))
    found.append(_refusal(plan_import, hub, answered))  # already imported
    assert "not issued by this project" in found[3].message
    for exc in found:
        _assert_sentence(exc)
