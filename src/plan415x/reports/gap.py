"""Gap reports of ``plan415x check``: table (terminal), json, markdown, csv.

Every formatter takes a Report and returns a string. Statuses are always printed in words;
colour, where the table has it, only repeats them.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any

from plan415x.model import Comparator, Hedge, Kind
from plan415x.options import CheckFormat
from plan415x.periods import Period
from plan415x.results import Light, Report, Result, Status, counted
from plan415x.rules.common import fmt
from plan415x.safetext import csv_text, json_number, markdown_text, terminal_text

ILLUSTRATIVE = {
    "zh": "注意: 本报告含示意数据(非官方统计),仅供演示",
    "en": "NOTE: this report uses ILLUSTRATIVE sample figures, not official statistics",
}
# Every column any report shows, by id: (中文, English). Reports pick their columns by id, so
# the same column has the same words in the terminal, in documents and in Excel.
COLUMNS = {
    "no": ("序号", "No."),
    "action": ("行动", "Action"),
    "id": ("ID", "ID"),
    "name": ("指标", "Target"),
    "unit": ("单位", "Unit"),
    "goal": ("目标", "Goal"),
    "actual": ("{actual}", "{actual}"),
    "done": ("完成率", "Done"),
    "schedule": ("序时进度", "Schedule"),
    "gap": ("差值(百分点)", "Gap (pts)"),
    "bar": ("进度", "Progress"),
    "status": ("状态", "Status"),
    "change": ("较上期", "Change"),
    "lead": ("牵头单位", "Lead unit"),
    "units": ("责任单位", "Units"),
    "source": ("来源/口径", "Source / definition"),
}
TABLE_COLUMNS = (
    "name",
    "unit",
    "goal",
    "actual",
    "done",
    "schedule",
    "gap",
    "bar",
    "status",
    "change",
    "lead",
)


def column_heads(ids: tuple[str, ...], report: Report, lang: str) -> list[str]:
    actual = actual_head(report, lang)
    return [COLUMNS[i][0 if lang == "zh" else 1].format(actual=actual) for i in ids]


_CHANGE = {
    "zh": {"improved": "↑好转", "worsened": "↓退步", "new": "首次判定", "red": "↓转红", "new_year": "新年度"},
    "en": {
        "improved": "↑ better",
        "worsened": "↓ worse",
        "new": "first judged",
        "red": "↓ newly red",
        "new_year": "new year",
    },
}
# Markers, each explained in the legend; all exist in GBK, so a Chinese console can show them.
STALE = "※"
"""After a figure older than the one owed by the period: judged against the period's schedule."""
RESTATES = "◇"
"""Before the name of a target that restates another (counted once, as the one it restates)."""
OVER = "▲"
"""After the actual of an approximate target (左右) overshot beyond its tolerance."""
_LIGHT_STYLE = {Light.green: "green", Light.yellow: "yellow", Light.red: "bold red", Light.grey: "dim"}


def num(value: float | None, digits: int = 1) -> str:
    """Figures in reports: one decimal unless said otherwise."""
    return fmt(value, digits)


def _r(value: float | None) -> float | None:
    value = json_number(value)  # JSON has no Infinity
    return None if value is None else round(value, 4)


def goal_text(result: Result, lang: str = "zh") -> str:
    t = result.target
    if t.kind is Kind.milestone:
        return f"{t.last_year}年底" if lang == "zh" else f"end {t.last_year}"
    if t.kind is Kind.monitor:
        return "仅监测" if lang == "zh" else "monitoring"
    value = t.value
    if t.kind is Kind.directional:
        up = t.direction == "increase"
        return ("↑上升" if up else "↓下降") if lang == "zh" else ("↑ increase" if up else "↓ decrease")
    if t.kind is Kind.relative:
        return f"+{num(value)}%" if value is not None else "?"
    if value is None:
        return "?"
    symbol = (
        "≈" if t.comparator is Comparator.approx else t.comparator.value.replace(">=", "≥").replace("<=", "≤")
    )
    text = f"{symbol}{num(value, 2)}"
    if not t.per_year:
        text += f" ({t.last_year})"
    return text


