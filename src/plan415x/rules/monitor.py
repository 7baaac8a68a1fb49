"""monitor: a monitoring-only indicator (监测指标, e.g. 规上工业产值), tracked without a target.

Its latest figure of the year (year-to-date, as reported) is recorded, validated, shown and
explained, and never judged: the status is monitoring, counted in no summary, ranking or score.
"""

from __future__ import annotations

from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, step


def judge(ctx: Context) -> Outcome:
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None:
        return Outcome(
            Status.monitoring, steps=(f"no figure for {ctx.period.year} yet; monitoring only, never judged",)
        )
    stale = ctx.is_stale(obs)
    steps: list[Step] = [step("latest figure ({}) = {} {}", obs.period, obs.value, ctx.target.unit)]
    if stale:
        steps.append(ctx.stale_step(obs))
    steps.append("monitoring only: shown and explained, never judged")
    return Outcome(
        Status.monitoring, actual=obs.value, data_period=obs.period, steps=tuple(steps), stale=stale
    )
