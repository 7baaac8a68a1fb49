"""growth: year-to-date growth (累计同比, %) against the target rate, never pro-rated.

diff = actual rate − target rate, in points (gap_points = target − actual); the status follows
the rate thresholds on diff. Met at a year-end figure: achieved.
"""

from __future__ import annotations

from plan415x.model import Comparator
from plan415x.results import Outcome, Status
from plan415x.rules.common import Context, fmt, meets, status_from_gap


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None:
        return Outcome(
            Status.no_data, target=target.value, steps=(f"no growth rate for {ctx.period.year} yet",)
        )
    rate = obs.value
    steps = [f"year-to-date growth ({obs.period.label_en()}) = {fmt(rate)}%"]
    if target.value is None:
        return Outcome(
            Status.undefined,
            actual=rate,
            data_period=obs.period,
            steps=(*steps, "the target rate is missing"),
        )
    goal = target.value
    # A ceiling on growth (<=, <) is behind when the rate is above it.
    gap = rate - goal if target.comparator in (Comparator.le, Comparator.lt) else goal - rate
    if meets(rate, goal, target.comparator, ctx.approx_tolerance_pct) and obs.period.end_month == 12:
        status = Status.achieved
    else:
        status = status_from_gap(-gap, ctx.thresholds)
    steps.append(
        f"gap = {fmt(gap)} points between the target {target.comparator.value} {fmt(goal)}% and the"
        f" actual {fmt(rate)}% (rates are never pro-rated): {status.value}"
    )
    return Outcome(
        status, actual=rate, target=goal, gap_points=gap, data_period=obs.period, steps=tuple(steps)
    )
