"""Weight elicitation use-cases shared by the GUI and the CLI.

An :class:`~counterweight.domain.Elicitation` records how the weights of one node's
children were obtained (direct points, equal, swing, ROC, rank-sum or AHP) and the
analyst's judgements. This module turns judgements into weights through the engine
(:func:`compute_elicitation`, :func:`weights_from_elicitation`), stores them with an
undoable edit that sets the judgements and the children's weights together
(:class:`SetElicitation`), and tells whether weights have since been edited by hand
(:func:`elicitation_is_stale`).

Weights are stored as points: ``round(100 * weight, 2)``, so a set of elicited
weights reads as percentages and only the ratios matter, as everywhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from counterweight.domain import Criterion, Decision, Elicitation, WeightMethod
from counterweight.domain.elicitation import POINT_DECIMALS, STALE_TOLERANCE
from counterweight.domain.errors import CounterweightError, InvalidInputError, from_validation_error
from counterweight.engine.phrase import Phrase, comma_joined, quoted_name
from counterweight.engine import compute_weights
from counterweight.engine.ahp import AhpResult, Priority
from counterweight.engine.ahp_scale import RandomIndexTable
from counterweight.engine.diagnostics import Diagnostic
from counterweight.engine.judged_weights import edited_since, judged_weights
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import Applied, Edit, Restore, SetWeights, dump, rebuild


TOP_LEVEL = "the top level"

_NEEDS = {
    WeightMethod.SWING: ("swing_points", "swing ratings"),
    WeightMethod.ROC: ("ranks", "importance ranks"),
    WeightMethod.RANK_SUM: ("ranks", "importance ranks"),
    WeightMethod.AHP: ("pairwise", "pairwise judgements"),
}


@dataclass(frozen=True)
class ElicitationOutcome:
    """Weights for one node's children computed from an elicitation.

    Attributes
    ----------
    node_id : str or None
        The group whose children are weighted (None: the top level).
    node_name : str
        Its name, or "the top level".
    method : WeightMethod
    child_ids : tuple of str
        The children, in tree order.
    names : dict
        Child id -> name.
    local : dict
        Child id -> local weight (sums to 1), as the judgements give it.
    points : dict
        Child id -> the points :class:`SetElicitation` would store.
    global_ : dict
        Child id -> global weight the child would have with those points.
    stored_local : dict
        Child id -> local weight the child would have with those points: ``local`` once
        rounded to the stored points (0.01 of a point), computed as the weights panel,
        the ranking and the brief compute it. Shown beside ``global_`` wherever a
        weight is shown, so one weight never reads 39.7 % next to 39.8 % (QA 22 item 11).
    ahp : AhpResult or None
        Consistency details when the method is AHP.
    diagnostics : tuple of Diagnostic
    """

    node_id: str | None
    node_name: str
    method: WeightMethod
    child_ids: tuple[str, ...]
    names: dict[str, str]
    local: dict[str, float]
    points: dict[str, float]
    global_: dict[str, float]
    ahp: AhpResult | None
    diagnostics: tuple[Diagnostic, ...]
    stored_local: dict[str, float]


# ----------------------------------------------------------------- lookups
def node_name(decision: Decision, node_id: str | None) -> str:
    """The node's name, or "the top level"."""
    return TOP_LEVEL if node_id is None else decision.criterion(node_id).name


def _quoted(decision: Decision, node_id: str | None) -> str:
    return Phrase("the top level") if node_id is None else quoted_name(decision.criterion(node_id).name)


def weighted_children(decision: Decision, node_id: str | None) -> list[Criterion]:
    """The children whose weights an elicitation at ``node_id`` sets.

    Raises
    ------
    InvalidInputError
        If the node does not exist, is a scored criterion, or has no children.
    """
    if node_id is not None:
        if not decision.has_criterion(node_id):
            raise InvalidInputError(Phrase("weight judgements refer to criterion {id}, which does not exist",
                                           id=quoted_name(node_id)))
        if not decision.criterion(node_id).is_group:
            raise InvalidInputError(
                Phrase("{criterion} is a scored criterion; weights are set among the criteria inside a group",
                       criterion=quoted_name(decision.criterion(node_id).name)))
    kids = decision.children(node_id)
    if not kids:
        raise InvalidInputError(Phrase("there are no criteria under {group} to weight", group=_quoted(decision, node_id)))
    return kids


def find_node(decision: Decision, text: str | None) -> str | None:
    """The group named ``text`` (case-insensitive) or with id ``text``; None for the top level.

    Raises
    ------
    InvalidInputError
        If nothing matches, several criteria share the name, or the match is not a group.
    """
    if text is None:
        return None
    wanted = text.strip()
    if decision.has_criterion(wanted):
        crit = decision.criterion(wanted)
    else:
        matches = [c for c in decision.criteria if c.name.casefold() == wanted.casefold()]
        if not matches:
            groups = ", ".join(repr(c.name) for c in decision.criteria if c.is_group) or "none"
            raise InvalidInputError(f"there is no criterion called {wanted!r} (groups: {groups})")
        if len(matches) > 1:
            paths = "; ".join(f"{decision.path_name(c.id)} (id {c.id})" for c in matches)
            raise InvalidInputError(f"several criteria are called {wanted!r}: {paths}; give the id instead")
        crit = matches[0]
    weighted_children(decision, crit.id)
    return crit.id


