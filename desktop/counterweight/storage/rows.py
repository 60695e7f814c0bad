"""Mapping between domain models and table rows, and writing only what changed.

Positions: ``options.position`` and ``criteria.position`` are each element's index
in the decision's list, so loading gives back a decision equal to the one saved
(lists compare in order); so are ``elicitations.position`` and
``red_lines.position``. Scores need none: the domain sorts them by option, then
criterion.

Elicitations and red lines are few and edited one at a time, so a change to either
list rewrites its (small) table; scores, options and criteria are diffed row by row.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Hashable, Sequence
from itertools import compress
from operator import is_not
from typing import Any, TypeVar

from pydantic import TypeAdapter

from counterweight.domain import (
    Criterion,
    Decision,
    Elicitation,
    MethodSettings,
    Option,
    ProjectFileError,
    RedLine,
    Score,
    from_validation_error,
)
from counterweight.storage.schema import FORMAT_MARKER
from counterweight.storage.source_rows import read_sources, write_sources
from counterweight.storage.analyst_rows import read_analysts, write_analysts  # issue 4 (m007)
from counterweight.storage.perspective_rows import StoredCopies, read_perspectives, write_perspectives  # m008
from counterweight.storage.conclusion_rows import read_conclusion, write_conclusion  # m009

T = TypeVar("T")
Row = tuple[Any, ...]

_OPTION_COLS = ("id", "position", "name", "description", "source")
_CRITERION_COLS = ("id", "parent_id", "position", "name", "description", "direction", "unit", "scale", "weight")
_SCORE_COLS = (
    "option_id", "criterion_id", "value", "level", "low", "high", "distribution", "rationale", "evidence"
)
_ELICITATION_COLS = (
    "node_id", "position", "method", "judgements", "ahp_priority", "elicited_by", "elicited_at", "note"
)
#: Elicitation fields kept together as one JSON object in ``elicitations.judgements``.
_JUDGEMENT_FIELDS = ("ranks", "swing_points", "pairwise")
_RED_LINE_COLS = ("id", "position", "criterion_id", "limit", "level", "action", "note")


def _upsert_sql(table: str, cols: Sequence[str], keys: Sequence[str]) -> str:
    names = ", ".join(cols)
    marks = ", ".join("?" for _ in cols)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in keys)
    return f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"


_UPSERT_OPTION = _upsert_sql("options", _OPTION_COLS, ("id",))
_UPSERT_CRITERION = _upsert_sql("criteria", _CRITERION_COLS, ("id",))
_UPSERT_SCORE = _upsert_sql("scores", _SCORE_COLS, ("option_id", "criterion_id"))


def _insert_sql(table: str, cols: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(_quoted(cols))}) VALUES ({', '.join('?' for _ in cols)})"


def _quoted(cols: Sequence[str]) -> list[str]:
    return [f'"{c}"' for c in cols]


_INSERT_ELICITATION = _insert_sql("elicitations", _ELICITATION_COLS)
_INSERT_RED_LINE = _insert_sql("red_lines", _RED_LINE_COLS)


def _json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def option_row(o: Option, position: int) -> Row:
    return (o.id, position, o.name, o.description, o.source)


def criterion_row(c: Criterion, position: int) -> Row:
    scale = None if c.scale is None else _json(c.scale.model_dump(mode="json"))
    return (c.id, c.parent_id, position, c.name, c.description, c.direction.value, c.unit, scale, c.weight)


def score_row(s: Score) -> Row:
    evidence = _json([e.model_dump(mode="json") for e in s.evidence])
    distribution = None if s.distribution is None else s.distribution.value
    return (s.option_id, s.criterion_id, s.value, s.level, s.low, s.high, distribution, s.rationale, evidence)


def elicitation_row(e: Elicitation, position: int) -> Row:
    data = e.model_dump(mode="json")
    judgements = _json({name: data[name] for name in _JUDGEMENT_FIELDS})
    return (e.node_id, position, e.method.value, judgements, e.ahp_priority, e.elicited_by, data["elicited_at"],
            e.note)


def red_line_row(r: RedLine, position: int) -> Row:
    return (r.id, position, r.criterion_id, r.limit, r.level, r.action.value, r.note)


def _same_items(old: Sequence[T], new: Sequence[T]) -> bool:
    """Whether two lists hold equal elements in the same order (identity checked first)."""
    return old is new or (len(old) == len(new) and all(a is b or a == b for a, b in zip(old, new)))


def _changes(
    old: Sequence[T], new: Sequence[T], key: Callable[[T], Hashable], *, positional: bool = True
) -> tuple[list[tuple[int, T]], list[Hashable]]:
    """Elements of ``new`` that are new, edited or (if ``positional``) moved, and keys gone from ``old``.

    Unchanged elements are usually the very same objects (edits copy the decision
    and replace only what changed), so identity is tested before equality.
    """
    if old is new:
        return [], []
    changed: list[tuple[int, T]] = []
    if len(old) == len(new):
        # Fast path for the common edit: the same keys in the same places, a few
        # elements replaced in place.
        for i in compress(range(len(new)), map(is_not, old, new)):  # only the replaced ones, found in C
            a, b = old[i], new[i]
            if key(a) != key(b):
                break
            if a != b:
                changed.append((i, b))
        else:
            return changed, []
        changed = []
    before = {key(x): (i, x) for i, x in enumerate(old)}
    seen: set[Hashable] = set()
    for i, x in enumerate(new):
        k = key(x)
        seen.add(k)
        prev = before.get(k)
        if prev is None or (positional and prev[0] != i) or (prev[1] is not x and prev[1] != x):
            changed.append((i, x))
    removed = [k for k in before if k not in seen]
    return changed, removed


def _option_key(o: Option) -> str:
    return o.id


def _criterion_key(c: Criterion) -> str:
    return c.id


def _score_key(s: Score) -> tuple[str, str]:
    return (s.option_id, s.criterion_id)


def _tree_order(d: Decision) -> dict[str, int]:
    """Rank of each criterion in a depth-first walk: parents before children."""
    return {c.id: rank for rank, (c, _) in enumerate(d.walk())}


def write_changes(
    conn: sqlite3.Connection,
    old: Decision | None,
    new: Decision,
    *,
    created_at: str = "",
    app_version: str = "",
) -> None:
    """Write the difference between ``old`` (what the file holds) and ``new``.

    Runs inside the caller's transaction. ``old=None`` writes everything (a new
    file). Statements are ordered so every foreign key holds after each one:
    scores go first, groups are created before what they hold and removed after
    what they held has moved or gone. A changed list of elicitations or red lines
    is cleared before criteria are removed and written again after they are added.

    Parameters
    ----------
    conn : sqlite3.Connection
        Writable connection with a transaction open.
    old : Decision or None
        The decision as currently stored.
    new : Decision
        The decision to store.
    created_at, app_version : str
        Only used when ``old`` is None (the project row is inserted).
    """
    empty: list[Any] = []
    s_changed, s_removed = _changes(old.scores if old else empty, new.scores, _score_key, positional=False)
    o_changed, o_removed = _changes(old.options if old else empty, new.options, _option_key)
    c_changed, c_removed = _changes(old.criteria if old else empty, new.criteria, _criterion_key)
    elicitations_changed = old is None or not _same_items(old.elicitations, new.elicitations)
    red_lines_changed = old is None or not _same_items(old.red_lines, new.red_lines)

    if old is not None and elicitations_changed:
        conn.execute("DELETE FROM elicitations")
    if old is not None and red_lines_changed:
        conn.execute("DELETE FROM red_lines")
    if s_removed:
        conn.executemany("DELETE FROM scores WHERE option_id = ? AND criterion_id = ?", s_removed)
    if o_changed:
        conn.executemany(_UPSERT_OPTION, [option_row(o, i) for i, o in o_changed])
    if c_changed:
        rank = _tree_order(new)
        c_changed.sort(key=lambda item: rank[item[1].id])
        conn.executemany(_UPSERT_CRITERION, [criterion_row(c, i) for i, c in c_changed])
    if c_removed:
        assert old is not None
        rank = _tree_order(old)
        c_removed.sort(key=lambda k: rank.get(str(k), -1), reverse=True)  # children first
        conn.executemany("DELETE FROM criteria WHERE id = ?", [(k,) for k in c_removed])
    if o_removed:
        conn.executemany("DELETE FROM options WHERE id = ?", [(k,) for k in o_removed])
    if s_changed:
        conn.executemany(_UPSERT_SCORE, [score_row(s) for _, s in s_changed])
    if elicitations_changed and new.elicitations:
        conn.executemany(_INSERT_ELICITATION, [elicitation_row(e, i) for i, e in enumerate(new.elicitations)])
    if red_lines_changed and new.red_lines:
        conn.executemany(_INSERT_RED_LINE, [red_line_row(r, i) for i, r in enumerate(new.red_lines)])
    if old is None or old.sources is not new.sources:  # evidence library (m005)
        write_sources(conn, old, new)
    write_analysts(conn, old, new)  # analysts, their inputs, group settings (m007)
    write_perspectives(conn, old, new)  # weight sets, scenarios, snapshots (m008)

    method = _json(new.method.model_dump(mode="json"))
    head = (new.id, new.title, new.description, new.notice, method)
    if old is None:
        conn.execute(
            "INSERT INTO project (id, format, decision_id, title, description, notice, method, created_at,"
            " app_version) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
            (FORMAT_MARKER, *head, created_at, app_version),
        )
    elif (old.id, old.title, old.description, old.notice, old.method) != (*head[:4], new.method):
        conn.execute(
            "UPDATE project SET decision_id = ?, title = ?, description = ?, notice = ?, method = ? WHERE id = 1",
            head,
        )
    if old is None or old.marking != new.marking:  # issue 5: protective marking (m006)
        conn.execute("UPDATE project SET marking = ? WHERE id = 1", (new.marking,))
    write_conclusion(conn, old, new)  # the recommendation and decision taken (m009)


# ----------------------------------------------------------------- reading


def _damaged(where: str, what: str, exc: Exception) -> ProjectFileError:
    if hasattr(exc, "errors"):  # pydantic's ValidationError (a ValueError)
        err = from_validation_error(exc, what=what)  # type: ignore[arg-type]
        return ProjectFileError(
            f"The project file holds data Counterweight cannot accept ({err.message}).",
            where=where,
            detail="\n".join(err.problems),
        )
    return ProjectFileError(
        f"The project file holds data Counterweight cannot accept ({what}: {exc}).", where=where, detail=str(exc)
    )


def _load_json(text: str | None, where: str, what: str) -> Any:
    if text is None:
        return None
    if text == "[]":  # most scores have no evidence; skip the parser
        return []
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _damaged(where, what, ValueError(f"unreadable JSON: {exc.msg}")) from exc


def read_decision(conn: sqlite3.Connection, where: str, copies: StoredCopies | None = None) -> Decision:
    """Build the decision from the tables; every row is validated.

    Parameters
    ----------
    conn : sqlite3.Connection
        Project connection (read-only is fine), ideally inside a read transaction.
    where : str
        The file name, used in error messages.

    Returns
    -------
    Decision
        The stored decision.

    Raises
    ------
    ProjectFileError
        A row breaks a rule of the domain model; the message names the table and row.
    """
    head = conn.execute(
        "SELECT format, decision_id, title, description, notice, method FROM project WHERE id = 1"
    ).fetchone()
    if head is None or head[0] != FORMAT_MARKER:
        raise ProjectFileError("The project file has no project record.", where=where)
    _, decision_id, title, description, notice, method_json = head
    marking = conn.execute("SELECT marking FROM project WHERE id = 1").fetchone()[0]  # issue 5 (m006)

    options: list[Option] = []
    for row in conn.execute(f"SELECT {', '.join(_OPTION_COLS)} FROM options ORDER BY position, id"):
        data = dict(zip(_OPTION_COLS, row))
        data.pop("position")
        try:
            options.append(Option.model_validate(data))
        except ValueError as exc:
            raise _damaged(where, f"table options, row {data['id']!r}", exc) from exc

    criteria: list[Criterion] = []
    for row in conn.execute(f"SELECT {', '.join(_CRITERION_COLS)} FROM criteria ORDER BY position, id"):
        data = dict(zip(_CRITERION_COLS, row))
        data.pop("position")
        what = f"table criteria, row {data['id']!r}"
        data["scale"] = _load_json(data["scale"], where, what)
        try:
            criteria.append(Criterion.model_validate(data))
        except ValueError as exc:
            raise _damaged(where, what, exc) from exc

    scores = _read_scores(conn, where)

    elicitations = _read_elicitations(conn, where)
    red_lines = _read_red_lines(conn, where)
    sources = read_sources(conn, where)
    analysts, analyst_inputs, group = read_analysts(conn, where)  # m007
    weight_sets, scenarios, snapshots = read_perspectives(conn, where, copies)  # m008, copies read when used
    conclusion = read_conclusion(conn, where, _damaged)  # m009

    method_data = _load_json(method_json, where, "table project, column method")
    try:
        method = MethodSettings.model_validate(method_data)
    except ValueError as exc:
        raise _damaged(where, "table project, column method", exc) from exc
    try:
        return Decision(
            id=decision_id,
            title=title,
            description=description,
            notice=notice,
            marking=marking,  # issue 5 (m006)
            options=options,
            criteria=criteria,
            scores=scores,
            method=method,
            elicitations=elicitations,
            red_lines=red_lines,
            sources=sources,
            analysts=analysts,  # m007
            analyst_inputs=analyst_inputs,
            group=group,
            weight_sets=weight_sets,
            scenarios=scenarios,
            snapshots=snapshots,
            conclusion=conclusion,
        )
    except ValueError as exc:
        raise _damaged(where, "the decision as a whole", exc) from exc


#: All score rows validated in one call (issue 6: a 1,000 x 60 project has 60,000 of them).
_SCORE_LIST: TypeAdapter[list[Score]] = TypeAdapter(list[Score])


def _score_what(data: dict[str, Any]) -> str:
    return f"table scores, row ({data['option_id']!r}, {data['criterion_id']!r})"


def _read_scores(conn: sqlite3.Connection, where: str) -> list[Score]:
    """Every score row, validated; the first bad row (in option, then criterion order) is named.

    The rows are read in storage order and validated in one call; the decision puts
    them in its canonical order itself. Only when a row is refused are they read again,
    ordered, one by one, so the message names the same row as it always did.
    """
    loads = json.loads
    try:
        # One pass, the columns unpacked by name (a third faster than dict(zip()) and a
        # second loop over 60,000 rows); most scores have no evidence and skip the parser.
        rows = [
            {"option_id": option_id, "criterion_id": criterion_id, "value": value, "level": level, "low": low,
             "high": high, "distribution": distribution, "rationale": rationale,
             "evidence": [] if evidence == "[]" else loads(evidence)}
            for option_id, criterion_id, value, level, low, high, distribution, rationale, evidence
            in conn.execute(f"SELECT {', '.join(_SCORE_COLS)} FROM scores")
        ]
        return _SCORE_LIST.validate_python(rows)
    except (ValueError, TypeError):  # TypeError: evidence not text; JSONDecodeError is a ValueError
        pass
    sql = (
        f"SELECT {', '.join('s.' + c for c in _SCORE_COLS)} FROM scores AS s"
        # LEFT JOIN: a score whose option or criterion is missing still reaches validation.
        " LEFT JOIN options AS o ON o.id = s.option_id LEFT JOIN criteria AS c ON c.id = s.criterion_id"
        " ORDER BY o.position, o.id, c.position, c.id"
    )
    scores: list[Score] = []
    for row in conn.execute(sql):
        data = dict(zip(_SCORE_COLS, row))
        what = _score_what(data)
        data["evidence"] = _load_json(data["evidence"], where, what)
        try:
            scores.append(Score.model_validate(data))
        except ValueError as exc:
            raise _damaged(where, what, exc) from exc
    raise ProjectFileError("The project file's scores changed while they were read.", where=where)


def _read_elicitations(conn: sqlite3.Connection, where: str) -> list[Elicitation]:
    out: list[Elicitation] = []
    sql = f"SELECT {', '.join(_quoted(_ELICITATION_COLS))} FROM elicitations ORDER BY position, node_id"
    for row in conn.execute(sql):
        data = dict(zip(_ELICITATION_COLS, row))
        data.pop("position")
        node = data["node_id"]
        what = "table elicitations, row for the top level" if node is None else f"table elicitations, row {node!r}"
        judgements = _load_json(data.pop("judgements"), where, what)
        if not isinstance(judgements, dict) or not set(judgements) <= set(_JUDGEMENT_FIELDS):
            problem = f"judgements must be a JSON object with only {', '.join(_JUDGEMENT_FIELDS)}"
            raise _damaged(where, what, ValueError(problem))
        try:
            out.append(Elicitation.model_validate({**data, **judgements}))
        except ValueError as exc:
            raise _damaged(where, what, exc) from exc
    return out


def _read_red_lines(conn: sqlite3.Connection, where: str) -> list[RedLine]:
    out: list[RedLine] = []
    for row in conn.execute(f"SELECT {', '.join(_quoted(_RED_LINE_COLS))} FROM red_lines ORDER BY position, id"):
        data = dict(zip(_RED_LINE_COLS, row))
        data.pop("position")
        try:
            out.append(RedLine.model_validate(data))
        except ValueError as exc:
            raise _damaged(where, f"table red_lines, row {data['id']!r}", exc) from exc
    return out
