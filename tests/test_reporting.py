"""报送情况 on hand-written figures: on time, late, no date; due only at the frequency's period
ends; the calendar validated; targets --no-owner; rank's place change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app

MINI = Path(__file__).parent / "data" / "mini"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(MINI, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "data"


def test_on_time_late_and_undated(data: Path) -> None:
    (data / "actuals" / "2023Q3.yaml").write_text(
        "period: 2023Q3\n"
        "source: {document: 报表, date: 2023-10-10}\n"  # the due day itself: on time
        "records:\n"
        "  - {target: land, value: 1300}\n"
        "  - {target: energy-cap, value: 70, source: {document: 迟报, date: 2023-10-11}}\n"  # late
        "  - {target: robots, value: 200, source: {document: 无日期}}\n",  # no date
        encoding="utf-8",
    )
    code, out = run("reporting", "2023Q3", "--format", "csv", "--unit", "甲局")
    assert code == 0
    # 甲局 owes land, energy-cap, digital-growth, demo-zone: 2 in, 1 on time, 1 late:
    # rate 2/4 = 50%, timeliness 1/(1+1) = 50%
    assert out.splitlines()[1:] == ["ua,甲局,4,2,1,1,0,2,50.0%,50.0%"]
    code, out = run("reporting", "2023Q3", "--format", "csv", "--unit", "ub")
    # 乙局: robots in without a date (received, timeliness unknown), factories missing: 1/2
    assert out.splitlines()[1:] == ["ub,乙局,2,1,0,0,1,1,50.0%,—"]


def test_quarterly_target_is_not_due_between_quarters(data: Path) -> None:
    text = (data / "targets.yaml").read_text(encoding="utf-8")
    (data / "targets.yaml").write_text(text + "reporting: {frequency: quarterly}\n", encoding="utf-8")
    code, out = run("reporting", "2023-05", "--format", "csv")
    assert (code, out.splitlines()[1:]) == (0, [])  # 1-5月: no quarter ends, nothing due
    code, out = run("reporting", "2023-06", "--format", "json")
    assert code == 0
    # quarterly: the 15th by default; 2023-07-15 is a Saturday, so the next working day, Monday 17
    assert '"due_date": "2023-07-17"' in out


def test_due_day_validated(data: Path) -> None:
    text = (data / "targets.yaml").read_text(encoding="utf-8")
    (data / "targets.yaml").write_text(text + "reporting: {due: {monthly: 32}}\n", encoding="utf-8")
    code, out = run("validate", "--format", "parsable")
    assert code == 1
    assert (
        out
        == "data/targets.yaml:211:28: [error] monthly: input should be less than or equal to 31 (invalid-value)\n"
    )


def test_default_owner_unknown_is_located(data: Path) -> None:
    text = (data / "targets.yaml").read_text(encoding="utf-8")
    (data / "targets.yaml").write_text(text + "default_owner: ud\n", encoding="utf-8")
    code, out = run("validate", "--format", "parsable")
    assert code == 1
    assert out == "data/targets.yaml:211:16: [error] unknown responsible unit 'ud' (unknown-unit)\n"


def test_targets_no_owner(data: Path) -> None:
    code, out = run("targets", "--no-owner", "--format", "csv", "--data", str(data))
    assert code == 0
    # mini: output, productivity, loans and ev-output name no unit
    ids = sorted(line.split(",")[0] for line in out.splitlines()[1:])
    assert ids == ["ev-output", "loans", "output", "productivity"]


def test_unknown_unit_name_is_a_usage_error(data: Path) -> None:
    code, out = run("reporting", "2023Q2", "--unit", "丁局")
    assert code == 2
    assert "unknown unit '丁局'; choose from: ua (甲局), ub (乙局), uc (丙局)" in out
