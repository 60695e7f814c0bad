"""Save As after the open project's file was deleted, onto a file that exists (found while integrating h22c).

``ProjectStore.save_as`` asked ``os.path.samefile(target, open file)`` to refuse saving
over the open file itself; with the open file deleted (its folder removed, a USB stick
pulled) that raised FileNotFoundError, an internal error, exactly when Save As is the way
out that the error banner recommends.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from counterweight.domain.errors import ProjectFileError
from counterweight.services.session import ProjectSession
from tests.factories import small_decision


def test_save_as_over_another_file_works_when_the_open_file_is_gone(tmp_path: Path) -> None:
    other = tmp_path / "b.counterweight"
    ProjectSession.create(other, small_decision().model_copy(update={"title": "Other"})).close()
    session = ProjectSession.create(tmp_path / "a.counterweight", small_decision())
    try:
        os.remove(tmp_path / "a.counterweight")
        session.save_as(other)
    finally:
        session.close()
    with ProjectSession.open(other, read_only=True) as copy:
        assert copy.decision.title == small_decision().title


def test_saving_over_the_open_file_itself_is_still_refused(tmp_path: Path) -> None:
    session = ProjectSession.create(tmp_path / "a.counterweight", small_decision())
    try:
        os.link(tmp_path / "a.counterweight", tmp_path / "hard-link.counterweight")
        with pytest.raises(ProjectFileError, match="already open"):
            session.save_as(tmp_path / "hard-link.counterweight")
    finally:
        session.close()
