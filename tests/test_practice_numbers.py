"""Issue 19: the numbers a 通报 prints are the ones an analyst computes by hand.

序时进度 is time (months / 12), never rewritten by whole-item rounding; a running total says
since when; a multi-year schedule is labelled with its span. Each figure below is computed by
hand beside its assertion, and each assertion failed on the code before the change (the old
figures are given for comparison).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import MINI
from tests.test_cli import run


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The mini plan, with 1 green factory of 15 reported for 1-6月 2023, and the running total
    of projects (30 by 2027): 5 by 1-6月 2023, 12 in the whole of 2023, 8 in 1-6月 2024."""
    folder = tmp_path / "data"
    shutil.copytree(MINI, folder)
    first = folder / "actuals" / "2023Q2.yaml"
    first.write_text(
        first.read_text(encoding="utf-8") + "  - {target: factories, value: 1}\n", encoding="utf-8"
    )
    head = "schema_version: 1\nperiod: {}\nillustrative: true\nsource: {{document: 测试数据, reported_by: uc, date: {}}}\n"
    (folder / "actuals" / "2023Q4.yaml").write_text(
        head.format("2023Q4", "2024-01-15") + "records:\n  - {target: projects, value: 12}\n",
        encoding="utf-8",
    )
    (folder / "actuals" / "2024Q2.yaml").write_text(
        head.format("2024Q2", "2024-07-15") + "records:\n  - {target: projects, value: 8}\n", encoding="utf-8"
    )
    monkeypatch.chdir(folder)
    return folder


