"""Reading a project's audit trail: the log, its hash chain's check and head (mixed into ProjectStore).

Kept apart from :mod:`.store`, which writes, follows and closes the file (and
:mod:`.store_opening`, which opens it); these only read, under the store's lock and on its
connection.
"""

from __future__ import annotations

import sqlite3
import threading

from counterweight.storage import audit, audit_chain, schema, sqlite_io
from counterweight.storage.audit import AuditEntry


class AuditReads:
    """The audit reads of :class:`~counterweight.storage.store.ProjectStore` (``_mutex``, ``_connection``)."""

    _mutex: threading.RLock

    def _connection(self) -> sqlite3.Connection:  # pragma: no cover - ProjectStore's
        raise NotImplementedError

    def audit_log(self, limit: int | None = None, action: str | None = None) -> list[AuditEntry]:
        """The audit log, newest entry first (at most ``limit`` entries; only ``action``'s if given)."""
        with self._mutex:
            return audit.read(self._connection(), limit, action)

    def verify_audit(self, expect_head: str | None = None) -> audit_chain.VerifyReport:
        """Check the audit log's hash chain (see :func:`audit_chain.verify`).

        Parameters
        ----------
        expect_head : str, optional
            A head hash recorded earlier that must still be in the log.

        Returns
        -------
        VerifyReport
            OK, or the first entry found altered, missing or out of place.
        """
        with self._mutex:
            conn = self._connection()
            applied = schema.MIGRATIONS.applied(sqlite_io.wrap(conn))
            upgraded_at = next((m.applied_at for m in applied if m.name == "m004_audit_hash_chain"), "")
            conn.execute("BEGIN")
            try:
                return audit_chain.verify(conn, expect_head=expect_head, upgraded_at=upgraded_at)
            finally:
                conn.execute("COMMIT")

    def audit_head_hash(self) -> str:
        """The newest audit entry's hash (the chain's head), without checking the chain."""
        with self._mutex:
            return audit_chain.read_head(self._connection()).hash


__all__ = ["AuditReads"]