def _check_references(decision: Decision, elicitation: Elicitation, child_ids: set[str]) -> None:
    """Every criterion named by a judgement must be one of the node's children."""
    place = _quoted(decision, elicitation.node_id)
    refs = [*elicitation.ranks, *elicitation.swing_points]
    for j in elicitation.pairwise:
        refs += [j.first, j.second]
    for ref in refs:
        if ref in child_ids:
            continue
        if decision.has_criterion(ref):
            raise InvalidInputError(
                Phrase("the judgements for {group} mention {criterion}, which is not directly under {group}",
                       group=place, criterion=quoted_name(decision.criterion(ref).name)))
        raise InvalidInputError(Phrase("the judgements for {group} mention criterion {id}, which does not exist",
                                       group=place, id=quoted_name(ref)))


def _complete(values: Mapping[str, Any], kids: list[Criterion], what: str, place: str) -> None:
    missing = [c.name for c in kids if c.id not in values]
    if missing:
        listed = comma_joined([quoted_name(m) for m in missing])
        raise InvalidInputError(Phrase("swing ratings for {group} are missing for {criteria}" if what == "swing ratings"
                                       else "importance ranks for {group} are missing for {criteria}",
                                       group=place, criteria=listed))


# ----------------------------------------------------------------- computing
def compute_elicitation(
    decision: Decision,
    elicitation: Elicitation,
    *,
    priority: Priority | None = None,
    ri_table: RandomIndexTable | None = None,
) -> ElicitationOutcome:
    """Weights of the node's children from ``elicitation``.

    Parameters
    ----------
    decision : Decision
    elicitation : Elicitation
        Judgements for ``elicitation.node_id``'s children.
    priority : {"eigenvector", "geometric_mean"}, optional
        AHP priority method; default: the elicitation's own setting.
    ri_table : RandomIndexTable, optional
        AHP random-index table (default Saaty 1980, and Saaty 2005 for 11 to 15 criteria).

    Returns
    -------
    ElicitationOutcome

    Raises
    ------
    InvalidInputError
        Naming the node and criterion when the judgements do not fit the node's
        children or are incomplete for the method.
    """
    node = elicitation.node_id
    kids = weighted_children(decision, node)
    ids = [c.id for c in kids]
    names = {c.id: c.name for c in kids}
    place = _quoted(decision, node)
    _check_references(decision, elicitation, set(ids))
    method = elicitation.method
    ahp: AhpResult | None = None
    try:
        if method is WeightMethod.SWING:
            _complete(elicitation.swing_points, kids, "swing ratings", place)
        elif method in (WeightMethod.ROC, WeightMethod.RANK_SUM):
            _complete(elicitation.ranks, kids, "importance ranks", place)
        result = judged_weights(elicitation, ids, names, current={c.id: c.weight for c in kids},
                                priority=priority, ri_table=ri_table)
        if isinstance(result, AhpResult):
            ahp = result
    except InvalidInputError as exc:
        raise InvalidInputError(Phrase("weights under {group}: {problem}", group=place, problem=exc.message)) from None
    local = result.as_dict()
    if method is WeightMethod.DIRECT:
        points = {c.id: float(c.weight) for c in kids}
    else:
        points = {i: round(100.0 * w, POINT_DECIMALS) for i, w in local.items()}
    stored = compute_weights(decision.criteria, points=points)  # the weights the panel shows after OK
    return ElicitationOutcome(
        node_id=node, node_name=node_name(decision, node), method=method, child_ids=tuple(ids), names=names,
        local=local, points=points, global_={i: stored.global_[i] for i in ids}, ahp=ahp,
        diagnostics=tuple(result.diagnostics), stored_local={i: stored.local[i] for i in ids},
    )


def weights_from_elicitation(decision: Decision, elicitation: Elicitation) -> dict[str, float]:
    """Child id -> points (``round(100 * weight, 2)``) from the elicitation's judgements.

    Direct elicitation returns the children's current points unchanged.
    """
    return compute_elicitation(decision, elicitation).points


def elicitation_is_stale(decision: Decision, node_id: str | None) -> bool:
    """True when the node's stored judgements no longer give its children's current weights.

    That happens when a weight was edited by hand afterwards, or a child was
    added or removed so the judgements no longer fit. False when nothing is stored
    or the method is direct (the points are the judgements).
    """
    stored = decision.elicitation(node_id)
    if stored is None or stored.method is WeightMethod.DIRECT:
        return False
    try:
        outcome = compute_elicitation(decision, stored)
    except CounterweightError:
        return True
    return edited_since({c.id: c.weight for c in decision.children(node_id)}, outcome.local)


