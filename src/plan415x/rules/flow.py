"""annual / one_year: a flow counted from January, judged against the year's target.

completion = year-to-date actual / the year's target;
schedule (序时进度) = months / 12: the share of time, never rewritten by rounding (15家 at
1-6月: 50%, not ⌊7.5⌋/15 = 46.7%); a monthly profile declared in the data (pace: profile) is
another quantity, the target's planned schedule, and is called so (计划进度, 90%(计划));
gap = schedule − completion, in points (positive: behind); the status follows the thresholds.
Counts of whole items (个, 家, 项) are owed in whole items: ⌊target × schedule⌋ items owed by
now (应完成7家), which before the year end cap the light (整项计): the light is never worse than
the items owed would give (a share of the target judged by the same thresholds), and a single
item short of those owed is watch at most; so one item a year is owed only in December. Such a
row says so (差1家, 整项计); its schedule and gap stay the share of time.
The months are the figure's own when it is the latest owed (a quarterly figure is never judged
against a later month's schedule); a figure older than the one owed by the reporting frequency
is stale and is judged against the months owed. The year-end period is the last chance: what is
not met there is missed, and a figure from before December cannot be judged there (no_data).
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.results import Outcome, Step
from plan415x.rules.common import Context, judge_progress, maybe, no_figure, year_schedule_pct


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None or target.value is None:
        return no_figure(ctx, said("step-no-figure-for-year", year=str(ctx.period.year)))
    steps: list[Step] = [
        said("step-year-to-date", period=obs.period, value=obs.value, unit=maybe(target.unit))
    ]
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
