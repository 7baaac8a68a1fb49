"""季晾晒 as numbers: responsible units ranked by how far their targets are from the schedule.

``ranking`` is the one ranking, with its tie-breaks (报送率) and 位次变化: ``plan415x rank``, the
通报, the HTML page and the workbook's 责任单位 sheet show it and never assemble their own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from plan415x.engine import Engine
from plan415x.periods import Period
from plan415x.results import Light, Report, Result, Status, counted
from plan415x.rules.common import year_schedule_pct
from plan415x.values import Kind, Pace, RankSettings, Target
from plan415x.views.published import Correction, correction, read
from plan415x.views.reporting import Reporting, reporting


class Standing(str, Enum):
    """Where a unit stands in the 季晾晒: ranked, 未报 (reported nothing that was due: last,
    without a place) or 不参与排名 (fewer counted targets than ``min_targets``)."""

    ranked = "ranked"
    silent = "silent"
    excluded = "excluded"


@dataclass(frozen=True)
class UnitRank:
    unit: str
    name_zh: str
    name_en: str
    results: tuple[Result, ...]
    average_gap: float | None
    """平均欠进度: the mean over the unit's counted targets of how far each is behind the
    schedule, in points, an early one counting 0 (``pace_gap``); None when none is counted."""
    rank: int | None
    """The place within the unit's group; None unless ``standing`` is ranked."""
    standing: Standing = Standing.ranked
    counted: int = 0
    """Targets counted in ``average_gap`` (judged by pace, a restatement pair once)."""
    group: str | None = None
    rate: float | None = None
    """报送率 (``views.reporting``), which breaks ties; None when nothing was due or not asked."""

    @property
    def ahead(self) -> int:
        """超进度 (achieved included)."""
        return sum(r.status in (Status.achieved, Status.ahead) for r in self.results)

    @property
    def on_track(self) -> int:
        return sum(r.status is Status.on_track for r in self.results)

    @property
    def behind(self) -> int:
        return behind_count(self)

    @property
    def reds(self) -> int:
        return sum(r.light is Light.red for r in self.results)

    @property
    def yellows(self) -> int:
        return sum(r.light is Light.yellow for r in self.results)

    def counts(self) -> dict[str, int]:
        """The unit's counts as rank's JSON and the publication record write them, in order:
        指标数, 计入指标, 超/达/欠进度, 红/黄灯."""
        return {
            "targets": len(self.results),
            "counted": self.counted,
            "ahead": self.ahead,
            "on_track": self.on_track,
            "behind": self.behind,
            "red": self.reds,
            "yellow": self.yellows,
        }


DEFAULT_SETTINGS = RankSettings()
"""The documented default: capped_gap, at least 3 counted targets, no peer groups."""

PACED = frozenset({Kind.annual, Kind.one_year, Kind.cumulative, Kind.composite})


def pace_gap(result: Result, period: Period | None = None, *, whole: bool = False) -> float | None:
    """How far one target judged by pace is behind the schedule, in points, never below 0
    (``assessment.ranking.measure: capped_gap``): max(schedule − completion, 0), so a target
    done early counts 0 and can never make up for another behind. None for targets not judged by
    pace (rates, levels without a path, milestones).

    - A count of whole items (``whole``) owes ⌊target × schedule⌋ items before its deadline: its
      gap is the items missing of those owed, as a share of the target (1 of 1 a year, none owed
      at 1-6月: 0, not 50).
    - A ceiling (<=, <) of a flow: max(used − schedule, 0).
    - Silence is not rewarded: a figure due and missing (no_data) counts as completion 0, so its
      gap is its schedule (1-6月 of a linear annual target: 50 points behind). A stale figure
      (※) keeps the gap it was judged with, against the months owed."""
    o, t = result.outcome, result.target
    if not _paced(t):
        return None
    if o.status is Status.no_data:
        return missing_schedule(result, period)
    if o.gap_points is None or o.completion_pct is None or o.schedule_pct is None:
        return None
    ceiling = t.is_ceiling
    if ceiling and t.kind not in (Kind.level, Kind.share):
        return max(o.gap_points, 0.0)
    if whole and not ceiling and o.shortfall is not None and o.target is not None:
        base = t.baseline.value if t.baseline is not None and t.kind in (Kind.level, Kind.share) else 0.0
        span = o.target - base
        if span > 0:
            return max(o.shortfall, 0.0) / span * 100
    return max(o.schedule_pct - o.completion_pct, 0.0)


def _paced(t: Target) -> bool:
    return t.kind in PACED or (t.kind in (Kind.level, Kind.share) and t.baseline is not None)


