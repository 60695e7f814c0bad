"""Fixtures and settings shared by the whole test suite.

- Qt runs headless (``QT_QPA_PLATFORM=offscreen``) unless the caller chose a platform.
- A plain checkout works without installing: ``desktop/`` goes on ``sys.path`` when
  ``counterweight`` is not importable.
- Every test gets its own user folders (``user_dirs``) and no network
  (``network_guard``); both are autouse.
- Tests under ``tests/ui`` and ``tests/charts``, test files named ``*pdf*`` and tests
  using pytest-qt fixtures are marked ``qt``, so ``-m "not qt"`` selects the rest.
  The no-Qt run (``-p tests.no_qt``) leaves them out and makes PySide6 unimportable.
"""

from __future__ import annotations

import errno
import importlib.util
import os
import socket
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Before anything can import Qt: no display is needed for tests (an empty value counts as unset).
if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Tests check English texts, whatever the language of the machine running them.
os.environ.setdefault("COUNTERWEIGHT_LANG", "en")

REPO_ROOT = Path(__file__).resolve().parent.parent

if importlib.util.find_spec("counterweight") is None:
    sys.path.insert(0, str(REPO_ROOT / "desktop"))

import pytest  # noqa: E402
from hypothesis import HealthCheck  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# Property tests draw the same examples on every run ("repeatable", the default), so CI on a
# clean clone passes or fails on the code alone. CI on 63b33e7 failed on an example no earlier
# run had drawn (a real bug, now pinned with @example); new examples are looked for on purpose
# with COUNTERWEIGHT_HYPOTHESIS=explore (fresh random draws each run; add --hypothesis-seed=N
# to repeat one), before a change is submitted. Explicit settings(...) on a test still apply.
# No deadline: Hypothesis's 200 ms per example is a timed assertion, and on a loaded 2-CPU host
# (CI with parallel workers) a slow example failed a property test that held (session 28); speed
# is measured by the benchmark scripts, not by tests. The "too slow" health check is a timing
# too (how long drawing examples takes), so it is off for the same reason.
_UNTIMED = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
hypothesis_settings.register_profile("repeatable", derandomize=True, **_UNTIMED)
hypothesis_settings.register_profile("explore", derandomize=False, **_UNTIMED)
HYPOTHESIS_PROFILE = os.environ.get("COUNTERWEIGHT_HYPOTHESIS", "repeatable")
hypothesis_settings.load_profile(HYPOTHESIS_PROFILE)


