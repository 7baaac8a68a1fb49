"""The benchmark tools work: generated data validates, and the smoke run goes end to end.

No timing is judged here (the machine is shared and noisy); times are in docs/benchmarks.md.
The subprocess timeouts only stop a hung run: the two tests take a few seconds.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from plan415x.cli import app
from plan415x.model import Kind
from tests.conftest import REPO

BENCHMARKS = REPO / "benchmarks"


def test_generated_data_validates(tmp_path: Path) -> None:
    out = tmp_path / "synthetic"
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "generate.py"), str(out), "--targets", "30", "--months", "3"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (out / "actuals").iterdir()) == [
        "2023-01.yaml",
        "2023-02.yaml",
        "2023-03.yaml",
    ]
    result = CliRunner().invoke(app, ["validate", "--data", str(out)])
    assert result.exit_code == 0, result.output
    assert "30 targets, 3 actuals files, 90 records" in result.output
    plan = (out / "targets.yaml").read_text(encoding="utf-8")
    for kind in (k.value for k in Kind if k is not Kind.monitor):  # never judged: left out
        assert f"kind: {kind}\n" in plan


def test_smoke_run_goes_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "smoke.md"
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--smoke", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    for heading in ("## Machine", "## Results", "## Budgets (issue 6)", "## Commands"):
        assert heading in text
    assert "libyaml" in text
