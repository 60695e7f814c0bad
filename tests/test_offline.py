"""Every command of the command line works with the network switched off, and never tries it.

A ``sitecustomize.py`` placed first on ``PYTHONPATH`` of a child interpreter
replaces the ways Python reaches the network (``socket.socket.connect``,
``connect_ex`` and ``sendto`` on anything but a Unix socket,
``socket.create_connection``, and the name look-ups ``getaddrinfo``,
``gethostbyname(_ex)``, ``gethostbyaddr`` and ``getnameinfo``) with functions
that write ``NETWORK ATTEMPT`` to stderr and raise ``OSError``, as an air-gapped
machine would. In that interpreter a small driver runs every registered command,
and every action of the commands that have actions, with realistic arguments on
a copy of the shipped example, in the order a user would (import, set up
analysts, evaluate, export, packets, backups...). One interpreter runs them all
because starting one per command costs seconds each on a small machine; the
commands share nothing but the modules already imported.

The plan below must name every registered command and action: a new command
fails :func:`test_the_plan_runs_every_command_and_action` until it is added.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from counterweight.cli.main import build_parser, command_names
from counterweight.locations import example_decision_path

DESKTOP_DIR = Path(__file__).resolve().parent.parent / "desktop"
ATTEMPT = "NETWORK ATTEMPT"

SITECUSTOMIZE = textwrap.dedent('''\
    """Written by tests/test_offline.py: refuse and report every attempt to use the network."""
    import os
    import socket

    _real_connect = socket.socket.connect
    _real_connect_ex = socket.socket.connect_ex
    _real_sendto = socket.socket.sendto
    OFFLINE_GUARD = True


    def _refuse(what):
        step = os.environ.get("COUNTERWEIGHT_OFFLINE_STEP", "?")
        os.write(2, f"{ATTEMPT} during {step}: {what}\\n".encode("utf-8", "replace"))
        raise OSError(101, f"network access refused in an offline test: {what}")


    def _local(sock):
        return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX


    def connect(self, address):
        if not _local(self):
            _refuse(f"connect to {address!r}")
        return _real_connect(self, address)


    def connect_ex(self, address):
        if not _local(self):
            _refuse(f"connect_ex to {address!r}")
        return _real_connect_ex(self, address)


    def sendto(self, data, *args):
        if not _local(self):
            _refuse(f"sendto {args[-1]!r}")
        return _real_sendto(self, data, *args)


    def _lookup(name):
        def refuse(host, *args, **kwargs):
            _refuse(f"{name}({host!r})")
        return refuse


    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.socket.sendto = sendto
    socket.create_connection = lambda address, *a, **k: _refuse(f"create_connection to {address!r}")
    for _name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo"):
        setattr(socket, _name, _lookup(_name))
    ''').replace("{ATTEMPT}", ATTEMPT)

DRIVER = textwrap.dedent('''\
    """Written by tests/test_offline.py: run each step of plan.json, record exit statuses."""
    import importlib.util
    import json
    import os
    import socket
    import sys

    assert "sitecustomize" in sys.modules, "the guard was not installed when the interpreter started"
    import sitecustomize

    from counterweight.__main__ import main


    def probe():
        """Prove the guard is in force: both calls must be refused (and reported)."""
        for call in (lambda: socket.getaddrinfo("localhost", 80),
                     lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("127.0.0.1", 9))):
            try:
                call()
            except OSError:
                continue
            raise AssertionError("the network guard let a call through")


    def analysts():
        """An analyst with a score of their own, a snapshot, a changed weight and a perspective."""
        from counterweight.domain.analysts import Analyst
        from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore
        from counterweight.services.edits import SetWeight
        from counterweight.services.perspectives import AddWeightSet, TakeSnapshot, weight_set_from_current
        from counterweight.services.session import ProjectSession

        with ProjectSession.open("project.counterweight") as s:
            s.apply(AddAnalyst(Analyst(id="kim", name="Kim Lee", role="Analyst")))
            score = next(x for x in s.decision.scores if x.value is not None and x.high is not None)
            s.apply(SetAnalystScore("kim", *score.key, score.model_copy(update={"value": score.high})))
            s.apply(TakeSnapshot.of(s.decision, "baseline", taken_by="offline test"))
            leaf = s.decision.leaves[0]
            s.apply(SetWeight(leaf.id, leaf.weight + 1))
            s.apply(AddWeightSet(weight_set_from_current(s.decision, "Kim's view")))


    def answer_packet():
        """The analyst gives one score of their own in the working project."""
        from counterweight.services.analyst_edits import SetAnalystScore
        from counterweight.services.session import ProjectSession

        with ProjectSession.open("work.counterweight") as s:
            score = next(x for x in s.decision.scores if x.value is not None and x.low is not None)
            s.apply(SetAnalystScore("kim", *score.key, score.model_copy(update={"value": score.low})))


    results = []
    qt = importlib.util.find_spec("PySide6") is not None
    for step in json.load(open(sys.argv[1], encoding="utf-8")):
        os.environ["COUNTERWEIGHT_OFFLINE_STEP"] = step["label"]
        for stream in (sys.stdout, sys.stderr):
            stream.write(f"=== {step['label']}\\n")
            stream.flush()
        if "setup" in step:
            globals()[step["setup"]]()
            code = 0
        else:
            code = main(step["argv"])
        sys.stdout.flush()
        sys.stderr.flush()
        results.append({"label": step["label"], "code": code})
    json.dump({"guard": sitecustomize.OFFLINE_GUARD, "qt": qt, "results": results},
              open(sys.argv[2], "w", encoding="utf-8"))
    ''')


@dataclass(frozen=True)
class Step:
    """One command line (or a setup function of the driver) and the exit statuses it may give."""

    label: str
    argv: tuple[str, ...] = ()
    expect: tuple[int, ...] = (0,)
    setup: str = ""
    needs_qt: bool = False

    def as_json(self) -> dict[str, object]:
        return {"label": self.label, "setup": self.setup} if self.setup else \
            {"label": self.label, "argv": list(self.argv)}


def _cmd(*argv: str, expect: tuple[int, ...] = (0,), needs_qt: bool = False) -> Step:
    return Step(" ".join(argv), tuple(argv), expect, needs_qt=needs_qt)


P = "project.counterweight"
PLAN: tuple[Step, ...] = (
    Step("probe", setup="probe"),
    _cmd("--version"),
    _cmd("import", "example.json", "-o", P),
    Step("set up analysts", setup="analysts"),
    _cmd("validate", P),
    _cmd("validate", "--strict", P, expect=(1,)),  # the example breaches its own red line: a warning
    _cmd("evaluate", P, "--json"),
    _cmd("evaluate", P, "--method", "promethee", "--preference", "Civilian risk=v_shape:p=40"),
    _cmd("weights", P, "--json"),
    _cmd("sensitivity", P, "--json"),
    _cmd("smaa", P, "--samples", "2000", "--seed", "7", "--widen-by-evidence", "--json"),
    _cmd("compare-methods", P, "--json"),
    _cmd("group", P, "--json"),
    _cmd("robust", P, "--json"),
    _cmd("tradeoffs", P, "--json"),
    _cmd("compare", P, "baseline", "current", "--json"),
    _cmd("export", P, "--format", "json", "-o", "copy.json"),
    _cmd("export", P, "--format", "xlsx", "-o", "copy.xlsx"),
    _cmd("export", P, "--format", "csv", "--csv-layout", "long", "-o", "copy.csv"),
    _cmd("import", "copy.xlsx", "-o", "from-xlsx.counterweight"),
    _cmd("import", "copy.csv", "-o", "from-csv.counterweight"),
    _cmd("template", "-o", "blank.xlsx"),
    _cmd("report", P, "-o", "brief.pdf", "--marking", "OFFICIAL", needs_qt=True),
    _cmd("packet", "export", P, "--analyst", "Kim Lee", "-o", "kim.cwpacket", "--instructions", "Score offline"),
    _cmd("packet", "show", "kim.cwpacket", "--json"),
    _cmd("packet", "open", "kim.cwpacket", "-o", "work.counterweight"),
    Step("answer the packet", setup="answer_packet"),
    _cmd("packet", "return", "work.counterweight", "-o", "back.cwpacket", "--note", "done"),
    _cmd("packet", "import", P, "back.cwpacket", "--dry-run", "--json"),
    _cmd("packet", "import", P, "back.cwpacket"),
    _cmd("packet", "undo-import", P, "back.cwpacket"),  # QA round 6: take an import back, then import again
    _cmd("packet", "import", P, "back.cwpacket"),
    _cmd("audit", "verify", P),
    _cmd("audit", "log", P, "--json", "--limit", "5"),
    _cmd("backups", P, "--json"),
    _cmd("backups", P, "--restore", "1"),
    _cmd("audit", "verify", P),
    # bad input goes through the error paths, which must stay offline too
    _cmd("evaluate", "missing.counterweight", expect=(2,)),
    _cmd("import", "garbage.csv", "-o", "garbage.counterweight", expect=(2,)),
    _cmd("audit", "verify", "garbage.csv", expect=(2,)),
    _cmd("packet", "show", "garbage.csv", expect=(2,)),
)


def _actions(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    """Each registered command, with the actions (sub-subcommands) it has, if any."""
    out: dict[str, list[str]] = {}
    top = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in top.choices.items():
        nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        out[name] = list(nested[0].choices) if nested else []
    return out


def test_the_plan_runs_every_command_and_action() -> None:
    commands = _actions(build_parser())
    assert set(commands) == set(command_names()) and commands  # the same registry as the CLI's
    ran = [s.argv for s in PLAN if s.argv]
    missing = [name for name in commands if not any(argv[0] == name for argv in ran)]
    missing += [f"{name} {action}" for name, actions in commands.items() for action in actions
                if not any(argv[:2] == (name, action) for argv in ran)]
    assert not missing, f"add these commands to PLAN in tests/test_offline.py: {missing}"


@dataclass
class _Run:
    code: int
    stderr: str
    report: dict[str, object] = field(default_factory=dict)

    def step_output(self, label: str) -> str:
        """The stderr written while the step ``label`` ran."""
        parts = self.stderr.split(f"=== {label}\n", 1)
        return parts[1].split("\n=== ", 1)[0] if len(parts) == 2 else ""


def _run_plan(folder: Path, plan: tuple[Step, ...]) -> _Run:
    guard_dir = folder / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    (guard_dir / "offline_driver.py").write_text(DRIVER, encoding="utf-8")
    (folder / "plan.json").write_text(json.dumps([s.as_json() for s in plan]), encoding="utf-8")
    env = dict(os.environ)  # the autouse fixtures already point HOME and COUNTERWEIGHT_HOME into tmp_path
    env["PYTHONPATH"] = os.pathsep.join([str(guard_dir), str(DESKTOP_DIR)])
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("COUNTERWEIGHT_OFFLINE_STEP", None)
    proc = subprocess.run([sys.executable, str(guard_dir / "offline_driver.py"), "plan.json", "report.json"],
                          check=False, cwd=folder, env=env, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=600)
    report_file = folder / "report.json"
    report = json.loads(report_file.read_text(encoding="utf-8")) if report_file.exists() else {}
    return _Run(proc.returncode, proc.stderr, report)


def test_every_command_runs_offline_without_trying_the_network(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "example.json").write_bytes(example_decision_path().read_bytes())
    (work / "garbage.csv").write_bytes(b"\x00\xff not a spreadsheet")
    run = _run_plan(work, PLAN)
    assert run.code == 0 and run.report, run.stderr[-4000:]
    assert run.report["guard"] is True
    results = {r["label"]: r["code"] for r in run.report["results"]}
    assert list(results) == list(dict.fromkeys(s.label for s in PLAN))

    # The probe shows the guard is in force: its two calls were refused and reported.
    probe = run.step_output("probe")
    assert probe.count(ATTEMPT) == 2 and "getaddrinfo('localhost')" in probe, probe
    rest = run.stderr.split("=== probe\n", 1)[1].split("\n=== ", 1)[1]
    assert ATTEMPT not in rest, [line for line in rest.splitlines() if ATTEMPT in line]

    wrong = []
    for step in PLAN:
        if step.setup:
            continue
        expect = step.expect if (run.report["qt"] or not step.needs_qt) else (2,)  # no Qt: report refuses
        if results[step.label] not in expect:
            wrong.append(f"{step.label}: exit {results[step.label]}, expected {expect}\n"
                         f"{run.step_output(step.label)[-800:]}")
    assert not wrong, "\n".join(wrong)
    assert (work / "brief.pdf").exists() == bool(run.report["qt"])
    for made in ("copy.json", "copy.xlsx", "copy.csv", "blank.xlsx", "from-xlsx.counterweight",
                 "from-csv.counterweight", "kim.cwpacket", "back.cwpacket"):
        assert (work / made).stat().st_size > 0, made
    assert not (work / "garbage.counterweight").exists()


@pytest.mark.parametrize("call", ["getaddrinfo", "create_connection", "connect"])
def test_the_in_process_guard_refuses_and_records(network_guard, call: str) -> None:
    """The autouse guard of tests/conftest.py, on which the GUI session test relies, records each attempt."""
    import socket

    with pytest.raises(OSError):
        if call == "getaddrinfo":
            socket.getaddrinfo("localhost", 80)
        elif call == "create_connection":
            socket.create_connection(("localhost", 80))
        else:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
                sock.connect(("127.0.0.1", 9))
    recorded = list(network_guard.attempts)
    network_guard.attempts.clear()  # this test meant to try; the guard would fail it otherwise
    assert len(recorded) == 1 and ("localhost" in recorded[0] or "127.0.0.1" in recorded[0])
