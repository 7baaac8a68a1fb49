"""monitor: a monitoring-only indicator (监测指标, e.g. 规上工业产值), tracked without a target.

The formula, as docs/rules.md and ``plan415x explain`` give it, is ``FORMULA``: ``rule-monitor`` in
the STEPS of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, maybe

FORMULA = said("rule-monitor", kind="monitor")


def judge(ctx: Context) -> Outcome:
    obs = ctx.latest_in(ctx.period.year)
    if obs is None or obs.value is None:
        return Outcome(
            Status.monitoring, steps=(said("step-monitoring-no-figure", year=str(ctx.period.year)),)
        )
    stale = ctx.is_stale(obs)
    steps: list[Step] = [
        said("step-latest-figure", period=obs.period, value=obs.value, unit=maybe(ctx.target.unit))
    ]
    if stale:
        steps.append(ctx.stale_step(obs))
    steps.append(said("step-monitoring"))
    return Outcome(
        Status.monitoring, actual=obs.value, data_period=obs.period, steps=tuple(steps), stale=stale
    )
