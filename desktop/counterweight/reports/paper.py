"""The paper a PDF brief is laid out on: A4 (the default) or US Letter.

``counterweight report --paper a4|letter`` and the window's File > Brief paper size
choose it; Print… lays the brief out on the printer's own page instead. Qt-free, so
the command line can offer the names without loading Qt.

The brief's measured text (:mod:`counterweight.reports.table_widths`) and its charts
(:mod:`counterweight.reports.brief_charts`) are sized for the narrower text column of
the two, A4's: Letter (215.9 x 279.4 mm) is 5.9 mm wider than A4 (210 x 297 mm) and
17.6 mm shorter, so a table or chart that fits A4's column fits Letter's, and a chart
is never taller than Letter's text block. A Letter brief has fewer lines a page, so
usually more pages.
"""

from __future__ import annotations

#: Paper names, as ``--paper`` takes them.
A4, LETTER = "a4", "letter"
PAPERS = (A4, LETTER)
DEFAULT_PAPER = A4
#: What the window and the command's messages call them.
PAPER_NAMES = {A4: "A4", LETTER: "US Letter"}


def paper_name(paper: str) -> str:
    """``"a4"`` or ``"letter"`` (any case), checked; ``ValueError`` for another name."""
    name = paper.strip().lower()
    if name not in PAPERS:
        raise ValueError(f"unknown paper size {paper!r}: choose {' or '.join(PAPERS)}")
    return name


__all__ = ["A4", "DEFAULT_PAPER", "LETTER", "PAPERS", "PAPER_NAMES", "paper_name"]
