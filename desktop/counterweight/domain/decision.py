"""The whole decision: options, criteria tree, scores and method settings."""

from __future__ import annotations

import operator
from collections.abc import Iterator, Sequence
from functools import cached_property
from itertools import compress
from typing import Annotated, Any

from pydantic import Field, StringConstraints, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic import ValidatorFunctionWrapHandler

from counterweight.domain.base import ONE_LINE_PATTERN, Frozen, Identifier, Name, Text
from counterweight.domain import analysts as _analysts  # issue 4: several analysts
from counterweight.domain.analysts import Analyst, AnalystInput, GroupSettings  # issue 4: several analysts
from counterweight.domain.conclusion import Conclusion, check_conclusion  # the recommendation and decision
from counterweight.domain.decision_checks import check_evidence_sources, check_method_references, check_scores
from counterweight.domain.decision_checks import check_tree, unique
from counterweight.domain.elements import Criterion, EvidenceRef, Option, Score
from counterweight.domain.elicitation import Elicitation
from counterweight.domain.evidence import Source
from counterweight.domain.methods import MethodSettings, Normalization, RedLine
from counterweight.domain import perspectives as _perspectives  # issue 4: perspectives
from counterweight.domain.perspectives import ScoreScenario, Snapshot, WeightSet  # issue 4: perspectives


#: Longest protective marking (characters); issue 5.
MAX_MARKING_CHARS = 120

#: Validation context key (issue 6: large projects): the validated decision an edit
#: started from, given by ``services.edits.rebuild``. See :meth:`Decision._changed_scores`.
PREVIOUS = "counterweight.previous_decision"
_REPLACED_MEMO = "counterweight.replaced_scores"  # context key: positions found by _replaced_since


def _same_objects(a: Sequence[Any], b: Sequence[Any]) -> bool:
    """Whether two sequences hold the very same objects, in the same order."""
    return len(a) == len(b) and all(map(operator.is_, a, b))


def _replaced_in_place(scores: Sequence[Any], old: Sequence[Score]) -> list[int] | None:
    """Positions where ``scores`` holds other objects than ``old``, each a score of the same cell.

    None when the lengths differ, or a replaced element is not a score of the same cell
    (a cell moved or changed hands). The objects are compared in C.
    """
    if len(scores) != len(old):
        return None
    replaced = list(compress(range(len(old)), map(operator.is_not, scores, old)))
    try:
        return replaced if all(scores[i].key == old[i].key for i in replaced) else None
    except AttributeError:  # not Score instances
        return None


def _replaced_since(info: ValidationInfo, scores: Sequence[Any], old: Sequence[Score]) -> list[int] | None:
    """:func:`_replaced_in_place`, worked out once per validation (session 26: three validators ask)."""
    memo = info.context.setdefault(_REPLACED_MEMO, []) if isinstance(info.context, dict) else []
    for seen, before, replaced in memo:
        if seen is scores and before is old:
            return replaced
    replaced = _replaced_in_place(scores, old)
    memo.append((scores, old, replaced))
    return replaced


def _previous(info: ValidationInfo) -> Decision | None:
    """The validated decision an edit started from, if the caller gave one (see ``PREVIOUS``)."""
    context = info.context
    previous = context.get(PREVIOUS) if isinstance(context, dict) else None
    return previous if isinstance(previous, Decision) and previous._scores_checked else None



def _score_keys(data: dict[str, Any]) -> list[int] | None:
    """One integer per score of ``data["scores"]``, ordered as (option position, criterion position) would be.

    Integers compare and sort several times faster than tuples (issue 6: large projects).
    An unknown id counts as after every known one; None when junk cannot be looked up.
    """
    def ident(item: Any, name: str) -> Any:
        return item.get(name) if isinstance(item, dict) else getattr(item, name, None)

    opt_pos = {ident(o, "id"): i for i, o in enumerate(data.get("options") or [])}
    crit_pos = {ident(c, "id"): i for i, c in enumerate(data.get("criteria") or [])}
    big = len(opt_pos) + len(crit_pos) + 1
    og, cg, mult = opt_pos.get, crit_pos.get, big + 1
    scores = data["scores"]
    try:
        try:  # fast path: edits pass model instances
            return [og(x.option_id, big) * mult + cg(x.criterion_id, big) for x in scores]
        except AttributeError:  # dicts from files, or junk
            return [og(ident(x, "option_id"), big) * mult + cg(ident(x, "criterion_id"), big) for x in scores]
    except TypeError:
        return None


def canonical_score_order(data: dict[str, Any]) -> list[int]:
    """Where each of ``data["scores"]`` goes in the order validation keeps (the error messages' numbering)."""
    keys = _score_keys(data)
    return list(range(len(data["scores"]))) if keys is None else sorted(range(len(keys)), key=keys.__getitem__)


