"""What the engine produces: statuses, lights and one Result per target and period.

The status and light vocabularies are fixed: other tools and CI depend on the machine ids.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import NamedTuple

from plan415x.periods import Period
from plan415x.problems import Said
from plan415x.values import PlanInfo, State, Target


class Status(str, Enum):
    achieved = "achieved"
    ahead = "ahead"
    on_track = "on_track"
    watch = "watch"
    behind = "behind"
    off_track = "off_track"
    missed = "missed"
    no_data = "no_data"
    not_due = "not_due"
    undefined = "undefined"
    not_assessable = "not_assessable"
    monitoring = "monitoring"

    @property
    def label_zh(self) -> str:
        return _LABEL_ZH[self]

    @property
    def label_en(self) -> str:
        return _LABEL_EN[self]

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en

    def said_in(self, lang: str) -> str:
        """A Phrase, as a rule's step says it: 严重滞后 in Chinese, the code off_track otherwise."""
        return self.label_zh if lang == "zh" else self.value

    @property
    def light(self) -> Light:
        return _LIGHT[self]

    @property
    def rank(self) -> int:
        """Higher is better; statuses that judge nothing rank 0."""
        return _RANK.get(self, 0)


class Light(str, Enum):
    green = "green"
    yellow = "yellow"
    red = "red"
    grey = "grey"

    def label(self, lang: str) -> str:
        return _LIGHT_ZH[self] if lang == "zh" else f"{self.value}"

    def said_in(self, lang: str) -> str:
        """A Phrase: 红灯 in Chinese, red otherwise."""
        return self.label(lang)


_LABEL_ZH = {
    Status.achieved: "已完成",
    Status.ahead: "超进度",
    Status.on_track: "达进度",
    Status.watch: "关注",
    Status.behind: "滞后",
    Status.off_track: "严重滞后",
    Status.missed: "未完成",
    Status.no_data: "未填报",
    Status.not_due: "未到期",
    Status.undefined: "目标缺失",
    Status.not_assessable: "无法判定",
    Status.monitoring: "仅监测",
}
_LABEL_EN = {
    Status.achieved: "achieved",
    Status.ahead: "ahead",
    Status.on_track: "on track",
    Status.watch: "watch",
    Status.behind: "behind",
    Status.off_track: "off track",
    Status.missed: "missed",
    Status.no_data: "no data",
    Status.not_due: "not due",
    Status.undefined: "undefined",
    Status.not_assessable: "not assessable",
    Status.monitoring: "monitoring only",
}
_LIGHT = {
    Status.achieved: Light.green,
    Status.ahead: Light.green,
    Status.on_track: Light.green,
    Status.watch: Light.yellow,
    Status.behind: Light.yellow,
    Status.off_track: Light.red,
    Status.missed: Light.red,
    Status.no_data: Light.grey,
    Status.not_due: Light.grey,
    Status.undefined: Light.grey,
    Status.not_assessable: Light.grey,
    Status.monitoring: Light.grey,
}
_LIGHT_ZH = {Light.green: "绿灯", Light.yellow: "黄灯", Light.red: "红灯", Light.grey: "灰灯"}
_RANK = {
    Status.achieved: 6,
    Status.ahead: 5,
    Status.on_track: 4,
    Status.watch: 3,
    Status.behind: 2,
    Status.off_track: 1,
    Status.missed: 1,
}


Step = Said
"""An explanation line, made where the rule finds its fact and rendered in a language only when
``explain`` reads it (the templates: ``i18n``'s STEPS)."""


class Outcome(NamedTuple):
    """What a rule decides for one target: figures in the target's unit, a status, the steps."""

    status: Status
    actual: float | None = None
    """The figure judged: year-to-date, running total, latest level or rate."""
    target: float | None = None
    """The figure due: the year's target, the cumulative or level target, the required value."""
    expected: float | None = None
    """Expected by now (序时): target × schedule."""
    completion_pct: float | None = None
    schedule_pct: float | None = None
    gap_points: float | None = None
    """schedule − completion (positive: behind); for rates, target rate − actual rate."""
    shortfall: float | None = None
    """expected − actual when behind, else 0, in the target's unit."""
    remaining: float | None = None
    needed_per_month: float | None = None
    forecast: float | None = None
    data_period: Period | None = None
    state: State | None = None
    steps: tuple[Step, ...] = ()
    caveats: tuple[Said, ...] = ()
    stale: bool = False
    """The figure is older than the latest one owed by the period checked (its reporting
    frequency says which); it was judged against the period's schedule, not its own months'."""
    over: bool = False
    """An approximate target (左右) overshot beyond its tolerance: over the target, not behind."""
    items_capped: bool = False
    """The light was set by the whole-item rule, not by the gap in points: a count of whole items
    owed by now (``expected``, rounded down) is met, or missed by a single item, before the
    deadline. The schedule and the gap stay the share of time (序时进度); the row says so in
    words (差1家, 整项计), so a 50-point gap in yellow beside a 32-point gap in red is explained."""
    running_since: int | None = None
    """For a running total (``actual`` summed over the years since this one): its first year,
    so that every output says since when (2023年以来累计696家), never 1-6月累计."""
    this_year: float | None = None
    """For a running total: the part reported this year (其中今年1-6月新增260家); None when
    the latest figure is of an earlier year."""
    schedule_span: tuple[int, int] | None = None
    """(first year, last year) when ``schedule_pct`` is the share of a span of several years
    (时间进度(2023-2027年)), not the share of this year's months (序时进度)."""