def elicitation_for_method(
    decision: Decision, node_id: str | None, method: WeightMethod, priority: Priority | None = None
) -> Elicitation:
    """The node's stored judgements, to be evaluated with ``method`` instead of the stored one.

    Raises
    ------
    InvalidInputError
        Naming the node when ``method`` needs judgements that were never recorded.
    """
    weighted_children(decision, node_id)
    base = decision.elicitation(node_id) or Elicitation(node_id=node_id)
    need = _NEEDS.get(method)
    if need is not None and not getattr(base, need[0]):
        raise InvalidInputError(
            f"no {need[1]} are stored for the criteria under {_quoted(decision, node_id)};"
            f" record them in Counterweight first, or choose another method"
        )
    update: dict[str, Any] = {"method": method}
    if priority is not None:
        update["ahp_priority"] = priority
    return base.model_copy(update=update)


# ----------------------------------------------------------------- edits

def _with_weights(decision: Decision, points: Mapping[str, float]) -> list[Criterion]:
    out = []
    for c in decision.criteria:
        if c.id in points:
            try:
                c = Criterion.model_validate({**c.model_dump(), "weight": points[c.id]})
            except ValidationError as exc:
                raise from_validation_error(exc, what=f"Weight of {c.name!r}") from None
        out.append(c)
    return out


@dataclass(frozen=True)
class SetElicitation(Edit):
    """Store the judgements for one node and set its children's weights from them.

    Both change in one step, so undo restores the previous judgements (or their
    absence) and the previous weights together.
    """

    elicitation: Elicitation
    label: str = "Set weights from judgements"

    def apply(self, decision: Decision) -> Applied:
        e = self.elicitation
        points = weights_from_elicitation(decision, e)
        old = decision.elicitation(e.node_id)
        if old is None:
            elicitations = [*decision.elicitations, e]
        else:
            elicitations = [e if x.node_id == e.node_id else x for x in decision.elicitations]
        name = node_name(decision, e.node_id)
        new = rebuild(decision, f"Weights under {name}", criteria=_with_weights(decision, points),
                      elicitations=elicitations)
        changes = ChangeSet(parts=frozenset({Part.WEIGHTS}), criterion_ids=frozenset(points),
                            description=f"{self.label} ({e.method.label}): {name}")
        before = {"elicitation": dump(old), "weights": {k: decision.criterion(k).weight for k in points}}
        after = {"elicitation": dump(e), "weights": dict(points)}
        target = f"weights under {name}"
        inverse = Restore({"criteria": decision.criteria, "elicitations": decision.elicitations}, changes,
                          self.label, target, after, before)
        return Applied(new, inverse, changes, target, before, after)


@dataclass(frozen=True)
class ElicitWeights(SetElicitation):
    """:class:`SetElicitation` as one undo step per OK, never merged with the previous one.

    For direct points (``points`` given) the children's points are set first, in the
    same step, since a direct elicitation keeps whatever points the children have.
    """

    points: dict[str, float] | None = None

    def apply(self, decision: Decision) -> Applied:
        if not self.points:
            return super().apply(decision)
        done = super().apply(SetWeights(self.points, self.label).apply(decision).decision)
        old = decision.elicitation(self.elicitation.node_id)
        before = {"elicitation": None if old is None else old.model_dump(mode="json"),
                  "weights": {k: decision.criterion(k).weight for k in self.points}}
        inverse = Restore({"criteria": decision.criteria, "elicitations": decision.elicitations}, done.changes,
                          self.label, done.target, done.after, before)
        return Applied(done.decision, inverse, done.changes, done.target, before, done.after)

    def merge_key(self) -> None:
        return None


@dataclass(frozen=True)
class ClearElicitation(Edit):
    """Forget the judgements stored for one node; the weights stay as they are."""

    node_id: str | None
    label: str = "Clear weight judgements"

    def apply(self, decision: Decision) -> Applied:
        old = decision.elicitation(self.node_id)
        if old is None:
            raise InvalidInputError(Phrase("There are no weight judgements stored there."))
        elicitations = [x for x in decision.elicitations if x.node_id != self.node_id]
        name = node_name(decision, self.node_id)
        new = rebuild(decision, f"Weights under {name}", elicitations=elicitations)
        kids = frozenset(c.id for c in decision.children(self.node_id))
        changes = ChangeSet(parts=frozenset({Part.WEIGHTS}), criterion_ids=kids,
                            description=f"{self.label}: {name}")
        target = f"weights under {name}"
        inverse = Restore({"elicitations": decision.elicitations}, changes, self.label, target, None, dump(old))
        return Applied(new, inverse, changes, target, dump(old), None)


__all__ = [
    "POINT_DECIMALS", "STALE_TOLERANCE", "TOP_LEVEL", "ClearElicitation", "ElicitWeights", "ElicitationOutcome",
    "SetElicitation",
    "compute_elicitation", "elicitation_for_method", "elicitation_is_stale", "find_node", "node_name",
    "weighted_children", "weights_from_elicitation",
]
