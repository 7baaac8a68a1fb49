"""月监测, the collection side: reporting (报送情况 and the chase list, 催报清单).

Exit codes: 0 done, whatever the reporting rate · 1 invalid data · 2 usage (``-o DIR`` with a
notice already there without --force, or inside the data folder) · 3 ``--fail-on-missing`` and a
figure due is missing (so a scheduled job can alert) · 4 the notices could not be written.
"""

from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.files import ForceOpt
from plan415x.cli.shared import DEFAULT_DATA, DataOpt, PeriodArg, ReportFormatOpt, app
from plan415x.options import CheckFormat, Lang

UnitOpt = Annotated[
    str | None,
    typer.Option("--unit", "-u", help="Only this unit (its id or its name).", show_default=False),
]


@app.command()
def reporting(
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
    fmt: ReportFormatOpt = CheckFormat.table,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang", "-l", help="zh or en (default: the plan's language, else zh).", show_default=False
        ),
    ] = None,
    unit: UnitOpt = None,
    missing: Annotated[
        bool, typer.Option("--missing", help="Print the chase list (催报清单) of the figures missing.")
    ] = False,
    fail_on_missing: Annotated[
        bool, typer.Option("--fail-on-missing", help="Exit 3 when any figure due is missing.")
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="With --missing: write one 催报 notice per unit into this folder (.docx and .md).",
            show_default=False,
        ),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            help="With -o, after the deadline: the date to ask the figures by (补报), as 2024-07-15.",
            show_default=False,
        ),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """报送情况: per unit, the figures due for PERIOD, received (on time or late) and missing."""
    from plan415x.cli.bodies.reporting import run

    run(
        period=period,
        data=data,
        fmt=fmt,
        lang=lang,
        unit=unit,
        missing=missing,
        fail_on_missing=fail_on_missing,
        output=output,
        by=by,
        force=force,
    )
