"""The 报送情况 and 催报清单 sheets of the gap workbook, from ``views.reporting``: the table
``plan415x reporting PERIOD`` prints (per unit: figures due, received, on time, late, undated,
missing, 报送率, 及时率), and on a sheet of its own the figures still missing with their due
dates (the chase list's contents). Two tables, two sheets: a sheet prints one header on every
page, and the list's columns are not the table's.

Counts are numbers (``#,##0``), rates fractions shown as ``0.0%`` (a rate of nothing due, or a
timeliness with nothing dated, is empty, as ``reporting`` prints —).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plan415x.excel import cells as xc
from plan415x.excel.sheets import WRAP
from plan415x.reports.reporting import HEAD, NOTE
from plan415x.views.reporting import LATE, MISSING, ON_TIME, UNDATED, Reporting

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

CHASE_HEAD = {
    "zh": ["序号", "单位", "指标", "计量单位", "报送截止", "指标编号"],
    "en": ["No.", "Unit", "Target", "Measure", "Due", "Target id"],
}
"""The 催报清单's columns: the unit and the figure it owes in words first, the id last (for the
analyst's lookup; a unit reads the name)."""
NONE_MISSING = {"zh": "各单位均已报送。", "en": "Every unit has reported."}


def write_reporting(ws: Worksheet, first_row: int, rep: Reporting, lang: str) -> int:
    """The table with its header at ``first_row``, the note, then the missing figures; returns
    the header row."""

    xc.head_row(ws, first_row, HEAD[lang])
    row = first_row
    widths: list[list[object]] = [list(HEAD[lang])]
    for u in rep.units:
        row += 1
        values: list[tuple[object, str | None]] = [
            (u.name_zh if lang == "zh" else u.name_en, None),
            (len(u.figures), xc.INT),
            (u.received, xc.INT),
            *((u.count(s), xc.INT) for s in (ON_TIME, LATE, UNDATED, MISSING)),
            (None if u.rate is None else u.rate / 100, xc.PCT),
            (None if u.timeliness is None else u.timeliness / 100, xc.PCT),
        ]
        for column, (value, fmt) in enumerate(values, start=1):
            xc.put(ws, row, column, value, fmt).border = xc.BOX  # type: ignore[arg-type]
        widths.append([v for v, _ in values])
    row += 1
    xc.put(ws, row, 1, NOTE[lang]).font = xc.NOTE_FONT
    xc.fit_columns(ws, widths, maximum={1: 24}, default_max=14)
    ws.row_dimensions[first_row].height = 30
    return first_row


def write_chase(ws: Worksheet, first_row: int, rep: Reporting, lang: str) -> int | None:
    """The 催报清单: each figure still missing, with its unit and due date, one row each under a
    header at ``first_row`` (repeated on every printed page, filterable by unit); returns the
    header row, or None when every unit has reported (the sheet then says so)."""
    missing = [(u, f) for u in rep.units for f in u.missing]
    if not missing:
        xc.put(ws, first_row, 1, NONE_MISSING[lang])
        return None
    head = CHASE_HEAD[lang]
    xc.head_row(ws, first_row, head)
    widths: list[list[object]] = [list(head)]
    row = first_row
    for number, (u, f) in enumerate(missing, start=1):
        row += 1
        t = f.target
        values: list[tuple[object, str | None]] = [
            (number, xc.INT),
            (u.name_zh if lang == "zh" else u.name_en, None),
            (t.name_zh if lang == "zh" else t.name_en, None),
            (t.unit or "", None),
            (f.due, xc.DATE),
            (t.id, None),
        ]
        for column, (value, fmt) in enumerate(values, start=1):
            cell = xc.put(ws, row, column, value, fmt)  # type: ignore[arg-type]
            cell.border = xc.BOX
            if column == 3:
                cell.alignment = WRAP
        widths.append([v for v, _ in values[:4]] + ["2023-07-10  ", t.id])  # a date needs its margin
    xc.fit_columns(ws, widths, maximum={2: 20, 3: 40, 6: 36}, default_max=14)
    ws.auto_filter.ref = f"A{first_row}:F{row}"
    ws.freeze_panes = f"A{first_row + 1}"
    return first_row
