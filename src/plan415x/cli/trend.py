"""History: trend TARGET (every period's figure, completion, schedule, gap and status, with a
sparkline) or trend --unit U (each of the unit's targets on a line)."""

from typing import Annotated

import typer

from plan415x.cli.shared import DEFAULT_DATA, DataOpt, LangOpt, app
from plan415x.options import Lang


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
    from plan415x.cli.bodies.trend import run

    run(target_id=target_id, unit=unit, upto=upto, data=data, json_out=json_out, lang=lang)
