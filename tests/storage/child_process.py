"""A separate Counterweight process for the locking and crash tests.

    python child_process.py hold   PROJECT   # open, print "ready <pid>", wait to be killed
    python child_process.py commit PROJECT   # open, then set the score of O1 x C1 to
                                             # n+1, n+2, ... printing "ack <n>" after each
                                             # commit returns
    python child_process.py forkserver PROJECT
        # import once, then for each "go" line on stdin fork a process that runs
        # "commit"; print "child <pid>" when it starts and "reaped <pid>" once it
        # has died (so a test can kill many writers without paying start-up each time)

The project must contain option ``O1`` and numeric criterion ``C1``.
"""

from __future__ import annotations

import os
import sys
import time

from counterweight.domain import Decision, Score
from counterweight.storage import ProjectStore


def say(text: str) -> None:
    """Print one line with a single write: a kill cannot leave half of it in the pipe."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _with_value(d: Decision, value: float) -> Decision:
    scores = [
        Score(option_id=s.option_id, criterion_id=s.criterion_id, value=value) if s.key == ("O1", "C1") else s
        for s in d.scores
    ]
    data = {name: getattr(d, name) for name in Decision.model_fields}
    data["scores"] = scores
    return Decision(**data)


def main(mode: str, path: str) -> int:
    store = ProjectStore.open(path)
    if store.read_only:
        say(f"read-only: {store.read_only_reason}")
        return 3
    say(f"ready {os.getpid()}")
    if mode == "hold":
        while True:
            time.sleep(1)
    old = store.load()
    score = old.score("O1", "C1")
    n = int(score.value) if score is not None and score.value is not None else 0
    while True:
        n += 1
        new = _with_value(old, float(n))
        store.commit(old, new, action="Set score", target="score O1 × C1", before=n - 1, after=n)
        say(f"ack {n}")
        old = new


def fork_server(path: str) -> int:
    for command in sys.stdin:
        if command.strip() != "go":
            continue
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the writer: runs until it is killed
            code = 1
            try:
                code = main("commit", path)
            finally:
                os._exit(code)
        say(f"child {pid}")
        os.waitpid(pid, 0)
        say(f"reaped {pid}")
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "forkserver":
        raise SystemExit(fork_server(sys.argv[2]))
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
