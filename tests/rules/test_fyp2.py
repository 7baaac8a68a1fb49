"""Issue 24, items 4 and 5: a 〔累计〕 change compounding from the base year (``pace: geometric``)
as explain says it, and a relative target whose reference is another target's figure
(``reference_target``): read by the engine from the data, validated, never typed on the record.

The judgements' figures are in cases/level.yaml and cases/relative.yaml; here, what the engine,
the validation and explain add."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app
from plan415x.i18n import say
from plan415x.model import Record, Target, values_of
from plan415x.periods import Period
from plan415x.rules import rule_for
from plan415x.rules.common import Context, Observation
from plan415x.values import Thresholds

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cn-gwr-2024"
_TARGET = {"id": "t", "action": "a", "clause": "二", "text_zh": "测试", "name_zh": "测试", "name_en": "test"}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    folder = tmp_path / "gwr"
    shutil.copytree(EXAMPLE, folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), "utf-8")


# --- item 4: pace geometric ---------------------------------------------------------------------


def _geometric_steps(actual: float, lang: str) -> list[str]:
    target = values_of(
        Target(
            **_TARGET,
            kind="level",
            unit="%",
            comparator="<=",
            first_year=2026,
            last_year=2030,
            baseline={"value": 100, "year": 2025},
            from_base={"change": "pct_down", "by": 17},
            pace="geometric",
            hedge="plain",
        )
    )
    ctx = Context(
        target=target,
        period=Period.parse("2027-12"),
        thresholds=Thresholds(),
        approx_tolerance_pct=5.0,
        history=(
            Observation(
                Period.parse("2027-12"), values_of(Record(target="t", value=actual)), actual, None, False
            ),
        ),
    )
    return [say(step, lang) for step in rule_for(target.kind)(ctx).steps]


def test_geometric_steps_say_it_as_the_analyst_does() -> None:
    # 100 × 0.83^(24/60) = 92.81779; (100 − 92.81779)/17 = 42.24828% of the cut; 94 is a 6% cut,
    # 7.18221% due: 1.18221 points short; completion 6/17 = 35.29412%, gap 6.95416: watch
    assert _geometric_steps(94, "zh")[3:] == [
        "自基期值100(2025年底)起: 完成率 = (94 - 100) / (83 - 100) = 35.29%",
        "几何进度(自100至83): 60个月已过24个月,应达 100 × (83 / 100)^(24/60) = 92.82%,即变化量的42.25%",
        "累计降低6%,按进度应降低7.18%,差1.18个百分点",
        "差值 = 42.25 - 35.29 = 6.95个百分点: 关注",
    ]
    # 91: a 9% cut, 1.82 points ahead of the 7.18% due
    assert _geometric_steps(91, "en")[5] == "cumulative fall 9%, 7.18% due by the schedule: 1.82 points ahead"


def test_geometric_pace_needs_a_level_from_a_base_above_0(copy: Path) -> None:
    targets = copy / "targets.yaml"
    # 城镇调查失业率 is a level without a baseline: no path to draw
    _edit(targets, "    good: down  # a ceiling in practice: lower", "    pace: geometric\n    good: down  #")
    code, out = run("validate", "--data", str(copy), "--format", "parsable", "--lang", "en")
    assert code == 1
    assert (
        "[error] targets[2]: pace: geometric (a change compounding from the base year) belongs to kinds"
        " level and share, with a baseline above 0 and a target above 0" in out
    )


# --- item 5: reference_target ------------------------------------------------------------------


def test_the_example_reads_gdp_for_the_income_target() -> None:
    code, out = run("check", "2024", "--data", str(EXAMPLE), "--format", "json")
    assert code == 0
    income = {r["id"]: r for r in json.loads(out)["results"]}["income-with-growth"]
    # required = gdp-growth's 5.0 × (1 + 0/100) = 5.0; 5.1/5.0 = 102%: achieved
    assert (income["status"], income["target"], income["completion_pct"]) == ("achieved", 5.0, 102.0)
    # the judgement rests on the GDP figure too: its source is listed beside the income's own
    assert income["source"] == (
        "国家统计局局长康义在国新办发布会上介绍2024年国民经济运行情况(中国青年报报道), 国家统计局,"
        ' 2025-01-17; 政府工作报告(2025年3月5日),一、2024年工作回顾:"国内生产总值达到134.9万亿元、增长5%",'
        " 国务院, 2025-03-05"
    )
    code, out = run("explain", "income-with-growth", "2024", "--data", str(EXAMPLE), "--lang", "en")
    assert "  2. reference = the figure of gdp-growth for Jan-Dec 2024 = 5\n" in out


def test_without_the_reference_targets_figure_there_is_none(copy: Path) -> None:
    actuals = copy / "actuals" / "2024.yaml"
    text = actuals.read_text("utf-8")
    start = text.index("  - target: gdp-growth")
    actuals.write_text(text[:start] + text[text.index("  - target: urban-jobs") :], "utf-8")
    code, out = run("check", "2024", "--data", str(copy), "--format", "json")
    income = {r["id"]: r for r in json.loads(out)["results"]}["income-with-growth"]
    assert (income["status"], income["gap_points"]) == ("no_data", None)
    code, out = run("explain", "income-with-growth", "2024", "--data", str(copy))
    assert code == 0
    assert "  2. gdp-growth 无2024年1-12月的数,参照值取该数: 未填报\n" in out


def test_a_typed_reference_is_refused(copy: Path) -> None:
    actuals = copy / "actuals" / "2024.yaml"
    _edit(
        actuals,
        "  - target: income-with-growth\n    value: 5.1\n",
        "  - target: income-with-growth\n    value: 5.1\n    reference: 5.0\n",
    )
    code, out = run("validate", "--data", str(copy), "--format", "parsable", "--lang", "en")
    assert code == 1
    assert out.splitlines()[0] == (
        f"{actuals}:54:16: [error] reference of 'income-with-growth' is read from the figure of 'gdp-growth'"
        " for the same period (reference_target): leave it out here (unexpected-field)"
    )


@pytest.mark.parametrize(
    ("reference", "other", "expected"),
    [
        # a misspelt id, with the nearest one
        (
            "gdp-grwth",
            None,
            "targets.yaml:119:23: [error] reference_target unknown target 'gdp-grwth'; did you mean"
            " 'gdp-growth'? (unknown-reference-target)",
        ),
        # itself
        (
            "income-with-growth",
            None,
            "targets.yaml:109:5: [error] targets[4]: reference_target names the target itself (invalid-value)",
        ),
    ],
)
def test_reference_target_validated(copy: Path, reference: str, other: str | None, expected: str) -> None:
    targets = copy / "targets.yaml"
    _edit(targets, "reference_target: gdp-growth  #", f"reference_target: {reference}  #")
    code, out = run("validate", "--data", str(copy), "--format", "parsable", "--lang", "en")
    assert code == 1
    assert out.splitlines()[-1].endswith(expected), out


def test_reference_targets_never_come_back_round(copy: Path) -> None:
    # a second relative target in step with the income target, which the income target then
    # references: income → other → income
    targets = copy / "targets.yaml"
    text = targets.read_text("utf-8")
    start = text.index("  - id: income-with-growth")
    block = text[start : text.index("  - id: grain")]
    other = block.replace("id: income-with-growth", "id: other").replace(
        "reference_target: gdp-growth", "reference_target: income-with-growth"
    )
    text = text.replace(
        block, block.replace("reference_target: gdp-growth", "reference_target: other") + other
    )
    targets.write_text(text, "utf-8")
    code, out = run("validate", "--data", str(copy), "--format", "parsable", "--lang", "en")
    assert code == 1
    lines = [line.split(".yaml:")[1] for line in out.splitlines() if "reference-target-cycle" in line]
    assert lines == [
        "119:23: [error] reference_target comes back to this target:"
        " income-with-growth → other → income-with-growth (reference-target-cycle)",
        "139:23: [error] reference_target comes back to this target:"
        " other → income-with-growth → other (reference-target-cycle)",
    ]


def test_reference_target_belongs_to_relative(copy: Path) -> None:
    targets = copy / "targets.yaml"
    _edit(targets, "    good: up  # below 5%左右", "    reference_target: cpi\n    good: up  # below 5%左右")
    code, out = run("validate", "--data", str(copy), "--format", "parsable", "--lang", "en")
    assert code == 1
    assert (
        "[error] targets[0]: reference_target (the reference read from another target's figure) belongs"
        " to kind relative" in out
    )


def test_the_template_does_not_ask_for_a_reference_read_from_the_data(tmp_path: Path) -> None:
    from plan415x.excel.layout import inputs_for

    relative = values_of(
        Target(**_TARGET, kind="relative", value=0, unit="%", first_year=2024, last_year=2024, hedge="plain")
    )
    assert "reference" in inputs_for(relative, None, ["%"])
    assert "reference" not in inputs_for(relative._replace(reference_target="gdp"), None, ["%"])
