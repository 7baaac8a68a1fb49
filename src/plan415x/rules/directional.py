"""directional: the value must move in a direction (increase or decrease) against the
previous comparable value: the record's ``reference``, else the same months of last year.

Moved the right way: on_track (achieved at a year-end figure); otherwise behind. Nothing to
compare with: not_assessable.
"""

from __future__ import annotations

from plan415x.results import Outcome, Status
from plan415x.rules.common import Context, fmt


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None:
        return Outcome(Status.no_data, steps=(f"no figure for {ctx.period.year} yet",))
    steps = [f"actual ({obs.period.label_en()}) = {fmt(obs.value)} {target.unit}"]
    reference = obs.reference
    if reference is None:
        for earlier in ctx.history:
            if earlier.period.key == (obs.period.year - 1, obs.period.end_month):
                reference = earlier.value
                steps.append(f"compared with the same months of last year ({earlier.period.label_en()})")
    if reference is None:
        steps.append("no previous value to compare with: not_assessable")
        return Outcome(Status.not_assessable, actual=obs.value, data_period=obs.period, steps=tuple(steps))
    change = obs.value - reference
    right_way = change > 0 if target.direction == "increase" else change < 0
    if right_way:
        status = Status.achieved if obs.period.end_month == 12 else Status.on_track
    else:
        status = Status.behind
    steps.append(
        f"change = {fmt(obs.value)} − {fmt(reference)} = {fmt(change)} ({target.direction} wanted): {status.value}"
    )
    return Outcome(status, actual=obs.value, target=reference, data_period=obs.period, steps=tuple(steps))
