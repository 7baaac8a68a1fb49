"""milestone: done / pending / not_done against the deadline (the end of last_year).

done: achieved. Before the deadline: pending (under way) is on_track, not_done (not begun) is
watch, and no report is not_due. A state is a figure like any other: one older than the one owed
by the reporting frequency is stale (※), and a stale state is never green: pending reported
months ago says nothing of the work now, so it is watch at most (not_done stays watch) until a
state is reported again. done is never stale: what is done stays done. The deadline period is
the last chance: anything but done is missed, and no report (or only a stale one) is no_data.
"""

from __future__ import annotations

from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, step
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
    elif stale:
        # Green on a state nobody has confirmed since: the silence a 通报 must not reward.
        status = Status.watch
    else:
        status = Status.on_track if state is State.pending else Status.watch
    evidence = f" — {obs.record.evidence}" if obs.record.evidence else ""
    steps: list[Step] = [when, f"reported {state.value} ({obs.period.label_en()}){evidence}: {status.value}"]
    if stale:
        year, month = ctx.due_key()
        owed = (obs.period, ctx.period, ctx.frequency.value, f"{year}-{month:02d}")
        if due:
            why = step(
                "stale: the state is of {}, older than the one owed by {} ({} reporting, owed to {});"
                " the state at the deadline is owed",
                *owed,
            )
        else:
            why = step(
                "stale: the state is of {}, older than the one owed by {} ({} reporting, owed to {});"
                " a stale state is never green: watch at most",
                *owed,
            )
        steps.insert(1, why)
    return Outcome(status, state=state, data_period=obs.period, steps=tuple(steps), stale=stale)
