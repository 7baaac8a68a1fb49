"""The engine: a dataset and a period in, one Result per target due out.

Results do not depend on the order of files or records: figures are ordered by period and
each target has at most one record per file (checked when loading).
"""

from __future__ import annotations

from collections import defaultdict

from plan415x.loading import Dataset
from plan415x.periods import Period
from plan415x.problems import said
from plan415x.results import Outcome, Report, Result, Status
from plan415x.rules import rule_for
from plan415x.rules.common import Context, Observation
from plan415x.values import Frequency, Hedge, Kind, Record, Source, Target, Thresholds


def applies(target: Target, period: Period) -> bool:
    """Shown in a period: a target judged year by year in the years it covers; one that runs to a
    deadline from the plan's start to the year it is due (before its first year as not_due)."""
    if target.per_year:
        return target.first_year <= period.year <= target.last_year
    return period.year <= target.last_year


def source_text(source: Source | None) -> str:
    if source is None:
        return ""
    parts = [source.document]
    if source.reported_by:
        parts.append(source.reported_by)
    if source.date:
        parts.append(source.date.isoformat())
    return ", ".join(parts)


class Engine:
    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self._thresholds: dict[tuple[Kind, Hedge], Thresholds] = {}
        self._whole: dict[str | None, bool] = {}
        # Each judgement made once: the report judges the period before for 较上期, the ranking
        # judges it again, the red streaks and the HTML page's sparklines go further back (a
        # 10,000-target page asked 86,590 judgements of 61,428). By target id and period (its
        # spelling too: 2023 and 2023Q4 end alike), the target kept to be sure it is the same.
        self._judged: dict[tuple[str, tuple[int, int], str], tuple[Target, Outcome]] = {}
        self.history: dict[str, list[Observation]] = defaultdict(list)
        targets, history = dataset.targets, self.history
        for entry in dataset.actuals:  # already ordered by period
            period, default_source, illustrative = entry.period, entry.file.source, entry.file.illustrative
            for record in entry.file.records:
                target = targets[record.target]
                value, reference = record.value, record.reference
                if record.components is not None or (record.unit is not None and record.unit != target.unit):
                    value = self._value(record.value, record, target)
                    reference = self._value(record.reference, record, target)
                history[target.id].append(
                    Observation(
                        period, record, value, record.source or default_source, illustrative, reference
                    )
                )
        # A relative target's reference read from another target's figure for the same period
        # (居民收入增长和经济增长同步: gdp-growth's), never typed on its records (checks refuse it):
        # none there, none here, and the rule says why.
        for target in dataset.plan.targets:
            ref = target.reference_target
            if ref is not None and target.id in history:
                figures = {obs.period.key: obs.value for obs in history.get(ref, ())}
                history[target.id] = [
                    obs._replace(reference=figures.get(obs.period.key)) for obs in history[target.id]
                ]

    def _value(self, value: float | None, record: Record, target: Target) -> float | None:
        """``value`` (the record's value or reference) in the target's unit."""
        if record.components is not None and value is record.value:
            return float(sum(record.components.values()))
        if value is None or target.kind in (Kind.relative, Kind.average_growth) or target.unit is None:
            # a relative target's figures are in the compared quantity's unit, average_growth's
            # levels in its figure_unit
            return value
        return self.dataset.measures.convert(value, record.unit or target.unit, target.unit)

    def periods(self) -> list[Period]:
        return [a.period for a in self.dataset.actuals]

    def previous_period(self, period: Period) -> Period | None:
        earlier = [p for p in self.periods() if p.key < period.key]
        return earlier[-1] if earlier else None

    def outcome(self, target: Target, period: Period) -> tuple[Outcome, list[Observation]]:
        """The judgement of ``target`` at ``period`` and the figures it rests on."""
        outcome = self.judge(target, period)
        used = _used(outcome, self.history.get(target.id, []), target)
        if target.reference_target is not None and outcome.data_period is not None:
            # The reference's own figure, with its source: the judgement rests on it too.
            key = outcome.data_period.key
            used += [o for o in self.history.get(target.reference_target, ()) if o.period.key == key]
        return outcome, used

    def unit_whole(self, target: Target) -> bool:
        """The target's unit counts whole items (its own ``whole_items`` overrides this)."""
        measure = self.dataset.measures.get(target.unit) if target.unit else None
        return measure is not None and measure.whole

    def whole_items(self, target: Target) -> bool:
        """Owed in whole items: the target's own say, else its unit's (as ``Context.whole_items``)."""
        return self.unit_whole(target) if target.whole_items is None else target.whole_items

    def judge(self, target: Target, period: Period) -> Outcome:
        """The judgement alone (a status history needs no more: 100,000 of them for a year of
        10,000 targets), made once for a target and a period."""
        key = (target.id, period.key, period.text)
        judged = self._judged.get(key)
        if judged is not None and judged[0] is target:
            return judged[1]
        outcome = self._judge(target, period)
        self._judged[key] = (target, outcome)
        return outcome

    def _judge(self, target: Target, period: Period) -> Outcome:
        if period.year < target.first_year:
            if target.kind is Kind.monitor:
                return Outcome(
                    Status.monitoring, steps=(said("step-starts-in", year=str(target.first_year)),)
                )
            return Outcome(
                Status.not_due,
                target=target.value,
                steps=(said("step-starts-in", year=str(target.first_year)),),
            )
        plan = self.dataset.plan
        key = period.key
        observed = self.history.get(target.id, ())
        # In period order: up to the latest period (most judgements), all of it.
        if not observed or observed[-1].period.key <= key:
            history = tuple(observed)
        else:
            history = tuple(o for o in observed if o.period.key <= key)
        # Made once per kind and hedge, and per unit: a year of 10,000 targets judges 100,000 times.
        pair = (target.kind, target.judged_hedge)
        thresholds = self._thresholds.get(pair)
        if thresholds is None:
            thresholds = self._thresholds[pair] = plan.assessment.thresholds_for(*pair)
        whole = self._whole.get(target.unit)
        if whole is None:
            whole = self._whole[target.unit] = self.unit_whole(target)
        ctx = Context(
            target=target,
            period=period,
            thresholds=thresholds,
            approx_tolerance_pct=plan.assessment.approx_tolerance_pct,
            history=history,
            default_frequency=plan.reporting.frequency,
            merge_january=plan.reporting.merge_january,
            unit_whole=whole,
        )
        return rule_for(target.kind)(ctx)

    def result(self, target: Target, period: Period, previous: Period | None) -> Result:
        outcome, used = self.outcome(target, period)
        before: Status | None = None
        if previous is not None and applies(target, previous):
            before = self.judge(target, previous).status
        return Result(
            target=target,
            outcome=outcome,
            previous_status=before,
            new_year=previous is not None and previous.year != period.year and target.per_year,
            sources=tuple(dict.fromkeys(text for o in used if (text := source_text(o.source)))),
            illustrative=any(o.illustrative for o in used),
            as_of=max((o.record.as_of or o.period.end_date for o in used), default=None),
        )

    def report(self, period: Period, *, changes: bool = True) -> Report:
        """Every target that applies to ``period``, in the plan's order of actions. ``changes``:
        each result's status of the previous period too (较上期); without them (a ranking of the
        previous period, a score's year end: only the outcomes are read) each target is judged
        once instead of twice, and the report has no previous period."""
        plan = self.dataset.plan
        previous = self.previous_period(period) if changes else None
        results: list[Result] = []
        action_order = {a.id: i for i, a in enumerate(plan.actions)}
        chosen = sorted(
            (t for t in plan.targets if applies(t, period)), key=lambda t: action_order.get(t.action, 0)
        )
        for target in chosen:
            results.append(self.result(target, period, previous))
        as_of = max((r.as_of for r in results if r.as_of), default=None)
        return Report(
            plan=plan.plan,
            period=period,
            previous_period=previous,
            as_of=as_of,
            illustrative=any(r.illustrative for r in results),
            results=tuple(results),
            action_names={a.id: (a.name_zh, a.name_en) for a in plan.actions},
            unit_names={u.id: (u.name_zh, u.name_en) for u in plan.responsible_units},
            # the built-in units too (a plan need not declare 亩 or 亿元)
            measure_names={m.id: m.symbol_en or m.name_en for m in self.dataset.measures.all()},
        )


