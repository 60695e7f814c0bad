"""Find the shipped ``resources/`` and ``data/`` folders.

The same lookup works from a source checkout (``desktop/counterweight`` beside the
top-level ``resources/`` and ``data/``), from an installed wheel (the folders are
packaged as ``counterweight/_resources`` and ``counterweight/_data``) and from a
PyInstaller bundle (``sys._MEIPASS/resources`` and ``sys._MEIPASS/data``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    override = os.environ.get("COUNTERWEIGHT_SHARE_DIR")
    if override:
        found.append(Path(override) / name)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / name)
    found.append(_PACKAGE_DIR / f"_{name}")  # installed wheel
    found.append(_PACKAGE_DIR.parents[1] / name)  # source checkout
    return found


@cache
def _locate(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(p) for p in _candidates(name))
    raise FileNotFoundError(f"Counterweight's {name!r} folder is missing (looked in {tried})")


def resources_dir() -> Path:
    """Folder holding icons, style sheets and translations."""
    return _locate("resources")


def data_dir() -> Path:
    """Folder holding the example decisions shipped with the application."""
    return _locate("data")


def example_decision_path() -> Path:
    """The worked example that opens on first run."""
    return data_dir() / "examples" / "north-korea-troops.json"


def home_folder() -> Path:
    """The user's Counterweight folder (preferences, window state, backups); not created here.

    ``COUNTERWEIGHT_HOME`` overrides the platform's per-user data folder. Kept free of
    heavy imports so the start-up window can read the saved window geometry at once;
    :func:`counterweight.services.workspace.home_dir` creates the folder.
    """
    override = os.environ.get("COUNTERWEIGHT_HOME")
    if override:
        return Path(override)
    import platformdirs  # only here: the rest of this module is needed by every command

    return Path(platformdirs.user_data_dir("Counterweight", appauthor=False))