def _load_qt_rules() -> Any:
    """Import the sibling ``no_qt.py`` by path (whatever pytest's import mode)."""
    spec = importlib.util.spec_from_file_location(
        "_counterweight_qt_rules", Path(__file__).with_name("no_qt.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Which tests need Qt is decided in one place, the no-Qt plugin. Importing it does
# not block Qt; only loading it as a plugin (-p tests.no_qt) does.
_qt_rules = _load_qt_rules()


# ------------------------------------------------------------------ qt marker


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that needs Qt with ``qt`` (by folder, file name or fixture)."""
    for item in items:
        if item.get_closest_marker("qt") is None and _qt_rules.needs_qt(item):
            item.add_marker(pytest.mark.qt)


# ------------------------------------------------------------------ user folders


@dataclass(frozen=True)
class UserDirs:
    """The per-test folders standing in for the user's own."""

    home: Path
    config: Path
    data: Path
    state: Path
    cache: Path
    counterweight_home: Path


@pytest.fixture
def french(qapp: Any) -> Iterator[list[Any]]:
    """The committed French translation installed for the test (its translators), English again after it."""
    from PySide6.QtCore import QLocale

    from counterweight.ui import i18n

    installed = i18n.install_translators(qapp, QLocale("fr"))
    assert installed, "the French .qm did not load"
    yield installed
    for t in installed:
        qapp.removeTranslator(t)
    i18n.install_translators(qapp, QLocale("en"))


@pytest.fixture(autouse=True)
def locale_environment() -> Iterator[None]:
    """The locale variables as they were before each test, afterwards too.

    The entry point's C/POSIX locale fix (``counterweight.utf8_locale``) changes this
    process's environment when a test calls ``counterweight.__main__.main`` in-process; on
    a machine without a UTF-8 locale every later test would see it (review, session 27).
    """
    def locale_names() -> list[str]:
        return [n for n in os.environ if n == "LANG" or n.startswith("LC_")]

    saved = {n: os.environ[n] for n in locale_names()}
    yield
    for name in locale_names():
        if name not in saved:
            del os.environ[name]
    os.environ.update(saved)


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserDirs:
    """Point the user's home, XDG folders and ``COUNTERWEIGHT_HOME`` into ``tmp_path``.

    platformdirs and Qt's QStandardPaths honour the XDG variables on Linux;
    ``COUNTERWEIGHT_HOME`` is checked first by the application on every platform.
    ``counterweight_home`` is not created, so first-run code paths are exercised.
    """
    dirs = UserDirs(
        home=tmp_path / "home",
        config=tmp_path / "xdg-config",
        data=tmp_path / "xdg-data",
        state=tmp_path / "xdg-state",
        cache=tmp_path / "xdg-cache",
        counterweight_home=tmp_path / "cw-home",
    )
    for variable, path in (
        ("HOME", dirs.home),
        ("XDG_CONFIG_HOME", dirs.config),
        ("XDG_DATA_HOME", dirs.data),
        ("XDG_STATE_HOME", dirs.state),
        ("XDG_CACHE_HOME", dirs.cache),
    ):
        path.mkdir()
        monkeypatch.setenv(variable, str(path))
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(dirs.counterweight_home))
    return dirs


# ------------------------------------------------------------------ local time zone


@pytest.fixture
def india_clock() -> Iterator[None]:
    """This process's local zone is UTC+05:30 (no summer time) for the test: ``TZ`` and ``time.tzset``.

    A zone that differs from UTC wherever the suite runs, and by a half hour, so a time shown as
    UTC, or in the wrong zone, is caught; the host's zone comes back afterwards. Qt-free: used by
    the window's tests and by the no-Qt run's (the brief's and the workbook's dates).
    """
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


# ------------------------------------------------------------------ no network


class NetworkBlockedError(OSError):
    """Raised instead of a network connection: Counterweight must work offline."""


@dataclass
class NetworkGuard:
    """Records every attempt to reach the network during one test."""

    attempts: list[str] = field(default_factory=list)

    def refuse(self, what: str) -> NetworkBlockedError:
        self.attempts.append(what)
        return NetworkBlockedError(errno.ENETUNREACH, f"network access in a test: {what}")


def _is_local_socket(sock: socket.socket) -> bool:
    return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX


@pytest.fixture(autouse=True)
def network_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    """Refuse every non-``AF_UNIX`` connection and fail the test that tried one.

    The refusal raises :class:`NetworkBlockedError` (an ``OSError``, as on an
    air-gapped machine); the test fails at teardown even if the code swallowed it.
    A test that checks the guard itself clears ``network_guard.attempts``.
    Only Python's ``socket`` module is covered, not Qt's own network classes.
    """
    guard = NetworkGuard()
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto

    def connect(self: socket.socket, address: Any) -> None:
        if not _is_local_socket(self):
            raise guard.refuse(f"connect to {address!r}")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not _is_local_socket(self):
            raise guard.refuse(f"connect_ex to {address!r}")
        return real_connect_ex(self, address)

    def sendto(self: socket.socket, data: bytes, *args: Any) -> int:
        if not _is_local_socket(self):
            raise guard.refuse(f"sendto {args[-1]!r}")
        return real_sendto(self, data, *args)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        raise guard.refuse(f"create_connection to {address!r}")

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        raise guard.refuse(f"name lookup of {host!r}")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield guard
    if guard.attempts:
        pytest.fail(
            "the test tried to use the network, which Counterweight must never do: "
            + "; ".join(guard.attempts),
            pytrace=False,
        )


@pytest.fixture
def scale_font(qapp):  # noqa: ANN001, ANN201 - qapp is pytest-qt's QApplication
    """Multiply the application font's point size for one test; the original comes back afterwards.

    Used by the text-size tests of the window, the charts and their layout.
    """
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    original = QFont(qapp.font())

    def scale(factor: float) -> None:
        font = QFont(original)
        font.setPointSizeF(original.pointSizeF() * factor)
        qapp.setFont(font)

    yield scale
    qapp.setFont(original)
    QApplication.processEvents()
