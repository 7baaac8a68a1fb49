"""Collecting the figures: template (a workbook per unit to fill in) and import (a filled one
back into actuals/). openpyxl is imported inside the commands only.

Exit codes as everywhere (README.md); writing a file follows cli/bodies/output.py: 2 for an output that
exists or lies in the data folder, 4 for one that cannot be written.
"""

from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.files import ForceOpt, OutputOpt
from plan415x.cli.shared import DEFAULT_DATA, DataOpt, PeriodArg, PlanLangOpt, app


@app.command()
def template(
    period: PeriodArg,
    output: OutputOpt = None,
    data: DataOpt = DEFAULT_DATA,
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit", help="Only this supplying unit's sheet (its id or its name).", show_default=False
        ),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """A data-entry workbook for the figures due in PERIOD: one sheet per supplying unit."""
    from plan415x.cli.bodies.template import run

    run(period=period, output=output, data=data, unit=unit, force=force)


@app.command(name="import")
def import_(
    files: Annotated[
        list[Path],
        typer.Argument(help="Filled templates (.xlsx), or folders of them.", show_default=False),
    ],
    data: DataOpt = DEFAULT_DATA,
    force: Annotated[
        bool, typer.Option("--force", help="Replace conflicting figures already in the data.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Refuse a workbook whose figures draw plausibility warnings."),
    ] = False,
    accept: Annotated[
        list[str] | None,
        typer.Option(
            "--accept",
            help="A plausibility warning checked and found right, by code (CODE, or CODE@TARGET for"
            " one target): recorded on its record as checked, never warned again. Repeatable.",
            show_default=False,
        ),
    ] = None,
    illustrative: Annotated[
        bool,
        typer.Option(
            "--illustrative",
            help="The figures are samples, not official statistics: the actuals file written is marked"
            " illustrative: true, and every report built from it says so.",
        ),
    ] = False,
    received: Annotated[
        list[str] | None,
        typer.Option(
            "--received",
            help="The date the workbooks were received (YYYY-MM-DD; default today), recorded with"
            " each figure for 及时率; FILE=DATE for one workbook (its name). Repeatable.",
            show_default=False,
        ),
    ] = None,
    accept_valid: Annotated[
        bool,
        typer.Option(
            "--accept-valid",
            help="Take a workbook's valid figures even when some cells are refused: the refused ones"
            " are listed (and in each 回执) to correct and send again; exit 1. Default: whole or nothing.",
        ),
    ] = False,
    receipts: Annotated[
        Path | None,
        typer.Option(
            "--receipts",
            help="Write a 回执 per unit sheet of each workbook into this folder (.docx and .md, in"
            " Chinese), to send back: what was taken, the cells to correct, the figures to check.",
            show_default=False,
        ),
    ] = None,
    lang: PlanLangOpt = None,
) -> None:
    """Import filled templates into data/actuals/<PERIOD>.yaml, after validating every cell.

    Each workbook stands alone: it is taken whole or not at all, the next is read against the
    data as the previous left it, and a receipt (回执) per unit says what each gave. Exit 1 if
    any workbook was refused (or, with --accept-valid, any cell left out), 4 if any could not be
    written (the others are taken)."""
    from plan415x.cli.bodies.import_ import run

    run(
        files=files,
        data=data,
        force=force,
        dry_run=dry_run,
        strict=strict,
        accept=accept,
        lang=lang,
        illustrative=illustrative,
        received=received,
        receipts=receipts,
        accept_valid=accept_valid,
    )
