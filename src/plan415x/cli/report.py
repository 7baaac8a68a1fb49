"""The gap report of a period: check."""

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.shared import DEFAULT_DATA, DataOpt, LangOpt, PeriodArg, ReportFormatOpt, app
from plan415x.options import CheckFormat, FailOn, Lang


class SortBy(str, Enum):
    """``check --sort``: the plan's order (by action), worst light first, largest gap first, by lead unit."""

    plan = "plan"
    light = "light"
    gap = "gap"
    unit = "unit"


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
    as_published: Annotated[
        bool,
        typer.Option(
            "--as-published", help="Print the judgements as published (plan415x publish), not judged again."
        ),
    ] = False,
) -> None:
    """The gap report for PERIOD: a summary (counts by light, the red list with owners and red
    streaks), then every target due, its progress against the schedule, its light."""
    if as_published:
        from plan415x.cli.bodies.check_published import run as published

        published(period=period, data=data, fmt=fmt, lang=lang)
        return
    from plan415x.cli.bodies.check import run

    run(
        period=period,
        data=data,
        fmt=fmt,
        lang=lang,
        unit=unit,
        action=action,
        status=status,
        light=light,
        sort=sort.value,
        output=output,
        force=force,
        fail_on=fail_on,
    )
