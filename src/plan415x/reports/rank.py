"""季晾晒: responsible units ranked by how far their targets are from the schedule."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass
from typing import assert_never

from plan415x.engine import Engine
from plan415x.options import CheckFormat
from plan415x.periods import Period
from plan415x.reports.reporting import Reporting, reporting
from plan415x.results import Light, Report, Result, Status, counted
from plan415x.safetext import csv_text, json_number, markdown_text, terminal_text
from plan415x.values import Comparator, Kind, Pace, Target


@dataclass(frozen=True)
class UnitRank:
    unit: str
    name_zh: str
    name_en: str
    results: tuple[Result, ...]
    average_gap: float | None
    """Mean of pace_gap over the unit's targets judged by pace, in points (positive: behind),
    the same meaning as check's 差值."""
    rank: int | None


PACED = frozenset({Kind.annual, Kind.one_year, Kind.cumulative, Kind.composite})


def pace_gap(result: Result, period: Period | None = None) -> float | None:
    """schedule − completion of a target judged by pace (flows; levels along a baseline's path),
    the gap of ``check`` (positive: behind), with completion capped at 100%: an overshoot on one
    target must not hide others far behind. None for targets not judged by pace (rates, levels
    without a path, milestones).

    Silence is not rewarded: a paced target whose figure is due and missing (no_data) counts as
    completion 0, so its gap is its schedule (1-6月 of a linear annual target: 50 points behind).
    A stale figure (※) keeps the gap it was judged with: against the months owed, not its own,
    so its staleness already costs it the schedule it did not report."""
    o, t = result.outcome, result.target
    if not _paced(t):
        return None
    if o.status is Status.no_data:
        return missing_schedule(result, period)
    if o.gap_points is None or o.completion_pct is None or o.schedule_pct is None:
        return None
    if t.comparator in (Comparator.le, Comparator.lt) and t.kind not in (Kind.level, Kind.share):
        return o.gap_points  # a flow's ceiling: used − schedule, never below −schedule
    # A level's completion along its path can pass 100% many times over (a ceiling from 60 to
    # 50 at 10 is 500%): capped, like every other overshoot.
    return o.schedule_pct - min(o.completion_pct, 100.0)


def _paced(t: Target) -> bool:
    return t.kind in PACED or (t.kind in (Kind.level, Kind.share) and t.baseline is not None)


def missing_schedule(result: Result, period: Period | None) -> float | None:
    """The schedule a missing figure is owed against (completion 0: the gap is the schedule).
    A ceiling (<=, <) owes no progress, and a target judged at its deadline only owes nothing
    before it: both None (not counted)."""
    o, t = result.outcome, result.target
    if t.comparator in (Comparator.le, Comparator.lt):
        return None
    if o.schedule_pct is not None:
        return o.schedule_pct
    if period is None:
        return None
    from plan415x.rules.common import year_schedule_pct

    pace = t.effective_pace
    if t.per_year:
        return year_schedule_pct(t, period.end_month)
    if pace is not Pace.linear:
        return None
    span = (t.last_year - t.first_year + 1) * 12
    done = period.months_since(t.first_year)
    return min(max(done, 0) / span, 1.0) * 100


def rank_units(
    report: Report, *, all_units: bool = False, rates: dict[str, float | None] | None = None
) -> list[UnitRank]:
    """Units by average gap (schedule − completion), least behind first; ties share a rank
    (1, 2, 2, 4), unless ``rates`` (报送率 per unit, from ``reports.reporting``) is given: then
    of two units with the same average the one that reported more ranks first. A target and its
    restatement count once, by the worse judgement of the two (``results.counted``); a part of a report (one unit's
    workbook) is ranked among all units (``Report.whole``)."""
    members: dict[str, list[Result]] = {}
    for r in counted(report.whole if report.whole is not None else report.results):
        units = r.target.responsible if all_units else r.target.responsible[:1]
        for unit in units:
            members.setdefault(unit, []).append(r)
    rates = rates or {}
    scored: list[tuple[str, float | None, float]] = []
    for unit, results in members.items():
        gaps = [d for r in results if (d := pace_gap(r, report.period)) is not None]
        scored.append((unit, sum(gaps) / len(gaps) if gaps else None, -(rates.get(unit) or 0.0)))
    scored.sort(key=lambda s: (s[1] is None, round(s[1] or 0.0, 6), s[2], s[0]))
    out: list[UnitRank] = []
    previous: tuple[float, float] | None = None
    rank = 0
    for position, (unit, avg, rate) in enumerate(scored, start=1):
        if avg is not None and (previous is None or (round(avg, 6), rate) != previous):
            rank = position
        previous = None if avg is None else (round(avg, 6), rate)
        names = report.unit_names.get(unit, (unit, unit))
        out.append(
            UnitRank(unit, names[0], names[1], tuple(members[unit]), avg, rank if avg is not None else None)
        )
    return out


