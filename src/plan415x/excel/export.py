"""``plan415x export``: the gap report as a workbook an analyst can send as it is.

Built from the Report that ``plan415x check`` prints (``Engine.report``), with the same words
(``reports.gap``) and the same ranking (``views.rank``); nothing is judged again here.

Storage choices (tested):
- percentages (完成率, 序时进度) are fractions with the format ``0.0%`` (0.5 shows 50.0%), so
  Excel sums, sorts and charts them as numbers;
- 差值(百分点) is a number of points with the format ``0.0``;
- targets and actual figures are numbers with ``#,##0`` (or ``#,##0.0#``); the comparator and
  due year of a target, and the period of a figure older than the report's, are literal text
  inside the number format (``"≥"#,##0" (2027)"``), so the cell stays a number;
- the status cell holds its words (``黄灯·滞后``) and is filled in its light's colour.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from plan415x.engine import Engine, source_text
from plan415x.excel import cells as xc
from plan415x.excel.trend_sheet import averaged, write_trend
from plan415x.loading import Dataset, display_path
from plan415x.reports.gap import (
    DEFAULT_OWNER,
    ILLUSTRATIVE,
    change_text,
    column_heads,
    header_lines,
    lead_text,
    legend,
    schedule_text,
    status_cell,
    summary_counts,
)
from plan415x.reports.words import actual_suffix, actual_text, goal_text, name_text, status_text, unit_name
from plan415x.results import Light, Report, Result, Status, counted
from plan415x.values import Comparator, Kind
from plan415x.views.history import red_streaks
from plan415x.views.rank import UnitRank, behind_count, ranking

if TYPE_CHECKING:
    from openpyxl import _ZipFileFileWriteProtocol

    from plan415x.scoring.engine import Score

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
STATUS_FONT = {light: Font(bold=True, color=colour) for light, colour in FONT_COLOUR.items()}
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

DETAIL_COLUMNS = (
    "no",
    "action",
    "name",
    "unit",
    "goal",
    "actual",
    "done",
    "schedule",
    "gap",
    "status",
    "change",
    "lead",
    "units",
    "source",
)
# Column caps (1-based): long text wraps there instead of widening the sheet past a page.
# 行动 fits the plan's eight-character names (实施空间腾换行动) and 责任单位 three unit names a
# line: with the source shown only where it is a record's own, these wrapped most rows to two
# lines or more (141 rows of 2023Q2: 356 lines at these caps before, 277 now).
DETAIL_CAPS = {
    1: 6,
    2: 18,
    3: 30,
    4: 9,
    5: 14,
    6: 14,
    7: 9,
    # 序时进度: a multi-year target's share of its span says its years, 10.0%(2023-2027年), and
    # a number never wraps (a cell too narrow shows ###)
    8: 19,
    9: 14,
    10: 15,
    11: 10,
    12: 16,
    13: 24,
    14: 36,
}
COL_STATUS = 10
WRAPPED = (2, 3, 5, 6, COL_STATUS, 13, 14)  # a not-due status says its distance: it may wrap
RIGHT_ALIGNED = (5, 6)

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

_PER_YEAR_GOAL = frozenset({Kind.annual, Kind.one_year, Kind.growth})
_SYMBOL = {
    Comparator.ge: "≥",
    Comparator.gt: ">",
    Comparator.le: "≤",
    Comparator.lt: "<",
    Comparator.eq: "=",
    Comparator.approx: "≈",
}

Value = str | float | int | dt.date | None


@dataclass(frozen=True)
class Sheet:
    """One unit's share of a report, for --by-unit sheets and --split workbooks."""

    unit: str | None
    name: str
    report: Report


def by_lead_unit(report: Report, lang: str) -> list[Sheet]:
    """The report cut by lead unit (plan order), then the targets with no lead unit."""
    out: list[Sheet] = []
    leads = [r.target.lead_unit for r in report.results]
    for unit in [*report.unit_names, None]:
        if unit not in leads:
            continue
        results = tuple(r for r in report.results if r.target.lead_unit == unit)
        name = unit_name(report, unit, lang) if unit else WORDS[lang]["no_lead"]
        part = replace(
            report,
            results=results,
            illustrative=any(r.illustrative for r in results),
            whole=report.whole if report.whole is not None else report.results,
        )
        out.append(Sheet(unit, name, part))
    return out


