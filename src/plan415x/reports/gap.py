"""Gap reports of ``plan415x check``: table (terminal), json, markdown, csv.

Every formatter takes a Report and returns a string. Statuses are always printed in words;
colour, where the table has it, only repeats them.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections import Counter
from typing import Any, assert_never

from plan415x.options import CheckFormat
from plan415x.periods import Period
from plan415x.reports.summary import RED_HEAD, overall_line, red_rows, red_table_rows
from plan415x.reports.words import (
    OVER,
    RESTATES,
    STALE,
    actual_text,
    goal_text,
    name_text,
    num,
    status_text,
    unit_name,
    unit_text,
)
from plan415x.results import Light, Report, Result, Status, counted
from plan415x.safetext import csv_text, json_number, markdown_text, terminal_text
from plan415x.values import Comparator, Hedge, Kind, Pace

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
_LIGHT_STYLE = {Light.green: "green", Light.yellow: "yellow", Light.red: "bold red", Light.grey: "dim"}


def _r(value: float | None) -> float | None:
    value = json_number(value)  # JSON has no Infinity
    return None if value is None else round(value, 4)


def running_words(result: Result, report: Report, lang: str, figure: str, this_year: str) -> str:
    """A running total in words, with since when and this year's part: 2023年以来累计696家
    (其中今年1-6月新增260家). ``figure`` and ``this_year`` are the numbers already written with
    their unit; the months are those of the figure's own period."""
    o = result.outcome
    since = o.running_since
    assert since is not None
    period = o.data_period or report.period
    if since >= report.period.year:  # a total since January of the year checked is year-to-date
        return (
            f"{period_head(period, lang)}{figure}"
            if lang == "zh"
            else f"{period_head(period, lang)} {figure}"
        )
    if lang == "zh":
        text = f"{since}年以来累计{figure}"
        if o.this_year is not None:
            text += f"(其中今年{period.months_zh()}新增{this_year})"
        return text
    text = f"running total since {since} {figure}"
    if o.this_year is not None:
        text += f" (of which {this_year} this year, {period.label_en()})"
    return text


def period_head(period: Period, lang: str) -> str:
    """The head of a year-to-date figure: 1-6月累计 / YTD."""
    m = period.end_month
    if lang == "zh":
        return "1月" if m == 1 else f"1-{m}月累计"
    return "YTD actual"


def status_cell(result: Result, report: Report, lang: str) -> str:
    """The status in words; a target not yet due says how far it still has to go, since it has
    no schedule and no gap; a light set by whole items says so (``items_note``)."""
    text = status_text(result.status, lang)
    o = result.outcome
    if result.status is Status.not_due and o.remaining and o.actual is not None:
        unit = unit_text(report, result.target.unit, lang)
        distance = f"{num(o.remaining, 2)}{unit if unit != '%' else '个百分点' if lang == 'zh' else ' pts'}"
        text += f"(距目标{distance})" if lang == "zh" else f" ({distance} to go)"
    return text + items_note(result, report, lang)


def items_note(result: Result, report: Report, lang: str) -> str:
    """Where the whole-item rule, not the gap in points, set the light (Outcome.items_capped):
    the items still short of those owed by now, in words, so that a 50-point gap in yellow
    beside a 32-point gap in red is explained on the page: (差1家,整项计), or (应完成0家,整项计)
    when none is owed yet."""
    words = items_words(result, report, lang)
    if not words:
        return ""
    return f"({words})" if lang == "zh" else f" ({words})"


def items_words(result: Result, report: Report, lang: str) -> str:
    """``items_note`` without its brackets: 差1家,整项计 / 1 short, whole items; for a ceiling
    (≤2起 a year), the items over those allowed by now: 超1起,整项计 ("" if the gap in points
    set the light)."""
    o = result.outcome
    if not o.items_capped:
        return ""
    unit = unit_text(report, result.target.unit, lang)
    short = o.shortfall or 0.0
    ceiling = result.target.comparator in (Comparator.le, Comparator.lt)
    if lang == "zh":
        if short > 0:
            words = f"{'超' if ceiling else '差'}{num(short, 2)}{unit}"
        else:
            words = f"{'至今允许' if ceiling else '应完成'}{num(o.expected, 2)}{unit}"
        return f"{words},整项计"
    if short > 0:
        words = f"{num(short, 2)} {'over' if ceiling else 'short'}"
    else:
        words = f"{num(o.expected, 2)} {'allowed' if ceiling else 'owed'}"
    return f"{words}, whole items"


