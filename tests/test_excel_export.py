"""plan415x export: the workbook is opened with openpyxl and checked cell by cell.

Figures are the mini plan's, computed by hand in tests/test_cli.py (land 900/1800 = 50% against
6/12 = 50%; robots 100/380 = 26.3%, 23.7 points behind).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
import yaml
from typer.testing import CliRunner, Result

from plan415x.cli import app
from plan415x.fsutil import OutputExistsError, atomic_write, locked
from plan415x.reports.gap import ILLUSTRATIVE
from tests.conftest import TESTS, snapshot

HEAD_ZH = [
    "序号",
    "行动",
    "指标",
    "单位",
    "目标",
    "1-6月累计",
    "完成率",
    "序时进度",
    "差值(百分点)",
    "状态",
    "较上期",
    "牵头单位",
    "责任单位",
    "来源/口径",
]


def run(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def export(mini: Path, out: Path, *extra: str) -> openpyxl.Workbook:
    result = run("export", "2023Q2", "-o", str(out), "--data", str(mini), *extra)
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(out)


def rows_by_id(ws: object, first: int = 5) -> dict[str, int]:
    """Row number of each target, found by its name in column C."""
    return {ws.cell(row=r, column=3).value: r for r in range(first, ws.max_row + 1)}  # type: ignore[attr-defined]


def test_sheets_and_detail_cells(mini: Path, tmp_path: Path) -> None:
    wb = export(mini, tmp_path / "gap.xlsx")
    assert wb.sheetnames == ["总览", "明细", "趋势", "报送情况", "催报清单", "责任单位", "说明"]
    ws = wb["明细"]
    # title, period line, illustrative banner, then the header in row 4
    assert ws["A1"].value == "测试计划(2023-2027年)  测〔2023〕1号"
    assert ws["A2"].value.startswith("检查期 2023年1-6月 (2023Q2) · 序时进度 50%")
    assert ws["A3"].value == ILLUSTRATIVE["zh"]
    assert [c.value for c in ws[4]] == HEAD_ZH
    land = [c.value for c in ws[5]]
    assert land == [
        1,
        "空间行动",
        "★低效工业用地改造",
        "亩",
        1800,
        900,
        0.5,
        0.5,
        0,
        "绿灯·达进度",
        "↑好转",
        "甲局",
        "甲局、乙局",
        "按公顷填报",  # the file's default source is listed once, on 说明
    ]
    # numbers are numbers, with formats: thousands, percent as a fraction, points
    assert ws["E5"].number_format == '"≥"#,##0'
    assert ws["F5"].number_format == "#,##0"
    assert ws["G5"].number_format == "0.0%"
    assert ws["H5"].number_format == "0.0%"
    assert ws["I5"].number_format == "0.0"
    robots = ws[6]
    assert robots[2].value == "新增机器人"
    assert robots[6].value == pytest.approx(100 / 380)
    assert robots[8].value == pytest.approx(50 - 100 / 380 * 100)
    assert robots[9].value == "黄灯·滞后"
    assert robots[9].fill.fgColor.rgb == "FFFFEB9C"
    assert ws["J5"].fill.fgColor.rgb == "FFC6EFCE"  # green
    rows = rows_by_id(ws)
    assert ws.cell(row=rows["绿色低碳工厂"], column=10).value == "灰灯·未填报"
    assert ws.cell(row=rows["绿色低碳工厂"], column=10).fill.fgColor.rgb == "FFD9D9D9"
    projects = rows_by_id(ws)["★10亿元以上项目"]
    assert ws.cell(row=projects, column=5).number_format == '"≥"#,##0" (2027)"'
    growth = rows_by_id(ws)["★数字经济增长"]
    assert ws.cell(row=growth, column=6).value == 9.5
    assert ws.cell(row=growth, column=6).number_format == '#,##0.0#"%"'
    assert ws.cell(row=rows_by_id(ws)["★省数字经济示范区"], column=6).value == "推进中"
    # frozen header, autofilter over the table, widths that fit CJK text (counted twice)
    assert ws.freeze_panes == "D5"
    assert ws.auto_filter.ref == "A4:N17"
    assert ws.column_dimensions["C"].width >= 17  # ★ + 8 CJK characters
    assert ws.column_dimensions["J"].width >= 11  # 绿灯·达进度
    # printing: A4 landscape, one page wide, the header repeated, period and date in the header
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows == "$4:$4"
    assert "2023年1-6月 (2023Q2)" in ws.oddHeader.right.text
    assert "制表日期" in ws.oddHeader.right.text
    assert ILLUSTRATIVE["zh"] in ws.oddFooter.left.text


def test_detail_is_the_check_report(mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every figure in 明细 is the one `check --format json` gives, in the same order."""
    wb = export(mini, tmp_path / "gap.xlsx")
    doc = json.loads(run("check", "2023Q2", "--format", "json", "--data", str(mini)).output)
    ws = wb["明细"]
    for offset, result in enumerate(doc["results"]):
        row = [c.value for c in ws[5 + offset]]
        assert row[0] == offset + 1
        done, schedule, gap = result["completion_pct"], result["schedule_pct"], result["gap_points"]
        assert row[6] == (None if done is None else pytest.approx(done / 100, abs=1e-6))
        assert row[7] == (None if schedule is None else pytest.approx(schedule / 100, abs=1e-6))
        assert row[8] == (None if gap is None else pytest.approx(gap, abs=1e-4))
        assert row[9].endswith("·" + result["status_zh"])
        if result["actual"] is not None and result["state"] is None:
            assert row[5] == pytest.approx(result["actual"])
    assert ws.max_row == 4 + len(doc["results"])


