"""The project file's schema, as numbered migrations.

Each migration is registered once with sqlite-utils' :class:`Migrations` and, once
released, never edited: files in the field record the names of the migrations
applied to them (table ``_sqlite_migrations``), and a file that names a migration
this version does not know was written by a newer Counterweight.

Tables
------
``project``  one row (``id = 1``): format marker, decision id, title, texts,
             method settings (JSON), creation time and the app version that created it.
             (m006) ``marking``: the protective marking ('' for none).
             (m009) ``conclusion``: the recommendation and decision taken, JSON ('' for none).
``options``  one row per option, ``position`` is its place in the list.
``criteria`` the criteria tree; ``parent_id`` points at the group holding it,
             ``scale`` is JSON (NULL for groups).
``scores``   one row per (option, leaf criterion); ``evidence`` is JSON. No position:
             the domain keeps scores in option order, then criterion order.
             ``distribution`` (m003) is the shape of the score's range, NULL = the
             project's default.
``elicitations`` (m003) how the weights under one node were derived: ``node_id``
             is the criterion whose children are weighted, NULL for the top level
             (at most one row per node, the top level included); the analyst's
             inputs (ranks, swing points, pairwise judgements) are one JSON object
             in ``judgements``.
``red_lines`` (m003) non-compensatory limits, each on one scored criterion.
``sources``  (m005) the evidence library: one row per source with its details,
             reliability grade (A-F) and imported plain ``text``; ``position`` is
             its place in the list. Evidence in ``scores.evidence`` refers to a
             source by id inside the JSON, so the file does not check those links;
             the domain model does when the project is loaded.
``weight_sets``, ``scenarios``, ``snapshots`` (m008) perspectives, score
             scenarios and snapshots; payloads are JSON (see perspective_rows.py).
``analysts``, ``analyst_scores``, ``analyst_weights``, ``analyst_elicitations``,
``group_settings`` (m007) several analysts and the group aggregation (see analyst_rows.py).
``audit``    append-only log of every change: when, who, what, old and new (JSON).
             (m004) ``prev_hash`` and ``hash`` chain each row to the one before it.

Elicitations and red lines get tables of their own, not JSON on the project row,
because they point at criteria: with foreign keys the file itself refuses one that
refers to a missing criterion, and refuses to delete a criterion still referred
to, exactly as it does for scores. Method settings stay one JSON value, edited
as a whole; their per-criterion entries are not checked by the file.
"""

from __future__ import annotations

from functools import cache

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from counterweight.storage import audit_chain  # m004

#: Written in ``project.format`` so a foreign database is never taken for a project.
FORMAT_MARKER = "counterweight-project"
#: Name of our migration set in ``_sqlite_migrations``.
MIGRATION_SET = "counterweight"
#: Extension of project files.
FILE_SUFFIX = ".counterweight"

MIGRATIONS = Migrations(MIGRATION_SET)

_SCHEMA_1 = (
    """
    CREATE TABLE project (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        format TEXT NOT NULL,
        decision_id TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        notice TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL,
        created_at TEXT NOT NULL,
        app_version TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE options (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT ''
    ) STRICT
    """,
    """
    CREATE TABLE criteria (
        id TEXT PRIMARY KEY,
        parent_id TEXT REFERENCES criteria(id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        scale TEXT,
        weight REAL NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE scores (
        option_id TEXT NOT NULL REFERENCES options(id),
        criterion_id TEXT NOT NULL REFERENCES criteria(id),
        value REAL,
        level TEXT,
        low REAL,
        high REAL,
        rationale TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (option_id, criterion_id)
    ) STRICT
    """,
    """
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        "user" TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        old TEXT,
        new TEXT
    ) STRICT
    """,
)


@MIGRATIONS(name="m001_create_schema")
def _m001_create_schema(db: Database) -> None:
    for statement in _SCHEMA_1:
        db.execute(statement)


@MIGRATIONS(name="m002_index_child_keys")
def _m002_index_child_keys(db: Database) -> None:
    # SQLite checks a foreign key on delete by searching the child table; without
    # these indexes removing a criterion scans every score.
    db.execute("CREATE INDEX scores_by_criterion ON scores(criterion_id)")
    db.execute("CREATE INDEX criteria_by_parent ON criteria(parent_id)")


_SCHEMA_3 = (
    "ALTER TABLE scores ADD COLUMN distribution TEXT",
    """
    CREATE TABLE elicitations (
        node_id TEXT REFERENCES criteria(id),
        position INTEGER NOT NULL,
        method TEXT NOT NULL,
        judgements TEXT NOT NULL DEFAULT '{}',
        ahp_priority TEXT NOT NULL,
        elicited_by TEXT NOT NULL DEFAULT '',
        elicited_at TEXT,
        note TEXT NOT NULL DEFAULT ''
    ) STRICT
    """,
    # One row per criterion (this index also serves the foreign-key check when a
    # criterion is deleted) and, since a UNIQUE index lets NULLs repeat, a second
    # one allowing a single top-level row.
    "CREATE UNIQUE INDEX elicitations_by_node ON elicitations(node_id)",
    "CREATE UNIQUE INDEX elicitations_top_level ON elicitations((node_id IS NULL)) WHERE node_id IS NULL",
    """
    CREATE TABLE red_lines (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        criterion_id TEXT NOT NULL REFERENCES criteria(id),
        "limit" REAL,
        level TEXT,
        action TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    ) STRICT
    """,
    "CREATE INDEX red_lines_by_criterion ON red_lines(criterion_id)",
)