def actual_text(result: Result, report: Report, lang: str) -> str:
    o = result.outcome
    if o.state is not None:
        text = (
            {"done": "已完成", "pending": "推进中", "not_done": "未完成"}[o.state.value]
            if lang == "zh"
            else o.state.value
        )
    else:
        text = num(o.actual, 2)
        if o.actual is not None and result.target.kind is Kind.growth:
            text += "%"
    if o.data_period is not None and o.data_period.key != report.period.key:
        text += f" ({data_label(o.data_period, report, lang)})"
    return text + marks(result)


def data_label(period: Period, report: Report, lang: str) -> str:
    """The months of an older figure, without the year when it is the report's (1-9月, not
    2023年1-9月): the column has the width of a terminal to share."""
    if period.year == report.period.year:
        if lang == "zh":
            return "1月" if period.end_month == 1 else f"1-{period.end_month}月"
        return period.label_en().rsplit(" ", 1)[0]
    return period.label_zh() if lang == "zh" else period.label_en()


def marks(result: Result) -> str:
    """The markers after an actual figure: stale (※), over an approximate target (▲)."""
    o = result.outcome
    return (STALE if o.stale else "") + (OVER if o.over else "")


def status_text(status: Status, lang: str) -> str:
    sep = "·" if lang == "zh" else " · "
    return f"{status.light.label(lang)}{sep}{status.label(lang)}"


def status_cell(result: Result, report: Report, lang: str) -> str:
    """The status in words; a target not yet due says how far it still has to go, since it has
    no schedule and no gap."""
    text = status_text(result.status, lang)
    o = result.outcome
    if result.status is Status.not_due and o.remaining and o.actual is not None:
        unit = unit_text(report, result.target.unit, lang)
        distance = f"{num(o.remaining, 2)}{unit if unit != '%' else '个百分点' if lang == 'zh' else ' pts'}"
        text += f"(距目标{distance})" if lang == "zh" else f" ({distance} to go)"
    return text


def change_text(result: Result, lang: str) -> str:
    change = result.change
    if change is None:
        return ""
    if change in ("worsened", "new") and result.light is Light.red:
        change = "red"
    return _CHANGE[lang][change]


def bar(result: Result, width: int = 10) -> str:
    """Completion as filled cells, the schedule as a mark: ``█████│····``."""
    o = result.outcome
    if o.completion_pct is None:
        return ""
    filled = round(max(0.0, min(o.completion_pct, 100.0)) / 100 * width)
    cells = ["█"] * filled + ["·"] * (width - filled)
    if o.schedule_pct is not None:
        mark = min(int(o.schedule_pct / 100 * width), width - 1)
        cells[mark] = "│" if cells[mark] == "·" else "┃"
    return "".join(cells)


def name_text(result: Result, lang: str) -> str:
    t = result.target
    name = t.name_zh if lang == "zh" else t.name_en
    return (RESTATES if t.restates else "") + ("★" if t.hedge is Hedge.ensure else "") + name


def unit_text(report: Report, measure: str | None, lang: str) -> str:
    """A unit of measure as written (亩), or its English name with --lang en (mu)."""
    if measure is None:
        return ""
    return report.measure_names.get(measure, measure) if lang == "en" else measure


def unit_name(report: Report, unit: str | None, lang: str) -> str:
    if unit is None:
        return ""
    names = report.unit_names.get(unit)
    return unit if names is None else names[0 if lang == "zh" else 1]


