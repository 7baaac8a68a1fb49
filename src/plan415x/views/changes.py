"""What changed since the last 通报 (the previous period with a file, as ``check``'s 较上期), and
the 双过半 count of a half year: read from a report's results alone (``Result.change``,
``previous_status``, ``completion_pct``), so the 通报 says the same as ``check``'s 较上期 column.

No engine here: ``views.period`` computes it once for the renderers."""

from __future__ import annotations

from dataclasses import dataclass

from plan415x.results import Light, Report, Result, Status
from plan415x.values import FLOW_KINDS, Comparator


@dataclass(frozen=True)
class Changes:
    """The targets that count (``counted``), in the plan's order, by what happened to them
    since the previous period; all empty when the report has no previous period."""

    new_red: tuple[Result, ...] = ()
    """新增红灯: red now, not red before (``change`` worsened, or new from grey)."""
    red_better: tuple[Result, ...] = ()
    """红灯转好: red before, green or yellow now (``change`` improved)."""
    new_done: tuple[Result, ...] = ()
    """新完成: 已完成 now, not 已完成 before."""
    new_missing: tuple[Result, ...] = ()
    """新增未报: a figure due and missing now (未报), not before."""

    @property
    def any(self) -> bool:
        return bool(self.new_red or self.red_better or self.new_done or self.new_missing)


def newly_red(result: Result) -> bool:
    """新增红灯: red now, and worse than before or judged for the first time."""
    return result.light is Light.red and result.change in ("worsened", "new")


CHANGE_GROUPS = ("red", "worsened", "improved", "new")
"""The groups of 较上期, worst news first: newly red, worse, better, judged for the first time.
``new_year`` (a target that restarts in January) is no change and is left out."""


def moves(report: Report) -> dict[str, list[Result]]:
    """The counted targets by how their status moved since the previous period (``Result.change``):
    a target that worsened into red, or is first judged red, is ``red``; every group is in the
    report's order, and a group with no target is absent."""
    out: dict[str, list[Result]] = {}
    for r in report.counted_results:
        change = r.change
        if change is None or change == "new_year":
            continue
        if newly_red(r):
            change = "red"
        out.setdefault(change, []).append(r)
    return {g: out[g] for g in CHANGE_GROUPS if g in out}


def newly_done(result: Result, report: Report) -> bool:
    """已完成 now and not in the previous period; with no previous period (the first 通报) every
    completion is new."""
    if result.status is not Status.achieved:
        return False
    return report.previous_period is None or result.previous_status is not Status.achieved


def changes(report: Report) -> Changes:
    if report.previous_period is None:
        return Changes()
    kept = report.counted_results
    return Changes(
        new_red=tuple(r for r in kept if newly_red(r)),
        red_better=tuple(
            r
            for r in kept
            if r.previous_status is not None
            and r.previous_status.light is Light.red
            and r.change == "improved"
        ),
        new_done=tuple(r for r in kept if newly_done(r, report)),
        new_missing=tuple(
            r
            for r in kept
            if r.status is Status.no_data
            and r.previous_status is not None
            and r.previous_status is not Status.no_data
            and not r.new_year
        ),
    )


@dataclass(frozen=True)
class Halves:
    """双过半 at 1-6月: of the targets to reach against this year's months (序时进度: a flow with
    a floor, not a cap, whose rate is the share of the goal done, not of a span of years or a
    running total), those with a completion rate (``judged``) and those at or past half of
    their goal (``past``)."""

    judged: int
    past: int
    without: int
    """Such targets with no completion rate this period (no figure): in neither count."""


HALF_YEAR_MONTH = 6

REACHED = frozenset({Comparator.ge, Comparator.gt, Comparator.approx})
"""A goal to reach: past half of it is half the task done (60% of an energy cap used is not)."""


def halves(report: Report) -> Halves | None:
    """The 双过半 count at a period ending in June; None at any other period."""
    if report.period.end_month != HALF_YEAR_MONTH:
        return None
    annual = [
        r
        for r in report.counted_results
        if r.target.kind in FLOW_KINDS
        and r.target.comparator in REACHED
        and not r.target.is_ceiling
        and r.outcome.schedule_span is None
        and r.outcome.running_since is None
        and (r.light is not Light.grey or r.status is Status.no_data)
    ]
    rates = [r.outcome.completion_pct for r in annual]
    return Halves(
        judged=sum(x is not None for x in rates),
        past=sum(x is not None and x >= 50 for x in rates),
        without=sum(x is None for x in rates),
    )
