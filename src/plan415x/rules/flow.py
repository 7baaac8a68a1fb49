"""annual / one_year: a flow counted from January, judged against the year's target.

completion = year-to-date actual / the year's target;
schedule (序时进度) = months / 12 (or the target's own monthly profile), in whole items for
counts (⌊target × schedule⌋ items due, so one item a year is owed only in December, and a
single item short of those due is watch at most before the year end);
gap = schedule − completion, in points (positive: behind); the status follows the thresholds.
The months are the figure's own when it is the latest owed (a quarterly figure is never judged
against a later month's schedule); a figure older than the one owed by the reporting frequency
is stale and is judged against the months owed. The year-end period is the last chance: what is
not met there is missed, and a figure from before December cannot be judged there (no_data).
"""

from __future__ import annotations

from plan415x.results import Outcome, Step
from plan415x.rules.common import Context, judge_progress, no_figure, step, year_schedule_pct


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None or target.value is None:
        return no_figure(ctx, f"no figure for {ctx.period.year} yet")
    steps: list[Step] = [step("year-to-date actual ({}) = {} {}", obs.period, obs.value, target.unit)]
    stale = ctx.is_stale(obs)
    month = ctx.owed_month() if stale else obs.period.end_month
    if stale:
        steps.append(ctx.stale_step(obs))
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
        final_figure=obs.period.end_month == 12,
        stale=stale,
    )
