"""The 责任单位 sheet of the gap workbook: the ranking of ``plan415x rank`` (``views.rank``), its
words and columns, the figures as numbers."""

from __future__ import annotations

import datetime as dt

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from plan415x.excel import cells as xc
from plan415x.excel.sheets import BOX, Value, page_setup, title_rows, write_head
from plan415x.reports.rank import RANK_HEAD
from plan415x.results import Light, Report, Status
from plan415x.views.rank import UnitRank, behind_count


def write_units(ws: Worksheet, report: Report, lang: str, made: dt.date, ranks: list[UnitRank]) -> None:
    head_row = title_rows(ws, report, lang) + 1
    head = RANK_HEAD[lang]
    write_head(ws, head_row, head)
    rows: list[list[Value]] = [_rank_row(u, lang) for u in ranks]
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            fmt = "+0.0;-0.0;0.0" if column == len(values) else xc.INT
            cell = xc.put(ws, head_row + offset, column, value, fmt)
            cell.border = BOX
    ws.freeze_panes = f"A{head_row + 1}"
    ws.auto_filter.ref = f"A{head_row}:{get_column_letter(len(head))}{head_row + max(len(rows), 1)}"
    xc.fit_columns(ws, [head, *rows], maximum={2: 24})
    ws.row_dimensions[head_row].height = 30
    page_setup(ws, report, lang, made, head_row)


def _rank_row(u: UnitRank, lang: str) -> list[Value]:
    statuses = [r.status for r in u.results]
    lights = [r.light for r in u.results]
    return [
        "—" if u.rank is None else u.rank,
        u.name_zh if lang == "zh" else u.name_en,
        len(u.results),
        statuses.count(Status.achieved) + statuses.count(Status.ahead),
        statuses.count(Status.on_track),
        behind_count(u),
        *(lights.count(light) for light in Light),
        None if u.average_gap is None else round(u.average_gap, 4),
    ]
