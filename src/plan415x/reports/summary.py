"""What a leader reads first: counts and shares by light, then the red list (target, figure
against what was due, owner, how many periods red), and the orders a report can be sorted in.

Shared by ``check``, ``brief``, the HTML report and the Excel overview, so each says the same
numbers in the same words. Every figure here is one of the Report's; nothing is recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from plan415x.numbers import fmt
from plan415x.reports.words import actual_text, goal_text, name_text, num, unit_name, unit_text
from plan415x.results import Light, Report, Result
from plan415x.values import Kind

SORTS = ("plan", "light", "gap", "unit")
"""``--sort``: the plan's order (by action), worst light first, largest gap first, by lead unit."""
LIGHT_ORDER = {Light.red: 0, Light.yellow: 1, Light.green: 2, Light.grey: 3}


def sort_report(report: Report, key: str) -> Report:
    """The report with its results in the order ``key`` names (stable: ties keep the plan's
    order). ``light``: red, yellow, green, grey; ``gap``: most behind first (差值 descending),
    rows without a gap last; ``unit``: by lead unit in the plan's order of units, none last."""
    if key == "plan":
        return report
    results = list(report.results)
    if key == "light":
        results.sort(key=lambda r: LIGHT_ORDER[r.light])
    elif key == "gap":
        results.sort(key=lambda r: (r.outcome.gap_points is None, -(r.outcome.gap_points or 0.0)))
    elif key == "unit":
        order = {u: i for i, u in enumerate(report.unit_names)}
        results.sort(key=lambda r: order.get(r.target.lead_unit or "", len(order)))
    else:
        raise ValueError(f"unknown sort {key!r}; choose from: {', '.join(SORTS)}")
    return replace(report, results=tuple(results))


def pct(part: int, whole: int) -> str:
    """A share in %, one decimal, ``0%`` of nothing: 6 of 13 is 46.2%."""
    return "0%" if not whole else f"{fmt(part / whole * 100, 1)}%"


def light_counts(report: Report) -> tuple[int, dict[Light, int]]:
    """The counted targets (``results.counted``) and how many have each light."""
    kept = report.counted_results
    return len(kept), {light: sum(r.light is light for r in kept) for light in Light}


def overall_line(report: Report, lang: str) -> str:
    """``共 13 项 · 绿灯 6 项(46.2%) · 黄灯 5 项(38.5%) · 红灯 0 项(0%) · 灰灯 2 项(15.4%)``."""
    total, lights = light_counts(report)
    if lang == "zh":
        parts = [f"{light.label('zh')} {n} 项({pct(n, total)})" for light, n in lights.items()]
        return f"共 {total} 项 · " + " · ".join(parts)
    parts = [f"{light.value} {n} ({pct(n, total)})" for light, n in lights.items()]
    return f"{total} targets · " + " · ".join(parts)


@dataclass(frozen=True)
class RedRow:
    result: Result
    name: str
    figure: str
    """What was reported against what was due: ``342 / 380台``, ``未完成 / 2023年底``."""
    completion: str
    gap: str
    owner: str
    streak: int


def _figure(result: Result, report: Report, lang: str) -> str:
    o, t = result.outcome, result.target
    actual = actual_text(result, report, lang)
    if o.state is not None or t.kind in (Kind.directional, Kind.relative) or o.actual is None:
        return f"{actual} / {goal_text(result, lang)}"
    unit = unit_text(report, t.unit, lang)
    if t.kind is Kind.growth:
        return f"{actual} / {goal_text(result, lang)}%"
    due = o.expected if o.expected is not None else o.target
    if due is None:
        return f"{actual} / {goal_text(result, lang)}"
    sep = "" if lang == "zh" or not unit else " "
    return f"{actual} / {num(due, 2)}{sep}{unit}"


def red_rows(report: Report, streaks: dict[str, int] | None, lang: str) -> list[RedRow]:
    """The red targets that count (a target and its restatement once, by the worse judgement),
    most behind first within the plan's order of statuses: off track and missed alike, by 差值
    descending, those without one last."""
    reds = [r for r in report.counted_results if r.light is Light.red]
    reds.sort(key=lambda r: (r.outcome.gap_points is None, -(r.outcome.gap_points or 0.0)))
    rows = []
    for r in reds:
        o = r.outcome
        rows.append(
            RedRow(
                result=r,
                name=name_text(r, lang),
                figure=_figure(r, report, lang),
                completion="" if o.completion_pct is None else f"{num(o.completion_pct)}%",
                gap="" if o.gap_points is None else num(o.gap_points),
                owner=unit_name(report, r.target.lead_unit, lang) or ("未指定" if lang == "zh" else "none"),
                streak=(streaks or {}).get(r.target.id, 1),
            )
        )
    return rows


def streak_text(streak: int, lang: str) -> str:
    if lang == "zh":
        return "首次红灯" if streak <= 1 else f"连续{streak}期"
    return "first time" if streak <= 1 else f"{streak} periods in a row"


RED_HEAD = {
    "zh": ["红灯指标", "实际 / 应完成", "完成率", "差值", "牵头单位", "连续红灯"],
    "en": ["Red target", "Actual / due", "Done", "Gap", "Lead unit", "Red streak"],
}


def red_table_rows(rows: list[RedRow], lang: str) -> list[list[str]]:
    return [[r.name, r.figure, r.completion, r.gap, r.owner, streak_text(r.streak, lang)] for r in rows]
