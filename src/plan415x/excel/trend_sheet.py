"""The 趋势 sheet of the gap workbook: per action, the average completion against 序时进度 at
each period with a file (``views.trend``: which periods, which targets, how averaged), as a
table and a native line chart per action.
"""

from __future__ import annotations

from openpyxl.chart import LineChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.worksheet.worksheet import Worksheet

from plan415x.excel import cells as xc
from plan415x.results import Report
from plan415x.views.trend import Point

HEAD = {
    "zh": ["行动", "期别", "期间", "已评价指标", "平均完成率", "序时进度"],
    "en": ["Action", "Period", "Months", "Judged", "Avg done", "Schedule"],
}
NOTE = {
    "zh": "每期按该期数据判定(与该期 plan415x check 相同); 平均完成率: 该行动中已评价(非灰灯)、按本年序时进度"
    "判定的年度指标的算术平均(增速类、多年期指标除外), 复述指标只计一次; 序时进度 = 已过月数/12, 不对各指标求平均;"
    " 期别: 截至本期、有数据文件的季末各期及本期",
    "en": "Each period judged on its own figures (as plan415x check of that period); avg done: the"
    " action's judged (not grey) yearly targets judged against this year's schedule (growth rates and"
    " multi-year targets excepted), a restatement once; schedule = months elapsed / 12, never averaged;"
    " periods: the quarter ends with a file up to this one, and this one",
}
SERIES = {"zh": ("平均完成率", "序时进度"), "en": ("Avg done", "Schedule")}


def write_trend(
    ws: Worksheet, first_row: int, points: dict[str, list[Point]], report: Report, lang: str
) -> int:
    """The table of ``points`` (``views.trend.Trend.points``) from ``first_row`` (its header
    there) and a line chart per action to its right; returns the header row."""
    head = HEAD[lang]
    xc.head_row(ws, first_row, head)
    row = first_row
    blocks: list[tuple[str, int, int]] = []
    for action, series in points.items():
        names = report.action_names.get(action, (action, action))
        name = names[0] if lang == "zh" else names[1]
        start = row + 1
        for point in series:
            row += 1
            p = point.period
            values: list[tuple[object, str | None]] = [
                (name, None),
                (str(p), None),
                (p.label_zh() if lang == "zh" else p.label_en(), None),
                (point.judged, xc.INT),
                (point.done, xc.PCT),
                (point.schedule, xc.PCT),
            ]
            for column, (value, fmt) in enumerate(values, start=1):
                xc.put(ws, row, column, value, fmt).border = xc.BOX  # type: ignore[arg-type]
        blocks.append((name, start, row))
    xc.put(ws, row + 1, 1, NOTE[lang]).font = xc.NOTE_FONT
    for column, width in {1: 22, 2: 10, 3: 16, 4: 11, 5: 12, 6: 13}.items():
        ws.column_dimensions[chr(64 + column)].width = width
    # Charts two abreast to the right of the table, 16 rows apart (7.5 cm at the default height).
    done_title, schedule_title = SERIES[lang]
    charted = [b for b, series in zip(blocks, points.values(), strict=True) if any(p.judged for p in series)]
    for index, (name, start, end) in enumerate(charted):  # an action never judged has no line
        chart = LineChart()
        chart.title = name
        chart.y_axis.numFmt = "0%"
        chart.y_axis.scaling.min = 0
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.height = 7.5  # cm
        chart.width = 12.5  # type: ignore[assignment]
        if chart.legend is not None:
            chart.legend.position = "b"
        for column, title in ((5, done_title), (6, schedule_title)):
            chart.add_data(Reference(ws, min_col=column, min_row=start, max_row=end))
            chart.series[-1].tx = SeriesLabel(v=title)
        chart.set_categories(Reference(ws, min_col=2, min_row=start, max_row=end))
        for s in chart.series:
            s.smooth = False
            s.marker.symbol = "circle"
        ws.add_chart(chart, f"{'H' if index % 2 == 0 else 'P'}{first_row + (index // 2) * 16}")
    return first_row
