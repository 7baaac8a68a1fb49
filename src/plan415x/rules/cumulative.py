"""cumulative: a running total from the start of the target's span to its deadline.

running total = Σ the final year-to-date figure of each past year + this year's latest;
schedule = months elapsed since the span began / months in the span (pace linear), or the
deadline only (pace deadline); then as for annual flows: completion, gap, status. Spreading a
multi-year total evenly is a choice, not a rule: the data can change it per target.
"""

from __future__ import annotations

from dataclasses import replace

from plan415x.model import Pace
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, judge_progress, step, year_schedule_pct


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest()
    if obs is None or obs.value is None or obs.period.year < target.first_year:
        span_done = (
            ctx.period.months_since(target.first_year) >= (target.last_year - target.first_year + 1) * 12
        )
        # With no interim pace, no figure is owed before the deadline.
        owed = span_done or target.effective_pace is not Pace.deadline
        status = Status.no_data if owed else Status.not_due
        return Outcome(
            status, target=target.value, steps=(f"no figure since the span began: {status.value}",)
        )
    steps: list[Step] = []
    caveats: list[str] = []
    total = 0.0
    for year in range(target.first_year, obs.period.year + 1):
        last = ctx.latest_in(year)
        if last is None or last.value is None:
            steps.append(f"no figure for {year}: the running total cannot be formed")
            return Outcome(Status.not_assessable, target=target.value, steps=tuple(steps))
        if year < obs.period.year and last.period.end_month != 12:
            caveats.append(f"{year} is counted to {last.period.label_en()} only")
        steps.append(step("{}: {} {} ({})", str(year), last.value, target.unit, last.period))
        total += last.value
    steps.append(step("running total since {} = {} {}", str(target.first_year), total, target.unit))
    if target.value is None:
        steps.append("the target's figure is missing from the plan: undefined")
        return Outcome(Status.undefined, actual=total, data_period=obs.period, steps=tuple(steps))
    years = target.last_year - target.first_year + 1
    done = obs.period.months_since(target.first_year)
    span = years * 12
    pace = target.effective_pace
    if pace is Pace.linear:
        schedule: float | None = min(done / span, 1.0) * 100
    elif pace is Pace.deadline:
        schedule = 100.0 if done >= span else None
    else:
        share = year_schedule_pct(target, obs.period.end_month) or 0.0
        schedule = (obs.period.year - target.first_year + share / 100) / years * 100
    outcome = judge_progress(
        ctx,
        total,
        target.value,
        schedule,
        (done, span),
        obs.period,
        steps,
        final_check=ctx.period.months_since(target.first_year) >= span,
    )
    return replace(outcome, caveats=tuple(caveats)) if caveats else outcome
