"""Collecting the figures: template (a workbook per unit to fill in) and import (a filled one
back into actuals/). openpyxl is imported inside the commands only.

Exit codes as everywhere: 0 done · 1 invalid data or an unreadable/invalid workbook (located
problems, nothing written) · 2 usage (a bad option, an existing output without --force, an
output inside the data folder) · 4 a file that cannot be written (a full disk, a refused
rename, a folder that cannot be made or locked), as for the printed output: export, template
and import alike (it is not invalid data, nor a mistake in the command).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.files import ForceOpt, OutputOpt, check_output, write_or_exit
from plan415x.cli.shared import (
    DEFAULT_DATA,
    EXIT_INVALID,
    EXIT_OUTPUT,
    DataOpt,
    PeriodArg,
    app,
    load_or_exit,
    parse_period,
    usage_error,
)


@app.command()
def template(
    period: PeriodArg,
    output: OutputOpt = None,
    data: DataOpt = DEFAULT_DATA,
    unit: Annotated[
        str | None,
        typer.Option("--unit", help="Only this lead unit's sheet (a unit id).", show_default=False),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """A data-entry workbook for the figures due in PERIOD: one sheet per lead unit."""
    if output is None:
        usage_error("give the workbook to write with -o FILE.xlsx")
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    check_output(output, data, force=force)
    units = {u.id for u in dataset.plan.responsible_units}
    if unit is not None and unit not in units:
        usage_error(f"unknown unit {unit!r}; choose from: {', '.join(sorted(units))}")
    from plan415x.excel import template as xt

    made = xt.build(dataset, when, unit=unit)
    if not made.rows:
        usage_error(f"no target is due in {when}" + (f" with lead unit {unit!r}" if unit else ""))
    write_or_exit(output, made.to_bytes(), force=force)
    typer.echo(f"wrote {output}: {made.rows} rows to fill in on {len(made.sheets)} sheet(s) for {when}")


@app.command(name="import")
def import_(
    file: Annotated[Path, typer.Argument(help="A filled template (.xlsx).", show_default=False)],
    data: DataOpt = DEFAULT_DATA,
    force: Annotated[
        bool, typer.Option("--force", help="Replace conflicting figures already in the data.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
) -> None:
    """Import a filled template into data/actuals/<PERIOD>.yaml, after validating every cell."""
    if not file.is_file():
        usage_error(f"no such file: {file}")
    dataset = load_or_exit(data)
    from plan415x.excel import importer

    outcome = importer.run(file, dataset, force=force, dry_run=dry_run)
    for line in outcome.messages:
        typer.echo(line)
    if outcome.problems:
        for problem in outcome.problems:
            typer.echo(f"{problem.location()}: {problem.message} ({problem.code})", err=True)
        typer.echo(outcome.refusal, err=True)
        raise typer.Exit(EXIT_OUTPUT if outcome.cannot_write else EXIT_INVALID)
