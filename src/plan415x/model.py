"""The data model: a plan (targets.yaml) and its actual figures (actuals/<PERIOD>.yaml).

Every model is frozen and refuses unknown fields, so a misspelt key is an error rather than
a silently ignored line. Each model is built from its value class (plan415x.values), where each
field is declared once with what the edge checks of it (plan415x.fields); a model's class body
holds its validators. The field descriptions are the user documentation: they end up in the
JSON Schema that editors show (``plan415x schema targets``).
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import (
    field_validator,
    model_validator,
)

from plan415x import values
from plan415x.edge import (
    VALUE_CLASSES,
    FromValues,
)
from plan415x.i18n.phrases import clauses
from plan415x.periods import Period
from plan415x.problems import Said, SaidError, said
from plan415x.values import (
    FIGURELESS,
    Comparator,
    Frequency,
    Kind,
    Pace,
)


class PlausibilityLimits(FromValues, values=values.PlausibilityLimits): ...


class PlanInfo(FromValues, values=values.PlanInfo):
    @model_validator(mode="after")
    def _span(self) -> PlanInfo:
        if self.last_year < self.first_year:
            raise SaidError(said("field-years-reversed"))
        # English reports name the plan in Chinese rather than not at all; left unset, so the
        # data (and the cache) still says what was written.
        for english, chinese in (("title_en", self.title_zh), ("issuer_en", self.issuer_zh)):
            if not getattr(self, english).strip():
                object.__setattr__(self, english, chinese)
        return self


class Action(FromValues, values=values.Action): ...


class ResponsibleUnit(FromValues, values=values.ResponsibleUnit): ...


class Measure(FromValues, values=values.Measure): ...


class Thresholds(FromValues, values=values.Thresholds):
    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if self.behind < self.watch:
            raise SaidError(said("field-thresholds-order"))
        return self


class ThresholdRule(FromValues, values=values.ThresholdRule): ...


class RankSettings(FromValues, values=values.RankSettings): ...


class Assessment(FromValues, values=values.Assessment): ...


class Tolerance(FromValues, values=values.Tolerance):
    @model_validator(mode="after")
    def _one(self) -> Tolerance:
        if (self.absolute is None) == (self.relative_pct is None):
            raise SaidError(said("field-tolerance-one"))
        return self


class DueDays(FromValues, values=values.DueDays): ...


class CalendarYear(FromValues, values=values.CalendarYear):
    @model_validator(mode="after")
    def _in_its_year(self) -> CalendarYear:
        # A date of another year (2027-02-06 under year: 2026) is a slip: the year it names would
        # silently lose a holiday, and the other would not get it.
        for day in (*self.holidays, *self.workdays):
            if day.year != self.year:
                raise SaidError(said("field-calendar-other-year", date=day.isoformat(), year=str(self.year)))
        for day in self.workdays:
            if day in self.holidays:
                raise SaidError(said("field-calendar-both", date=day.isoformat()))
        return self


class Contact(FromValues, values=values.Contact): ...


class Reporting(FromValues, values=values.Reporting): ...


class Baseline(FromValues, values=values.Baseline): ...


class Component(FromValues, values=values.Component): ...


class FromBase(FromValues, values=values.FromBase): ...


def _five_year_problems(target: Target) -> list[Said]:
    """A five-year table's arithmetic (issue 24): a target written against its base year
    (from_base: its value is the level it gives) and 年均 growth (average_growth)."""
    problems: list[Said] = []
    base = target.baseline
    if target.from_base is not None:
        if target.kind not in (Kind.level, Kind.share) or base is None:
            problems.append(said("field-target-from-base"))
        else:
            change = values.FromBase(target.from_base.change, target.from_base.by)
            level = round(change.level(base.value), 10)
            given = target.value if "value" in target.model_fields_set else None
            if given is not None and not math.isclose(given, level, rel_tol=1e-9, abs_tol=1e-9):
                problems.append(said("field-target-from-base-value", value=given, level=level))
            elif (level < base.value) != (
                target.comparator in (Comparator.le, Comparator.lt) or values.Good.down is target.good
            ):
                # 降低13.5% is a ceiling (<=), 提高3个百分点 a floor: the other way is a slip.
                problems.append(said("field-target-from-base-side", change=target.from_base.change.value))
            else:
                # The level the text gives is the target's figure wherever a figure is read.
                object.__setattr__(target, "value", level)
                target.model_fields_set.add("value")
    if target.pace is Pace.geometric and (
        target.kind not in (Kind.level, Kind.share)
        or base is None
        or base.value <= 0
        or (target.value is not None and target.value <= 0)
    ):
        # A compounding path (base × (target/base)^(t/T)) is drawn between two levels above 0.
        problems.append(said("field-target-pace-geometric", pace=Pace.geometric.value))
    if target.kind is Kind.average_growth and (base is None or base.value <= 0):
        problems.append(said("field-target-average-growth-base"))
    if target.kind is Kind.average_growth:
        if target.frequency not in (None, Frequency.annual):
            problems.append(said("field-target-average-growth-frequency"))
        # A year's level, owed once a year wherever a frequency is read.
        object.__setattr__(target, "frequency", Frequency.annual)
    return problems


class Target(FromValues, values=values.Target):
    @model_validator(mode="after")
    def _consistent(self) -> Target:
        problems: list[Said] = _five_year_problems(self)
        if self.last_year < self.first_year:
            problems.append(said("field-years-reversed"))
        if self.kind is Kind.one_year and self.first_year != self.last_year:
            problems.append(said("field-target-one-year-span"))
        if self.kind in FIGURELESS:
            pass  # judged without a figure: none to lose, none to explain
        elif self.kind is not Kind.monitor and "value" not in self.model_fields_set:
            problems.append(said("field-target-needs-value", kind=self.kind.value))
        elif self.kind is Kind.monitor:
            if self.value is not None:
                problems.append(said("field-target-monitor-value"))
        elif self.value is None and not self.note:
            problems.append(said("field-target-value-note"))
        if self.tolerance is not None and self.comparator is not Comparator.approx:
            problems.append(said("field-target-tolerance"))
        if self.good is not None and (
            self.comparator not in (Comparator.approx, Comparator.between) or self.kind is Kind.relative
        ):
            problems.append(said("field-target-good"))
        if self.comparator is Comparator.between:
            if (
                self.kind not in (Kind.growth, Kind.level, Kind.share)
                or self.upper is None
                or (self.value is not None and self.upper <= self.value)
            ):
                problems.append(said("field-target-between"))
        elif self.upper is not None:
            problems.append(said("field-target-upper"))
        if self.reference_target is not None and self.kind is not Kind.relative:
            problems.append(said("field-target-reference-target-kind", kind=Kind.relative.value))
        elif self.reference_target == self.id:
            problems.append(said("field-target-reference-target-self"))
        if self.restates is not None and (self.restates == self.id or self.restates in self.links):
            problems.append(said("field-target-restates"))
        if self.kind is not Kind.milestone and self.unit is None:
            problems.append(said("field-target-needs-unit", kind=self.kind.value))
        if self.kind is Kind.composite:
            if len(self.components) < 2:
                problems.append(said("field-target-composite-components"))
            if self.basis not in (Kind.annual, Kind.one_year, Kind.cumulative):
                problems.append(said("field-target-composite-basis"))
        elif self.components or self.basis:
            problems.append(said("field-target-components-composite"))
        if self.kind is Kind.directional and self.direction is None:
            problems.append(said("field-target-direction"))
        if self.full_year:
            if self.kind not in (Kind.level, Kind.share):
                problems.append(said("field-target-full-year-kind"))
            elif self.frequency not in (None, Frequency.annual):
                problems.append(said("field-target-full-year-frequency"))
            else:
                # Owed once a year wherever a frequency is read (reporting, the score, the rule).
                object.__setattr__(self, "frequency", Frequency.annual)
        if self.pace is Pace.always and self.kind not in (Kind.level, Kind.share):
            problems.append(said("field-target-pace-always"))
        if self.kind in (Kind.level, Kind.share) and self.pace is Pace.linear and self.baseline is None:
            problems.append(said("field-target-linear-baseline", pace=Pace.linear.value))
        if self.baseline is not None and self.baseline.year >= self.last_year:
            problems.append(said("field-target-baseline-year"))
        if (self.pace is Pace.profile) != (self.profile is not None):
            problems.append(said("field-target-profile-pace"))
        if self.profile is not None:
            if len(self.profile) != 12:
                problems.append(said("field-target-profile-length"))
            elif (
                list(self.profile) != sorted(self.profile)
                or not 0 <= self.profile[0] <= self.profile[-1] <= 100
            ):
                problems.append(said("field-target-profile-rises"))
        if problems:
            raise SaidError(clauses(problems))
        return self


class Publishing(FromValues, values=values.Publishing): ...


class PlanFile(FromValues, values=values.PlanFile): ...


class Source(FromValues, values=values.Source): ...


class Record(FromValues, values=values.Record): ...


class ActualsFile(FromValues, values=values.ActualsFile):
    @field_validator("period", mode="after")
    @classmethod
    def _canonical(cls, value: str) -> str:
        return str(Period.parse(value))


def values_of(obj: Any) -> Any:
    """A validated model (or a tuple of them) as plain values (plan415x.values)."""
    kind = type(obj)
    cls = VALUE_CLASSES.get(kind)
    if cls is not None:
        return cls(*[values_of(getattr(obj, name)) for name in kind.model_fields])
    if kind is tuple:
        return tuple(values_of(item) for item in obj)
    return obj  # numbers, text, dates, enums, and the one dict (components: numbers by id)


def record_values(record: Record) -> values.Record:
    """A validated record as a plain value."""
    # The hot path (a province's data has a hundred thousand records): the fields by hand.
    source = record.source
    return values.Record(
        record.target,
        record.value,
        record.unit,
        record.as_of,
        None
        if source is None
        else values.Source(source.document, source.reported_by, source.date, source.url),
        record.note,
        record.state,
        record.evidence,
        record.components,
        record.reference,
        record.checked,
        record.reason,
        record.next_steps,
    )


def plan_values(plan: PlanFile) -> values.PlanFile:
    """The validated plan as plain values."""
    converted: values.PlanFile = values_of(plan)
    return converted


def actuals_values(file: ActualsFile) -> values.ActualsFile:
    """A validated actuals file as plain values."""
    return values.ActualsFile(
        file.schema_version,
        file.period,
        file.illustrative,
        file.note,
        values_of(file.source),
        tuple(map(record_values, file.records)),
    )
