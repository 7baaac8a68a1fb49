"""The lines of the annual score (年考评): each target's base points, each rule's lines, the cap
per target and the target's floor, every one rounded to 0.01 where it is made (see
rules/common.py), and which exemption covers a deduction. A unit's total, its cap and floor,
the year's state and the ranking are in ``engine``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from plan415x.engine import owes
from plan415x.periods import Period
from plan415x.problems import said
from plan415x.results import Outcome, Result
from plan415x.rules.common import Observation
from plan415x.scoring.model import Exemption, Rule, ScoringFile
from plan415x.scoring.points import BASE, FLOOR, ZERO, Line, cents, pts
from plan415x.scoring.rules import RULES
from plan415x.scoring.rules.common import Facts
from plan415x.values import Reporting, Target


def points_of(scoring: ScoringFile, target: Target) -> Decimal:
    for weight in scoring.weights.rules:
        if (
            (weight.target is None or weight.target == target.id)
            and (weight.kind is None or weight.kind is target.kind)
            and (weight.hedge is None or weight.hedge is target.judged_hedge)
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


def target_lines(
    unit: str,
    result: Result,
    scoring: ScoringFile,
    year: int,
    histories: Mapping[str, Callable[[Period], Outcome]],
    reported: Mapping[str, list[Observation]],
    reporting: Reporting,
    periods: tuple[Period, ...],
    pending: Period | None = None,
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
        owed=tuple(
            p
            for p in periods
            if owes(target, p, reporting.frequency, merge_january=reporting.merge_january)
            and (pending is None or p.key != pending.key)
        ),
        reports=tuple(reported.get(target.id, ())),
        due_day=due_day,
        calendar=reporting.calendar,
        end=pending,
    )

    def exempt(rule: str, period: Period | None) -> Exemption | None:
        return next((e for e in scoring.exemptions if covers(e, rule, unit, target.id, period, year)), None)

    base = said("scoring-base", hedge=target.judged_hedge, kind=target.kind, points=pts(points))
    lines = [Line(unit, target.id, BASE, points, base)]
    for rule in scoring.rules:
        drafts = RULES[rule.type](rule, facts, exempt)
        made = [
            Line(unit, target.id, rule.id, d.amount, d.said, d.period, d.waived, d.exemption) for d in drafts
        ]
        lines += made
        lines += _capped(unit, target.id, rule, made)
    floor = scoring.floors.target
    net = sum((line.amount for line in lines), ZERO)
    if floor is not None and net < cents(floor):
        raised = said("scoring-target-floor", net=pts(net), floor=pts(cents(floor)))
        lines.append(Line(unit, target.id, FLOOR, cents(floor) - net, raised))
    return lines


def _capped(unit: str, target: str, rule: Rule, made: list[Line]) -> list[Line]:
    if rule.max_per_target is None or not made:
        return []
    moved = sum((line.amount for line in made), ZERO)
    limit = cents(rule.max_per_target)
    if abs(moved) <= limit:
        return []
    back = (limit if moved > 0 else -limit) - moved
    after = pts(moved + back)
    capped = said("scoring-cap-per-target", rule=rule.id, limit=pts(limit), moved=pts(moved), after=after)
    return [Line(unit, target, rule.id, back, capped)]
