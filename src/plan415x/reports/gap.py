"""The words of the gap report of ``plan415x check``: its columns and heads, each result's cells,
the header, summary and legend lines, shared by every output that shows a result as ``check``
does (the table and the files of ``reports.gap_table`` and ``reports.gap_formats``, the
workbook, the HTML page, the 通报). Statuses are always printed in words."""

from __future__ import annotations

from collections import Counter
from typing import Any

from plan415x.i18n import say
from plan415x.periods import Period
from plan415x.problems import Arg, said
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
from plan415x.values import Kind, Pace
from plan415x.views.verdict import JUDGED, Verdict, Verdicts, multi_year, verdicts

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
    ceiling = result.target.is_ceiling
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
    if span is not None and _geometric(result):
        return (
            f"几何进度({span[0]}-{span[1]}年)"
            if lang == "zh"
            else f"geometric schedule ({span[0]}-{span[1]})"
        )
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
        if _geometric(result):  # the share of the change due on a compounding path, not of the time
            return f"{text}(几何,{first}-{last}年)" if lang == "zh" else f"{text} (geometric, {first}-{last})"
        return f"{text}({first}-{last}年)" if lang == "zh" else f"{text} ({first}-{last})"
    if _profiled(result):
        return f"{text}(计划)" if lang == "zh" else f"{text} (planned)"
    return text


def _geometric(result: Result) -> bool:
    """The schedule is the share of a change due on its compounding path (pace: geometric,
    〔累计〕降低17%: 42.25% of the cut due after two of five years), not the share of the time."""
    return result.target.effective_pace is Pace.geometric


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


VERDICT_WORDS = {
    Verdict.early: ("提前实现", "met early"),
    Verdict.faster: ("快于预期", "ahead of expectations"),
    Verdict.as_expected: ("基本符合预期", "broadly as expected"),
    Verdict.lagging: ("滞后", "lagging"),
    Verdict.no_data: ("未填报", "no data"),
}
"""A multi-year plan's verdicts (``views.verdict``) as the national mid-term evaluations word
them; in English, as the 通报's translations of them read."""

NAMED_LAGGING = 5
"""The 滞后 targets named in the verdict line; past these, 等 (etc.): the red list and the table
name every one."""


def verdict_word(verdict: Verdict | None, lang: str) -> str:
    """The verdict in words ("" for none)."""
    return "" if verdict is None else VERDICT_WORDS[verdict][0 if lang == "zh" else 1]


def report_verdicts(report: Report) -> Verdicts | None:
    """The report's verdicts, for a plan of several years; None for a one-year plan."""
    if not multi_year(report.plan):
        return None
    return verdicts(report.plan, report.period, report.results)


def verdict_line(report: Report, lang: str) -> str | None:
    """A multi-year plan's verdict at the period, as the mid-term evaluation states it:
    时间过半(2023-2027年, 时间进度50%): 11 项指标中, 提前实现 1 项, 快于预期 0 项, 基本符合预期 7
    项, 滞后 3 项(…) · 未填报 1 项 · 未评估 1 项; 评估(…) at any other period. None for a
    one-year plan (a year's work report: its 完成/未完成 is the status)."""
    seen = report_verdicts(report)
    if seen is None:
        return None
    plan, mid = report.plan, seen.midpoint
    names = "; ".join(name_text(r, lang) for r in seen.lagging[:NAMED_LAGGING])  # names hold 、
    more: Arg = said("verdict-more") if len(seen.lagging) > NAMED_LAGGING else ""
    parts = [
        said("verdict-part-named", word=verdict_word(v, lang), n=str(seen.counts[v]), names=names, more=more)
        if v is Verdict.lagging and names
        else said("verdict-part", word=verdict_word(v, lang), n=str(seen.counts[v]))
        for v in JUDGED
    ]
    line = said(
        "verdict-line",
        head=said("verdict-head-halfway") if mid.halfway else said("verdict-head"),
        first=str(plan.first_year),
        last=str(plan.last_year),
        pct=num(mid.elapsed_pct),
        judged=str(seen.judged),
        parts=", ".join(say(part, lang) for part in parts),
    )
    no_data, not_assessed = seen.counts[Verdict.no_data], seen.not_assessed
    extra = [
        said("verdict-no-data", n=str(no_data)) if no_data else None,
        said("verdict-not-assessed", n=str(not_assessed)) if not_assessed else None,
    ]
    return " · ".join(say(x, lang) for x in [line, *extra] if x is not None)


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


def actual_head(report: Report, lang: str) -> str:
    """The head of the figures' column: 1-6月累计 while some target counts from January (a flow,
    a growth rate 累计同比); 实际值 for a table of levels and shares only (a five-year table's
    城镇化率 is no running total)."""
    if any(r.target.kind not in _LEVELS for r in report.results):
        return period_head(report.period, lang)
    return "实际值" if lang == "zh" else "Actual"


_LEVELS = frozenset({Kind.level, Kind.share})
"""Kinds whose figure is a level as of the period's end, not a count from January."""