def moves(now: list[UnitRank], before: list[UnitRank] | None) -> dict[str, str]:
    """位次变化 since the previous period: ↑2 (up two places), ↓1, 新 (unranked before), — (the
    same place, or unranked now, or no previous period)."""
    if before is None:
        return {u.unit: "—" for u in now}
    old = {u.unit: u.rank for u in before}
    out: dict[str, str] = {}
    for u in now:
        was = old.get(u.unit)
        if u.rank is None:
            out[u.unit] = "—"
        elif was is None:
            out[u.unit] = "新"
        elif was > u.rank:
            out[u.unit] = f"↑{was - u.rank}"
        elif was < u.rank:
            out[u.unit] = f"↓{u.rank - was}"
        else:
            out[u.unit] = "—"
    return out


@dataclass(frozen=True)
class Ranking:
    """A period's ranking as every output shows it: ``plan415x rank``, the 通报, the HTML page
    and the workbook's 责任单位 sheet take it from ``ranking``, never assemble their own."""

    units: list[UnitRank]
    rates: dict[str, float | None]
    """报送率 per unit (``reports.reporting``), which breaks ties."""
    moved: dict[str, str] | None
    """位次变化 per unit (``moves``); None when not asked for."""


def ranking(
    engine: Engine,
    report: Report,
    *,
    all_units: bool = False,
    current: Reporting | None = None,
    moved: bool = True,
) -> Ranking:
    """The units of ``report`` ranked with 报送率 breaking ties, and their 位次变化 since the
    previous period ranked the same way (``moved``: False for an output that does not show it,
    which spares judging the previous period). ``current``: the period's reporting when the
    caller has it already."""
    dataset = engine.dataset
    if current is None:
        current = reporting(dataset, report.period)
    rates = {u.unit: u.rate for u in current.units}
    units = rank_units(report, all_units=all_units, rates=rates)
    if not moved:
        return Ranking(units, rates, None)
    before = None
    # The report's own previous period, were it made with changes (a score's year end is not).
    earlier = engine.previous_period(report.period)
    if earlier is not None:
        old_rates = {u.unit: u.rate for u in reporting(dataset, earlier).units}
        # Its places need its outcomes only, not the statuses before it: judged once, not twice.
        before = rank_units(engine.report(earlier, changes=False), all_units=all_units, rates=old_rates)
    return Ranking(units, rates, moves(units, before))


BEHIND = (Status.watch, Status.behind, Status.off_track, Status.missed)


def behind_count(u: UnitRank) -> int:
    """欠进度: below the schedule, or missed at the deadline."""
    return sum(r.status in BEHIND for r in u.results)


def _row(
    u: UnitRank, lang: str, extra: tuple[dict[str, float | None], dict[str, str]] | None = None
) -> list[str]:
    lights = Counter(r.light for r in u.results)
    statuses = Counter(r.status for r in u.results)
    ahead = statuses[Status.achieved] + statuses[Status.ahead]
    return [
        "—" if u.rank is None else str(u.rank),
        u.name_zh if lang == "zh" else u.name_en,
        str(len(u.results)),
        str(ahead),
        str(statuses[Status.on_track]),
        str(behind_count(u)),
        *(str(lights[light]) for light in Light),
        "—" if u.average_gap is None else f"{u.average_gap:+.1f}",
        *(() if extra is None else (_rate(extra[0].get(u.unit)), extra[1].get(u.unit, "—"))),
    ]


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


EXTRA_HEAD = {"zh": ["报送率", "位次变化"], "en": ["Reported", "Move"]}


RANK_HEAD = {
    "zh": [
        "位次",
        "单位",
        "指标数",
        "超进度(含完成)",
        "达进度",
        "欠进度",
        "绿灯",
        "黄灯",
        "红灯",
        "灰灯",
        "平均差值(序时−完成率)",
    ],
    "en": [
        "Rank",
        "Unit",
        "Targets",
        "Ahead/achieved",
        "On track",
        "Behind",
        "Green",
        "Yellow",
        "Red",
        "Grey",
        "Avg gap (schedule−done)",
    ],
}


_Extra = tuple[dict[str, float | None], dict[str, str]] | None
"""The two columns ``rates`` and ``moved`` add, or None."""


def format_rank(
    report: Report,
    ranks: list[UnitRank],
    fmt: CheckFormat,
    lang: str = "zh",
    *,
    color: bool = False,
    rates: dict[str, float | None] | None = None,
    moved: dict[str, str] | None = None,
) -> str:
    """``rates`` (报送率 per unit) and ``moved`` (位次变化, from ``moves``) add two columns."""
    extra = None if rates is None else (rates, moved or {})
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case CheckFormat.json:
            return _rank_json(report, ranks, extra)
        case CheckFormat.csv:
            return _rank_csv(report, ranks, lang, extra)
        case CheckFormat.markdown:
            return _rank_text(report, ranks, lang, color, extra, markdown=True)
        case CheckFormat.table:
            return _rank_text(report, ranks, lang, color, extra, markdown=False)
        case _:
            assert_never(fmt)


