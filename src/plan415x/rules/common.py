"""What every rule works from, and the arithmetic they share."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

from plan415x.periods import Period
from plan415x.problems import Said, said
from plan415x.results import Outcome, Status, Step
from plan415x.rules.compare import above_tolerance, approx_ceiling, approx_met_step, meets, over
from plan415x.values import (
    DIRECTION_ZH,
    Comparator,
    Frequency,
    Pace,
    Record,
    Source,
    Target,
    Thresholds,
)


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


@dataclass(slots=True)
class Context:
    """What a rule judges from. Not frozen: a report makes one per target and period (100,000
    for a year's history of 10,000 targets), and a frozen dataclass's __init__ costs several
    times as much; no rule changes it."""

    target: Target
    period: Period
    thresholds: Thresholds
    approx_tolerance_pct: float
    history: tuple[Observation, ...]
    """Every figure of the target up to the period's end, oldest first."""
    default_frequency: Frequency = Frequency.monthly
    """The plan's reporting frequency; the target's own wins."""
    unit_whole: bool = False
    """The target's unit counts whole items; the target's own whole_items wins."""
    merge_january: bool = False
    """The plan's ``reporting.merge_january``: no figure is owed for January alone (1-2月 merged)."""

    @property
    def frequency(self) -> Frequency:
        return self.target.frequency or self.default_frequency

    @property
    def whole_items(self) -> bool:
        own = self.target.whole_items
        return self.unit_whole if own is None else own

    def tolerance(self, goal: float) -> float:
        """How far from an approximate goal still meets it, in the goal's unit: the target's
        own tolerance, else the plan's share of the goal, and for counts of whole items at
        least one item (15家左右 is met by 14: 5% of 15 is 0.75 of a firm, a part nobody can
        count, and the analyst reads 左右 of whole items as give or take one)."""
        if self.target.comparator is Comparator.eq:
            return 0.0
        if self.target.comparator is Comparator.between:
            # A range's band is its own: from value up to upper, no tolerance beyond it.
            return (self.target.upper or 0.0) - (self.target.value or 0.0)
        if self.target.tolerance is not None:
            return self.target.tolerance.width(goal)
        width = abs(goal) * self.approx_tolerance_pct / 100
        return max(width, 1.0) if self.whole_items else width

    def due_key(self) -> tuple[int, int]:
        """(year, month) of the latest figure owed by the period checked: the last period end of
        the reporting frequency at or before it (quarterly at 1-5月: 1-3月; annual in June: last
        December)."""
        step = self.frequency.months
        month = self.period.end_month // step * step
        if self.merge_january and month == 1:
            month = 0  # January is not reported alone: at 1月 the figure owed is last December's
        return (self.period.year, month) if month else (self.period.year - 1, 12)

    def owed_month(self) -> int:
        """The month of this year whose year-to-date figure is owed (0: none yet this year)."""
        year, month = self.due_key()
        return month if year == self.period.year else 0

    def is_stale(self, obs: Observation) -> bool:
        return obs.period.key < self.due_key()

    def stale_step(self, obs: Observation) -> Step:
        return said(
            "step-stale",
            period=obs.period,
            checked=self.period,
            frequency=self.frequency,
            owed=self.owed(),
        )

    def owed(self) -> Month:
        """The month of the latest figure owed, as the steps say it."""
        return Month(*self.due_key())

    def latest(self) -> Observation | None:
        return self.history[-1] if self.history else None

    def latest_in(self, year: int) -> Observation | None:
        for obs in reversed(self.history):
            if obs.period.year == year:
                return obs
        return None


class Month(NamedTuple):
    """A Phrase: a month a figure is owed to, 2024-03 (2024年3月 in Chinese)."""

    year: int
    month: int

    def said_in(self, lang: str) -> str:
        return f"{self.year}年{self.month}月" if lang == "zh" else f"{self.year}-{self.month:02d}"


class Word(NamedTuple):
    """A Phrase: a word of the data that a language says in its own words (a direction:
    increase, 增加)."""

    en: str
    zh: str

    def said_in(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


NONE = Word("None", "")
"""What a step has always shown for a figure or a unit that is not there (a ratio to a zero
target, a target without a unit): None in English, nothing in Chinese. Kept as it was in issue
20, whose steps change no output; a dash would say it better."""


def maybe(value: float | str | None) -> float | str | Word:
    """A step's figure or unit that may be missing (NONE)."""
    return NONE if value is None else value


def direction(word: str | None) -> Word:
    """A directional target's direction as a step says it."""
    text = str(word)
    return Word(text, DIRECTION_ZH.get(text, text))


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


def completion(
    actual: float, target: float, comparator: Comparator, *, ceiling: bool = False
) -> float | None:
    """How much of the target is reached, in %: actual/target, inverted for ceilings (<=, <, and
    ``ceiling``: 左右 whose good side is down).

    For approx and == it is the plain ratio too: an overshoot is over 100%, and is reported as
    over the target, not as a distance. None when the target is 0 and the ratio means nothing.
    """
    if ceiling or comparator in (Comparator.le, Comparator.lt):
        if actual <= 0:
            return 100.0 if target >= 0 else None
        return pct(target, actual)
    if target == 0:
        return None
    return pct(actual, target)


def whole_schedule(
    target: float, schedule: float, steps: list[Step], *, allowance: bool = False
) -> tuple[float, float]:
    """(items owed, their share of the target in %): the items due by now, rounded down, so a
    target of one item a year is owed only at its deadline; for a ceiling (``allowance``), the
    items allowed by now, rounded up. The share is not the schedule: 序时进度 stays the share of
    time (practice: 15家 at 1-6月 is 序时进度 50%, 应完成7家), and the items only cap the light
    (``whole_item_status``). The small epsilon keeps 3 × 100% at 3."""
    exact = target * schedule / 100
    if allowance:
        expected = float(math.ceil(exact - 1e-9))
        how = said("step-whole-allowed", target=target, schedule=schedule, exact=exact, expected=expected)
    else:
        expected = float(math.floor(exact + 1e-9))
        how = said("step-whole-owed", target=target, schedule=schedule, exact=exact, expected=expected)
    steps.append(how)
    return expected, pct(expected, target)


def whole_item_status(
    ctx: Context,
    status: Status,
    diff: float,
    shortfall: float | None,
    expected: float,
    actual: float,
    steps: list[Step],
    *,
    ceiling: bool,
) -> tuple[Status, bool]:
    """The whole-item rule as a cap on the light before the deadline, never as a schedule.

    ``diff`` = completion − the items owed as a share of the target (for a ceiling, the share
    allowed − the share used), judged by the same thresholds; a single item short of those owed
    (one over those allowed) is watch at most. The light is the better of that and the time
    gap's (``status``): (status, True) when the items set it. One indivisible item late is a
    matter of weeks, not a collapse: in points it reads 50 behind for a target of 2, the same as
    being nowhere on a target of 200."""
    by_items = status_from_gap(diff, ctx.thresholds)
    if shortfall is not None and 0 < shortfall <= 1 and by_items.rank < Status.watch.rank:
        by_items = Status.watch
    if by_items.rank <= status.rank:
        return status, False
    short = shortfall or 0.0
    if ceiling:
        how = said("step-items-light-allowed", expected=expected, actual=actual, short=short, status=by_items)
    else:
        how = said("step-items-light-owed", expected=expected, actual=actual, short=short, status=by_items)
    steps.append(how)
    return by_items, True


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
    final_figure: bool,
    stale: bool = False,
) -> Outcome:
    """The figures and status of a flow: ``actual`` against ``target`` × schedule.

    completion = actual / target · expected = target × schedule (in whole items, rounded down,
    for counts of whole items, where a single item short is watch at most before the deadline) · gap = schedule − completion (positive: behind) ·
    shortfall = max(expected − actual, 0) · remaining = max(target − actual, 0) ·
    needed per month = remaining / months left · forecast = actual / schedule (the pace so far,
    held to the end). ``months`` is (months the schedule is taken at, months in all);
    ``final_check``: the period checked is the target's last chance, so what is not met there is
    missed, and ``final_figure`` says whether the figure covers the whole span (a figure from
    before the end cannot be judged there: no_data). A ceiling (<=, <) is broken once exceeded
    and behind when used faster than the schedule (gap = used − schedule). An approximate (or
    exact) target is met within its tolerance and over, never behind, beyond it.
    """
    comparator, unit, th = ctx.target.comparator, ctx.target.unit or "", ctx.thresholds
    months_done, months_total = months
    good = ctx.target.effective_good
    ceiling = comparator in (Comparator.le, Comparator.lt) or approx_ceiling(ctx.target)
    tolerance = ctx.tolerance(target)
    # Of a ceiling, "completion" is the share of the allowance used so far.
    done = pct(actual, target) if target else None
    steps.append(said("step-completion", actual=actual, target=target, unit=unit, done=maybe(done)))
    remaining = max(target - actual, 0.0)
    left = months_total - months_done
    needed = remaining / left if left > 0 and remaining > 0 and not ceiling else None
    if needed is not None:
        steps.append(said("step-still-needed", remaining=remaining, unit=unit, left=left, needed=needed))
    expected = shortfall = forecast = gap = owed_share = None
    if schedule is not None:
        if ctx.target.effective_pace is Pace.profile:
            # The data's own schedule: not months / 12, and never called 序时进度.
            steps.append(said("step-planned-schedule", month=months_done, schedule=schedule))
        elif months_total > 12:
            steps.append(said("step-span-elapsed", done=months_done, total=months_total, schedule=schedule))
        else:
            steps.append(said("step-schedule", done=months_done, total=months_total, schedule=schedule))
        if ctx.whole_items and target > 0:
            expected, owed_share = whole_schedule(target, schedule, steps, allowance=ceiling)
        else:
            expected = target * schedule / 100
            steps.append(
                said("step-expected", target=target, schedule=schedule, expected=expected, unit=unit)
            )
        shortfall = max(expected - actual, 0.0) if not ceiling else max(actual - expected, 0.0)
        if schedule > 0:
            forecast = actual / schedule * 100
            steps.append(
                said("step-forecast", actual=actual, schedule=schedule, forecast=forecast, unit=unit)
            )
        if done is not None:
            # Kept for achieved targets too: rankings average it over everything judged by pace.
            gap = done - schedule if ceiling else schedule - done
    met = meets(actual, target, comparator, tolerance, good)
    is_over = over(actual, target, comparator, tolerance, good)
    beyond = above_tolerance(actual, target, comparator, tolerance, good)
    capped = False
    # What a year-to-date total (or a running total) has reached it keeps: a ceiling exceeded or
    # a floor met is certain before the final figure comes; anything else waits for it.
    if beyond:
        status = Status.missed if final_check else Status.off_track
        steps.append(
            said(
                "step-approx-above",
                actual=actual,
                target=target,
                tolerance=tolerance,
                good=good,
                status=status,
            )
        )
    elif (ceiling and not met) or (comparator is Comparator.eq and actual > target):
        status = Status.missed if final_check else Status.off_track
        steps.append(said("step-exceeded", comparator=comparator, target=target, unit=unit, status=status))
    elif is_over:
        status = Status.achieved
        steps.append(said("step-over", actual=actual, target=target, tolerance=tolerance))
    elif met and (final_figure or not ceiling):
        status = Status.achieved
        if comparator is Comparator.approx:
            steps.append(approx_met_step(actual, target, tolerance))
        else:
            steps.append(said("step-met", actual=actual, comparator=comparator, target=target))
    elif final_check and not final_figure:
        # Not judged: no schedule, gap or forecast beside a figure that is not the final one.
        status = Status.no_data
        schedule = expected = shortfall = forecast = gap = needed = None
        steps.append(said("step-final-owed", period=data_period))
    elif final_check:
        status = Status.missed
        # ≈ in English too: "approx" in an equation reads as a word, not a relation
        shown = "≈" if comparator is Comparator.approx else comparator
        steps.append(said("step-missed", actual=actual, comparator=shown, target=target))
    elif gap is None:
        status = Status.not_due
        steps.append(said("step-no-interim-pace"))
    else:
        status = status_from_gap(-gap, th)
        assert done is not None  # a gap is of a completion and a schedule
        assert schedule is not None
        if ceiling:
            steps.append(said("step-gap-used", done=done, schedule=schedule, gap=gap))
        else:
            steps.append(said("step-gap", schedule=schedule, done=done, gap=gap))
        steps.append(said("step-thresholds", ahead=th.ahead, watch=th.watch, behind=th.behind, status=status))
        if owed_share is not None and expected is not None and done is not None:
            diff = owed_share - done if ceiling else done - owed_share
            status, capped = whole_item_status(
                ctx, status, diff, shortfall, expected, actual, steps, ceiling=ceiling
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
        stale=stale,
        over=is_over,
        items_capped=capped,
    )


def no_figure(ctx: Context, what: Said, *, owed: bool = True) -> Outcome:
    """No figure to judge: no_data when one is owed by the reporting frequency, else not_due."""
    owed = owed and ctx.owed_month() > 0 if ctx.target.per_year else owed
    if owed:
        line = said("step-no-figure", what=what, status=Status.no_data)
    else:
        line = said("step-none-owed-yet", what=what, frequency=ctx.frequency, status=Status.not_due)
    return Outcome(Status.no_data if owed else Status.not_due, target=ctx.target.value, steps=(line,))


def undefined(ctx: Context) -> Outcome:
    """The plan's text lost the figure: undefined in every period the target covers, reported
    figures or not (they are shown, never judged against a figure nobody knows). A figure
    older than the one owed is marked stale (※) all the same: a row that shows last year's
    figure says so."""
    target = ctx.target
    obs = ctx.latest_in(ctx.period.year) if target.per_year else ctx.latest()
    steps: list[Step] = []
    stale = False
    if obs is not None and obs.value is not None:
        steps.append(said("step-latest-figure", period=obs.period, value=obs.value, unit=target.unit or ""))
        stale = ctx.is_stale(obs)
        if stale:
            steps.append(
                said(
                    "step-stale-figure",
                    period=obs.period,
                    checked=ctx.period,
                    frequency=ctx.frequency,
                    owed=ctx.owed(),
                )
            )
    steps.append(said("step-undefined"))
    return Outcome(
        Status.undefined,
        actual=None if obs is None else obs.value,
        data_period=None if obs is None else obs.period,
        steps=tuple(steps),
        stale=stale,
    )
