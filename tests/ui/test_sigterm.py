"""SIGTERM (logout, shutdown, ``kill <pid>``) ends the window as File > Quit does (QA pass 24, item 6).

The window runs in a process of its own (``sigterm_child.py``) on a copy of the example,
makes a change and leaves a rationale typed but not applied; then it is sent SIGTERM.
It must exit with status 0 having applied the typed rationale, left no ``-wal``,
``-shm`` or ``.lock`` beside the project, and made the backup that closing makes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import counterweight
from counterweight.locations import example_decision_path
from counterweight.services import backups, exchange
from counterweight.services.session import ProjectSession
from tests.ui.sigterm_child import TYPED

CHILD = Path(__file__).with_name("sigterm_child.py")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGTERM is a POSIX signal")


def _start(project: Path) -> subprocess.Popen[str]:
    env = dict(os.environ)  # the autouse fixtures point HOME and COUNTERWEIGHT_HOME into tmp_path
    package_root = str(Path(counterweight.__file__).resolve().parent.parent)
    repo_root = str(Path(__file__).resolve().parent.parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, repo_root, env.get("PYTHONPATH", "")) if p)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen([sys.executable, str(CHILD), str(project)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def _first_line(proc: subprocess.Popen[str], timeout: float) -> str:
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(proc.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout)
    return found[0].strip() if found else ""


def test_sigterm_closes_like_quit_and_makes_the_close_backup(tmp_path: Path) -> None:
    project = tmp_path / "example.counterweight"
    ProjectSession.create(project, exchange.read_file(example_decision_path())).close()
    before = {b.path for b in backups.backups_for(project)}  # the one made when it was created
    proc = _start(project)
    try:
        line = _first_line(proc, timeout=120)
        assert line.startswith("edited "), f"the window did not start: {line!r}; stderr: {proc.stderr.read()}"
        _word, weight, dirty, problem = line.split(" ", 3)
        assert dirty == "True" and problem == "None"
        assert os.path.exists(f"{project}-wal") and os.path.exists(f"{project}.lock")  # open, as a user has it

        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stderr = proc.stderr.read()  # type: ignore[union-attr]
    assert code == 0, f"exit status {code}; stderr: {stderr[-2000:]}"
    for leftover in ("-wal", "-shm", ".lock"):
        assert not os.path.exists(f"{project}{leftover}"), f"{project.name}{leftover} was left behind"
    with ProjectSession.open(project, read_only=True) as session:
        decision = session.decision
        log = session.audit_log()
        assert decision.leaves[0].weight == float(weight)  # the change made before the signal
        assert decision.score(decision.options[0].id, decision.leaves[0].id).rationale == TYPED  # applied on quit
    made = [b for b in backups.backups_for(project) if b.path not in before]
    assert made, "no backup was made when the window closed"
    newest = backups.backups_for(project)[0]
    assert newest in made and newest.entries == len(log)
    with ProjectSession.open(newest.path, read_only=True) as copy:
        assert copy.audit_log(limit=1)[0].hash == log[0].hash  # the close backup holds it all, the rationale too
    assert "Asked to stop (signal 15)" in stderr
