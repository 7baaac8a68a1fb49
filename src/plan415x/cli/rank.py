"""季晾晒, the ranking of responsible units: rank."""

from typing import Annotated

import typer

from plan415x.cli.shared import (
    DEFAULT_DATA,
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
)
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
) -> None:
    """季晾晒: responsible units ranked by their average gap (schedule − completion, positive: behind)."""
    from plan415x.engine import Engine
    from plan415x.reports.rank import format_rank
    from plan415x.views.rank import ranking

    dataset = load_or_exit(data)
    engine = Engine(dataset)
    when = parse_period(period, dataset)
    report = engine.report(when)
    ranked = ranking(engine, report, all_units=all_units)
    color = color_wanted()
    emit(format_rank(report, ranked, fmt, lang.value, color=color, fit=terminal_width()), color=color)
