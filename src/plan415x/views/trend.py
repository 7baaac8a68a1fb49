"""趋势 as numbers: per action, the average completion against 序时进度 at each period with a file,
what the workbook's 趋势 sheet shows (``excel/trend_sheet.py`` says it).

Every figure is the engine's judgement of that period (``Engine.judge``, as ``check`` of that
period gives it; the report's own period is the report's outcome), averaged as the overview
averages the report's period (``averaged``): the action's counted targets (a restatement
once, monitoring never), yearly and judged (not grey) against this year's schedule. Beside the
average stands the period's 序时进度 (months / 12): time, never an average of targets'
schedules.

Periods: those with a file up to the report's (``views.history.report_periods``) that end a
quarter (1-3月, 1-6月, 1-9月, 1-12月, as 季晾晒 compares them), and the report's own period, the
latest ``TREND_PERIODS``. Judging every target again at every monthly file would make the
export of 10,000 targets with 12 monthly files about twice as slow; quarter ends cost a third
of that. Each target is judged once per period (``trend``), and a part of the report (one lead
unit's workbook) averages its own targets from those judgements (``Trend.points``).
"""

from __future__ import annotations

from dataclasses import dataclass

from plan415x.engine import Engine, applies
from plan415x.periods import Period
from plan415x.results import Light, Outcome, Report, Result, Status, counted
from plan415x.values import Kind
from plan415x.views.history import report_periods

TREND_PERIODS = 8
"""At most the latest eight periods: two years of quarters."""


@dataclass(frozen=True)
class Point:
    period: Period
    judged: int
    done: float | None
    """The average completion, as a fraction (0.5 is 50%); None when nothing was judged."""
    schedule: float | None


def trend_periods(engine: Engine, report: Report) -> list[Period]:
    """Quarter ends with a file up to the report's period, and the report's, the latest few."""
    periods = [
        p for p in report_periods(engine, report.period) if p.end_month % 3 == 0 or p.key == report.period.key
    ]
    return periods[-TREND_PERIODS:]


def averaged(r: Result) -> bool:
    """In an action's average completion: a yearly target judged (not grey) against this year's
    schedule, with a completion; growth rates (compared with a rate), multi-year targets (their
    schedule is a share of the span) and targets without a schedule (a level due later) never."""
    o = r.outcome
    return (
        o.completion_pct is not None
        and o.schedule_pct is not None
        and o.schedule_span is None
        and r.target.per_year
        and r.target.kind is not Kind.growth
        # A grey target is not judged (not due, no data, ...): its completion is no progress
        # to average, or an action of nine grey targets shows 91.5% done.
        and r.light is not Light.grey
    )


def _trended(r: Result) -> bool:
    """Judged again at the trend's periods: growth rates and multi-year targets are never
    averaged."""
    return r.target.per_year and r.target.kind is not Kind.growth


@dataclass(frozen=True)
class Trend:
    """The judgements the 趋势 sheet averages: per target of the report that can be averaged,
    its outcome at each of ``periods`` (None where the target is not shown)."""

    periods: tuple[Period, ...]
    outcomes: dict[str, tuple[Outcome | None, ...]]

    def points(self, results: tuple[Result, ...] | list[Result]) -> dict[str, list[Point]]:
        """Per action (the order of ``results``), one Point per trend period: ``results`` are
        the report's, or a part of them (one unit's workbook)."""
        sums: dict[str, list[list[float]]] = {}
        for r in counted(results):
            if not _trended(r):
                continue  # never averaged: not judged again
            per = sums.setdefault(r.target.action, [[0.0, 0.0] for _ in self.periods])
            for i, o in enumerate(self.outcomes[r.target.id]):
                if o is not None and averaged(r._replace(outcome=o)):
                    acc = per[i]
                    acc[0] += 1
                    acc[1] += o.completion_pct or 0.0
        out: dict[str, list[Point]] = {}
        for action, per in sums.items():
            out[action] = [
                Point(p, int(n), done / n / 100 if n else None, p.schedule_pct() / 100 if n else None)
                for p, (n, done) in zip(self.periods, per, strict=True)
            ]
        return out


def trend(engine: Engine, report: Report) -> Trend:
    """Each target of ``report`` that can be averaged, judged at every trend period (the
    report's own period: the report's outcome)."""
    periods = tuple(trend_periods(engine, report))
    outcomes: dict[str, tuple[Outcome | None, ...]] = {}
    for r in report.results:
        if not _trended(r) or r.status is Status.monitoring:  # monitoring: never counted
            continue
        outcomes[r.target.id] = tuple(
            r.outcome
            if p.key == report.period.key
            else engine.judge(r.target, p)
            if applies(r.target, p)
            else None
            for p in periods
        )
    return Trend(periods, outcomes)