class ExportWorkbook(Workbook):
    """The gap report's workbook: its detail rows (``fast_rows``) are kept as XML until it is saved
    (cells.FastRows); ``save`` and ``to_bytes`` write them."""

    def __init__(self) -> None:
        super().__init__()
        self.fast_rows: list[xc.FastRows] = []

    def save(self, filename: _ZipFileFileWriteProtocol) -> None:
        data = xc.save(self, self.fast_rows)
        if isinstance(filename, str | os.PathLike):
            Path(filename).write_bytes(data)
        else:
            filename.write(data)


def build(
    dataset: Dataset,
    engine: Engine,
    report: Report,
    lang: str = "zh",
    *,
    by_unit: bool = False,
    made: dt.date | None = None,
    score: Score | None = None,
) -> ExportWorkbook:
    """The workbook: 总览, 明细, (one sheet per lead unit), 趋势, 报送情况, 责任单位, (年度考评,
    when ``score`` is given: the year's score of ``plan415x score``), 说明."""
    from plan415x.excel.reporting_sheet import write_reporting
    from plan415x.excel.score_sheet import TITLE, write_score_sheet
    from plan415x.views.reporting import reporting

    made = made or dt.date.today()
    w = WORDS[lang]
    wb = ExportWorkbook()
    summary = wb.active
    assert summary is not None
    summary.title = w["summary"]
    used = {w["summary"], w["detail"], w["trend"], w["reporting"], w["units"], w["notes"], TITLE[lang]}
    _summary_sheet(summary, report, lang, made, red_streaks(engine, report))
    defaults = _default_sources(dataset)
    wb.fast_rows.append(_detail_sheet(wb.create_sheet(w["detail"]), report, engine, lang, made, defaults))
    if by_unit:
        for part in by_lead_unit(report, lang):
            title = xc.sheet_title(part.name, used)
            ws = wb.create_sheet(title)
            wb.fast_rows.append(_detail_sheet(ws, part.report, engine, lang, made, defaults, lead=part.name))
    ws = wb.create_sheet(w["trend"])
    head_row = write_trend(ws, _title_rows(ws, report, lang) + 1, engine, report, lang)
    _page_setup(ws, report, lang, made, head_row)
    ws = wb.create_sheet(w["reporting"])
    current = reporting(dataset, report.period)
    head_row = write_reporting(ws, _title_rows(ws, report, lang) + 1, current, lang)
    _page_setup(ws, report, lang, made, head_row)
    # The ranking of `plan415x rank`, 报送率 breaking ties; among all units, also in one unit's
    # own workbook. The sheet has no 位次变化 column: the previous period is not ranked.
    ranks = ranking(engine, report, current=current, moved=False).units
    _units_sheet(wb.create_sheet(w["units"]), report, lang, made, ranks)
    if score is not None:
        ws = write_score_sheet(wb, score, lang)
        _page_setup(ws, report, lang, made, None)
    _notes_sheet(wb.create_sheet(w["notes"]), dataset, report, lang, made)
    return wb


def to_bytes(wb: Workbook) -> bytes:
    return xc.save(wb, wb.fast_rows if isinstance(wb, ExportWorkbook) else ())


SPLIT_NAME_BYTES = 200
"""The most bytes (UTF-8) of a file name of ``export --split``: file systems allow 255 (ext4,
APFS; NTFS 255 UTF-16 units, never fewer than this), and the temporary name a file is written
under first adds some (fsutil)."""


def split_name(report: Report, part: Sheet) -> str:
    """File name of one unit's workbook: ``2023Q2-jxj-市经信局.xlsx`` (safe on every system).

    A long unit name (a valid 105-character one is 315 bytes in UTF-8) is cut at a character
    so the name fits ``SPLIT_NAME_BYTES``; the unit's id is kept whole, so names stay unique
    (an id too long by itself is cut and ends in 8 hex digits of its hash)."""
    ident = part.unit or "none"
    name = "".join(ch for ch in part.name if ch.isalnum() or ch in "-_()()·")
    name = "".join(ch for ch in name if ch not in '<>:"/\\|?*' and ch.isprintable())
    head = f"{report.period}-{_fitted_id(ident)}"
    room = SPLIT_NAME_BYTES - len(head.encode()) - len(".xlsx") - 1  # 1: the "-" before the name
    while len(name.encode()) > room:
        name = name[:-1]
    return "-".join(x for x in (head, name) if x) + ".xlsx"