def _rank_json(report: Report, ranks: list[UnitRank], extra: _Extra) -> str:
    rows = [
        {
            "rank": u.rank,
            "unit": u.unit,
            "name_zh": u.name_zh,
            "name_en": u.name_en,
            "targets": len(u.results),
            "by_status": {s.value: sum(r.status is s for r in u.results) for s in Status},
            "by_light": {light.value: sum(r.light is light for r in u.results) for light in Light},
            "average_gap_points": None if (gap := json_number(u.average_gap)) is None else round(gap, 4),
            **(
                {}
                if extra is None
                else {
                    "reporting_rate_pct": None if (rate := extra[0].get(u.unit)) is None else round(rate, 4),
                    "move": extra[1].get(u.unit, "—"),
                }
            ),
        }
        for u in ranks
    ]
    doc = {"period": str(report.period), "illustrative": report.illustrative, "units": rows}
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _rank_csv(report: Report, ranks: list[UnitRank], lang: str, extra: _Extra) -> str:
    head = RANK_HEAD[lang] + ([] if extra is None else EXTRA_HEAD[lang])
    rows2 = [_row(u, lang, extra) for u in ranks]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*head, "illustrative"])
    writer.writerows([*(csv_text(cell) for cell in row), str(report.illustrative).lower()] for row in rows2)
    return buffer.getvalue()


def _rank_text(
    report: Report,
    ranks: list[UnitRank],
    lang: str,
    color: bool,
    extra: _Extra,
    *,
    markdown: bool,
) -> str:
    """Markdown and the table share their header lines and rows."""
    head = RANK_HEAD[lang] + ([] if extra is None else EXTRA_HEAD[lang])
    rows2 = [_row(u, lang, extra) for u in ranks]
    from plan415x.reports.gap import header_lines

    lines = header_lines(report, lang)
    ranked = [u for u in ranks if u.rank is not None]
    if ranked:
        best = [u for u in ranked if u.rank == ranked[0].rank]
        worst = [u for u in ranked if u.rank == ranked[-1].rank]
        name = (lambda u: terminal_text(u.name_zh)) if lang == "zh" else (lambda u: terminal_text(u.name_en))
        if lang == "zh":
            lines.append(f"第一: {'、'.join(map(name, best))} · 末位: {'、'.join(map(name, worst))}")
        else:
            lines.append(f"First: {', '.join(map(name, best))} · Last: {', '.join(map(name, worst))}")
    if not ranks:
        # A header over no rows says nothing: say what is missing.
        lines.append(_NOTHING[lang][0 if not report.unit_names else 1])
    if markdown:
        out = [
            *(f"{markdown_text(x)}  " for x in lines),
            "",
            "| " + " | ".join(head) + " |",
            "|" + "---|" * len(head),
        ]
        out += ["| " + " | ".join(markdown_text(cell) for cell in row) + " |" for row in rows2]
        return "\n".join([*out, "", RANK_NOTE[lang]]) + "\n"
    from plan415x.reports.table import render_rows

    table = render_rows(head, rows2, color=color, right=frozenset(range(2, len(head))))
    return "\n".join(terminal_text(x) for x in lines) + "\n" + table + RANK_NOTE[lang] + "\n"


_NOTHING = {
    "zh": (
        "没有可排名的单位: targets.yaml 未列出 responsible_units(列出单位,并在各指标的 responsible 中注明牵头单位)",
        "没有可排名的单位: 没有按序时判定的指标有牵头单位(在指标的 responsible 中注明,或设 default_owner)",
    ),
    "en": (
        "No unit to rank: targets.yaml lists no responsible_units (list them, and name each"
        " target's lead unit first in its responsible)",
        "No unit to rank: no target judged by pace has a lead unit (name it first in the target's"
        " responsible, or set default_owner)",
    ),
}

RANK_NOTE = {
    "zh": "说明: 差值=序时进度−完成率(百分点,正数为落后,与检查表同义),按平均差值由小到大排名;"
    "只计按序时判定的指标,完成率以100%封顶;应报未报的计为完成率0,差值即序时进度(缺报的上限类指标和只在"
    "期限判定的指标不计);数据陈旧(※)的按检查表的判定计,即其完成率对照应报月份的序时进度,在年末或期限无法判定的"
    "同未报计为完成率0;复述指标只计一次;欠进度含关注/滞后/严重滞后/未完成",
    "en": "Note: gap = schedule − done (points, positive: behind, as in check); units ranked by"
    " average gap, smallest first, over targets judged by pace, completion capped at 100%;"
    " a figure due and missing counts as done 0, its gap its schedule (a missing ceiling, or a"
    " target judged at its deadline only, is not counted); a stale figure (※) counts as check"
    " judged it, its completion against the schedule of the months owed, and as missing (done 0)"
    " at the year end or deadline, where it cannot be judged; a restatement counts once;"
    " behind = watch/behind/off track/missed",
}
