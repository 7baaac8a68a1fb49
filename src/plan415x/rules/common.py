"""What every rule works from, and the arithmetic they share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from plan415x.model import Comparator, Pace, Record, Source, Target, Thresholds
from plan415x.periods import Period
from plan415x.results import Outcome, Status, Step


class Observation(NamedTuple):
    """One reported figure of a target, converted to the target's unit.

    A NamedTuple, not a frozen dataclass: a big report makes a hundred thousand of them, and
    a frozen dataclass's __init__ costs several times as much."""

    period: Period
    record: Record
    value: float | None
    """In the target's unit; for a composite, the sum of its components."""
    source: Source | None
    """The record's source, else its file's."""
    illustrative: bool
    reference: float | None = None
    """The record's reference value, in the same unit as ``value``."""


@dataclass(frozen=True)
class Context:
    target: Target
    period: Period
    thresholds: Thresholds
    approx_tolerance_pct: float
    history: tuple[Observation, ...]
    """Every figure of the target up to the period's end, oldest first."""

    def latest(self) -> Observation | None:
        return self.history[-1] if self.history else None

    def latest_in(self, year: int) -> Observation | None:
        for obs in reversed(self.history):
            if obs.period.year == year:
                return obs
        return None


def fmt(value: float | None, digits: int = 2) -> str:
    """A figure for people: thousands separated, at most ``digits`` decimals, no trailing zeros."""
    if value is None:
        return "—"
    text = f"{value:,.{digits}f}"
    if "." in text:  # only decimals lose their zeros: 1,800 stays 1,800
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def step(template: str, *args: object) -> Step:
    """An explanation line, formatted only if someone reads it (``explain``): a report judges
    thousands of targets whose steps nobody reads. Numbers go through fmt, periods are named."""
    return (template, args)


def render_steps(steps: tuple[Step, ...]) -> list[str]:
    out = []
    for item in steps:
        if isinstance(item, str):
            out.append(item)
            continue
        template, args = item
        shown = [
            fmt(a)
            if isinstance(a, int | float) and not isinstance(a, bool)
            else a.label_en()
            if isinstance(a, Period)
            else a
            for a in args
        ]
        out.append(template.format(*shown))
    return out


def pct(numerator: float, denominator: float) -> float:
    return numerator / denominator * 100


def status_from_gap(diff: float, t: Thresholds) -> Status:
    """Status from ``diff`` = completion − schedule (or actual − target rate), in points.

    ahead: diff ≥ ahead · on_track: 0 ≤ diff · watch: −watch ≤ diff < 0 ·
    behind: −behind ≤ diff < −watch · off_track: diff < −behind.
    """
    if diff >= t.ahead:
        return Status.ahead
    if diff >= 0:
        return Status.on_track
    if diff >= -t.watch:
        return Status.watch
    if diff >= -t.behind:
        return Status.behind
    return Status.off_track


def meets(actual: float, target: float, comparator: Comparator, tolerance_pct: float) -> bool:
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
    return abs(actual - target) <= abs(target) * tolerance_pct / 100


def completion(actual: float, target: float, comparator: Comparator) -> float | None:
    """How much of the target is reached, in %: actual/target, inverted for ceilings (<=, <).

    For approx and == it is 100 minus the relative distance from the target. None when the target is 0
    and the ratio means nothing.
    """
    if comparator in (Comparator.le, Comparator.lt):
        if actual <= 0:
            return 100.0 if target >= 0 else None
        return pct(target, actual)
    if target == 0:
        return None
    if comparator in (Comparator.approx, Comparator.eq):
        return 100 - abs(actual - target) / abs(target) * 100
    return pct(actual, target)


def year_schedule_pct(target: Target, end_month: int) -> float | None:
    """Share of a year's target due by the end of ``end_month`` (None: judged at year end only)."""
    pace = target.effective_pace
    if pace is Pace.profile:
        assert target.profile is not None
        return float(target.profile[end_month - 1])
    if pace is Pace.deadline:
        return 100.0 if end_month == 12 else None
    return end_month / 12 * 100


