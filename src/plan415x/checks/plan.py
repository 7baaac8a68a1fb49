"""Checks of the plan across its records: ids used twice, units told apart only by a character
of width or case, unknown actions, units, measures and predecessors, a target's years outside
the plan's (``check_plan``)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from plan415x.checks.words import WORDS, suggest
from plan415x.messages import located
from plan415x.problems import Problem, Said, said
from plan415x.units import Measures, unknown_unit
from plan415x.values import PlanFile, Target

if TYPE_CHECKING:
    from plan415x.yamlfile import Document


def _duplicates(
    doc: Document, section: str, ids: list[str], what: str, where: list[int] | None = None
) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for position, ident in enumerate(ids):
        index = position if where is None else where[position]
        if ident in seen:
            first = f"{section}[{seen[ident]}]"
            used = said("check-duplicate-id", what=WORDS[what], ident=ident, first=first)
            yield located(doc, (section, index, "id"), f"duplicate-{what}", used)
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
    claimed: dict[str, tuple[str, Said, str]] = {}  # told-apart name -> (unit id, field, name)
    alias = said("check-unit-alias")
    for i, unit in enumerate(plan.responsible_units):
        named: list[tuple[tuple[str | int, ...], Said, str]] = [
            (("id",), said("check-unit-id", key="id"), unit.id),
            (("name_zh",), said("check-unit-name-zh", key="name_zh"), unit.name_zh),
            (("name_en",), said("check-unit-name-en", key="name_en"), unit.name_en),
        ]
        named += [(("aliases", j), alias, name) for j, name in enumerate(unit.aliases)]
        for loc, field, name in named:
            key = _told_apart(name)
            if not key:
                continue
            other = claimed.setdefault(key, (unit.id, field, name))
            other_id, other_field, other_name = other
            if other_id == unit.id:
                continue  # the unit's own (or a duplicate id: duplicate-unit says it)
            clash = said(
                "check-ambiguous-unit-name",
                field=field,
                name=name,
                unit=unit.id,
                other_field=other_field,
                other_name=other_name,
                other_id=other_id,
                option="--unit",
            )
            yield located(doc, ("responsible_units", i, *loc), "ambiguous-unit-name", clash)


def _reference_target(
    doc: Document,
    at: tuple[str, int],
    target: Target,
    by_id: dict[str, Target],
    targets: set[str],
    unchecked: frozenset[str],
) -> Iterator[Problem]:
    """``reference_target`` names a target of the plan, and following the references from it never
    comes back to this one (同步 with GDP and GDP with itself through another says nothing)."""
    ref = target.reference_target
    if ref is None or ref in unchecked or ref == target.id:  # itself: the model says so
        return
    if ref not in by_id:
        unknown = said(
            "check-unknown-reference-target", field="reference_target", target=ref, hint=suggest(ref, targets)
        )
        yield located(doc, (*at, "reference_target"), "unknown-reference-target", unknown)
        return
    path = [target.id, ref]
    while (current := by_id.get(path[-1])) is not None and (nxt := current.reference_target) is not None:
        if nxt == target.id:
            loop = said(
                "check-reference-target-cycle", field="reference_target", path=" → ".join([*path, nxt])
            )
            yield located(doc, (*at, "reference_target"), "reference-target-cycle", loop)
            return
        if nxt in path:
            return  # a loop that does not pass through this target: said at its own targets
        path.append(nxt)


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
        owner = said("check-unknown-unit", unit=plan.default_owner, hint=suggest(plan.default_owner, units))
        problems.append(located(doc, ("default_owner",), "unknown-unit", owner))
    for i, target in zip(where, plan.targets, strict=True):
        at = ("targets", i)
        if target.action not in actions:
            unknown = said("check-unknown-action", action=target.action, hint=suggest(target.action, actions))
            problems.append(located(doc, (*at, "action"), "unknown-action", unknown))
        for j, unit in enumerate(target.responsible):
            if unit not in units:
                unknown = said("check-unknown-unit", unit=unit, hint=suggest(unit, units))
                problems.append(located(doc, (*at, "responsible", j), "unknown-unit", unknown))
        if target.unit is not None and target.unit not in measures:
            problems.append(
                located(doc, (*at, "unit"), "unknown-measure", unknown_unit(target.unit, measures.ids()))
            )
        if target.supplied_by is not None and target.supplied_by not in units:
            supplier = said(
                "check-unknown-unit", unit=target.supplied_by, hint=suggest(target.supplied_by, units)
            )
            problems.append(located(doc, (*at, "supplied_by"), "unknown-unit", supplier))
        if target.figure_unit is not None and target.figure_unit not in measures:
            unknown_figure = unknown_unit(target.figure_unit, measures.ids())
            problems.append(located(doc, (*at, "figure_unit"), "unknown-measure", unknown_figure))
        for j, link in enumerate(target.links):
            if link not in targets or link == target.id:
                unknown = said("check-unknown-link", link=link, hint=suggest(link, targets))
                problems.append(located(doc, (*at, "links", j), "unknown-link", unknown))
        if target.restates is not None and target.restates not in unchecked:
            restated = by_id.get(target.restates)
            if restated is None:
                unknown = said(
                    "check-unknown-restates",
                    field="restates",
                    target=target.restates,
                    hint=suggest(target.restates, targets),
                )
                problems.append(located(doc, (*at, "restates"), "unknown-restates", unknown))
            elif restated.restates is not None:
                # A chain (or a loop) would leave a target counted never, or twice under a filter:
                # name the target first written, which counts for all its restatements.
                chain = said(
                    "check-restates-restatement",
                    field="restates",
                    target=target.restates,
                    first=restated.restates,
                )
                problems.append(located(doc, (*at, "restates"), "restates-restatement", chain))
        problems += _reference_target(doc, at, target, by_id, targets, unchecked)
        # A target may reach beyond the plan's last year (a 2035 goal of a 2025-2030 plan: shown
        # as not due, figures taken for the plan's years only); it cannot begin before the plan.
        if target.first_year < first or target.first_year > last:
            years = said(
                "check-years-outside-plan",
                first_year=str(target.first_year),
                last_year=str(target.last_year),
                first=str(first),
                last=str(last),
            )
            problems.append(located(doc, (*at, "first_year"), "period-outside-plan", years))
    return problems
