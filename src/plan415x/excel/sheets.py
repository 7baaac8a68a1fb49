"""What every sheet of the gap workbook (``excel/export.py``) shares: its words, the colours of
the lights, the title rows and the page set-up (header, footer, the banner of sample figures)."""

from __future__ import annotations

import datetime as dt

from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import column_index_from_string
from openpyxl.worksheet.worksheet import Worksheet

from plan415x.excel import cells as xc
from plan415x.reports.gap import ILLUSTRATIVE, header_lines
from plan415x.reports.words import unit_name
from plan415x.results import Light, Report
from plan415x.values import Source

FILL = {
    Light.green: "FFC6EFCE",
    Light.yellow: "FFFFEB9C",
    Light.red: "FFFFC7CE",
    Light.grey: "FFD9D9D9",
}


FONT_COLOUR = {
    Light.green: "FF006100",
    Light.yellow: "FF9C5700",
    Light.red: "FF9C0006",
    Light.grey: "FF404040",
}


STATUS_FILL = {light: PatternFill("solid", fgColor=colour) for light, colour in FILL.items()}


STATUS_FONT = {light: xc.font(bold=True, color=colour) for light, colour in FONT_COLOUR.items()}


BANNER_FILL = PatternFill("solid", fgColor="FFFFC7CE")


BOX, CENTER, HEAD_FILL = xc.BOX, xc.CENTER, xc.HEAD_FILL


WRAP = Alignment(wrap_text=True, vertical="top")


TOP = Alignment(vertical="top")


RIGHT = Alignment(horizontal="right", vertical="top", wrap_text=True)


WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "summary": "总览",
        "detail": "明细",
        "units": "责任单位",
        "notes": "说明",
        "trend": "趋势",
        "reporting": "报送情况",
        "chase": "催报清单",
        "overall": "总体情况",
        "reds": "红灯指标",
        "no_reds": "红灯指标: 无",
        "more_reds": "另有 {n} 项红灯指标,见明细",
        "facts": "基本情况",
        "default_source": "默认来源",
        "other_sources": "其他来源(明细中逐条标出)",
        "source_note": "明细的来源/口径列只列出与所在数据文件默认来源不同的来源(默认来源见上表),以及记录的说明、佐证和判定的提示",
        "no_lead": "未指定牵头单位",
        "made": "制表日期",
        "page": "第 &P 页,共 &N 页",
        "report": "目标进度表",
        "plan": "计划",
        "doc": "文号",
        "period": "检查期",
        "schedule": "序时进度",
        "as_of": "数据截至",
        "previous": "上期",
        "total": "指标数",
        "stale": "数据陈旧(※)",
        "restated": "复述指标(◇,不重复计数)",
        "monitoring": "监测指标(不评价)",
        "by_status": "按状态",
        "by_light": "按灯",
        "by_action": "按行动",
        "status": "状态",
        "light": "灯",
        "count": "数量",
        "action": "行动",
        "avg_done": "平均完成率",
        "avg_schedule": "序时进度",
        "chart": "各行动平均完成率与序时进度",
        "lead": "牵头单位",
        "files": "数据文件",
        "sources": "来源",
        "thresholds": "阈值(百分点)",
        "meanings": "状态说明",
        "meaning": "含义",
        "code": "代码(JSON/CSV)",
        "file": "文件",
        "records": "记录数",
        "sample": "示意数据",
        "yes": "是",
        "no": "否",
        "rule": "适用",
        "default": "默认",
        "ahead": "超进度(≥)",
        "watch": "关注(≤)",
        "behind": "滞后(≤)",
        "approx": "约数容差(%)",
        "legend": "图例",
        "made_by": "由 plan415x 生成,与 plan415x check {period} 的结果相同",
        "avg_note": "平均完成率: 该行动中已评价(非灰灯)、按本年序时进度判定的年度指标的算术平均(增速类、多年期指标除外);"
        " 序时进度 = 已过月数/12, 不对各指标求平均",
    },
    "en": {
        "summary": "Summary",
        "detail": "Detail",
        "units": "Units",
        "notes": "Notes",
        "trend": "Trend",
        "reporting": "Reporting",
        "chase": "Chase list",
        "overall": "Overall",
        "reds": "Red targets",
        "no_reds": "Red targets: none",
        "more_reds": "{n} more red targets: see the detail",
        "facts": "Facts",
        "default_source": "Default source",
        "other_sources": "Other sources (marked row by row in the detail)",
        "source_note": "The detail's source column shows a source only where it differs from its file's default source (listed above), and the record's note, evidence and the rule's caveats",
        "no_lead": "No lead unit",
        "made": "Made",
        "page": "Page &P of &N",
        "report": "progress report",
        "plan": "Plan",
        "doc": "Document",
        "period": "Period",
        "schedule": "Schedule",
        "as_of": "Data as of",
        "previous": "Previous",
        "total": "Targets",
        "stale": "Stale figures (※)",
        "restated": "Restatements (◇, counted once)",
        "monitoring": "Monitoring indicators (not judged)",
        "by_status": "By status",
        "by_light": "By light",
        "by_action": "By action",
        "status": "Status",
        "light": "Light",
        "count": "Count",
        "action": "Action",
        "avg_done": "Avg done",
        "avg_schedule": "Schedule",
        "chart": "Average completion and schedule by action",
        "lead": "Lead unit",
        "files": "Data files",
        "sources": "Sources",
        "thresholds": "Thresholds (points)",
        "meanings": "Statuses",
        "meaning": "Meaning",
        "code": "id",
        "file": "File",
        "records": "Records",
        "sample": "Illustrative",
        "yes": "yes",
        "no": "no",
        "rule": "Applies to",
        "default": "default",
        "ahead": "ahead (≥)",
        "watch": "watch (≤)",
        "behind": "behind (≤)",
        "approx": "approx tolerance (%)",
        "legend": "Legend",
        "made_by": "Made by plan415x; the same results as plan415x check {period}",
        "avg_note": "Avg done: mean over the action's judged (not grey) yearly targets judged against this year's"
        " schedule (growth rates and multi-year targets excepted); schedule = months elapsed / 12, never averaged",
    },
}


