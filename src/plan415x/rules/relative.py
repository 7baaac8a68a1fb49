"""relative: the actual against a reference raised by the target's percentage.

required = reference × (1 + target% / 100), e.g. 10% above last year's provincial average;
completion = actual / required; schedule 100%; met: achieved. Without the reference value
nothing can be said: not_assessable.
"""

from __future__ import annotations

from plan415x.results import Outcome, Status
from plan415x.rules.common import Context, fmt, meets, pct, status_from_gap


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None:
        return Outcome(Status.no_data, steps=(f"no figure for {ctx.period.year} yet",))
    actual = obs.value
    steps = [f"actual ({obs.period.label_en()}) = {fmt(actual)}"]
    reference = obs.reference
    if reference is None:
        steps.append("no reference value given: not_assessable")
        return Outcome(Status.not_assessable, actual=actual, data_period=obs.period, steps=tuple(steps))
    if target.value is None:
        return Outcome(
            Status.undefined,
            actual=actual,
            data_period=obs.period,
            steps=(*steps, "the target's percentage is missing"),
        )
    required = reference * (1 + target.value / 100)
    steps.append(
        f"required = reference × (1 + {fmt(target.value)}%) = {fmt(reference)} × {fmt(1 + target.value / 100, 4)} = {fmt(required)}"
    )
    if required <= 0:
        return Outcome(
            Status.not_assessable,
            actual=actual,
            data_period=obs.period,
            steps=(*steps, "a reference ≤ 0 gives no ratio"),
        )
    done = pct(actual, required)
    if meets(actual, required, target.comparator, ctx.approx_tolerance_pct):
        status = Status.achieved
    else:
        status = status_from_gap(done - 100, ctx.thresholds)
    steps.append(f"completion = {fmt(actual)} / {fmt(required)} = {fmt(done)}%: {status.value}")
    return Outcome(
        status,
        actual=actual,
        target=required,
        expected=required,
        completion_pct=done,
        schedule_pct=100.0,
        gap_points=100 - done,
        shortfall=max(required - actual, 0.0),
        data_period=obs.period,
        steps=tuple(steps),
    )
