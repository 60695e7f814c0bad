"""QA 25 item 14: the options' descriptions beside the ranking, not only in the annex."""

from __future__ import annotations

import html
import re

from counterweight.domain import Option
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import document_html
from counterweight.services import exchange
from tests.factories import small_decision


def _document(decision: object) -> str:
    return document_html(build_brief(decision), colour=lambda v: "#ffffff", charts={})  # type: ignore[arg-type]


def _section(markup: str, title: str) -> str:
    start = markup.index(f"<h2>{title}</h2>")
    return markup[start:markup.index("<h2", start + 4)]


def _rows(section: str) -> list[list[str]]:
    rows = re.findall(r"<tr>(.*?)</tr>", section, re.S)
    return [[html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)]
            for r in rows if "<td" in r]


def test_the_example_describes_its_options_in_ranking_order_after_the_ranking() -> None:
    example = exchange.read_file(example_decision_path())
    brief = build_brief(example)
    markup = document_html(brief, colour=lambda v: "#ffffff", charts={})
    heads = re.findall(r"<h2[^>]*>(.*?)</h2>", markup)
    assert heads[heads.index("Ranking") + 1] == "Options"
    rows = _rows(_section(markup, "Options"))
    ev = brief.evaluation
    assert [r[0] for r in rows] == [ev.option_names[int(k)] for k in ev.order]
    by_name = {o.name: o for o in example.options}
    for name, description, source in rows:  # given whole, with where each option comes from
        assert description == by_name[name].description and source == by_name[name].source
    assert "<th" in markup and "Source</th>" in _section(markup, "Options")


def test_no_descriptions_no_section_and_no_sources_no_source_column() -> None:
    assert "<h2>Options</h2>" not in _document(small_decision())
    long = "A description long enough to wrap over several lines of the table. " * 8 + "<b>not bold</b>"
    d = small_decision()
    d = d.model_copy(update={"options": [Option(id="a", name="Alpha", description=long), *d.options[1:]]})
    section = _section(_document(d), "Options")
    assert "Source</th>" not in section
    rows = {r[0]: r[1] for r in _rows(section)}
    assert rows == {"Alpha": long, "Bravo": "—", "Charlie": "—"}  # every option, the long text whole
    assert "&lt;b&gt;not bold&lt;/b&gt;" in section
