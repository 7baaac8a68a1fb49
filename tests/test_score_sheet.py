"""The 年度考评 sheet: read back, each unit's lines add up to its score; values, not formulas."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook, load_workbook

from plan415x.excel.score_sheet import write_score_sheet
from tests.test_score import scored


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
