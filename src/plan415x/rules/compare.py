"""How a figure compares with its target: the comparators, an approximate target's (左右)
tolerance and good side, and ranges (between)."""

from __future__ import annotations

from plan415x.problems import said
from plan415x.results import Status, Step
from plan415x.values import (
    Comparator,
    Good,
    Target,
)


def meets(
    actual: float, target: float, comparator: Comparator, tolerance: float, good: Good = Good.up
) -> bool:
    """``tolerance``: for approx, the distance from the target that still meets it (unit of the
    target); ``good``: for approx, the side that is good (``down``: at or below the target and
    its tolerance meets it; ``up`` is met within the tolerance and ``over`` above it)."""
    if comparator is Comparator.ge:
        return actual >= target
    if comparator is Comparator.gt:
        return actual > target
    if comparator is Comparator.le:
        return actual <= target
    if comparator is Comparator.lt:
        return actual < target
    if comparator is Comparator.eq:
        return actual == target
    low, high = band(target, comparator, tolerance)
    slack = 1e-9 * max(abs(target), 1.0)
    if good is Good.down:
        return actual <= high + slack
    return low - slack <= actual <= high + slack


def band(target: float, comparator: Comparator, tolerance: float) -> tuple[float, float]:
    """The figures that meet an approximate target (target ± tolerance) or a range (between:
    from ``target``, its lower bound, to ``target`` + ``tolerance``, its upper)."""
    if comparator is Comparator.between:
        return target, target + tolerance
    return target - tolerance, target + tolerance


def above_tolerance(
    actual: float, target: float, comparator: Comparator, tolerance: float, good: Good
) -> bool:
    """Above an approximate target whose good side is not up (down: a ceiling in practice;
    point) by more than its tolerance: a miss, as an exact target overshot is."""
    if comparator not in (Comparator.approx, Comparator.between) or good is Good.up:
        return False
    return actual > band(target, comparator, tolerance)[1] + 1e-9 * max(abs(target), 1.0)


def approx_ceiling(target: Target) -> bool:
    """An approximate target that is a ceiling in practice (good: down): judged as <= is, with
    its tolerance."""
    return target.comparator in (Comparator.approx, Comparator.between) and target.is_ceiling


def over(
    actual: float, target: float, comparator: Comparator, tolerance: float, good: Good = Good.up
) -> bool:
    """Above an approximate target (左右) whose good side is up by more than its tolerance:
    over, never behind. (An exact target, ==, overshot is a miss: 零事故 with two accidents is
    not "over"; so is an approximate one whose good side is down or a point: ``above_tolerance``.)"""
    if comparator not in (Comparator.approx, Comparator.between) or good is not Good.up:
        return False
    return actual > band(target, comparator, tolerance)[1] + 1e-9 * max(abs(target), 1.0)


def range_gap(actual: float, low: float, high: float, good: Good) -> float:
    """The gap of a rate to a range, in points (positive: behind): below the lower bound for up,
    above the upper for down, outside either for a point (negative inside: the margin left)."""
    if good is Good.down:
        return actual - high
    if good is Good.point:
        return max(low - actual, actual - high)
    return low - actual


def range_step(actual: float, low: float, high: float, good: Good, status: Status) -> Step:
    """Where a figure stands against a range (5%—5.5%), in words, with the status it gives."""
    slack = 1e-9 * max(abs(high), 1.0)
    if actual > high + slack:
        return said("step-range-above", actual=actual, high=high, good=good, status=status)
    if actual < low - slack:
        return said("step-range-below", actual=actual, low=low, good=good, status=status)
    return said("step-range-within", actual=actual, low=low, high=high, status=status)


def approx_met_step(actual: float, target: float, tolerance: float) -> Step:
    """How an approximate target is met: within its tolerance, or below it when its good side
    is down (a ceiling in practice: CPI 0.2% against 3%左右)."""
    if abs(actual - target) <= tolerance + 1e-9 * max(abs(target), 1.0):
        return said("step-within-tolerance", actual=actual, target=target, tolerance=tolerance)
    return said("step-approx-below", actual=actual, target=target, tolerance=tolerance)
