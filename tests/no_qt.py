"""Pytest plugin: run the suite as if PySide6 were not installed.

Enable it with ``python -m pytest -p tests.no_qt`` from the repository root
(``bash packaging/dev.sh test`` does, as its last step). It proves that
everything outside the GUI (domain, engine, storage, services, the CLI, the
non-PDF reports) imports and works on a machine without Qt.

What it does:

- installs a ``sys.meta_path`` finder before any conftest or test module is
  imported, so ``import PySide6`` / ``import shiboken6`` (and their
  submodules) raise ``ModuleNotFoundError``;
- turns off pytest-qt, which would otherwise import Qt while pytest starts;
- does not collect ``tests/ui/``, ``tests/charts/`` or test files with
  ``pdf`` in their name, and deselects tests marked ``qt`` or using a
  pytest-qt fixture (``qtbot``, ``qapp`` ...).

A test module elsewhere that needs Qt should start with
``pytest.importorskip("PySide6")`` or carry ``pytestmark = pytest.mark.qt``
and import Qt inside its tests.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Generator, Iterator, Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

import pytest

BLOCKED_PACKAGES: frozenset[str] = frozenset({"PySide6", "shiboken6"})
"""Top-level packages that cannot be imported while the plugin is active."""

QT_TEST_DIRS: tuple[str, ...] = ("ui", "charts")
"""Folders under ``tests/`` whose tests all need Qt."""

QT_FIXTURES: frozenset[str] = frozenset(
    {"qtbot", "qapp", "qapp_args", "qapp_cls", "qtlog", "qtmodeltester"}
)
"""pytest-qt fixtures; a test using one needs Qt."""

TESTS_ROOT = Path(__file__).resolve().parent

_PLUGIN_NAMES = ("pytest-qt", "pytestqt")


class QtImportBlocker(importlib.abc.MetaPathFinder):
    """A meta path finder that refuses the packages in ``blocked``."""

    def __init__(self, blocked: frozenset[str] = BLOCKED_PACKAGES) -> None:
        self.blocked = blocked

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        """Raise for a blocked package, defer to the other finders otherwise."""
        if fullname.partition(".")[0] in self.blocked:
            raise ModuleNotFoundError(
                f"No module named {fullname!r}: Qt is blocked in the no-Qt test run "
                "(pytest -p tests.no_qt). Code outside ui/, charts/ and the PDF renderer "
                "must work without Qt; a test that needs Qt belongs in tests/ui or "
                "tests/charts, or is marked `qt`.",
                name=fullname,
            )
        return None


def install() -> QtImportBlocker:
    """Put a :class:`QtImportBlocker` first on ``sys.meta_path`` (idempotent).

    Returns
    -------
    QtImportBlocker
        The active blocker.

    Raises
    ------
    pytest.UsageError
        If a blocked package was imported before the blocker could be installed,
        since the run would then prove nothing.
    """
    for finder in sys.meta_path:
        if isinstance(finder, QtImportBlocker):
            return finder
    loaded = sorted(name for name in sys.modules if name.partition(".")[0] in BLOCKED_PACKAGES)
    if loaded:
        raise pytest.UsageError(
            "tests.no_qt: Qt was imported before the blocker was installed "
            f"({', '.join(loaded[:3])}); load the plugin with -p tests.no_qt"
        )
    blocker = QtImportBlocker()
    sys.meta_path.insert(0, blocker)
    return blocker


def is_qt_test_path(path: Path) -> bool:
    """True for test files or folders that need Qt by their location or name."""
    try:
        parts = path.resolve().relative_to(TESTS_ROOT).parts
    except ValueError:
        return False
    if parts and parts[0] in QT_TEST_DIRS:
        return True
    return path.suffix == ".py" and "pdf" in path.name.lower()


def needs_qt(item: pytest.Item) -> bool:
    """True for a collected test that needs Qt (marker, location or fixture)."""
    if item.get_closest_marker("qt") is not None:
        return True
    if is_qt_test_path(item.path):
        return True
    return bool(QT_FIXTURES.intersection(getattr(item, "fixturenames", ())))


# ------------------------------------------------------------------ pytest hooks


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    """Keep pytest-qt from loading: it imports Qt while pytest configures itself."""
    # Runs when ``-p tests.no_qt`` registers this module, which pytest does before it
    # loads installed plugins such as pytest-qt.
    for name in _PLUGIN_NAMES:
        pluginmanager.set_blocked(name)


def pytest_addoption(parser: pytest.Parser) -> None:
    """Accept pytest-qt's ini key, which pyproject.toml sets, while pytest-qt is off."""
    parser.addini("qt_api", "unused in the no-Qt run (pytest-qt is off)")


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config) -> None:
    """Install the import blocker before conftest.py files are imported."""
    install()


def pytest_report_header(config: pytest.Config) -> str:
    """Say in the run's header that this is the no-Qt run."""
    dirs = ", ".join(f"tests/{d}" for d in QT_TEST_DIRS)
    return (
        f"no-Qt run: {', '.join(sorted(BLOCKED_PACKAGES))} blocked; "
        f"skipping {dirs}, *pdf* test files and tests marked qt"
    )


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Do not even enter the Qt-only test folders (their conftest.py imports Qt)."""
    return True if is_qt_test_path(collection_path) else None


class _QtOnlyFile(pytest.File):
    """Stands in for a Qt-only test file named on the command line: skipped, not imported."""

    def collect(self) -> Iterator[pytest.Item]:
        pytest.skip("needs Qt, left out of the no-Qt run")
        yield from ()


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(
    file_path: Path, parent: pytest.Collector
) -> Generator[None, list[pytest.Collector], list[pytest.Collector]]:
    """Do not import Qt-only test files, even when named on the command line."""
    collectors = yield
    if collectors and is_qt_test_path(file_path):
        return [_QtOnlyFile.from_parent(parent, path=file_path)]
    return collectors


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect the tests that need Qt."""
    deselected = [item for item in items if needs_qt(item)]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not needs_qt(item)]