class Decision(Frozen):
    """A decision problem, complete and internally consistent.

    Validation checks that identifiers are unique, that the criteria form a tree,
    that every score refers to an existing option and leaf criterion and fits that
    criterion's scale. Order matters: ``options`` and ``criteria`` are shown in list
    order (criteria as siblings in the order they appear).
    """

    id: Identifier
    title: Name
    description: Text = ""
    notice: Text = Field("", description="Banner shown above the decision, e.g. 'illustrative scores'")
    # issue 5: protective marking, printed at the top and bottom of every page of a brief
    marking: Annotated[str, StringConstraints(max_length=MAX_MARKING_CHARS, pattern=ONE_LINE_PATTERN)] = Field(
        "", description="Protective marking of the project, e.g. 'OFFICIAL-SENSITIVE' (one line; '' = none)"
    )
    options: list[Option] = Field(default_factory=list)
    criteria: list[Criterion] = Field(default_factory=list)
    scores: list[Score] = Field(default_factory=list)
    method: MethodSettings = Field(default_factory=MethodSettings)
    elicitations: list[Elicitation] = Field(
        default_factory=list, description="How the weights under each node were derived (one per node)"
    )
    red_lines: list[RedLine] = Field(default_factory=list, description="Non-compensatory limits per criterion")
    sources: list[Source] = Field(
        default_factory=list, description="The source library: documents cited as evidence by the scores"
    )
    # issue 4: several analysts (see domain/analysts.py); references are checked.
    analysts: list[Analyst] = Field(default_factory=list, description="The analysts named in the project")
    analyst_inputs: list[AnalystInput] = Field(
        default_factory=list, description="Each analyst's own scores, weights and judgements"
    )
    group: GroupSettings = Field(default_factory=GroupSettings, description="How the group view is aggregated")
    # issue 4: perspectives. Stale criterion/option ids in weight sets and scenarios
    # are tolerated (see domain/perspectives.py); only ids are checked here.
    weight_sets: list[WeightSet] = Field(default_factory=list, description="Named weight sets (perspectives)")
    scenarios: list[ScoreScenario] = Field(default_factory=list, description="Named score scenarios")
    snapshots: list[Snapshot] = Field(default_factory=list, description="Named copies of the whole decision")
    conclusion: Conclusion | None = Field(
        None, description="The recommendation and the decision taken (null: none recorded)")

    @field_validator("conclusion", mode="after")
    @classmethod
    def _no_empty_conclusion(cls, value: Conclusion | None) -> Conclusion | None:
        """An empty conclusion is kept as none, so files without one stay as they were."""
        return None if value is not None and value.is_empty else value

    @model_validator(mode="before")
    @classmethod
    def _canonical_score_order(cls, data: Any, info: ValidationInfo) -> Any:
        """Keep scores in option order, then criterion order, so equal decisions compare equal."""
        if not isinstance(data, dict) or not isinstance(data.get("scores"), list):
            return data
        previous = _previous(info)
        if previous is not None and _replaced_since(info, data["scores"], previous.scores) is not None:
            try:  # the same cells, options and criteria in the same order: still canonical
                if ([o.id for o in data.get("options") or []] == [o.id for o in previous.options]
                        and [c.id for c in data.get("criteria") or []] == [c.id for c in previous.criteria]):
                    return data
            except AttributeError:  # not model instances: check in full below
                pass

        keys = _score_keys(data)
        if keys is None or keys == sorted(keys):  # None: unhashable junk, for field validation to report
            return data
        scores = data["scores"]
        order = sorted(range(len(scores)), key=keys.__getitem__)
        return {**data, "scores": [scores[i] for i in order]}

    @field_validator("scores", mode="wrap")
    @classmethod
    def _only_replaced_scores(cls, value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
        """Validate only the scores an edit put in place of others (session 26: one edit on 1,000 x 60).

        The other scores are ``PREVIOUS``'s own validated, frozen objects: validating them
        again (pydantic reruns each score's own check) took about 20 ms a score edit. If a
        replaced score fails, the whole list is validated, so the error names its place.
        """
        previous = _previous(info)
        replaced = (_replaced_since(info, value, previous.scores)
                    if previous is not None and isinstance(value, list) else None)
        if replaced is None:
            return handler(value)
        try:
            checked = handler([value[i] for i in replaced])
        except ValidationError:
            return handler(value)
        scores = list(value)
        for i, score in zip(replaced, checked):
            scores[i] = score
        if isinstance(info.context, dict) and all(scores[i] is value[i] for i in replaced):
            info.context[_REPLACED_MEMO].append((scores, previous.scores, replaced))
        return scores

    def _changed_scores(self, previous: Decision | None, info: ValidationInfo) -> list[int] | None:
        """Positions of the scores to check, or None to check them all (issue 6: large projects).

        ``previous`` is the validated decision an edit started from (from the
        validation context). When this decision has the same option ids, every
        criterion ``previous`` had with an equal scale, and ``previous``'s scores
        except some replaced by new scores of the same cells, then every other score
        still names an existing option and scored criterion, fits its scale and is
        unique: only the replaced ones need checking. A weight or name edit on a
        1,000 x 60 project then checks no score at all, and a score edit one.
        """
        if previous is None or {o.id for o in self.options} != {o.id for o in previous.options}:
            return None
        now = {c.id: c.scale for c in self.criteria}
        if not all(c.id in now and (now[c.id] is c.scale or now[c.id] == c.scale) for c in previous.criteria):
            return None
        return _replaced_since(info, self.scores, previous.scores)

    @model_validator(mode="after")
    def _check_consistency(self, info: ValidationInfo) -> Decision:
        unique([o.id for o in self.options], "option id")
        unique([c.id for c in self.criteria], "criterion id")
        crit = {c.id: c for c in self.criteria}
        check_tree(self.criteria, crit)
        previous = _previous(info)
        changed = self._changed_scores(previous, info)
        index: dict[tuple[str, str], Score]  # kept as the score lookup (issue 6: built once)
        evidence_to_check: Sequence[Score]
        if changed is None or previous is None:  # check every score
            to_check = evidence_to_check = self.scores
            index, fresh = {}, True
        else:  # only the replaced ones (see _changed_scores); their cells are already unique
            to_check = [self.scores[i] for i in changed]
            index = dict(previous._score_index) if changed else previous._score_index  # never mutated
            fresh = False
            # with the same source library, only the replaced scores' evidence can be new
            evidence_to_check = to_check if _same_objects(self.sources, previous.sources) else self.scores
        check_scores(self, crit, to_check, index, fresh=fresh)
        self.__dict__["_score_index"] = index  # what the cached property would build, as it would
        self.__dict__["_scores_checked"] = True
        check_method_references(self, crit)
        check_evidence_sources(self, evidence_to_check)
        _analysts.check_analyst_references(self)  # issue 4: several analysts
        _perspectives.check_perspective_ids(self.weight_sets, self.scenarios, self.snapshots)  # issue 4
        check_conclusion(self)  # names an option the decision has
        return self

    def source(self, source_id: str) -> Source | None:
        """The library source with id ``source_id``, or ``None``."""
        return next((s for s in self.sources if s.id == source_id), None)

    def cited_name(self, ref: EvidenceRef) -> str:
        """What a piece of evidence is called: its library source's title, else the label stored with it."""
        source = self.source(ref.source_id) if ref.source_id else None
        return source.title if source is not None else ref.source

    def elicitation(self, node_id: str | None) -> Elicitation | None:
        """The recorded weight judgements for the children of ``node_id`` (None: top level)."""
        return next((e for e in self.elicitations if e.node_id == node_id), None)

    @cached_property
    def _scores_checked(self) -> bool:
        """Whether validation checked every score of this instance (issue 6).

        The validator sets it to True. An instance built without validation
        (``model_construct``), or copied with changed fields (``model_copy(update=...)``
        drops cached values), reads False, so it is never trusted as ``PREVIOUS``.
        """
        return False

    # ----- lookups (cached: the model is frozen) -----
    @cached_property
    def _option_index(self) -> dict[str, Option]:
        return {o.id: o for o in self.options}

    @cached_property
    def _criterion_index(self) -> dict[str, Criterion]:
        return {c.id: c for c in self.criteria}

    @cached_property
    def _score_index(self) -> dict[tuple[str, str], Score]:
        return {s.key: s for s in self.scores}

    def option(self, option_id: str) -> Option:
        return self._option_index[option_id]

    def criterion(self, criterion_id: str) -> Criterion:
        return self._criterion_index[criterion_id]

    def has_option(self, option_id: str) -> bool:
        return option_id in self._option_index

    def has_criterion(self, criterion_id: str) -> bool:
        return criterion_id in self._criterion_index

    def score(self, option_id: str, criterion_id: str) -> Score | None:
        return self._score_index.get((option_id, criterion_id))

    def children(self, parent_id: str | None) -> list[Criterion]:
        """Direct children of ``parent_id`` (``None``: the top level), in order."""
        return [c for c in self.criteria if c.parent_id == parent_id]

    def walk(self, parent_id: str | None = None, depth: int = 0) -> Iterator[tuple[Criterion, int]]:
        """Depth-first walk of the tree: ``(criterion, depth)`` pairs."""
        for c in self.children(parent_id):
            yield c, depth
            yield from self.walk(c.id, depth + 1)

    @cached_property
    def leaves(self) -> list[Criterion]:
        """Scored criteria in tree (depth-first) order."""
        return [c for c, _ in self.walk() if not c.is_group]

    def ancestors(self, criterion_id: str) -> list[Criterion]:
        """From the criterion's parent up to the top level."""
        out: list[Criterion] = []
        node = self.criterion(criterion_id)
        while node.parent_id is not None:
            node = self.criterion(node.parent_id)
            out.append(node)
        return out

    def descendants(self, criterion_id: str) -> list[Criterion]:
        return [c for c, _ in self.walk(criterion_id)]

    def path_name(self, criterion_id: str) -> str:
        """``Risks › Civilian risk``."""
        names = [c.name for c in reversed(self.ancestors(criterion_id))]
        return " › ".join([*names, self.criterion(criterion_id).name])


_perspectives._rebuild({"Decision": Decision})  # issue 4: Snapshot.decision is a Decision
Decision.model_rebuild(force=True)

__all__ = ["MAX_MARKING_CHARS", "Decision", "MethodSettings", "Normalization", "Name"]
