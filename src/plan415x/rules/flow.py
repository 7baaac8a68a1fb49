"""annual / one_year: a flow counted from January, judged against the year's target.

The formula, as docs/rules.md and ``plan415x explain`` give it, is ``FORMULA``: ``rule-annual`` in
the STEPS of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.results import Outcome, Step
from plan415x.rules.common import Context, judge_progress, maybe, no_figure, year_schedule_pct

FORMULA = said("rule-annual", kind="annual / one_year", profile="pace: profile")


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