def schedule_name(result: Result, lang: str) -> str:
    """What the schedule is called in a sentence: 序时进度 (months / 12); 时间进度(2023-2027年)
    for the share of a span of years; 计划进度 for a target's own monthly profile declared in
    the data. Each is a different quantity, named as such."""
    span = result.outcome.schedule_span
    if span is not None:
        return f"时间进度({span[0]}-{span[1]}年)" if lang == "zh" else f"time elapsed ({span[0]}-{span[1]})"
    if _profiled(result):
        return "计划进度" if lang == "zh" else "planned schedule"
    return "序时进度" if lang == "zh" else "schedule"


def schedule_text(result: Result, lang: str) -> str:
    """序时进度 in %; for a schedule over a span of years (a running total to 2027, a path from a
    baseline), the share of that span with its years, 30%(2023-2027年); for a target's own
    monthly profile, the share it plans, 90%(计划). A reader must not take either for the
    months / 12 the column's head means."""
    o = result.outcome
    if o.schedule_pct is None:
        return ""
    text = f"{num(o.schedule_pct)}%"
    if o.schedule_span is not None:
        first, last = o.schedule_span
        return f"{text}({first}-{last}年)" if lang == "zh" else f"{text} ({first}-{last})"
    if _profiled(result):
        return f"{text}(计划)" if lang == "zh" else f"{text} (planned)"
    return text


def _profiled(result: Result) -> bool:
    """The schedule is the target's own monthly profile (pace: profile), not months / 12."""
    return result.target.effective_pace is Pace.profile


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


DEFAULT_OWNER = {"zh": "(默认)", "en": " (default)"}
"""After a lead unit that is the plan's default owner, not named by the plan for the target."""


def lead_text(result: Result, report: Report, lang: str) -> str:
    """The lead unit's name, marked when it is only the plan's default owner."""
    name = unit_name(report, result.target.lead_unit, lang)
    return name + DEFAULT_OWNER[lang] if name and result.target.owner_is_default else name


def cells(result: Result, report: Report, lang: str) -> list[str]:
    o = result.outcome
    return [
        name_text(result, lang),
        # A relative target's unit (%) is its margin; the figures are in the compared quantity's unit.
        "" if result.target.kind is Kind.relative else unit_text(report, result.target.unit, lang),
        goal_text(result, lang),
        actual_text(result, report, lang),
        "" if o.completion_pct is None else f"{num(o.completion_pct)}%",
        schedule_text(result, lang),
        "" if o.gap_points is None else num(o.gap_points),
        bar(result),
        status_cell(result, report, lang),
        change_text(result, lang),
        lead_text(result, report, lang),
    ]