def _fitted_id(ident: str) -> str:
    keep = SPLIT_NAME_BYTES // 2  # ids are ASCII: a byte a character
    if len(ident) <= keep:
        return ident
    import hashlib

    return f"{ident[: keep - 9]}~{hashlib.blake2b(ident.encode(), digest_size=4).hexdigest()}"


# --- sheets -----------------------------------------------------------------------------------


def _title_rows(ws: Worksheet, report: Report, lang: str, extra: str | None = None) -> int:
    """Title, period line and (for sample figures) the banner; returns the last row used."""
    lines = header_lines(report, lang)
    if extra:
        lines[0] = f"{lines[0]}  {extra}"
    for row, line in enumerate(lines, start=1):
        cell = xc.put(ws, row, 1, line)
        if row == 1:
            cell.font = Font(bold=True, size=14)
        elif line in ILLUSTRATIVE.values():
            cell.font = Font(bold=True, color="FF9C0006", size=12)
            cell.fill = BANNER_FILL
    return len(lines)


def _page_setup(ws: Worksheet, report: Report, lang: str, made: dt.date, title_row: int | None) -> None:
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


_head_row = xc.head_row


def _status_style(cell: object, light: Light) -> None:
    cell.fill = STATUS_FILL[light]  # type: ignore[attr-defined]
    cell.font = STATUS_FONT[light]  # type: ignore[attr-defined]


def _goal(r: Result, lang: str) -> tuple[Value, str | None]:
    t = r.target
    if t.kind in (Kind.milestone, Kind.directional) or t.value is None:
        return goal_text(r, lang), None
    value = xc.tidy_number(t.value)
    base = xc.number_format_for(value)
    if t.kind is Kind.relative:
        return value, xc.quoted("+") + base + xc.quoted("%")
    per_year = t.kind in _PER_YEAR_GOAL or (t.kind is Kind.composite and t.basis is not Kind.cumulative)
    suffix = "" if per_year else f" ({t.last_year})"
    return value, xc.quoted(_SYMBOL[t.comparator]) + base + xc.quoted(suffix)


def _actual(r: Result, report: Report, lang: str) -> tuple[Value, str | None]:
    o = r.outcome
    if o.state is not None or o.actual is None:
        return actual_text(r, report, lang), None
    value = xc.tidy_number(o.actual)
    fmt = xc.number_format_for(value)
    if r.target.kind is Kind.growth:
        fmt += xc.quoted("%")
    # The same words as the table's, as a number format: the cell stays a number.
    if suffix := actual_suffix(r, report, lang):
        fmt += xc.quoted(suffix)
    return value, fmt


def _schedule(r: Result, lang: str) -> tuple[Value, str | None]:
    """序时进度 as a percentage, with the words the table's cell has after it (a span's years,
    30%(2023-2027年); a planned schedule, 45%(计划)) in the number format, so the cell stays a
    number."""
    o = r.outcome
    if o.schedule_pct is None:
        return None, xc.PCT
    words = schedule_text(r, lang).split("%", 1)[1]
    return o.schedule_pct / 100, xc.PCT + xc.quoted(words) if words else xc.PCT


def _default_sources(dataset: Dataset) -> dict[str, str]:
    """Each actuals file's default source (``source:``) in words, by the file's period text."""
    return {str(entry.period): source_text(entry.file.source) for entry in dataset.actuals}


def _provenance(r: Result, engine: Engine, defaults: dict[str, str] | None = None) -> str:
    """来源/口径: the sources used that differ from their file's default source (``defaults``, by
    period; the defaults are listed once, on 说明), the record's note and evidence, the rule's
    caveats. Without ``defaults`` every source used."""
    parts = list(r.sources)
    o = r.outcome
    if defaults is not None and parts:
        # A source of its own: a record's source that is not its file's default.
        own = {
            text
            for obs in engine.history.get(r.target.id, ())
            if obs.record.source is not None
            and (text := source_text(obs.record.source)) != defaults.get(str(obs.period))
        }
        parts = [p for p in parts if p in own]
    if o.data_period is not None:
        for obs in engine.history.get(r.target.id, ()):
            if obs.period.key == o.data_period.key:
                parts += [x for x in (obs.record.note, obs.record.evidence) if x]
    parts += list(o.caveats)
    return "; ".join(dict.fromkeys(parts))


