"""milestone: done / pending / not_done against the deadline (the end of last_year).

The formula, as docs/rules.md and ``plan415x explain`` give it, is ``FORMULA``: ``rule-milestone``
in the STEPS of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context
from plan415x.values import State

FORMULA = said("rule-milestone", kind="milestone")


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    due = ctx.period.year > target.last_year or (
        ctx.period.year == target.last_year and ctx.period.end_month == 12
    )
    obs = ctx.latest()
    year = str(target.last_year)
    when = said("step-due-last-chance", year=year) if due else said("step-due-by", year=year)
    if obs is None or obs.record.state is None:
        status = Status.no_data if due else Status.not_due
        return Outcome(status, steps=(when, said("step-no-report", status=status)))
    state = obs.record.state
    stale = ctx.is_stale(obs) and state is not State.done
    if state is State.done:
        status = Status.achieved
    elif due and stale:
        status = Status.no_data  # the state at the deadline is owed: an older one cannot miss it
    elif due:
        status = Status.missed
    elif stale:
        # Green on a state nobody has confirmed since: the silence a 通报 must not reward.
        status = Status.watch
    else:
        status = Status.on_track if state is State.pending else Status.watch
    evidence = obs.record.evidence
    if evidence:
        reported = said(
            "step-reported-evidence", state=state, period=obs.period, evidence=evidence, status=status
        )
    else:
        reported = said("step-reported", state=state, period=obs.period, status=status)
    steps: list[Step] = [when, reported]
    if stale:
        period, checked, frequency, owed = obs.period, ctx.period, ctx.frequency, ctx.owed()
        if due:
            why = said(
                "step-stale-state-owed", period=period, checked=checked, frequency=frequency, owed=owed
            )
        else:
            why = said("step-stale-state", period=period, checked=checked, frequency=frequency, owed=owed)
        steps.insert(1, why)
    return Outcome(status, state=state, data_period=obs.period, steps=tuple(steps), stale=stale)