def header_lines(report: Report, lang: str) -> list[str]:
    p = report.period
    plan = report.plan
    # A plan without a 文号 (a county work report) gets no trailing spaces, no empty brackets
    # and so no broken markdown bold around its title.
    number = plan.doc_number.strip()
    if lang == "zh":
        lines = [
            f"{plan.title_zh}  {number}" if number else plan.title_zh,
            f"检查期 {p.label_zh()} ({p}) · 序时进度 {num(report.schedule_pct)}%"
            f" · 数据截至 {report.as_of or '—'}"
            + (f" · 上期 {report.previous_period}" if report.previous_period else ""),
        ]
    else:
        lines = [
            f"{plan.title_en}  ({number})" if number else plan.title_en,
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
        # The rows a pair's other half leaves out (the restated target or the restatement,
        # whichever is judged the better of the two).
        "restatements": sum(1 for r in results if r.status is not Status.monitoring) - len(kept),
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
            f" · {RESTATES}=复述另一指标(只计一次) · {STALE}=数据非本期应报(陈旧),按应报月份判定,陈旧的状态不判绿灯"
            f" · {OVER}=超出约数目标(左右)的容差 · 差值=序时进度−完成率(百分点,正数为落后)"
            " · 序时进度=已过月数/12; 标年份者为该期间的时间进度; 标(计划)者为该指标自定的计划进度 · 整项计=按整数计至今应完成数定灯(期限前)"
            " · (默认)=方案未指定责任单位,由默认牵头单位负责 · 进度条: █完成 │序时"
        )
    return (
        "Legend: green=achieved/ahead/on track · yellow=watch/behind · red=off track/missed (the"
        " deadline has come and the target is not met) · grey=no data/not due/undefined/not"
        f" assessable/monitoring only · ★=ensure (binding) · {RESTATES}=restates another target"
        f" (counted once) · {STALE}=stale figure (older than the one owed), judged at the months"
        f" owed, a stale state never green · {OVER}=over an approximate target beyond its tolerance ·"
        " gap=schedule−done (points, positive: behind) · schedule=months elapsed / 12; with years:"
        " the share of that span's time; (planned): the target's own profile · whole items=the light set by the items owed by now"
        " (before the deadline) · (default)=no unit named by the plan, the"
        " plan's default owner leads · bar: █ done │ schedule"
    )


SHORT_HEADS = {
    "zh": {"gap": "差值", "schedule": "序时", "lead": "牵头单位", "goal": "目标"},
    "en": {"gap": "Gap", "schedule": "Sched.", "lead": "Lead", "goal": "Goal"},
}
# Layouts tried in turn until the table fits the terminal: every column with its full words;
# short heads and the status without a not-due target's distance; then the least needed columns
# dropped first (the bar repeats 完成率 and 序时; the unit moves into the goal), then names cut
# (with …) to a floor, then the schedule (the header's for most rows) and the change (the red
# list has it) dropped. Each: the columns, compact words, the name's and the lead unit's floors.
_NO_BAR = tuple(c for c in TABLE_COLUMNS if c != "bar")
_NO_UNIT = tuple(c for c in _NO_BAR if c != "unit")
_NO_SCHEDULE = tuple(c for c in _NO_UNIT if c != "schedule")
_NARROW = tuple(c for c in _NO_SCHEDULE if c != "change")
LAYOUTS: tuple[tuple[tuple[str, ...], bool, int | None, int | None], ...] = (
    (TABLE_COLUMNS, False, None, None),
    (TABLE_COLUMNS, True, None, None),
    (_NO_BAR, True, None, None),
    (_NO_UNIT, True, None, None),
    (_NO_UNIT, True, 32, 12),
    (_NO_UNIT, True, 24, 10),
    (_NO_SCHEDULE, True, 24, 10),
    (_NO_SCHEDULE, True, 20, 8),
    (_NARROW, True, 20, 8),
)
# When no one-line layout fits (about 100 columns and less), each target takes two lines: its
# name, status and change, then its figures indented below, so names are never cut short.
STACKED = ("goal", "actual", "done", "schedule", "gap", "lead")


def _table_cells(result: Result, report: Report, lang: str, ids: tuple[str, ...], compact: bool) -> list[str]:
    full = dict(zip(TABLE_COLUMNS, cells(result, report, lang), strict=True))
    if compact:
        full["status"] = status_text(result.status, lang) + items_note(result, report, lang)
    if "unit" not in ids and full["unit"] and full["goal"] not in ("", "?"):
        unit = full["unit"]
        full["goal"] = (
            full["goal"].replace(" (", f"{unit} (", 1) if " (" in full["goal"] else full["goal"] + unit
        )
    return [full[i] for i in ids]


