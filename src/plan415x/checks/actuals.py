"""Checks of the actuals against the plan, file by file and record by record: periods and
deadlines, targets unknown or not due, units, bounds, a year-to-date figure that falls, and the
note of the records skipped (``check_actuals``)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from plan415x.checks.words import suggest
from plan415x.i18n import say
from plan415x.messages import located
from plan415x.periods import Period
from plan415x.problems import Problem, Said, said
from plan415x.units import Measures, unknown_unit
from plan415x.values import FLOW_KINDS, MAX_MAGNITUDE, Kind, PlanFile, Record, State, Target

if TYPE_CHECKING:
    from plan415x.loading import Actuals
    from plan415x.yamlfile import Document

# Kinds whose actual value is not in the target's unit (a rate, or a measure compared with a
# reference), so the unit's bounds do not apply to it.
_UNBOUNDED = frozenset({Kind.growth, Kind.relative, Kind.average_growth})
# Kinds whose figures are in another measure than the target's (a relative margin's reference;
# average_growth's levels, in figure_unit, judged as a rate in %).
_OWN_MEASURE = frozenset({Kind.relative, Kind.average_growth})
# Kinds reported for a year only within the years the target covers (also used by the benchmarks).
YEAR_BOUND = frozenset({Kind.annual, Kind.one_year, Kind.cumulative, Kind.composite, Kind.growth})


def check_actuals(
    plan: PlanFile,
    measures: Measures,
    targets: dict[str, Target],
    files: list[Actuals],
    *,
    unchecked: Mapping[str, Said] | None = None,
    clean: frozenset[Path] = frozenset(),
) -> list[Problem]:
    """``unchecked``: targets whose records cannot be checked because of a problem of the plan,
    by id, with the reason (a Said, or English text matched back in Chinese): their records are
    left out, with one note per file. ``clean``: the
    files (by path) whose records passed these checks against this very plan before (the
    cache knows): only what they take part in across files is checked again."""
    unchecked = unchecked or {}
    problems: list[Problem] = []
    first, last = plan.plan.first_year, plan.plan.last_year
    by_key: dict[tuple[int, int], Actuals] = {}
    # (target id, year) -> [(period, value in target unit or component values, file, index)]
    flows: dict[tuple[str, int], list[tuple[Actuals, int, dict[str, float]]]] = defaultdict(list)
    for entry in files:
        doc, period = entry.doc, entry.period
        if not first <= period.year <= last:
            outside = said("check-period-outside-plan", period=str(period), first=str(first), last=str(last))
            problems.append(located(doc, ("period",), "period-outside-plan", outside))
        other = by_key.get(period.key)
        if other is not None:
            twice = said(
                "check-duplicate-period", period=str(period), other=str(other.period), file=other.doc.display
            )
            problems.append(located(doc, ("period",), "duplicate-period", twice))
        else:
            by_key[period.key] = entry
        if entry.file.source is not None:
            problems += _received_out_of_range(doc, ("source", "date"), entry.file.source.date, period)
        if entry.doc.path in clean:
            # Every record passed: each flow's figures still go into the check across periods.
            for position, record in enumerate(entry.file.records):
                passed = targets[record.target]
                if passed.kind in FLOW_KINDS:
                    flows[(passed.id, period.year)].append(
                        (entry, entry.position(position), _flow_values(record, passed, measures))
                    )
            continue
        seen: dict[str, int] = {}
        skipped: dict[str, int] = {}
        for position, record in enumerate(entry.file.records):
            index = entry.position(position)
            at = ("records", index)
            if record.target in unchecked:
                skipped.setdefault(record.target, index)
                continue
            target = targets.get(record.target)
            if target is None:
                unknown = said(
                    "check-unknown-target", target=record.target, hint=suggest(record.target, targets)
                )
                problems.append(located(doc, (*at, "target"), "unknown-target", unknown))
                continue
            if record.target in seen:
                again = said(
                    "check-duplicate-record", target=record.target, first=f"records[{seen[record.target]}]"
                )
                problems.append(located(doc, (*at, "target"), "duplicate-record", again))
                continue
            seen[record.target] = index
            if record.as_of is not None and not period.year <= record.as_of.year <= period.year + 1:
                # A figure's date falls in its year or the next (reports come late, not years
                # late); 2100-01-01 or 1899 is a typing slip the header would print as fact.
                dated = said(
                    "check-as-of-out-of-range",
                    field="as_of",
                    date=record.as_of.isoformat(),
                    year=str(period.year),
                    next_year=str(period.year + 1),
                    period=str(period),
                )
                problems.append(located(doc, (*at, "as_of"), "as-of-out-of-range", dated))
            if record.source is not None:
                problems += _received_out_of_range(doc, (*at, "source", "date"), record.source.date, period)
            if target.kind is Kind.milestone:
                late = _after_deadline(doc, at, record, target, period)
                if late is not None:
                    problems.append(late)
                    continue
            found = list(_check_record(entry, index, record, target, measures))
            problems += found
            if found:
                continue
            if target.kind in YEAR_BOUND and not target.first_year <= period.year <= target.last_year:
                outside = said(
                    "check-outside-target-period",
                    target=target.id,
                    first_year=str(target.first_year),
                    last_year=str(target.last_year),
                    year=str(period.year),
                )
                problems.append(located(doc, (*at, "target"), "outside-target-period", outside))
                continue
            if target.kind in FLOW_KINDS:
                flows[(target.id, period.year)].append((entry, index, _flow_values(record, target, measures)))
        problems += _skipped_note(doc, skipped, unchecked)
    for (target_id, year), reports in flows.items():
        problems += _ytd_never_falls(target_id, reports, flows.get((target_id, year - 1), []))
    return problems


def _received_out_of_range(
    doc: Document, at: tuple[str | int, ...], date: dt.date | None, period: Period
) -> list[Problem]:
    """A source's date (the day the figure was received, what 及时率 is computed from) falls in
    its period's year or the next, as ``as_of`` does: 2032-07-20 typed for 2023-07-20 would make
    every figure of the file years late in ``reporting``."""
    if date is None or period.year <= date.year <= period.year + 1:
        return []
    dated = said(
        "collect-source-date-out-of-range",
        field="source.date",
        date=date.isoformat(),
        year=str(period.year),
        next_year=str(period.year + 1),
        period=str(period),
    )
    return [located(doc, at, "date-out-of-range", dated)]


def _after_deadline(
    doc: Document, at: tuple[str | int, ...], record: Record, target: Target, period: Period
) -> Problem | None:
    """A milestone's record after its deadline (the end of last_year) would be judged by no
    check (its period is past the target) or taken as done in time (done, dated later): refused."""
    deadline = f"{target.last_year}-12-31"
    advice = said(
        "check-deadline-advice",
        last_year=str(target.last_year),
        not_done=f"state: {State.not_done.value}",
        evidence="evidence",
        key="last_year",
    )
    if period.year > target.last_year:
        late = said(
            "check-record-after-deadline",
            target=target.id,
            deadline=deadline,
            period=str(period),
            advice=advice,
        )
        return located(doc, (*at, "target"), "after-deadline", late)
    if record.state is State.done and record.as_of is not None and record.as_of.year > target.last_year:
        late = said(
            "check-done-after-deadline",
            target=target.id,
            deadline=deadline,
            date=record.as_of.isoformat(),
            advice=advice,
        )
        return located(doc, (*at, "as_of"), "after-deadline", late)
    return None


@dataclass(frozen=True)
class _Reasons:
    """Why each target's records were not checked, target by target, each reason said in the
    note's language."""

    reasons: tuple[tuple[str, Said], ...]

    def said_in(self, lang: str) -> str:
        out = [say(said("check-reason", target=ident, reason=reason), lang) for ident, reason in self.reasons]
        return say(said("check-reasons-separator"), lang).join(out)