def _row(period: str, target: str) -> dict[str, object]:
    result = run("check", period, "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    return next(r for r in doc["results"] if r["id"] == target)


def test_schedule_is_time_for_a_whole_item_target(data: Path) -> None:
    # 15家 a year, 1 by 1-6月: 序时进度 6/12 = 50% (it read ⌊15 × 50%⌋ / 15 = 7/15 = 46.7%);
    # completion 1/15 = 6.6667%; gap 50 − 6.6667 = 43.3333 points (it read 40); 7 owed
    row = _row("2023Q2", "factories")
    assert (row["schedule_pct"], row["completion_pct"], row["gap_points"], row["expected"]) == (
        50.0,
        6.6667,
        43.3333,
        7.0,
    )
    assert (row["status"], row["items_capped"], row["schedule_span"]) == ("off_track", False, None)
    out = data.parent / "brief.md"
    assert run("brief", "2023Q2", "-o", str(out)).exit_code == 0
    assert (
        "1. 绿色低碳工厂（乙局）：1-6月累计1家，应完成7家，完成率6.7%，序时进度50%，低于序时进度43.3个百分点，首次红灯。"
        "<br>（未说明原因）" in out.read_text(encoding="utf-8").splitlines()  # no words on its record
    )


def test_a_light_capped_by_whole_items_says_so(data: Path) -> None:
    # big-projects: 2个 a year, 0 by 1-6月: gap 50 − 0 = 50 points (off_track in points), but
    # ⌊2 × 50%⌋ = 1 owed and one short: watch before the year end, and the row says why
    actuals = data / "actuals" / "2023Q2.yaml"
    actuals.write_text(
        actuals.read_text(encoding="utf-8").replace(
            "components: {manufacturing: 1, foreign: 0}", "components: {manufacturing: 0, foreign: 0}"
        ),
        encoding="utf-8",
    )
    row = _row("2023Q2", "big-projects")
    assert (row["status"], row["schedule_pct"], row["gap_points"], row["expected"], row["shortfall"]) == (
        "watch",
        50.0,
        50.0,
        1.0,
        1.0,
    )
    assert row["items_capped"] is True
    line = next(x for x in run("check", "2023Q2").output.splitlines() if x.startswith("重大制造业项目"))
    assert "黄灯·关注(差1个,整项计)" in line
    english = run("check", "2023Q2", "--lang", "en").output
    assert "yellow · watch (1 short, whole items)" in english


def test_a_running_total_says_since_when(data: Path) -> None:
    # projects at 1-6月 2024: 12 (2023) + 8 (2024 so far) = 20 since 2023, 20/30 = 66.6667%;
    # 时间进度(2023-2027年) = 18/60 = 30% (a share of the five years, not this year's 50%);
    # gap 30 − 66.6667 = −36.6667. It read "1-6月累计20个" and "序时进度30%".
    row = _row("2024Q2", "projects")
    assert (row["actual"], row["running_since"], row["this_year"], row["schedule_span"]) == (
        20.0,
        2023,
        8.0,
        [2023, 2027],
    )
    assert (row["schedule_pct"], row["gap_points"]) == (30.0, -36.6667)
    table = run("check", "2024Q2").output
    line = next(x for x in table.splitlines() if x.startswith("★10亿元以上项目"))
    assert "20(2023年以来)" in line
    assert "30%(2023-2027年)" in line
    out = data.parent / "brief.md"
    assert run("brief", "2024Q2", "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert (
        "★10亿元以上项目（丙局）：2023年以来累计20个（其中今年1-6月新增8个），应完成9个，完成率66.7%，"
        "时间进度（2023-2027年）30%，高于时间进度（2023-2027年）36.7个百分点。" in text
    )
    assert "1-6月累计20个" not in text
    csv_head, csv_row = (
        run("check", "2024Q2", "--format", "csv").output.splitlines()[0],
        next(x for x in run("check", "2024Q2", "--format", "csv").output.splitlines() if ",projects," in x),
    )
    fields = dict(zip(csv_head.split(","), csv_row.split(","), strict=True))
    assert (fields["running_since"], fields["this_year_value"], fields["schedule_span"]) == (
        "2023",
        "8.0",
        "2023-2027",
    )


def test_a_running_total_within_its_first_year_is_year_to_date(data: Path) -> None:
    # at 1-6月 2023 the total since 2023 is this year's: 1-6月累计5个, no "以来"
    assert run("brief", "2023Q2", "-o", str(data.parent / "b.md")).exit_code == 0
    row = _row("2023Q2", "projects")
    assert (row["running_since"], row["this_year"]) == (2023, 5.0)
    line = next(x for x in run("check", "2023Q2").output.splitlines() if x.startswith("★10亿元以上项目"))
    assert "以来" not in line


def test_the_workbook_labels_a_span_and_a_running_total(data: Path) -> None:
    # 明细 of 1-6月 2024: projects' schedule is 30% of 2023-2027 and its actual 20 since 2023,
    # both numbers with their words in the number format, in a column wide enough to show them
    # (a number never wraps: a narrow one shows ###)
    import openpyxl

    out = data.parent / "gap.xlsx"
    assert run("export", "2024Q2", "-o", str(out)).exit_code == 0
    ws = openpyxl.load_workbook(out)["明细"]
    head = next(row for row in ws.iter_rows() if row[0].value == "序号")
    columns = {cell.value: cell.column_letter for cell in head}
    row = next(r for r in ws.iter_rows() if r[2].value == "★10亿元以上项目")
    schedule = next(c for c in row if c.column_letter == columns["序时进度"])
    actual = next(c for c in row if c.column_letter == columns["1-6月累计"])
    assert (schedule.value, schedule.number_format) == (0.3, '0.0%"(2023-2027年)"')
    assert (actual.value, actual.number_format) == (20, '#,##0"(2023年以来)"')
    assert ws.column_dimensions[columns["序时进度"]].width >= len("30.0%(2023-2027年)") + 1


def test_a_running_total_of_last_year_says_since_when_too(data: Path) -> None:
    # at 1-3月 2024 the latest figure of projects is 2023's whole year (12, stale ※): 2023年以来
    # 累计12个, never "1-12月累计12个" (the 创建省智能工厂: 1-6月累计3个, all built in 2023)
    out = data.parent / "brief.md"
    assert run("brief", "2024Q1", "-o", str(out)).exit_code == 0
    line = next(x for x in out.read_text(encoding="utf-8").splitlines() if "★10亿元以上项目（丙局）" in x)
    assert "★10亿元以上项目（丙局）：2023年以来累计12个（2023年1-12月）※，" in line
    assert "1-12月累计" not in line


def test_a_ceiling_capped_by_whole_items_says_over(data: Path) -> None:
    # ≤2个 a year with 2 used by 1-6月: used 100% against 序时进度 50%, 50 points (off_track in
    # points); ⌈2 × 50%⌉ = 1 allowed by now, one over: watch, and the row says 超1个, not 差1个
    plan = data / "targets.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8")
        + """  - id: accidents
    action: space
    clause: 二(一)9
    text_zh: 全年事故不超过2起
    name_zh: 事故起数
    name_en: Accidents
    kind: annual
    value: 2
    unit: 个
    comparator: "<="
    first_year: 2023
    last_year: 2027
    hedge: plain
    responsible: [ua]
""",
        encoding="utf-8",
    )
    first = data / "actuals" / "2023Q2.yaml"
    first.write_text(
        first.read_text(encoding="utf-8") + "  - {target: accidents, value: 2}\n", encoding="utf-8"
    )
    row = _row("2023Q2", "accidents")
    assert (row["status"], row["gap_points"], row["expected"], row["shortfall"], row["items_capped"]) == (
        "watch",
        50.0,
        1.0,
        1.0,
        True,
    )
    line = next(x for x in run("check", "2023Q2").output.splitlines() if x.startswith("事故起数"))
    assert "黄灯·关注(超1个,整项计)" in line
    assert "yellow · watch (1 over, whole items)" in run("check", "2023Q2", "--lang", "en").output


