"""A target's judgements over the periods with a file: the histories of ``trend`` and the HTML
page, and 连续N期红灯 (the red streaks every output shows). Each is the engine's judgement of
that period, as ``check`` of that period gives it, never recomputed apart."""

from __future__ import annotations

from plan415x.engine import Engine, applies
from plan415x.periods import Period
from plan415x.results import Light, Outcome, Report
from plan415x.values import Target


def report_periods(engine: Engine, upto: Period) -> list[Period]:
    """The periods with a file, up to ``upto`` (included), oldest first, one per span of months
    (2023Q4 and 2023 cover the same months: the later-named file's spelling is kept)."""
    by_key: dict[tuple[int, int], Period] = {}
    for p in engine.periods():
        if p.key <= upto.key:
            by_key[p.key] = p
    by_key[upto.key] = upto
    return [by_key[k] for k in sorted(by_key)]


def red_streaks(engine: Engine, report: Report) -> dict[str, int]:
    """连续N期红灯: for each red target of ``report``, how many periods in a row it has been red,
    this one included, counting back over the periods that have a file (a period in which the
    target was not shown, or not red, ends the streak). Targets not red now are left out."""
    periods = report_periods(engine, report.period)[:-1][::-1]  # the earlier ones, latest first
    streaks: dict[str, int] = {}
    for r in report.results:
        if r.light is not Light.red:
            continue
        count = 1
        for p in periods:
            if not applies(r.target, p) or engine.judge(r.target, p).status.light is not Light.red:
                break
            count += 1
        streaks[r.target.id] = count
    return streaks


def target_history(
    engine: Engine, target: Target, upto: Period | None = None
) -> list[tuple[Period, Outcome]]:
    """Every period with a file (up to ``upto``) in which ``target`` is shown, with its outcome:
    the same judgement ``check`` gives for that period, never recomputed apart."""
    last = upto or max(engine.periods(), default=None, key=lambda p: p.key)
    if last is None:
        return []
    return [(p, engine.judge(target, p)) for p in report_periods(engine, last) if applies(target, p)]


def histories(
    engine: Engine, report: Report, *, last: int | None = None
) -> dict[str, list[tuple[Period, Outcome]]]:
    """``target_history`` of every target of ``report``, up to its period (only the ``last``
    periods when given): the trends of ``trend --unit`` and the HTML report. Periods of one
    span of months are judged once."""
    periods = report_periods(engine, report.period)
    if last is not None:
        periods = periods[-last:]
    out: dict[str, list[tuple[Period, Outcome]]] = {}
    for r in report.results:
        out[r.target.id] = [
            (p, r.outcome if p.key == report.period.key else engine.judge(r.target, p))
            for p in periods
            if applies(r.target, p)
        ]
    return out
