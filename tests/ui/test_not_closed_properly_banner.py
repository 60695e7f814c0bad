"""The window says so when the project it opens was not closed properly the last time (QA pass 24, gaps).

Before, a restart after kill -9 said only "Opened p.counterweight". The lock file a killed
run leaves behind is what tells (tests/storage/test_not_closed_properly.py).
"""

from __future__ import annotations

import os

import pytest

from counterweight.services.session import ProjectSession
from tests.factories import small_decision
from tests.storage.test_not_closed_properly import _killed_run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL and POSIX locks")


def test_the_banner_names_the_run_and_where_to_look_then_goes(window, tmp_path) -> None:
    project = tmp_path / "plan.counterweight"
    ProjectSession.create(project, small_decision()).close()
    pid = _killed_run(project)
    assert window.file_actions.open_path(project)
    banner = window.banners.recovery_banner
    assert not banner.isHidden()
    text = banner.text()
    assert "did not close properly" in text and f"pid {pid}" in text
    assert "View > History" in text and "Restore from backup" in text
    banner.dismiss()
    assert banner.isHidden()
    other = tmp_path / "other.counterweight"
    ProjectSession.create(other, small_decision()).close()
    assert window.file_actions.open_path(other)
    assert banner.isHidden()  # a project closed properly says nothing
