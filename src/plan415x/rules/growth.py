"""growth: year-to-date growth (累计同比, %) against the target rate, never pro-rated.

The formula, as docs/rules.md and ``plan415x explain`` give it, is ``FORMULA``: ``rule-growth`` in
the STEPS of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import (
    Context,
    above_tolerance,
    approx_ceiling,
    approx_met_step,
    meets,
    no_figure,
    over,
    status_from_gap,
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
    gap: float | None
    if target.comparator in (Comparator.le, Comparator.lt) or approx_ceiling(target):
        gap = rate - goal
    elif target.comparator is Comparator.approx and good is Good.point:
        gap = abs(rate - goal)
    else:
        gap = goal - rate
    tolerance = ctx.tolerance(goal)
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
        if met and target.comparator is Comparator.approx and good is not Good.up:
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
        steps.append(
            said("step-growth-year-end", rate=rate, comparator=target.comparator, target=goal, status=status)
        )
    else:
        assert gap is not None
        # Within an approximate target's tolerance is on track, whatever the points say.
        status = status_from_gap(-gap, ctx.thresholds)
        if met and target.comparator is Comparator.approx and status.rank < Status.on_track.rank:
            status = Status.on_track
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