def test_summary_counts_and_chart(mini: Path, tmp_path: Path) -> None:
    ws = export(mini, tmp_path / "gap.xlsx")["总览"]
    cells = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2) for r in range(1, ws.max_row + 1)}
    assert ws["A3"].value == ILLUSTRATIVE["zh"]
    assert cells["检查期"].value == "2023年1-6月 (2023Q2)"
    assert cells["序时进度"].value == 0.5
    assert cells["序时进度"].number_format == "0.0%"
    assert cells["指标数"].value == 13
    counts = {
        ws.cell(row=r, column=1).value: ws.cell(row=r, column=3).value for r in range(1, ws.max_row + 1)
    }
    # by status: 已完成 1 · 达进度 5 · 关注 3 · 滞后 2 · 未填报 1 · 目标缺失 1 (as check says; the
    # energy cap used 60% of its allowance by June: 关注)
    assert counts["黄灯·滞后"] == 2
    assert counts["黄灯·关注"] == 3
    assert counts["绿灯·达进度"] == 5
    assert counts["灰灯·目标缺失"] == 1
    assert counts["红灯·严重滞后"] == 0
    by_action = {
        ws.cell(row=r, column=1).value: [ws.cell(row=r, column=c).value for c in range(2, 9)]
        for r in range(1, ws.max_row + 1)
    }
    # 空间行动: land 50/50, robots 26.3/50, energy-cap 60/50 -> done (50+26.3158+60)/3
    space = by_action["空间行动"]
    assert space[:5] == [4, 1, 2, 0, 1]
    assert space[5] == pytest.approx((50 + 100 / 380 * 100 + 60) / 3 / 100)
    assert space[6] == pytest.approx(0.5)
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    assert chart.tagname == "barChart"
    assert len(chart.series) == 2  # average completion, average schedule
    assert "'总览'!$G$" in chart.series[0].val.numRef.f


