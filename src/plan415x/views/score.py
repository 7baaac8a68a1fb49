"""What ``score`` and ``explain --score`` show of the scoring engine's result, computed once:
each unit's breakdown (per target and rule, the subtotals, the totals per rule), its lines
grouped by the target they score, and the rules' deductions over all units. No language or
format: ``reports/score.py`` and ``reports/explain.py`` say it."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from plan415x.scoring.points import BASE, CAP, FLOOR, ZERO, Line

if TYPE_CHECKING:
    from plan415x.scoring.engine import Score, UnitScore


class UnitView(NamedTuple):
    scored: UnitScore
    rows: tuple[str | None, ...]
    """The breakdown's rows: the unit's targets in the plan's order, then None (the unit's own
    adjustments) when it has any."""
    cells: dict[tuple[str | None, str], Decimal]
    """(target, rule): the points of that rule's lines on that target."""
    subtotals: dict[str | None, Decimal]
    """By target (None: the unit's own adjustments): the points of its lines."""
    by_rule: dict[str, Decimal]
    groups: dict[str | None, tuple[Line, ...]]
    """The unit's lines by the target they score (None: the unit's own adjustments), in the
    order of their first line."""
    lines_total: Decimal
    """The lines added up in the order ``groups`` gives them (what explain --score prints)."""


class ScoreView(NamedTuple):
    score: Score
    units: tuple[UnitView, ...]
    rule_ids: tuple[str, ...]
    """A breakdown's columns: base, the file's rules in its order, then cap and floor."""


def score_view(score: Score) -> ScoreView:
    return ScoreView(
        score=score,
        units=tuple(unit_view(u) for u in score.units),
        rule_ids=(BASE, *(r.id for r in score.scoring.rules), CAP, FLOOR),
    )


def unit_view(u: UnitScore) -> UnitView:
    rows: list[str | None] = [r.target.id for r in u.targets]
    if any(line.target is None for line in u.lines):
        rows.append(None)
    cells: dict[tuple[str | None, str], Decimal] = {}
    subtotals: dict[str | None, Decimal] = {}
    groups: dict[str | None, list[Line]] = {}
    for line in u.lines:
        key = (line.target, line.rule)
        cells[key] = cells.get(key, ZERO) + line.amount
        subtotals[line.target] = subtotals.get(line.target, ZERO) + line.amount
        groups.setdefault(line.target, []).append(line)
    total = ZERO
    for group in groups.values():
        for line in group:
            total += line.amount
    return UnitView(
        scored=u,
        rows=tuple(rows),
        cells=cells,
        subtotals=subtotals,
        by_rule=u.by_rule(),
        groups={target: tuple(group) for target, group in groups.items()},
        lines_total=total,
    )


def deductions(score: Score) -> list[tuple[Decimal, str]]:
    """Each rule's points over all units where they take away (base left out), the most first."""
    totals: dict[str, Decimal] = {}
    for u in score.units:
        for rule, amount in u.by_rule().items():
            if rule != BASE:
                totals[rule] = totals.get(rule, ZERO) + amount
    return sorted((v, k) for k, v in totals.items() if v < 0)
