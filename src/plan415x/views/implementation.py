"""A year's 量化指标任务落实情况 (``brief YEAR --form implementation``, issue 24 item 8): per
target due that year, whether it was done (完成 / 未完成 / 未填报), with the figure as reported
and the reporter's own words, in the order the plan lists its targets. No language here: the
renderers (``reports.implementation``) say it.

Which targets: those whose last chance is the year's end, the year's own targets (annual,
one-year, growth: judged year by year) and those due that year (a level, a share, a running
total whose deadline is the year). A target due in a later year is not done or undone yet: it
is left out and counted (its 序时 judgement is the 通报's). Milestones and monitoring indicators
are no 量化指标: left out and counted too.

是否完成 is never a guess: 完成 is the engine's ``achieved`` on the year's own figure, 未完成 its
``missed``; no figure of the year's end is 未填报, even where an older one is shown (a level of
September says nothing of December), except a flow (a year-to-date or running total, which
never falls) already ``achieved`` by an earlier figure: that is done. A target the engine could
not judge (目标缺失, 无法判定) is said as such.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from plan415x.engine import Engine
from plan415x.periods import Period
from plan415x.results import Report, Result, Status, counted
from plan415x.values import Kind

FLOWS = frozenset({Kind.annual, Kind.one_year, Kind.cumulative, Kind.composite})
"""Kinds whose figure never falls within its span (a year-to-date or running total): reached
early is reached."""

UNQUANTIFIED = frozenset({Kind.milestone, Kind.monitor})


class Done(str, Enum):
    """是否完成."""

    met = "met"
    missed = "missed"
    not_reported = "not_reported"
    not_judged = "not_judged"
    """The engine could not judge it (目标缺失, 无法判定): said with the status's own words."""


@dataclass(frozen=True)
class Row:
    result: Result
    done: Done
    value: float | None = None
    """The figure as reported, in ``unit`` (the record's own: 14130 亿斤, not 1.413 万亿斤)."""
    unit: str | None = None
    """The record's unit (the target's when the record names none)."""
    reference: float | None = None
    """A relative target's reference value as reported (GDP's 5.0 for 居民收入同步)."""
    words: str = ""
    """The record's note, else its own source's document: quoted verbatim."""
    converted: float | None = None
    """The figure in the target's unit, when the record gave another (1.413 万亿斤 for 14130 亿斤)."""
    counted: bool = True
    """Counted in the summary: a target and its restatements (◇) count once, by the worse
    judgement of them (``results.counted``), as in every summary."""
    period: Period | None = None
    """The figure's period when it is not the year's end (an older figure, shown and not
    counted as the year's); None for the year's own figure or none."""


@dataclass(frozen=True)
class ImplementationView:
    report: Report
    rows: tuple[Row, ...]
    later: int
    """Targets due in a later year, left out."""
    unquantified: int
    """Milestones and monitoring indicators, left out."""

    @property
    def counted(self) -> tuple[Row, ...]:
        """The rows the summary counts (a target and its restatements once)."""
        return tuple(row for row in self.rows if row.counted)

    def count(self, done: Done) -> int:
        return sum(1 for row in self.counted if row.done is done)

    @property
    def illustrative(self) -> bool:
        """Some figure shown is a sample (its file says ``illustrative: true``)."""
        return any(row.result.illustrative for row in self.rows if row.value is not None)


def due_in(result: Result, year: int) -> bool:
    """Whether ``year``'s end is the target's last chance (for a target judged year by year,
    each year of its span is)."""
    t = result.target
    return t.per_year or t.last_year == year


def _done(result: Result, current: bool) -> Done:
    status, kind = result.status, result.target.kind
    if status is Status.achieved and (current or kind in FLOWS):
        return Done.met
    if status in (Status.undefined, Status.not_assessable):
        return Done.not_judged
    if not current or status is Status.no_data:
        return Done.not_reported
    if status is Status.missed:
        return Done.missed
    # At the year's end a target due then is achieved or missed; anything else is a rule's
    # judgement the table cannot turn into 完成 or 未完成 without guessing.
    return Done.not_judged


def implementation_view(engine: Engine, report: Report) -> ImplementationView:
    """The 落实情况 of ``report``, which is of a whole year (the CLI refuses any other period)."""
    year = report.period.year
    order = {t.id: i for i, t in enumerate(engine.dataset.plan.targets)}
    rows: list[Row] = []
    later = unquantified = 0
    for result in sorted(report.results, key=lambda r: order.get(r.target.id, 0)):
        if result.target.kind in UNQUANTIFIED:
            unquantified += 1
            continue
        if not due_in(result, year):
            later += 1
            continue
        o = result.outcome
        seen = o.data_period
        current = seen is not None and seen.key == report.period.key and not o.stale
        observed = [
            x
            for x in engine.history.get(result.target.id, [])
            if seen is not None and x.period.key == seen.key
        ]
        if not observed or o.actual is None:
            rows.append(Row(result, _done(result, current)))
            continue
        x = observed[-1]
        record = x.record
        # The record's own words: its note, else its own source (a file's default source, the
        # same for every record, says nothing of this figure).
        words = record.note or (record.source.document if record.source is not None else None) or ""
        rows.append(
            Row(
                result,
                _done(result, current),
                value=record.value if record.components is None else x.value,
                unit=(record.unit or result.target.unit) if record.components is None else result.target.unit,
                # typed on the record as reported, else read from reference_target's figure
                reference=record.reference if record.reference is not None else x.reference,
                converted=o.actual if record.unit not in (None, result.target.unit) else None,
                words=words.strip(),
                period=None if current else seen,
            )
        )
    kept = {id(r) for r in counted([row.result for row in rows])}
    rows = [row if id(row.result) in kept else replace(row, counted=False) for row in rows]
    return ImplementationView(report, tuple(rows), later, unquantified)