def _layout(
    report: Report, lang: str, fit: int | None, grouped: bool
) -> tuple[tuple[str, ...], list[str], list[list[str]], dict[int, int]]:
    """The first layout whose table fits ``fit`` once its name and lead columns are cut to their
    floors (the last one when none does): its columns, heads, rows' texts and floors."""
    from plan415x.reports.table import natural_width

    action_names = {report.action_names.get(r.target.action, (r.target.action,) * 2) for r in report.results}
    section = (
        max((width_of(n[0] if lang == "zh" else n[1]) for n in action_names), default=0) if grouped else 0
    )
    built: dict[tuple[tuple[str, ...], bool], tuple[list[str], list[list[str]], list[int]]] = {}
    for ids, compact, name_floor, lead_floor in LAYOUTS:
        if (ids, compact) not in built:
            heads = _heads(ids, report, lang, compact)
            rows = [_table_cells(r, report, lang, ids, compact) for r in report.results]
            built[ids, compact] = heads, rows, natural_width(heads, rows)
        heads, rows, natural = built[ids, compact]
        lead = ids.index("lead")
        floors = {i: f for i, f in ((0, name_floor), (lead, lead_floor)) if f is not None}
        widths = list(natural)
        widths[0] = max(widths[0], section)
        total = sum(min(w, floors.get(i, w)) for i, w in enumerate(widths)) + 2 * (len(ids) - 1)
        if fit is None or total <= fit:
            return ids, heads, rows, floors
    return (), [], [], {}


def _stacked(report: Report, lang: str, fit: int, grouped: bool, color: bool) -> list[str]:
    """The narrow layout: per target a line with its name, status and change, then its figures
    indented below in aligned columns (the lead unit cut to fit, never the name: it wraps)."""
    from plan415x.reports.table import BOLD, STYLES, UNDERLINE, paint, render_rows, wrap

    heads = _heads(STACKED, report, lang, True)
    details = [_table_cells(r, report, lang, STACKED, True) for r in report.results]
    table = render_rows(
        heads, details, color=color, right=frozenset(range(5)), fit=fit - 2, shrink=((5, 8),)
    ).splitlines()
    title = "指标 · 状态 · 较上期" if lang == "zh" else "Target · status · change"
    out = [paint(title, BOLD, color), "  " + table[0]]
    previous_action: str | None = None
    for r, detail in zip(report.results, table[1:], strict=True):
        if grouped and r.target.action != previous_action:
            previous_action = r.target.action
            names = report.action_names.get(r.target.action, (r.target.action, r.target.action))
            out += [
                paint(x, f"{BOLD};{UNDERLINE}", color)
                for x in wrap(terminal_text(names[0 if lang == "zh" else 1]), fit)
            ]
        status = status_text(r.status, lang)
        change = change_text(r, lang)
        tail = "  " + status + (" " + change if change else "")
        name_lines = wrap(terminal_text(name_text(r, lang)), fit, sep="")
        last = name_lines[-1]
        if width_of(last + tail) > fit:
            name_lines.append("  " + tail.lstrip())
            tail = ""
            last = name_lines[-1]
        painted_tail = tail.replace(status, paint(status, STYLES[r.light.value], color), 1)
        if not tail:
            last = last.replace(status, paint(status, STYLES[r.light.value], color), 1)
        out += [*name_lines[:-1], last + painted_tail, "  " + detail]
    return out


def width_of(text: str) -> int:
    from plan415x.reports.table import width

    return width(terminal_text(text))


def _heads(ids: tuple[str, ...], report: Report, lang: str, compact: bool) -> list[str]:
    heads = column_heads(ids, report, lang)
    if not compact:
        return heads
    short = SHORT_HEADS[lang]
    actual = report.period.months_zh()
    return [
        (actual if lang == "zh" else "YTD") if i == "actual" else short.get(i, h)
        for i, h in zip(ids, heads, strict=True)
    ]


def summary_block(
    report: Report, lang: str, streaks: dict[str, int] | None, *, fit: int | None, color: bool
) -> list[str]:
    """What a leader reads first: counts and shares by light, then every red target with its
    figure against what was due, its lead unit and how many periods it has been red."""
    from plan415x.reports.table import BOLD, paint, render_rows, wrap

    title = "总体情况: " if lang == "zh" else "Overall: "
    lines = [paint(x, BOLD, color) for x in wrap(terminal_text(title + overall_line(report, lang)), fit)]
    rows = red_rows(report, streaks, lang)
    if not rows:
        lines.append("红灯指标: 无" if lang == "zh" else "Red targets: none")
        return lines
    table = render_rows(
        RED_HEAD[lang],
        red_table_rows(rows, lang),
        color=color,
        right=frozenset({2, 3}),
        fit=fit,
        shrink=((0, 12), (4, 8), (1, 16)),
    )
    return [*lines, table.rstrip("\n")]


