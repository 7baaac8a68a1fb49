"""level / share: the latest level (or ratio) against the level due by the deadline.

Met (by the comparator): achieved. Otherwise by the pace:
- linear, along the path from a baseline: completion = (actual − baseline) / (target − baseline),
  schedule = months since the baseline / months from the baseline to the deadline;
- always (a level to hold at every period): completion = actual / target against 100%;
- deadline (the default without a baseline): not_due until the end of the year it is due, then
  completion = actual / target against 100%.
For a ceiling (<=, <) completion is target / actual; for == and approx, 100 − the distance.
"""

from __future__ import annotations

from plan415x.model import Comparator, Pace
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, completion, meets, pct, status_from_gap, step


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest()
    unit = target.unit or ""
    due = ctx.period.year > target.last_year or (
        ctx.period.year == target.last_year and ctx.period.end_month == 12
    )
    if obs is None or obs.value is None:
        # Judged only when due: no figure is owed before then.
        owed = due or target.effective_pace is not Pace.deadline
        status = Status.no_data if owed else Status.not_due
        return Outcome(status, target=target.value, steps=(f"no figure reported yet: {status.value}",))
    actual = obs.value
    steps: list[Step] = [step("latest level ({}) = {} {}", obs.period, actual, unit)]
    if target.value is None:
        steps.append("the target's figure is missing from the plan: undefined")
        return Outcome(Status.undefined, actual=actual, data_period=obs.period, steps=tuple(steps))
    goal = target.value
    steps.append(
        step("due by the end of {}: {} {} {}", str(target.last_year), target.comparator.value, goal, unit)
    )
    met = meets(actual, goal, target.comparator, ctx.approx_tolerance_pct)
    due = ctx.period.year > target.last_year or (
        ctx.period.year == target.last_year and ctx.period.end_month == 12
    )
    pace = target.effective_pace
    base = target.baseline
    upward = target.comparator not in (Comparator.le, Comparator.lt)
    expected: float | None
    if pace is Pace.linear and base is not None and base.value != goal and (goal > base.value) == upward:
        months_total = (target.last_year - base.year) * 12
        months_done = (obs.period.year - base.year - 1) * 12 + obs.period.end_month
        schedule: float | None = min(max(months_done / months_total, 0.0), 1.0) * 100
        done: float | None = pct(actual - base.value, goal - base.value)
        expected = base.value + (goal - base.value) * (schedule or 0) / 100
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
    else:
        schedule, expected = 100.0, goal
        done = completion(actual, goal, target.comparator)
        steps.append(step("completion = {} / {} = {}% of the level due", actual, goal, done))
    gap = None if done is None or schedule is None else schedule - done
    if met:
        status = Status.achieved
        steps.append(step("{} {} {}: the level is reached: achieved", actual, target.comparator.value, goal))
    elif pace is Pace.deadline and not due:
        status = Status.not_due
        steps.append(
            step(
                "judged when due (pace deadline, no baseline): not_due until the end of {}",
                str(target.last_year),
            )
        )
    elif gap is None:
        status = Status.not_assessable
        steps.append("a zero target gives no ratio: not_assessable")
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
        shortfall=0.0 if met or expected is None else abs(expected - actual),
        remaining=0.0 if met else abs(goal - actual),
        data_period=obs.period,
        steps=tuple(steps),
    )
