"""The export's 总览 (summary and red list first), 趋势, 报送情况, 年度考评 and 说明 sheets, and the
detail's sources and default owners: each workbook read back with openpyxl, cell by cell.

The mini plan's figures (tests/data/mini): 2023Q1 land 300/1800, robots 80/380 (schedule 3/12 =
25%); 2023Q2 land 60 公顷 = 900 亩 of 1800 (50%), robots 100/380 (26.3%), energy cap 60 of 100
(60%) against 6/12 = 50%. Each file's default source is 测试数据, 甲局, <date> (its unit by name, issue 22).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest
import yaml

from plan415x.reports.gap import ILLUSTRATIVE
from tests.test_excel_export import export, rows_by_id, run
from tests.test_score import SCORE


def _edit(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _record(target: str, **fields: object):  # type: ignore[no-untyped-def]
    def change(data: dict) -> None:  # type: ignore[type-arg]
        for record in data["records"]:
            if record["target"] == target:
                record.update(fields)

    return change


def column(ws: object, number: int) -> list[object]:
    return [ws.cell(row=r, column=number).value for r in range(1, ws.max_row + 1)]  # type: ignore[attr-defined]


def test_overview_leads_with_the_summary_and_the_red_list(mini: Path, tmp_path: Path) -> None:
    # robots 5 by March, 10 by June: 10/380 = 2.63% against 50%, 50 − 2.6316 = 47.37 points
    # behind (> 30: 红灯·严重滞后); in March 5/380 = 1.3% against 25%: 23.7 behind, yellow
    _edit(mini / "actuals" / "2023Q1.yaml", _record("robots", value=5))
    _edit(mini / "actuals" / "2023Q2.yaml", _record("robots", value=10))
    ws = export(mini, tmp_path / "gap.xlsx")["总览"]
    assert ws["A3"].value == ILLUSTRATIVE["zh"]
    assert ws["A5"].value == "总体情况"
    # the words of check's summary block: 13 targets count (none restated, none monitoring);
    # robots leaves the yellows for red: 6/13 = 46.2% green, 4/13 = 30.8% yellow, 1/13 = 7.7%
    # red, 2/13 = 15.4% grey (factories 未填报, ev-output 目标缺失)
    check = run("check", "2023Q2", "--data", str(mini)).output
    overall = ws["A6"].value
    assert "总体情况: " + overall in check
    assert overall == "共 13 项 · 绿灯 6 项(46.2%) · 黄灯 4 项(30.8%) · 红灯 1 项(7.7%) · 灰灯 2 项(15.4%)"
    assert ws["A8"].value == "红灯指标 (1)"
    assert [c.value for c in ws[9]][:6] == [
        "红灯指标",
        "实际 / 应完成",
        "完成率",
        "差值",
        "牵头单位",
        "连续红灯",
    ]
    red = [c.value for c in ws[10]][:6]
    assert red[0] == "新增机器人"
    assert red[1] == "10 / 190台"  # 380 × 50% = 190 due by June
    assert red[2] == pytest.approx(10 / 380)  # a number, 2.6%
    assert ws["C10"].number_format == "0.0%"
    assert red[3] == pytest.approx(50 - 10 / 380 * 100)  # 47.3684 points
    assert ws["D10"].number_format == "0.0"
    assert red[4:] == ["乙局", "首次红灯"]  # yellow in March: red for the first time
    assert ws["A10"].fill.fgColor.rgb == "FFFFC7CE"
    # then the facts and counts, below the red list
    labels = column(ws, 1)
    assert labels.index("基本情况") > 10
    assert labels.index("按状态") > labels.index("基本情况")


def test_overview_without_reds_says_so(mini: Path, tmp_path: Path) -> None:
    ws = export(mini, tmp_path / "gap.xlsx")["总览"]
    assert ws["A8"].value == "红灯指标: 无"


def test_notes_list_only_files_up_to_the_period(mini: Path, tmp_path: Path) -> None:
    """2023Q1's workbook lists 2023Q1.yaml, never the later 2023Q2.yaml (as 2023Q2's listed
    2024 and 2025 of the repository's data)."""
    wb = export_period(mini, tmp_path / "q1.xlsx", "2023Q1")
    notes = [c.value for row in wb["说明"].iter_rows() for c in row if c.value is not None]
    assert "actuals/2023Q1.yaml" in notes
    assert "actuals/2023Q2.yaml" not in notes
    # the file's default source, once, beside the file
    ws = wb["说明"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == "actuals/2023Q1.yaml")
    assert [ws.cell(row=row, column=c).value for c in range(1, 5)] == [
        "actuals/2023Q1.yaml",
        "是",
        4,
        "测试数据, 甲局, 2023-04-15",
    ]
    assert ws.cell(row=row - 2, column=4).value == "默认来源"  # the header, then targets.yaml