def test_units_and_notes_sheets(mini: Path, tmp_path: Path) -> None:
    wb = export(mini, tmp_path / "gap.xlsx")
    ws = wb["责任单位"]
    assert ws["A4"].value == "位次"
    ranked = [[c.value for c in row] for row in ws.iter_rows(min_row=5, max_row=7)]
    # the same ranking as `plan415x rank`, numbers as numbers (报送率 as a share, shown as %)
    doc = json.loads(run("rank", "2023Q2", "--format", "json", "--data", str(mini)).output)
    assert [(r[0], r[1], r[2], r[3], r[-3], r[-2], r[-1]) for r in ranked] == [
        (
            u["rank"],
            u["name_zh"],
            u["targets"],
            u["counted"],
            u["average_behind_points"],
            u["reporting_rate_pct"] / 100,
            u["move"],
        )
        for u in doc["units"]
    ]
    assert [r[1] for r in ranked] == ["丙局", "甲局", "乙局"]
    # robots 26.3% against 50%: 50 − 26.3158 = 23.6842 points behind; factories due and missing
    # counts as no progress, 50 − 0 = 50: (23.6842 + 50) / 2 = 36.8421
    assert ranked[2][-3] == pytest.approx(36.8421)
    assert ws.cell(row=5, column=10).number_format == "0.0"
    assert ws.cell(row=5, column=11).number_format == "0.0%"
    notes = [c.value for row in wb["说明"].iter_rows() for c in row if c.value is not None]
    assert "targets.yaml" in notes
    assert "actuals/2023Q2.yaml" in notes
    assert "测试数据, 甲局, 2023-07-15" in notes  # the unit by name, not its id (issue 22)
    assert "黄灯·滞后" in notes
    assert ILLUSTRATIVE["zh"] in notes


def test_units_sheet_breaks_a_tie_as_rank_does(tmp_path: Path) -> None:
    # Issue 20: the sheet ranked two tied units 1 and 1 (here 2 and 2) where `rank`, the 通报 and
    # the HTML page say 2 and 3. In the scoring test plan at 2023Q2, 甲局 has one paced target
    # (parks 10/100 = 10% against 50%: 40 points behind; land counts once, as 乙局's restatement
    # land-2023) and 乙局 two (land-2023 200/1000 = 20% against 50%: 30; robots due and missing:
    # 50) -> (30 + 50) / 2 = 40: the same average. 报送率 breaks the tie: 甲局 2 of 3 = 66.7%
    # (output's 1-6月 is missing), 乙局 1 of 2 = 50% (robots missing), so 甲局 2, 乙局 3.
    data = shutil.copytree(TESTS / "data" / "score", tmp_path / "data")
    # Its units have one or two targets each: ranked from one (the default is 3).
    plan = data / "targets.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8") + "assessment:\n  ranking: {min_targets: 1}\n", encoding="utf-8"
    )
    wb = export(data, tmp_path / "gap.xlsx")
    places = [(row[0].value, row[1].value) for row in wb["责任单位"].iter_rows(min_row=5, max_row=7)]
    doc = json.loads(run("rank", "2023Q2", "--format", "json", "--data", str(data)).output)
    assert places == [(u["rank"], u["name_zh"]) for u in doc["units"]]
    assert places == [(1, "丙局"), (2, "甲局"), (3, "乙局")]
    assert [(u["average_behind_points"], u["reporting_rate_pct"]) for u in doc["units"][1:]] == [
        (40.0, 66.6667),
        (40.0, 50.0),
    ]


def test_english(mini: Path, tmp_path: Path) -> None:
    wb = export(mini, tmp_path / "gap.xlsx", "--lang", "en")
    assert wb.sheetnames == ["Summary", "Detail", "Trend", "Reporting", "Chase list", "Units", "Notes"]
    ws = wb["Detail"]
    assert ws["A3"].value == ILLUSTRATIVE["en"]
    assert ws["C4"].value == "Target"
    assert ws["F4"].value == "YTD actual"
    assert ws["C6"].value == "Robots"
    assert ws["J6"].value == "yellow · behind"


