"""The wheel carries resources/ and data/, and the locator finds them there."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_listed():
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT / "desktop").parts)
        for p in (ROOT / "desktop" / "counterweight").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_shared_folders_are_mapped_into_the_package():
    mapping = _pyproject()["tool"]["setuptools"]["package-dir"]
    assert (ROOT / mapping["counterweight._resources"] / "icons" / "counterweight.svg").is_file()
    assert (ROOT / mapping["counterweight._data"] / "examples" / "north-korea-troops.json").is_file()


def test_locator_finds_folders_in_installed_layout(tmp_path):
    # Lay the package out as the wheel installs it: _resources and _data inside it.
    site = tmp_path / "site"
    shutil.copytree(ROOT / "desktop" / "counterweight", site / "counterweight",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", site / "counterweight" / "_resources")
    shutil.copytree(ROOT / "data", site / "counterweight" / "_data")
    code = (
        "from counterweight import locations as l; "
        "print(l.resources_dir()); print(l.example_decision_path())"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}, check=True).stdout.split()
    assert out[0] == str(site / "counterweight" / "_resources")
    assert Path(out[1]).is_file() and out[1].startswith(str(site))
