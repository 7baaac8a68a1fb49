"""annual / one_year: a flow counted from January, judged against the year's target.

completion = year-to-date actual / the year's target;
schedule (序时进度) = months elapsed / 12 (or the target's own monthly profile);
gap = schedule − completion, in points; the status follows the thresholds on −gap.
The figure used is the year's latest up to the period; its own months set the schedule, so a
quarterly figure is never judged against a later month's schedule.
"""

from __future__ import annotations

from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, judge_progress, step, year_schedule_pct


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None:
        return Outcome(Status.no_data, target=target.value, steps=(f"no figure for {ctx.period.year} yet",))
    steps: list[Step] = [step("year-to-date actual ({}) = {} {}", obs.period, obs.value, target.unit)]
    if target.value is None:
        steps.append("the target's figure is missing from the plan: undefined")
        return Outcome(Status.undefined, actual=obs.value, data_period=obs.period, steps=tuple(steps))
    month = obs.period.end_month
    schedule = year_schedule_pct(target, month)
    return judge_progress(
        ctx,
        obs.value,
        target.value,
        schedule,
        (month, 12),
        obs.period,
        steps,
        final_check=ctx.period.end_month == 12,
    )