def test_a_profile_is_a_planned_schedule_not_the_time_share(data: Path) -> None:
    # land with its own profile, 45% due by June: 900 亩 of 1,800 = 50% done against 计划进度 45%
    # (gap 45 − 50 = −5), never printed as 序时进度 (months / 12 would be 50%)
    plan = data / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    head = "  - id: land\n"
    assert head in text
    plan.write_text(
        text.replace(
            head, head + "    pace: profile\n    profile: [0, 5, 10, 20, 30, 45, 55, 65, 75, 85, 95, 100]\n"
        ),
        encoding="utf-8",
    )
    row = _row("2023Q2", "land")
    assert (row["schedule_pct"], row["completion_pct"], row["gap_points"]) == (45.0, 50.0, -5.0)
    line = next(x for x in run("check", "2023Q2").output.splitlines() if x.startswith("★低效工业用地改造"))
    assert "45%(计划)" in line
    explained = run("explain", "land", "2023Q2", "--lang", "en").output
    assert "planned schedule (计划进度, the target's profile) at month 6 = 45%" in explained
    assert "schedule (序时进度) = 6/12 months" not in explained


def test_the_repository_schedules_are_months_over_twelve() -> None:
    # Rui'an at 1-6月 2023: every yearly target judged by pace has 序时进度 6/12 = 50% (the 2023
    # continuing projects had a profile of their own, found in no source, that printed 100%)
    from tests.conftest import REPO

    result = run("check", "2023Q2", "--format", "json", "--data", str(REPO / "data"))
    doc = json.loads(result.output)
    yearly = [
        r for r in doc["results"] if r["kind"] in ("annual", "one_year") and r["schedule_pct"] is not None
    ]
    assert yearly
    assert {r["schedule_pct"] for r in yearly} == {50.0}


def test_the_workbook_says_a_planned_schedule(data: Path) -> None:
    # the table's 45%(计划) is the 明细 cell's number format too: the cell stays the number 0.45
    import openpyxl

    plan = data / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace(
            "  - id: land\n",
            "  - id: land\n    pace: profile\n    profile: [0, 5, 10, 20, 30, 45, 55, 65, 75, 85, 95, 100]\n",
        ),
        encoding="utf-8",
    )
    out = data.parent / "gap.xlsx"
    assert run("export", "2023Q2", "-o", str(out)).exit_code == 0
    ws = openpyxl.load_workbook(out)["明细"]
    head = next(row for row in ws.iter_rows() if row[0].value == "序号")
    column = next(cell.column_letter for cell in head if cell.value == "序时进度")
    row = next(r for r in ws.iter_rows() if r[2].value == "★低效工业用地改造")
    cell = next(c for c in row if c.column_letter == column)
    assert (cell.value, cell.number_format) == (0.45, '0.0%"(计划)"')
