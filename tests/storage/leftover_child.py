"""A Counterweight process stopped in the middle of writing, for tests/storage/test_leftovers.py.

    python leftover_child.py create TARGET        # create the project TARGET (as an import does) and
                                                  # stop while its temporary file is being written
    python leftover_child.py brief OUT.pdf FILE   # "counterweight report FILE -o OUT.pdf", stopped
                                                  # while the pages are being drawn

Each prints ``writing <pid>`` once it has stopped, then waits to be killed (as a crash,
``kill -9`` or a power cut would end it), leaving what such a process leaves behind.
"""

from __future__ import annotations

import os
import sys
import time


def _stop(*_args: object, **_kwargs: object) -> None:
    sys.stdout.write(f"writing {os.getpid()}\n")
    sys.stdout.flush()
    while True:
        time.sleep(1)


def create(target: str) -> None:
    from counterweight.services.session import ProjectSession
    from counterweight.storage import audit
    from tests.storage.builders import grid_decision

    audit.append = _stop  # the rows are in, the "Create project" entry comes next: inside the transaction
    ProjectSession.create(target, grid_decision(3, 2))


def brief(out: str, project: str) -> None:
    from counterweight.cli.main import main
    from counterweight.reports import pdf_brief

    pdf_brief.render_brief = _stop  # the PDF writer has started; the pages are being drawn
    main(["report", project, "-o", out])


if __name__ == "__main__":
    if sys.argv[1] == "create":
        create(sys.argv[2])
    else:
        brief(sys.argv[2], sys.argv[3])
