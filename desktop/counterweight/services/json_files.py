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
from counterweight.engine.phrase import Phrase, quoted_name
from counterweight.storage.sqlite_io import fsync_dir

#: How a problem that says what the file itself is or did begins ("is not UTF-8 text", "was written by a newer
#: version..."): :func:`format_error` makes it a sentence with the file as its subject (h28i, QA: "bad.json: is
#: not valid JSON" read as two pieces). Any other problem is a clause of its own and follows the label and a colon.
_ABOUT_THE_FILE = ("is ", "was ", "uses ", "could ", "has ", "cannot ")


def file_subject(label: str) -> str:
    """``label`` as the subject of a sentence: a file's name in quotes (“bad.json”), a description as it is.

    A label with a file ending is a name the user gave the file; one without is a description a
    caller chose for text that has no file ("The decision data"), which reads as a subject already.
    """
    return Phrase("“{name}”", name=label) if Path(label).suffix.strip(".") else label


def format_error(label: str, problem: str) -> ExchangeFormatError:
    """The error for ``problem`` with the file (or text) called ``label``.

    A problem about the file itself ("is not UTF-8 text (bad byte at position 3)") becomes one sentence,
    ``“label” is not UTF-8 text (bad byte at position 3).``; any other reads ``label: problem``.
    """
    if problem.startswith(_ABOUT_THE_FILE):
        return ExchangeFormatError(f"{file_subject(label)} {problem.removesuffix('.')}.")
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
        # Python's own words for what is wrong ("expecting value") stay English: they name JSON's grammar
        raise ExchangeFormatError(Phrase("{file} is not valid JSON: {what} at line {line}, column {column}.",
                                         file=file_subject(label), what=what, line=exc.lineno,
                                         column=exc.colno)) from exc
    except _DuplicateKey as exc:
        raise ExchangeFormatError(Phrase("{file} holds the key {key} twice in the same object.",
                                         file=file_subject(label), key=quoted_name(exc.key))) from exc
    except RecursionError as exc:
        raise ExchangeFormatError(Phrase("{file} is nested too deeply to be a decision file.",
                                         file=file_subject(label))) from exc
    except ValueError as exc:  # Python refuses to read a whole number of more than 4,300 digits
        raise ExchangeFormatError(Phrase("{file} holds a number too long to be read (more than {limit:,} digits).",
                                         file=file_subject(label), limit=sys.get_int_max_str_digits())) from exc


__all__ = ["file_subject", "format_error", "parse_json_text", "write_text_atomically"]