def judge_progress(
    ctx: Context,
    actual: float,
    target: float,
    schedule: float | None,
    months: tuple[int, int],
    data_period: Period,
    steps: list[Step],
    *,
    final_check: bool,
) -> Outcome:
    """The figures and status of a flow: ``actual`` against ``target`` × schedule.

    completion = actual / target · expected = target × schedule · gap = schedule − completion ·
    shortfall = max(expected − actual, 0) · remaining = max(target − actual, 0) ·
    needed per month = remaining / months left · forecast = actual / schedule (the pace so far,
    held to the end). ``months`` is (months elapsed by the figure, months in all);
    ``final_check``: the period checked is the end, so a figure from before the end cannot
    pass. A ceiling (<=, <) is broken once exceeded and behind when used faster than the
    schedule (gap = used − schedule); == and approx count a miss either way (|gap|).
    """
    comparator, unit, th = ctx.target.comparator, ctx.target.unit or "", ctx.thresholds
    months_done, months_total = months
    ceiling = comparator in (Comparator.le, Comparator.lt)
    two_sided = comparator in (Comparator.eq, Comparator.approx)
    # Of a ceiling, "completion" is the share of the allowance used so far.
    done = pct(actual, target) if target else None
    steps.append(step("completion = actual / target = {} / {} {} = {}%", actual, target, unit, done))
    remaining = max(target - actual, 0.0)
    left = months_total - months_done
    needed = remaining / left if left > 0 and remaining > 0 and not ceiling else None
    if needed is not None:
        steps.append(
            step("still needed = {} {} over {} months = {} {}/month", remaining, unit, left, needed, unit)
        )
    expected = shortfall = forecast = gap = None
    if schedule is not None:
        expected = target * schedule / 100
        shortfall = max(expected - actual, 0.0) if not ceiling else max(actual - expected, 0.0)
        steps.append(step("schedule (序时进度) = {}/{} months = {}%", months_done, months_total, schedule))
        steps.append(step("expected by now = {} × {}% = {} {}", target, schedule, expected, unit))
        if schedule > 0:
            forecast = actual / schedule * 100
            steps.append(step("forecast at this pace = {} / {}% = {} {}", actual, schedule, forecast, unit))
        if done is not None:
            # Kept for achieved targets too: rankings average it over everything judged by pace.
            gap = done - schedule if ceiling else schedule - done
    reached_end = months_done >= months_total
    met = meets(actual, target, comparator, ctx.approx_tolerance_pct)
    if final_check and not reached_end:
        status = Status.no_data
        steps.append(
            step(
                "the period checked is the end, but the latest figure is of {}: no final figure", data_period
            )
        )
    elif ceiling and not met:
        status = Status.off_track
        steps.append(step("the ceiling {} {} is exceeded: off_track", comparator.value, target))
    elif met and (reached_end or not (ceiling or two_sided)):
        status = Status.achieved
        steps.append(step("{} {} {}: the target is met: achieved", actual, comparator.value, target))
    elif gap is None:
        status = Status.off_track if reached_end else Status.not_due
        steps.append(f"no interim pace (judged at the deadline only): {status.value}")
    else:
        miss = abs(gap) if two_sided else gap
        status = status_from_gap(-miss, th)
        if ceiling:
            how = step("gap = used − schedule = {} − {} = {}", done, schedule, miss)
        elif two_sided:
            how = step("gap = |schedule − completion| = |{} − {}| = {}", schedule, done, miss)
        else:
            how = step("gap = schedule − completion = {} − {} = {}", schedule, done, miss)
        steps.append(how)
        steps.append(
            step(
                "points (ahead: ≥{} above; watch: ≤{} below; behind: ≤{} below; off_track: further): {}",
                th.ahead,
                th.watch,
                th.behind,
                status.value,
            )
        )
    return Outcome(
        status,
        actual=actual,
        target=target,
        expected=expected,
        completion_pct=done,
        schedule_pct=schedule,
        gap_points=gap,
        shortfall=shortfall,
        remaining=remaining,
        needed_per_month=needed,
        forecast=forecast,
        data_period=data_period,
        steps=tuple(steps),
    )