def _skipped_note(doc: Document, skipped: dict[str, int], reasons: Mapping[str, Said]) -> list[Problem]:
    """One note per file, at its first record left out, naming every target left out and why."""
    if not skipped:
        return []
    first = min(skipped.values())
    why = _Reasons(tuple((ident, reasons[ident]) for ident in sorted(skipped, key=skipped.__getitem__)))
    count = len(skipped)
    if count == 1:
        note = said("check-not-checked-one", count=str(count), why=why)
    else:
        note = said("check-not-checked", count=str(count), why=why)
    return [replace(located(doc, ("records", first, "target"), "not-checked", note), level="note")]


def _flow_values(record: Record, target: Target, measures: Measures) -> dict[str, float]:
    if record.components is not None:
        return dict(record.components)
    assert record.value is not None
    assert target.unit is not None
    return {"": measures.convert(record.value, record.unit or target.unit, target.unit)}


def _ytd_never_falls(
    target_id: str,
    reports: list[tuple[Actuals, int, dict[str, float]]],
    last_year: Iterable[tuple[Actuals, int, dict[str, float]]] = (),
) -> Iterator[Problem]:
    reports.sort(key=lambda r: r[0].period)
    totals = next((values for entry, _, values in last_year if entry.period.end_month == 12), {})
    for position, ((before, _, old), (after, index, new)) in enumerate(itertools.pairwise(reports)):
        for part, value in new.items():
            previous = old.get(part)
            if previous is not None and value < previous:
                loc: tuple[str | int, ...] = (
                    ("records", index, "components", part) if part else ("records", index, "value")
                )
                earlier = reports[position - 1][2].get(part) if position else None
                later = reports[position + 2][2].get(part) if position + 2 < len(reports) else None
                total = totals.get(part)
                slip = _likely_slip(earlier, previous, value, later, total, before.period.end_month)
                if slip == "earlier":
                    fix = said("check-slip", figure=f"{previous:g}", period=str(before.period))
                elif slip == "later":
                    fix = said("check-slip", figure=f"{value:g}", period=str(after.period))
                elif slip == "earlier-total":
                    assert total is not None
                    fix = said(
                        "check-slip-total",
                        figure=f"{previous:g}",
                        period=str(before.period),
                        total=f"{total:g}",
                    )
                else:
                    fix = said("check-slip-unknown")
                was, now = f"{previous:g}", f"{value:g}"
                earlier_period, later_period = str(before.period), str(after.period)
                if part:
                    falls = said(
                        "check-ytd-decrease-component",
                        part=part,
                        target=target_id,
                        previous=was,
                        before=earlier_period,
                        file=before.doc.display,
                        value=now,
                        after=later_period,
                        fix=fix,
                    )
                else:
                    falls = said(
                        "check-ytd-decrease",
                        target=target_id,
                        previous=was,
                        before=earlier_period,
                        file=before.doc.display,
                        value=now,
                        after=later_period,
                        fix=fix,
                    )
                yield located(after.doc, loc, "ytd-decrease", falls)


