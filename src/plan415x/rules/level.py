"""level / share: the latest level (or ratio) against the level due by the deadline.

Met (by the comparator; approx within its tolerance): achieved. Otherwise by the pace:
- linear, along the path from a baseline: completion = (actual − baseline) / (target − baseline),
  schedule = months since the baseline / months from the baseline to the deadline (the share of
  that span's time, labelled with its years), expected = baseline + (target − baseline) ×
  schedule (for counts: rounded down to whole items, which cap the light as for flows),
  shortfall = max(expected − actual, 0);
- always (a level to hold at every period): completion = actual / target against 100%;
- deadline (the default without a baseline): not_due until the end of the year it is due (no
  schedule and no gap: the distance still to go is shown), then completion = actual / target.
For a ceiling (<=, <) completion is target / actual. A figure older than the one owed by the
reporting frequency is stale: the path is read at the months owed. The deadline period is the
last chance: a level not reached there is missed, and a stale figure cannot be judged (no_data).
"""

from __future__ import annotations

import math

from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import (
    Context,
    completion,
    meets,
    no_figure,
    over,
    pct,
    status_from_gap,
    step,
    whole_item_status,
)
from plan415x.values import Comparator, Pace


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest()
    unit = target.unit or ""
    pace = target.effective_pace
    due = ctx.period.year > target.last_year or (
        ctx.period.year == target.last_year and ctx.period.end_month == 12
    )
    if obs is None or obs.value is None or target.value is None:
        # Judged only when due: no figure is owed before then.
        owed = due or (pace is not Pace.deadline and ctx.due_key()[0] >= target.first_year)
        return no_figure(ctx, "no figure reported yet", owed=owed)
    actual = obs.value
    steps: list[Step] = [step("latest level ({}) = {} {}", obs.period, actual, unit)]
    goal = target.value
    steps.append(
        step("due by the end of {}: {} {} {}", str(target.last_year), target.comparator.value, goal, unit)
    )
    tolerance = ctx.tolerance(goal)
    met = meets(actual, goal, target.comparator, tolerance)
    is_over = over(actual, goal, target.comparator, tolerance)
    stale = ctx.is_stale(obs)
    if stale:
        steps.append(ctx.stale_step(obs))
    at_year, at_month = ctx.due_key() if stale else obs.period.key
    base = target.baseline
    upward = target.comparator not in (Comparator.le, Comparator.lt)
    expected: float | None
    schedule: float | None
    done: float | None
    owed_share: float | None = None
    span: tuple[int, int] | None = None
    capped = False
    if pace is Pace.linear and base is not None and base.value != goal and (goal > base.value) == upward:
        months_total = (target.last_year - base.year) * 12
        months_done = (at_year - base.year - 1) * 12 + at_month
        schedule = min(max(months_done / months_total, 0.0), 1.0) * 100
        done = pct(actual - base.value, goal - base.value)
        expected = base.value + (goal - base.value) * schedule / 100
        steps.append(
            step(
                "path from the baseline {} (end of {}): completion = ({} − {}) / ({} − {}) = {}%",
                base.value,
                str(base.year),
                actual,
                base.value,
                goal,
                base.value,
                done,
            )
        )
        steps.append(
            step(
                "schedule = {}/{} months = {}%; expected = {} {}",
                months_done,
                months_total,
                schedule,
                expected,
                unit,
            )
        )
        if ctx.whole_items and upward:
            # The items owed cap the light; the schedule stays the share of time.
            expected = base.value + math.floor((goal - base.value) * schedule / 100 + 1e-9)
            owed_share = pct(expected - base.value, goal - base.value)
            steps.append(step("in whole items (整项计): {} {} owed by now", expected, unit))
        if months_total > 12:
            span = (base.year + 1, target.last_year)
    elif pace is Pace.deadline and not due:
        schedule = expected = None
        done = completion(actual, goal, target.comparator)
        steps.append(_completion_step(actual, goal, done, upward))
    else:
        schedule, expected = 100.0, goal
        done = completion(actual, goal, target.comparator)
        steps.append(_completion_step(actual, goal, done, upward))
    gap = None if done is None or schedule is None else schedule - done
    if due and stale:
        status, gap = Status.no_data, None
        steps.append(
            step(
                "the deadline period is the last chance, but the latest figure is of {}: the final figure is owed",
                obs.period,
            )
        )
    elif is_over:
        status = Status.achieved
        steps.append(
            step(
                "{} is over the level {} by more than its tolerance ±{}: over the target, not behind",
                actual,
                goal,
                tolerance,
            )
        )
    elif target.comparator is Comparator.eq and actual > goal:
        status = Status.missed if due else Status.off_track
        steps.append(step("== {} {} is exceeded: {}", goal, unit, status.value))
    elif met:
        status = Status.achieved
        steps.append(step("{} {} {}: the level is reached: achieved", actual, target.comparator.value, goal))
    elif due:
        status = Status.missed
        steps.append(
            step(
                "the deadline period is the last chance and {} {} {} is not met: missed",
                actual,
                target.comparator.value,
                goal,
            )
        )
    elif pace is Pace.deadline:
        status = Status.not_due
        steps.append(
            step(
                "judged when due (pace deadline, no baseline): not_due until the end of {}; {} {} to go",
                str(target.last_year),
                abs(goal - actual),
                unit,
            )
        )
    elif gap is None:
        status = Status.not_assessable
        steps.append("a zero target gives no ratio: not_assessable")
    else:
        status = status_from_gap(-gap, ctx.thresholds)
        steps.append(step("gap = {} − {} = {} points: {}", schedule, done, gap, status.value))
        if owed_share is not None and expected is not None and done is not None:
            status, capped = whole_item_status(
                ctx,
                status,
                done - owed_share,
                max(expected - actual, 0.0),
                expected,
                actual,
                steps,
                ceiling=False,
            )
    shortfall: float | None = 0.0 if met else None
    if expected is not None and not met:
        shortfall = max(expected - actual, 0.0) if upward else max(actual - expected, 0.0)
    return Outcome(
        status,
        actual=actual,
        target=goal,
        expected=expected,
        completion_pct=done,
        schedule_pct=schedule,
        gap_points=gap,
        shortfall=shortfall,
        remaining=0.0 if met else abs(goal - actual),
        data_period=obs.period,
        steps=tuple(steps),
        stale=stale,
        over=is_over,
        items_capped=capped,
        schedule_span=span,
    )


def _completion_step(actual: float, goal: float, done: float | None, upward: bool) -> Step:
    """The completion as a true equation: a ceiling's is the level allowed over the level."""
    if done is None:
        return "a zero target gives no ratio"
    if upward:
        return step("completion = {} / {} = {}% of the level due", actual, goal, done)
    if actual <= 0:
        return step("a level of {} is within the ceiling {}: completion {}%", actual, goal, done)
    return step("completion = ceiling / level = {} / {} = {}%", goal, actual, done)