def cells(result: Result, report: Report, lang: str) -> list[str]:
    o = result.outcome
    return [
        name_text(result, lang),
        # A relative target's unit (%) is its margin; the figures are in the compared quantity's unit.
        "" if result.target.kind is Kind.relative else unit_text(report, result.target.unit, lang),
        goal_text(result, lang),
        actual_text(result, report, lang),
        "" if o.completion_pct is None else f"{num(o.completion_pct)}%",
        "" if o.schedule_pct is None else f"{num(o.schedule_pct)}%",
        "" if o.gap_points is None else num(o.gap_points),
        bar(result),
        status_cell(result, report, lang),
        change_text(result, lang),
        unit_name(report, result.target.lead_unit, lang),
    ]


def header_lines(report: Report, lang: str) -> list[str]:
    p = report.period
    plan = report.plan
    if lang == "zh":
        lines = [
            f"{plan.title_zh}  {plan.doc_number}",
            f"检查期 {p.label_zh()} ({p}) · 序时进度 {num(report.schedule_pct)}%"
            f" · 数据截至 {report.as_of or '—'}"
            + (f" · 上期 {report.previous_period}" if report.previous_period else ""),
        ]
    else:
        lines = [
            f"{plan.title_en}  ({plan.doc_number})",
            f"Period {p.label_en()} ({p}) · schedule {num(report.schedule_pct)}%"
            f" · data as of {report.as_of or '—'}"
            + (f" · previous {report.previous_period}" if report.previous_period else ""),
        ]
    if report.illustrative:
        lines.append(ILLUSTRATIVE[lang])
    return lines


def summary_counts(results: tuple[Result, ...] | list[Result]) -> dict[str, Any]:
    """Counts over the targets that count (``results.counted``): a restatement once, monitoring
    indicators never; the rows left out are counted apart, as are stale figures."""
    kept = counted(results)
    by_status = Counter(r.status for r in kept)
    by_light = Counter(r.light for r in kept)
    by_action: dict[str, dict[str, int]] = {}
    for r in kept:
        counts = by_action.setdefault(r.target.action, {light.value: 0 for light in Light} | {"total": 0})
        counts[r.light.value] += 1
        counts["total"] += 1
    return {
        "total": len(kept),
        "by_status": {s.value: by_status.get(s, 0) for s in Status if s is not Status.monitoring},
        "by_light": {light.value: by_light.get(light, 0) for light in Light},
        "by_action": by_action,
        "restatements": sum(1 for r in results if r.target.restates and r.status is not Status.monitoring)
        - sum(1 for r in kept if r.target.restates),
        "monitoring": sum(1 for r in results if r.status is Status.monitoring),
        "stale": sum(1 for r in kept if r.outcome.stale),
    }


def summary_line(report: Report, lang: str) -> str:
    counts = summary_counts(report.results)
    by_status = counts["by_status"]
    parts = [f"{s.label(lang)} {by_status[s.value]}" for s in Status if by_status.get(s.value)]
    if lang == "zh":
        line = f"共 {counts['total']} 项: " + " · ".join(parts)
        extra = [
            f"数据陈旧{STALE} {counts['stale']} 项" if counts["stale"] else "",
            f"另有复述指标{RESTATES} {counts['restatements']} 项不重复计数" if counts["restatements"] else "",
            f"监测指标 {counts['monitoring']} 项不评价" if counts["monitoring"] else "",
        ]
    else:
        line = f"{counts['total']} targets: " + " · ".join(parts)
        extra = [
            f"stale figures{STALE} {counts['stale']}" if counts["stale"] else "",
            f"restatements{RESTATES} {counts['restatements']} more, counted once"
            if counts["restatements"]
            else "",
            f"monitoring indicators {counts['monitoring']}, not judged" if counts["monitoring"] else "",
        ]
    extra = [x for x in extra if x]
    return line + ("" if not extra else (" · " if parts else "") + " · ".join(extra))


