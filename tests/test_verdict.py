"""Issue 24, item 7: a multi-year plan's verdict at any period (views/verdict.py), in the words
of the national mid-term evaluation: 提前实现 / 快于预期 / 基本符合预期 / 滞后, 未填报 apart,
and 时间过半 at the middle year. Each verdict below is worked by hand from the figures beside it.

The figures are ILLUSTRATIVE (a made-up county's 2023-2027 plan)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from plan415x.cli import app
from plan415x.engine import Engine
from plan415x.loading import load_dataset
from plan415x.periods import Period
from plan415x.results import Status
from plan415x.values import PlanInfo
from plan415x.views.verdict import Verdict, midpoint, verdict_of


def _target(tid: str, name: str, kind: str, value: float | None, last: int, **more: Any) -> dict[str, Any]:
    return {
        "id": tid,
        "action": "main",
        "clause": "一",
        "text_zh": name,
        "name_zh": name,
        "name_en": tid,
        "kind": kind,
        "value": value,
        "unit": "个",
        "first_year": 2023,
        "last_year": last,
        "hedge": "plain",
    } | more


PLAN = {
    "schema_version": 1,
    "plan": {
        "id": "verdict-test",
        "title_zh": "示意行动方案(2023-2027年)",
        "title_en": "Illustrative plan (2023-2027)",
        "issuer_zh": "某县",
        "first_year": 2023,
        "last_year": 2027,
    },
    "actions": [{"id": "main", "clause": "一", "name_zh": "主要指标", "name_en": "Main"}],
    "responsible_units": [{"id": "u", "name_zh": "甲局", "name_en": "Bureau"}],
    "default_owner": "u",
    "measures": [{"id": "个", "name_en": "items", "dimension": "count", "min": 0}],
    "reporting": {"frequency": "annual"},
    "targets": [
        # a level due 2027, judged when due (pace: deadline)
        _target("level-early", "甲水平", "level", 60, 2027),
        # running totals over 2023-2027, linear over the 60 months
        _target("total-on", "乙累计", "cumulative", 500, 2027),
        _target("total-fast", "丙累计", "cumulative", 100, 2027),
        _target("total-slow", "丁累计", "cumulative", 1000, 2027),
        # the same requirement every year
        _target("yearly", "戊年度", "annual", 100, 2027),
        # a milestone due by the end of 2026
        {**_target("milestone", "己节点", "milestone", None, 2026), "unit": None},
        # a level due 2025, the middle year
        _target("level-due", "庚水平", "level", 10, 2025),
        # a yearly requirement with no figure for 2025
        _target("yearly-missing", "辛年度", "annual", 50, 2027),
        # a level due 2027 reported short of it: judged only when due
        _target("level-later", "壬水平", "level", 10, 2027),
    ],
}

# yearly figures of the running totals (year-to-date at December, as reported)
FIGURES: dict[int, dict[str, float]] = {
    2023: {"total-on": 100, "total-fast": 30, "total-slow": 100, "yearly": 100, "yearly-missing": 50},
    2024: {"total-on": 100, "total-fast": 30, "total-slow": 100, "yearly": 100, "yearly-missing": 50},
    2025: {
        "level-early": 61,
        "total-on": 120,
        "total-fast": 30,
        "total-slow": 50,
        "yearly": 100,
        "level-due": 11,
        "level-later": 5,
    },
}


def folder(
    tmp_path: Path, plan: dict[str, Any] = PLAN, by_year: dict[int, dict[str, float]] = FIGURES
) -> Path:
    (tmp_path / "actuals").mkdir()
    (tmp_path / "targets.yaml").write_text(yaml.safe_dump(plan, allow_unicode=True), encoding="utf-8")
    for year, figures in by_year.items():
        records: list[dict[str, Any]] = [{"target": t, "value": v} for t, v in figures.items()]
        if year == 2025 and by_year is FIGURES:
            records.append({"target": "milestone", "state": "done"})
        actuals = {
            "schema_version": 1,
            "period": str(year),
            "illustrative": True,
            "source": {"document": "示意数据 (illustrative)"},
            "records": records,
        }
        (tmp_path / "actuals" / f"{year}.yaml").write_text(
            yaml.safe_dump(actuals, allow_unicode=True), encoding="utf-8"
        )
    return tmp_path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_each_target_read_at_the_middle_year(tmp_path: Path) -> None:
    code, out = run("check", "2025", "--data", str(folder(tmp_path)), "--format", "json")
    assert code == 0, out
    doc = json.loads(out)
    got = {r["id"]: (r["status"], r["verdict"], r["verdict_zh"]) for r in doc["results"]}
    assert got == {
        # 61 ≥ 60 in 2025, due at the end of 2027: met two years early
        "level-early": ("achieved", "early", "提前实现"),
        # 100 + 100 + 120 = 320 of 500 = 64% against 36/60 months = 60%: 4 points ahead, under
        # the plan's 10 (ahead): on schedule
        "total-on": ("on_track", "as_expected", "基本符合预期"),
        # 30 × 3 = 90 of 100 = 90% against 60%: 30 points ahead ≥ 10: faster than planned
        "total-fast": ("ahead", "faster", "快于预期"),
        # 100 + 100 + 50 = 250 of 1000 = 25% against 60%: 35 points behind > 30: red
        "total-slow": ("off_track", "lagging", "滞后"),
        # 100 of 100 at 1-12月: this year's requirement met when it falls due
        "yearly": ("achieved", "as_expected", "基本符合预期"),
        # reported done in 2025, due by the end of 2026: early
        "milestone": ("achieved", "early", "提前实现"),
        # 11 ≥ 10 at the end of 2025, its deadline: met on time
        "level-due": ("achieved", "as_expected", "基本符合预期"),
        # no figure for 2025, owed at 1-12月 (annual reporting)
        "yearly-missing": ("no_data", "no_data", "未填报"),
        # 5 of 10 in 2025, judged only when due (2027): no verdict
        "level-later": ("not_due", None, None),
    }
    # 36 of 60 months = 60%; 2025 is the middle year of 2023-2027 and half is past: 时间过半
    assert doc["verdict"] == {
        "elapsed_pct": 60.0,
        "halfway": True,
        "judged": 7,  # 2 early + 1 faster + 3 as expected + 1 lagging
        "counts": {"early": 2, "faster": 1, "as_expected": 3, "lagging": 1, "no_data": 1},
        "not_assessed": 1,
        "lagging": ["total-slow"],
    }


def test_the_line_under_the_table(tmp_path: Path) -> None:
    data = folder(tmp_path)
    code, out = run("check", "2025", "--data", str(data))
    assert code == 0, out
    assert (
        "时间过半(2023-2027年, 时间进度60%): 7 项指标中, 提前实现 2 项, 快于预期 1 项, 基本符合预期 3 项,"
        " 滞后 1 项(丁累计) · 未填报 1 项 · 未评估 1 项"
    ) in out.splitlines()
    code, out = run("check", "2025", "--data", str(data), "--lang", "en")
    assert (
        "Halfway (2023-2027, 60% of the time elapsed): of 7 targets, 2 met early, 1 ahead of"
        " expectations, 3 broadly as expected, 1 lagging (total-slow) · no data 1 · not assessed 1"
    ) in out.splitlines()
    # a year later it is no longer halfway: 2024's figures judged at 2024 (24 of 60 months, 40%)
    code, out = run("check", "2024", "--data", str(data), "--format", "markdown")
    assert code == 0, out
    line = next(x for x in out.splitlines() if x.startswith("评估("))
    # total-on 200/500 = 40% vs 40%: on track; total-fast 60/100 = 60%: 20 ahead; total-slow
    # 200/1000 = 20%: 20 behind (yellow 滞后: lagging); yearly and yearly-missing met at 1-12月;
    # the levels and the milestone have no figure and are judged only when due (未到期)
    assert line == (
        "评估(2023-2027年, 时间进度40%): 5 项指标中, 提前实现 0 项, 快于预期 1 项, 基本符合预期 3 项,"
        " 滞后 1 项(丁累计) · 未评估 4 项"
    )


def test_a_one_year_plan_has_no_verdict(tmp_path: Path) -> None:
    plan = json.loads(json.dumps(PLAN))
    plan["plan"] |= {"first_year": 2025, "last_year": 2025}
    plan["targets"] = [t | {"first_year": 2025, "last_year": 2025} for t in plan["targets"][:1]]
    data = folder(tmp_path, plan, {2025: {"level-early": 61}})
    code, out = run("check", "2025", "--data", str(data), "--format", "json")
    assert code == 0, out
    doc = json.loads(out)
    assert "verdict" not in doc
    assert "verdict" not in doc["results"][0]
    code, out = run("check", "2025", "--data", str(data))
    assert code == 0, out
    assert "评估" not in out
    assert "时间过半" not in out


def _plan(first: int, last: int) -> PlanInfo:
    return PlanInfo(
        id="p", title_zh="p", title_en="p", doc_number="", issuer_zh="p", issuer_en="p",
        written=None, published=None, first_year=first, last_year=last,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("first", "last", "period", "elapsed", "halfway"),
    [
        # five years, 60 months: the middle year is 2023 + (5 − 1) // 2 = 2025
        (2023, 2027, "2025-05", 29 / 60 * 100, False),  # 24 + 5 = 29 months: not half yet
        (2023, 2027, "2025Q2", 50.0, True),  # 24 + 6 = 30 of 60
        (2023, 2027, "2025", 60.0, True),  # 36 of 60, as the national evaluation in year 3 of 5
        (2023, 2027, "2026Q1", 65.0, False),  # 39 of 60, past the middle year
        (2023, 2027, "2024", 40.0, False),
        # four years, 48 months: the middle year is 2024 + 3 // 2 = 2025, half past at its end
        (2024, 2027, "2025Q3", 21 / 48 * 100, False),
        (2024, 2027, "2025", 50.0, True),
        # two years: the first year's end
        (2024, 2025, "2024", 50.0, True),
        # one year: never
        (2025, 2025, "2025Q2", 50.0, False),
        # before the plan starts: nothing elapsed
        (2023, 2027, "2022", 0.0, False),
    ],
)
def test_midpoint(first: int, last: int, period: str, elapsed: float, halfway: bool) -> None:
    got = midpoint(_plan(first, last), Period.parse(period))
    assert got.elapsed_pct == pytest.approx(elapsed)
    assert got.halfway is halfway


def test_met_is_read_by_when_it_falls_due(tmp_path: Path) -> None:
    """One result, read at other periods: met is 提前实现 only for the final requirement and
    before it falls due."""
    dataset, problems = load_dataset(folder(tmp_path))
    assert dataset is not None, problems
    report = Engine(dataset).report(Period.parse("2025"))
    by_id = {r.target.id: r for r in report.results}
    yearly, level = by_id["yearly"], by_id["level-due"]
    assert yearly.status is Status.achieved
    assert level.status is Status.achieved
    # an annual requirement met by June: this year's, not the plan's last: faster than planned
    assert verdict_of(yearly, Period.parse("2025Q2")) is Verdict.faster
    # in the last year (2027) the year's requirement is the final one: met by June is early
    assert verdict_of(yearly, Period.parse("2027Q2")) is Verdict.early
    # met at 2027's 1-12月: on time
    assert verdict_of(yearly, Period.parse("2027")) is Verdict.as_expected
    # a level due 2025 met at 2025Q3: early; at 2025's end: on time
    assert verdict_of(level, Period.parse("2025Q3")) is Verdict.early
    assert verdict_of(level, Period.parse("2025")) is Verdict.as_expected
    # the statuses that judge nothing have no verdict; behind (黄灯·滞后) is lagging
    for status, verdict in [
        (Status.not_due, None),
        (Status.undefined, None),
        (Status.not_assessable, None),
        (Status.monitoring, None),
        (Status.watch, Verdict.as_expected),
        (Status.behind, Verdict.lagging),
        (Status.missed, Verdict.lagging),
    ]:
        changed = level._replace(outcome=level.outcome._replace(status=status))
        assert verdict_of(changed, Period.parse("2025")) is verdict, status


@pytest.mark.parametrize("fit", [40, 60, 120])
def test_the_line_wraps_after_a_clause(tmp_path: Path, fit: int) -> None:
    """On a narrow terminal the line breaks after a count or a name, never inside 基本符合预期 3 项."""
    from plan415x.reports.gap_table import format_table
    from plan415x.reports.table import width

    dataset, problems = load_dataset(folder(tmp_path))
    assert dataset is not None, problems
    lines = format_table(Engine(dataset).report(Period.parse("2025")), "zh", fit=fit).splitlines()
    at = next(i for i, x in enumerate(lines) if x.startswith("时间过半"))
    verdict = lines[at : next(i for i in range(at, len(lines)) if lines[i].startswith("图例"))]
    assert all(width(x) <= fit for x in verdict), verdict
    joined = "".join(x.strip() for x in verdict)
    for clause in ("提前实现 2 项", "快于预期 1 项", "基本符合预期 3 项", "滞后 1 项(丁累计)", "未评估 1 项"):
        assert any(clause in x for x in verdict), (clause, verdict)
    # nothing lost: the words are the whole line's, whatever the breaks (spaces normalised)
    whole = (
        "时间过半(2023-2027年, 时间进度60%): 7 项指标中, 提前实现 2 项, 快于预期 1 项, 基本符合预期 3 项,"
        " 滞后 1 项(丁累计) · 未填报 1 项 · 未评估 1 项"
    )
    assert joined.replace(",", ", ").replace("·", " · ").split() == whole.split()


def test_the_brief_says_halfway_in_the_middle_year_only(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    data = folder(tmp_path / "data")
    out = tmp_path / "b.md"
    code, said_ = run("brief", "2025", "--data", str(data), "-o", str(out))
    assert code == 0, said_
    text = out.read_text(encoding="utf-8").splitlines()
    # the counts of test_each_target_read_at_the_middle_year, after the lights' sentence
    at = text.index(
        "规划实施时间过半（2023-2027年，时间进度60%）：7项指标中，提前实现2项，快于预期1项，"
        "基本符合预期3项，滞后1项（丁累计）；另有未填报1项、未评估1项。"
    )
    assert text[at - 2].startswith("纳入评价的指标共9项。")
    code, said_ = run("brief", "2025", "--data", str(data), "-o", str(out), "--lang", "en", "--force")
    assert code == 0, said_
    assert (
        "Halfway through the plan (2023-2027, 60% of the time elapsed): of 7 targets, 2 met early,"
        " 1 ahead of expectations, 3 broadly as expected, 1 lagging (total-slow); no data 1,"
        " not assessed 1."
    ) in out.read_text(encoding="utf-8").splitlines()
    # 2024 is not the middle year (24 of 60 months): the 通报 says nothing of the verdicts
    code, said_ = run("brief", "2024", "--data", str(data), "-o", str(out), "--force")
    assert code == 0, said_
    assert "时间过半" not in out.read_text(encoding="utf-8")
