"""Issue 24, items 2 and 3: a five-year table's arithmetic. A target written against its base
year (``from_base``: 提高N个百分点, 翻一番, 降低N%) and 年均 compound growth (kind
``average_growth``), through the loader and the CLI; the rule's own cases are in
tests/rules/cases/average_growth.yaml and level.yaml (from_base_*).

The figures are ILLUSTRATIVE (a made-up county's table), chosen so the arithmetic is by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from plan415x.cli import app

PLAN = {
    "schema_version": 1,
    "plan": {
        "id": "fyp-test",
        "title_zh": "十五五主要指标(示意)",
        "title_en": "15th FYP main indicators (illustrative)",
        "issuer_zh": "某县",
        "issuer_en": "A county",
        "written": "2026-02-01",
        "first_year": 2026,
        "last_year": 2030,
        "language": "zh",
    },
    "actions": [{"id": "main", "clause": "一", "name_zh": "主要指标", "name_en": "Main indicators"}],
    "responsible_units": [{"id": "tj", "name_zh": "统计局", "name_en": "Statistics bureau"}],
    "default_owner": "tj",
    "reporting": {"frequency": "annual"},
    "targets": [
        {
            "id": "industry-va",
            "action": "main",
            "clause": "一",
            "text_zh": "规上工业增加值年均增长5.5%以上",
            "name_zh": "规上工业增加值年均增长",
            "name_en": "Industrial value added, average growth",
            "kind": "average_growth",
            "value": 5.5,
            "unit": "%",
            "figure_unit": "亿元",
            "baseline": {"value": 100, "year": 2025},
            "first_year": 2026,
            "last_year": 2030,
            "hedge": "plain",
            "attribute": "expected",
        },
        {
            "id": "rd-share",
            "action": "main",
            "clause": "一",
            "text_zh": "研发经费投入强度提高0.5个百分点",
            "name_zh": "研发经费投入强度",
            "name_en": "R&D intensity",
            "kind": "share",
            "unit": "%",
            "baseline": {"value": 3.2, "year": 2025},
            "from_base": {"change": "points_up", "by": 0.5},
            "first_year": 2026,
            "last_year": 2030,
            "hedge": "plain",
            "attribute": "expected",
        },
    ],
}
ACTUALS = {
    "schema_version": 1,
    "period": "2027",
    "illustrative": True,
    "source": {"document": "示意数据 (illustrative)", "reported_by": "统计局"},
    "records": [
        # a level in 亿元, the target's own unit being its rate's (%)
        {"target": "industry-va", "value": 110, "unit": "亿元"},
        {"target": "rd-share", "value": 3.3},
    ],
}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def folder(tmp_path: Path, plan: dict[str, object]) -> Path:
    (tmp_path / "actuals").mkdir()
    (tmp_path / "targets.yaml").write_text(yaml.safe_dump(plan, allow_unicode=True), encoding="utf-8")
    (tmp_path / "actuals" / "2027.yaml").write_text(
        yaml.safe_dump(ACTUALS, allow_unicode=True), encoding="utf-8"
    )
    return tmp_path


def test_a_five_year_table_checks(tmp_path: Path) -> None:
    data = folder(tmp_path, PLAN)
    code, out = run("check", "2027", "--data", str(data), "--format", "json")
    assert code == 0, out
    got = {
        r["id"]: (r["status"], r["actual"], r["target"], r["gap_points"]) for r in json.loads(out)["results"]
    }
    assert got == {
        # 110 in 2027 from 100 in 2025: ((110/100)^(1/2) − 1) × 100 = 4.88%; gap 5.5 − 4.88 = 0.62
        # points: watch (the default thresholds: watch within 10 points; a plan sets its own for rates)
        "industry-va": ("watch", pytest.approx(4.8809, abs=1e-4), 5.5, pytest.approx(0.6191, abs=1e-4)),
        # 3.2 + 0.5 = 3.7 by 2030; 2027-12: 24/60 months = 40%; (3.3 − 3.2) / 0.5 = 20% done:
        # gap 40 − 20 = 20 points: behind (the default thresholds: 10 < 20 ≤ 30)
        "rd-share": ("behind", 3.3, 3.7, pytest.approx(20.0)),
    }


def test_explain_says_the_rate_still_needed(tmp_path: Path) -> None:
    data = folder(tmp_path, PLAN)
    code, out = run("explain", "industry-va", "2027", "--data", str(data), "--lang", "zh")
    assert code == 0, out
    # base 100 × 1.055^2 = 111.30 due by 2027, × 1.055^5 = 130.70 by 2030;
    # needed in 2028-2030: (130.696 / 110)^(1/3) − 1 = 5.91%
    assert "实际年均增速 = (110 / 100)^(1/2) - 1 = 4.88%" in out
    assert "按年均5.5%: 2027年应达111.3亿元,2030年应达130.7亿元" in out
    assert "差值 = 5.5 - 4.88 = 0.62个百分点" in out
    assert "剩余3年须年均增长: (130.7 / 110)^(1/3) - 1 = 5.91%" in out
    code, out = run("explain", "rd-share", "2027", "--data", str(data), "--lang", "zh")
    assert code == 0, out
    assert "应达水平: 基期值3.2(2025年底)提高(个百分点)0.5 = 3.7" in out


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # from_base on a growth target: it belongs to levels and shares
        (
            {"kind": "growth", "value": 5},
            "from_base (a target written against its base year) belongs to kinds level",
        ),
        # 3.2 + 0.5 = 3.7, not 3.8
        ({"value": 3.8}, "value 3.8 is not the level from_base gives (3.7)"),
        # a rise with comparator <=
        ({"comparator": "<="}, "from_base points_up is the other way from the comparator"),
    ],
)
def test_from_base_refusals(tmp_path: Path, change: dict[str, object], expected: str) -> None:
    plan = json.loads(json.dumps(PLAN))
    plan["targets"][1] |= change
    code, out = run("validate", "--data", str(folder(tmp_path, plan)), "--lang", "en")
    assert code == 1, out
    assert expected in " ".join(out.split()), out


def test_average_growth_needs_its_base(tmp_path: Path) -> None:
    plan = json.loads(json.dumps(PLAN))
    del plan["targets"][0]["baseline"]
    code, out = run("validate", "--data", str(folder(tmp_path, plan)), "--lang", "en")
    assert code == 1, out
    assert "kind average_growth (年均增长) needs a baseline" in " ".join(out.split()), out


def test_the_brief_says_a_rate_against_the_rate(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    data = folder(tmp_path / "data", PLAN)
    out = tmp_path / "b.md"
    code, said_ = run("brief", "2027", "--data", str(data), "-o", str(out))
    assert code == 0, said_
    # 4.88% against 5.5%: 0.62 points below the target (rounded to 0.6), never 低于序时进度
    assert (
        "规上工业增加值年均增长(预期性)（统计局）：年均增长4.88%，目标≥5.5%（2030年），低于目标0.6个百分点。"
        in (out.read_text(encoding="utf-8"))
    )
