"""Fixtures for the command-line tests: decision files and ways to run the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from counterweight.domain import Decision
from counterweight.locations import example_decision_path
from counterweight.services import exchange
from tests.factories import small_decision

#: ``desktop/``, computed from this file so the tests need no installed package.
DESKTOP_DIR = Path(__file__).resolve().parents[2] / "desktop"


@dataclass(frozen=True)
class Result:
    """What one CLI run produced."""

    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()

    def json(self) -> dict:
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run ``counterweight.__main__.main(args)`` in this process and capture its output."""
    from counterweight.__main__ import main

    def run(*args: str | os.PathLike[str]) -> Result:
        capsys.readouterr()  # drop anything printed before
        code = main([os.fspath(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def subprocess_env(encoding: str = "utf-8") -> dict[str, str]:
    """The current environment with ``desktop/`` first on ``PYTHONPATH``.

    ``encoding`` is the console encoding the child sees (``PYTHONIOENCODING``).
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(DESKTOP_DIR), env.get("PYTHONPATH", "")) if p)
    env["PYTHONIOENCODING"] = encoding
    return env


def run_subprocess(
    args: Sequence[str | os.PathLike[str]], *, cwd: Path | None = None, encoding: str = "utf-8"
) -> Result:
    """Run ``python -m counterweight ARGS`` in a fresh interpreter."""
    proc = subprocess.run(
        [sys.executable, "-m", "counterweight", *map(os.fspath, args)],
        capture_output=True,
        text=True,
        encoding=encoding,
        errors="replace",
        env=subprocess_env(encoding),
        cwd=cwd,
        timeout=120,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def example_json() -> Path:
    """The worked example shipped with the application."""
    return example_decision_path()


def write_decision(path: Path, decision: Decision) -> Path:
    """Save ``decision`` as an exchange file at ``path``."""
    exchange.write_file(path, decision)
    return path


@pytest.fixture
def small_json(tmp_path: Path) -> Path:
    """``tests.factories.small_decision()`` as an exchange file."""
    return write_decision(tmp_path / "small.json", small_decision())


@pytest.fixture
def small_project(tmp_path: Path, cli: Callable[..., Result], small_json: Path) -> Path:
    """A ``.counterweight`` project made from ``small_json`` by ``counterweight import``."""
    target = tmp_path / "small.counterweight"
    result = cli("import", small_json, "-o", target)
    assert result.code == 0, result.err
    assert target.is_file()
    return target


@pytest.fixture
def example_project(tmp_path: Path, cli: Callable[..., Result], example_json: Path) -> Path:
    """The shipped example imported as a ``.counterweight`` project by the CLI."""
    target = tmp_path / "example.counterweight"
    result = cli("import", example_json, "-o", target)
    assert result.code == 0, result.err
    return target
