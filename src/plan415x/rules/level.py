"""level / share: the latest level (or ratio) against the level due by the deadline.

Met (by the comparator): achieved. Otherwise, with a baseline, progress along the path from
the baseline to the target: completion = (actual − baseline) / (target − baseline),
schedule = months since the baseline / months from the baseline to the deadline.
Without a baseline: completion = actual / target, schedule = 100% (the level due).
"""

from __future__ import annotations

from plan415x.model import Comparator
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, completion, fmt, meets, pct, status_from_gap, step


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest()
    unit = target.unit or ""
    if obs is None or obs.value is None:
        return Outcome(Status.no_data, target=target.value, steps=("no figure reported yet",))
    actual = obs.value
    steps: list[Step] = [step("latest level ({}) = {} {}", obs.period, actual, unit)]
    if target.value is None:
        steps.append("the target's figure is missing from the plan: undefined")
        return Outcome(Status.undefined, actual=actual, data_period=obs.period, steps=tuple(steps))
    goal = target.value
    steps.append(
        step("due by the end of {}: {} {} {}", str(target.last_year), target.comparator.value, goal, unit)
    )
    base = target.baseline
    upward = target.comparator not in (Comparator.le, Comparator.lt)
    if base is not None and base.value != goal and (goal > base.value) == upward:
        months_total = (target.last_year - base.year) * 12
        months_done = (obs.period.year - base.year - 1) * 12 + obs.period.end_month
        schedule = min(max(months_done / months_total, 0.0), 1.0) * 100
        done = pct(actual - base.value, goal - base.value)
        expected = base.value + (goal - base.value) * schedule / 100
        steps.append(
            f"path from the baseline {fmt(base.value)} (end of {base.year}): completion ="
            f" ({fmt(actual)} − {fmt(base.value)}) / ({fmt(goal)} − {fmt(base.value)}) = {fmt(done)}%"
        )
        steps.append(
            f"schedule = {months_done}/{months_total} months = {fmt(schedule)}%; expected = {fmt(expected)} {unit}"
        )
    else:
        schedule, expected = 100.0, goal
        done_or_none = completion(actual, goal, target.comparator)
        if done_or_none is None:
            return Outcome(
                Status.not_assessable,
                actual=actual,
                target=goal,
                data_period=obs.period,
                steps=(*steps, "a zero target gives no ratio"),
            )
        done = done_or_none
        steps.append(
            f"completion = {fmt(actual)} / {fmt(goal)} = {fmt(done)}% of the level due (no baseline: schedule 100%)"
        )
    gap = schedule - done
    if meets(actual, goal, target.comparator, ctx.approx_tolerance_pct):
        status = Status.achieved
        steps.append(step("{} {} {}: the level is reached: achieved", actual, target.comparator.value, goal))
    else:
        status = status_from_gap(-gap, ctx.thresholds)
        steps.append(step("gap = {} − {} = {} points: {}", schedule, done, gap, status.value))
    return Outcome(
        status,
        actual=actual,
        target=goal,
        expected=expected,
        completion_pct=done,
        schedule_pct=schedule,
        gap_points=gap,
        shortfall=abs(expected - actual) if not meets(actual, expected, target.comparator, 0) else 0.0,
        remaining=abs(goal - actual),
        data_period=obs.period,
        steps=tuple(steps),
    )
