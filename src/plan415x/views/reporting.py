"""报送情况 as numbers: who owes which figures for a period and which came in, on time or late.
What ``plan415x reporting``, the 通报, the HTML page and the workbook's 报送情况 sheet show, and
the 报送率 that breaks ties in the ranking (``views.rank``); ``reports.reporting`` says it.

A figure is due from a unit for a period when the target applies in the period (as in
``check``), its first year has come, and its reporting frequency owes a figure at the period's
end (a quarterly target owes one at 1-3月, 1-6月…, none at 1-5月). The unit is the one that
supplies the figure (``supplied_by``, else the target's lead unit, the plan's ``default_owner``
for a target that names none), the one whose template sheet holds the row; the ranking still
judges the lead unit on its targets. Each target is its own figure, but for a restatement (◇) that asks for its
restated target's very figure (``restatements.shares_figure``, the same lead unit, both owed):
the template lists that figure once, on the restated target's row, ``import`` records it for
both, and it is due and counted once, as the restated target's. Monitoring indicators are
reported like any other and are due like any other.

The due date is the plan's day of the month after the period, moved to the next working day
when it is a weekend or a public holiday (``workdays``: China's official calendar); with
``reporting.merge_january`` no figure is owed for January alone.

Received: a record for the target in an actuals file of the same months (2023Q2 and 2023-06
alike). On time: its source date (the record's, else the file's) on or before the due date;
late: after it; no date: received, timeliness unknown (未注明日期). Reporting rate = received /
due; timeliness = on time / received with a date (DHIS2's "on time" counts only what is dated).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from plan415x.dataset import Dataset
from plan415x.engine import owes
from plan415x.periods import Period
from plan415x.restatements import sharing
from plan415x.values import Record, Target, due_date
from plan415x.workdays import next_working_day

ON_TIME, LATE, UNDATED, MISSING = "on_time", "late", "undated", "missing"


@dataclass(frozen=True)
class Figure:
    """One figure due from a unit for the period."""

    target: Target
    due: dt.date
    record: Record | None
    date: dt.date | None
    """The date it was reported (its source's), when known."""

    @property
    def state(self) -> str:
        if self.record is None:
            return MISSING
        if self.date is None:
            return UNDATED
        return ON_TIME if self.date <= self.due else LATE


@dataclass(frozen=True)
class UnitReporting:
    unit: str
    name_zh: str
    name_en: str
    figures: tuple[Figure, ...]

    def count(self, state: str) -> int:
        return sum(f.state == state for f in self.figures)

    @property
    def received(self) -> int:
        return len(self.figures) - self.count(MISSING)

    @property
    def rate(self) -> float | None:
        """报送率: received / due, in %."""
        return self.received / len(self.figures) * 100 if self.figures else None

    @property
    def timeliness(self) -> float | None:
        """及时率: on time / received with a date, in %; None when nothing dated came in."""
        dated = self.count(ON_TIME) + self.count(LATE)
        return self.count(ON_TIME) / dated * 100 if dated else None

    @property
    def missing(self) -> list[Figure]:
        return [f for f in self.figures if f.state == MISSING]


@dataclass(frozen=True)
class Reporting:
    period: Period
    units: tuple[UnitReporting, ...]
    unknown_years: tuple[int, ...] = ()
    """Years of the due dates that the official calendar does not know (neither the package nor
    the plan's ``reporting.calendar``): their weekends move a due date, their holidays cannot,
    and the report says so."""

    @property
    def missing(self) -> int:
        return sum(len(u.missing) for u in self.units)

    def unit(self, unit_id: str) -> UnitReporting | None:
        return next((u for u in self.units if u.unit == unit_id), None)


def due_of(dataset: Dataset, target: Target, period: Period) -> dt.date:
    """The day the target's figure for ``period`` is due: the calendar's day of the month after,
    moved to the next working day when it is a weekend or a public holiday (``workdays``)."""
    return due_and_unknown(dataset, target, period)[0]


def due_and_unknown(dataset: Dataset, target: Target, period: Period) -> tuple[dt.date, frozenset[int]]:
    """``due_of``, and the years met that the official calendar does not know."""
    reporting = dataset.plan.reporting
    day = due_date(period.year, period.end_month, reporting.due_day_of(target))
    return next_working_day(day, reporting.calendar)


def reporting(dataset: Dataset, period: Period, *, unit: str | None = None) -> Reporting:
    """Every lead unit's figures due for ``period`` (only ``unit``'s when given), in the plan's
    order of units; units that owe nothing are left out."""
    received: dict[str, tuple[Record, dt.date | None]] = {}
    for entry in dataset.actuals:
        if entry.period.key != period.key:
            continue
        default = entry.file.source
        for record in entry.file.records:
            source = record.source or default
            received.setdefault(record.target, (record, source.date if source else None))
    plan = dataset.plan
    by_unit: dict[str, list[Figure]] = {}
    once = _asked_with_another(dataset, period)
    unknown: set[int] = set()
    merge_january = plan.reporting.merge_january
    for target in plan.targets:
        lead = target.supplier  # collection follows the supplier; the ranking, the lead
        if lead is None or (unit is not None and lead != unit) or target.id in once:
            continue
        if not owes(target, period, plan.reporting.frequency, merge_january=merge_january):
            continue
        got = received.get(target.id)
        rec, date = (None, None) if got is None else got
        due, years = due_and_unknown(dataset, target, period)
        unknown |= years
        by_unit.setdefault(lead, []).append(Figure(target, due, rec, date))
    units = [
        UnitReporting(u.id, u.name_zh, u.name_en, tuple(by_unit[u.id]))
        for u in plan.responsible_units
        if u.id in by_unit
    ]
    return Reporting(period, tuple(units), tuple(sorted(unknown)))


def _asked_with_another(dataset: Dataset, period: Period) -> set[str]:
    """Ids of the restatements whose figure is asked for on their restated target's row."""
    frequency = dataset.plan.reporting.frequency
    out: set[str] = set()
    for restated_id, restating in sharing(dataset.plan.targets).items():
        restated = dataset.targets[restated_id]
        if not owes(restated, period, frequency, merge_january=dataset.plan.reporting.merge_january):
            continue
        out |= {t.id for t in restating if t.supplier == restated.supplier}
    return out
