"""The 年度考评 sheet: read back, each unit's lines add up to its score; values, not formulas."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook

from plan415x.excel.score_sheet import write_score_sheet
from tests.test_score import run_on, scored


def test_the_sheet_holds_the_ranking_and_lines_that_add_up() -> None:
    wb = Workbook()
    write_score_sheet(wb, scored(), "zh")
    buffer = io.BytesIO()
    wb.save(buffer)
    ws = load_workbook(io.BytesIO(buffer.getvalue()))["年度考评"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[2][0] == "注意: 本报告含示意数据(非官方统计),仅供演示"
    ranking = rows[5:8]
    # The hand-computed scores of tests/test_score.py: ub 20.50, uc 12.50, ua 0.00; the rates are
    # numbers shown as 0.0%: 20.5/23 = 89.13%, 12.5/19 = 65.8%, 0/5 = 0%
    assert [(r[0], r[1], r[3], round(r[5], 4)) for r in ranking] == [
        (1, "ub", 20.5, 0.8913),
        (2, "uc", 12.5, 0.6579),
        (3, "ua", 0.0, 0.0),
    ]
    assert ws.cell(row=6, column=6).number_format == "0.0%"
    head = rows.index(
        ["单位", "指标ID", "指标", "规则", "期别", "分值", "豁免免扣", "依据", "豁免说明", "批准"]
    )
    lines = [r for r in rows[head + 1 :] if r[5] is not None]
    for name, total in (("乙局", "20.50"), ("丙局", "12.50"), ("甲局", "0.00")):
        assert sum(Decimal(str(r[5])) for r in lines if r[0] == name) == Decimal(total)
    exempted = [r for r in lines if r[6] is not None]
    assert [(r[1], r[5], r[6], r[8], r[9]) for r in exempted] == [
        ("rd-share", 0.0, -1.0, "统计口径调整", "市考评办")
    ]
    assert not any(isinstance(v, str) and v.startswith("=") for r in rows for v in r)


def test_the_workbook_of_an_unfinished_year_says_its_score_is_provisional(tmp_path: Path) -> None:
    # export 2023 on 20 July: the workbook is written (exit 0) and its 年度考评 sheet is the
    # provisional score at 2023Q2 (tests/test_score.py computes it by hand: 丙局 12.50, 乙局 3.50,
    # 甲局 0.50), its two first lines saying why, in red.
    out = tmp_path / "book.xlsx"
    result = run_on("2023-07-20", "export", "2023", "-o", str(out))
    assert result.exit_code == 0, result.output
    ws = load_workbook(out)["年度考评"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert [rows[3][0], rows[4][0]] == [
        "暂定得分(非最终): 2023年度未结束(今天 2023-07-20), 数据截至6月(2023Q2)",
        "所用数据: 2023Q1、2023Q2 各期实绩文件; 各指标按2023年1-6月判定, 2023Q2尚无数据的指标不计分,"
        " 2023Q2缺报不计漏报; 未用: 2023Q3、2023Q4(该期未结束)",
    ]
    assert ws.cell(row=4, column=1).font.color.rgb.endswith("C00000")
    ranking = rows[7:10]
    assert [(r[1], r[3], r[4]) for r in ranking] == [("uc", 12.5, 19.0), ("ub", 3.5, 10.0), ("ua", 0.5, 5.0)]


def test_a_year_with_nothing_to_score_yet_gets_a_workbook_without_the_sheet(tmp_path: Path) -> None:
    # export 2023 on 1 February: no period of 2023 with a file has ended (2023Q1 ends 03-31), so
    # there is no score, not even provisional: the workbook is written without 年度考评 and
    # stderr says why (score itself refuses, tests/test_score.py).
    out = tmp_path / "book.xlsx"
    result = run_on("2023-02-01", "export", "2023", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "plan415x: no 年度考评: 2023 is not over (today is 2023-02-01) and no period of it with"
        " figures has ended: nothing to score yet\n"
    )
    assert "年度考评" not in load_workbook(out).sheetnames
