"""level / share: the latest level (or ratio) against the level due by the deadline.

The formula, as docs/rules.md and ``plan415x explain`` give it, is ``FORMULA``: ``rule-level`` in
the STEPS of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

import math

from plan415x.problems import said
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import (
    Context,
    Observation,
    Word,
    completion,
    maybe,
    no_figure,
    pct,
    status_from_gap,
    whole_item_status,
)
from plan415x.rules.compare import above_tolerance, approx_ceiling, approx_met_step, meets, over, range_step
from plan415x.values import Baseline, Comparator, Good, Pace

FORMULA = said("rule-level", kind="level / share", full_year="full_year: true")


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    obs = ctx.latest()
    unit = target.unit or ""
    # A full-year total (产值) is judged on its year's figures only: 1-6月's 452 after 2023's
    # 868 is half a year's output, not a fall.
    skipped: list[Step] = []
    if target.full_year:
        obs, part = _full_year(ctx)
        if part is not None:
            skipped.append(said("step-part-year", period=part.period, value=maybe(part.value), unit=unit))
    pace = target.effective_pace
    due = ctx.period.year > target.last_year or (
        ctx.period.year == target.last_year and ctx.period.end_month == 12
    )
    if obs is None or obs.value is None or target.value is None:
        # Judged only when due: no figure is owed before then.
        owed = due or (pace is not Pace.deadline and ctx.due_key()[0] >= target.first_year)
        if target.full_year:
            none = no_figure(ctx, said("step-no-full-year-figure"), owed=owed)
            return none._replace(steps=(*skipped, *none.steps))
        return no_figure(ctx, said("step-no-figure-yet"), owed=owed)
    actual = obs.value
    steps: list[Step] = [*skipped, said("step-latest-level", period=obs.period, value=actual, unit=unit)]
    # A range (between) is met between value and upper; completion is taken against its lower
    # bound, or its upper when it is a ceiling (good: down).
    low = target.value
    ranged = target.comparator is Comparator.between
    goal = target.goal_value if ranged else low
    assert goal is not None
    tolerance = ctx.tolerance(low)
    good = target.effective_good
    base = target.baseline
    if ranged:
        steps.append(
            said("step-range-due", year=str(target.last_year), low=low, high=low + tolerance, unit=unit)
        )
        steps.append(said("step-range", low=low, high=low + tolerance, good=good))
    else:
        if target.from_base is not None and base is not None:
            change = target.from_base
            steps.append(
                said(
                    "step-from-base",
                    change=change.change,
                    by=change.by,
                    base=base.value,
                    year=str(base.year),
                    level=goal,
                )
            )
        steps.append(
            said(
                "step-level-due",
                year=str(target.last_year),
                comparator=target.comparator,
                target=goal,
                unit=unit,
            )
        )
    met = meets(actual, low, target.comparator, tolerance, good)
    is_over = over(actual, low, target.comparator, tolerance, good)
    beyond = above_tolerance(actual, low, target.comparator, tolerance, good)
    stale = ctx.is_stale(obs)
    if stale:
        steps.append(ctx.stale_step(obs))
    at_year, at_month = ctx.due_key() if stale else obs.period.key
    # A ceiling: <=, <, or 左右 whose good side is down (城镇调查失业率5.5%左右).
    upward = target.comparator not in (Comparator.le, Comparator.lt) and not approx_ceiling(target)
    expected: float | None
    schedule: float | None
    done: float | None
    owed_share: float | None = None
    span: tuple[int, int] | None = None
    capped = False
    if pace is Pace.linear and base is not None and base.value != goal and (goal > base.value) == upward:
        months_total = (target.last_year - base.year) * 12
        months_done = (at_year - base.year - 1) * 12 + at_month
        schedule = min(max(months_done / months_total, 0.0), 1.0) * 100
        done = pct(actual - base.value, goal - base.value)
        expected = base.value + (goal - base.value) * schedule / 100
        steps.append(
            said("step-path", base=base.value, year=str(base.year), actual=actual, target=goal, done=done)
        )
        steps.append(
            said(
                "step-level-schedule",
                done=months_done,
                total=months_total,
                schedule=schedule,
                expected=expected,
                unit=unit,
            )
        )
        if ctx.whole_items and upward:
            # The items owed cap the light; the schedule stays the share of time.
            expected = base.value + math.floor((goal - base.value) * schedule / 100 + 1e-9)
            owed_share = pct(expected - base.value, goal - base.value)
            steps.append(said("step-level-whole-items", expected=expected, unit=unit))
        if months_total > 12:
            span = (base.year + 1, target.last_year)
    elif geometric(pace, base, goal, upward):
        assert base is not None  # geometric() says so
        schedule, done, expected = _geometric(ctx, base, goal, actual, at_year, at_month, steps)
        if target.last_year - base.year > 1:
            span = (base.year + 1, target.last_year)
    elif pace is Pace.deadline and not due:
        schedule = expected = None
        done = completion(actual, goal, target.comparator, ceiling=not upward)
        steps.append(_completion_step(actual, goal, done, upward))
    else:
        schedule, expected = 100.0, goal
        done = completion(actual, goal, target.comparator, ceiling=not upward)
        steps.append(_completion_step(actual, goal, done, upward))
    gap = None if done is None or schedule is None else schedule - done
    if due and stale:
        status, gap = Status.no_data, None
        steps.append(said("step-level-final-owed", period=obs.period))
    elif ranged and (is_over or beyond or met or due):
        status = Status.achieved if is_over or met else Status.missed if due else Status.off_track
        steps.append(range_step(actual, low, low + tolerance, good, status))
    elif is_over:
        status = Status.achieved
        steps.append(said("step-level-over", actual=actual, target=goal, tolerance=tolerance))
    elif beyond:
        status = Status.missed if due else Status.off_track
        steps.append(
            said(
                "step-approx-above", actual=actual, target=goal, tolerance=tolerance, good=good, status=status
            )
        )
    elif target.comparator is Comparator.eq and actual > goal:
        status = Status.missed if due else Status.off_track
        steps.append(said("step-exact-exceeded", target=goal, unit=unit, status=status))
    elif met:
        status = Status.achieved
        if target.comparator is Comparator.approx and good is not Good.up:
            steps.append(approx_met_step(actual, goal, tolerance))
        else:
            steps.append(said("step-level-met", actual=actual, comparator=target.comparator, target=goal))
    elif due:
        status = Status.missed
        steps.append(said("step-level-missed", actual=actual, comparator=target.comparator, target=goal))
    elif pace is Pace.deadline:
        status = Status.not_due
        steps.append(
            said("step-judged-when-due", year=str(target.last_year), remaining=abs(goal - actual), unit=unit)
        )
    elif gap is None:
        status = Status.not_assessable
        steps.append(said("step-zero-target-not-assessable"))
    else:
        status = status_from_gap(-gap, ctx.thresholds)
        assert done is not None  # a gap is of a completion and a schedule
        assert schedule is not None
        steps.append(said("step-level-gap", schedule=schedule, done=done, gap=gap, status=status))
        if owed_share is not None and expected is not None and done is not None:
            status, capped = whole_item_status(
                ctx,
                status,
                done - owed_share,
                max(expected - actual, 0.0),
                expected,
                actual,
                steps,
                ceiling=False,
            )
    shortfall: float | None = 0.0 if met else None
    if expected is not None and not met:
        shortfall = max(expected - actual, 0.0) if upward else max(actual - expected, 0.0)
    return Outcome(
        status,
        actual=actual,
        target=goal,
        expected=expected,
        completion_pct=done,
        schedule_pct=schedule,
        gap_points=gap,
        shortfall=shortfall,
        remaining=0.0 if met else abs(goal - actual),
        data_period=obs.period,
        steps=tuple(steps),
        stale=stale,
        over=is_over,
        items_capped=capped,
        schedule_span=span,
    )


def geometric(pace: Pace, base: Baseline | None, goal: float, upward: bool) -> bool:
    """Paced geometrically along a path it can draw: from a baseline above 0 to a goal above 0 on
    the side the comparator points (the model refuses the rest; a goal at the base has no path)."""
    return (
        pace is Pace.geometric
        and base is not None
        and base.value > 0
        and goal > 0
        and base.value != goal
        and (goal > base.value) == upward
    )


_FALL = Word("fall", "降低")
_RISE = Word("rise", "提高")


def _geometric(
    ctx: Context,
    base: Baseline,
    goal: float,
    actual: float,
    at_year: int,
    at_month: int,
    steps: list[Step],
) -> tuple[float, float, float]:
    """A change that compounds (〔累计〕降低17% from the base year): the level due after t of T
    years is base × (goal / base)^(t/T), not base + (goal − base) × t/T. The schedule is the share
    of the change due by that level, the completion the share achieved (as along a linear path);
    the steps say it as the analyst does too, in 个百分点 of the cumulative change.
    Returns (schedule, completion, level due), in % and the target's unit."""
    unit = ctx.target.unit or ""
    months_total = (ctx.target.last_year - base.year) * 12
    months_done = min(max((at_year - base.year - 1) * 12 + at_month, 0), months_total)
    expected = base.value * (goal / base.value) ** (months_done / months_total)
    schedule = pct(expected - base.value, goal - base.value)
    done = pct(actual - base.value, goal - base.value)
    steps.append(
        said("step-path", base=base.value, year=str(base.year), actual=actual, target=goal, done=done)
    )
    steps.append(
        said(
            "step-geometric-schedule",
            base=base.value,
            target=goal,
            done=months_done,
            total=months_total,
            expected=expected,
            unit=unit,
            schedule=schedule,
        )
    )
    # The cumulative change in % of the base (降低6%: 94 against 100), against the change due.
    falling = goal < base.value
    sign = -1.0 if falling else 1.0
    achieved = sign * pct(actual - base.value, base.value)
    owed = sign * pct(expected - base.value, base.value)
    behind = owed - achieved
    change = _FALL if falling else _RISE
    if behind > 0:
        steps.append(said("step-geometric-behind", change=change, achieved=achieved, due=owed, points=behind))
    else:
        steps.append(said("step-geometric-ahead", change=change, achieved=achieved, due=owed, points=-behind))
    return schedule, done, expected


def _full_year(ctx: Context) -> tuple[Observation | None, Observation | None]:
    """The latest figure of a period ending in December, and a later part-year one (not judged)."""
    part: Observation | None = None
    for obs in reversed(ctx.history):
        if obs.period.end_month == 12:
            return obs, part
        if part is None:
            part = obs
    return None, part


def _completion_step(actual: float, goal: float, done: float | None, upward: bool) -> Step:
    """The completion as a true equation: a ceiling's is the level allowed over the level."""
    if done is None:
        return said("step-zero-target")
    if upward:
        return said("step-level-completion", actual=actual, target=goal, done=done)
    if actual <= 0:
        return said("step-within-ceiling", actual=actual, target=goal, done=done)
    return said("step-ceiling-completion", target=goal, actual=actual, done=done)