def test_by_unit_sheets(mini: Path, tmp_path: Path) -> None:
    wb = export(mini, tmp_path / "gap.xlsx", "--by-unit")
    assert wb.sheetnames == [
        "总览",
        "明细",
        "甲局",
        "乙局",
        "丙局",
        "未指定牵头单位",
        "趋势",
        "报送情况",
        "催报清单",
        "责任单位",
        "说明",
    ]
    ws = wb["乙局"]
    assert ws["A1"].value.endswith("牵头单位: 乙局")
    names = [ws.cell(row=r, column=3).value for r in range(5, ws.max_row + 1)]
    assert names == ["新增机器人", "绿色低碳工厂"]  # lead unit only: land is 甲局's
    assert ws.freeze_panes == "D5"
    assert ws["J5"].fill.fgColor.rgb == "FFFFEB9C"


def test_split_writes_one_workbook_per_unit(mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "units"
    result = run("export", "2023Q2", "--split", str(out), "--data", str(mini))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "2023Q2-none-未指定牵头单位.xlsx",
        "2023Q2-ua-甲局.xlsx",
        "2023Q2-ub-乙局.xlsx",
        "2023Q2-uc-丙局.xlsx",
    ]
    ws = openpyxl.load_workbook(out / "2023Q2-ub-乙局.xlsx")["明细"]
    assert [ws.cell(row=r, column=3).value for r in range(5, ws.max_row + 1)] == [
        "新增机器人",
        "绿色低碳工厂",
    ]
    again = run("export", "2023Q2", "--split", str(out), "--data", str(mini))
    assert again.exit_code == 2
    assert "already exists; give --force" in again.output


MALICIOUS = {
    "robots": "=1+1",
    "factories": '=HYPERLINK("http://x","y")',
    "rd-share": "@SUM(A1)",
    "output": "+1",
    "loans": "-1+2",
    "productivity": "=CMD()",  # a tab first is refused at load now: names are one line
}


def poison(mini: Path) -> None:
    """Target names, a record note and a source that a spreadsheet would take for formulas."""
    plan_path = mini / "targets.yaml"
    plan = yaml.safe_load(plan_path.read_text(encoding="utf-8"))
    for target in plan["targets"]:
        if target["id"] in MALICIOUS:
            target["name_zh"] = MALICIOUS[target["id"]]
    plan_path.write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")
    actuals = mini / "actuals" / "2023Q2.yaml"
    data = yaml.safe_load(actuals.read_text(encoding="utf-8"))
    data["source"]["document"] = "=cmd|' /C calc'!A0"
    for record in data["records"]:
        if record["target"] == "land":
            record["note"] = "@SUM(A1)"
    actuals.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_malicious_strings_are_stored_as_text(mini: Path, tmp_path: Path) -> None:
    poison(mini)
    out = tmp_path / "gap.xlsx"
    wb = export(mini, out, "--by-unit")
    ws = wb["明细"]
    found = {}
    for row in ws.iter_rows(min_row=5):
        found[row[2].value] = row[2]
    for text in MALICIOUS.values():
        cell = found[text]  # the value is unchanged
        assert cell.data_type == "s"
        assert cell.quotePrefix is True
    source = ws["N5"]
    assert source.value == "@SUM(A1)"  # the note; the file's default source is on 说明
    assert source.data_type == "s"
    assert source.quotePrefix is True
    default = next(
        c for row in wb["说明"].iter_rows() for c in row if c.value == "=cmd|' /C calc'!A0, 甲局, 2023-07-15"
    )
    assert default.data_type == "s"
    assert default.quotePrefix is True
    # and no sheet of the file holds a formula element at all
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name)
                assert b"<f>" not in xml, name
                assert b"<f " not in xml, name


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{data}/gap.xlsx"], "inside the data folder"),
        (["-o", "{data}/actuals/gap.xlsx"], "inside the data folder"),
        (["--split", "{data}/units"], "inside the data folder"),
        (["-o", "{tmp}/gap.csv"], "must end in .xlsx"),
        (["-o", "{tmp}/no/such/gap.xlsx"], "no such folder"),
        ([], "give the workbook to write"),
    ],
)
def test_export_refusals(mini: Path, tmp_path: Path, args: list[str], message: str) -> None:
    before = snapshot(mini)
    filled = [a.format(data=mini, tmp=tmp_path) for a in args]
    result = run("export", "2023Q2", "--data", str(mini), *filled)
    assert result.exit_code == 2
    assert message in result.output
    assert snapshot(mini) == before
    assert not list(tmp_path.glob("*.xlsx"))


