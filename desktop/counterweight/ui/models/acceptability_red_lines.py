"""What the Uncertainty tab says about red lines in the draws (the "Past a red line" column and notes).

Who takes part in the draws is decided on the scores' central values, as in the ranking;
an option taking part may still be past a red line on the scores a draw gives it
(:mod:`counterweight.engine.smaa_red_lines`). When the decision has a red line, the
ranks table gets a column before the ranks, "Past a red line" (the share of draws in which
at least one of the option's drawn scores is past one; its header's tooltip names the red
lines; next to the confidence factor, a narrow pane still shows it),
and the run notes get one sentence per option that ranks first in some draws while past
a red line. Without a red line nothing is added.

Text is translated under the context ``"AcceptabilityResults"``; the engine's sentences
through :func:`~counterweight.ui.engine_text.engine_text`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from counterweight.engine.smaa_red_lines import red_line_sentences
from counterweight.ui.models.acceptability_notes import two_lines
from counterweight.ui.engine_text import engine_text

if TYPE_CHECKING:
    from counterweight.engine.smaa import SmaaResult


def shows_red_lines(r: SmaaResult) -> bool:
    """Whether the run checked a red line on the draws of some option taking part."""
    return bool(r.red_lines) and bool(r.red_line_share)


def red_line_head() -> str:
    """Header of the column, on two lines (broken at the space nearest the middle), as narrow as a share."""
    return two_lines(QCoreApplication.translate("AcceptabilityResults", "Past a red line"))


def red_line_tip(r: SmaaResult) -> str:
    """Tooltip of the column's header: what the share counts, and the red lines by name."""
    return QCoreApplication.translate(
        "AcceptabilityResults", "Share of the draws in which at least one of the option's drawn scores is past a red "
        "line: {0}. Who takes part in the draws is decided on the central scores, as in the ranking.").format(
        "; ".join(engine_text(w) for w in r.red_lines))


def red_line_share(r: SmaaResult, option_id: str) -> float | None:
    """The option's share of draws past a red line (None for an option that took no part)."""
    return r.red_line_share.get(option_id)


def red_line_notes(r: SmaaResult) -> list[str]:
    """One sentence per option that ranks first in some draws while past a red line (the engine's words)."""
    return [engine_text(p) for p in red_line_sentences(r)]


__all__ = ["red_line_head", "red_line_notes", "red_line_share", "red_line_tip", "shows_red_lines"]
