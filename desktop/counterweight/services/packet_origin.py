"""The names of the packet round trip, and whether a project is a packet's working copy.

Kept apart from :mod:`counterweight.services.packets` (which builds, reads and merges
packet files): the window asks this of every project it opens and names the packet
file type in its menus, but needs nothing else about packets until the user chooses
a packet command (issue 6: start-up time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from counterweight.services.session import ProjectSession

#: File name ending of elicitation packets.
PACKET_SUFFIX = ".cwpacket"

#: Audit actions of the packet round trip (see :mod:`counterweight.services.packets`).
EXPORT_ACTION = "Export elicitation packet"
OPEN_ACTION = "Open elicitation packet"
RETURN_ACTION = "Return elicitation packet"
IMPORT_ACTION = "Import elicitation packet"
UNDO_IMPORT_ACTION = "Undo elicitation packet import"


def packet_request_of(session: ProjectSession) -> tuple[dict[str, Any], str] | None:
    """The packet request a working project was made from, or ``None`` for an ordinary project.

    Only the audit entries that record opening a packet are read, however long the
    project's history is.
    """
    for entry in session.audit_log(action=OPEN_ACTION):
        if isinstance(entry.new, dict) and isinstance(entry.new.get("request"), dict):
            return entry.new["request"], str(entry.new.get("request_hash", ""))
    return None