def legend(lang: str) -> str:
    if lang == "zh":
        return (
            "图例: 绿灯=已完成/超进度/达进度 · 黄灯=关注/滞后 · 红灯=严重滞后/未完成(期限已到仍未达到)"
            " · 灰灯=未填报/未到期/目标缺失/无法判定/仅监测 · ★=确保(约束性)"
            f" · {RESTATES}=复述另一指标(只计一次) · {STALE}=数据非本期应报(陈旧),按本期序时判定"
            f" · {OVER}=超出约数目标(左右)的容差 · 差值=序时进度−完成率(百分点,正数为落后)"
            " · 进度条: █完成 │序时"
        )
    return (
        "Legend: green=achieved/ahead/on track · yellow=watch/behind · red=off track/missed (the"
        " deadline has come and the target is not met) · grey=no data/not due/undefined/not"
        f" assessable/monitoring only · ★=ensure (binding) · {RESTATES}=restates another target"
        f" (counted once) · {STALE}=stale figure (older than the one owed), judged against this"
        f" period's schedule · {OVER}=over an approximate target beyond its tolerance ·"
        " gap=schedule−done (points, positive: behind) · bar: █ done │ schedule"
    )


def format_table(report: Report, lang: str = "zh", *, color: bool = False, fit: int | None = None) -> str:
    from plan415x.reports.table import BOLD, DIM, STYLES, UNDERLINE, Cell, Styled, paint, render_rows

    lines = [
        paint(terminal_text(line), "1;31" if line in ILLUSTRATIVE.values() else BOLD, color)
        for line in header_lines(report, lang)
    ]
    head = column_heads(TABLE_COLUMNS, report, lang)
    rows: list[list[Cell]] = []
    by_action: dict[str, list[Result]] = {}
    for r in report.results:
        by_action.setdefault(r.target.action, []).append(r)
    for action, results in by_action.items():
        names = report.action_names.get(action, (action, action))
        rows.append([Styled(terminal_text(names[0] if lang == "zh" else names[1]), f"{BOLD};{UNDERLINE}")])
        for r in results:
            row: list[Cell] = list(cells(r, report, lang))
            row[8] = Styled(str(row[8]), STYLES[r.light.value])
            rows.append(row)
    table = render_rows(head, rows, color=color, right=frozenset({2, 3, 4, 5, 6}), fit=fit, shrink=(10, 0))
    tail = [summary_line(report, lang), paint(legend(lang), DIM, color)]
    return "\n".join([*lines, table.rstrip("\n"), *tail]) + "\n"


def actual_head(report: Report, lang: str) -> str:
    m = report.period.end_month
    if lang == "zh":
        return "1月" if m == 1 else f"1-{m}月累计"
    return "YTD actual"


def to_dict(report: Report) -> dict[str, Any]:
    plan = report.plan
    kept = {id(r) for r in counted(report.results)}
    return {
        "plan": {
            "id": plan.id,
            "title_zh": plan.title_zh,
            "title_en": plan.title_en,
            "doc_number": plan.doc_number,
            "first_year": plan.first_year,
            "last_year": plan.last_year,
        },
        "period": str(report.period),
        "period_end": report.period.end_date.isoformat(),
        "period_label_zh": report.period.label_zh(),
        "schedule_pct": _r(report.schedule_pct),
        "previous_period": str(report.previous_period) if report.previous_period else None,
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "illustrative": report.illustrative,
        "results": [_result_dict(r, id(r) in kept) for r in report.results],
        "summary": summary_counts(report.results),
    }