@MIGRATIONS(name="m003_distributions_elicitations_red_lines")
def _m003_distributions_elicitations_red_lines(db: Database) -> None:
    # Score.distribution, Decision.elicitations and Decision.red_lines. Method
    # settings gained nested parts too, but they live in the ``project.method``
    # JSON, whose missing keys take their defaults: no change needed there.
    for statement in _SCHEMA_3:
        db.execute(statement)


# m004: the audit log's hash chain (see storage/audit_chain.py and docs/audit.md).
_SCHEMA_4 = (
    "ALTER TABLE audit ADD COLUMN prev_hash TEXT",
    "ALTER TABLE audit ADD COLUMN hash TEXT",
)


@MIGRATIONS(name="m004_audit_hash_chain")
def _m004_audit_hash_chain(db: Database) -> None:
    # Every row gets the previous row's hash and its own. Rows already in an older
    # file are chained here, so an upgraded project verifies; what was done to them
    # before the upgrade cannot be detected (docs/audit.md says so).
    for statement in _SCHEMA_4:
        db.execute(statement)
    audit_chain.chain_existing(db.conn)


# m005 must stay registered after m004 (the audit hash chain): migrations apply
# in the order they are registered, which is their order in this file.
_SCHEMA_5 = (
    """
    CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        publisher TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        reliability TEXT NOT NULL DEFAULT 'F',
        text TEXT NOT NULL DEFAULT '',
        imported_from TEXT NOT NULL DEFAULT '',
        imported_at TEXT
    ) STRICT
    """,
)


@MIGRATIONS(name="m005_evidence_sources")
def _m005_evidence_sources(db: Database) -> None:
    # Decision.sources. The new evidence fields (source id, quote, offsets,
    # credibility) live in the ``scores.evidence`` JSON, whose missing keys take
    # their defaults: no change needed there.
    for statement in _SCHEMA_5:
        db.execute(statement)


# m006 (issue 5): the project's protective marking, printed on every page of a brief.
# Registered after m005 and before m007/m008: migrations apply in file order.
@MIGRATIONS(name="m006_protective_marking")
def _m006_protective_marking(db: Database) -> None:
    db.execute("ALTER TABLE project ADD COLUMN marking TEXT NOT NULL DEFAULT ''")


# m007 (issue 4: several analysts): registered after m006 and before m008.
# Tables and columns: storage/analyst_rows.py.
@MIGRATIONS(name="m007_analysts")
def _m007_analysts(db: Database) -> None:
    # Decision.analysts, .analyst_inputs and .group.
    from counterweight.storage.analyst_rows import SCHEMA_7

    for statement in SCHEMA_7:
        db.execute(statement)


# m008 (issue 4: perspectives, scenarios, snapshots). Named m008 because m006
# (marking) and m007 (analysts) are reserved; keep it registered after them.
@MIGRATIONS(name="m008_perspectives")
def _m008_perspectives(db: Database) -> None:
    # Decision.weight_sets, .scenarios and .snapshots (see storage/perspective_rows.py).
    from counterweight.storage.perspective_rows import SCHEMA_8

    for statement in SCHEMA_8:
        db.execute(statement)


# m009: the recommendation and the decision taken (Decision.conclusion), as one JSON object;
# '' (the default) when none is recorded. Registered after m008. See storage/conclusion_rows.py.
@MIGRATIONS(name="m009_conclusion")
def _m009_conclusion(db: Database) -> None:
    db.execute("ALTER TABLE project ADD COLUMN conclusion TEXT NOT NULL DEFAULT ''")


@cache
def _known() -> tuple[str, ...]:
    # Everything is pending on an empty database: the public way to list the set.
    empty = Database(memory=True, execute_plugins=False)
    try:
        return tuple(m.name for m in MIGRATIONS.pending(empty))
    finally:
        empty.close()


def known_migrations() -> list[str]:
    """Names of the migrations this version knows, in the order they apply.

    Returns
    -------
    list of str
        Migration names.
    """
    return list(_known())


def applied_migrations(db: Database) -> list[str]:
    """Names of our migrations already applied to ``db``, oldest first.

    Parameters
    ----------
    db : Database
        An open project database (read-only is fine).

    Returns
    -------
    list of str
        Applied migration names; empty if the migrations table is missing.
    """
    return [m.name for m in MIGRATIONS.applied(db)]


def unknown_migrations(applied: list[str]) -> list[str]:
    """Applied migration names this version does not know (a newer writer's)."""
    known = set(known_migrations())
    return [name for name in applied if name not in known]


def pending_migrations(applied: list[str]) -> list[str]:
    """Known migration names not yet in ``applied``, in order."""
    done = set(applied)
    return [name for name in known_migrations() if name not in done]
