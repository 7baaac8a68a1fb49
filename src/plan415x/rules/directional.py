"""directional: the value must move in a direction (increase or decrease) against the
previous comparable value: the record's ``reference``, else the same months of last year.

The formula, as docs/rules.md and ``plan415x explain`` give it, is ``FORMULA``: ``rule-
directional`` in the STEPS of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, direction, maybe, no_figure

FORMULA = said("rule-directional", kind="directional", reference="reference")


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None:
        return no_figure(
            ctx, said("step-no-figure-for-year", year=str(ctx.period.year)), owed=ctx.owed_month() > 0
        )
    steps: list[Step] = [
        said("step-actual-in-unit", period=obs.period, value=obs.value, unit=maybe(target.unit))
    ]
    stale = ctx.is_stale(obs)
    if stale:
        steps.append(ctx.stale_step(obs))
    reference = obs.reference
    if reference is None:
        for earlier in ctx.history:
            if earlier.period.key == (obs.period.year - 1, obs.period.end_month):
                reference = earlier.value
                steps.append(said("step-same-months-last-year", period=earlier.period))
    if reference is None:
        steps.append(said("step-no-previous"))
        return Outcome(
            Status.not_assessable, actual=obs.value, data_period=obs.period, steps=tuple(steps), stale=stale
        )
    change = obs.value - reference
    right_way = change > 0 if target.direction == "increase" else change < 0
    due = ctx.period.year >= target.last_year and ctx.period.end_month == 12
    if due and stale:
        status = Status.no_data  # the last chance needs the figure owed there, not an older one
    elif right_way:
        status = Status.achieved if obs.period.end_month == 12 else Status.on_track
    else:
        status = Status.missed if due else Status.behind
    steps.append(
        said(
            "step-change",
            value=obs.value,
            reference=maybe(reference),
            change=change,
            direction=direction(target.direction),
            status=status,
        )
    )
    return Outcome(
        status, actual=obs.value, target=reference, data_period=obs.period, steps=tuple(steps), stale=stale
    )
