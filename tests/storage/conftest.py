"""Fixtures for the storage tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of its own (``tmp_path`` also holds the test's user folders)."""
    path = tmp_path / "projects"
    path.mkdir()
    return path
