"""Checks across records and files, after each file has passed its own schema.

Codes are stable (other tools depend on them) and documented in docs/data-format.md.
"""

from __future__ import annotations

import difflib
import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from plan415x.messages import located
from plan415x.periods import Period
from plan415x.problems import Problem, said
from plan415x.units import Measures, unknown_unit
from plan415x.values import FLOW_KINDS, MAX_MAGNITUDE, Kind, PlanFile, Record, State, Target

if TYPE_CHECKING:
    from plan415x.loading import Actuals
    from plan415x.yamlfile import Document

# Kinds whose actual value is not in the target's unit (a rate, or a measure compared with a
# reference), so the unit's bounds do not apply to it.
_UNBOUNDED = frozenset({Kind.growth, Kind.relative})
# Kinds reported for a year only within the years the target covers (also used by the benchmarks).
YEAR_BOUND = frozenset({Kind.annual, Kind.one_year, Kind.cumulative, Kind.composite, Kind.growth})


def _suggest(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _duplicates(
    doc: Document, section: str, ids: list[str], what: str, where: list[int] | None = None
) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for position, ident in enumerate(ids):
        index = position if where is None else where[position]
        if ident in seen:
            yield doc.problem(
                (section, index, "id"),
                f"duplicate-{what}",
                f"the {what} id {ident!r} is used twice (first at {section}[{seen[ident]}])",
            )
        else:
            seen[ident] = index


def _told_apart(name: str) -> str:
    """A name as a reader tells it from others: width (NFKC), case and spaces do not count."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _unit_names(doc: Document, plan: PlanFile) -> Iterator[Problem]:
    """Every id, name and alias of a responsible unit names that unit only: ``--unit 甲局``,
    rankings and imports find a unit by any of them, and two units named alike would silently
    be taken one for the other (the first found) or shown as two rows of the same name. Two
    equal ids are duplicate-unit already."""
    claimed: dict[str, tuple[str, str, str]] = {}  # told-apart name -> (unit id, field, name)
    for i, unit in enumerate(plan.responsible_units):
        named: list[tuple[tuple[str | int, ...], str, str]] = [
            (("id",), "id", unit.id),
            (("name_zh",), "name_zh", unit.name_zh),
            (("name_en",), "name_en", unit.name_en),
        ]
        named += [(("aliases", j), "alias", alias) for j, alias in enumerate(unit.aliases)]
        for loc, field, name in named:
            key = _told_apart(name)
            if not key:
                continue
            other = claimed.setdefault(key, (unit.id, field, name))
            other_id, other_field, other_name = other
            if other_id == unit.id:
                continue  # the unit's own (or a duplicate id: duplicate-unit says it)
            yield doc.problem(
                ("responsible_units", i, *loc),
                "ambiguous-unit-name",
                f"the {field} {name!r} of unit {unit.id!r} cannot be told from the {other_field}"
                f" {other_name!r} of unit {other_id!r}; give each unit names of its own (--unit,"
                " rankings and imports would take one unit for the other)",
            )


def check_plan(
    plan: PlanFile,
    doc: Document,
    *,
    positions: tuple[int, ...] | None = None,
    unchecked: frozenset[str] = frozenset(),
) -> list[Problem]:
    """``positions``: where each of ``plan.targets`` stands in the file, when targets with
    problems of their own were left out; ``unchecked``: their ids, known to exist (a link to one
    is no unknown link)."""
    where = list(range(len(plan.targets))) if positions is None else list(positions)
    problems: list[Problem] = []
    problems += _duplicates(doc, "actions", [a.id for a in plan.actions], "action")
    problems += _duplicates(doc, "responsible_units", [u.id for u in plan.responsible_units], "unit")
    problems += _duplicates(doc, "measures", [m.id for m in plan.measures], "measure")
    problems += _unit_names(doc, plan)
    problems += _duplicates(doc, "targets", [t.id for t in plan.targets], "target", where)
    actions = {a.id for a in plan.actions}
    units = {u.id for u in plan.responsible_units}
    measures = Measures(plan.measures)
    targets = {t.id for t in plan.targets} | unchecked
    by_id = {t.id: t for t in plan.targets}
    first, last = plan.plan.first_year, plan.plan.last_year
    if plan.default_owner is not None and plan.default_owner not in units:
        problems.append(
            doc.problem(
                ("default_owner",),
                "unknown-unit",
                f"unknown responsible unit {plan.default_owner!r}{_suggest(plan.default_owner, units)}",
            )
        )
    for i, target in zip(where, plan.targets, strict=True):
        at = ("targets", i)
        if target.action not in actions:
            problems.append(
                doc.problem(
                    (*at, "action"),
                    "unknown-action",
                    f"unknown action {target.action!r}{_suggest(target.action, actions)}",
                )
            )
        for j, unit in enumerate(target.responsible):
            if unit not in units:
                problems.append(
                    doc.problem(
                        (*at, "responsible", j),
                        "unknown-unit",
                        f"unknown responsible unit {unit!r}{_suggest(unit, units)}",
                    )
                )
        if target.unit is not None and target.unit not in measures:
            problems.append(
                located(doc, (*at, "unit"), "unknown-measure", unknown_unit(target.unit, measures.ids()))
            )
        for j, link in enumerate(target.links):
            if link not in targets or link == target.id:
                problems.append(
                    doc.problem(
                        (*at, "links", j),
                        "unknown-link",
                        f"links to unknown target {link!r}{_suggest(link, targets)}",
                    )
                )
        if target.restates is not None and target.restates not in unchecked:
            restated = by_id.get(target.restates)
            if restated is None:
                problems.append(
                    doc.problem(
                        (*at, "restates"),
                        "unknown-restates",
                        f"restates unknown target {target.restates!r}{_suggest(target.restates, targets)}",
                    )
                )
            elif restated.restates is not None:
                # A chain (or a loop) would leave a target counted never, or twice under a filter:
                # name the target first written, which counts for all its restatements.
                problems.append(
                    doc.problem(
                        (*at, "restates"),
                        "restates-restatement",
                        f"restates {target.restates!r}, itself a restatement of {restated.restates!r};"
                        f" restate the target first written ({restated.restates!r}) instead",
                    )
                )
        # A target may reach beyond the plan's last year (a 2035 goal of a 2025-2030 plan: shown
        # as not due, figures taken for the plan's years only); it cannot begin before the plan.
        if target.first_year < first or target.first_year > last:
            problems.append(
                doc.problem(
                    (*at, "first_year"),
                    "period-outside-plan",
                    f"years {target.first_year}-{target.last_year} begin outside the plan's {first}-{last}",
                )
            )
    return problems


def check_actuals(
    plan: PlanFile,
    measures: Measures,
    targets: dict[str, Target],
    files: list[Actuals],
    *,
    unchecked: Mapping[str, str] | None = None,
    clean: frozenset[Path] = frozenset(),
) -> list[Problem]:
    """``unchecked``: targets whose records cannot be checked because of a problem of the plan,
    by id, with the reason: their records are left out, with one note per file. ``clean``: the
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
            problems.append(
                doc.problem(
                    ("period",),
                    "period-outside-plan",
                    f"period {period} is outside the plan's years {first}-{last}",
                )
            )
        other = by_key.get(period.key)
        if other is not None:
            problems.append(
                doc.problem(
                    ("period",),
                    "duplicate-period",
                    f"{period} covers the same months as {other.period} ({other.doc.display});"
                    " keep one of the two files",
                )
            )
        else:
            by_key[period.key] = entry
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
                problems.append(
                    doc.problem(
                        (*at, "target"),
                        "unknown-target",
                        f"unknown target id {record.target!r}{_suggest(record.target, targets)}",
                    )
                )
                continue
            if record.target in seen:
                problems.append(
                    doc.problem(
                        (*at, "target"),
                        "duplicate-record",
                        f"target {record.target!r} already has a record in this file"
                        f" (records[{seen[record.target]}])",
                    )
                )
                continue
            seen[record.target] = index
            if record.as_of is not None and not period.year <= record.as_of.year <= period.year + 1:
                # A figure's date falls in its year or the next (reports come late, not years
                # late); 2100-01-01 or 1899 is a typing slip the header would print as fact.
                problems.append(
                    doc.problem(
                        (*at, "as_of"),
                        "as-of-out-of-range",
                        f"as_of {record.as_of.isoformat()} is not in {period.year} or {period.year + 1},"
                        f" the years a figure of {period} can date from",
                    )
                )
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
                problems.append(
                    doc.problem(
                        (*at, "target"),
                        "outside-target-period",
                        f"target {target.id!r} covers {target.first_year}-{target.last_year},"
                        f" not {period.year}",
                    )
                )
                continue
            if target.kind in FLOW_KINDS:
                flows[(target.id, period.year)].append((entry, index, _flow_values(record, target, measures)))
        problems += _skipped_note(doc, skipped, unchecked)
    for (target_id, year), reports in flows.items():
        problems += _ytd_never_falls(target_id, reports, flows.get((target_id, year - 1), []))
    return problems


def _after_deadline(
    doc: Document, at: tuple[str | int, ...], record: Record, target: Target, period: Period
) -> Problem | None:
    """A milestone's record after its deadline (the end of last_year) would be judged by no
    check (its period is past the target) or taken as done in time (done, dated later): refused."""
    deadline = f"{target.last_year}-12-31"
    advice = (
        f"record it in {target.last_year}'s last file as state: not_done (it was not done in time)"
        " with the date it was done in evidence, or move last_year if the plan says so"
    )
    if period.year > target.last_year:
        return doc.problem(
            (*at, "target"),
            "after-deadline",
            f"milestone {target.id!r} was due by {deadline}; a record of {period} comes after its"
            f" deadline and no check would show it: {advice}",
        )
    if record.state is State.done and record.as_of is not None and record.as_of.year > target.last_year:
        return doc.problem(
            (*at, "as_of"),
            "after-deadline",
            f"milestone {target.id!r} was due by {deadline} but is done as of"
            f" {record.as_of.isoformat()}: judged done it would read as done in time; {advice}",
        )
    return None


def _skipped_note(doc: Document, skipped: dict[str, int], reasons: Mapping[str, str]) -> list[Problem]:
    """One note per file, at its first record left out, naming every target left out and why."""
    if not skipped:
        return []
    first = min(skipped.values())
    why = "; ".join(f"{ident!r}: {reasons[ident]}" for ident in sorted(skipped, key=skipped.__getitem__))
    count = sum(1 for _ in skipped)
    return [
        replace(
            doc.problem(
                ("records", first, "target"),
                "not-checked",
                f"the records of {count} target{'s' * (count != 1)} not checked against the plan"
                f" ({why}); fixed, they are checked",
            ),
            level="note",
        )
    ]


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
                what = f"component {part!r} of {target_id!r}" if part else repr(target_id)
                loc: tuple[str | int, ...] = (
                    ("records", index, "components", part) if part else ("records", index, "value")
                )
                earlier = reports[position - 1][2].get(part) if position else None
                later = reports[position + 2][2].get(part) if position + 2 < len(reports) else None
                total = totals.get(part)
                slip = _likely_slip(earlier, previous, value, later, total, before.period.end_month)
                if slip == "earlier":
                    fix = f"the likely slip is {previous:g} of {before.period}: without it the figures rise"
                elif slip == "later":
                    fix = f"the likely slip is {value:g} of {after.period}: without it the figures rise"
                elif slip == "earlier-total":
                    fix = (
                        f"the likely slip is {previous:g} of {before.period}: it reaches last year's total"
                        f" {total:g}, as a running total since an earlier year would"
                    )
                else:
                    fix = "correct one of them"
                yield after.doc.problem(
                    loc,
                    "ytd-decrease",
                    f"year-to-date {what} falls from {previous:g} ({before.period}, "
                    f"{before.doc.display}) to {value:g} ({after.period}); year-to-date figures"
                    f" never fall within a year: {fix}",
                )


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
        yield doc.problem(
            (*at, "target"),
            "missing-source",
            "no source: give the record a source, or the file a default source",
        )
    kind = target.kind
    if kind is Kind.milestone:
        if record.state is None:
            yield doc.problem(
                (*at, "target"),
                "missing-state",
                f"milestone {target.id!r} needs state: done, pending or not_done",
            )
        if record.value is not None or record.components is not None:
            yield doc.problem(at, "unexpected-field", f"milestone {target.id!r} takes a state, not a value")
        return
    if record.state is not None:
        yield doc.problem(
            (*at, "state"), "unexpected-field", f"state is for milestones; {target.id!r} is {kind.value}"
        )
    if kind is Kind.composite:
        if record.components is None:
            yield doc.problem(
                (*at, "target"),
                "missing-components",
                f"composite {target.id!r} needs components: "
                + ", ".join(f"{c.id}: N" for c in target.components),
            )
            return
        if record.value is not None:
            yield doc.problem(
                (*at, "value"),
                "unexpected-field",
                "a composite's value is the sum of its components; give components only",
            )
        known = [c.id for c in target.components]
        for name, value in record.components.items():
            if name not in known:
                yield doc.problem(
                    (*at, "components", name),
                    "unknown-component",
                    f"unknown component {name!r} of {target.id!r}{_suggest(name, known)}",
                    key=True,
                )
            elif value < 0:
                yield doc.problem(
                    (*at, "components", name),
                    "negative-value",
                    f"component {name!r} cannot be negative ({value:g})",
                )
        if (
            record.unit is not None
            and target.unit is not None
            and not measures.compatible(record.unit, target.unit)
        ):
            mismatch = said("unit-mismatch", unit=record.unit, target_unit=target.unit)
            yield located(doc, (*at, "unit"), "unit-mismatch", mismatch)
        missing = [c for c in known if c not in record.components]
        if missing:
            yield doc.problem(
                (*at, "components"), "missing-components", "missing components: " + ", ".join(missing)
            )
        return
    if record.components is not None:
        yield doc.problem(
            (*at, "components"),
            "unexpected-field",
            f"components are for composite targets; {target.id!r} is {kind.value}",
        )
    if record.value is None:
        yield doc.problem((*at, "target"), "missing-value", f"{target.id!r} needs a value")
        return
    unit = record.unit or target.unit
    assert unit is not None
    assert target.unit is not None
    if unit not in measures:
        yield located(doc, (*at, "unit"), "unknown-measure", unknown_unit(unit, measures.ids()))
        return
    if kind is not Kind.relative and not measures.compatible(unit, target.unit):
        yield located(
            doc, (*at, "unit"), "unit-mismatch", said("unit-mismatch", unit=unit, target_unit=target.unit)
        )
        return
    value = measures.convert(record.value, unit, target.unit)
    if kind is not Kind.relative and abs(value) > MAX_MAGNITUDE:
        # Each is bounded (figures and factors, 1e15), the two together are not: 60 of a unit
        # of factor 1e15 is 6e16 亩, a figure no report should judge.
        yield doc.problem(
            (*at, "value"),
            "out-of-range",
            f"value {record.value:g} {unit} is {value:g} {target.unit} once converted, too large to"
            " be a figure (the limit is 1e15 in magnitude)",
        )
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
        yield doc.problem(
            (*at, "value"),
            code,
            f"value {record.value:g} {unit} is below the smallest valid {low:g} {target.unit}",
        )
    if high is not None and value > high:
        yield doc.problem(
            (*at, "value"),
            "out-of-range",
            f"value {record.value:g} {unit} is above the largest valid {high:g} {target.unit}",
        )
