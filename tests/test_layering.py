"""The import rules between Counterweight's layers, checked on the source with ``ast``.

The rules are those of the architecture notes: a Qt-free core (domain, engine,
storage, services, cli) under a Qt shell (ui, charts, the PDF renderer), and
nothing but ``__main__`` importing ``ui`` or ``cli``. Every import counts,
including the ones inside functions and under ``TYPE_CHECKING``.
import-linter (``lint-imports``) checks the same boundaries on the import graph;
this test adds the limits on third-party packages and names the file and line.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = "counterweight"
PACKAGE_DIR = Path(__file__).resolve().parent.parent / "desktop" / PACKAGE

QT = frozenset({"PySide6", "shiboken6"})
STDLIB = frozenset(sys.stdlib_module_names)
PYDANTIC = frozenset({"pydantic", "pydantic_core"})


@dataclass(frozen=True)
class Rule:
    """What one layer may import.

    ``layers``: internal layers allowed (its own always is). ``external``:
    third-party top-level packages allowed, ``None`` for any. ``forbidden``:
    third-party packages refused even when ``external`` is ``None``.
    ``core_only``: only ``counterweight`` and ``counterweight._version`` among the
    top-level modules (no file locations or other I/O helpers).
    """

    layers: frozenset[str]
    external: frozenset[str] | None
    forbidden: frozenset[str] = frozenset()
    core_only: bool = False


def _rule(
    layers: set[str],
    external: set[str] | None,
    forbidden: frozenset[str] = frozenset(),
    core_only: bool = False,
) -> Rule:
    return Rule(
        frozenset(layers), None if external is None else frozenset(external), forbidden, core_only
    )


RULES: dict[str, Rule] = {
    "domain": _rule(set(), set(PYDANTIC), core_only=True),
    "engine": _rule({"domain"}, {"numpy"}, core_only=True),
    "storage": _rule({"domain"}, {"sqlite_utils", "filelock"} | PYDANTIC),
    "services": _rule({"domain", "engine", "storage", "reports"}, None, QT),
    "charts": _rule({"domain", "engine"}, {"numpy"} | QT),
    "reports": _rule({"domain", "engine", "charts"}, None),
    "cli": _rule({"domain", "engine", "services", "reports"}, None, QT),
    "ui": _rule({"domain", "engine", "services", "reports", "charts"}, None),
}
"""Per layer (first folder under ``counterweight/``); the standard library is always allowed."""

TOP_LEVEL = _rule(set(), None, QT)
"""Modules directly in ``counterweight/`` other than ``__main__`` (locations, version)."""

CORE_MODULES = frozenset({PACKAGE, f"{PACKAGE}._version"})


@dataclass(frozen=True)
class Violation:
    """One import that breaks a rule."""

    path: Path
    line: int
    imported: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: imports {self.imported}: {self.reason}"


def module_name(path: Path, package_dir: Path) -> str:
    """Dotted module name of a file under ``package_dir`` (``__init__`` names its package)."""
    parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, package_dir: Path) -> Iterator[tuple[int, str]]:
    """Every module a file imports, absolute, with its line number.

    ``from X import a`` yields ``X`` and, when ``a`` is a module of the package
    (``from counterweight import ui``), ``X.a`` too.
    """
    name = module_name(path, package_dir)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield node.lineno, target
            if target.split(".")[0] == PACKAGE:
                for alias in node.names:
                    candidate = package_dir.parent.joinpath(*target.split("."), alias.name)
                    if candidate.is_dir() or candidate.with_suffix(".py").is_file():
                        yield node.lineno, f"{target}.{alias.name}"


def _layer_of(dotted: str) -> str | None:
    """The layer a ``counterweight.*`` module belongs to, or ``None`` for top-level modules."""
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in RULES else None


def check_file(path: Path, package_dir: Path) -> list[Violation]:
    """The rule violations of one source file."""
    name = module_name(path, package_dir)
    if name == f"{PACKAGE}.__main__":
        return []  # the entry point assembles everything, lazily
    layer = _layer_of(name)
    rule = RULES[layer] if layer else TOP_LEVEL
    where = f"{layer}/" if layer else "a top-level module"
    shown = path.relative_to(package_dir.parent.parent) if package_dir.parent.parent in path.parents else path
    found: list[Violation] = []

    def refuse(line: int, imported: str, reason: str) -> None:
        found.append(Violation(shown, line, imported, reason))

    for line, imported in imports_of(path, package_dir):
        top = imported.split(".")[0]
        if top == PACKAGE:
            target = _layer_of(imported)
            if imported.startswith(f"{PACKAGE}.__main__"):
                refuse(line, imported, "nothing imports the entry point")
            elif target is None:
                if rule.core_only and ".".join(imported.split(".")[:2]) not in CORE_MODULES:
                    refuse(line, imported, f"{where} may use only {', '.join(sorted(CORE_MODULES))}")
            elif target == layer:
                continue
            elif target in {"ui", "cli"}:
                refuse(line, imported, f"only __main__ may import {target}/")
            elif target not in rule.layers:
                allowed = ", ".join(sorted(rule.layers)) or "no other layer"
                refuse(line, imported, f"{where} may import {allowed}, not {target}/")
        elif top in STDLIB:
            continue
        elif top in rule.forbidden or (rule.external is not None and top not in rule.external):
            allowed = "any package but Qt" if rule.external is None else (
                ", ".join(sorted(rule.external)) or "no third-party package"
            )
            refuse(line, imported, f"{where} may use the standard library and {allowed}")
    return found


def check_package(package_dir: Path) -> tuple[list[Path], list[Violation]]:
    """Check every ``.py`` file under ``package_dir``; return the files and the violations."""
    files = sorted(package_dir.rglob("*.py"))
    violations = [v for path in files for v in check_file(path, package_dir)]
    return files, violations


# ------------------------------------------------------------------ the real tree


def test_every_module_follows_the_layer_rules() -> None:
    files, violations = check_package(PACKAGE_DIR)
    assert PACKAGE_DIR / "domain" / "__init__.py" in files, "the walk found no source"
    assert not violations, "imports that break the layer rules:\n" + "\n".join(map(str, violations))


# ------------------------------------------------------------------ the checker itself


def _tree(root: Path, files: dict[str, str]) -> Path:
    """Write a fake ``counterweight`` package under ``root``; return its folder."""
    package = root / "desktop" / PACKAGE
    layers = {f"{layer}/__init__.py": "" for layer in RULES}
    top = {"__init__.py": "", "_version.py": "", "locations.py": ""}
    for relative, source in {**top, **layers, **files}.items():
        path = package / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        for parent in path.relative_to(package).parents:
            init = package / parent / "__init__.py"
            if not init.exists():
                init.write_text("")
        path.write_text(source)
    return package


def _violations(tmp_path: Path, files: dict[str, str]) -> list[Violation]:
    return check_package(_tree(tmp_path, files))[1]


def test_engine_importing_qt_is_reported_with_file_and_line(tmp_path: Path) -> None:
    found = _violations(tmp_path, {"engine/topsis.py": "import math\n\nfrom PySide6 import QtCore\n"})
    assert [(str(v.path), v.line, v.imported) for v in found] == [
        (str(Path("desktop/counterweight/engine/topsis.py")), 3, "PySide6")
    ]
    assert str(found[0]).startswith(str(Path("desktop/counterweight/engine/topsis.py")) + ":3:")


@pytest.mark.parametrize(
    ("relative", "source", "imported"),
    [
        ("domain/model.py", "import numpy\n", "numpy"),
        ("engine/wsm.py", "from counterweight.storage import repo\n", "counterweight.storage"),
        ("engine/wsm.py", "from counterweight import locations\n", "counterweight.locations"),
        ("storage/repo.py", "import PySide6.QtCore\n", "PySide6.QtCore"),
        ("storage/repo.py", "from ..engine import wsm\n", "counterweight.engine"),
        ("services/session.py", "def f():\n    from PySide6 import QtCore\n", "PySide6"),
        ("services/session.py", "from counterweight.ui import window\n", "counterweight.ui"),
        ("services/session.py", "from counterweight import cli\n", "counterweight.cli"),
        ("charts/bars.py", "from counterweight.storage import repo\n", "counterweight.storage"),
        ("reports/pdf.py", "from counterweight.services import session\n", "counterweight.services"),
        ("cli/main.py", "import PySide6\n", "PySide6"),
        ("cli/main.py", "from counterweight.ui import window\n", "counterweight.ui"),
        ("ui/window.py", "from counterweight.storage.repo import load\n", "counterweight.storage.repo"),
        ("ui/widgets/panel.py", "from ...storage import repo\n", "counterweight.storage"),
        ("ui/window.py", "from counterweight.cli import main\n", "counterweight.cli"),
        ("locations.py", "from PySide6 import QtCore\n", "PySide6"),
        ("services/session.py", "import counterweight.__main__\n", "counterweight.__main__"),
    ],
)
def test_each_broken_rule_is_reported(
    tmp_path: Path, relative: str, source: str, imported: str
) -> None:
    found = _violations(tmp_path, {relative: source})
    assert imported in [v.imported for v in found], found


@pytest.mark.parametrize(
    ("relative", "source"),
    [
        ("domain/model.py", "from __future__ import annotations\nimport enum\nfrom pydantic import BaseModel\n"),
        ("domain/model.py", "from .base import Frozen\nfrom counterweight._version import __version__\n"),
        ("engine/wsm.py", "import numpy as np\nfrom counterweight.domain import Decision\n"),
        ("storage/repo.py", "import sqlite3\nimport sqlite_utils\nfrom filelock import FileLock\n"),
        ("services/session.py", "from counterweight import locations\nfrom ..storage import repo\n"),
        ("charts/bars.py", "from PySide6.QtCharts import QChart\nfrom counterweight.engine import wsm\n"),
        ("reports/pdf.py", "from PySide6.QtGui import QPdfWriter\nfrom counterweight.charts import bars\n"),
        ("ui/window.py", "from PySide6 import QtWidgets\nfrom counterweight.services import session\n"),
        ("__main__.py", "def main():\n    from counterweight.ui import window\n    from .cli import main\n"),
    ],
)
def test_allowed_imports_pass(tmp_path: Path, relative: str, source: str) -> None:
    assert _violations(tmp_path, {relative: source}) == []