def owes(target: Target, period: Period, default_frequency: object, *, merge_january: bool = False) -> bool:
    """Whether the target owes a figure for exactly this period: it is shown then, its first
    year has come, and the period ends where its reporting frequency owes one (a quarterly
    target owes none in May; with ``merge_january``, the plan's ``reporting.merge_january``,
    none is owed for January alone: statistics merge 1-2月). What ``reporting`` asks for and the
    score counts as missing."""
    if not applies(target, period) or period.year < target.first_year:
        return False
    if merge_january and period.end_month == 1:
        return False
    frequency = target.frequency or default_frequency
    assert isinstance(frequency, Frequency)
    return period.end_month % frequency.months == 0


def _used(outcome: Outcome, history: list[Observation], target: Target) -> list[Observation]:
    """The figures an outcome rests on: for a running total every year's last, else the latest."""
    if outcome.data_period is None:
        return []
    if target.kind is Kind.cumulative or target.basis is Kind.cumulative:
        last_of_year: dict[int, Observation] = {}
        for obs in history:
            if obs.period.key <= outcome.data_period.key:
                last_of_year[obs.period.year] = obs
        return list(last_of_year.values())
    key = outcome.data_period.key  # one file a period: the key finds it (a tuple compares fast)
    return [o for o in history if o.period.key == key]
