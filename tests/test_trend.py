"""plan415x trend TARGET and trend --unit U: every period's judgement as check of that period
gives it, with a sparkline. Data: tests/data/mini with tests/data/streak."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plan415x.reports.trend import spark
from tests.test_cli import golden, run
from tests.test_leader_view import streak_data


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = streak_data(tmp_path / "data")
    monkeypatch.chdir(folder)
    return folder


def test_target_trend_is_golden(data: Path) -> None:
    result = run("trend", "robots")
    assert result.exit_code == 0, result.output
    golden("trend-robots.txt", result.output)
    lines = result.output.splitlines()
    # 80/380 = 21.1% against 3/12 = 25%: 3.9 behind (watch); 100/380 = 26.3% against 50%: 23.7
    # (behind); against 75%: 48.7 (off track, > 30); 200/380 = 52.6% at the year end: missed
    assert [line.split() for line in lines[3:7]] == [
        ["2023Q1", "80", "21.1%", "25%", "3.9", "黄灯·关注"],
        ["2023Q2", "100", "26.3%", "50%", "23.7", "黄灯·滞后"],
        ["2023Q3", "100", "26.3%", "75%", "48.7", "红灯·严重滞后"],
        ["2023Q4", "200", "52.6%", "100%", "47.4", "红灯·未完成"],
    ]
    # heights 0-7 of 100%: 21.1 → 1.5 → ▂, 26.3 → 1.8 → ▃, 52.6 → 3.7 → ▅
    assert lines[7] == "完成率走势: ▂▃▃▅ (21.1% → 52.6%) · 连续红灯 2 期"


def test_the_same_judgement_as_check(data: Path) -> None:
    doc = json.loads(run("trend", "robots", "--json").output)
    for point in doc["periods"]:
        check = json.loads(run("check", point["period"], "--format", "json").output)
        row = next(r for r in check["results"] if r["id"] == "robots")
        assert (point["status"], point["completion_pct"], point["gap_points"]) == (
            row["status"],
            row["completion_pct"],
            row["gap_points"],
        )
    assert doc["illustrative"] is True


def test_unit_trend(data: Path) -> None:
    result = run("trend", "--unit", "乙局")
    assert result.exit_code == 0, result.output
    golden("trend-unit-ub.txt", result.output)
    assert result.output.splitlines()[4].split() == [
        "新增机器人",
        "▂▃▃▅",
        "21.1%",
        "→",
        "52.6%",
        "红灯·未完成",
        "2",
        "期",
    ]
    assert (
        run("trend", "--unit", "ub", "--json").output == run("trend", "--unit", "Bureau B", "--json").output
    )
    doc = json.loads(run("trend", "--unit", "ub", "--json").output)
    assert [t["target"] for t in doc["targets"]] == ["robots", "factories"]
    assert doc["targets"][0]["red_streak"] == 2


def test_trend_to_a_period_and_refusals(data: Path) -> None:
    doc = json.loads(run("trend", "robots", "--to", "2023Q2", "--json").output)
    assert [p["period"] for p in doc["periods"]] == ["2023Q1", "2023Q2"]
    assert run("trend").exit_code == 2
    assert run("trend", "robots", "--unit", "ub").exit_code == 2
    bad = run("trend", "robot")
    assert bad.exit_code == 2
    assert "did you mean robots" in bad.output
    assert run("trend", "--unit", "丁局").exit_code == 2


def test_spark_heights() -> None:
    assert spark([0.0, 50.0, 100.0, 250.0, None, -5.0]) == "▁▅██·▁"  # 50 → 3.5 → 4 (▅)
