"""The words of one result, as every output writes them: its name with its marks, its goal, its
figure with what follows it, its status, its units of measure and its lead unit's name.

The check report (``reports.gap``), its summary (``reports.summary``), the 通报, the trend, the
HTML page and the workbook all take them from here, so the same target reads the same in each;
this module imports no report.
"""

from __future__ import annotations

from plan415x.numbers import fmt
from plan415x.periods import Period
from plan415x.results import Report, Result, Status
from plan415x.values import Comparator, Good, Kind, Pace

# Markers, each explained in the legend; all exist in GBK, so a Chinese console can show them.
STALE = "※"
"""After a figure older than the one owed by the period: judged against the period's schedule."""
RESTATES = "◇"
"""Before the name of a target that restates another (the two count once, by the worse judgement)."""
OVER = "▲"
"""After the actual of an approximate target (左右) overshot beyond its tolerance."""


def num(value: float | None, digits: int = 1) -> str:
    """Figures in reports: one decimal unless said otherwise."""
    return fmt(value, digits)


_GOOD_WORDS = {Good.down: ("(越低越好)", " (lower is fine)"), Good.point: ("(定点)", " (point)")}
"""After an approximate goal whose good side is not up (the default, said by nothing): CPI
≈3(越低越好)."""


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
    if t.comparator is Comparator.between:
        text = f"{num(value, 2)}—{num(t.upper, 2)}"  # a range, as the report prints it: 5—5.5
    if t.comparator in (Comparator.approx, Comparator.between) and t.good in _GOOD_WORDS:
        text += _GOOD_WORDS[t.good][0 if lang == "zh" else 1]
    if t.pace is Pace.always:  # held at every period, not due by a year: not (2027)
        text += " (始终)" if lang == "zh" else " (always)"
    elif not t.per_year:
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
    return text + actual_suffix(result, report, lang)


def actual_suffix(result: Result, report: Report, lang: str) -> str:
    """What follows an actual figure, in the table and as the workbook's number format: since
    when a running total runs (696(2023年以来): it is not the column's 1-6月累计), the months of
    an older figure, and the markers."""
    o = result.outcome
    older = (
        ""
        if o.data_period is None or o.data_period.key == report.period.key
        else data_label(o.data_period, report, lang)
    )
    text = ""
    if o.running_since is not None and o.running_since < report.period.year:
        since = o.running_since
        if lang == "zh":
            text = f"({since}年以来" + (f",至{older})" if older else ")")
        else:
            text = f" (since {since}" + (f", to {older})" if older else ")")
    elif older:
        text = f" ({older})"
    return text + marks(result)


def data_label(period: Period, report: Report, lang: str) -> str:
    """The months of an older figure, without the year when it is the report's (1-9月, not
    2023年1-9月): the column has the width of a terminal to share."""
    if period.year == report.period.year:
        if lang == "zh":
            return period.months_zh()
        return period.label_en().rsplit(" ", 1)[0]
    return period.label_zh() if lang == "zh" else period.label_en()


def marks(result: Result) -> str:
    """The markers after an actual figure: stale (※), over an approximate target (▲)."""
    o = result.outcome
    return (STALE if o.stale else "") + (OVER if o.over else "")


def status_text(status: Status, lang: str) -> str:
    sep = "·" if lang == "zh" else " · "
    return f"{status.light.label(lang)}{sep}{status.label(lang)}"


def name_text(result: Result, lang: str) -> str:
    """The name as every output lists it: ◇ a restatement, ★ binding (确保 or 约束性), and an
    outline's 属性 after it, (约束性) or (预期性), in every output that lists targets."""
    t = result.target
    name = t.name_zh if lang == "zh" else t.name_en
    marked = (RESTATES if t.restates else "") + ("★" if t.binding else "") + name
    if t.attribute is None:
        return marked
    return f"{marked}({t.attribute.said_in(lang)})" if lang == "zh" else f"{marked} ({t.attribute.value})"


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
