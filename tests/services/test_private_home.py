"""The Counterweight folder and the preferences are private to their owner (QA pass 26 item 5).

On a shared workstation (Debian's home folders are 0755) another account could list the
projects in ``~/.local/share/Counterweight`` and read ``preferences.json``, which names the
path of every recent project. Project files and backups were already 0600/0700.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from counterweight.services import workspace

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_folder_is_created_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "new-cw-home"))
    folder = workspace.home_dir()
    assert _mode(folder) & 0o077 == 0


def test_the_platform_folder_left_open_by_an_earlier_version_is_made_private(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COUNTERWEIGHT_HOME", raising=False)
    old = tmp_path / "Counterweight"
    old.mkdir()
    old.chmod(0o755)
    monkeypatch.setattr(workspace, "home_folder", lambda: old)
    assert workspace.home_dir() == old
    assert _mode(old) == 0o700


def test_a_folder_the_user_chose_is_left_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "team"
    shared.mkdir()
    shared.chmod(0o750)
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(shared))
    workspace.home_dir()
    assert _mode(shared) == 0o750


def test_preferences_are_written_private_even_over_an_open_file(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "new-cw-home"))
    prefs = workspace.home_dir() / "preferences.json"
    prefs.write_text("{}", encoding="utf-8")
    prefs.chmod(0o644)
    (prefs.with_suffix(".json.tmp")).write_text("left over", encoding="utf-8")
    prefs.with_suffix(".json.tmp").chmod(0o644)
    workspace.remember_project(tmp_path / "p.counterweight")
    assert _mode(prefs) == 0o600
    assert workspace.load_preferences().last_project == str((tmp_path / "p.counterweight").resolve())
