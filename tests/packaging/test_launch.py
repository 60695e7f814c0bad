"""The frozen entry script's start-up guards (packaging/pyinstaller/launch.py), without a build.

* the module reader keeps reading the executable the process started from when dpkg
  replaces or removes it (QA 26 item 3: ``zlib.error`` on F1 after an upgrade);
* the window says once that the program was updated while open.

(The C/POSIX locale guard, QA 26 item 11, is the application's own: test_source_locale.py.)

The same behaviour of a real bundle is tested by test_bundle_runtime.py.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

LAUNCH = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "launch.py"
linux_only = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc/self/fd")


@pytest.fixture(scope="module")
def launch():
    spec = importlib.util.spec_from_file_location("cw_launch_under_test", LAUNCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeArchive:
    """What pyimod01_archive.ZlibArchiveReader.extract does: open the file by name, seek, read."""

    def __init__(self, filename: str) -> None:
        self._filename = filename

    def extract(self, offset: int, length: int) -> bytes:
        with open(self._filename, "rb") as fp:
            fp.seek(offset)
            return fp.read(length)


def _replace_like_dpkg(path: Path, content: bytes) -> None:
    new = path.with_name(path.name + ".dpkg-new")
    new.write_bytes(content)
    os.rename(new, path)


@linux_only
def test_archive_reads_the_started_executable_after_an_upgrade(launch, tmp_path: Path) -> None:
    exe = tmp_path / "counterweight"
    exe.write_bytes(b"ELF....PYZ-old-module-bytes")
    archive = FakeArchive(str(exe))
    fd = launch.keep_reading_own_archive(archive)
    try:
        assert fd is not None and archive._filename == f"/proc/self/fd/{fd}"
        _replace_like_dpkg(exe, b"another build, other offsets entirely")
        assert archive.extract(7, 20) == b"PYZ-old-module-bytes"
        exe.unlink()  # apt remove: still there for this process
        assert archive.extract(7, 3) == b"PYZ"
    finally:
        if fd is not None:
            os.close(fd)


@linux_only
def test_without_the_guard_the_reader_gets_the_new_file(tmp_path: Path) -> None:
    # What the guard prevents (the failure mode the QA saw as zlib.error).
    exe = tmp_path / "counterweight"
    exe.write_bytes(b"ELF....PYZ-old-module-bytes")
    archive = FakeArchive(str(exe))
    _replace_like_dpkg(exe, b"another build, other offsets entirely")
    assert archive.extract(7, 20) != b"PYZ-old-module-bytes"


def test_guard_leaves_unknown_readers_alone(launch, tmp_path: Path) -> None:
    assert launch.keep_reading_own_archive(object()) is None
    missing = FakeArchive(str(tmp_path / "nowhere"))
    assert launch.keep_reading_own_archive(missing) is None
    assert missing._filename == str(tmp_path / "nowhere")


def test_guard_keeps_the_path_when_proc_is_not_mounted(launch, tmp_path: Path) -> None:
    exe = tmp_path / "counterweight"
    exe.write_bytes(b"x")
    archive = FakeArchive(str(exe))
    assert launch.keep_reading_own_archive(archive, proc_fd=str(tmp_path / "no-proc")) is None
    assert archive._filename == str(exe)


def test_update_watch_says_once_when_the_executable_changes(launch, tmp_path: Path) -> None:
    exe = tmp_path / "counterweight"
    exe.write_bytes(b"version one")
    now = [100.0]
    said = []
    watch = launch.UpdateWatch(str(exe), lambda: said.append(1), clock=lambda: now[0])
    assert watch.find_spec("counterweight.ui.help_actions") is None
    now[0] += launch.CHECK_EVERY_S + 1
    watch.find_spec("a")
    assert said == []  # unchanged
    _replace_like_dpkg(exe, b"version two, longer")
    watch.find_spec("b")  # too soon after the last look
    assert said == []
    now[0] += launch.CHECK_EVERY_S + 1
    watch.find_spec("c")
    now[0] += launch.CHECK_EVERY_S + 1
    exe.unlink()
    watch.find_spec("d")
    assert said == [1]


def test_update_watch_never_breaks_an_import(launch, tmp_path: Path) -> None:
    exe = tmp_path / "counterweight"
    exe.write_bytes(b"one")
    now = [0.0]

    def boom() -> None:
        raise RuntimeError("no window")

    watch = launch.UpdateWatch(str(exe), boom, clock=lambda: now[0])
    exe.unlink()
    now[0] = 10.0
    assert watch.find_spec("x") is None


def test_window_shows_the_restart_notice(launch, qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    launch.say_updated_while_open()
    qtbot.waitUntil(lambda: window.findChild(QLabel, "updatedWhileOpenLabel") is not None, timeout=2000)
    label = window.findChild(QLabel, "updatedWhileOpenLabel")
    assert "updated while open" in label.text() and "restart" in label.text()


def test_the_restart_notice_comes_out_in_french(launch, qtbot, qapp) -> None:
    """lupdate scans the launcher too (update-translations.sh), so the notice follows the window's language."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel, QMainWindow

    from counterweight.ui import i18n

    installed = i18n.install_translators(qapp, QLocale("fr"))
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        launch.say_updated_while_open()
        qtbot.waitUntil(lambda: window.findChild(QLabel, "updatedWhileOpenLabel") is not None, timeout=2000)
        assert window.findChild(QLabel, "updatedWhileOpenLabel").text() == (
            "Counterweight a été mis à jour pendant son utilisation ; redémarrez-le quand cela vous convient.")
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_guards_run_only_in_a_frozen_linux_program(launch, monkeypatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    before = list(sys.meta_path)
    launch._guard_against_upgrades()
    assert sys.meta_path == before
