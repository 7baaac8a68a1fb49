"""milestone: done / pending / not_done against the deadline (the end of last_year).

done: achieved. Before the deadline: pending (under way) is on_track, not_done (not begun) is
watch, and no report is not_due. The deadline period is the last chance: anything but done is
missed, and no report (or only one older than the one owed) is no_data. A state older than the
one owed is stale.
"""

from __future__ import annotations

from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context
from plan415x.values import State


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    due = ctx.period.year > target.last_year or (
        ctx.period.year == target.last_year and ctx.period.end_month == 12
    )
    obs = ctx.latest()
    when = f"due by the end of {target.last_year}" + (" (the last chance)" if due else "")
    if obs is None or obs.record.state is None:
        status = Status.no_data if due else Status.not_due
        return Outcome(status, steps=(when, f"no report yet: {status.value}"))
    state = obs.record.state
    stale = ctx.is_stale(obs) and state is not State.done
    if state is State.done:
        status = Status.achieved
    elif due and stale:
        status = Status.no_data  # the state at the deadline is owed: an older one cannot miss it
    elif due:
        status = Status.missed
    else:
        status = Status.on_track if state is State.pending else Status.watch
    evidence = f" — {obs.record.evidence}" if obs.record.evidence else ""
    steps: list[Step] = [when, f"reported {state.value} ({obs.period.label_en()}){evidence}: {status.value}"]
    if stale:
        steps.insert(1, ctx.stale_step(obs))
    return Outcome(status, state=state, data_period=obs.period, steps=tuple(steps), stale=stale)