def _result_dict(r: Result, in_counts: bool) -> dict[str, Any]:
    t, o = r.target, r.outcome
    return {
        "id": t.id,
        "name_zh": t.name_zh,
        "name_en": t.name_en,
        "clause": t.clause,
        "kind": t.kind.value,
        "action": t.action,
        "lead_unit": t.lead_unit,
        "units": list(t.responsible),
        "hedge": t.hedge.value,
        "binding": t.hedge is Hedge.ensure,
        "comparator": t.comparator.value,
        "target": _r(o.target if o.target is not None else t.value),
        "unit": None if t.kind is Kind.relative else t.unit,  # its figures are in another unit
        "due_year": t.last_year,
        "data_period": str(o.data_period) if o.data_period else None,
        "actual": _r(o.actual),
        "state": o.state.value if o.state else None,
        "expected": _r(o.expected),
        "completion_pct": _r(o.completion_pct),
        "schedule_pct": _r(o.schedule_pct),
        "gap_points": _r(o.gap_points),
        "shortfall": _r(o.shortfall),
        "remaining": _r(o.remaining),
        "needed_per_month": _r(o.needed_per_month),
        "forecast": _r(o.forecast),
        "stale": o.stale,
        "over_target": o.over,
        "restates": t.restates,
        "counted": in_counts,
        "status": r.status.value,
        "status_zh": r.status.label_zh,
        "light": r.light.value,
        "previous_status": r.previous_status.value if r.previous_status else None,
        "change": r.change,
        "source": "; ".join(r.sources) or None,
        "illustrative": r.illustrative,
        "caveats": list(o.caveats),
    }


def format_json(report: Report) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _plain_rows(report: Report, lang: str) -> tuple[list[str], list[list[str]]]:
    head = column_heads(("action", "id", *(c for c in TABLE_COLUMNS if c != "bar")), report, lang)
    rows = []
    for r in report.results:
        names = report.action_names.get(r.target.action, (r.target.action,) * 2)
        row = cells(r, report, lang)
        del row[7]  # the bar is for terminals
        rows.append([names[0] if lang == "zh" else names[1], r.target.id, *row])
    return head, rows


def format_markdown(report: Report, lang: str = "zh") -> str:
    head, rows = _plain_rows(report, lang)

    def line(values: list[str]) -> str:
        return "| " + " | ".join(markdown_text(v) for v in values) + " |"

    out = [f"**{markdown_text(header_lines(report, lang)[0])}**", ""]
    out += [f"{markdown_text(text)}  " for text in header_lines(report, lang)[1:]]
    out += ["", line(head), "|" + "---|" * len(head)]
    out += [line(row) for row in rows]
    out += ["", summary_line(report, lang), "", legend(lang)]
    return "\n".join(out) + "\n"


def format_csv(report: Report, lang: str = "zh") -> str:
    head, rows = _plain_rows(report, lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    # Illustrative figures are flagged on every row, where a spreadsheet keeps them; the raw
    # numbers follow the display columns, so a spreadsheet can compute with them.
    raw = [
        "status",
        "light",
        "illustrative",
        "target_value",
        "actual_value",
        "completion_pct",
        "schedule_pct",
        "gap_points",
        "data_period",
        "stale",
        "over_target",
        "restates",
        "counted",
    ]
    writer.writerow([*(csv_text(h) for h in head), *raw])
    kept = {id(r) for r in counted(report.results)}
    for r, row in zip(report.results, rows, strict=True):
        o = r.outcome
        numbers = [
            o.target if o.target is not None else r.target.value,
            o.actual,
            o.completion_pct,
            o.schedule_pct,
            o.gap_points,
        ]
        writer.writerow(
            [
                *(csv_text(cell) for cell in row),
                r.status.value,
                r.light.value,
                str(r.illustrative).lower(),
                *("" if n is None else repr(round(n, 4)) for n in numbers),
                str(o.data_period or ""),
                str(o.stale).lower(),
                str(o.over).lower(),
                r.target.restates or "",
                str(id(r) in kept).lower(),
            ]
        )
    return buffer.getvalue()


def format_report(
    report: Report, fmt: CheckFormat, lang: str = "zh", *, color: bool = False, fit: int | None = None
) -> str:
    """``fit``: the terminal's width, for the table (other formats are for files)."""
    if fmt is CheckFormat.json:
        return format_json(report)
    if fmt is CheckFormat.markdown:
        return format_markdown(report, lang)
    if fmt is CheckFormat.csv:
        return format_csv(report, lang)
    return format_table(report, lang, color=color, fit=fit)
