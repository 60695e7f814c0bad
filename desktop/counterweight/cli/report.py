"""``counterweight report``: write the PDF decision brief of a decision file.

The brief is drawn with Qt (text and charts); this module itself does not import
PySide6 and loads the renderer only when the command runs. Without PySide6 the
command stops with exit status 2 and says so.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from counterweight.domain.errors import CounterweightError
from counterweight.reports.paper import DEFAULT_PAPER, PAPER_NAMES, PAPERS

PDF_SUFFIX = ".pdf"

_EPILOG = """\
The brief holds: title, date and analysts, and what it was made from (the
project's recorded changes, whether its history verified and the start of its
head hash, the latest snapshot and the changes since, the Counterweight version;
printed after the brief is written too); a contents list when it runs past ten
pages; a plain-English summary computed from the result; the ranking with the
contribution chart; the options' descriptions; the scorecard; the weights and how
they were elicited; sensitivity findings with the tornado chart; rank
acceptability when scores have ranges (SMAA-2 with the file's stored seed); red
lines; method notes; the audit summary (projects only); and an annex with the
rationale and evidence of every score that has some. The protective marking is
printed at the top and bottom of every page.

exit status: 0 written; 2 bad input (missing or invalid FILE, OUT not a .pdf,
OUT exists without --force, marking too long, --view naming no analyst,
PySide6 missing); 70 internal error.
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``report`` subcommand to the ``commands`` subparsers."""
    parser = commands.add_parser(
        "report",
        parents=list(parents),
        help="write the PDF decision brief of a decision",
        description=textwrap.fill(
            "Write the decision brief of FILE (a .counterweight project or a .json decision file) as a PDF "
            "on A4 or US Letter paper. FILE is only read, never changed.", 78),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="a .counterweight project or a .json decision file")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF file to write")
    parser.add_argument("--marking", metavar="TEXT",
                        help="protective marking for every page, e.g. OFFICIAL-SENSITIVE "
                             "(default: the project's own; '' for none)")
    parser.add_argument("--prepared-by", metavar="NAME",
                        help="the name printed as the brief's preparer (default: the account holder's full "
                             "name and account, as the system records them)")
    parser.add_argument("--paper", choices=PAPERS, default=DEFAULT_PAPER, type=str.lower,
                        help=f"the paper the pages are laid out on (default: {DEFAULT_PAPER})")
    parser.add_argument("--view", metavar="VIEW", default="shared",
                        help="whose inputs the brief's results use: 'shared' (the default), 'group' (the analysts "
                             "combined) or one analyst, by name or id, as the window's Whose judgements list does; "
                             "'analyst:NAME' for an analyst called 'shared' or 'group'")
    parser.add_argument("--force", action="store_true", help="replace OUT if it already exists")
    parser.add_argument("--progress", action="store_true",
                        help="for programs that run the report: print a line 'progress SHARE' (SHARE from 0 to 1) "
                             "on standard output as the work goes on, and 'pages N' once the brief is written")
    parser.set_defaults(run=run)


#: Shares of the whole report for ``--progress``: the analyses end at the first, the charts are drawn by the
#: second, and laying out and printing the pages take the rest (most of the time, in a long brief).
ANALYSES_SHARE, CHARTS_SHARE = 0.3, 0.35


class _Progress:
    """Prints ``progress SHARE`` lines (two decimals, never going back), flushed at once for the reader."""

    def __init__(self) -> None:
        self.shown = -1.0

    def __call__(self, share: float) -> None:
        value = round(min(1.0, max(0.0, share)), 2)
        if value > self.shown:
            self.shown = value
            print(f"progress {value:.2f}", flush=True)


def run(args: argparse.Namespace) -> int:
    """Carry out ``counterweight report``; returns the exit status."""
    target = Path(args.output)
    if target.suffix.lower() != PDF_SUFFIX:
        raise CounterweightError(f"the brief is a PDF; choose a name ending in {PDF_SUFFIX}", where=str(target))
    if target.exists() and not args.force:
        raise CounterweightError("already exists; add --force to replace it", where=str(target))
    from counterweight.services.briefing import request_for_file

    request = request_for_file(Path(args.file), marking=args.marking, prepared_by=args.prepared_by, view=args.view)
    try:
        from counterweight.reports.pdf_brief import ensure_application, record_charts, write_pdf
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(("PySide6", "shiboken6")):
            raise
        raise CounterweightError(
            "the PDF brief is drawn with Qt, and PySide6 is not installed here", where="report") from None
    ensure_application()
    # QA 27: the window writes its briefs by running this command, and follows these lines
    say: Callable[[float], None] = _Progress() if args.progress else (lambda _share: None)
    say(0.0)
    brief = request.build(lambda share: say(ANALYSES_SHARE * share))
    say(ANALYSES_SHARE)
    charts = record_charts(brief)
    say(CHARTS_SHARE)
    from counterweight.services.leftovers import writing_brief

    with writing_brief(target):  # QA 24: a kill leaves a .part that the next tidy can tell is dead
        pages = write_pdf(brief, target, charts, lambda share: say(CHARTS_SHARE + (1 - CHARTS_SHARE) * share),
                          paper=args.paper)
    if args.progress:
        print(f"pages {pages}", flush=True)
    marking = f", marked {brief.marking}" if brief.marking else ", no protective marking"
    paper = "" if args.paper == DEFAULT_PAPER else f" on {PAPER_NAMES[args.paper]} paper"
    if brief.views is not None and brief.views.used:  # h25k: --view
        from counterweight.reports.brief_views import used_name

        marking += f", results from {used_name(brief.views)}"
    print(f"Wrote the brief of '{brief.decision.title}' to {target} ({pages} pages{paper}{marking})")
    from counterweight.reports.brief_provenance import provenance_line

    print(provenance_line(brief))  # the title block's provenance rows, on one line
    return 0


__all__ = ["PDF_SUFFIX", "register", "run"]
