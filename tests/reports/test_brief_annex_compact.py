"""QA 25 item 8: Annex A lists only the scores with some reasoning, counts the others, names each group once.

A 20 x 30 decision gave 55 pages of annex, about 520 entries reading only "No rationale
recorded. No evidence recorded for this score.", each under the full group name.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")  # the Qt-free run (pytest -p tests.no_qt) skips this file
pypdf = pytest.importorskip("pypdf")

from PySide6.QtCore import QSizeF  # noqa: E402
from PySide6.QtGui import QTextDocument  # noqa: E402

from counterweight.domain import Criterion, Decision, NumericScale, Option, Score  # noqa: E402
from counterweight.domain.analysts import Analyst  # noqa: E402
from counterweight.locations import example_decision_path  # noqa: E402
from counterweight.reports.brief_annex import annex_section  # noqa: E402
from counterweight.reports.brief_content import build_brief  # noqa: E402
from counterweight.reports.pdf_brief import write_pdf  # noqa: E402
from counterweight.reports.pdf_pagination import keep_together  # noqa: E402
from counterweight.services import exchange  # noqa: E402
from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore  # noqa: E402
from tests.factories import small_decision  # noqa: E402
from tests.reports.test_pdf_pagination_keep import pieces  # noqa: E402



def text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _bare(d: Decision, keep: set[tuple[str, str]]) -> Decision:
    """``d`` with the rationale and evidence removed from every score but those in ``keep``."""
    scores = [s if s.key in keep else s.model_copy(update={"rationale": "", "evidence": []}) for s in d.scores]
    return d.model_copy(update={"scores": scores})


def test_only_scores_with_reasoning_are_listed_and_the_few_others_are_named() -> None:
    d = _bare(small_decision(), {("a", "harm"), ("b", "effect")})
    d = d.model_copy(update={"scores": [s for s in d.scores if s.key != ("c", "cost")]})  # one missing score
    annex = text(annex_section(build_brief(d)))
    assert ("7 of the 9 scores have no rationale or evidence recorded and are not listed (1 of them has no "
            "score at all): Alpha \u00d7 Benefits \u203a Effect; Alpha \u00d7 Benefits \u203a Cost; "
            "Bravo \u00d7 Risks \u203a Civilian harm; Bravo \u00d7 Benefits \u203a Cost; "
            "Charlie \u00d7 Risks \u203a Civilian harm; Charlie \u00d7 Benefits \u203a Effect; "
            "Charlie \u00d7 Benefits \u203a Cost.") in annex
    body = annex[annex.index("Cost.") + 5:].strip()
    assert body == ("Alpha Risks Civilian harm : level Low. quiet No evidence recorded for this score. "
                    "Bravo Benefits Effect : 9 points. strong No evidence recorded for this score.")
    assert "Charlie" not in body  # an option with nothing to list is left out
    assert "No rationale recorded" not in annex


def test_many_unlisted_scores_are_counted_not_named() -> None:
    crit = [Criterion(id="g", name="Group")] + [
        Criterion(id=f"c{j}", name=f"Criterion {j}", parent_id="g", scale=NumericScale(lower=0, upper=10))
        for j in range(6)]
    opts = [Option(id=f"o{i}", name=f"Option {i}") for i in range(4)]
    scores = [Score(option_id=o.id, criterion_id=f"c{j}", value=j, rationale="why" if (i, j) == (0, 0) else "")
              for i, o in enumerate(opts) for j in range(6)]
    annex = text(annex_section(build_brief(Decision(id="d", title="T", options=opts, criteria=crit,
                                                    scores=scores))))
    assert "23 of the 24 scores have no rationale or evidence recorded and are not listed." in annex
    assert "\u00d7" not in annex and annex.count("Criterion") == 1


def test_each_group_is_named_once_per_option_not_before_every_score() -> None:
    example = exchange.read_file(example_decision_path())
    annex = annex_section(build_brief(example))
    groups = [c.name for c in example.criteria if c.is_group]
    assert re.findall(r"<h4[^>]*>(.*?)</h4>", annex) == groups * len(example.options)
    assert "\u203a" not in annex  # no "Risks › Civilian risk" path before each entry
    assert annex.count("<p><b>") == len(example.scores)  # every score of the example has reasoning
    for o in example.options:  # the descriptions are in the body's Options section now
        assert html.escape(o.description, quote=True) not in annex


def test_an_analysts_own_score_keeps_its_cell_listed() -> None:
    d = _bare(small_decision(), set())
    d = AddAnalyst(Analyst(id="ann", name="Ann")).apply(d).decision
    d = SetAnalystScore("ann", "b", "cost", Score(option_id="b", criterion_id="cost", value=4)).apply(d).decision
    annex = text(annex_section(build_brief(d)))
    assert "8 of the 9 scores have no rationale or evidence recorded" in annex
    assert annex.endswith("Bravo Benefits Cost : 10 $bn. No rationale recorded. No evidence recorded for this score. "
                          "Ann\u2019s own score : 4 $bn. No rationale or evidence of their own recorded.")


def test_a_large_decision_with_little_reasoning_has_a_short_annex(tmp_path: Path) -> None:
    crit = [Criterion(id=f"g{g}", name=f"A long group name number {g} for the effect on the theatre")
            for g in range(3)]
    crit += [Criterion(id=f"c{j}", name=f"Criterion {j} with a long name about the effect over two to five years",
                       parent_id=f"g{j % 3}", scale=NumericScale(lower=0, upper=10)) for j in range(12)]
    opts = [Option(id=f"o{i}", name=f"Option {i}: a course of action with a long name") for i in range(10)]
    scores = [Score(option_id=o.id, criterion_id=f"c{j}", value=(i + j) % 10,
                    rationale="A reason recorded." if (12 * i + j) % 37 == 0 else "")
              for i, o in enumerate(opts) for j in range(12)]
    d = Decision(id="d", title="Large", options=opts, criteria=crit, scores=scores)
    path = tmp_path / "large.pdf"
    pages = write_pdf(build_brief(d), path)
    texts = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages]
    start = next(k for k, t in enumerate(texts) if "Annex A. Scores, rationale and evidence" in t and k > 0)
    assert pages - start == 1  # one page of annex, where every score gave about nine
    assert "116 of the 120 scores have no rationale or evidence recorded" in texts[start]  # 4 listed


@pytest.mark.qt
def test_an_options_name_goes_to_the_next_page_with_its_first_group(qapp) -> None:  # noqa: ANN001
    """Slide an option's name, its first group's name and an entry down a page: the option's name is never
    left at the foot of a page above a group moved to the next."""
    entry = "<p>" + "An entry of the annex, with its rationale written at some length. " * 4 + "</p>"
    for filler in range(0, 70):  # over a page: the names reach its foot more than once
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setPageSize(QSizeF(360, 900))
        doc.setHtml("".join(f"<p>Filler line {i}.</p>" for i in range(filler))
                    + "<h3>Option name</h3><h4>Group name</h4>" + entry * 3)
        keep_together(doc)
        items = pieces(doc)
        option = next(p for p in items if p.text == "Option name")
        group = next(p for p in items if p.text == "Group name")
        first = items[items.index(group) + 1]
        assert option.page == group.page == first.page, f"filler {filler}"
