"""h25k (QA 31 item 11): a brief of the group view or of one analyst's, and the shared weights no analyst holds.

Every analyst of QA 31's d2 set weights of their own, yet the brief's headline came from the shared
weights, and there was no way to ask for the group view's brief: ``BriefRequest.view`` (the window's view,
``counterweight report --view``) now sets whose inputs the results use, and the first page says so.
"""

from __future__ import annotations

from html import unescape
from pathlib import Path

import pytest

from counterweight.domain.errors import CounterweightError
from counterweight.engine import evaluate
from counterweight.reports.brief_html import title_block, weights_section
from counterweight.reports.brief_views import views_sentences
from counterweight.reports.score_annex import annex_section
from counterweight.services import exchange
from counterweight.services.briefing import GROUP, request_for_file, resolve_view
from counterweight.services.group import group_view
from tests.reports.test_brief_disputes_shared import flood


def test_the_view_is_named_by_keyword_id_or_name_and_an_unknown_one_lists_the_analysts() -> None:
    d = flood()
    assert resolve_view(d, None) is None and resolve_view(d, "Shared") is None
    assert resolve_view(d, "GROUP") == GROUP
    assert resolve_view(d, "an3") == "an3" and resolve_view(d, " tom hughes ") == "an2"
    with pytest.raises(CounterweightError) as caught:
        resolve_view(d, "Nobody")
    text = str(caught.value)
    assert "--view" in text and "'Nobody'" in text
    assert all(f"'{n}' (id {i})" in text for i, n in (("an1", "Priya Natarajan"), ("an2", "Tom Hughes"),
                                                       ("an3", "Grace Okafor")))
    alone = d.model_copy(update={"analysts": [], "analyst_inputs": []})
    with pytest.raises(CounterweightError, match="no analysts"):
        resolve_view(alone, "group")


def test_the_group_views_brief_uses_its_numbers_and_says_so_on_the_first_page(tmp_path: Path) -> None:
    path = tmp_path / "flood.json"
    exchange.write_file(path, flood())
    brief = request_for_file(path, view="group").build()
    group = evaluate(group_view(flood()))
    assert list(brief.evaluation.totals) == pytest.approx(list(group.totals))
    assert "the group view (the analysts' views combined), not the shared inputs" in unescape(title_block(brief))
    said = " ".join(views_sentences(brief))
    assert "come from the group view, not from the shared inputs or any analyst's own inputs." in said
    assert "No analyst holds" not in said
    weights = unescape(weights_section(brief))
    assert "Group view (used here)" in weights and "Shared (used here)" not in weights
    assert "Group view: the analysts' weights combined" in weights and "Shared points entered" not in weights
    annex = unescape(annex_section(brief))  # the reasoning recorded, not the group view's "Group mean of 3 views"
    assert "Group mean" not in annex and "use the group view's scores" in annex and "Tom Hughes" in annex


def test_an_analysts_brief_names_them_and_compares_the_shared_inputs(tmp_path: Path) -> None:
    path = tmp_path / "flood.json"
    exchange.write_file(path, flood())
    brief = request_for_file(path, view="Priya Natarajan").build()
    assert "Priya Natarajan's view (their own inputs" in unescape(title_block(brief))
    said = " ".join(views_sentences(brief))
    assert "come from Priya Natarajan's view, not from the shared inputs, the group view or another" in said
    assert ("The views differ on the top option: the shared inputs, the group view, Tom Hughes's view and Grace "
            "Okafor's view put Natural flood management first, while Priya Natarajan's view used here puts Wall "
            "plus storage first.") in said


def test_the_shared_brief_says_no_analyst_holds_its_weights_only_when_none_does(tmp_path: Path) -> None:
    path = tmp_path / "flood.json"
    exchange.write_file(path, flood())
    said = " ".join(views_sentences(request_for_file(path).build()))
    assert "No analyst holds the shared weights used here" in said and "brief of the group view" in said
    assert "counterweight report" not in said  # the brief's readers are not told how to run the program
    d = flood()
    keeps = d.model_copy(update={"analyst_inputs": [*d.analyst_inputs[:2], d.analyst_inputs[2].model_copy(
        update={"weights": {}})]})  # Grace Okafor keeps the shared weights
    exchange.write_file(path, keeps)
    assert "No analyst holds" not in " ".join(views_sentences(request_for_file(path).build()))


def test_when_every_other_view_agrees_each_is_named_as_written() -> None:
    from counterweight.reports.brief_content import ViewsNote
    from counterweight.reports.brief_views import _tops

    views = ViewsNote(analysts=("Ann", "Ben McKay"), with_inputs=("Ann", "Ben McKay"), group_top="Alpha",
                      analyst_tops=(("Ann", "Alpha"), ("Ben McKay", "Alpha")), used="Ann", shared_top="Alpha")
    assert _tops(views, ("Alpha",)) == "The shared inputs, the group view and Ben McKay's view also put Alpha first."
