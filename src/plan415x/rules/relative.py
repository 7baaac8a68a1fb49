"""relative: the actual against a reference raised by the target's percentage.

required = reference × (1 + target% / 100), e.g. 10% above last year's provincial average;
completion = actual / required; schedule 100%; gap = 100 − completion; met (approx: within its
tolerance, or over it): achieved. Without the reference value nothing can be said:
not_assessable. The deadline period (the end of last_year) is the last chance: not met there is
missed, and a figure older than the one owed there cannot be judged (no_data).
"""

from __future__ import annotations

from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, fmt, meets, no_figure, over, pct, status_from_gap, step


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None or target.value is None:
        return no_figure(ctx, f"no figure for {ctx.period.year} yet", owed=ctx.owed_month() > 0)
    actual = obs.value
    steps: list[Step] = [step("actual ({}) = {}", obs.period, actual)]
    stale = ctx.is_stale(obs)
    if stale:
        steps.append(ctx.stale_step(obs))
    reference = obs.reference
    if reference is None:
        steps.append("no reference value given: not_assessable")
        return Outcome(
            Status.not_assessable, actual=actual, data_period=obs.period, steps=tuple(steps), stale=stale
        )
    required = reference * (1 + target.value / 100)
    steps.append(
        step(
            "required = reference × (1 + {}%) = {} × {} = {}",
            target.value,
            reference,
            fmt(1 + target.value / 100, 6),
            required,
        )
    )
    if required <= 0:
        steps.append("a reference ≤ 0 gives no ratio: not_assessable")
        return Outcome(
            Status.not_assessable, actual=actual, data_period=obs.period, steps=tuple(steps), stale=stale
        )
    done = pct(actual, required)
    due = ctx.period.year >= target.last_year and ctx.period.end_month == 12
    tolerance = ctx.tolerance(required)
    is_over = over(actual, required, target.comparator, tolerance)
    if meets(actual, required, target.comparator, tolerance) or is_over:
        status = Status.achieved
    elif due and stale:
        status = Status.no_data  # the last chance needs the figure owed there, not an older one
    elif due:
        status = Status.missed
    else:
        status = status_from_gap(done - 100, ctx.thresholds)
    steps.append(step("completion = {} / {} = {}%: {}", actual, required, done, status.value))
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
        stale=stale,
        over=is_over,
    )
