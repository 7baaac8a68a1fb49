"""The command line's entry point freezes what is alive when the command is over (gc.freeze), so
the interpreter's last collection at exit does not walk it: the collector is off for the whole
run (cli/run.py), and walking a 10,000-target check's dataset and judgements at exit cost 0.1 s
(issue 15's budgets). Seen from an atexit handler, which runs after the command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

_PROBE = """
import atexit, gc, sys
atexit.register(lambda: sys.stderr.write(f"FROZEN {gc.get_freeze_count()}\\n"))
sys.argv = ["plan415x", *sys.argv[1:]]
from plan415x.cli import main
main()
"""


def test_what_is_alive_at_exit_is_frozen(tmp_path: Path) -> None:
    env = {**os.environ, "PLAN415X_CACHE_DIR": str(tmp_path / "cache"), "CI": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "check", "2023Q2", "--data", "data"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    frozen = [line for line in done.stderr.splitlines() if line.startswith("FROZEN ")]
    assert len(frozen) == 1
    assert int(frozen[0].split()[1]) > 10_000  # the modules, the plan's 141 targets, their results