def format_table(
    report: Report,
    lang: str = "zh",
    *,
    color: bool = False,
    fit: int | None = None,
    streaks: dict[str, int] | None = None,
    grouped: bool = True,
) -> str:
    """The terminal table, after the summary block. ``fit``: the terminal's width; every line
    is kept within it (a narrower layout, cut names, wrapped prose). ``grouped``: rows under
    their action's title (the plan's order); False for another sort."""
    from plan415x.reports.table import BOLD, DIM, STYLES, UNDERLINE, Cell, Styled, paint, render_rows, wrap

    lines = [
        paint(part, "1;31" if line in ILLUSTRATIVE.values() else BOLD, color)
        for line in header_lines(report, lang)
        for part in wrap(terminal_text(line), fit)
    ]
    lines += summary_block(report, lang, streaks, fit=fit, color=color)
    ids, head, texts, floors = _layout(report, lang, fit, grouped)
    if not ids:
        tail = [
            *wrap(summary_line(report, lang), fit),
            *(paint(x, DIM, color) for x in wrap(legend(lang), fit)),
        ]
        return "\n".join([*lines, *_stacked(report, lang, fit or 80, grouped, color), *tail]) + "\n"
    status_at = ids.index("status")
    rows: list[list[Cell]] = []
    previous_action: str | None = None
    for r, text in zip(report.results, texts, strict=True):
        if grouped and r.target.action != previous_action:
            previous_action = r.target.action
            names = report.action_names.get(r.target.action, (r.target.action, r.target.action))
            rows.append(
                [Styled(terminal_text(names[0] if lang == "zh" else names[1]), f"{BOLD};{UNDERLINE}")]
            )
        row: list[Cell] = list(text)
        row[status_at] = Styled(str(row[status_at]), STYLES[r.light.value])
        rows.append(row)
    right = frozenset(i for i, c in enumerate(ids) if c in ("goal", "actual", "done", "schedule", "gap"))
    shrink = tuple(floors.items())
    table = render_rows(head, rows, color=color, right=right, fit=fit, shrink=shrink)
    tail = [*wrap(summary_line(report, lang), fit), *(paint(x, DIM, color) for x in wrap(legend(lang), fit))]
    return "\n".join([*lines, table.rstrip("\n"), *tail]) + "\n"


def actual_head(report: Report, lang: str) -> str:
    return period_head(report.period, lang)


def to_dict(report: Report, streaks: dict[str, int] | None = None) -> dict[str, Any]:
    """``streaks``: 连续N期红灯 by target id (``views.history.red_streaks``); 0 for a target not red."""
    plan = report.plan
    streaks = streaks or {}
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
        "results": [_result_dict(r, id(r) in kept, streaks.get(r.target.id, 0)) for r in report.results],
        "summary": summary_counts(report.results),
    }


def _result_dict(r: Result, in_counts: bool, streak: int = 0) -> dict[str, Any]:
    t, o = r.target, r.outcome
    return {
        "id": t.id,
        "name_zh": t.name_zh,
        "name_en": t.name_en,
        "clause": t.clause,
        "kind": t.kind.value,
        "action": t.action,
        "lead_unit": t.lead_unit,
        "lead_is_default": t.owner_is_default,
        "units": list(t.responsible),
        "hedge": t.hedge.value,
        "binding": t.hedge is Hedge.ensure,
        "comparator": t.comparator.value,
        "target": _r(o.target if o.target is not None else t.value),
        "unit": None if t.kind is Kind.relative else t.unit,  # its figures are in another unit
        "due_year": t.last_year,
        "data_period": str(o.data_period) if o.data_period else None,
        "actual": _r(o.actual),
        "running_since": o.running_since,
        "this_year": _r(o.this_year),
        "state": o.state.value if o.state else None,
        "expected": _r(o.expected),
        "completion_pct": _r(o.completion_pct),
        "schedule_pct": _r(o.schedule_pct),
        "schedule_span": list(o.schedule_span) if o.schedule_span else None,
        "gap_points": _r(o.gap_points),
        "shortfall": _r(o.shortfall),
        "items_capped": o.items_capped,
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
        "red_streak": streak if r.light is Light.red else 0,
        "source": "; ".join(r.sources) or None,
        "illustrative": r.illustrative,
        "caveats": list(o.caveats),
    }


