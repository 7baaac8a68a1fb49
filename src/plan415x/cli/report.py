"""The gap report of a period: check."""

from enum import Enum
from pathlib import Path
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


class SortBy(str, Enum):
    """``check --sort``: the plan's order (by action), worst light first, largest gap first, by lead unit."""

    plan = "plan"
    light = "light"
    gap = "gap"
    unit = "unit"


BOM = "\ufeff"
"""Excel on Chinese Windows reads a CSV file as GBK unless it starts with the UTF-8 BOM."""


@app.command()
def check(
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
    fmt: ReportFormatOpt = CheckFormat.table,
    lang: LangOpt = Lang.zh,
    unit: Annotated[
        str | None,
        typer.Option(help="Only targets this responsible unit shares: its id or its name (市经信局)."),
    ] = None,
    action: Annotated[str | None, typer.Option(help="Only this action id.")] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(help="Only this status (repeatable): an id (off_track) or the word printed (严重滞后)."),
    ] = None,
    light: Annotated[
        list[str] | None,
        typer.Option(
            help="Only this light (repeatable): green, yellow, red, grey, or 绿灯, 黄灯, 红灯, 灰灯."
        ),
    ] = None,
    sort: Annotated[
        SortBy,
        typer.Option(help="Row order: plan (by action), light (red first), gap (most behind first), unit."),
    ] = SortBy.plan,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the report to this file instead of stdout. CSV written to a file starts with"
            " the UTF-8 BOM that Excel on Chinese Windows needs; stdout is always plain UTF-8.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing output file.")] = False,
    fail_on: Annotated[
        FailOn, typer.Option(help="Exit 3 when any target shown is at or beyond this light.")
    ] = FailOn.never,
) -> None:
    """The gap report for PERIOD: a summary (counts by light, the red list with owners and red
    streaks), then every target due, its progress against the schedule, its light."""
    from plan415x.engine import Engine
    from plan415x.reports.gap_formats import format_report
    from plan415x.reports.summary import sort_report
    from plan415x.views.filters import narrow, resolve_filter_words
    from plan415x.views.history import red_streaks

    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    if output is not None:
        _check_text_output(output, data, force=force)
    engine = Engine(dataset)
    whole = engine.report(when)
    unit, status, light = resolve_filter_words(whole, unit=unit, statuses=status, lights=light)
    report = narrow(whole, unit=unit, action=action, statuses=status, lights=light)
    if isinstance(report, str):
        usage_error(report)
    report = sort_report(report, sort.value)
    streaks = red_streaks(engine, report)
    to_file = output is not None
    color = not to_file and color_wanted()
    text = format_report(
        report,
        fmt,
        lang.value,
        color=color,
        fit=None if to_file else terminal_width(),
        streaks=streaks,
        grouped=sort is SortBy.plan,
    )
    if output is not None:
        from plan415x.cli.files import write_or_exit

        body = (BOM + text) if fmt is CheckFormat.csv else text
        write_or_exit(output, body.encode("utf-8"), force=force)
        typer.echo(f"wrote {output}: {len(report.results)} targets", err=True)
    else:
        emit(text, color=color)
    failing = {FailOn.never: set(), FailOn.yellow: {"yellow", "red"}, FailOn.red: {"red"}}[fail_on]
    if any(r.light.value in failing for r in report.results):
        raise typer.Exit(EXIT_FAIL_ON)


def _check_text_output(path: Path, data: Path, *, force: bool) -> None:
    from plan415x.cli.files import check_output

    check_output(path, data, force=force, suffixes=None, what="report")
