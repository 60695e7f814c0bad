"""Gather what a decision brief needs beyond the decision itself, for the GUI and the CLI.

The brief's analyses run in :func:`counterweight.reports.brief_content.build_brief`;
this module supplies the facts that live outside the engine: the protective
marking in force, who prepares the brief, the analysts (the project's and those
named in the weighting judgements), how each node's weights were elicited, in the
shared inputs and by each analyst (through
:func:`counterweight.services.elicitation.compute_elicitation`), what the group view,
each analyst's view and the weight sets and scenarios put first (:func:`views_note`)
and the state of the audit trail (:func:`counterweight.services.history.verify_audit`).
The brief's own numbers use the shared inputs, or the view a request names (h25k: the
group view or one analyst's, as the window shows or ``counterweight report --view`` asks;
:func:`resolve_view`).

:class:`BriefRequest` is gathered where the project is open (reading the audit log
touches the project file) and its :meth:`BriefRequest.build` can then run on a
worker thread.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from counterweight.domain import Decision, Elicitation, WeightMethod
from counterweight.domain.analysts import analyst_labels
from counterweight.domain.errors import CounterweightError
from counterweight.domain.wording import one_line
from counterweight.engine import evaluate
from counterweight.engine.ahp_scale import format_saaty
from counterweight.engine.weights import compute_weights
from counterweight.reports.brief_content import (
    AuditSummary,
    Brief,
    BriefCancelled,
    ElicitationNote,
    ViewsNote,
    build_brief,
)
from counterweight.services.brief_disputes import disputed_facts, regret_facts
from counterweight.services.disagreement import disagreement
from counterweight.services.elicitation import compute_elicitation, elicitation_is_stale, node_name
from counterweight.services.group import GROUP, analyst_view, group_view, view_decision  # GROUP re-exported
from counterweight.services.history import audit_log, verify_audit
from counterweight.services.import_origin import import_origin, origin_phrase
from counterweight.services.marking import clean_marking
from counterweight.services.perspective_analysis import robust_choice
from counterweight.services.projects import is_project_file, load_decision
from counterweight.services.session import ProjectSession
from counterweight.services.workspace import os_user, person_name  # os_user re-exported


#: ``counterweight report --view`` of the shared inputs (the default).
SHARED = "shared"


def resolve_view(decision: Decision, text: str | None, where: str = "--view") -> str | None:
    """The view ``counterweight report --view TEXT`` names: ``None`` (shared), :data:`GROUP` or an analyst's id.

    ``shared`` and ``group`` are keywords (any case) and always mean those views; otherwise an
    analyst's id, then their name as the window lists it (any case; two analysts of one name
    are numbered there, "Ann (2)"). ``analyst:TEXT`` names an analyst only, which reaches one
    whose id or name is a keyword.
    Raises :class:`CounterweightError` naming the project's analysts otherwise.
    """
    wanted = (text or SHARED).strip()
    forced = wanted.lower().startswith(_ANALYST_PREFIX)
    if forced:
        wanted = wanted[len(_ANALYST_PREFIX):].strip()
    elif wanted.lower() == SHARED:
        return None
    labels = analyst_labels(decision.analysts)
    if not labels:
        raise CounterweightError(f"this project has no analysts, so its only view is {SHARED!r}; "
                                 f"{wanted!r} names none", where=where)
    if not forced and wanted.lower() == GROUP:
        return GROUP
    by_name = _analysts_called(decision, labels, wanted)
    if len(by_name) == 1:
        return by_name[0]
    names = ", ".join(f"{label!r} (id {aid})" for aid, label in labels.items())
    if by_name:
        raise CounterweightError(f"{len(by_name)} analysts are called {wanted!r}; name one by its id: {names}",
                                 where=where)
    raise CounterweightError(f"there is no analyst {wanted!r} in this project; choose {SHARED!r}, {GROUP!r} "
                             f"or one of its analysts, by name or id: {names}", where=where)


_ANALYST_PREFIX = "analyst:"


def _analysts_called(decision: Decision, labels: dict[str, str], wanted: str) -> list[str]:
    """The ids of the analysts ``wanted`` names: by id first, then as the window lists them, then by plain name."""
    if any(a.id == wanted for a in decision.analysts):
        return [wanted]
    by_name = [aid for aid, label in labels.items() if label.casefold() == wanted.casefold()]
    if not by_name:  # the plain name, when the list numbers it
        by_name = [a.id for a in decision.analysts if a.name.strip().casefold() == wanted.casefold()]
    return by_name


def _judgements(decision: Decision, note_names: dict[str, str], e: object) -> tuple[str, ...]:
    method = e.method  # type: ignore[attr-defined]
    if method is WeightMethod.SWING:
        return tuple(f"{note_names[c]}: {e.swing_points[c]:g}" for c in note_names if c in e.swing_points)  # type: ignore[attr-defined]
    if method in (WeightMethod.ROC, WeightMethod.RANK_SUM):
        ranks = e.ranks  # type: ignore[attr-defined]
        ordered = sorted((r, note_names[c]) for c, r in ranks.items() if c in note_names)
        return tuple(f"{r}. {name}" for r, name in ordered)
    if method is WeightMethod.AHP:
        return tuple(f"{note_names.get(j.first, j.first)} over {note_names.get(j.second, j.second)}: "
                     f"{format_saaty(j.value)}" for j in e.pairwise)  # type: ignore[attr-defined]
    return ()


def _notes(decision: Decision, elicitations: list[Elicitation], analyst: str = "") -> list[ElicitationNote]:
    """One note per elicitation, in tree order (top level first), evaluated in ``decision``."""
    order = {None: -1, **{c.id: k for k, (c, _) in enumerate(decision.walk())}}
    notes: list[ElicitationNote] = []
    for e in sorted(elicitations, key=lambda x: order.get(x.node_id, len(order))):
        base = dict(node_name=node_name(decision, e.node_id), method=e.method.label,
                    elicited_by=e.elicited_by or analyst, elicited_at=e.elicited_at, note=e.note, analyst=analyst)
        try:
            outcome = compute_elicitation(decision, e)
        except CounterweightError as exc:
            notes.append(ElicitationNote(**base, problem=f"These judgements can no longer be used: {exc.message}"))
            continue
        cr = outcome.ahp.cr if outcome.ahp is not None else None
        notes.append(ElicitationNote(
            **base,
            judgements=_judgements(decision, outcome.names, e),
            # the stored weights, as the weights table beside it shows them (QA 22 item 11: 39.7 % vs 39.8 %)
            weights=tuple((outcome.names[c], float(outcome.stored_local[c])) for c in outcome.child_ids),
            consistency_ratio=cr,
            consistency_ok=None if outcome.ahp is None else outcome.ahp.acceptable,
            edited_since=elicitation_is_stale(decision, e.node_id),
            ahp=outcome.ahp,  # QA 23 item 7: the brief names the priority method, lambda_max, CI, RI and CR
            points=() if e.method is WeightMethod.DIRECT else tuple(float(outcome.points[c]) for c in outcome.child_ids),
        ))
    return notes


def elicitation_notes(decision: Decision) -> list[ElicitationNote]:
    """One note per node whose weighting judgements are recorded in the shared inputs, top level first."""
    return _notes(decision, list(decision.elicitations))


def analyst_elicitation_notes(decision: Decision) -> list[ElicitationNote]:
    """One note per node where an analyst recorded judgements of their own, analyst by analyst.

    Each is evaluated in that analyst's view (their own weights and judgements over
    the shared ones), where it sets the weights; the notes carry the analyst's name.
    """
    notes: list[ElicitationNote] = []
    labels = analyst_labels(decision.analysts)  # two analysts of one name are told apart
    for a in decision.analysts:
        item = next((i for i in decision.analyst_inputs if i.analyst_id == a.id), None)
        if item is None or not item.elicitations:
            continue
        try:
            view = analyst_view(decision, a.id)
        except CounterweightError:
            view = decision  # the notes then say which judgements no longer fit
        notes += _notes(view, list(item.elicitations), analyst=labels[a.id])
    return notes


def views_note(decision: Decision, view: str | None = None, shown: Decision | None = None) -> ViewsNote | None:
    """What the group view, each analyst's view and the weight sets and scenarios put first.

    ``None`` when the project has no analysts, weight sets or scenarios (the brief
    then has nothing to add). Uses :func:`counterweight.services.disagreement.disagreement`
    for the tops and :func:`counterweight.services.perspective_analysis.robust_choice`
    for the minimax-regret choice; a view that cannot be computed is reported, not raised.
    ``view`` is the view the brief's numbers use (``None``: the shared inputs) and
    ``shown`` that view's decision: the robust choice is worked out from it.
    """
    if not decision.analysts and not decision.weight_sets and not decision.scenarios:
        return None
    shown = decision if shown is None else shown
    names = {o.id: o.name for o in decision.options}
    inputs = {i.analyst_id: i for i in decision.analyst_inputs}
    labels = analyst_labels(decision.analysts)
    facts: dict[str, object] = {
        "analysts": tuple(labels[a.id] for a in decision.analysts),
        "with_inputs": tuple(labels[a.id] for a in decision.analysts
                             if a.id in inputs and not inputs[a.id].is_empty),
        "weight_sets": tuple(w.name for w in decision.weight_sets),
        "scenarios": tuple(x.name for x in decision.scenarios),
    }
    if view is not None:  # h25k: the brief follows another view than the shared inputs
        facts["used"] = "group" if view == GROUP else labels.get(view, view)
        facts["shared_top"] = names.get(evaluate(decision).top() or "")
    if decision.analysts:
        try:
            # the group view, made once (it is the slow part): the brief's own when it follows the group
            group = shown if view == GROUP and shown is not decision else group_view(decision)
            report = disagreement(decision, group=group)
        except CounterweightError as exc:
            facts["views_problem"] = exc.message
        else:
            facts["group_top"] = names.get(report.group_top or "")
            facts["analyst_tops"] = tuple((t.name, names.get(t.top or "")) for t in report.tops
                                          if t.analyst_id is not None)
            facts["view_weights"] = _view_weights(decision, labels, inputs, group)
            facts.update(disputed_facts(decision, report))  # QA 25 item 13: the disagreements, in the body
    if decision.weight_sets or decision.scenarios:
        try:
            robust = robust_choice(shown)
        except CounterweightError as exc:
            facts["robust_problem"] = exc.message
        else:
            facts["combinations"] = len(robust.pairs)
            facts.update(regret_facts(robust))  # QA 25 item 13: the ranks across them, as a table
            if robust.choice_id is None:  # e.g. every option excluded by a red line somewhere: say why
                facts["robust_problem"] = robust.reason
            else:
                regret = robust.max_regret[robust.choice_id]
                facts["robust_name"] = names.get(robust.choice_id, robust.choice_id)
                facts["robust_regret"] = regret
                facts["robust_worst"] = robust.pairs[robust.worst_pair[robust.choice_id]].label
                facts["robust_ties"] = tuple(names.get(o, o) for o in robust.candidate_ids if o != robust.choice_id
                                             and abs((robust.max_regret[o] or 0.0) - (regret or 0.0)) <= 1e-9)
    return ViewsNote(**facts)  # type: ignore[arg-type]


def _view_weights(decision: Decision, labels: dict[str, str], inputs: dict,
                  group: Decision) -> tuple[tuple[str, dict[str, float]], ...]:
    """Every criterion's global weight under the shared inputs, each analyst with inputs of their own, the group.

    ``group`` is the group view. Empty when a view cannot be formed (its judgements no
    longer fit): the brief then reports why instead, from the disagreement analysis.
    """
    try:
        views = [("", decision)]
        views += [(labels[a.id], analyst_view(decision, a.id)) for a in decision.analysts
                  if a.id in inputs and not inputs[a.id].is_empty]
        views.append(("group", group))
    except CounterweightError:
        return ()
    return tuple((label, dict(compute_weights(view.criteria).global_)) for label, view in views)


def since_snapshots(entries: list, decision: Decision | None = None) -> tuple[tuple[str, int], ...]:
    """Each snapshot's id and how many changes the history records after it was taken.

    A snapshot is found by the entry that took it (its target ``snapshot NAME``, its
    new value naming the snapshot's id); the first such entry counts. A snapshot of
    ``decision`` that no entry took (one the project was created with) counts the
    changes made after its ``taken_at``.
    """
    taken: dict[str, int] = {}
    for x in sorted(entries, key=lambda e: e.id):
        if x.target.startswith("snapshot ") and x.old is None and isinstance(x.new, dict):
            sid = x.new.get("id")
            if isinstance(sid, str) and sid not in taken:
                taken[sid] = x.id
    counts = {sid: sum(1 for x in entries if x.id > at) for sid, at in taken.items()}
    for snap in decision.snapshots if decision is not None else ():
        if snap.id not in counts:
            at = snap.taken_at if snap.taken_at.tzinfo is not None else snap.taken_at.replace(tzinfo=dt.timezone.utc)
            counts[snap.id] = sum(1 for x in entries if x.at > at)
    return tuple(counts.items())


def _audit_from(report: object, entries: list, decision: Decision | None = None) -> AuditSummary:
    times = [x.at for x in entries]
    return AuditSummary(
        entries=len(entries),
        verified=bool(report.ok),  # type: ignore[attr-defined]
        head_hash=report.head_hash,  # type: ignore[attr-defined]
        problem=report.problem,  # type: ignore[attr-defined]
        note=report.note,  # type: ignore[attr-defined]
        first_at=min(times) if times else None,
        last_at=max(times) if times else None,
        users=tuple(dict.fromkeys(x.user for x in reversed(entries) if x.user)),
        since_snapshots=since_snapshots(entries, decision),
        origin=origin_phrase(import_origin(entries)) or "",  # h26h: an imported project's file, as History says
    )


def audit_summary(source: ProjectSession | str | os.PathLike[str],
                  decision: Decision | None = None) -> AuditSummary | None:
    """The audit trail of an open project or a ``.counterweight`` file; ``None`` for a decision (.json) file.

    ``decision`` (the file's, already loaded; an open project's is its own) lets a
    snapshot that no history entry took count its changes since by time.
    """
    if isinstance(source, ProjectSession):
        return _audit_from(verify_audit(source), source.audit_log(), source.decision)
    path = Path(source)
    if not is_project_file(path):
        return None
    return _audit_from(verify_audit(path), audit_log(path), decision)


@dataclass(frozen=True)
class BriefRequest:
    """Everything needed to build a brief; :meth:`build` runs the analyses (safe on a worker thread)."""

    decision: Decision
    marking: str
    prepared_by: str
    analysts: tuple[str, ...]
    elicitations: tuple[ElicitationNote, ...]
    audit: AuditSummary | None
    source_name: str
    elicited_by: tuple[str, ...] = ()  # authors of the shared weight judgements
    view: str | None = None  # h25k: whose inputs the numbers use: None (shared), GROUP or an analyst's id

    def build(self, progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> Brief:
        """Run the brief's analyses (SMAA-2 may take a few seconds) and return the brief.

        The analysts' and group views and the robust choice over weight sets and
        scenarios are computed here too, so they also stay off the GUI thread.
        """
        shown = view_decision(self.decision, self.view)
        views = views_note(self.decision, self.view, shown)
        if cancelled is not None and cancelled():
            raise BriefCancelled("The brief was cancelled; nothing was written.")
        brief = build_brief(
            shown, marking=self.marking, prepared_by=self.prepared_by, analysts=self.analysts,
            elicited_by=self.elicited_by,
            elicitations=self.elicitations, audit=self.audit, source_name=self.source_name, views=views,
            progress=progress, cancelled=cancelled,
        )
        return brief if self.view is None else replace(brief, shared=self.decision)  # Annex A: the recorded reasoning


#: Longest name printed as a brief's preparer.
MAX_PREPARED_BY_CHARS = 120


def _request(decision: Decision, audit: AuditSummary | None, source_name: str, marking: str | None,
             where: str, prepared_by: str | None, where_name: str = "prepared by",
             view: str | None = None) -> BriefRequest:
    chosen = decision.marking if marking is None else clean_marking(marking, where=where)
    analysts = tuple(analyst_labels(decision.analysts).values())
    elicited_by = tuple(e.elicited_by for e in decision.elicitations)
    notes = elicitation_notes(decision) + analyst_elicitation_notes(decision)
    author = person_name()[:MAX_PREPARED_BY_CHARS] if prepared_by is None else one_line(prepared_by)
    if len(author) > MAX_PREPARED_BY_CHARS:  # one line, single spaces, and room on the title page
        raise CounterweightError(f"the preparer's name is {len(author)} characters long; at most "
                                 f"{MAX_PREPARED_BY_CHARS} fit on the title page", where=where_name)
    return BriefRequest(decision, chosen, author, analysts, tuple(notes), audit, source_name, elicited_by, view)


def request_for_session(session: ProjectSession, *, marking: str | None = None,
                        prepared_by: str | None = None, view: str | None = None) -> BriefRequest:
    """A brief request for the open project (``marking`` replaces the project's own for this brief only).

    ``prepared_by`` is the name printed as the brief's preparer; ``None``: the account
    holder's name (:func:`~counterweight.services.workspace.person_name`). ``view`` is the
    window's view (``None`` shared, :data:`GROUP` or an analyst's id): the brief follows it.
    """
    return _request(session.decision, audit_summary(session), session.path.name, marking, "protective marking",
                    prepared_by, view=view)


def request_for_file(path: str | os.PathLike[str], *, marking: str | None = None,
                     prepared_by: str | None = None, view: str | None = None) -> BriefRequest:
    """A brief request for a ``.counterweight`` project or a ``.json`` decision file (read only).

    Raises
    ------
    CounterweightError
        The file is missing or not a valid decision; ``marking`` is too long (names ``--marking``);
        ``view`` names no view of the project (names ``--view``; see :func:`resolve_view`).
    """
    p = Path(path)
    decision = load_decision(p)
    chosen = resolve_view(decision, view)
    return _request(decision, audit_summary(p, decision), p.name, marking, "--marking", prepared_by, "--prepared-by",
                    chosen)


__all__ = ["GROUP", "MAX_PREPARED_BY_CHARS", "SHARED", "BriefRequest", "analyst_elicitation_notes", "audit_summary",
           "elicitation_notes", "os_user", "request_for_file", "request_for_session", "resolve_view", "since_snapshots",
           "view_decision", "views_note"]
