"""The annual score (年考评) of each responsible unit, from the engine's judgements.

For the year YEAR: the year-end report (1-12月), the targets that count in it (a target and its
restatement once, by the worse judgement, monitoring never: ``results.counted``), each scored
for its lead unit (or every unit, ``scored: all``) by the rules of the scoring file. A unit's total is the sum of its lines:
each target's base points, each rule's lines, the caps and the floors, every one rounded to
0.01 where it is made (see rules/common.py). Nothing depends on the order of files, the date
of the run or the machine: files are ordered by period, targets by the plan, units by score
and id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import cache

from plan415x.engine import Engine, applies, owes
from plan415x.periods import Period
from plan415x.results import Outcome, Report, Result, Status, counted
from plan415x.rules.common import Observation
from plan415x.scoring.model import BonusRule, Exemption, Rule, ScoringFile
from plan415x.scoring.rules import RULES
from plan415x.scoring.rules.common import ZERO, Facts, cents, dec, pts
from plan415x.values import Reporting, Target

NOT_SCORED = frozenset({Status.not_due, Status.undefined, Status.not_assessable, Status.monitoring})
BASE, FLOOR, CAP = "base", "floor", "cap"


@dataclass(frozen=True)
class Line:
    """One line of a unit's breakdown. ``target`` None: a line of the unit as a whole."""

    unit: str
    target: str | None
    rule: str
    """A rule id of the scoring file, or base, floor, cap."""
    amount: Decimal
    basis: str
    period: Period | None = None
    waived: Decimal = ZERO
    exemption: Exemption | None = None


