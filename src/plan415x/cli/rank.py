"""季晾晒, the ranking of responsible units: rank."""

from typing import Annotated

import typer

from plan415x.cli.shared import DEFAULT_DATA, DataOpt, LangOpt, PeriodArg, ReportFormatOpt, app
from plan415x.options import CheckFormat, Lang


@app.command()
def rank(
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
    fmt: ReportFormatOpt = CheckFormat.table,
    lang: LangOpt = Lang.zh,
    all_units: Annotated[
        bool, typer.Option("--all-units", help="Count co-units too, not only lead units.")
    ] = False,
    as_published: Annotated[
        bool,
        typer.Option(
            "--as-published",
            help="Print the ranking as published (plan415x publish), not as the data now ranks.",
        ),
    ] = False,
) -> None:
    """季晾晒: responsible units ranked by 平均欠进度 (how far each counted target is behind the schedule, 0 when not)."""
    from plan415x.cli.bodies.rank import run

    run(period=period, data=data, fmt=fmt, lang=lang, all_units=all_units, as_published=as_published)
