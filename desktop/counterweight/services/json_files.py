"""JSON files written and read with care: all-or-nothing writes, and parsing that refuses duplicate keys.

Shared by the decision file (:mod:`.exchange`) and the elicitation packet
(:mod:`.packet_format`). Every failure is an
:class:`~counterweight.domain.errors.ExchangeFormatError` that names the file.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from counterweight.domain import ExchangeFormatError
from counterweight.domain.errors import write_failure
from counterweight.storage.sqlite_io import fsync_dir


def format_error(label: str, problem: str) -> ExchangeFormatError:
    """The error for ``problem`` with the file (or text) called ``label``: ``"label: problem"``."""
    return ExchangeFormatError(f"{label}: {problem}")


# --------------------------------------------------------------------------- writing


def write_text_atomically(target: Path, text: str, *, what: str) -> None:
    """Write UTF-8 ``text`` to ``target`` all or nothing (temporary file, fsync, rename).

    Raises
    ------
    ExchangeFormatError
        If the file cannot be written (the message names ``what`` and the reason; ``where`` names
        ``target``).
    """
    data = text.encode("utf-8")
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        if os.name == "posix":  # mkstemp makes 0600; an export is for sharing, so follow the umask
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
        tmp_name = ""
        fsync_dir(target.parent)
    except OSError as exc:  # the error names ``target``, never the hidden temporary file
        raise write_failure(target, what, exc, error_cls=ExchangeFormatError) from exc
    finally:
        if tmp_name:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


# --------------------------------------------------------------------------- reading


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def parse_json_text(text: str, label: str) -> Any:
    """Parse JSON text, refusing duplicate keys; errors name ``label`` and the line and column."""
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        what = exc.msg.lower().removesuffix(" at")  # "unterminated string starting at" ends in "at" already
        problem = f"is not valid JSON: {what} at line {exc.lineno}, column {exc.colno}"
        raise format_error(label, problem) from exc
    except _DuplicateKey as exc:
        raise format_error(label, f"the key {exc.key!r} appears twice in the same object") from exc
    except RecursionError as exc:
        raise format_error(label, "is nested too deeply to be a decision file") from exc
    except ValueError as exc:  # Python refuses to read a whole number of more than 4,300 digits
        limit = sys.get_int_max_str_digits()
        raise format_error(label, f"a number in the file is too long (more than {limit:,} digits) to be read") from exc


__all__ = ["format_error", "parse_json_text", "write_text_atomically"]