def missing_schedule(result: Result, period: Period | None) -> float | None:
    """The schedule a missing figure is owed against (completion 0: the gap is the schedule).
    A ceiling (<=, <) owes no progress, and a target judged at its deadline only owes nothing
    before it: both None (not counted)."""
    o, t = result.outcome, result.target
    if t.is_ceiling:
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
    report: Report,
    *,
    all_units: bool = False,
    rates: dict[str, float | None] | None = None,
    settings: RankSettings = DEFAULT_SETTINGS,
    groups: dict[str, str | None] | None = None,
    whole: Callable[[Target], bool] | None = None,
) -> list[UnitRank]:
    """The units of ``report`` by 平均欠进度 (``pace_gap``, mean over counted targets), least
    behind first, within each peer group (``groups``: unit → group; the groups in the order of
    ``settings.groups``, then of their first unit). Ties are broken by 报送率 (``rates``, higher
    first), then by fewer reds; units equal on all three share a place (1, 2, 2, 4). After the
    ranked units of a group: those that reported nothing that was due (报送率 0: 未报), then
    those with fewer counted targets than ``settings.min_targets`` (不参与排名). A target and its
    restatement count once, by the worse judgement of the two (``results.counted``); a part of a
    report (one unit's workbook) is ranked among all units (``Report.whole``)."""
    members: dict[str, list[Result]] = {}
    for r in counted(report.whole if report.whole is not None else report.results):
        units = r.target.responsible if all_units else r.target.responsible[:1]
        for unit in units:
            members.setdefault(unit, []).append(r)
    rates = rates or {}
    groups = groups or {}
    is_whole = whole or (lambda _t: False)
    order = {g: i for i, g in enumerate(settings.groups)}
    for unit in [*report.unit_names, *members]:
        g = groups.get(unit)
        if g is not None and g not in order:
            order[g] = len(order)
    by_group: dict[str | None, list[UnitRank]] = {}
    for unit, results in members.items():
        gaps = [d for r in results if (d := pace_gap(r, report.period, whole=is_whole(r.target))) is not None]
        rate = rates.get(unit)
        if rate == 0.0:
            standing = Standing.silent
        elif len(gaps) < settings.min_targets:
            standing = Standing.excluded
        else:
            standing = Standing.ranked
        names = report.unit_names.get(unit, (unit, unit))
        group = groups.get(unit)
        by_group.setdefault(group, []).append(
            UnitRank(
                unit,
                names[0],
                names[1],
                tuple(results),
                sum(gaps) / len(gaps) if gaps else None,
                None,
                standing,
                len(gaps),
                group,
                rate,
            )
        )
    out: list[UnitRank] = []
    for group in sorted(by_group, key=lambda g: (g is None, order.get(g, 0) if g is not None else 0)):
        out += _placed(by_group[group])
    return out


def _placed(units: list[UnitRank]) -> list[UnitRank]:
    """One group's units in order, the ranked ones with their places."""

    def key(u: UnitRank) -> tuple[float, float, int]:
        return (round(u.average_gap or 0.0, 6), -(u.rate or 0.0), u.reds)

    ranked = sorted((u for u in units if u.standing is Standing.ranked), key=lambda u: (key(u), u.unit))
    out: list[UnitRank] = []
    previous: tuple[float, float, int] | None = None
    place = 0
    for position, u in enumerate(ranked, start=1):
        if key(u) != previous:
            place, previous = position, key(u)
        out.append(replace(u, rank=place))
    out += sorted((u for u in units if u.standing is Standing.silent), key=lambda u: u.unit)
    out += sorted((u for u in units if u.standing is Standing.excluded), key=lambda u: u.unit)
    return out


NEW_YEAR = "新年度"
"""位次变化 of a first 晾晒 of the year (1月, Q1, H1): not compared with December."""


def moves(now: list[UnitRank], before: list[UnitRank] | None, *, new_year: bool = False) -> dict[str, str]:
    """位次变化 since the last 晾晒: ↑2 (up two places), ↓1, 新 (unranked before), — (the same
    place, or unranked now, or nothing to compare with); 新年度 for every ranked unit of the
    year's first 晾晒."""
    if new_year:
        return {u.unit: NEW_YEAR if u.rank is not None else "—" for u in now}
    if before is None:
        return {u.unit: "—" for u in now}
    return moves_from(now, {u.unit: u.rank for u in before})


def moves_from(now: list[UnitRank], old: dict[str, int | None]) -> dict[str, str]:
    """位次变化 against the places ``old`` (unit → place): computed, or as published."""
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


