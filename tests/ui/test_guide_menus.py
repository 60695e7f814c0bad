"""The user guide names the menus as the window shows them (QA pass 20, items 9 and 16).

A user following the guide looks for the words it prints in bold: every menu path it
gives must lead to a real menu entry, written with one separator, and every command of
the File menu (and the commands of the Edit and Evidence menus) must be explained.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QMenu

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "user-guide.md"
TOP_MENUS = ("File", "Edit", "View", "Evidence", "Help")


def _guide() -> str:
    return " ".join(GUIDE.read_text(encoding="utf-8").split())  # lines joined: paths may wrap


def _entries(menu: QMenu, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], QMenu | None]:
    """Every entry of ``menu`` by its path of texts without the '&' (submenus listed too)."""
    found: dict[tuple[str, ...], QMenu | None] = {}
    for action in menu.actions():
        if action.isSeparator():
            continue
        here = (*path, action.text().replace("&", ""))
        found[here] = action.menu()
        if action.menu() is not None:
            action.menu().aboutToShow.emit()  # menus filled on opening (Open Recent, Whose judgements)
            found.update(_entries(action.menu(), here))
    return found


def _menus(window) -> dict[tuple[str, ...], QMenu | None]:
    found: dict[tuple[str, ...], QMenu | None] = {}
    for action in window.menuBar().actions():
        found.update(_entries(action.menu(), (action.text().replace("&", ""),)))
    return found


def test_menu_paths_use_one_separator() -> None:
    text = _guide()
    mixed = re.findall(r"\*\*(?:%s) >[^*]*\*\*" % "|".join(TOP_MENUS), text)
    assert not mixed, f"write menu paths with › as the rest of the guide does: {mixed}"


def test_every_menu_path_in_the_guide_exists(window) -> None:
    menus = _menus(window)
    paths = re.findall(r"\*\*((?:%s) › [^*]+)\*\*" % "|".join(TOP_MENUS), _guide())
    assert paths
    missing = [p for p in paths if tuple(part.strip() for part in p.split("›")) not in menus]
    assert not missing, f"not in the menus: {missing}"


def test_every_file_edit_and_evidence_command_is_explained(window) -> None:
    text = _guide()
    menus = _menus(window)
    commands = [path for path in menus if path[0] == "File" and len(path) == 2 or
                path[0] in ("Edit", "Evidence") and len(path) == 2 and menus[path] is None]
    assert ("File", "Save checkpoint") in commands and ("Edit", "Paste scores") in commands
    unexplained = [" › ".join(path) for path in commands if f"**{path[-1]}**" not in text
                   and f"› {path[-1]}**" not in text]
    assert not unexplained, f"the guide never names: {unexplained}"
