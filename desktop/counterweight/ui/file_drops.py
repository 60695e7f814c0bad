"""Files dropped on the main window go where the File menu would take them.

QA pass 22: a file dragged onto the window was refused without a word. Now:

* a project (``.counterweight``) or a decision file (``.json``) opens, as File > Open… does;
* a spreadsheet (``.xlsx``, ``.xlsm``, ``.csv``, ``.tsv``; an old ``.xls`` gets the import's
  own advice) is imported, as File > Import spreadsheet… does: checked first, then the
  project's name is asked, and the import's notes are shown;
* an elicitation packet (``.cwpacket``) that has been filled in is imported into the open
  project, as File > Elicitation packets > Import returned packet… does; one not yet
  filled in becomes a working project, as Open packet to fill in… does.

Each goes through the same checks and messages as its menu command (typed changes are
applied first; a read-only project refuses an import). Anything else, a folder or several
files at once is refused with a status message that says what can be dropped. The work
starts after the drop has ended, so the program the file came from is not held waiting
while a dialog is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from counterweight.services.packet_origin import PACKET_SUFFIX
from counterweight.services.projects import JSON_SUFFIXES
from counterweight.services.workspace import PROJECT_SUFFIX

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QMainWindow

#: What an import reads (services.spreadsheet reads the first four; it explains why not ``.xls``).
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".csv", ".tsv", ".xls"})
#: Spreadsheets of other programs, refused with the advice to save them as .xlsx.
OTHER_SPREADSHEETS = frozenset({".ods", ".numbers"})


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files (or folders) in a drag's data; remote URLs are left out."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def kind_of(path: Path) -> str:
    """``"project"``, ``"spreadsheet"``, ``"packet"`` or ``""`` (not something Counterweight takes)."""
    suffix = path.suffix.lower()
    if suffix == PROJECT_SUFFIX or suffix in JSON_SUFFIXES:
        return "project"
    if suffix in SPREADSHEET_SUFFIXES:
        return "spreadsheet"
    if suffix == PACKET_SUFFIX:
        return "packet"
    return ""


class FileDrops(QObject):
    """Accepts files dropped on ``window`` and sends each to its File menu route.

    ``window`` is the main window: it has ``file_actions``, ``packet_actions`` and
    ``show_status``. Installed as an event filter, so the window class needs no
    drag-and-drop methods of its own.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is not self._window:
            return False
        if isinstance(event, (QDragEnterEvent, QDragMoveEvent)):
            if dropped_paths(event.mimeData()):  # every local file: a refusal is explained on the drop
                event.acceptProposedAction()
                return True
            return False
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            paths = dropped_paths(event.mimeData())
            if not paths:
                return False
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.take(paths))  # after the drop: no dialog inside it
            return True
        return False

    def _status(self, message: str) -> None:
        self._window.show_status(message)  # type: ignore[attr-defined]

    def take(self, paths: list[Path]) -> bool:
        """Open, import or refuse what was dropped (one file); returns whether a route took it and succeeded."""
        if len(paths) != 1:
            self._status(self.tr("Drop one file at a time: %1 files were dropped, and none was opened.")
                         .replace("%1", str(len(paths))))
            return False
        path = paths[0]
        kind = kind_of(path)
        if path.is_dir() or not kind:
            what = self.tr("%1 is a folder.") if path.is_dir() else self.tr("%1 is not a file Counterweight opens.")
            if path.suffix.lower() in OTHER_SPREADSHEETS:
                what += " " + self.tr("Save it as an Excel workbook (.xlsx) first, then drop that.")
            self._status(what.replace("%1", path.name) + " " + self.tr(
                "Drop a project (.counterweight), a spreadsheet (.xlsx or .csv) or an elicitation packet "
                "(.cwpacket)."))
            return False
        route = self._route(kind, path)
        if route is None:
            return False
        files = getattr(self._window, "file_actions")
        result = {"done": False}

        def run() -> None:
            result["done"] = bool(route())
        leaves = not (kind == "packet" and _answered(path))  # a returned packet is merged into this project
        files.pending_edits.then(run, leaves=leaves)()  # typed changes are applied first, as for a menu command
        return result["done"]

    def _route(self, kind: str, path: Path) -> Callable[[], object] | None:
        files = getattr(self._window, "file_actions")
        if kind == "project":
            return lambda: files.open_path(path)
        if kind == "spreadsheet":
            return lambda: files.spreadsheets.import_spreadsheet(path, interactive=True)
        packets = getattr(self._window, "packet_actions")
        if not _answered(path):  # unreadable too: opening it gives the packet's own message
            return lambda: packets.open_packet(path)
        if not packets.import_action.isEnabled():
            self._status(self.tr("%1 is a returned elicitation packet; it can only be imported into a project "
                                 "open for changes.").replace("%1", path.name))
            return None
        return lambda: packets.import_packet(path)


def _answered(path: Path) -> bool:
    """Whether the packet at ``path`` has been filled in (``False`` when it cannot be read)."""
    from counterweight.domain.errors import CounterweightError
    from counterweight.services.packet_format import read_packet

    try:
        return read_packet(path).answered
    except (CounterweightError, OSError):
        return False


__all__ = ["FileDrops", "SPREADSHEET_SUFFIXES", "dropped_paths", "kind_of"]
