"""What ``explain TARGET PERIOD`` shows, computed once from the engine: the target's inputs as
the plan sets them (thresholds, units, frequency, tolerance), its figures up to the period with
their sources, the judgement and its steps (Saids), and the restatement it is counted once
with. No language or format: ``reports/explain.py`` says it."""

from __future__ import annotations

from typing import NamedTuple

from plan415x.engine import Engine, applies, source_text
from plan415x.periods import Period
from plan415x.results import Result, Status, worse_first
from plan415x.values import Frequency, Kind, Record, Target, Thresholds


class Figure(NamedTuple):
    """One figure of the target up to the period, in the target's unit."""

    period: Period
    record: Record
    value: float | None
    source: str
    """The source as one text (document, who reported it, its date)."""
    illustrative: bool


class Pair(NamedTuple):
    """The half of a target and its restatements that counts (``results.counted``), and the others."""

    chosen: Result
    others: tuple[Result, ...]


class Explanation(NamedTuple):
    target: Target
    period: Period
    thresholds: Thresholds
    unit_names: dict[str, str]
    """Every responsible unit's id and its Chinese name."""
    frequency: Frequency
    whole_items: bool
    approx_tolerance_pct: float
    figures: tuple[Figure, ...]
    result: Result | None
    """None: the target is not shown in the period."""
    pair: Pair | None


def explanation(engine: Engine, target: Target, period: Period) -> Explanation:
    plan = engine.dataset.plan
    result = (
        engine.result(target, period, engine.previous_period(period)) if applies(target, period) else None
    )
    figures = tuple(
        Figure(o.period, o.record, o.value, source_text(o.source), o.illustrative)
        for o in engine.history.get(target.id, ())
        if o.period.key <= period.key
    )
    return Explanation(
        target=target,
        period=period,
        thresholds=plan.assessment.thresholds_for(target.kind, target.judged_hedge),
        unit_names={u.id: u.name_zh for u in plan.responsible_units},
        frequency=target.frequency or plan.reporting.frequency,
        whole_items=engine.whole_items(target),
        approx_tolerance_pct=plan.assessment.approx_tolerance_pct,
        figures=figures,
        result=result,
        pair=None if result is None else _pair(engine, result, period),
    )


def _pair(engine: Engine, result: Result, period: Period) -> Pair | None:
    """The half of a target and its restatements that counts at ``period`` (``results.counted``)
    and the other halves, when the target is one of such a group shown in the period."""
    target = result.target
    root = target.restates or target.id
    members = [
        t
        for t in engine.dataset.plan.targets
        if (t.id == root or t.restates == root) and t.kind is not Kind.monitor and applies(t, period)
    ]
    if len(members) < 2 or result.status is Status.monitoring:
        return None
    group = [
        result if t.id == target.id else Result(t, engine.judge(t, period), None, (), False, None)
        for t in members
    ]
    return Pair(min(group, key=worse_first), tuple(r for r in group if r is not result))