def responsible_text(r: Result, report: Report, lang: str) -> str:
    """责任单位, the default owner marked as in the lead-unit column."""
    names = [unit_name(report, u, lang) for u in r.target.responsible]
    if r.target.owner_is_default and names:
        names[0] += DEFAULT_OWNER[lang]
    return "、".join(names)


def detail_rows(
    report: Report, engine: Engine, lang: str, defaults: dict[str, str] | None = None
) -> list[list[tuple[Value, str | None]]]:
    """The 明细 rows: (value, number format) per column, in DETAIL_COLUMNS' order; ``defaults``:
    the files' default sources, left out of 来源/口径 (``_provenance``)."""
    rows: list[list[tuple[Value, str | None]]] = []
    for index, r in enumerate(report.results, start=1):
        o = r.outcome
        action = report.action_names.get(r.target.action, (r.target.action, r.target.action))
        rows.append(
            [
                (index, xc.INT),
                (action[0] if lang == "zh" else action[1], None),
                (name_text(r, lang), None),
                (r.target.unit or "", None),
                _goal(r, lang),
                _actual(r, report, lang),
                (None if o.completion_pct is None else o.completion_pct / 100, xc.PCT),
                _schedule(r, lang),
                (None if o.gap_points is None else o.gap_points, xc.POINTS),
                (status_cell(r, report, lang), None),
                (change_text(r, lang), None),
                (lead_text(r, report, lang), None),
                (responsible_text(r, report, lang), None),
                (_provenance(r, engine, defaults), None),
            ]
        )
    return rows


def _detail_sheet(
    ws: Worksheet,
    report: Report,
    engine: Engine,
    lang: str,
    made: dt.date,
    defaults: dict[str, str] | None = None,
    lead: str | None = None,
) -> xc.FastRows:
    """Title and header through openpyxl; the rows, one per target, as ``FastRows`` (the
    workbook's ``save`` writes them): bordered, wrapped where long, the status in its colour."""
    extra = f"{WORDS[lang]['lead']}: {lead}" if lead else None
    head_row = _title_rows(ws, report, lang, extra) + 1
    head = column_heads(DETAIL_COLUMNS, report, lang)
    _head_row(ws, head_row, head)
    rows = detail_rows(report, engine, lang, defaults)
    last = head_row + max(len(rows), 1)
    ws.freeze_panes = f"D{head_row + 1}"
    ws.auto_filter.ref = f"A{head_row}:{get_column_letter(len(head))}{last}"
    shown = [[_shown(v, f) for v, f in values] for values in rows]
    widths = xc.fit_columns(ws, [[_head_width(h) for h in head], *shown], maximum=DETAIL_CAPS)
    heights = xc.row_heights(shown, widths, WRAPPED)
    ws.row_dimensions[head_row].height = 30
    fast = xc.FastRows(ws, head_row + 1)
    styles = [
        fast.style(border=BOX, alignment=RIGHT if c in RIGHT_ALIGNED else WRAP if c in WRAPPED else TOP)
        for c in range(1, len(head) + 1)
    ]
    by_light = {}
    for light in Light:
        status = fast.style(font=STATUS_FONT[light], fill=STATUS_FILL[light], border=BOX, alignment=WRAP)
        by_light[light] = [*styles[: COL_STATUS - 1], status, *styles[COL_STATUS:]]
    for r, values, height in zip(report.results, rows, heights, strict=True):
        fast.add(values, by_light[r.light], height)
    _page_setup(ws, report, lang, made, head_row)
    return fast


