"""Publishing a 晾晒: publish (issue 21, item 4).

Exit codes: 0 published · 1 the data has problems, or the period's figures draw plausibility
warnings not checked nor ``--accept``-ed (nothing written) · 2 usage: a bad period, no file of its figures, or
already published without ``--force`` · 4 the record could not be written.
"""

from typing import Annotated

import typer

from plan415x.cli.shared import DEFAULT_DATA, DataOpt, PeriodArg, PlanLangOpt, app


@app.command()
def publish(
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
    force: Annotated[
        bool,
        typer.Option("--force", help="Publish again; the earlier record is kept as published/PERIOD.N.json."),
    ] = False,
    accept: Annotated[
        list[str] | None,
        typer.Option(
            "--accept",
            help="A plausibility warning on the period's figures checked and found right, by code:"
            " published all the same, and listed in the record. Repeatable.",
            show_default=False,
        ),
    ] = None,
    lang: PlanLangOpt = None,
) -> None:
    """Record what is published of PERIOD (judgements, ranking, date) in DATA/published/PERIOD.json."""
    from plan415x.cli.bodies.publish import run

    run(period=period, data=data, force=force, accept=accept, lang=lang)
