"""The 总览 sheet of the gap workbook: what to read first (总体情况 and the red list, as ``check``,
the 通报 and the HTML page say them), then the facts, the counts and the chart by action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from plan415x.excel import cells as xc
from plan415x.excel.sheets import (
    BOX,
    CENTER,
    FONT_COLOUR,
    HEAD_FILL,
    WORDS,
    WRAP,
    Value,
    page_setup,
    status_style,
    title_rows,
    write_head,
)
from plan415x.reports.gap import summary_counts
from plan415x.reports.summary import RED_HEAD, overall_line, red_rows, red_table_rows
from plan415x.reports.words import status_text
from plan415x.results import Light, Report, Result, Status
from plan415x.views.trend import averaged


def _averages(results: Iterable[Result], schedule_pct: float) -> tuple[float | None, float | None]:
    """(average completion, 序时进度) as fractions: the completion averaged over the yearly
    targets judged against this year's schedule, beside the period's 序时进度 (months / 12),
    which is time and is never averaged across targets (a whole-item target's schedule was once
    rewritten, and averaging those gave 平均序时进度 10% in June)."""
    done = [r.outcome.completion_pct for r in results if averaged(r)]
    if not done:
        return None, None
    return sum(d for d in done if d is not None) / len(done) / 100, schedule_pct / 100


def write_summary(
    ws: Worksheet, report: Report, lang: str, made: dt.date, streaks: dict[str, int] | None = None
) -> None:
    """What to read first: the written summary and the red list with owners and red streaks
    (``reports.summary``, as check, brief and the HTML page say them), then the facts, the
    counts and the chart."""
    w = WORDS[lang]
    row = title_rows(ws, report, lang) + 2
    row = _overall_rows(ws, row, report, lang, streaks) + 2
    xc.put(ws, row, 1, w["facts"]).font = xc.font(bold=True, size=12)
    row += 1
    plan = report.plan
    previous = report.previous_period
    counts = summary_counts(report.results)
    facts: list[tuple[str, Value, str | None]] = [
        (w["plan"], plan.title_zh if lang == "zh" else plan.title_en, None),
        (w["doc"], plan.doc_number, None),
        (
            w["period"],
            f"{report.period.label_zh() if lang == 'zh' else report.period.label_en()} ({report.period})",
            None,
        ),
        (w["schedule"], report.schedule_pct / 100, xc.PCT),
        (w["as_of"], report.as_of or "—", xc.DATE),
        (w["previous"], str(previous) if previous else "—", None),
        (w["made"], made, xc.DATE),
        (w["total"], counts["total"], xc.INT),
        (w["stale"], counts["stale"], xc.INT),
        (w["restated"], counts["restatements"], xc.INT),
        (w["monitoring"], counts["monitoring"], xc.INT),
    ]
    for label, value, fmt in facts:
        xc.put(ws, row, 1, label).font = xc.font(bold=True)
        xc.put(ws, row, 2, value, fmt).alignment = Alignment(horizontal="left")
        row += 1
    row += 1
    xc.put(ws, row, 1, w["by_status"]).font = xc.font(bold=True, size=12)
    # by light beside by status (E:F), so that the page holds the table by action too
    xc.put(ws, row, 5, w["by_light"]).font = xc.font(bold=True, size=12)
    light_row = row + 1
    for light_index, label in enumerate([w["light"], w["count"]]):
        cell = xc.put(ws, light_row, 5 + light_index, label)
        cell.font, cell.fill, cell.border, cell.alignment = xc.font(bold=True), HEAD_FILL, BOX, CENTER
    for offset, light in enumerate(Light, start=1):
        cell = xc.put(ws, light_row + offset, 5, light.label(lang))
        status_style(cell, light)
        cell.border = BOX
        xc.put(ws, light_row + offset, 6, counts["by_light"][light.value], xc.INT).border = BOX
    row += 1
    write_head(ws, row, [w["status"], w["light"], w["count"]])
    for status in Status:
        if status is Status.monitoring:  # never counted
            continue
        row += 1
        cell = xc.put(ws, row, 1, status_text(status, lang))
        status_style(cell, status.light)
        xc.put(ws, row, 2, status.light.label(lang))
        xc.put(ws, row, 3, counts["by_status"][status.value], xc.INT)
        for column in (1, 2, 3):
            ws.cell(row=row, column=column).border = BOX
    row += 2
    xc.put(ws, row, 1, w["by_action"]).font = xc.font(bold=True, size=12)
    row += 1
    head_row = row
    lights = [light.label(lang) for light in Light]
    write_head(ws, row, [w["action"], w["total"], *lights, w["avg_done"], w["avg_schedule"]])
    by_action: dict[str, list[Result]] = {}
    for r in report.counted_results:
        by_action.setdefault(r.target.action, []).append(r)
    for action, results in by_action.items():
        row += 1
        names = report.action_names.get(action, (action, action))
        xc.put(ws, row, 1, names[0] if lang == "zh" else names[1])
        numbers = counts["by_action"][action]
        xc.put(ws, row, 2, numbers["total"], xc.INT)
        for column, light in enumerate(Light, start=3):
            xc.put(ws, row, column, numbers[light.value], xc.INT)
        done, schedule = _averages(results, report.schedule_pct)
        xc.put(ws, row, 7, done, xc.PCT)
        xc.put(ws, row, 8, schedule, xc.PCT)
        for column in range(1, 9):
            ws.cell(row=row, column=column).border = BOX
    xc.put(ws, row + 1, 1, w["avg_note"]).font = xc.NOTE_FONT
    if by_action:
        chart_at = f"A{row + 3}"
        chart = BarChart()
        chart.type = "col"
        chart.title = w["chart"]
        chart.y_axis.numFmt = "0%"
        chart.y_axis.scaling.min = 0
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        data = Reference(ws, min_col=7, max_col=8, min_row=head_row, max_row=row)
        categories = Reference(ws, min_col=1, min_row=head_row + 1, max_row=row)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(categories)
        chart.height = 9
        chart.width = 18
        ws.add_chart(chart, chart_at)
    # A: the red targets' and actions' names (wrapped), B: a figure against what was due.
    for column, width in {1: 30, 2: 18, 3: 9, 4: 9, 5: 14, 6: 10, 7: 12, 8: 12}.items():
        ws.column_dimensions[get_column_letter(column)].width = width
    page_setup(ws, report, lang, made, None)
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT  # the summary is a portrait page


RED_LIST_MAX = 30
"""The overview names the 30 most behind red targets, as brief does, and counts the rest: it is
a page to send (10,000 targets may have thousands of reds; every one is in 明细)."""


def _overall_rows(ws: Worksheet, row: int, report: Report, lang: str, streaks: dict[str, int] | None) -> int:
    """总体情况 (``overall_line``), then the red list (``red_rows``): the words and order of
    check's summary block; completion and gap as numbers (the Report's). Returns the last row."""
    w = WORDS[lang]
    xc.put(ws, row, 1, w["overall"]).font = xc.font(bold=True, size=12)
    xc.put(ws, row + 1, 1, overall_line(report, lang)).font = xc.font(bold=True)
    row += 3
    reds = red_rows(report, streaks, lang)
    if not reds:
        xc.put(ws, row, 1, w["no_reds"]).font = xc.font(bold=True, size=12)
        return row
    xc.put(ws, row, 1, f"{w['reds']} ({len(reds)})").font = xc.font(bold=True, size=12, color="FF9C0006")
    row += 1
    write_head(ws, row, RED_HEAD[lang])
    widths = {1: 30, 2: 18, 5: 14}
    shown = reds[:RED_LIST_MAX]
    for red, texts in zip(shown, red_table_rows(shown, lang), strict=True):
        row += 1
        o = red.result.outcome
        values: list[tuple[Value, str | None]] = [
            (texts[0], None),
            (texts[1], None),
            (None if o.completion_pct is None else o.completion_pct / 100, xc.PCT),
            (o.gap_points, xc.POINTS),
            (texts[4], None),
            (texts[5], None),
        ]
        for column, (value, fmt) in enumerate(values, start=1):
            cell = xc.put(ws, row, column, value, fmt)
            cell.border = BOX
            cell.alignment = WRAP
        status_style(ws.cell(row=row, column=1), Light.red)
        ws.cell(row=row, column=1).font = xc.font(color=FONT_COLOUR[Light.red])
        xc.fit_rows(ws, [[v for v, _ in values]], row, widths, (1, 2, 5))
    if len(reds) > len(shown):
        row += 1
        xc.put(ws, row, 1, w["more_reds"].format(n=len(reds) - len(shown))).font = xc.ASIDE_FONT
    return row
