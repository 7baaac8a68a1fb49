"""milestone: done / pending / not_done against the deadline (the end of last_year).

done: achieved. Before the deadline: pending (under way) is on_track, not_done (not begun) is
watch, and no report is not_due. From the deadline on: anything but done is off_track, and no
report is no_data.
"""

from __future__ import annotations

from plan415x.model import State
from plan415x.results import Outcome, Status
from plan415x.rules.common import Context


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    due = ctx.period.year > target.last_year or (
        ctx.period.year == target.last_year and ctx.period.end_month == 12
    )
    obs = ctx.latest()
    when = f"due by the end of {target.last_year}" + (" (now due)" if due else "")
    if obs is None or obs.record.state is None:
        status = Status.no_data if due else Status.not_due
        return Outcome(status, steps=(when, f"no report yet: {status.value}"))
    state = obs.record.state
    if state is State.done:
        status = Status.achieved
    elif due:
        status = Status.off_track
    else:
        status = Status.on_track if state is State.pending else Status.watch
    evidence = f" — {obs.record.evidence}" if obs.record.evidence else ""
    return Outcome(
        status,
        state=state,
        data_period=obs.period,
        steps=(when, f"reported {state.value} ({obs.period.label_en()}){evidence}: {status.value}"),
    )
