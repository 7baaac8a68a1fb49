"""growth: year-to-date growth (累计同比, %) against the target rate, never pro-rated.

The formula, as docs/rules.md and ``plan415x explain`` give it, is ``FORMULA``: ``rule-growth`` in
the STEPS of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, no_figure, status_from_gap
from plan415x.rules.compare import (
    above_tolerance,
    approx_ceiling,
    approx_met_step,
    meets,
    over,
    range_gap,
    range_step,
)
from plan415x.values import Comparator, Good

FORMULA = said("rule-growth", kind="growth")


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None or target.value is None:
        return no_figure(ctx, said("step-no-growth-for-year", year=str(ctx.period.year)))
    rate = obs.value
    steps: list[Step] = [said("step-growth", period=obs.period, rate=rate)]
    stale = ctx.is_stale(obs)
    if stale:
        steps.append(ctx.stale_step(obs))
    goal = target.value
    good = target.effective_good
    # A ceiling on growth (<=, <; 左右 whose good side is down: CPI 3%左右) is behind when the
    # rate is above it; a point target (good: point) is behind by its distance either way.
    # A range (between) is judged against its bounds: the lower for up, the upper for down,
    # the nearer one for a point (negative inside: the margin left).
    tolerance = ctx.tolerance(goal)
    ranged = target.comparator is Comparator.between
    gap: float | None
    if ranged:
        gap = range_gap(rate, goal, goal + tolerance, good)
        steps.append(said("step-range", low=goal, high=goal + tolerance, good=good))
    elif target.comparator in (Comparator.le, Comparator.lt) or approx_ceiling(target):
        gap = rate - goal
    elif target.comparator is Comparator.approx and good is Good.point:
        gap = abs(rate - goal)
    else:
        gap = goal - rate
    met = meets(rate, goal, target.comparator, tolerance, good)
    is_over = over(rate, goal, target.comparator, tolerance, good)
    beyond = above_tolerance(rate, goal, target.comparator, tolerance, good)
    final = ctx.period.end_month == 12
    if final and obs.period.end_month != 12:
        status, gap = Status.no_data, None
        steps.append(said("step-growth-final-owed", period=obs.period))
    elif final:
        # An approximate rate (左右) above its tolerance is over the target, never missed.
        status = Status.achieved if met or is_over else Status.missed
        if ranged:
            steps.append(range_step(rate, goal, goal + tolerance, good, status))
        elif met and target.comparator is Comparator.approx and good is not Good.up:
            steps.append(approx_met_step(rate, goal, tolerance))
        elif beyond:
            steps.append(
                said(
                    "step-approx-above",
                    actual=rate,
                    target=goal,
                    tolerance=tolerance,
                    good=good,
                    status=status,
                )
            )
        if not ranged:
            steps.append(
                said(
                    "step-growth-year-end",
                    rate=rate,
                    comparator=target.comparator,
                    target=goal,
                    status=status,
                )
            )
    else:
        assert gap is not None
        # Within an approximate target's tolerance is on track, whatever the points say.
        status = status_from_gap(-gap, ctx.thresholds)
        approximate = target.comparator in (Comparator.approx, Comparator.between)
        if met and approximate and status.rank < Status.on_track.rank:
            status = Status.on_track
        if ranged:
            steps.append(said("step-range-gap", gap=gap))
            steps.append(range_step(rate, goal, goal + tolerance, good, status))
        else:
            steps.append(
                said(
                    "step-growth-gap",
                    gap=gap,
                    comparator=target.comparator,
                    target=goal,
                    rate=rate,
                    status=status,
                )
            )
    return Outcome(
        status,
        actual=rate,
        target=goal,
        gap_points=gap,
        data_period=obs.period,
        steps=tuple(steps),
        stale=stale,
        over=is_over,
    )
