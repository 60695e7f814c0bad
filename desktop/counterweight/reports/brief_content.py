"""What goes into a decision brief, computed once, free of Qt.

:func:`build_brief` runs every analysis the brief reports on (the evaluation, the
one-way weight sensitivity, distance to flip and, when some score has a range or
the weights are uncertain, SMAA-2 with the project's stored seed) and bundles the
results with the facts only the caller knows (who prepared it, the analysts, how
the weights were elicited, the state of the audit trail) into a :class:`Brief`.
:mod:`counterweight.reports.brief_html` turns a brief into escaped HTML and
:mod:`counterweight.reports.pdf_brief` prints that to PDF or paper.

The slow part is SMAA-2 (a second or so at 10,000 draws), so :func:`build_brief`
takes ``progress`` and ``cancelled`` callables and the GUI runs it on a worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from counterweight import __version__
from counterweight.domain import Decision
from counterweight.domain.errors import CounterweightError, InvalidInputError
from counterweight.domain.methods import AggregationMethod, LevelUncertainty, WeightUncertainty
from counterweight.engine import Evaluation, evaluate
from counterweight.engine.ahp import AhpResult
from counterweight.engine.comparison import MethodComparison, compare_methods
from counterweight.engine.flip import FlipResult, flip_distances
from counterweight.engine.sensitivity import SensitivityResult, weight_sensitivity
from counterweight.engine.smaa import SmaaResult, smaa
from counterweight.reports.summary import ResultSummary, summarise
from counterweight.reports.smaa_words import left_out_note, uncertain_scores


class BriefCancelled(CounterweightError):
    """The user cancelled the brief while its analyses were running; nothing was written."""


@dataclass(frozen=True)
class AuditSummary:
    """The state of the project's audit trail, as the brief reports it.

    Attributes
    ----------
    entries : int
        Number of changes recorded.
    verified : bool
        Whether the hash chain checked out (no entry altered, removed or reordered).
    head_hash : str
        Hash of the newest entry when verified; quoting it lets a reader detect a
        later rewrite of the history (``counterweight audit verify --head``).
    problem : str
        What is wrong when not verified.
    note : str
        A caveat worth printing (for example entries chained on upgrade).
    first_at, last_at : datetime or None
        When the oldest and the newest recorded change were made.
    users : tuple of str
        Operating-system accounts that made the recorded changes.
    since_snapshots : tuple of (str, int)
        Each snapshot's id and how many changes were recorded after it was taken (the
        brief's provenance line names the latest snapshot with this count).
    origin : str
        The file an imported project was made from, as its first history entry records it
        (``""``: the project was not imported).
    """

    entries: int
    verified: bool
    head_hash: str = ""
    problem: str = ""
    note: str = ""
    first_at: dt.datetime | None = None
    last_at: dt.datetime | None = None
    users: tuple[str, ...] = ()
    since_snapshots: tuple[tuple[str, int], ...] = ()
    origin: str = ""


@dataclass(frozen=True)
class ElicitationNote:
    """How the weights under one node of the criteria tree were obtained.

    Attributes
    ----------
    node_name : str
        The group (or "the top level").
    method : str
        The method's name ("Swing weighting", "AHP pairwise comparison"...).
    judgements : tuple of str
        The analyst's inputs, one short phrase each ("Civilian risk: 100").
    weights : tuple of (str, float)
        Child name and the local weight the judgements give (0-1).
    elicited_by : str
    elicited_at : datetime or None
    note : str
    consistency_ratio : float or None
        Saaty's CR (AHP only).
    consistency_ok : bool or None
        Whether CR is within the usual 0.10 limit (AHP only).
    edited_since : bool
        The weights were changed by hand after the judgements were recorded.
    problem : str
        Why the judgements can no longer be evaluated ("" when they can).
    analyst : str
        The analyst whose own judgements these are; ``""`` for the shared inputs,
        the only judgements behind the brief's numbers.
    ahp : AhpResult or None
        The AHP run behind the weights (priority method, lambda_max, CI, RI and its
        table, CR), for the brief to name them (QA 23 item 7); ``None`` for other methods.
    points : tuple of float
        The points stored for the children, ``round(100 w, 2)`` each (empty for direct points).
    """

    node_name: str
    method: str
    judgements: tuple[str, ...] = ()
    weights: tuple[tuple[str, float], ...] = ()
    elicited_by: str = ""
    elicited_at: dt.datetime | None = None
    note: str = ""
    consistency_ratio: float | None = None
    consistency_ok: bool | None = None
    edited_since: bool = False
    problem: str = ""
    analyst: str = ""
    ahp: AhpResult | None = None
    points: tuple[float, ...] = ()


@dataclass(frozen=True)
class Disputed:
    """A score or weight the analysts' views give differently, and whether it changes the top option.

    ``values`` holds each view's label and its value in words (a level's name, a number
    with its unit, or a weight as a percentage of its group); ``new_tops`` each label
    whose value, put alone into the group view, puts another option first, with that
    option's name (empty: the top option stays).
    """

    kind: str  # "score" or "weight"
    criterion: str
    option: str  # "" for a weight
    values: tuple[tuple[str, str], ...]
    new_tops: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RegretRow:
    """One option across every (weights x scores) combination: its rank in each, and its largest regret.

    ``ranks`` has one entry per combination (:attr:`ViewsNote.combination_labels`):
    the rank, or ``"excluded"`` (a red line) or ``"unranked"`` (the method cannot place
    it). ``max_regret`` (points out of 100) is ``None`` for an option not ranked in every
    combination, which cannot be the robust choice.
    """

    option: str
    ranks: tuple[int | str, ...]
    max_regret: float | None
    is_choice: bool = False


@dataclass(frozen=True)
class ViewsNote:
    """The views of the decision the brief's numbers do not use, and what each puts first.

    The brief's numbers come from the shared inputs with the current weights and
    base scores. When the project has analysts, or weight sets and scenarios, the
    brief says so and reports what the other views conclude (computed in
    :mod:`counterweight.services.briefing` from the group and disagreement services
    and the minimax-regret analysis).

    Attributes
    ----------
    analysts : tuple of str
        Every analyst of the project, in project order.
    with_inputs : tuple of str
        The analysts who recorded scores, weights or judgements of their own.
    group_top : str or None
        The option the group view puts first (``None``: it ranks none).
    analyst_tops : tuple of (str, str or None)
        Each analyst's name and the option their view puts first.
    views_problem : str
        Why the group and analysts' views could not be computed (``""`` when they were).
    view_weights : tuple of (str, dict)
        Whose weights: ``("", shared)``, then each analyst who recorded inputs of their own
        (by name) and ``("group", ...)``, each with every criterion id's global weight in
        that view (empty when the project has no analysts or the views could not be formed).
    weight_sets, scenarios : tuple of str
        Names of the project's weight sets (perspectives) and score scenarios.
    robust_name : str or None
        The minimax-regret choice over every (weights x scores) combination.
    robust_regret : float
        Its largest regret, in points out of 100.
    robust_worst : str
        The combination in which that regret occurs ("Benefits view x Base scores").
    robust_ties : tuple of str
        Options with the same largest regret (the smaller average regret decided).
    combinations : int
        How many (weights x scores) combinations were compared.
    robust_problem : str
        Why the robust choice could not be computed (``""`` when it was).
    disputed : tuple of Disputed
        The scores and weights on which the views differ, those that change the top
        option first (:mod:`counterweight.services.brief_disputes`).
    cells_compared, weights_compared : int
        How many scores more than one view gives, and how many weights were compared.
    combination_labels, regret_rows : tuple
        Each (weights x scores) combination's label, and each option's ranks across them
        with its largest regret, the robust choice first (the brief's regret table).
    used : str
        The view the brief's numbers use (h25k): ``""`` the shared inputs, ``"group"`` the
        group view, else the analyst's name (the brief follows the window's view).
    shared_top : str or None
        The option the shared inputs put first, when :attr:`used` is another view.
    """

    analysts: tuple[str, ...] = ()
    with_inputs: tuple[str, ...] = ()
    group_top: str | None = None
    analyst_tops: tuple[tuple[str, str | None], ...] = ()
    views_problem: str = ""
    view_weights: tuple[tuple[str, dict[str, float]], ...] = ()
    weight_sets: tuple[str, ...] = ()
    scenarios: tuple[str, ...] = ()
    robust_name: str | None = None
    robust_regret: float = 0.0
    robust_worst: str = ""
    robust_ties: tuple[str, ...] = ()
    combinations: int = 0
    robust_problem: str = ""
    disputed: tuple[Disputed, ...] = ()
    cells_compared: int = 0
    weights_compared: int = 0
    combination_labels: tuple[str, ...] = ()
    regret_rows: tuple[RegretRow, ...] = ()
    used: str = ""
    shared_top: str | None = None

    @property
    def has_analysts(self) -> bool:
        return bool(self.analysts)

    @property
    def has_perspectives(self) -> bool:
        return bool(self.weight_sets or self.scenarios)


@dataclass(frozen=True, eq=False)
class Brief:
    """Everything a decision brief shows, computed.

    ``marking`` is the protective marking printed on every page (``""``: none).
    ``uncertainty_note`` says why rank acceptability was or was not computed.
    ``views`` (``None`` when the project has no analysts, weight sets or
    scenarios) says what the views the numbers do not use put first.
    """

    decision: Decision
    evaluation: Evaluation
    sensitivity: SensitivityResult
    flips: FlipResult
    smaa: SmaaResult | None
    uncertainty_note: str
    summary: ResultSummary
    marking: str
    created: dt.datetime
    prepared_by: str = ""
    analysts: tuple[str, ...] = ()
    elicited_by: tuple[str, ...] = ()
    elicitations: tuple[ElicitationNote, ...] = ()
    audit: AuditSummary | None = None
    source_name: str = ""
    views: ViewsNote | None = None
    comparison: MethodComparison | None = None  # QA 21: every method's ranking, for "Other aggregation methods"
    app_version: str = field(default=__version__)
    shared: Decision | None = None  # h25k: the project as recorded, when ``decision`` is another view (Annex A)


def has_uncertainty(decision: Decision, taking_part: Collection[str] | None = None) -> bool:
    """True when the weights are not taken as exact, some score has a low-high range (or gets one by
    evidence widening) or some level-rated score is set to move one level either way (QA 21); with
    ``taking_part``, only the scores of those options count (QA 31 item 1: red-line exclusions)."""
    if decision.method.uncertainty.weights is not WeightUncertainty.EXACT:
        return True
    return bool(uncertain_scores(decision, taking_part))


def _uncertainty(
    decision: Decision,
    evaluation: Evaluation,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[SmaaResult | None, str]:
    """Run SMAA-2 when there is uncertainty to analyse; say why not otherwise. The options a red line
    excludes take no part in the draws, so their ranges do not count (QA 31 item 1)."""
    taking_part = {o for o in evaluation.option_ids if not evaluation.is_excluded(o)}
    exact = decision.method.uncertainty.weights is WeightUncertainty.EXACT
    # not has_uncertainty(decision, taking_part), with the uncertain scores found once (evidence widening copies)
    left_out = uncertain_scores(decision) if exact else []
    if exact and not any(s.option_id in taking_part for s in left_out):
        levels = ("" if decision.method.uncertainty.level_scores is LevelUncertainty.AS_RATED
                  else ", no level-rated score is set to vary")
        if left_out:
            return None, left_out_note(decision, left_out, levels)
        return None, (f"No score has a range{levels} and the weights are taken as exact, so no rank acceptability "
                      "analysis was needed.")
    if decision.method.aggregation is not AggregationMethod.WSM:
        return None, (f"Some scores or weights are uncertain, but the rank acceptability analysis (SMAA-2) "
                      f"is only available for the weighted sum; this decision uses "
                      f"{decision.method.aggregation.label}.")
    try:
        result = smaa(decision, progress=progress, cancelled=cancelled)
    except InvalidInputError as exc:  # QA 25 item 14: one unusable setting must not stop the whole brief
        return None, (f"The rank acceptability analysis was not run: its stored settings cannot be used "
                      f"({exc}). Correct them in the Uncertainty tab and produce the brief again; nothing "
                      "else in this brief depends on them.")
    if result.cancelled:
        raise BriefCancelled("The brief was cancelled; nothing was written.")
    unc = decision.method.uncertainty
    note = (f"Rank acceptability from SMAA-2 with the project's stored settings: {result.samples:,} draws, "
            f"random seed {result.seed}, so anyone with the project file gets the same shares.")
    if result.score_counts.numbers_varied:
        note += f" Scores with a range vary within it ({unc.distribution.value} distribution)."
    if result.score_counts.levels_varied:
        note += (" Level-rated scores with weak or no evidence move one level either way."
                 if unc.level_scores is LevelUncertainty.WEAK_EVIDENCE else
                 " Level-rated scores move one level either way.")
    return result, note


def build_brief(
    decision: Decision,
    *,
    marking: str | None = None,
    prepared_by: str = "",
    analysts: Sequence[str] = (),
    elicited_by: Sequence[str] = (),
    elicitations: Sequence[ElicitationNote] = (),
    audit: AuditSummary | None = None,
    created: dt.datetime | None = None,
    source_name: str = "",
    views: ViewsNote | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Brief:
    """Run the analyses a brief reports on and collect everything it shows.

    Parameters
    ----------
    decision : Decision
    marking : str, optional
        Protective marking to print; default: the decision's own. Already checked
        (one line, at most 120 characters).
    prepared_by : str
        Who produced the brief (the operating-system account).
    analysts : sequence of str
        The project's analysts (shown under the title).
    elicited_by : sequence of str
        The authors of shared weight judgements who are no analysts of the project
        (shown under the title as "Weights elicited by").
    elicitations : sequence of ElicitationNote
        How the weights were obtained, one note per node with recorded judgements
        (the shared ones, then each analyst's own).
    audit : AuditSummary, optional
        The audit trail's state (projects only; a decision file has none).
    created : datetime, optional
        The brief's date and time (default: now, local time).
    source_name : str
        The project or decision file's name, printed with the date.
    views : ViewsNote, optional
        What the group view, each analyst's view and the weight sets and scenarios
        conclude (projects with analysts or perspectives).
    progress : callable, optional
        Receives the share of work done (0-1).
    cancelled : callable, optional
        Polled during the long analysis; returning True stops it.

    Returns
    -------
    Brief

    Raises
    ------
    BriefCancelled
        ``cancelled`` returned True.

    Notes
    -----
    Uncertainty settings that cannot be used (ordinal weights with no importance
    order, say) leave the rank acceptability out, and ``uncertainty_note`` says why;
    the rest of the brief does not depend on them.
    """
    def report(share: float) -> None:
        if progress is not None:
            progress(share)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise BriefCancelled("The brief was cancelled; nothing was written.")

    evaluation = evaluate(decision)
    sensitivity = weight_sensitivity(decision, base=evaluation)  # shares the one evaluation (no second)
    check()
    flips = flip_distances(decision, sensitivity=sensitivity, base=evaluation)
    report(0.2)
    check()
    result, note = _uncertainty(decision, evaluation, lambda s: report(0.2 + 0.75 * s), cancelled)
    summary = summarise(decision, evaluation, sensitivity=sensitivity, flips=flips, smaa=result)
    comparison = compare_methods(decision, evaluated=evaluation)  # h27m: its own method not evaluated again
    report(1.0)
    return Brief(
        decision=decision,
        evaluation=evaluation,
        sensitivity=sensitivity,
        flips=flips,
        smaa=result,
        uncertainty_note=note,
        summary=summary,
        marking=decision.marking if marking is None else marking,
        created=created if created is not None else dt.datetime.now().astimezone(),
        prepared_by=prepared_by,
        analysts=tuple(dict.fromkeys(a for a in analysts if a)),
        elicited_by=tuple(dict.fromkeys(a for a in elicited_by if a and a not in analysts)),
        elicitations=tuple(elicitations),
        audit=audit,
        source_name=source_name,
        views=views,
        comparison=comparison,
    )


__all__ = ["AuditSummary", "Brief", "BriefCancelled", "Disputed", "ElicitationNote", "RegretRow", "ViewsNote", "build_brief",
           "has_uncertainty", "uncertain_scores"]
