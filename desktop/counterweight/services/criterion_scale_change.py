"""What a change of a criterion's scale does to the scores that use it.

Helpers of :class:`~counterweight.services.edits.UpdateCriterion`:

* a *level rename* (old label -> new label, worked out by the criterion dialog from
  the row the user edited) is carried to every place that names the level: the
  shared scores, the analysts' own scores, the scenarios' replaced scores and the
  red lines on the criterion;
* a change that would strand scores (a level deleted while scores use it, or a
  switch between numbers and levels while the criterion is scored) is refused
  with a message that says how many scores, which options, and what to do first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from counterweight.domain import Criterion, Decision, NumericScale, QualitativeScale, Score
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase, and_more, comma_joined, quoted_name

#: How many option names a refusal lists before it says "and N more".
MAX_NAMES = 5


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_NAMES])
    if any(isinstance(n, Phrase) for n in names[:MAX_NAMES]):  # "Alpha (analyst Jo)": keep it translatable
        shown = comma_joined(names[:MAX_NAMES])
    return shown if len(names) <= MAX_NAMES else and_more(shown, len(names) - MAX_NAMES)


def checked_renames(old: Criterion, new: Criterion, renames: Mapping[str, str]) -> dict[str, str]:
    """The renames that change something, keyed by case-folded old label; raise if one cannot apply.

    Every old label must be a level of the old scale and every new label a level of
    the new one, and no two levels may be renamed to the same label.
    """
    todo = {k: v for k, v in renames.items() if k != v}
    if not todo:
        return {}
    if not (isinstance(old.scale, QualitativeScale) and isinstance(new.scale, QualitativeScale)):
        raise InvalidInputError(Phrase("Levels of {criterion} can only be renamed while it keeps named levels.",
                                       criterion=quoted_name(old.name)))
    for before, after in todo.items():
        if old.scale.level(before) is None:
            raise InvalidInputError(Phrase("{criterion} has no level {level} to rename.", criterion=quoted_name(old.name),
                                           level=quoted_name(before)))
        if new.scale.level(after) is None:
            raise InvalidInputError(Phrase("Level {level} of {criterion} is renamed {new}, which is not a level.",
                                           level=quoted_name(before), criterion=quoted_name(old.name),
                                           new=quoted_name(after)))
    targets = [v.casefold() for v in todo.values()]
    if len(set(targets)) != len(targets):
        raise InvalidInputError(Phrase("Two levels of {criterion} cannot be renamed to the same label.",
                                       criterion=quoted_name(old.name)))
    return {k.casefold(): v for k, v in todo.items()}


def implied_renames(current: Criterion, restored: Criterion) -> dict[str, str]:
    """Level renames that turn ``current``'s levels into ``restored``'s, row by row.

    Used when an old version of a criterion is put back from the history: its levels
    then carry their old labels, and the scores that use the new labels must follow.
    Levels are paired by position (the criterion dialog edits a level in its row); a
    pair counts as a rename only when neither label is also a level of the other scale,
    so a reordering is never read as renames. Different numbers of levels: no renames.
    """
    if not (isinstance(current.scale, QualitativeScale) and isinstance(restored.scale, QualitativeScale)):
        return {}
    now, then = current.scale.levels, restored.scale.levels
    if len(now) != len(then):
        return {}
    now_labels = {lv.label.casefold() for lv in now}
    then_labels = {lv.label.casefold() for lv in then}
    return {a.label: b.label for a, b in zip(now, then, strict=True)
            if a.label.casefold() != b.label.casefold()
            and a.label.casefold() not in then_labels and b.label.casefold() not in now_labels}


def _renamed_scores(scores: list[Score], cid: str, renames: dict[str, str]) -> tuple[list[Score], int]:
    out, count = list(scores), 0
    for i, s in enumerate(out):
        if s.criterion_id == cid and s.level is not None and s.level.casefold() in renames:
            out[i] = s.model_copy(update={"level": renames[s.level.casefold()]})
            count += 1
    return out, count


def carry_renames(decision: Decision, cid: str, renames: dict[str, str]) -> tuple[dict[str, Any], int]:
    """The decision's fields with level labels of criterion ``cid`` renamed, and how many scores moved.

    ``renames`` comes from :func:`checked_renames`. Only fields that change are returned;
    snapshots are records of the past and keep the labels they had.
    """
    fields: dict[str, Any] = {}
    scores, count = _renamed_scores(decision.scores, cid, renames)
    if count:
        fields["scores"] = scores
    inputs, changed = [], False
    for item in decision.analyst_inputs:
        own, n = _renamed_scores(item.scores, cid, renames)
        inputs.append(item.model_copy(update={"scores": own}) if n else item)
        changed, count = changed or bool(n), count + n
    if changed:
        fields["analyst_inputs"] = inputs
    scenarios, changed = [], False
    for sc in decision.scenarios:
        overrides = [o.model_copy(update={"level": renames[o.level.casefold()]})
                     if o.criterion_id == cid and o.level is not None and o.level.casefold() in renames else o
                     for o in sc.overrides]
        moved = any(a is not b for a, b in zip(overrides, sc.overrides, strict=True))
        scenarios.append(sc.model_copy(update={"overrides": overrides}) if moved else sc)
        changed = changed or moved
    if changed:
        fields["scenarios"] = scenarios
    red_lines = [r.model_copy(update={"level": renames[r.level.casefold()]})
                 if r.criterion_id == cid and r.level is not None and r.level.casefold() in renames else r
                 for r in decision.red_lines]
    if any(a is not b for a, b in zip(red_lines, decision.red_lines, strict=True)):
        fields["red_lines"] = red_lines
    return fields, count


def _users(decision: Decision, cid: str, scores: Iterable[Score] | None = None) -> list[tuple[str, Score]]:
    """(who, score) for the shared scores and every analyst's own scores on criterion ``cid``."""
    found = [("", s) for s in (decision.scores if scores is None else scores) if s.criterion_id == cid]
    names = {a.id: a.name for a in decision.analysts}
    for item in decision.analyst_inputs:
        found += [(names.get(item.analyst_id, item.analyst_id), s) for s in item.scores if s.criterion_id == cid]
    return found