SCORE_TITLE = {"zh": "年度考评", "en": "Annual score"}
"""The 年度考评 sheet's name (``score_sheet``), known before the sheet is written."""

Value = str | float | int | dt.date | None


def title_rows(ws: Worksheet, report: Report, lang: str, extra: str | None = None) -> int:
    """Title, period line and (for sample figures) the banner; returns the last row used."""
    lines = header_lines(report, lang)
    if extra:
        lines[0] = f"{lines[0]}  {extra}"
    for row, line in enumerate(lines, start=1):
        cell = xc.put(ws, row, 1, line)
        if row == 1:
            cell.font = xc.font(bold=True, size=14)
        elif line in ILLUSTRATIVE.values():
            cell.font = xc.font(bold=True, color="FF9C0006", size=12)
            cell.fill = BANNER_FILL
    return len(lines)


def banner_across(ws: Worksheet) -> None:
    """The sample-data banner filled across the sheet's columns, not only column A, whose text
    runs on over its neighbours: a band as wide as the table below it, on screen and on paper."""
    last = max(
        ws.max_column,
        max(
            (column_index_from_string(k) for k in ws.column_dimensions if ws.column_dimensions[k].width),
            default=1,
        ),
    )
    for row in range(1, min(ws.max_row, 6) + 1):
        if ws.cell(row=row, column=1).fill == BANNER_FILL:
            for column in range(2, last + 1):
                ws.cell(row=row, column=column).fill = BANNER_FILL


def page_setup(ws: Worksheet, report: Report, lang: str, made: dt.date, title_row: int | None) -> None:
    w = WORDS[lang]
    title = report.plan.title_zh if lang == "zh" else report.plan.title_en
    label = report.period.label_zh() if lang == "zh" else report.period.label_en()
    footer = {"center": w["page"]}
    if report.illustrative:
        footer["left"] = ILLUSTRATIVE[lang]
    xc.print_setup(
        ws,
        title_row=title_row,
        header={"left": title, "right": f"{label} ({report.period})  {w['made']} {made}"},
        footer=footer,
        footer_colour={"left": "9C0006"},
    )


write_head = xc.head_row


def source_words(source: Source | str | None, report: Report, lang: str) -> str:
    """A source as the engine says it (document, reported by, date), its unit by name in the
    workbook's language where ``reported_by`` is a unit's id (a name is kept as written); text
    (a record's note or evidence) as it is."""
    if source is None:
        return ""
    if isinstance(source, str):
        return source
    parts = [source.document]
    if source.reported_by:
        parts.append(unit_name(report, source.reported_by, lang))
    if source.date:
        parts.append(source.date.isoformat())
    return ", ".join(parts)


def status_style(cell: object, light: Light) -> None:
    cell.fill = STATUS_FILL[light]  # type: ignore[attr-defined]
    cell.font = STATUS_FONT[light]  # type: ignore[attr-defined]
