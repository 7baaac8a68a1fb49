"""relative: the actual against a reference raised by the target's percentage.

The formula, as docs/rules.md and ``plan415x explain`` give it, is ``FORMULA``: ``rule-relative``
in the STEPS of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.numbers import fmt
from plan415x.problems import said
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, no_figure, pct, status_from_gap
from plan415x.rules.compare import meets, over

FORMULA = said("rule-relative", kind="relative")


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None or target.value is None:
        return no_figure(
            ctx, said("step-no-figure-for-year", year=str(ctx.period.year)), owed=ctx.owed_month() > 0
        )
    actual = obs.value
    steps: list[Step] = [said("step-actual", period=obs.period, value=actual)]
    stale = ctx.is_stale(obs)
    if stale:
        steps.append(ctx.stale_step(obs))
    reference = obs.reference
    ref = target.reference_target
    if ref is not None:
        # Read from another target's figure for the same period (the engine): none there, none here.
        if reference is None:
            steps.append(said("step-reference-target-none", reference_target=ref, period=obs.period))
            return Outcome(
                Status.no_data, actual=actual, data_period=obs.period, steps=tuple(steps), stale=stale
            )
        steps.append(
            said("step-reference-target", reference_target=ref, period=obs.period, reference=reference)
        )
    if reference is None:
        steps.append(said("step-no-reference"))
        return Outcome(
            Status.not_assessable, actual=actual, data_period=obs.period, steps=tuple(steps), stale=stale
        )
    required = reference * (1 + target.value / 100)
    factor = fmt(1 + target.value / 100, 6)
    steps.append(
        said("step-required", rate=target.value, reference=reference, factor=factor, required=required)
    )
    if required <= 0:
        steps.append(said("step-reference-not-positive"))
        return Outcome(
            Status.not_assessable, actual=actual, data_period=obs.period, steps=tuple(steps), stale=stale
        )
    done = pct(actual, required)
    due = ctx.period.year >= target.last_year and ctx.period.end_month == 12
    tolerance = ctx.tolerance(required)
    is_over = over(actual, required, target.comparator, tolerance)
    if meets(actual, required, target.comparator, tolerance) or is_over:
        status = Status.achieved
    elif due and stale:
        status = Status.no_data  # the last chance needs the figure owed there, not an older one
    elif due:
        status = Status.missed
    else:
        status = status_from_gap(done - 100, ctx.thresholds)
    steps.append(said("step-relative-completion", actual=actual, required=required, done=done, status=status))
    return Outcome(
        status,
        actual=actual,
        target=required,
        expected=required,
        completion_pct=done,
        schedule_pct=100.0,
        gap_points=100 - done,
        shortfall=max(required - actual, 0.0),
        data_period=obs.period,
        steps=tuple(steps),
        stale=stale,
        over=is_over,
    )