def _option_list(decision: Decision, users: list[tuple[str, Score]]) -> str:
    names = {o.id: o.name for o in decision.options}
    listed = [Phrase("{option} (analyst {analyst})", option=names.get(s.option_id, s.option_id), analyst=who) if who
              else names.get(s.option_id, s.option_id) for who, s in users]
    return _names(listed)


def check_scale_change(decision: Decision, old: Criterion, new: Criterion, renames: dict[str, str]) -> None:
    """Refuse, in words an analyst can act on, a new scale that would strand scores or red lines.

    ``renames`` (case-folded old label -> new label) are taken as carried already.
    Narrowed numeric bounds are left to the decision's own checks, which name the cell.
    """
    if old.scale is None or new.scale is None:
        return
    users = _users(decision, old.id)
    lines = [r for r in decision.red_lines if r.criterion_id == old.id]
    if isinstance(old.scale, QualitativeScale) and isinstance(new.scale, NumericScale):
        stranded = [(w, s) for w, s in users if s.level is not None]
        what, blocked = "levels", [r for r in lines if r.level is not None]
    elif isinstance(old.scale, NumericScale) and isinstance(new.scale, QualitativeScale):
        stranded = [(w, s) for w, s in users if (s.value, s.low, s.high) != (None, None, None)]
        what, blocked = "numbers", [r for r in lines if r.limit is not None]
    else:
        stranded, blocked = [], []
    if stranded or blocked:
        name = quoted_name(old.name)
        parts: list[str] = []
        if stranded:
            parts.append(_stranded(what, len(stranded), name, _option_list(decision, stranded)))
        if blocked:
            parts.append(Phrase("Remove the red line on {criterion} first: it is set in levels." if what == "levels"
                                else "Remove the red line on {criterion} first: it is set in numbers.", criterion=name))
        raise InvalidInputError(parts[0] if len(parts) == 1 else Phrase("{first} {rest}", first=parts[0], rest=parts[1]))
    if not (isinstance(old.scale, QualitativeScale) and isinstance(new.scale, QualitativeScale)):
        return
    problems = []
    for level in old.scale.levels:
        key = level.label.casefold()
        if key in renames or new.scale.level(level.label) is not None:
            continue
        using = [(w, s) for w, s in users if s.level is not None and s.level.casefold() == key]
        if using:
            n = len(using)
            problems.append(Phrase("Level {level} of {criterion} is used by 1 score ({options}): set those scores to "
                                   "another level first, or keep the level." if n == 1 else
                                   "Level {level} of {criterion} is used by {n} scores ({options}): set those scores "
                                   "to another level first, or keep the level.", level=quoted_name(level.label),
                                   criterion=quoted_name(old.name), n=n, options=_option_list(decision, using)))
        if any(r.level is not None and r.level.casefold() == key for r in lines):
            problems.append(Phrase("The red line on {criterion} names level {level}: set it to another level first, "
                                   "or keep the level.", criterion=quoted_name(old.name), level=quoted_name(level.label)))
    if problems:
        raise InvalidInputError(_joined(problems), problems=problems)


def _joined(sentences: list[str]) -> str:
    """Sentences one after the other, as ``" ".join`` writes them, each still translatable."""
    out = sentences[-1]
    for sentence in reversed(sentences[:-1]):
        out = Phrase("{first} {rest}", first=sentence, rest=out)
    return out


def _stranded(what: str, n: int, criterion: str, options: str) -> Phrase:
    """Scores on ``criterion`` that a new scale cannot hold: ``what`` they are is "levels" or "numbers"."""
    if what == "levels":
        return Phrase("1 score on {criterion} is a level ({options}), and a numeric scale cannot hold it. Clear the 1 "
                      "score on this criterion first, or add a new criterion with the scale you want." if n == 1 else
                      "{n} scores on {criterion} are levels ({options}), and a numeric scale cannot hold them. Clear "
                      "the {n} scores on this criterion first, or add a new criterion with the scale you want.",
                      n=n, criterion=criterion, options=options)
    return Phrase("1 score on {criterion} is a number ({options}), and a scale of named levels cannot hold it. Clear "
                  "the 1 score on this criterion first, or add a new criterion with the scale you want." if n == 1 else
                  "{n} scores on {criterion} are numbers ({options}), and a scale of named levels cannot hold them. "
                  "Clear the {n} scores on this criterion first, or add a new criterion with the scale you want.",
                  n=n, criterion=criterion, options=options)


def rename_note(old: Criterion, renames: Mapping[str, str], carried: int) -> str:
    """Words for the history: which levels were renamed and how many scores followed."""
    labels = {lv.label.casefold(): lv.label for lv in old.scale.levels} if isinstance(
        old.scale, QualitativeScale) else {}
    pairs = ", ".join(f"{labels.get(k, k)!r} \u2192 {v!r}" for k, v in renames.items())
    return f"level renamed {pairs}; {_plural(carried, 'score', 'scores')} carried" if len(renames) == 1 \
        else f"levels renamed {pairs}; {_plural(carried, 'score', 'scores')} carried"


__all__ = ["carry_renames", "check_scale_change", "checked_renames", "implied_renames", "rename_note"]
