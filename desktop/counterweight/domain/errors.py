"""One hierarchy of user-facing errors.

Every error a user can cause (bad input, a bad file, a locked project) is a
:class:`CounterweightError`. Its ``message`` is a sentence a policy analyst can act
on; ``where`` names the file, field, row or line at fault when there is one. Anything
that is not a ``CounterweightError`` is a bug and is reported as such.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from counterweight.domain.base import ID_PATTERN, ONE_LINE_PATTERN
from counterweight.domain.phrase import Phrase


class CounterweightError(Exception):
    """An expected, user-facing error."""

    def __init__(self, message: str, *, where: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.where = where
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def for_window(self) -> str:
        """The message for a banner: without the location when the sentence already names the file.

        ``str()`` puts the full path first, which a log or the command line wants; a
        message that names the file (a project's file errors do) reads better without
        it, and the window shows the project's path elsewhere.
        """
        name = self.where.replace("\\", "/").rsplit("/", 1)[-1]
        return self.message if not self.where or (name and name in self.message) else str(self)


class InvalidInputError(CounterweightError):
    """A value the user typed or a file supplied does not satisfy the model."""

    def __init__(
        self,
        message: str,
        *,
        where: str = "",
        detail: str = "",
        problems: Sequence[str] = (),
    ) -> None:
        super().__init__(message, where=where, detail=detail)
        self.problems = list(problems) or [message]


class ProjectFileError(CounterweightError):
    """A project file cannot be opened or written (corrupt, locked, too new...)."""


class NotAProjectError(ProjectFileError):
    """The file is not a Counterweight project (not SQLite, or foreign tables)."""


class ProjectTooNewError(ProjectFileError):
    """The file was written by a newer Counterweight than this one."""


class ReadOnlyProjectError(ProjectFileError):
    """An edit was attempted on a project opened read-only."""


class ProjectBusyError(ProjectFileError):
    """Another program is writing to the project file, so a change could not be saved now.

    Nothing was saved; the same change can be tried again once the other program is done.
    """


class ExchangeFormatError(InvalidInputError):
    """An exchange (JSON) file is malformed or does not validate."""


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, in words, without the file name the system error carries.

    The name in an ``OSError`` may be a hidden temporary file the user never chose, so
    callers name the file themselves (see :func:`write_failure`).
    """
    if isinstance(exc, IsADirectoryError):
        return Phrase("a folder has that name")
    if isinstance(exc, FileNotFoundError):
        return Phrase("the folder does not exist")
    if isinstance(exc, NotADirectoryError):
        return Phrase("part of the path is a file, not a folder")
    if isinstance(exc, PermissionError):
        return Phrase("Permission denied (the file may be open in another program, or the folder read-only)")
    return exc.strerror or str(exc) or type(exc).__name__


def write_failure(
    target: str | os.PathLike[str],
    what: str,
    exc: OSError,
    *,
    error_cls: type[CounterweightError] = CounterweightError,
) -> CounterweightError:
    """A failed write of ``what`` (``"PDF brief"``...) as a user-facing error naming ``target``.

    ``target`` is the file the user asked for, never the temporary file written first.
    """
    # ``what`` is one of a few fixed words ("PDF brief", "CSV file"): the window translates it as a term
    return error_cls(Phrase("Could not write the {what}: {reason}.", what=Phrase.term(what), reason=os_reason(exc)),
                     where=os.fspath(target))


_FIELD_WORDS = {
    "options": "option",
    "criteria": "criterion",
    "scores": "score",
    "levels": "level",
    "evidence": "evidence",
    "breakpoints": "breakpoint",
    "analysts": "analyst",
    "analyst_inputs": "analyst's input",
    "snapshots": "snapshot",
}


_FRIENDLY = {
    "string_too_short": "must not be empty",
    "extra_forbidden": "is not a field Counterweight knows",
    "missing": "is required",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "finite_number": "must be a finite number",
    "greater_than_equal": "must not be negative",
    "less_than_equal": "must be at most 0",
}


#: What a ``pattern`` of the domain means, in words (instead of showing the regular expression).
_PATTERN_WORDS = {
    ONE_LINE_PATTERN: "must be one line, without line breaks, tabs or other control characters",
    ID_PATTERN: "must be an ID of letters, digits, - _ . only (at most 64, starting with a letter or digit)",
}


def _friendly(err: Mapping[str, Any]) -> str:
    """A pydantic error's problem in plain words (never a regular expression)."""
    kind = str(err.get("type", ""))
    if kind == "string_pattern_mismatch":
        pattern = (err.get("ctx") or {}).get("pattern")
        return _PATTERN_WORDS.get(str(pattern), "is not written in the form expected here")
    bound = (err.get("ctx") or {}).get("ge", (err.get("ctx") or {}).get("le"))
    if kind in ("greater_than_equal", "less_than_equal") and bound not in (None, 0, 0.0):
        return f"must be at {'least' if kind == 'greater_than_equal' else 'most'} {bound:g}"
    msg = _FRIENDLY.get(kind, str(err.get("msg", "invalid value")))
    return msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")


def _names(root: Any) -> dict[str, dict[str, str]]:
    """Option and criterion names by id, from a decision, an exchange file or a packet's request."""
    found: dict[str, dict[str, str]] = {"options": {}, "criteria": {}}
    for holder in (root, _at(root, "decision"), _at(_at(root, "request"), "decision")):
        for key, names in found.items():
            items = _at(holder, key)
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    names.setdefault(item["id"], str(item.get("name") or item["id"]))
    return found


def _at(node: Any, key: str | int) -> Any:
    if isinstance(node, dict) and isinstance(key, str):
        return node.get(key)
    if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
        return node[key]
    return None


def _file_order(holder: Any, items: list[Any], *, analyst: bool) -> list[int]:
    """Where each score validated stands in the file: validation sorts a decision's scores, and an
    analyst's, into a canonical order first, so an error's index counts in that order. The orders
    are the validators' own (imported here: they import this module)."""
    from counterweight.domain.analysts import analyst_score_order
    from counterweight.domain.decision import canonical_score_order

    if isinstance(holder.get("options"), list) or isinstance(holder.get("criteria"), list):
        return canonical_score_order(holder)
    return analyst_score_order(items) if analyst else list(range(len(items)))


def _what_item(kind: str, item: Any, names: dict[str, dict[str, str]]) -> str:
    """`` (Alpha × Cost)`` for a score, `` (Cost)`` for a criterion: what the numbered item is about."""
    if not isinstance(item, dict):
        return ""
    if kind == "scores" and isinstance(item.get("option_id"), str) and isinstance(item.get("criterion_id"), str):
        option, criterion = item["option_id"], item["criterion_id"]
        return f" ({names['options'].get(option, option)} × {names['criteria'].get(criterion, criterion)})"
    if kind in ("options", "criteria") and isinstance(item.get("name"), str) and item["name"].strip():
        return f" ({item['name']})"
    return ""


def describe_location(loc: Iterable[str | int], data: Any = None) -> str:
    """Turn a pydantic error location into words: ``option 2 › name``.

    With the validated ``data``, a numbered score, option or criterion also says what it is
    about: ``score 3 (Alpha × Cost) › value`` (QA h26c: users counted scores in a long file).
    """
    words: list[str] = []
    parts = list(loc)
    names = _names(data) if data is not None else {"options": {}, "criteria": {}}
    node = data
    i = 0
    while i < len(parts):
        part = parts[i]
        if isinstance(part, str) and i + 1 < len(parts) and isinstance(parts[i + 1], int):
            noun, index, items = _FIELD_WORDS.get(part, part), parts[i + 1], _at(node, part)
            if part == "scores" and isinstance(node, dict) and isinstance(items, list) and index < len(items):
                in_analyst = (i >= 2 and parts[i - 2] == "analyst_inputs") or "analyst_id" in node  # an AnalystInput
                index = _file_order(node, items, analyst=in_analyst)[index]  # its place in the file, not after sorting
            node = _at(items, index)
            words.append(f"{noun} {index + 1}{_what_item(part, node, names)}")
            i += 2
            continue
        node = _at(node, part)
        if isinstance(part, int):
            words.append(f"item {part + 1}")
        elif part in {"NumericScale", "QualitativeScale", "numeric", "qualitative"}:
            pass  # tagged-union branch names mean nothing to a user
        else:
            words.append(str(part).replace("_", " "))
        i += 1
    return " › ".join(words)


def from_validation_error(
    exc: ValidationError, *, what: str = "", error_cls: type[InvalidInputError] = InvalidInputError,
    data: Any = None,
) -> InvalidInputError:
    """Convert a pydantic ``ValidationError`` into a user-facing error.

    The first problem becomes the message; all problems are kept in ``problems``. ``data``,
    the input that was validated, lets a place name the score, option or criterion it is in.
    """
    problems: list[str] = []
    for err in exc.errors(include_url=False):
        place = describe_location(err.get("loc", ()), data)
        msg = _friendly(err)
        problems.append(f"{place}: {msg}" if place else msg)
    first = problems[0] if problems else "invalid value"
    prefix = f"{what}: " if what else ""
    more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
    return error_cls(f"{prefix}{first}{more}", problems=problems)