def _head_width(label: str) -> str:
    # Headers wrap (a long header should not make a column of short numbers wide).
    return label if xc.display_width(label) <= 12 else label[: max(len(label) // 2, 5)]


def _shown(value: Value, fmt: str | None) -> str:
    """Roughly what a cell shows, to size its column."""
    if value is None:
        return ""
    if isinstance(value, str | dt.date):
        return str(value)
    if fmt is not None and fmt.startswith(xc.PCT):  # a percentage, with the span it is a share of
        return f"{value * 100:.1f}%{_literal(fmt[len(xc.PCT) :])}"
    literal = _literal(fmt) if fmt else ""
    return f"{value:,.2f}{literal}" if isinstance(value, float) else f"{value:,}{literal}"


@functools.cache
def _literal(fmt: str) -> str:
    """The quoted text of a number format (``"≥"#,##0" (2027)"`` -> ``≥ (2027)``)."""
    return "".join(fmt.split('"')[1::2])


def _averages(results: Iterable[Result], schedule_pct: float) -> tuple[float | None, float | None]:
    """(average completion, 序时进度) as fractions: the completion averaged over the yearly
    targets judged against this year's schedule, beside the period's 序时进度 (months / 12),
    which is time and is never averaged across targets (a whole-item target's schedule was once
    rewritten, and averaging those gave 平均序时进度 10% in June)."""
    done = [r.outcome.completion_pct for r in results if averaged(r)]
    if not done:
        return None, None
    return sum(d for d in done if d is not None) / len(done) / 100, schedule_pct / 100


def _summary_sheet(
    ws: Worksheet, report: Report, lang: str, made: dt.date, streaks: dict[str, int] | None = None
) -> None:
    """What to read first: the written summary and the red list with owners and red streaks
    (``reports.summary``, as check, brief and the HTML page say them), then the facts, the
    counts and the chart."""
    w = WORDS[lang]
    row = _title_rows(ws, report, lang) + 2
    row = _overall_rows(ws, row, report, lang, streaks) + 2
    xc.put(ws, row, 1, w["facts"]).font = Font(bold=True, size=12)
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
        xc.put(ws, row, 1, label).font = Font(bold=True)
        xc.put(ws, row, 2, value, fmt).alignment = Alignment(horizontal="left")
        row += 1
    row += 1
    xc.put(ws, row, 1, w["by_status"]).font = Font(bold=True, size=12)
    # by light beside by status (E:F), so that the page holds the table by action too
    xc.put(ws, row, 5, w["by_light"]).font = Font(bold=True, size=12)
    light_row = row + 1
    for light_index, label in enumerate([w["light"], w["count"]]):
        cell = xc.put(ws, light_row, 5 + light_index, label)
        cell.font, cell.fill, cell.border, cell.alignment = Font(bold=True), HEAD_FILL, BOX, CENTER
    for offset, light in enumerate(Light, start=1):
        cell = xc.put(ws, light_row + offset, 5, light.label(lang))
        _status_style(cell, light)
        cell.border = BOX
        xc.put(ws, light_row + offset, 6, counts["by_light"][light.value], xc.INT).border = BOX
    row += 1
    _head_row(ws, row, [w["status"], w["light"], w["count"]])
    for status in Status:
        if status is Status.monitoring:  # never counted
            continue
        row += 1
        cell = xc.put(ws, row, 1, status_text(status, lang))
        _status_style(cell, status.light)
        xc.put(ws, row, 2, status.light.label(lang))
        xc.put(ws, row, 3, counts["by_status"][status.value], xc.INT)
        for column in (1, 2, 3):
            ws.cell(row=row, column=column).border = BOX
    row += 2
    xc.put(ws, row, 1, w["by_action"]).font = Font(bold=True, size=12)
    row += 1
    head_row = row
    lights = [light.label(lang) for light in Light]
    _head_row(ws, row, [w["action"], w["total"], *lights, w["avg_done"], w["avg_schedule"]])
    by_action: dict[str, list[Result]] = {}
    for r in counted(report.results):
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
    xc.put(ws, row + 1, 1, w["avg_note"]).font = Font(italic=True, size=9, color="FF595959")
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
    _page_setup(ws, report, lang, made, None)
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT  # the summary is a portrait page


RED_LIST_MAX = 30
"""The overview names the 30 most behind red targets, as brief does, and counts the rest: it is
a page to send (10,000 targets may have thousands of reds; every one is in 明细)."""


def _overall_rows(ws: Worksheet, row: int, report: Report, lang: str, streaks: dict[str, int] | None) -> int:
    """总体情况 (``overall_line``), then the red list (``red_rows``): the words and order of
    check's summary block; completion and gap as numbers (the Report's). Returns the last row."""
    from plan415x.reports.summary import RED_HEAD, overall_line, red_rows, red_table_rows

    w = WORDS[lang]
    xc.put(ws, row, 1, w["overall"]).font = Font(bold=True, size=12)
    xc.put(ws, row + 1, 1, overall_line(report, lang)).font = Font(bold=True)
    row += 3
    reds = red_rows(report, streaks, lang)
    if not reds:
        xc.put(ws, row, 1, w["no_reds"]).font = Font(bold=True, size=12)
        return row
    xc.put(ws, row, 1, f"{w['reds']} ({len(reds)})").font = Font(bold=True, size=12, color="FF9C0006")
    row += 1
    _head_row(ws, row, RED_HEAD[lang])
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
        _status_style(ws.cell(row=row, column=1), Light.red)
        ws.cell(row=row, column=1).font = Font(color=FONT_COLOUR[Light.red])
        xc.fit_rows(ws, [[v for v, _ in values]], row, widths, (1, 2, 5))
    if len(reds) > len(shown):
        row += 1
        xc.put(ws, row, 1, w["more_reds"].format(n=len(reds) - len(shown))).font = Font(italic=True)
    return row


def _units_sheet(ws: Worksheet, report: Report, lang: str, made: dt.date, ranks: list[UnitRank]) -> None:
    from plan415x.reports.rank import RANK_HEAD  # the words of `plan415x rank`

    head_row = _title_rows(ws, report, lang) + 1
    head = RANK_HEAD[lang]
    _head_row(ws, head_row, head)
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
    _page_setup(ws, report, lang, made, head_row)


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


def _notes_sheet(ws: Worksheet, dataset: Dataset, report: Report, lang: str, made: dt.date) -> None:
    w = WORDS[lang]
    row = 1
    widths: list[list[object]] = []

    table_rows: list[tuple[int, list[Value]]] = []

    def section(title: str, head: list[str], rows: list[list[Value]]) -> None:
        nonlocal row
        xc.put(ws, row, 1, title).font = Font(bold=True, size=12)
        row += 1
        if head:
            _head_row(ws, row, head)
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

    xc.put(ws, row, 1, w["made_by"].format(period=report.period)).font = Font(italic=True)
    row += 2
    if report.illustrative:
        cell = xc.put(ws, row - 1, 1, ILLUSTRATIVE[lang])
        cell.font = Font(bold=True, color="FF9C0006")
        cell.fill = BANNER_FILL
        row += 1
    files: list[list[Value]] = [
        [_relative(dataset, dataset.plan_doc.path), "", len(dataset.plan.targets), ""]
    ]
    defaults = _default_sources(dataset)
    for entry in dataset.actuals:
        if entry.period.key > report.period.key:  # a later file is not this report's
            continue
        files.append(
            [
                _relative(dataset, entry.doc.path),
                w["yes"] if entry.file.illustrative else w["no"],
                len(entry.file.records),
                defaults[str(entry.period)] or "—",
            ]
        )
    section(w["files"], [w["file"], w["sample"], w["records"], w["default_source"]], files)
    xc.put(ws, row - 1, 1, w["source_note"]).font = Font(italic=True, size=9, color="FF595959")
    row += 1
    shown = set(defaults.values())
    own = [s for s in dict.fromkeys(s for r in report.results for s in r.sources) if s not in shown]
    if own:
        section(w["other_sources"], [], [[s] for s in own])
    assessment = dataset.plan.assessment
    thresholds: list[list[Value]] = [
        [w["default"], assessment.default.ahead, assessment.default.watch, assessment.default.behind]
    ]
    for rule in assessment.rules:
        scope = " · ".join(x for x in (rule.kind and rule.kind.value, rule.hedge and rule.hedge.value) if x)
        t = rule.thresholds
        thresholds.append([scope, t.ahead, t.watch, t.behind])
    section(w["thresholds"], [w["rule"], w["ahead"], w["watch"], w["behind"]], thresholds)
    xc.put(ws, row - 1, 1, f"{w['approx']}: {assessment.approx_tolerance_pct:g}")
    row += 1
    meanings: list[list[Value]] = [[status_text(s, lang), s.value, MEANING[lang][s]] for s in Status]
    start = row + 2
    section(w["meanings"], [w["status"], "id", w["meaning"]], meanings)
    for offset, status in enumerate(Status):
        _status_style(ws.cell(row=start + offset, column=1), status.light)
    parts = legend(lang).split(":", 1)[-1].split(" · ")
    # the progress bar is the terminal's; the sheet has no bars
    section(w["legend"], [], [[p.strip()] for p in parts if not p.strip().startswith(("进度条", "bar:"))])
    fitted = xc.fit_columns(ws, widths, maximum={1: 40, 2: 16, 3: 50, 4: 40}, default_max=50)
    for number, values in table_rows:
        xc.fit_rows(ws, [values], number, fitted, range(1, len(values) + 1))
    _page_setup(ws, report, lang, made, None)


def _relative(dataset: Dataset, path: Path) -> str:
    try:
        return path.resolve().relative_to(dataset.root.resolve()).as_posix()
    except ValueError:
        return display_path(path)
