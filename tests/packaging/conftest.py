"""Fixtures shared by the packaging tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def licences() -> ModuleType:
    """packaging/pyinstaller/licences.py (the spec's licence collector), loaded from its file once."""
    path = ROOT / "packaging" / "pyinstaller" / "licences.py"
    spec = importlib.util.spec_from_file_location("cw_packaging_licences", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module
