"""The printed brief (PDF text): near-ties told apart, no number for an option not computed, no rank for one excluded.

Cases and hand calculations: tests/shown_values_cases.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("PySide6")

from counterweight.domain import AggregationMethod  # noqa: E402
from counterweight.reports.brief_content import build_brief  # noqa: E402
from counterweight.reports.pdf_brief import write_pdf  # noqa: E402
from tests.shown_values_cases import near_tie_decision, uncomputed_decision  # noqa: E402

pytestmark = pytest.mark.qt


def _text(decision, path: Path) -> str:  # noqa: ANN001
    write_pdf(build_brief(decision), path)
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(path)).pages)


def test_pdf_ranking_and_summary_tell_a_near_tie_apart(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    text = _text(near_tie_decision(), tmp_path / "near.pdf")
    assert "1 Alpha 50.89" in text and "2 Bravo 50.86" in text
    assert "3 Charlie 30.00" in text and "3 Delta 30.00" in text
    assert "0.03 points ahead of Bravo (50.86)" in text


def test_pdf_shows_a_dash_for_an_excluded_option_not_computed(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    text = _text(uncomputed_decision(AggregationMethod.TOPSIS), tmp_path / "topsis.pdf")
    ranking = text[text.index("Rank Option Score"):]
    assert "— Delta — — — — left out by a red line; cannot be placed (missing score)" in ranking  # score, D+, D−, C
    assert "— Charlie — — — — cannot be placed (missing score)" in ranking


def test_pdf_contribution_chart_gives_excluded_options_no_rank(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    text = _text(uncomputed_decision(AggregationMethod.WSM), tmp_path / "wsm.pdf")
    chart = text[text.index("Contribution of each criterion"):]
    assert "— Delta" in chart and "— Echo" in chart
    assert "4. Delta" not in chart and "4. Echo" not in chart
    assert "1. Alpha" in chart