@dataclass(frozen=True)
class UnitScore:
    unit: str
    name_zh: str
    name_en: str
    lines: tuple[Line, ...]
    targets: tuple[Result, ...]
    """The year-end results of the targets scored, in the plan's order."""
    unscored: tuple[Result, ...]
    """The unit's targets that count but are not judged at the year end (not due, undefined…)."""
    total: Decimal
    full: Decimal
    rank: int = 0

    @property
    def rate(self) -> Fraction | None:
        """total / full points, exact."""
        return Fraction(self.total) / Fraction(self.full) if self.full else None

    def by_rule(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for line in self.lines:
            out[line.rule] = out.get(line.rule, ZERO) + line.amount
        return out

    def by_target(self) -> dict[str | None, Decimal]:
        out: dict[str | None, Decimal] = {}
        for line in self.lines:
            out[line.target] = out.get(line.target, ZERO) + line.amount
        return out


@dataclass(frozen=True)
class Score:
    year: int
    scoring: ScoringFile
    report: Report
    """The year-end report the score rests on."""
    units: tuple[UnitScore, ...]
    periods: tuple[Period, ...]
    """The periods of the year with an actuals file (the year's status history)."""
    unassigned: tuple[str, ...] = field(default=())
    """Ids of targets that count but have no responsible unit: scored for nobody."""
    ranked_among: int = 0
    """How many units were ranked (all of them, also when ``units`` holds only one)."""
    illustrative: bool = False
    """Any figure of the year is an illustrative sample: every output says so."""
    target_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Names (zh, en) of the year-end report's targets, by id."""

    @property
    def year_end_reported(self) -> bool:
        return any(p.end_month == 12 for p in self.periods)


def points_of(scoring: ScoringFile, target: Target) -> Decimal:
    for weight in scoring.weights.rules:
        if (
            (weight.target is None or weight.target == target.id)
            and (weight.kind is None or weight.kind is target.kind)
            and (weight.hedge is None or weight.hedge is target.hedge)
            and (weight.action is None or weight.action == target.action)
        ):
            return cents(weight.points)
    return cents(scoring.weights.default)


def covers(exemption: Exemption, rule: str, unit: str, target: str, period: Period | None, year: int) -> bool:
    """Whether the exemption removes ``rule``'s deduction for the unit's target at ``period``
    (None: a year-end deduction, which only a whole year's exemption covers)."""
    if rule not in exemption.rules:
        return False
    if exemption.target not in (None, target) or exemption.unit not in (None, unit):
        return False
    span = Period.parse(exemption.period) if exemption.period else Period.parse(str(year))
    months = _months(span)
    if span.year != year:
        return False
    if period is None:
        return months == range(1, 13)
    return period.year == year and period.end_month in months


def _months(period: Period) -> range:
    text = period.text
    if "-" in text:
        return range(period.end_month, period.end_month + 1)
    if "Q" in text:
        return range(period.end_month - 2, period.end_month + 1)
    if "H" in text:
        return range(period.end_month - 5, period.end_month + 1)
    return range(1, 13)


def score_year(engine: Engine, scoring: ScoringFile, year: int, *, unit: str | None = None) -> Score:
    """Every unit's score for ``year`` (only ``unit``'s when given: the same figures, the unit
    still ranked among all)."""
    period = Period.parse(str(year))
    report = year_end_report(engine, period)
    periods = tuple(p for p in engine.periods() if p.year == year)
    kept = counted(report.results)
    members: dict[str, list[Result]] = {}
    unassigned: list[str] = []
    for result in kept:
        units = result.target.responsible if scoring.scored == "all" else result.target.responsible[:1]
        if not units:
            unassigned.append(result.target.id)
        for u in units:
            members.setdefault(u, []).append(result)
    reported: dict[str, list[Observation]] = {}
    for target_id, observations in engine.history.items():
        reported[target_id] = [o for o in observations if o.period.year == year]

    def outcome_at(result: Result) -> Callable[[Period], Outcome]:
        @cache
        def at(p: Period) -> Outcome:
            # The year end's outcome is the report's: judged once.
            return result.outcome if p.key == period.key else engine.judge(result.target, p)

        return at

    histories = {r.target.id: outcome_at(r) for r in kept}
    reporting = engine.dataset.plan.reporting
    scores: list[UnitScore] = []
    names = report.unit_names
    for unit_id in sorted(members):
        scores.append(
            _unit_score(
                unit_id,
                names.get(unit_id, (unit_id, unit_id)),
                members[unit_id],
                scoring,
                year,
                histories,
                reported,
                reporting,
                periods,
            )
        )
    ranked = _ranked(scores, scoring.rank_by)
    if unit is not None:
        ranked = [u for u in ranked if u.unit == unit]
    illustrative = report.illustrative or any(
        a.file.illustrative for a in engine.dataset.actuals if a.period.year == year
    )
    names = {r.target.id: (r.target.name_zh, r.target.name_en) for r in report.results}
    return Score(
        year, scoring, report, tuple(ranked), periods, tuple(unassigned), len(scores), illustrative, names
    )


def year_end_report(engine: Engine, period: Period) -> Report:
    """The report of the year end as ``Engine.report`` makes it (the same targets, order and
    results), without the previous period's statuses, which no score uses: judging each target
    once more would cost as much as the rest of the year-end report."""
    plan = engine.dataset.plan
    action_order = {a.id: i for i, a in enumerate(plan.actions)}
    chosen = sorted(
        (t for t in plan.targets if applies(t, period)), key=lambda t: action_order.get(t.action, 0)
    )
    results = tuple(engine.result(t, period, None) for t in chosen)
    return Report(
        plan=plan.plan,
        period=period,
        previous_period=None,
        as_of=max((r.as_of for r in results if r.as_of), default=None),
        illustrative=any(r.illustrative for r in results),
        results=results,
        action_names={a.id: (a.name_zh, a.name_en) for a in plan.actions},
        unit_names={u.id: (u.name_zh, u.name_en) for u in plan.responsible_units},
        measure_names={m.id: m.symbol_en or m.name_en for m in engine.dataset.measures.all()},
    )


def _unit_score(
    unit: str,
    name: tuple[str, str],
    results: list[Result],
    scoring: ScoringFile,
    year: int,
    histories: Mapping[str, Callable[[Period], Outcome]],
    reported: Mapping[str, list[Observation]],
    reporting: Reporting,
    periods: tuple[Period, ...],
) -> UnitScore:
    lines: list[Line] = []
    scored: list[Result] = []
    unscored: list[Result] = []
    for result in results:
        if result.status in NOT_SCORED:
            unscored.append(result)
            continue
        scored.append(result)
        lines += _target_lines(unit, result, scoring, year, histories, reported, reporting, periods)
    bonus_ids = {r.id for r in scoring.rules if isinstance(r, BonusRule)}
    bonus = sum((line.amount for line in lines if line.rule in bonus_ids), ZERO)
    cap = scoring.caps.bonus_per_unit
    if cap is not None and bonus > cents(cap):
        lines.append(
            Line(unit, None, CAP, cents(cap) - bonus, f"bonuses {pts(bonus)} capped at {pts(cents(cap))}")
        )
    total = sum((line.amount for line in lines), ZERO)
    floor = scoring.floors.unit
    if floor is not None and total < cents(floor):
        lines.append(
            Line(
                unit,
                None,
                FLOOR,
                cents(floor) - total,
                f"total {pts(total)} raised to the floor {pts(cents(floor))} (不计负分)",
            )
        )
        total = cents(floor)
    full = sum((line.amount for line in lines if line.rule == BASE), ZERO)
    return UnitScore(unit, name[0], name[1], tuple(lines), tuple(scored), tuple(unscored), total, full)


def _target_lines(
    unit: str,
    result: Result,
    scoring: ScoringFile,
    year: int,
    histories: Mapping[str, Callable[[Period], Outcome]],
    reported: Mapping[str, list[Observation]],
    reporting: Reporting,
    periods: tuple[Period, ...],
) -> list[Line]:
    target = result.target
    points = points_of(scoring, target)
    # The plan's reporting calendar: the target's own due day, else its frequency's.
    due_day = reporting.due_day_of(target)
    facts = Facts(
        unit=unit,
        points=points,
        year_end=result,
        periods=periods,
        outcome_at=histories[target.id],
        owed=tuple(p for p in periods if owes(target, p, reporting.frequency)),
        reports=tuple(reported.get(target.id, ())),
        due_day=due_day,
    )

    def exempt(rule: str, period: Period | None) -> Exemption | None:
        return next((e for e in scoring.exemptions if covers(e, rule, unit, target.id, period, year)), None)

    lines = [
        Line(unit, target.id, BASE, points, f"{target.hedge.value} {target.kind.value}: {pts(points)} points")
    ]
    for rule in scoring.rules:
        drafts = RULES[rule.type](rule, facts, exempt)
        made = [
            Line(unit, target.id, rule.id, d.amount, d.basis, d.period, d.waived, d.exemption) for d in drafts
        ]
        lines += made
        lines += _capped(unit, target.id, rule, made)
    floor = scoring.floors.target
    net = sum((line.amount for line in lines), ZERO)
    if floor is not None and net < cents(floor):
        lines.append(
            Line(
                unit,
                target.id,
                FLOOR,
                cents(floor) - net,
                f"score {pts(net)} raised to the floor {pts(cents(floor))} (扣完为止)",
            )
        )
    return lines


def _capped(unit: str, target: str, rule: Rule, made: list[Line]) -> list[Line]:
    if rule.max_per_target is None or not made:
        return []
    moved = sum((line.amount for line in made), ZERO)
    limit = cents(rule.max_per_target)
    if abs(moved) <= limit:
        return []
    back = (limit if moved > 0 else -limit) - moved
    return [
        Line(
            unit,
            target,
            rule.id,
            back,
            f"{rule.id} capped at {pts(limit)} per target ({pts(moved)} → {pts(moved + back)})",
        )
    ]


def _ranked(scores: list[UnitScore], rank_by: str) -> list[UnitScore]:
    def value(u: UnitScore) -> Fraction:
        if rank_by == "total":
            return Fraction(u.total)
        return u.rate if u.rate is not None else Fraction(-1)

    ordered = sorted(scores, key=lambda u: (-value(u), u.unit))
    out: list[UnitScore] = []
    rank, previous = 0, None
    for position, u in enumerate(ordered, start=1):
        v = value(u)
        if v != previous:
            rank, previous = position, v
        out.append(
            UnitScore(u.unit, u.name_zh, u.name_en, u.lines, u.targets, u.unscored, u.total, u.full, rank)
        )
    return out


__all__ = ["BASE", "CAP", "FLOOR", "Line", "Score", "UnitScore", "dec", "points_of", "score_year"]