def test_export_refuses_to_overwrite_without_force(mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "gap.xlsx"
    out.write_bytes(b"keep me")
    result = run("export", "2023Q2", "-o", str(out), "--data", str(mini))
    assert result.exit_code == 2
    assert f"{out} already exists; give --force to replace it" in result.output
    assert out.read_bytes() == b"keep me"
    forced = run("export", "2023Q2", "-o", str(out), "--data", str(mini), "--force")
    assert forced.exit_code == 0
    assert openpyxl.load_workbook(out).sheetnames[0] == "总览"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "gap.xlsx"]  # no temporary left


def test_export_bad_period_and_bad_data(mini: Path, tmp_path: Path) -> None:
    assert run("export", "2023Q5", "-o", str(tmp_path / "a.xlsx"), "--data", str(mini)).exit_code == 2
    (mini / "actuals" / "2023Q2.yaml").write_text("period: 2023Q2\nrecords: [{target: lands, value: 1}]\n")
    result = run("export", "2023Q2", "-o", str(tmp_path / "a.xlsx"), "--data", str(mini))
    assert result.exit_code == 1
    assert "unknown-target" in result.output
    assert not (tmp_path / "a.xlsx").exists()


def test_help_does_not_import_openpyxl() -> None:
    code = (
        "import sys\nfrom plan415x.cli import app\ntry:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('openpyxl' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


# --- fsutil -----------------------------------------------------------------------------------


def test_atomic_write(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    atomic_write(path, b"one", force=False)
    assert path.read_bytes() == b"one"
    with pytest.raises(OutputExistsError):
        atomic_write(path, b"two", force=False)
    assert path.read_bytes() == b"one"
    os.chmod(path, 0o640)
    atomic_write(path, b"three", force=True)
    assert path.read_bytes() == b"three"
    assert path.stat().st_mode & 0o777 == 0o640  # the file's permissions are kept
    assert [p.name for p in tmp_path.iterdir()] == ["f.bin"]


def test_lock_excludes_other_processes(tmp_path: Path) -> None:
    probe = (
        "import fcntl, os, sys\n"
        "fd = os.open(sys.argv[1], os.O_RDONLY)\n"
        "try:\n"
        "    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
        "    print('free')\n"
        "except BlockingIOError:\n"
        "    print('held')\n"
    )

    def state() -> str:
        return subprocess.run(
            [sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, check=True
        ).stdout.strip()

    with locked(tmp_path):
        assert state() == "held"
    assert state() == "free"


# --- the detail rows written as XML (cells.FastRows) -------------------------------------------

FAST_VALUES: list[tuple[object, str | None]] = [
    (1, "#,##0"),
    (1234567.891, "#,##0.0#"),
    (0.5, "0.0%"),
    (-3, '"≥"#,##0" (2027)"'),
    (10**17 + 1, "#,##0"),
    (float("nan"), "0.0"),
    (None, "0.0%"),
    (None, None),
    ("", None),
    ("空间行动", None),
    ("  leading and trailing  ", None),
    ("a & b < c > d \"quoted\" 'single'", None),
    ("line one\nline two", None),
    ("bad\x00control\x07characters", None),
    ("x" * 40000, None),
    (True, None),
    (dt.date(2023, 6, 30), None),
    (dt.date(2023, 6, 30), "yyyy/mm/dd"),
    (dt.datetime(2023, 6, 30, 8, 5), None),
    *((text, None) for text in MALICIOUS.values()),
    ("=cmd|' /C calc'!A0", None),
    ("#N/A", None),
]


def test_fast_rows_write_what_openpyxl_cells_would(tmp_path: Path) -> None:
    """The same values, types, formats, styles and heights as ``put`` on styled cells."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from plan415x.excel import cells as xc
    from plan415x.excel import fastrows

    thin = Side(style="thin", color="FF999999")
    looks = [
        {"border": Border(left=thin, right=thin), "alignment": Alignment(wrap_text=True, vertical="top")},
        {"font": Font(bold=True, color="FF9C0006"), "fill": PatternFill("solid", fgColor="FFFFC7CE")},
        {},
    ]
    heights = [None, 33.0, 79.5]

    def title(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:
        xc.put(ws, 1, 1, "=title").font = Font(bold=True, size=14)

    slow = openpyxl.Workbook()
    slow_ws = slow.active
    assert slow_ws is not None
    title(slow_ws)
    for offset, height in enumerate(heights):
        row = 3 + offset
        for column, (value, fmt) in enumerate(FAST_VALUES, start=1):
            cell = xc.put(slow_ws, row, column, value, fmt)  # type: ignore[arg-type]
            for name, style in looks[(column + offset) % len(looks)].items():
                setattr(cell, name, style)
        if height:
            slow_ws.row_dimensions[row].height = height
    slow.save(tmp_path / "slow.xlsx")

    fast = openpyxl.Workbook()
    fast_ws = fast.active
    assert fast_ws is not None
    title(fast_ws)
    rows = fastrows.FastRows(fast_ws, 3)
    ids = [rows.style(**look) for look in looks]  # type: ignore[arg-type]
    for offset, height in enumerate(heights):
        styles = [ids[(column + offset) % len(looks)] for column in range(1, len(FAST_VALUES) + 1)]
        assert rows.add(FAST_VALUES, styles, height) == 3 + offset
    (tmp_path / "fast.xlsx").write_bytes(fastrows.save(fast, [rows]))

    a = openpyxl.load_workbook(tmp_path / "slow.xlsx").active
    b = openpyxl.load_workbook(tmp_path / "fast.xlsx").active
    assert a is not None
    assert b is not None
    assert b.dimensions == a.dimensions == f"A1:{openpyxl.utils.get_column_letter(len(FAST_VALUES))}5"
    for row_a, row_b in zip(a.iter_rows(), b.iter_rows(), strict=True):
        for x, y in zip(row_a, row_b, strict=True):
            assert (y.value, y.data_type, y.number_format) == (x.value, x.data_type, x.number_format), (
                x.coordinate
            )
            assert y.quotePrefix == x.quotePrefix, x.coordinate
            for name in ("font", "fill", "border", "alignment", "protection"):
                assert repr(getattr(y, name)) == repr(getattr(x, name)), (x.coordinate, name)
    for row in (3, 4, 5):
        assert b.row_dimensions[row].height == a.row_dimensions[row].height
    malicious = [c for c in b[3] if c.value in MALICIOUS.values()]
    assert len(malicious) == len(MALICIOUS)
    assert all(c.data_type == "s" and c.quotePrefix for c in malicious)
    # and the sheet's XML is openpyxl's, byte for byte, but for the numbering of the styles
    sheets = []
    for name in ("slow.xlsx", "fast.xlsx"):
        with zipfile.ZipFile(tmp_path / name) as archive:
            sheets.append(re.sub(rb' s="[0-9]+"', b"", archive.read("xl/worksheets/sheet1.xml")))
    assert sheets[1] == sheets[0]
    assert b' xml:space="preserve"' in sheets[1]
    assert b"<f>" not in sheets[1]


def test_fast_rows_go_below_openpyxl_rows() -> None:
    from plan415x.excel import cells as xc
    from plan415x.excel import fastrows

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    xc.put(ws, 4, 1, "header")
    with pytest.raises(ValueError, match="not below"):
        fastrows.FastRows(ws, 4)
    rows = fastrows.FastRows(ws, 5)
    ws.row_dimensions[6].height = 20  # openpyxl would write a row 6 of its own
    with pytest.raises(ValueError, match="row settings below row 5"):
        fastrows.save(wb, [rows])


def test_saving_the_workbook_writes_the_detail_rows(mini: Path, tmp_path: Path) -> None:
    """``build``'s workbook is whole whichever way it is saved: ``save`` or ``to_bytes``."""
    from plan415x.engine import Engine
    from plan415x.excel import export as xe
    from plan415x.loading import load_dataset
    from plan415x.periods import Period
    from plan415x.views.workbook import workbook_view

    dataset, problems = load_dataset(mini)
    assert dataset is not None
    assert not problems
    engine = Engine(dataset)
    wb = xe.build(workbook_view(engine, engine.report(Period.parse("2023Q2"))), by_unit=True)
    wb.save(tmp_path / "saved.xlsx")
    (tmp_path / "bytes.xlsx").write_bytes(xe.to_bytes(wb))
    for name in ("saved.xlsx", "bytes.xlsx"):
        book = openpyxl.load_workbook(tmp_path / name)
        assert book["明细"].max_row == 4 + 13
        assert book["明细"]["C5"].value == "★低效工业用地改造"
        assert book["乙局"]["C6"].value == "绿色低碳工厂"
        ws = book["明细"]
        heights = {
            r: ws.row_dimensions[r].height for r in range(5, ws.max_row + 1) if ws.row_dimensions[r].height
        }
        # every row one line: the demo zone's 来源/口径 is its evidence only (已提交申报材料); with
        # the file's default source before it ("测试数据, 甲局, 2023-07-15; ...") it took 2 lines
        assert heights == {}


def test_an_action_of_grey_targets_has_no_average(tmp_path: Path) -> None:
    """主要目标 in 2025: every target grey (not due, or owed and missing: 未填报), so no average
    completion is drawn. It showed 90.2%: the four 2025 levels owed and not reported kept their
    stale 2023 completion (81.18, 91.2, 91.18, 97.22; 360.78 / 4 = 90.2%) against a 100% schedule."""
    from plan415x.engine import Engine
    from plan415x.excel import export as xe
    from plan415x.loading import load_dataset
    from plan415x.periods import Period
    from plan415x.views.workbook import workbook_view
    from tests.conftest import REPO

    dataset, problems = load_dataset(REPO / "data")
    assert not problems
    assert dataset is not None
    engine = Engine(dataset)
    report = engine.report(Period.parse("2025"))
    main = [r for r in report.results if r.target.action == report.results[0].target.action]
    assert {r.light.value for r in main} == {"grey"}
    out = tmp_path / "x.xlsx"
    out.write_bytes(xe.to_bytes(xe.build(workbook_view(engine, report), "zh")))
    ws = openpyxl.load_workbook(out)["总览"]
    name = report.action_names[main[0].target.action][0]
    row = next(r for r in ws.iter_rows() if r[0].value == name)
    assert (row[6].value, row[7].value) == (None, None)
    # 实施空间腾换行动 in 2025: no yearly target judged (land renovation not reported: grey), and
    # the levels, running totals and milestones judged are never averaged: nothing drawn either
    space = next(r for r in ws.iter_rows() if r[0].value == "实施空间腾换行动")
    assert (space[6].value, space[7].value) == (None, None)
    # at 1-6月 2023 it has both: its eight yearly targets judged and counted (the restatement ◇
    # once, the milestone and the plot-ratio level never): land 979.5/1800 = 54.4167, new flagship
    # projects 2/2 = 100, platform output 118.6/240 = 49.4167, platform investment 16.2/45 = 36,
    # 5-star park 0/1 = 0, firms 71/150 = 47.3333, land freed 420/1350 = 31.1111, energy freed
    # 0.86/1.35 = 63.7037: 381.9815 / 8 = 47.748%, beside 序时进度 6/12 = 50%
    report = engine.report(Period.parse("2023Q2"))
    out.write_bytes(
        xe.to_bytes(xe.build(workbook_view(engine, report), "zh")),
    )
    ws = openpyxl.load_workbook(out)["总览"]
    space = next(r for r in ws.iter_rows() if r[0].value == "实施空间腾换行动")
    assert space[6].value == pytest.approx(0.47748, abs=1e-5)
    assert space[7].value == 0.5


LONG_NAME = "瑞安市先进制造业集群建设工作领导小组办公室" * 5  # 21 × 5 = 105 characters, 315 bytes in UTF-8


def _long_unit(mini: Path) -> None:
    plan = mini / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "{id: ub, name_zh: 乙局," in text
    plan.write_text(
        text.replace("{id: ub, name_zh: 乙局,", f"{{id: ub, name_zh: {LONG_NAME},"), encoding="utf-8"
    )


def test_split_with_a_long_unit_name_cuts_it_to_fit(mini: Path, tmp_path: Path) -> None:
    """A valid 105-character name: the file name is cut at a character to 200 bytes, the id kept.
    (Before: "File name too long", exit 4, after the first unit's workbook was written.)"""
    _long_unit(mini)
    out = tmp_path / "units"
    result = run("export", "2023Q2", "--split", str(out), "--data", str(mini))
    assert result.exit_code == 0, result.output
    # 200 bytes: "2023Q2-ub-" (10) + ".xlsx" (5) leave 185 for the name, 61 characters of 3 bytes
    cut = "2023Q2-ub-" + LONG_NAME[:61] + ".xlsx"
    assert len(cut.encode()) == 198
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["2023Q2-none-未指定牵头单位.xlsx", "2023Q2-ua-甲局.xlsx", cut, "2023Q2-uc-丙局.xlsx"]
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "units"]  # no temporary folder left


def _full_disk_at(monkeypatch: pytest.MonkeyPatch, call: int) -> None:
    """os.fsync fails (ENOSPC) at its ``call``-th use, as a full disk would in the middle of the set."""
    import errno

    from plan415x import fsutil

    calls = [0]
    real = os.fsync

    def fsync(fd: int) -> None:
        calls[0] += 1
        if calls[0] == call:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(fsutil.os, "fsync", fsync)


def test_split_writes_the_whole_set_or_nothing(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills at the third workbook: no folder, no file, no temporary folder, exit 4.
    (Before: units/ held the first two workbooks.)"""
    out = tmp_path / "units"
    _full_disk_at(monkeypatch, 3)
    result = run("export", "2023Q2", "--split", str(out), "--data", str(mini))
    assert result.exit_code == 4, result.output
    assert result.output == (
        f"plan415x: error: cannot write {out}/: No space left on device (no workbook was written)\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_split_force_into_an_existing_folder_leaves_it_as_it_was_on_failure(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "units"
    assert run("export", "2023Q2", "--split", str(out), "--data", str(mini)).exit_code == 0
    for path in out.iterdir():
        path.write_bytes(b"last month's " + path.name.encode())
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with monkeypatch.context() as patch:
        _full_disk_at(patch, 4)
        result = run("export", "2023Q2", "--split", str(out), "--data", str(mini), "--force")
    assert result.exit_code == 4, result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temporary folder inside either
    again = run("export", "2023Q2", "--split", str(out), "--data", str(mini), "--force")
    assert again.exit_code == 0, again.output
    assert sorted(p.name for p in out.iterdir()) == sorted(before)
    assert all(p.read_bytes().startswith(b"PK\x03\x04") for p in out.iterdir())
