"""History: trend TARGET (every period's figure, completion, schedule, gap and status, with a
sparkline) or trend --unit U (each of the unit's targets on a line)."""

from typing import Annotated

import typer

from plan415x.cli.shared import (
    DEFAULT_DATA,
    DataOpt,
    LangOpt,
    app,
    color_wanted,
    emit,
    load_or_exit,
    parse_period,
    usage_error,
)
from plan415x.options import Lang, TrendFormat


@app.command()
def trend(
    target_id: Annotated[
        str | None, typer.Argument(help="A target id (see plan415x targets).", show_default=False)
    ] = None,
    unit: Annotated[
        str | None, typer.Option(help="Every target this unit leads: its id or its name (市经信局).")
    ] = None,
    upto: Annotated[
        str | None, typer.Option("--to", help="The last period (default: the latest with a file).")
    ] = None,
    data: DataOpt = DEFAULT_DATA,
    json_out: Annotated[bool, typer.Option("--json", help="JSON instead of the table.")] = False,
    lang: LangOpt = Lang.zh,
) -> None:
    """The history of TARGET, or of every target --unit U leads, over the periods with a file."""
    if (target_id is None) == (unit is None):
        usage_error("give a TARGET or --unit U (one of them)")
    dataset = load_or_exit(data)
    from plan415x.engine import Engine
    from plan415x.reports import trend as rt
    from plan415x.views.filters import resolve_filter_words
    from plan415x.views.history import histories, target_history

    engine = Engine(dataset)
    periods = engine.periods()
    if not periods:
        usage_error("no actuals files: there is no history yet")
    last = parse_period(upto, dataset) if upto else max(periods, key=lambda p: p.key)
    report = engine.report(last)
    fmt = TrendFormat.json if json_out else TrendFormat.table
    color = color_wanted() and not json_out
    if target_id is not None:
        if target_id not in dataset.targets:
            from difflib import get_close_matches

            near = get_close_matches(target_id, list(dataset.targets), n=3)
            usage_error(
                f"unknown target {target_id!r}" + (f"; did you mean {', '.join(near)}" if near else "")
            )
        target = dataset.targets[target_id]
        text = rt.format_target(
            report, target, target_history(engine, target, last), fmt, lang.value, color=color
        )
    else:
        uid, _, _ = resolve_filter_words(report, unit=unit)
        if uid not in report.unit_names:
            usage_error(f"unknown unit {unit!r}; choose from: {', '.join(report.unit_names)}")
        assert uid is not None
        text = rt.format_unit(report, uid, histories(engine, report), fmt, lang.value, color=color)
    emit(text, color=color)
