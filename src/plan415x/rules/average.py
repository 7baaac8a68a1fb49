"""average_growth: 年均增长 over a span, the compound rate observed from the base year's level.

The formula, as docs/rules.md and ``plan415x explain`` give it, is ``FORMULA``:
``rule-average-growth`` in the FYP room of each catalogue (``plan415x.i18n``), one text per
language.
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.results import Outcome, Status, Step
from plan415x.rules.common import Context, Observation, maybe, no_figure, status_from_gap
from plan415x.rules.compare import approx_ceiling, meets, over
from plan415x.values import Comparator

FORMULA = said("rule-average-growth", kind="average_growth")


def judge(ctx: Context) -> Outcome:
    target = ctx.target
    base = target.baseline
    goal = target.value
    # the model requires both
    assert base is not None
    assert goal is not None
    unit = target.figure_unit or ""
    obs, part = _year_end(ctx, base.year)
    skipped: list[Step] = []
    if part is not None:
        skipped.append(said("step-part-year", period=part.period, value=maybe(part.value), unit=unit))
    due = ctx.period.year > target.last_year or (
        ctx.period.year == target.last_year and ctx.period.end_month == 12
    )
    if obs is None or obs.value is None:
        # A year's level is owed from the first December after the base year.
        owed = ctx.due_key()[0] > base.year
        none = no_figure(ctx, said("step-no-full-year-figure"), owed=owed)
        return none._replace(steps=(*skipped, *none.steps))
    actual = obs.value
    years = obs.period.year - base.year
    total = target.last_year - base.year
    steps: list[Step] = [
        *skipped,
        said(
            "step-average-level",
            period=obs.period,
            actual=actual,
            unit=unit,
            base=base.value,
            year=str(base.year),
        ),
    ]
    if actual <= 0 or base.value <= 0:
        steps.append(said("step-average-not-positive"))
        return Outcome(Status.not_assessable, target=goal, data_period=obs.period, steps=tuple(steps))
    # The compound rate the level implies: a rate is compared with the rate, never pro-rated.
    rate = ((actual / base.value) ** (1 / years) - 1) * 100
    factor = 1 + goal / 100
    expected = base.value * factor**years
    level = base.value * factor**total
    steps.append(said("step-average-rate", actual=actual, base=base.value, years=years, rate=rate))
    steps.append(
        said(
            "step-average-path",
            target=goal,
            expected=expected,
            year=str(obs.period.year),
            level=level,
            last=str(target.last_year),
            unit=unit,
        )
    )
    stale = ctx.is_stale(obs)
    if stale:
        steps.append(ctx.stale_step(obs))
    tolerance = ctx.tolerance(goal)
    good = target.effective_good
    ceiling = target.comparator in (Comparator.le, Comparator.lt) or approx_ceiling(target)
    gap = rate - goal if ceiling else goal - rate
    met = meets(rate, goal, target.comparator, tolerance, good)
    is_over = over(rate, goal, target.comparator, tolerance, good)
    if due and obs.period.year < target.last_year:
        status, gap = Status.no_data, None
        steps.append(said("step-level-final-owed", period=obs.period))
    elif due:
        status = Status.achieved if met or is_over else Status.missed
        steps.append(
            said("step-average-final", rate=rate, comparator=target.comparator, target=goal, status=status)
        )
    elif not ceiling and actual >= level:
        # The deadline's level is reached early (提前实现): nothing is owed in the years left.
        status = Status.achieved
        steps.append(said("step-average-reached", actual=actual, level=level, last=str(target.last_year)))
    else:
        status = status_from_gap(-gap, ctx.thresholds)
        if met and target.comparator is Comparator.approx and status.rank < Status.on_track.rank:
            status = Status.on_track  # within the tolerance of 左右 is on track
        steps.append(said("step-average-gap", target=goal, rate=rate, gap=gap, status=status))
        remaining = target.last_year - obs.period.year
        if remaining > 0:
            needed = ((level / actual) ** (1 / remaining) - 1) * 100
            steps.append(
                said("step-average-needed", level=level, actual=actual, remaining=remaining, needed=needed)
            )
    return Outcome(
        status,
        actual=rate,
        target=goal,
        gap_points=gap,
        data_period=obs.period,
        steps=tuple(steps),
        stale=stale,
        over=is_over,
    )


def _year_end(ctx: Context, base_year: int) -> tuple[Observation | None, Observation | None]:
    """The latest year's level after the base year (a period ending in December), and a later
    part-year figure (1-6月's output is half a year's, not a fall: shown, not judged)."""
    part: Observation | None = None
    for obs in reversed(ctx.history):
        if obs.period.end_month == 12 and obs.period.year > base_year:
            return obs, part
        if part is None and obs.period.year > base_year:
            part = obs
    return None, part
