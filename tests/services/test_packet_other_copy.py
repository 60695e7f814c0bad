"""A packet issued by a copy of the project (same title) says so (QA h26c).

"not issued by this project (it came from “<this very title>”)" read as a contradiction
when the packet came from a copy saved with Save As, which keeps the title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain import ExchangeFormatError
from counterweight.domain.analysts import Analyst
from counterweight.services import packets
from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore
from counterweight.services.packet_merge import plan_import
from counterweight.services.session import ProjectSession
from tests.factories import small_decision


def _returned(tmp_path: Path, decision) -> Path:  # noqa: ANN001
    with ProjectSession.create(tmp_path / "copy.counterweight", decision) as copy:
        copy.apply(AddAnalyst(Analyst(id="kim", name="Kim")))
        out, _ = packets.export_packet(copy, "kim", tmp_path / "kim")
    with packets.open_packet(out, tmp_path / "work") as work:
        s = next(x for x in work.decision.scores if x.value is not None)
        work.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.value})))
        return packets.return_packet(work, tmp_path / "back").path


def test_a_packet_from_a_copy_with_the_same_title_names_the_copy(tmp_path: Path) -> None:
    decision = small_decision()
    back = _returned(tmp_path, decision)
    with ProjectSession.create(tmp_path / "home.counterweight", decision) as home:
        with pytest.raises(ExchangeFormatError) as caught:
            plan_import(home, back)
    message = caught.value.message
    assert f"another project called \u201c{decision.title}\u201d" in message and "Save As" in message


def test_a_packet_from_another_title_is_named_by_it(tmp_path: Path) -> None:
    decision = small_decision()
    back = _returned(tmp_path, decision.model_copy(update={"title": "Other decision"}))
    with ProjectSession.create(tmp_path / "home.counterweight", decision) as home:
        with pytest.raises(ExchangeFormatError) as caught:
            plan_import(home, back)
    message = caught.value.message
    assert "it came from \u201cOther decision\u201d" in message and "Save As" not in message
