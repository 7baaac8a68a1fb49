"""cumulative: a running total from the start of the target's span to its deadline.

The formula, as docs/rules.md and ``plan415x explain`` give it, is ``FORMULA``: ``rule-cumulative``
in the STEPS of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.problems import Said, said
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, judge_progress, maybe, no_figure, year_schedule_pct
from plan415x.values import Pace

FORMULA = said("rule-cumulative", kind="cumulative")


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest()
    span = (target.last_year - target.first_year + 1) * 12
    span_done = ctx.period.months_since(target.first_year) >= span
    if obs is None or obs.value is None or obs.period.year < target.first_year or target.value is None:
        # With no interim pace, no figure is owed before the deadline.
        owed = span_done or (
            target.effective_pace is not Pace.deadline and ctx.due_key()[0] >= target.first_year
        )
        return no_figure(ctx, said("step-no-figure-in-span"), owed=owed)
    steps: list[Step] = []
    caveats: list[Said] = []
    total = 0.0
    for year in range(target.first_year, obs.period.year + 1):
        last = ctx.latest_in(year)
        if last is None or last.value is None:
            steps.append(said("step-no-running-total", year=str(year)))
            return Outcome(Status.not_assessable, target=target.value, steps=tuple(steps))
        if year < obs.period.year and last.period.end_month != 12:
            caveats.append(said("step-counted-to", year=str(year), period=last.period))
        steps.append(
            said(
                "step-year-total",
                year=str(year),
                value=last.value,
                unit=maybe(target.unit),
                period=last.period,
            )
        )
        total += last.value
    steps.append(
        said("step-running-total", year=str(target.first_year), total=total, unit=maybe(target.unit))
    )
    years = target.last_year - target.first_year + 1
    stale = ctx.is_stale(obs)
    if stale:
        steps.append(ctx.stale_step(obs))
        due_year, due_month = ctx.due_key()
        done = (due_year - target.first_year) * 12 + due_month
        month = due_month
    else:
        done = obs.period.months_since(target.first_year)
        month = obs.period.end_month
    pace = target.effective_pace
    if pace is Pace.linear:
        schedule: float | None = min(done / span, 1.0) * 100
    elif pace is Pace.deadline:
        schedule = 100.0 if done >= span else None
    else:
        share = year_schedule_pct(target, month) or 0.0
        schedule = ((done - month) / 12 + share / 100) / years * 100
    outcome = judge_progress(
        ctx,
        total,
        target.value,
        schedule,
        (min(done, span), span),
        obs.period,
        steps,
        final_check=span_done,
        final_figure=obs.period.months_since(target.first_year) >= span,
        stale=stale,
    )
    return outcome._replace(
        # The share of a five-year span is not this year's 序时进度: it is labelled with its span.
        schedule_span=(target.first_year, target.last_year)
        if years > 1 and outcome.schedule_pct is not None
        else None,
        # Every output says since when the total runs, and how much of it is this year's.
        running_since=target.first_year if outcome.actual is not None else None,
        this_year=obs.value if outcome.actual is not None and obs.period.year == ctx.period.year else None,
        caveats=tuple(caveats),
    )
