"""QA 22 item 15: the brief's scorecard breaks its headings and names between words, never inside one.

Six criterion columns of 12 % each printed "maintena|nce" and "Environm|ental". Each
column is now at least as wide as its widest word (estimated from the characters by
``reports.table_widths``), the name column gives up room first, and criteria whose words
cannot fit side by side go to more tables.
"""

from __future__ import annotations

import pytest

from counterweight.domain import Criterion, Decision, Direction, NumericScale, Option, Score
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import scorecard_section
from counterweight.reports.table_widths import (
    NAME_SHARE,
    PAGE_EMS,
    column_widths,
    spread_columns,
    text_ems,
    widest_word,
)

#: The QA project's criteria (name, unit, direction) and options.
CRITERIA = [("Capital cost", "GBP m", "lower"), ("Annual maintenance", "GBP m/yr", "lower"),
            ("People protected", "people", "higher"), ("Design life", "years", "higher"),
            ("Environmental benefit", "0-10", "higher"), ("Delivery time", "years", "lower")]
OPTIONS = ["New tidal barrier", "Upstream storage reservoirs", "Raise existing embankments",
           "Natural flood management", "Managed realignment", "Property-level resilience", "Do minimum"]


def flood(criteria: list[tuple[str, str, str]] = CRITERIA) -> Decision:
    crit = [Criterion(id=f"c{k}", name=name, unit=unit, weight=1 + k, scale=NumericScale(lower=0, upper=50000),
                      direction=Direction.LOWER_BETTER if way == "lower" else Direction.HIGHER_BETTER)
            for k, (name, unit, way) in enumerate(criteria)]
    opts = [Option(id=f"o{k}", name=name) for k, name in enumerate(OPTIONS)]
    scores = [Score(option_id=o.id, criterion_id=c.id, value=(7 * i + 3 * j) * 997 % 50000)
              for i, o in enumerate(opts) for j, c in enumerate(crit)]
    return Decision(id="flood", title="Flood", options=opts, criteria=crit, scores=scores)


@pytest.mark.qt
def test_the_page_width_follows_the_pdf_settings() -> None:
    from counterweight.reports import pdf_brief  # Qt: kept out of the no-Qt run

    assert PAGE_EMS == pytest.approx((210.0 - 2 * pdf_brief.SIDE_MM) / 25.4 * 72.0 / pdf_brief.BODY_POINTS)


def test_the_estimate_is_never_narrower_than_the_printed_word(qapp) -> None:  # noqa: ANN001
    from counterweight.reports import pdf_brief

    from PySide6.QtGui import QFontMetricsF

    em = pdf_brief.BODY_POINTS * 96.0 / 72.0
    for bold in (True, False):
        metrics = QFontMetricsF(pdf_brief.text_font(bold=bold))
        for word in ("maintenance", "Environmental", "embankments", "(GBP", "m/yr)", "42,000", "WWW", "iiii",
                     "Délai", "PEOPLE", "↑", "(40,000–"):
            printed = metrics.horizontalAdvance(word) / em
            assert printed <= text_ems(word, bold=bold) + 0.05, (word, bold, printed)
            assert text_ems(word, bold=bold) <= 1.25 * printed + 0.2, (word, bold, printed)


def test_columns_are_as_wide_as_their_widest_word() -> None:
    widths = column_widths(8.0, [7.5, 4.0, 9.0])
    assert widths is not None and sum(widths) == 100
    for ems, width in zip((8.0, 7.5, 4.0, 9.0), widths):
        assert width / 100 * PAGE_EMS >= ems
    assert widths[0] == NAME_SHARE  # room to spare: the names keep their usual share
    assert column_widths(30.0, [15.0, 15.0]) is None  # cannot fit side by side


def test_criteria_go_to_more_tables_only_when_their_words_do_not_fit() -> None:
    def fits(cols):  # noqa: ANN001, ANN202
        return column_widths(5.0, [10.0] * len(cols))

    assert [cols for cols, _ in spread_columns(6, 6, lambda cols: column_widths(5.0, [3.0] * len(cols)))] == \
        [[0, 1, 2, 3, 4, 5]]
    assert [cols for cols, _ in spread_columns(7, 6, fits)] == [[0, 1, 2, 3], [4, 5, 6]]  # four 10-em words fit
    assert [cols for cols, _ in spread_columns(7, 6, lambda cols: column_widths(5.0, [14.0] * len(cols)))] == \
        [[0, 1, 2], [3, 4, 5], [6]]  # three 14-em words fit, four do not
    never = spread_columns(4, 6, lambda cols: None)  # one word wider than the page: the old layout
    assert never == [([0, 1, 2, 3], [f"{NAME_SHARE}%", "18%", "18%", "18%", "18%"])]
    assert spread_columns(0, 6, fits) == []


def test_the_qa_scorecard_keeps_its_six_criteria_in_one_table() -> None:
    markup = scorecard_section(build_brief(flood()), lambda v: "#ffffff")
    assert markup.count("<table") == 1 and markup.count("</th>") == 7
    long = flood(CRITERIA + [("Disruption during construction", "days", "lower")] * 2)
    assert scorecard_section(build_brief(long), lambda v: "#ffffff").count("<table") == 2


def _line_breaks_inside_words(doc) -> list[str]:  # noqa: ANN001
    """Each place in the scorecard's cells where a line ends inside a word: "maintena|nce"."""
    found, inside, block = [], False, doc.begin()
    while block.isValid():
        text = block.text()
        if text in ("Scorecard", "Weights"):
            inside = text == "Scorecard"
        elif inside and block.layout() is not None:
            layout = block.layout()
            for k in range(layout.lineCount() - 1):
                end = layout.lineAt(k).textStart() + layout.lineAt(k).textLength()
                before, after = text[end - 1:end], text[end:end + 1]
                if before and after and not before.isspace() and not after.isspace() and before not in "–\u2028":
                    found.append(f"{text[:end]}|{text[end:]}")
        block = block.next()
    return found


def test_the_printed_scorecard_breaks_only_between_words(qapp, tmp_path) -> None:  # noqa: ANN001
    from counterweight.reports import pdf_brief

    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(pdf_brief.PDF_RESOLUTION)
    brief = build_brief(flood())
    doc, _ = pdf_brief.layout_document(brief, writer, {})
    assert not _line_breaks_inside_words(doc), _line_breaks_inside_words(doc)
    assert widest_word(["maintenance"], bold=True) > 7.0  # the word the QA saw broken was measured
