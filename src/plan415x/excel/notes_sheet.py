"""The 说明 sheet of the gap workbook: the data files and their default sources, the sources of
records' own, the thresholds, what each status means and the legend."""

from __future__ import annotations

import datetime as dt

from openpyxl.worksheet.worksheet import Worksheet

from plan415x.excel import cells as xc
from plan415x.excel.sheets import (
    BANNER_FILL,
    BOX,
    TOP,
    WORDS,
    WRAP,
    Value,
    page_setup,
    source_words,
    status_style,
    write_head,
)
from plan415x.reports.gap import ILLUSTRATIVE, legend
from plan415x.reports.words import status_text
from plan415x.results import Report, Status
from plan415x.values import Source
from plan415x.views.workbook import WorkbookView

MEANING = {
    "zh": {
        Status.achieved: "目标已达到",
        Status.ahead: "完成率高于序时进度超过超进度阈值",
        Status.on_track: "完成率不低于序时进度",
        Status.watch: "低于序时进度,不超过关注阈值",
        Status.behind: "低于序时进度,超过关注阈值,不超过滞后阈值",
        Status.off_track: "低于序时进度超过滞后阈值",
        Status.missed: "期限已到(年末或截止期),目标未达到",
        Status.no_data: "本期应报数据未填报",
        Status.not_due: "仅在期限时判定,尚未到期",
        Status.undefined: "方案原文缺少目标数值",
        Status.not_assessable: "缺少参照值或往年数据,无法判定",
        Status.monitoring: "仅监测的指标,无目标,不评价、不计数",
    },
    "en": {
        Status.achieved: "the target is met",
        Status.ahead: "completion above the schedule by at least the ahead threshold",
        Status.on_track: "completion at or above the schedule",
        Status.watch: "below the schedule by at most the watch threshold",
        Status.behind: "below by more than watch, at most the behind threshold",
        Status.off_track: "below the schedule by more than the behind threshold",
        Status.missed: "the last chance (year end or deadline) has come and the target is not met",
        Status.no_data: "a figure is due and none was reported",
        Status.not_due: "judged only at a deadline not yet reached",
        Status.undefined: "the plan's text lost the figure",
        Status.not_assessable: "a reference value or a past year's figure is missing",
        Status.monitoring: "a monitoring-only indicator: no target, never judged or counted",
    },
}


def write_notes(ws: Worksheet, view: WorkbookView, report: Report, lang: str, made: dt.date) -> None:
    w = WORDS[lang]
    row = 1
    widths: list[list[object]] = []

    table_rows: list[tuple[int, list[Value]]] = []

    def section(title: str, head: list[str], rows: list[list[Value]]) -> None:
        nonlocal row
        xc.put(ws, row, 1, title).font = xc.font(bold=True, size=12)
        row += 1
        if head:
            write_head(ws, row, head)
            widths.append(list(head))
            row += 1
        for values in rows:
            for column, value in enumerate(values, start=1):
                cell = xc.put(ws, row, column, value, xc.INT if isinstance(value, int) else None)
                # a line on its own runs on into the empty cells to its right; in a table it wraps
                cell.alignment = WRAP if len(values) > 1 else TOP
                if len(values) > 1:
                    cell.border = BOX
            if len(values) > 1:
                widths.append(list(values))
                table_rows.append((row, values))
            row += 1
        row += 1

    xc.put(ws, row, 1, w["made_by"].format(period=report.period)).font = xc.ASIDE_FONT
    row += 2
    if report.illustrative:
        cell = xc.put(ws, row - 1, 1, ILLUSTRATIVE[lang])
        cell.font = xc.font(bold=True, color="FF9C0006")
        cell.fill = BANNER_FILL
        row += 1
    files: list[list[Value]] = [[view.plan_file.path, "", view.plan_file.records, ""]]
    for file in view.files:
        files.append(
            [
                file.path,
                w["yes"] if file.illustrative else w["no"],
                file.records,
                source_words(file.default_source, report, lang) or "—",
            ]
        )
    section(w["files"], [w["file"], w["sample"], w["records"], w["default_source"]], files)
    xc.put(ws, row - 1, 1, w["source_note"]).font = xc.NOTE_FONT
    row += 1
    # the sources of records' own, as 明细 marks them row by row (WorkbookView.records)
    own = [x for r in report.results for x in view.records.get(r.target.id, ()) if isinstance(x, Source)]
    if own:
        section(
            w["other_sources"], [], [[s] for s in dict.fromkeys(source_words(x, report, lang) for x in own)]
        )
    assessment = view.assessment
    thresholds: list[list[Value]] = [
        [w["default"], assessment.default.ahead, assessment.default.watch, assessment.default.behind]
    ]
    for rule in assessment.rules:
        # the rule's kind and hedge in the sheet's language (增速、确保; growth · ensure)
        scope = ("、" if lang == "zh" else " · ").join(x.said_in(lang) for x in (rule.kind, rule.hedge) if x)
        t = rule.thresholds
        thresholds.append([scope, t.ahead, t.watch, t.behind])
    section(w["thresholds"], [w["rule"], w["ahead"], w["watch"], w["behind"]], thresholds)
    xc.put(ws, row - 1, 1, f"{w['approx']}: {assessment.approx_tolerance_pct:g}")
    row += 1
    meanings: list[list[Value]] = [[status_text(s, lang), s.value, MEANING[lang][s]] for s in Status]
    start = row + 2
    section(w["meanings"], [w["status"], w["code"], w["meaning"]], meanings)
    for offset, status in enumerate(Status):
        status_style(ws.cell(row=start + offset, column=1), status.light)
    parts = legend(lang).split(":", 1)[-1].split(" · ")
    # the progress bar is the terminal's; the sheet has no bars
    section(w["legend"], [], [[p.strip()] for p in parts if not p.strip().startswith(("进度条", "bar:"))])
    fitted = xc.fit_columns(ws, widths, maximum={1: 40, 2: 16, 3: 50, 4: 40}, default_max=50)
    for number, values in table_rows:
        xc.fit_rows(ws, [values], number, fitted, range(1, len(values) + 1))
    page_setup(ws, report, lang, made, None)
