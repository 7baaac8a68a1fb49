"""The benchmark tools work: generated data validates, and the smoke run goes end to end.

No timing is judged here (the machine is shared and noisy); times are in docs/benchmarks.md.
The subprocess timeouts only stop a hung run: the tests take a few seconds.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from plan415x.cli import app
from plan415x.values import Kind
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
    # monitor is never judged; average_growth (a five-year table's kind) keeps the benchmark data
    # as the recorded figures were measured on: both left out
    for kind in (k.value for k in Kind if k not in (Kind.monitor, Kind.average_growth)):
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
    for heading in ("## Machine", "## Results", "## Budgets (issue 15)", "## Commands"):
        assert heading in text
    assert "libyaml" in text
    rows = {line.split(" | ")[0].removeprefix("| ") for line in text.splitlines() if line.startswith("| ")}
    for label in (
        "`--help` ≤ 8× `python -c pass`",
        "≥ 3× faster than check-jsonschema, the repository's data (full year of monthly files)",
        "one changed file of twelve, 10,000×12 ≤ 1.5 s",
        "`trend --unit jxj` on 10,000×12 ≤ 2× `check` on the same data",
        "linear: `check`, one changed file of twelve, 10× the data ≤ 12× the time",
        "`draft` of a 100 KB plan text ≤ 1 s",
    ):
        assert label in rows, label
    # The new measures ran (one run each), not only their budget rows.
    for measure in (
        "# pass, 1 run",
        "# n100-check-changed, 1 run",
        "# n100-trend, 1 run",
        "# draft-100k, 1 run",
    ):
        assert measure in text, measure
    assert "| Python start-up `python -c pass` | - | 1 |" in text


def test_changing_a_file_keeps_its_figures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The hook of the "one changed file" measure: new bytes at every call, the same YAML."""
    spec = importlib.util.spec_from_file_location("bench_run", BENCHMARKS / "run.py")
    assert spec is not None
    assert spec.loader is not None
    run = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_run", run)  # its dataclasses look their module up
    monkeypatch.setattr(sys, "path", list(sys.path))  # run.py puts benchmarks/ on it
    spec.loader.exec_module(run)
    (tmp_path / "actuals").mkdir()
    path = tmp_path / "actuals" / "2023-12.yaml"
    original = "period: 2023-12\nrecords:\n  - target: a\n    value: 1.5\n"
    path.write_text(original, encoding="utf-8")
    before = run.change_before_each_run(path)
    seen = {path.read_bytes()}
    for _ in range(3):
        before()
        text = path.read_text(encoding="utf-8")
        assert text.startswith(original)
        assert yaml.safe_load(text) == yaml.safe_load(original)
        seen.add(text.encode())
    assert len(seen) == 4  # every call wrote bytes never seen before
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["2023-12.yaml", "actuals"]  # no spare left