def last_of_cadence(period: Period) -> Period | None:
    """The last 晾晒 of the same cadence before ``period``: a quarter's the previous quarter, a
    month's the previous month, a half's the first half, a year's the year before. None for the
    year's first (1月, Q1, H1): a new year is not compared with December."""
    y, m, text = period.year, period.end_month, period.text
    if "Q" in text:
        return None if m == 3 else Period(y, m - 3, f"{y}Q{m // 3 - 1}")
    if "H" in text:
        return None if m == 6 else Period(y, 6, f"{y}H1")
    if "-" in text:
        return None if m == 1 else Period(y, m - 1, f"{y}-{m - 1:02d}")
    return Period(y - 1, 12, str(y - 1))


@dataclass(frozen=True)
class Ranking:
    """A period's ranking as every output shows it: ``plan415x rank``, the 通报, the HTML page
    and the workbook's 责任单位 sheet take it from ``ranking``, never assemble their own."""

    units: list[UnitRank]
    rates: dict[str, float | None]
    """报送率 per unit (``views.reporting``), which breaks ties."""
    moved: dict[str, str] | None
    """位次变化 per unit (``moves``); None when not asked for."""
    settings: RankSettings = DEFAULT_SETTINGS
    """The data's ``assessment.ranking``: the rule applied, which the note under it states."""
    compared_with: Period | None = None
    """The 晾晒 ``moved`` is against (``last_of_cadence``); None: none to compare with."""
    new_year: bool = False
    """The year's first 晾晒: ``moved`` says 新年度."""
    published: str | None = None
    """The date ``compared_with`` was published (``plan415x publish``): ``moved`` is against the
    places published then, not against its data as it is now. None: not published."""
    corrections: tuple[Correction, ...] = ()
    """The published periods this ranking shows or compares with whose figures have changed
    since (``views.published``): the period itself first, then ``compared_with``."""


def ranking(
    engine: Engine,
    report: Report,
    *,
    all_units: bool = False,
    current: Reporting | None = None,
    moved: bool = True,
) -> Ranking:
    """The units of ``report`` ranked by the data's ``assessment.ranking`` with 报送率 breaking
    ties, and their 位次变化 since the last 晾晒 of the same cadence (``last_of_cadence``),
    ranked the same way (``moved``: False for an output that does not show it, which spares
    judging that period). ``current``: the period's reporting when the caller has it already."""
    dataset = engine.dataset
    plan = dataset.plan
    settings = plan.assessment.ranking
    groups = {u.id: u.group or None for u in plan.responsible_units}  # an empty group: none
    if current is None:
        current = reporting(dataset, report.period)
    rates = {u.unit: u.rate for u in current.units}

    def rank(of: Report, rates: dict[str, float | None]) -> list[UnitRank]:
        return rank_units(
            of, all_units=all_units, rates=rates, settings=settings, groups=groups, whole=engine.whole_items
        )

    units = rank(report, rates)
    root = dataset.root
    own = read(root, report.period)
    fixed = None if own is None else correction(own, report, {u.unit: u.rank for u in units})
    mine = (fixed,) if fixed else ()
    if not moved:
        return Ranking(units, rates, None, settings, corrections=mine)
    earlier = last_of_cadence(report.period)
    if earlier is None:
        return Ranking(
            units, rates, moves(units, None, new_year=True), settings, None, new_year=True, corrections=mine
        )
    was = read(root, earlier)
    # Only a 晾晒 that could have been made: a file of that period's months (2024-03 for 2024Q1).
    if not any(p.key == earlier.key for p in engine.periods()):
        if was is not None:  # published, its file gone since: the published places stand
            return Ranking(
                units, rates, moves_from(units, was.places), settings, earlier, False, was.date, mine
            )
        return Ranking(units, rates, moves(units, None), settings, corrections=mine)
    old_rates = {u.unit: u.rate for u in reporting(dataset, earlier).units}
    # Its places need its outcomes only, not the statuses before it: judged once, not twice.
    old_report = engine.report(earlier, changes=False)
    before = rank(old_report, old_rates)
    if was is None:
        return Ranking(units, rates, moves(units, before), settings, earlier, corrections=mine)
    # Published: the places the leader read stand; a change of its figures since is said.
    then = correction(was, old_report, {u.unit: u.rank for u in before})
    return Ranking(
        units,
        rates,
        moves_from(units, was.places),
        settings,
        earlier,
        False,
        was.date,
        (*mine, *((then,) if then else ())),
    )


BEHIND = (Status.watch, Status.behind, Status.off_track, Status.missed)


def behind_count(u: UnitRank) -> int:
    """欠进度: below the schedule, or missed at the deadline."""
    return sum(r.status in BEHIND for r in u.results)
