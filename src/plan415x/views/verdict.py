"""A multi-year plan's verdict at any period (issue 24, item 7): each target read as 提前实现 /
快于预期 / 基本符合预期 / 滞后, the words of the national mid-term evaluations (十四五 纲要实施
中期评估, 2023-12-26: "时间过半、任务过半", of 20 main indicators 4 提前实现, 5 快于预期, 7 基本
符合预期, 4 滞后), and their counts, with 时间过半 at the plan's middle year.

Nothing is judged again: each verdict is read from the status the engine gave (which carries
the schedule, the compound rate, the geometric path and the plan's thresholds) and from when
the requirement met falls due. The exact definitions are in docs/rules.md ("A multi-year
plan's verdict"). Numbers only, no words: ``reports.gap`` says them.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from plan415x.periods import Period
from plan415x.problems import said
from plan415x.results import Result, Status, counted
from plan415x.values import PlanInfo

DEFINITIONS = said("verdict-rule")
"""The definitions below in words, for docs/rules.md (``scripts/generate.py``): the VERDICT
room of each catalogue (``plan415x.i18n``)."""


class Verdict(str, Enum):
    early = "early"
    """提前实现: the target's final requirement met before it falls due."""
    faster = "faster"
    """快于预期: ahead of the schedule by the plan's threshold, or a year's requirement met
    before the year's end."""
    as_expected = "as_expected"
    """基本符合预期: on schedule, within the first yellow band (关注), or met when due."""
    lagging = "lagging"
    """滞后: behind (黄灯·滞后), off track or missed."""
    no_data = "no_data"
    """未填报: a figure is due and none was reported: no verdict, counted apart."""


JUDGED = (Verdict.early, Verdict.faster, Verdict.as_expected, Verdict.lagging)
"""The four verdicts an indicator is read as; 未填报 and the targets not assessed are apart."""

_BY_STATUS = {
    Status.ahead: Verdict.faster,
    Status.on_track: Verdict.as_expected,
    Status.watch: Verdict.as_expected,
    # Status.behind's own word is 滞后: a row never says 黄灯·滞后 and 基本符合预期 together.
    Status.behind: Verdict.lagging,
    Status.off_track: Verdict.lagging,
    Status.missed: Verdict.lagging,
    Status.no_data: Verdict.no_data,
}


def multi_year(plan: PlanInfo) -> bool:
    """A plan of several years (a five-year plan, a 2023-2027 action plan): the verdicts are
    its; a one-year plan (a year's work report) has none."""
    return plan.last_year > plan.first_year


def verdict_of(result: Result, period: Period) -> Verdict | None:
    """The verdict of one target at ``period``; None when its status judges nothing (未到期,
    目标缺失, 无法判定, 仅监测).

    Met (已完成) is read by when the requirement met falls due: a target with a deadline (a
    level, a share, a running total, 年均 growth, a milestone) is due at the end of its
    ``last_year``; a target judged year by year (annual, growth) owes this year's requirement
    at this year's end, and its last year's is the plan's final one. Met before it falls due:
    提前实现 when the requirement is the final one, else 快于预期 (a year's figure reached
    before December); met at the moment it falls due: 基本符合预期 (按期实现)."""
    status = result.status
    if status is not Status.achieved:
        return _BY_STATUS.get(status)
    target = result.target
    final = not target.per_year or period.year >= target.last_year
    due = (target.last_year, 12) if not target.per_year else (period.year, 12)
    if period.key >= due:
        return Verdict.as_expected
    return Verdict.early if final else Verdict.faster


class Midpoint(NamedTuple):
    """Where ``period`` stands in the plan's span."""

    elapsed_pct: float
    """Months from the plan's first January to the period's end over the span's months."""
    halfway: bool
    """时间过半: the period is in the plan's middle year and half the span's time is past."""


def midpoint(plan: PlanInfo, period: Period) -> Midpoint:
    """The middle year is ``first_year + (years - 1) // 2``: the third of five (2025 of
    2023-2027; the national 十四五 mid-term evaluation, "时间过半", was made in 2023, the third
    year of 2021-2025), the second of four or three, the first of two. 时间过半 is said from
    the period whose end passes half the span (2025年1-6月 of 2023-2027: 30 of 60 months)
    to the middle year's end (1-12月: 36 of 60, 60%); of an even span, at the middle year's
    end only, where half is past exactly."""
    years = plan.last_year - plan.first_year + 1
    months = years * 12
    done = min(max(period.months_since(plan.first_year), 0), months)
    middle = plan.first_year + (years - 1) // 2
    halfway = years > 1 and period.year == middle and done * 2 >= months
    return Midpoint(done / months * 100, halfway)


class Verdicts(NamedTuple):
    """The verdicts of a report's targets, and their counts over the targets that count."""

    by_target: dict[str, Verdict | None]
    """Each shown target's verdict, by id."""
    counts: dict[Verdict, int]
    """Over the targets that count (``results.counted``: a restatement once, monitoring never)."""
    lagging: tuple[Result, ...]
    """The counted targets read 滞后, in the report's order: the line names them."""
    not_assessed: int
    """Counted targets with no verdict (未到期, 目标缺失, 无法判定)."""
    midpoint: Midpoint

    @property
    def judged(self) -> int:
        """The targets given one of the four verdicts (N项指标中)."""
        return sum(self.counts[v] for v in JUDGED)


def verdicts(plan: PlanInfo, period: Period, results: tuple[Result, ...] | list[Result]) -> Verdicts:
    """Every result's verdict at ``period`` and the counts (a multi-year plan's; the caller asks
    ``multi_year`` first)."""
    by_target = {r.target.id: verdict_of(r, period) for r in results}
    counts = dict.fromkeys(Verdict, 0)
    lagging: list[Result] = []
    not_assessed = 0
    for r in counted(results):
        v = by_target[r.target.id]
        if v is None:
            not_assessed += 1
            continue
        counts[v] += 1
        if v is Verdict.lagging:
            lagging.append(r)
    return Verdicts(by_target, counts, tuple(lagging), not_assessed, midpoint(plan, period))