class Result(NamedTuple):
    target: Target
    outcome: Outcome
    previous_status: Status | None
    sources: tuple[str, ...]
    illustrative: bool
    as_of: dt.date | None
    new_year: bool = False
    """The previous period is in the year before and the target restarts each January."""

    @property
    def status(self) -> Status:
        return self.outcome.status

    @property
    def light(self) -> Light:
        return self.outcome.status.light

    @property
    def change(self) -> str | None:
        """较上期: ``improved``, ``worsened``, ``new``, ``new_year`` or None (unchanged / nothing
        before). A target that restarts in January is not compared with December's verdict."""
        prev, now = self.previous_status, self.status
        if prev is None or now is Status.monitoring:
            return None
        if self.new_year:
            return "new_year"
        if prev == now:
            return None
        if prev.rank and now.rank:
            if now.rank == prev.rank:  # off_track -> missed: the same light, now final
                return None
            return "improved" if now.rank > prev.rank else "worsened"
        if now.rank and not prev.rank:
            return "new"
        return None


def counted(results: tuple[Result, ...] | list[Result]) -> list[Result]:
    """The results that count in summaries, per-action counts, rankings and scores, in the
    order given: a target and its restatements shown beside it (``restates:``) count once, by
    the worse judgement of them (``worse_first``), and monitoring-only indicators never count.

    A stricter restatement (18 green factories in 2023 against 15 a year) is a commitment of
    its own: were the restated target kept regardless, 16 of 18 would be a red row that no
    count, red list, ranking or score ever saw."""
    kept = [r for r in results if r.status is not Status.monitoring]
    groups: dict[str, list[Result]] = {}
    for r in kept:
        groups.setdefault(r.target.restates or r.target.id, []).append(r)
    chosen = {id(group[0] if len(group) == 1 else min(group, key=worse_first)) for group in groups.values()}
    return [r for r in kept if id(r) in chosen]


def worse_first(result: Result) -> tuple[int, float, int]:
    """Sort key, worst first, of the results of one target and its restatements.

    - a judged status (green, yellow or red) before a grey one: a figure judged for one of
      them is a judgement of the pair (the other may owe no figure yet, or judge nothing before
      its deadline, as a future factory due by 2027 beside one due in 2023);
    - among judged ones, the lower ``Status.rank`` (red before yellow before green; the
      lights follow the ranks), then the larger gap in points (both 绿灯·已完成: 20 of 18 at
      111.1% counts, not 20 of 15 at 133.3%, so no 超额加分 is paid on the laxer figure);
    - among grey ones, a figure due and missing (no_data) first;
    - then a restatement for a single year before the target it restates: the year's own
      commitment is the one a 年考评 of that year uses.
    """
    o = result.outcome
    rank = o.status.rank
    specific = (
        0 if result.target.restates is not None and result.target.first_year == result.target.last_year else 1
    )
    if rank:
        gap = o.gap_points if o.gap_points is not None and math.isfinite(o.gap_points) else -math.inf
        return (rank, -gap, specific)
    return (10 if o.status is Status.no_data else 11, 0.0, specific)


@dataclass(frozen=True)
class Report:
    plan: PlanInfo
    period: Period
    previous_period: Period | None
    as_of: dt.date | None
    illustrative: bool
    results: tuple[Result, ...]
    action_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    unit_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    measure_names: dict[str, str] = field(default_factory=dict)
    """English names of the units of measure, by id."""
    whole: tuple[Result, ...] | None = None
    """When this report is a part of another (one unit's share, for its own workbook): the
    whole report's results, so that the unit is ranked among all units, not alone."""

    @cached_property
    def counted_results(self) -> tuple[Result, ...]:
        """``counted(results)``, made once: a page counts its report's 10,000 results a dozen
        times (summary, bars, changes, ranking, ...), and the results cannot change."""
        return tuple(counted(self.results))

    @property
    def schedule_pct(self) -> float:
        return self.period.schedule_pct()