def _likely_slip(
    earlier: float | None,
    previous: float,
    value: float,
    later: float | None,
    total: float | None,
    previous_month: int,
) -> str:
    """Which of two year-to-date figures that fall (``previous`` > ``value``) breaks the rise:
    the one without which its neighbours rise (``earlier`` ≤ ``value`` and not ``previous`` ≤
    ``later``: the earlier; the reverse: the later). When either would do (two figures only, or
    both fit), an earlier figure before December at or above last year's total is the slip (a
    running total typed for a year-to-date one: 466 in January after 2023's 436, then 40 in
    February). Else nothing can be said: ``""``."""
    without_earlier = earlier is None or earlier <= value
    without_later = later is None or previous <= later
    if without_earlier and not without_later:
        return "earlier"
    if without_later and not without_earlier:
        return "later"
    if without_earlier and total is not None and total > 0 and previous_month < 12 and previous >= total:
        return "earlier-total"
    return ""


def _check_record(
    entry: Actuals, index: int, record: Record, target: Target, measures: Measures
) -> Iterator[Problem]:
    doc = entry.doc
    at = ("records", index)
    if record.source is None and entry.file.source is None:
        yield located(doc, (*at, "target"), "missing-source", said("check-missing-source", field="source"))
    if target.reference_target is not None and record.reference is not None:
        # Read from the data (reference_target): a number typed beside it would one day differ.
        typed = said(
            "check-reference-typed",
            field="reference",
            target=target.id,
            reference_target=target.reference_target,
        )
        yield located(doc, (*at, "reference"), "unexpected-field", typed)
    kind = target.kind
    if kind is Kind.milestone:
        if record.state is None:
            states = said(
                "check-missing-state",
                target=target.id,
                field="state",
                done=State.done.value,
                pending=State.pending.value,
                not_done=State.not_done.value,
            )
            yield located(doc, (*at, "target"), "missing-state", states)
        if record.value is not None or record.components is not None:
            yield located(
                doc, at, "unexpected-field", said("check-milestone-value", target=target.id, field="state")
            )
        return
    if record.state is not None:
        stated = said(
            "check-state-not-milestone",
            field="state",
            milestone=Kind.milestone.value,
            target=target.id,
            kind=kind.value,
        )
        yield located(doc, (*at, "state"), "unexpected-field", stated)
    if kind is Kind.composite:
        if record.components is None:
            parts = ", ".join(f"{c.id}: N" for c in target.components)
            needs = said(
                "check-composite-needs-components", target=target.id, field="components", names=parts
            )
            yield located(doc, (*at, "target"), "missing-components", needs)
            return
        if record.value is not None:
            yield located(
                doc, (*at, "value"), "unexpected-field", said("check-composite-value", field="components")
            )
        known = [c.id for c in target.components]
        for name, value in record.components.items():
            if name not in known:
                unknown = said(
                    "check-unknown-component", name=name, target=target.id, hint=suggest(name, known)
                )
                yield located(doc, (*at, "components", name), "unknown-component", unknown, key=True)
            elif value < 0:
                negative = said("check-negative-component", name=name, value=f"{value:g}")
                yield located(doc, (*at, "components", name), "negative-value", negative)
        if (
            record.unit is not None
            and target.unit is not None
            and not measures.compatible(record.unit, target.unit)
        ):
            mismatch = said("unit-mismatch", unit=record.unit, target_unit=target.unit)
            yield located(doc, (*at, "unit"), "unit-mismatch", mismatch)
        missing = [c for c in known if c not in record.components]
        if missing:
            lacking = said("check-missing-components", missing=", ".join(missing))
            yield located(doc, (*at, "components"), "missing-components", lacking)
        return
    if record.components is not None:
        parted = said(
            "check-components-not-composite",
            field="components",
            composite=Kind.composite.value,
            target=target.id,
            kind=kind.value,
        )
        yield located(doc, (*at, "components"), "unexpected-field", parted)
    if record.value is None:
        yield located(
            doc,
            (*at, "target"),
            "missing-value",
            said("check-missing-value", target=target.id, field="value"),
        )
        return
    unit = record.unit or target.unit
    assert unit is not None
    assert target.unit is not None
    if unit not in measures:
        yield located(doc, (*at, "unit"), "unknown-measure", unknown_unit(unit, measures.ids()))
        return
    if kind not in _OWN_MEASURE and not measures.compatible(unit, target.unit):
        yield located(
            doc, (*at, "unit"), "unit-mismatch", said("unit-mismatch", unit=unit, target_unit=target.unit)
        )
        return
    own = kind is Kind.average_growth and not measures.compatible(unit, target.unit)
    value = record.value if own else measures.convert(record.value, unit, target.unit)
    if kind not in _OWN_MEASURE and abs(value) > MAX_MAGNITUDE:
        # Each is bounded (figures and factors, 1e15), the two together are not: 60 of a unit
        # of factor 1e15 is 6e16 亩, a figure no report should judge.
        huge = said(
            "check-too-large",
            value=f"{record.value:g}",
            unit=unit,
            converted=f"{value:g}",
            target_unit=target.unit,
            limit="1e15",  # MAX_MAGNITUDE, as the analyst writes it
        )
        yield located(doc, (*at, "value"), "out-of-range", huge)
        return
    if kind in _UNBOUNDED and target.range is None:
        return  # a rate or a compared quantity: the unit's bounds are not its bounds
    measure = measures.get(target.unit)
    low, high = (
        target.range
        if target.range is not None
        else (measure.min if measure else None, measure.max if measure else None)
    )
    if low is not None and value < low:
        code = "negative-value" if low == 0 else "out-of-range"
        below = said(
            "check-below", value=f"{record.value:g}", unit=unit, low=f"{low:g}", target_unit=target.unit
        )
        yield located(doc, (*at, "value"), code, below)
    if high is not None and value > high:
        above = said(
            "check-above", value=f"{record.value:g}", unit=unit, high=f"{high:g}", target_unit=target.unit
        )
        yield located(doc, (*at, "value"), "out-of-range", above)
