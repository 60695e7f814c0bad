"""Project files: one SQLite file per decision, with migrations, locking and an audit log.

Only :class:`ProjectStore` and :class:`AuditEntry` are meant for other layers.
"""

from counterweight.storage.audit import AuditEntry
from counterweight.storage.schema import FILE_SUFFIX, FORMAT_MARKER
from counterweight.storage.store import ProjectStore

__all__ = ["FILE_SUFFIX", "FORMAT_MARKER", "AuditEntry", "ProjectStore"]
