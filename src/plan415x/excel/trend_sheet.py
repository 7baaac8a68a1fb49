"""The 趋势 sheet of the gap workbook: per action, the average completion against 序时进度 at
each period with a file, as a table and a native line chart per action.

Every figure is the engine's judgement of that period (``Engine.outcome``, as ``check`` of that
period gives it; the report's own period is the report's outcome), averaged as the overview
averages the report's period (``averaged``): the action's counted targets (a restatement
once, monitoring never), yearly and judged (not grey) against this year's schedule. Beside the
average stands the period's 序时进度 (months / 12): time, never an average of targets'
schedules.

Periods: those with a file up to the report's (``views.history.report_periods``) that end a quarter
(1-3月, 1-6月, 1-9月, 1-12月, as 季晾晒 compares them), and the report's own period, the latest
``TREND_PERIODS``. Judging every target again at every monthly file would make the export of
10,000 targets with 12 monthly files about twice as slow; quarter ends cost a third of that.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from plan415x.engine import Engine, applies
from plan415x.periods import Period
from plan415x.results import Light, Report, Result, counted
from plan415x.values import Kind
from plan415x.views.history import report_periods

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

TREND_PERIODS = 8
"""At most the latest eight periods: two years of quarters."""

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


@dataclass(frozen=True)
class Point:
    period: Period
    judged: int
    done: float | None
    """The average completion, as a fraction (0.5 is 50%); None when nothing was judged."""
    schedule: float | None


def trend_periods(engine: Engine, report: Report) -> list[Period]:
    """Quarter ends with a file up to the report's period, and the report's, the latest few."""
    periods = [
        p for p in report_periods(engine, report.period) if p.end_month % 3 == 0 or p.key == report.period.key
    ]
    return periods[-TREND_PERIODS:]


def averaged(r: Result) -> bool:
    """In an action's average completion: a yearly target judged (not grey) against this year's
    schedule, with a completion; growth rates (compared with a rate), multi-year targets (their
    schedule is a share of the span) and targets without a schedule (a level due later) never."""
    o = r.outcome
    return (
        o.completion_pct is not None
        and o.schedule_pct is not None
        and o.schedule_span is None
        and r.target.per_year
        and r.target.kind is not Kind.growth
        # A grey target is not judged (not due, no data, ...): its completion is no progress
        # to average, or an action of nine grey targets shows 91.5% done.
        and r.light is not Light.grey
    )


def trend_points(engine: Engine, report: Report) -> dict[str, list[Point]]:
    """Per action (the report's order), one Point per trend period."""
    periods = trend_periods(engine, report)
    sums: dict[str, list[list[float]]] = {}
    for r in counted(report.results):
        if not r.target.per_year or r.target.kind is Kind.growth:
            continue  # never averaged: not judged again
        per = sums.setdefault(r.target.action, [[0.0, 0.0] for _ in periods])
        for i, p in enumerate(periods):
            if p.key == report.period.key:
                o = r.outcome
            elif applies(r.target, p):
                o = engine.judge(r.target, p)
            else:
                continue
            if averaged(r._replace(outcome=o)):
                acc = per[i]
                acc[0] += 1
                acc[1] += o.completion_pct or 0.0
    out: dict[str, list[Point]] = {}
    for action, per in sums.items():
        out[action] = [
            Point(p, int(n), done / n / 100 if n else None, p.schedule_pct() / 100 if n else None)
            for p, (n, done) in zip(periods, per, strict=True)
        ]
    return out


def write_trend(ws: Worksheet, first_row: int, engine: Engine, report: Report, lang: str) -> int:
    """The table from ``first_row`` (its header there) and a line chart per action to its right;
    returns the header row."""
    from openpyxl.chart import LineChart, Reference
    from openpyxl.chart.series import SeriesLabel
    from openpyxl.styles import Font

    from plan415x.excel import cells as xc

    head = HEAD[lang]
    xc.head_row(ws, first_row, head)
    points = trend_points(engine, report)
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
    xc.put(ws, row + 1, 1, NOTE[lang]).font = Font(italic=True, size=9, color="FF595959")
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
