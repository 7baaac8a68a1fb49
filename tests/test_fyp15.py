"""examples/15th-fyp: the national 十五五 main-indicator table validates and checks as written,
with its 属性 as the table gives them (issue 24, item 9)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml
from typer.testing import CliRunner

from plan415x.cli import app

FOLDER = Path(__file__).resolve().parent.parent / "examples" / "15th-fyp"


def test_the_table_validates() -> None:
    result = CliRunner().invoke(app, ["validate", "--data", str(FOLDER), "--lang", "zh"])
    assert result.exit_code == 0, result.output
    assert result.output == "有效:20 项指标,0 个实绩文件,0 条记录\n"


def test_check_of_2026_before_any_figure() -> None:
    result = CliRunner().invoke(app, ["check", "2026", "--data", str(FOLDER), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["results"]
    assert len(rows) == 20  # 21 rows of 专栏1 but 4 (研发经费投入年均增长: no base level)
    # GDP growth is tracked only (each year's target is that year's work report's)
    assert {row["id"]: row["status"] for row in rows if row["status"] != "no_data"} == {
        "gdp-growth": "monitoring"
    }
    # the 8 约束性 of the table: rows 9, 14, 15, 16, 17, 18, 19 and 20 of 专栏1
    binding = [row["id"] for row in rows if row.get("attribute") == "binding"]
    assert binding == [
        "schooling",
        "co2-intensity",
        "non-fossil",
        "pm25",
        "good-water",
        "forest",
        "grain-capacity",
        "energy-capacity",
    ]


def test_a_table_of_levels_heads_its_figures_as_such(tmp_path: Path) -> None:
    """A level (城镇化率) is no running total: its column is 实际值, not 1-12月累计, which a plan
    with any flow or growth rate keeps (tests/golden). The table's levels and shares alone:"""
    folder = tmp_path / "levels"
    shutil.copytree(FOLDER, folder)
    plan = yaml.safe_load((folder / "targets.yaml").read_text(encoding="utf-8"))
    plan["targets"] = [t for t in plan["targets"] if t["kind"] in ("level", "share")]
    (folder / "targets.yaml").write_text(yaml.safe_dump(plan, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "2026", "--data", str(folder), "--lang", "zh"])
    assert result.exit_code == 0, result.output
    head = result.output.splitlines()[4]
    assert head.split()[:5] == ["指标", "单位", "目标", "实际值", "完成率"]
    assert "月累计" not in result.output


def test_a_geometric_path_and_a_ceiling_held_every_year_are_said_as_such(tmp_path: Path) -> None:
    """〔17〕 on an index (2025 = 100) at the end of 2027, two of five years (ILLUSTRATIVE figure):
    due 100 × 0.83^(2/5) = 92.8178, the schedule the share of the cut due, (100 − 92.8178) / 17 =
    42.25%: a share of the change, not of the time (40%), so labelled 几何. 失业率 <5.5 is held
    every year: (始终), never (2030)."""
    folder = tmp_path / "fyp"
    shutil.copytree(FOLDER, folder)
    (folder / "actuals").mkdir()
    (folder / "actuals" / "2027.yaml").write_text(
        "schema_version: 1\nperiod: 2027\nillustrative: true\n"
        "source: {document: 示意数据}\n"
        "records:\n  - {target: co2-intensity, value: 94}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["check", "2027", "--data", str(folder), "--lang", "zh"])
    assert result.exit_code == 0, result.output
    (co2,) = [line for line in result.output.splitlines() if "单位GDP二氧化碳排放" in line]
    # completion (100 − 94) / 17 = 35.29%; gap 42.25 − 35.29 = 6.95 points
    assert co2.split()[1:8] == ["指数", "≤83", "(2030)", "94", "35.3%", "42.2%(几何,2026-2030年)", "7"]
    (jobless,) = [line for line in result.output.splitlines() if "城镇调查失业率" in line]
    assert "<5.5 (始终)" in jobless
