"""The 报送情况 sheet of the gap workbook: the table ``plan415x reporting PERIOD`` prints (per
unit: figures due, received, on time, late, undated, missing, 报送率, 及时率), then the figures
still missing with their due dates (the chase list's contents), from ``views.reporting``.

Counts are numbers (``#,##0``), rates fractions shown as ``0.0%`` (a rate of nothing due, or a
timeliness with nothing dated, is empty, as ``reporting`` prints —).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plan415x.excel import cells as xc
from plan415x.reports.reporting import HEAD, NOTE
from plan415x.views.reporting import LATE, MISSING, ON_TIME, UNDATED, Reporting

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

MISSING_TITLE = {"zh": "未报指标", "en": "Missing figures"}
MISSING_HEAD = {
    "zh": ["单位", "报送截止", "计量单位", "指标 (ID)"],
    "en": ["Unit", "Due", "Measure", "Target (id)"],
}
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
    row += 2
    xc.put(ws, row, 1, MISSING_TITLE[lang]).font = xc.font(bold=True, size=12)
    missing = [(u, f) for u in rep.units for f in u.missing]
    if not missing:
        xc.put(ws, row + 1, 1, NONE_MISSING[lang])
    else:
        row += 1
        xc.head_row(ws, row, MISSING_HEAD[lang])
        for u, f in missing:
            row += 1
            t = f.target
            values = [
                (u.name_zh if lang == "zh" else u.name_en, None),
                (f.due, xc.DATE),
                (t.unit or "", None),
                # as the chase list says it; it runs on over the empty cells to its right, so
                # the columns stay those of the table above
                (f"{t.name_zh if lang == 'zh' else t.name_en} ({t.id})", None),
            ]
            for column, (value, fmt) in enumerate(values, start=1):
                xc.put(ws, row, column, value, fmt)  # type: ignore[arg-type]
            widths.append([values[0][0], "2023-07-10"])
    xc.fit_columns(ws, widths, maximum={1: 24}, default_max=14)
    ws.row_dimensions[first_row].height = 30
    return first_row