def export_period(mini: Path, out: Path, period: str, *extra: str) -> openpyxl.Workbook:
    result = run("export", period, "-o", str(out), "--data", str(mini), *extra)
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(out)


def test_detail_shows_a_source_only_where_it_is_not_the_files(mini: Path, tmp_path: Path) -> None:
    source = {"document": "乙局月报", "reported_by": "ub", "date": "2023-07-09"}
    _edit(mini / "actuals" / "2023Q2.yaml", _record("robots", source=source))
    wb = export(mini, tmp_path / "gap.xlsx")
    ws = wb["明细"]
    rows = rows_by_id(ws)
    assert ws.cell(row=rows["新增机器人"], column=14).value == "乙局月报, 乙局, 2023-07-09"
    assert ws.cell(row=rows["★低效工业用地改造"], column=14).value == "按公顷填报"  # its note only
    assert ws.cell(row=rows["智能装备产值"], column=14).value is None  # the default source: nothing
    notes = [c.value for row in wb["说明"].iter_rows() for c in row if c.value is not None]
    assert "乙局月报, 乙局, 2023-07-09" in notes  # under 其他来源
    assert "其他来源(明细中逐条标出)" in notes


def test_default_owner_is_marked(mini: Path, tmp_path: Path) -> None:
    _edit(mini / "targets.yaml", lambda plan: plan.update(default_owner="ua"))
    wb = export(mini, tmp_path / "gap.xlsx", "--by-unit")
    ws = wb["明细"]
    rows = rows_by_id(ws)
    # output names no unit of its own: the plan's default owner ua (甲局) leads it, marked
    assert ws.cell(row=rows["智能装备产值"], column=12).value == "甲局(默认)"
    assert ws.cell(row=rows["智能装备产值"], column=13).value == "甲局(默认)"
    assert ws.cell(row=rows["★低效工业用地改造"], column=12).value == "甲局"  # named by the plan
    assert "未指定牵头单位" not in wb.sheetnames
    notes = [c.value for row in wb["说明"].iter_rows() for c in row if c.value is not None]
    assert "(默认)=方案未指定责任单位,由默认牵头单位负责" in notes
    en = export(mini, tmp_path / "en.xlsx", "--lang", "en")["Detail"]
    assert en.cell(row=rows["智能装备产值"], column=12).value == "Bureau A (default)"