def format_json(report: Report, streaks: dict[str, int] | None = None) -> str:
    return json.dumps(to_dict(report, streaks), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _plain_rows(report: Report, lang: str) -> tuple[list[str], list[list[str]]]:
    head = column_heads(("action", "id", *(c for c in TABLE_COLUMNS if c != "bar")), report, lang)
    rows = []
    for r in report.results:
        names = report.action_names.get(r.target.action, (r.target.action,) * 2)
        row = cells(r, report, lang)
        del row[7]  # the bar is for terminals
        rows.append([names[0] if lang == "zh" else names[1], r.target.id, *row])
    return head, rows


def format_markdown(report: Report, lang: str = "zh", streaks: dict[str, int] | None = None) -> str:

    head, rows = _plain_rows(report, lang)

    def line(values: list[str]) -> str:
        return "| " + " | ".join(markdown_text(v) for v in values) + " |"

    out = [f"**{markdown_text(header_lines(report, lang)[0])}**", ""]
    out += [f"{markdown_text(text)}  " for text in header_lines(report, lang)[1:]]
    out += [
        "",
        ("**总体情况**: " if lang == "zh" else "**Overall**: ") + markdown_text(overall_line(report, lang)),
    ]
    reds = red_table_rows(red_rows(report, streaks, lang), lang)
    if reds:
        out += ["", line(RED_HEAD[lang]), "|" + "---|" * len(RED_HEAD[lang]), *(line(x) for x in reds)]
    else:
        out += ["", "红灯指标: 无" if lang == "zh" else "Red targets: none"]
    out += ["", line(head), "|" + "---|" * len(head)]
    out += [line(row) for row in rows]
    out += ["", summary_line(report, lang), "", legend(lang)]
    return "\n".join(out) + "\n"


def format_csv(report: Report, lang: str = "zh", streaks: dict[str, int] | None = None) -> str:
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
        "schedule_span",
        "items_capped",
        "running_since",
        "this_year_value",
        "data_period",
        "stale",
        "over_target",
        "restates",
        "counted",
        "red_streak",
    ]
    streaks = streaks or {}
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
                *("" if n is None or not math.isfinite(n) else repr(round(n, 4)) for n in numbers),
                "" if o.schedule_span is None else "{}-{}".format(*o.schedule_span),
                str(o.items_capped).lower(),
                "" if o.running_since is None else str(o.running_since),
                "" if o.this_year is None else repr(round(o.this_year, 4)),
                str(o.data_period or ""),
                str(o.stale).lower(),
                str(o.over).lower(),
                r.target.restates or "",
                str(id(r) in kept).lower(),
                str(streaks.get(r.target.id, 0) if r.light is Light.red else 0),
            ]
        )
    return buffer.getvalue()


def format_report(
    report: Report,
    fmt: CheckFormat,
    lang: str = "zh",
    *,
    color: bool = False,
    fit: int | None = None,
    streaks: dict[str, int] | None = None,
    grouped: bool = True,
) -> str:
    """``fit``: the terminal's width, for the table (other formats are for files). ``streaks``:
    连续N期红灯 by target id. ``grouped``: the table's rows under their action (the plan's order)."""
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case CheckFormat.json:
            return format_json(report, streaks)
        case CheckFormat.markdown:
            return format_markdown(report, lang, streaks)
        case CheckFormat.csv:
            return format_csv(report, lang, streaks)
        case CheckFormat.table:
            return format_table(report, lang, color=color, fit=fit, streaks=streaks, grouped=grouped)
        case _:
            assert_never(fmt)
