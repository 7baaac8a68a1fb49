"""季晾晒 as numbers: responsible units ranked by how far their targets are from the schedule.

``ranking`` is the one ranking, with its tie-breaks (报送率) and 位次变化: ``plan415x rank``, the
通报, the HTML page and the workbook's 责任单位 sheet show it and never assemble their own."""

from __future__ import annotations

from dataclasses import dataclass

from plan415x.engine import Engine
from plan415x.periods import Period
from plan415x.results import Report, Result, Status, counted
from plan415x.rules.common import year_schedule_pct
from plan415x.values import Comparator, Kind, Pace, Target
from plan415x.views.reporting import Reporting, reporting


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
    (1, 2, 2, 4), unless ``rates`` (报送率 per unit, from ``views.reporting``) is given: then
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
    """报送率 per unit (``views.reporting``), which breaks ties."""
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
