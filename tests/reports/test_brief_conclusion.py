"""The brief's "Recommendation and decision" section: what was recommended and decided, against the analysis."""

from __future__ import annotations

import datetime as dt
import html
import re

from counterweight.domain import Option, Score
from counterweight.domain.conclusion import Conclusion
from counterweight.locations import example_decision_path
from counterweight.reports.brief_content import build_brief
from counterweight.reports.brief_html import document_html
from counterweight.services import exchange
from tests.factories import small_decision

TITLE = "Recommendation and decision"


def _markup(decision: object) -> str:
    return document_html(build_brief(decision), colour=lambda v: "#ffffff", charts={})  # type: ignore[arg-type]


def _section(markup: str) -> str:
    start = markup.index(f"<h2>{TITLE}</h2>")
    end = markup.find("<h2", start + 4)
    return markup[start:end if end >= 0 else len(markup)]


def _text(section: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", section)).split())


def _heads(markup: str) -> list[str]:
    return re.findall(r"<h2[^>]*>(.*?)</h2>", markup)


def _with(**fields: object):
    return small_decision().model_copy(update={"conclusion": Conclusion(**fields)})  # type: ignore[arg-type]


def test_the_example_has_no_conclusion_and_its_brief_no_section() -> None:
    example = exchange.read_file(example_decision_path())
    assert example.conclusion is None
    markup = _markup(example)
    assert TITLE not in markup
    assert _heads(markup)[:2] == ["Summary", "Ranking"]


def test_the_section_follows_the_summary_and_prints_what_is_recorded() -> None:
    # small_decision ranks Alpha first (68.8), Charlie 2nd (60.0), Bravo 3rd (55.0)
    markup = _markup(_with(recommended_option_id="a", recommendation="Best value <for money>",
                           recommended_by="Policy team", decided_option_id="a", decided_by="Minister",
                           decided_on=dt.date(2026, 3, 5), decision_note="Agreed in Cabinet"))
    assert _heads(markup)[:3] == ["Summary", TITLE, "Ranking"]
    section = _section(markup)
    text = _text(section)
    for words in ("Recommended option Alpha", "Reasons Best value <for money>", "Recommended by Policy team",
                  "Decided option Alpha", "Decided by Minister", "Date of decision 05 March 2026",
                  "Note on the decision Agreed in Cabinet", "The decision follows the recommendation."):
        assert words in text, text
    assert "&lt;for money&gt;" in section  # user text escaped
    assert "not the analysis's top option" not in text


def test_a_recommendation_other_than_the_top_option_is_said_plainly() -> None:
    text = _text(_section(_markup(_with(recommended_option_id="c", decided_option_id="b"))))
    assert ("The recommended option is not the analysis's top option: the analysis ranks Alpha first with "
            "68.8 out of 100, and Charlie is ranked 2nd with 60.0 out of 100.") in text
    assert "No reasons for the recommendation are recorded." in text
    assert "The decision departs from the recommendation." in text
    assert ("The decided option is not the analysis's top option either: Bravo is ranked 3rd with 55.0 out of "
            "100.") in text
    assert "No note on the decision is recorded." in text


def test_a_decision_alone_against_the_analysis() -> None:
    text = _text(_section(_markup(_with(decided_option_id="b", decision_note="Politically necessary"))))
    assert "Recommended option none recorded" in text
    assert ("The decided option is not the analysis's top option: the analysis ranks Alpha first with 68.8 out "
            "of 100, and Bravo is ranked 3rd with 55.0 out of 100.") in text
    assert "No note" not in text


def test_a_shared_first_place_is_not_a_sole_lead() -> None:
    d = small_decision()
    twin = Option(id="d", name="Delta")
    scores = [*d.scores, *(Score.model_validate({**s.model_dump(), "option_id": "d"}) for s in d.scores
                           if s.option_id == "a")]
    d = d.model_copy(update={"options": [*d.options, twin], "scores": scores,
                             "conclusion": Conclusion(recommended_option_id="a", recommendation="Cheaper")})
    text = _text(_section(_markup(d)))
    assert ("The analysis does not single out the recommended option: it ranks Alpha and Delta equal first, "
            "with 68.8 out of 100 each.") in text


def test_only_words_recorded_no_option() -> None:
    text = _text(_section(_markup(_with(decision_note="Deferred to the spring"))))
    assert "Recommended option none recorded" in text and "Decided option not decided yet" in text
    assert "Note on the decision Deferred to the spring" in text
