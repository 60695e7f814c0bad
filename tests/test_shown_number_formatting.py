"""No number shown in the window, printed by the command line or written in the brief is formatted with Python's ``:.1f`` (QA 32 item 1).

Python's fixed-point formatting rounds a half to even on the binary value (92.25 reads "92.2", 1.45 "1.4"),
the brief rounds it away from zero as written ("92.3", "1.5") through ``domain.shown_numbers.fixed``; one
number then read differently in the window, in ``counterweight smaa`` and in the brief. Every shown number
goes through ``fixed()`` or a helper built on it (``percent``, ``amount``, ``column_texts``...). The few
fixed-point formats left are listed here, each with its reason; a new one fails this test.
"""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "counterweight"
#: A fixed-point format: ``{x:.1f}``, ``{0:+.2f}``, ``{:,.1f}``, ``%.1f``, ``format(x, ".1f")``, ``.{d}f``.
FIXED_POINT = re.compile(r"""\{[^{}]*:[^{}]*\.(\d+|\{[^{}]*\})f\}|%[-+ ]?\.\d+f|format\([^()]*["'][^"']*\.\d+f["']""")

#: File (under desktop/counterweight) -> (how many such formats it may keep, why).
ALLOWED = {
    "ui/startup.py": (2, "start-up timing markers for the smoke test, never shown to a user"),
    "cli/report.py": (1, "the report child's progress protocol read by the window, not shown as text"),
    "ui/dialogs/weighting_consistency.py": (3, "the constant limit CR_THRESHOLD (0.10), never a half"),
    "ui/widgets/pairwise_editor.py": (2, "the constant limit CR_THRESHOLD (0.10), never a half"),
    "cli/weights.py": (2, "the constant limit CR_THRESHOLD (0.10), never a half"),
    "ui/engine_phrases.py": (3, "EngineText copies of engine/ahp.py's templates: the engine rounds their "
                                "numbers with fixed() first; the limit is CR_THRESHOLD"),
    "ui/service_phrases.py": (1, "copy of services/perspective_analysis.py's template: its number is rounded "
                                 "with fixed() first"),
    "charts/comparison_chart.py": (4, "axis tick label formats of the Compare methods chart (round ticks)"),
    "charts/method_ranks_chart.py": (1, "axis tick labels: whole ranks"),
    "charts/style.py": (1, "axis tick labels: whole numbers"),
    "reports/brief_html.py": (1, "a CSS width, not a number shown"),
    "reports/weighting_words.py": (2, "the constant limit CR_THRESHOLD (0.10), never a half"),
    "reports/xlsx_method.py": (1, "the constant limit CR_THRESHOLD (0.10), never a half"),
    "services/perspective_analysis.py": (1, "a Phrase template whose number is rounded with fixed() first"),
}


def formats_in(folder: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        hits = [m.group(0) for m in FIXED_POINT.finditer(text)]
        if hits:
            found[path.relative_to(PACKAGE).as_posix()] = hits
    return found


def test_the_pattern_finds_each_kind_of_fixed_point_format() -> None:
    for text in ('f"{100 * share:.1f} %"', '"{0:+.2f}"', 'f"{x:,.1f}"', '"%.1f"', 'format(x, ".2f")',
                 'f"{x:.{decimals}f}"'):
        assert FIXED_POINT.search(text), text
    for text in ('f"{n:,}"', '"{0}"', 'f"{x:g}"', 'fixed(x, 1)'):
        assert not FIXED_POINT.search(text), text


def test_the_window_the_command_line_the_charts_and_the_brief_round_shown_numbers_through_fixed() -> None:
    found: dict[str, list[str]] = {}
    for folder in ("ui", "cli", "charts", "reports", "services"):
        found.update(formats_in(folder))
    unexpected = {f: hits for f, hits in found.items() if len(hits) > ALLOWED.get(f, (0, ""))[0]}
    assert not unexpected, ("format these numbers with domain.shown_numbers.fixed() (or percent()), which rounds "
                            f"a half as the brief does: {unexpected}")
    stale = {f for f in ALLOWED if len(found.get(f, [])) < ALLOWED[f][0]}
    assert not stale, f"lower the allowance of {stale}: fewer fixed-point formats are left"
