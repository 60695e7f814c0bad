"""The ``project.conclusion`` column (migration m009): the recommendation and the decision taken.

One JSON object (the fields of :class:`~counterweight.domain.conclusion.Conclusion`
that are set), or ``''`` when none is recorded, so a project without one holds
exactly what it held before. Reading validates it; a damaged value gives the
file's usual located error ("table project, column conclusion").
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from counterweight.domain import Decision
from counterweight.domain.conclusion import Conclusion
from counterweight.domain.errors import ProjectFileError

#: How the column is named in error messages.
WHAT = "table project, column conclusion"


def conclusion_text(conclusion: Conclusion | None) -> str:
    """The column's text for ``conclusion``: compact JSON of the fields set, ``''`` for none."""
    if conclusion is None or conclusion.is_empty:
        return ""
    return json.dumps(conclusion.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False,
                      separators=(",", ":"), sort_keys=True)


def write_conclusion(conn: sqlite3.Connection, old: Decision | None, new: Decision) -> None:
    """Store ``new``'s conclusion when it differs from ``old``'s (always for a new file)."""
    if old is None or old.conclusion != new.conclusion:
        conn.execute("UPDATE project SET conclusion = ? WHERE id = 1", (conclusion_text(new.conclusion),))


def read_conclusion(conn: sqlite3.Connection, where: str,
                    damaged: Callable[[str, str, Exception], ProjectFileError]) -> Conclusion | None:
    """The stored conclusion, validated; ``None`` when none is recorded.

    ``damaged(where, what, exc)`` builds the error for a value that cannot be accepted.
    """
    text = conn.execute("SELECT conclusion FROM project WHERE id = 1").fetchone()[0]
    if text is None or not str(text).strip():
        return None
    try:
        data: Any = json.loads(text)
    except (TypeError, json.JSONDecodeError) as exc:
        raise damaged(where, WHAT, ValueError(f"unreadable JSON: {exc}")) from exc
    try:
        return Conclusion.model_validate(data)
    except ValueError as exc:
        raise damaged(where, WHAT, exc) from exc


__all__ = ["WHAT", "conclusion_text", "read_conclusion", "write_conclusion"]
