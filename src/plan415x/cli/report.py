"""The gap report of a period: check."""

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
