"""The 责任单位 sheet of the gap workbook: the ranking of ``plan415x rank`` (``views.rank``), its
words and columns, the figures as numbers."""

from __future__ import annotations

import datetime as dt

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from plan415x.excel import cells as xc
from plan415x.excel.sheets import BOX, Value, page_setup, title_rows, write_head
from plan415x.reports.rank import (
    SPLIT_HEAD,
    correction_lines,
    excluded_lines,
    grouped,
    heads,
    move,
    note_clauses,
    place,
)
from plan415x.results import Report
from plan415x.views.rank import Ranking, UnitRank


def write_units(ws: Worksheet, report: Report, lang: str, made: dt.date, ranking: Ranking) -> None:
    """The ranking with ``plan415x rank``'s split columns, the counts, 平均欠进度 and 报送率 as
    numbers; under it the units 不参与排名 with their reason and the rule applied."""
    head_row = title_rows(ws, report, lang) + 1
    head = heads(ranking, lang, SPLIT_HEAD)
    write_head(ws, head_row, head)
    rows: list[list[Value]] = [_rank_row(u, ranking, lang) for u in ranking.units]
    formats = {len(head) - 2: xc.POINTS, len(head) - 1: xc.PCT}  # 1-based: 平均欠进度, 报送率
    first = 2 + grouped(ranking)  # columns after the unit's name hold figures
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            fmt = formats.get(column, xc.INT) if column > first else None
            cell = xc.put(ws, head_row + offset, column, value, fmt)
            cell.border = BOX
    last = head_row + max(len(rows), 1)
    # A published period changed since is said first under the table (none: the sheet as before).
    under = [*correction_lines(ranking, lang), *excluded_lines(ranking, lang), *note_clauses(ranking, lang)]
    for i, line in enumerate(under, start=2):
        xc.put(ws, last + i, 1, line)
    ws.freeze_panes = f"A{head_row + 1}"
    ws.auto_filter.ref = f"A{head_row}:{get_column_letter(len(head))}{last}"
    xc.fit_columns(ws, [head, *rows], maximum={first: 24})
    ws.row_dimensions[head_row].height = 30
    page_setup(ws, report, lang, made, head_row)


def _rank_row(u: UnitRank, ranking: Ranking, lang: str) -> list[Value]:
    return [
        *([u.group or "—"] if grouped(ranking) else []),
        u.rank if u.rank is not None else place(u, lang),
        u.name_zh if lang == "zh" else u.name_en,
        len(u.results),
        u.counted,
        u.ahead,
        u.on_track,
        u.behind,
        u.reds,
        u.yellows,
        None if u.average_gap is None else round(u.average_gap, 4),
        None if u.rate is None else round(u.rate / 100, 6),
        move(u, ranking),
    ]
