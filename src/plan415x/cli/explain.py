"""One target's judgement, every input and step: explain."""

from __future__ import annotations

from typing import Annotated

import typer

from plan415x.cli.shared import (
    DEFAULT_DATA,
    DataOpt,
    PeriodArg,
    app,
    emit,
    load_or_exit,
    parse_period,
    usage_error,
)


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