def test_trend_sheet(mini: Path, tmp_path: Path) -> None:
    wb = export(mini, tmp_path / "gap.xlsx")
    ws = wb["趋势"]
    assert ws["A3"].value == ILLUSTRATIVE["zh"]
    # 序时进度 is the period's months / 12, never an average of targets' schedules
    assert [c.value for c in ws[4]] == ["行动", "期别", "期间", "已评价指标", "平均完成率", "序时进度"]
    table = {
        (r[0], r[1]): r[3:6] for r in ([c.value for c in row] for row in ws.iter_rows(min_row=5)) if r[1]
    }
    # 空间行动 1-3月: land 300/1800 = 16.667%, robots 80/380 = 21.053% (energy cap, factories
    # grey): (16.667 + 21.053) / 2 = 18.860% against 25%
    assert table[("空间行动", "2023Q1")] == [2, pytest.approx((300 / 1800 + 80 / 380) / 2), 0.25]
    # 1-6月: (50 + 26.3158 + 60) / 3 = 45.44% against 50%: the overview's bar
    assert table[("空间行动", "2023Q2")] == [3, pytest.approx((0.5 + 100 / 380 + 0.6) / 3), 0.5]
    summary = wb["总览"]
    bar = next(r for r in range(1, summary.max_row + 1) if summary.cell(row=r, column=1).value == "空间行动")
    assert summary.cell(row=bar, column=7).value == pytest.approx(table[("空间行动", "2023Q2")][1])
    assert ws.cell(row=5, column=5).number_format == "0.0%"
    assert ws.cell(row=5, column=4).number_format == "#,##0"
    charts = ws._charts
    assert [c.tagname for c in charts] == ["lineChart", "lineChart"]  # one per action judged
    assert len(charts[0].series) == 2
    assert charts[0].series[0].val.numRef.f == "'趋势'!$E$5:$E$6"
    assert charts[0].series[1].val.numRef.f == "'趋势'!$F$5:$F$6"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9
    assert "&P" in ws.oddFooter.center.text


def test_reporting_sheet_is_the_reporting_table(mini: Path, tmp_path: Path) -> None:
    # robots sent on 9 July with a source of its own: on time (due the 10th); the file's date,
    # 15 July, makes every other figure late
    source = {"document": "乙局月报", "reported_by": "ub", "date": "2023-07-09"}
    _edit(mini / "actuals" / "2023Q2.yaml", _record("robots", source=source))
    ws = export(mini, tmp_path / "gap.xlsx")["报送情况"]
    assert ws["A3"].value == ILLUSTRATIVE["zh"]
    assert [c.value for c in ws[4]] == [
        "单位",
        "应报",
        "已报",
        "按时",
        "逾期",
        "未注明日期",
        "未报",
        "报送率",
        "及时率",
    ]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=5, max_row=7)]
    assert rows == [
        ["甲局", 4, 4, 0, 4, 0, 0, 1.0, 0.0],  # 4/4 received, 0/4 on time
        ["乙局", 2, 1, 1, 0, 0, 1, 0.5, 1.0],  # factories missing: 1/2; robots on time: 1/1
        ["丙局", 3, 3, 0, 3, 0, 0, 1.0, 0.0],
    ]
    assert ws["H5"].number_format == "0.0%"
    assert ws["B5"].number_format == "#,##0"
    printed = run("reporting", "2023Q2", "--data", str(mini)).output
    assert "乙局     2     1     1     0           0     1   50.0%  100.0%" in printed
    assert ws.print_title_rows == "$4:$4"


def test_chase_sheet_lists_each_missing_figure_under_its_own_header(mini: Path, tmp_path: Path) -> None:
    # mini's 2023Q2: 乙局 has not sent factories (due 10 July, the month after the quarter)
    wb = export(mini, tmp_path / "gap.xlsx")
    assert wb.sheetnames.index("催报清单") == wb.sheetnames.index("报送情况") + 1
    ws = wb["催报清单"]
    assert ws["A3"].value == ILLUSTRATIVE["zh"]
    assert [c.value for c in ws[4]] == ["序号", "单位", "指标", "计量单位", "报送截止", "指标编号"]
    assert [[c.value for c in row] for row in ws.iter_rows(min_row=5)] == [
        [1, "乙局", "绿色低碳工厂", "家", datetime.datetime(2023, 7, 10), "factories"],
    ]
    assert ws["E5"].number_format == "yyyy-mm-dd"
    # its header is the one repeated on every printed page, and the list filters by unit
    assert ws.print_title_rows == "$4:$4"
    assert ws.auto_filter.ref == "A4:F5"
    assert ws.freeze_panes == "A5"
    # the banner is a band as wide as the table, not a pink column A
    assert [ws.cell(row=3, column=c).fill.fgColor.rgb for c in range(1, 7)] == ["FFFFC7CE"] * 6


