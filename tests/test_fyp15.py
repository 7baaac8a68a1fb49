"""examples/15th-fyp: the national 十五五 main-indicator table validates and checks as written,
with its 属性 as the table gives them (issue 24, item 9)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from plan415x.cli import app

FOLDER = Path(__file__).resolve().parent.parent / "examples" / "15th-fyp"


def test_the_table_validates() -> None:
    result = CliRunner().invoke(app, ["validate", "--data", str(FOLDER), "--lang", "zh"])
    assert result.exit_code == 0, result.output
    assert result.output == "有效:15 项指标,0 个实绩文件,0 条记录\n"


def test_check_of_2026_before_any_figure() -> None:
    result = CliRunner().invoke(app, ["check", "2026", "--data", str(FOLDER), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["results"]
    assert len(rows) == 15
    assert {row["status"] for row in rows} == {"no_data"}
    # 约束性 rows 9, 15, 16, 17, 18, 19 and 20 of 专栏1 (14, 〔17〕%, is not encoded yet).
    binding = [row["id"] for row in rows if row.get("attribute") == "binding"]
    assert binding == [
        "schooling",
        "non-fossil",
        "pm25",
        "good-water",
        "forest",
        "grain-capacity",
        "energy-capacity",
    ]


def test_a_table_of_levels_heads_its_figures_as_such() -> None:
    """A level (城镇化率) is no running total: its column is 实际值, not 1-12月累计, which a plan
    with any flow or growth rate keeps (tests/golden)."""
    result = CliRunner().invoke(app, ["check", "2026", "--data", str(FOLDER), "--lang", "zh"])
    assert result.exit_code == 0, result.output
    head = result.output.splitlines()[4]
    assert head.split()[:5] == ["指标", "单位", "目标", "实际值", "完成率"]
    assert "月累计" not in result.output
