"""The window's times read the local clock and say so (h25d): the History panel's "When" and the snapshot
list, beside the brief (offset from UTC on every time) and ``counterweight audit log`` (UTC).

The host's zone is replaced by UTC+05:30 for these tests (the ``TZ`` variable and ``time.tzset``), so the
local time differs from UTC wherever they run. Before, the snapshot list showed the stored UTC time while the
History panel showed local time, and neither said which.
"""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from tests.ui.conftest import shown

UTC = dt.timezone.utc
AT = dt.datetime(2026, 11, 28, 10, 0, tzinfo=UTC)


@pytest.fixture
def india():
    """This process's local zone is UTC+05:30 (no summer time) for the test."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "IST-5:30"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()


def test_the_history_when_column_is_local_time_and_says_so(india, qapp) -> None:
    from PySide6.QtCore import Qt

    from counterweight.storage import AuditEntry
    from counterweight.ui.models.history_table_model import HistoryTableModel

    model = HistoryTableModel()
    model.set_entries([AuditEntry(id=1, at=AT, user="ana", action="Edit", target="decision", old=None, new=1)])
    assert model.data(model.index(0, 1)) == "2026-11-28 15:30"
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("2026-11-28T15:30:00+05:30\nLocal time of this computer (UTC+05:30)")
    header = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Local time of this computer (UTC+05:30)" in header and "audit log lists times in UTC" in header


def test_the_snapshot_list_shows_local_time_as_the_history_does(india, qtbot, controller) -> None:
    from counterweight.services.perspectives import TakeSnapshot
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    panel = shown(qtbot, PerspectivesPanel(controller), 900, 700)
    assert controller.submit(TakeSnapshot.of(controller.decision, "Sent", taken_at=AT)) is None
    panel.refresh()
    item = panel.snapshot_list.item(0)
    assert item.text() == "Sent (2026-11-28 15:30)"  # was "Sent (2026-11-28 10:00)": UTC, unsaid
    assert "Local time of this computer (UTC+05:30)" in item.toolTip()
