"""The reports of a period: check, explain, rank."""

from __future__ import annotations

from typing import Annotated

import typer

from plan415x.cli.shared import (
    DEFAULT_DATA,
    EXIT_FAIL_ON,
    DataOpt,
    LangOpt,
    PeriodArg,
    ReportFormatOpt,
    app,
    color_wanted,
    emit,
    load_or_exit,
    parse_period,
    terminal_width,
    usage_error,
)
from plan415x.options import CheckFormat, FailOn, Lang


@app.command()
def check(
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
    fmt: ReportFormatOpt = CheckFormat.table,
    lang: LangOpt = Lang.zh,
    unit: Annotated[str | None, typer.Option(help="Only targets this responsible unit (id) shares.")] = None,
    action: Annotated[str | None, typer.Option(help="Only this action id.")] = None,
    status: Annotated[
        list[str] | None, typer.Option(help="Only this status (repeatable), e.g. off_track.")
    ] = None,
    light: Annotated[
        list[str] | None, typer.Option(help="Only this light (repeatable): green, yellow, red, grey.")
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option(help="Exit 3 when any target shown is at or beyond this light.")
    ] = FailOn.never,
) -> None:
    """The gap report for PERIOD: every target due, its progress against the schedule, its light."""
    from plan415x.engine import Engine, narrow
    from plan415x.reports.gap import format_report

    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    report = narrow(Engine(dataset).report(when), unit=unit, action=action, statuses=status, lights=light)
    if isinstance(report, str):
        usage_error(report)
    color = color_wanted()
    emit(format_report(report, fmt, lang.value, color=color, fit=terminal_width()), color=color)
    failing = {FailOn.never: set(), FailOn.yellow: {"yellow", "red"}, FailOn.red: {"red"}}[fail_on]
    if any(r.light.value in failing for r in report.results):
        raise typer.Exit(EXIT_FAIL_ON)


@app.command()
def explain(
    target_id: Annotated[str, typer.Argument(help="A target id (see plan415x targets).", show_default=False)],
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
) -> None:
    """Every input and each step of the formula for one target, ending in its status."""
    from plan415x.engine import Engine, applies
    from plan415x.reports.explain import format_explain

    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    target = dataset.targets.get(target_id)
    if target is None:
        import difflib

        close = difflib.get_close_matches(target_id, list(dataset.targets), n=3)
        usage_error(
            f"unknown target {target_id!r}" + (f"; did you mean {', '.join(close)}?" if close else "")
        )
    engine = Engine(dataset)
    result = engine.result(target, when, engine.previous_period(when)) if applies(target, when) else None
    emit(format_explain(engine, target, when, result))


@app.command()
def rank(
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
    fmt: ReportFormatOpt = CheckFormat.table,
    lang: LangOpt = Lang.zh,
    all_units: Annotated[
        bool, typer.Option("--all-units", help="Count co-units too, not only lead units.")
    ] = False,
) -> None:
    """季晾晒: responsible units ranked by their average gap (schedule − completion, positive: behind)."""
    from plan415x.engine import Engine
    from plan415x.reports.rank import format_rank, rank_units

    dataset = load_or_exit(data)
    report = Engine(dataset).report(parse_period(period, dataset))
    ranks = rank_units(report, all_units=all_units)
    color = color_wanted()
    emit(format_rank(report, ranks, fmt.value, lang.value, color=color), color=color)