def test_chase_sheet_says_when_nothing_is_missing(mini: Path, tmp_path: Path) -> None:
    _edit(
        mini / "actuals" / "2023Q2.yaml",
        lambda data: data["records"].append({"target": "factories", "value": 3}),
    )
    ws = export(mini, tmp_path / "gap.xlsx")["催报清单"]
    assert ws["A4"].value == "各单位均已报送。"
    assert ws.print_title_rows is None


def test_year_gets_the_score_sheet(tmp_path: Path) -> None:
    wb = export_period(SCORE, tmp_path / "2023.xlsx", "2023")
    assert wb.sheetnames[-2:] == ["年度考评", "说明"]
    ws = wb["年度考评"]
    ranking = [[c.value for c in row] for row in ws.iter_rows(min_row=6, max_row=8)]
    # tests/test_score.py's hand-computed scores: ub 20.50, uc 12.50, ua 0.00
    assert [(r[0], r[1], r[3]) for r in ranking] == [(1, "ub", 20.5), (2, "uc", 12.5), (3, "ua", 0)]
    assert ws["D6"].number_format == "0.00"
    assert ws.page_setup.orientation == "landscape"
    assert "&P" in ws.oddFooter.center.text
    quarter = export_period(SCORE, tmp_path / "q.xlsx", "2023Q4")  # the same months, not a year
    assert "年度考评" not in quarter.sheetnames


def test_year_without_scoring_has_no_score_sheet(mini: Path, tmp_path: Path) -> None:
    assert "年度考评" not in export_period(mini, tmp_path / "2023.xlsx", "2023").sheetnames


def test_year_with_a_bad_scoring_file_writes_nothing(mini: Path, tmp_path: Path) -> None:
    (mini / "scoring.yaml").write_text("rules: oops\n", encoding="utf-8")
    out = tmp_path / "2023.xlsx"
    result = run("export", "2023", "-o", str(out), "--data", str(mini))
    assert result.exit_code == 1
    assert "scoring.yaml" in result.output
    assert not out.exists()


def test_trend_never_averages_schedules(mini: Path, tmp_path: Path) -> None:
    """趋势 and 总览 set the average completion of the yearly targets beside the period's
    序时进度 (months / 12), never an average of targets' schedules. 增长行动 at 1-6月: of its
    judged targets only big-projects (1/2 = 50%) is yearly and judged against this year's
    schedule; projects (时间进度(2023-2027年) 10%), output (a path to 2027), productivity (a
    relative target against 100%) and the growth rate stay out. Averaged as before, the
    schedules would read (10 + 10 + 100 + 50) / 4 = 42.5%."""
    wb = export(mini, tmp_path / "gap.xlsx")
    ws = wb["趋势"]
    table = {
        (r[0], r[1]): r[3:6] for r in ([c.value for c in row] for row in ws.iter_rows(min_row=5)) if r[1]
    }
    assert table[("增长行动", "2023Q2")] == [1, 0.5, 0.5]
    summary = wb["总览"]
    row = next(r for r in range(1, summary.max_row + 1) if summary.cell(row=r, column=1).value == "增长行动")
    assert (summary.cell(row=row, column=7).value, summary.cell(row=row, column=8).value) == (0.5, 0.5)
    head = next(r for r in range(1, row) if summary.cell(row=r, column=8).value == "序时进度")
    assert summary.cell(row=head, column=7).value == "平均完成率"


def test_overview_names_at_most_thirty_reds(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The red list stops at RED_LIST_MAX (30, as brief) and counts the rest; 0 here, so the one
    red target (robots, 10/380) is counted, not named."""
    from plan415x.excel import summary_sheet

    _edit(mini / "actuals" / "2023Q1.yaml", _record("robots", value=5))
    _edit(mini / "actuals" / "2023Q2.yaml", _record("robots", value=10))
    monkeypatch.setattr(summary_sheet, "RED_LIST_MAX", 0)
    ws = export(mini, tmp_path / "gap.xlsx")["总览"]
    assert ws["A8"].value == "红灯指标 (1)"
    assert ws["A10"].value == "另有 1 项红灯指标,见明细"
