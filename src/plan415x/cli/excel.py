"""The Excel commands (export, template, import). openpyxl is imported inside them only.

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

from plan415x.cli.shared import (
    DEFAULT_DATA,
    EXIT_INVALID,
    EXIT_OUTPUT,
    DataOpt,
    LangOpt,
    PeriodArg,
    app,
    load_or_exit,
    parse_period,
    usage_error,
)
from plan415x.options import Lang

ForceOpt = Annotated[bool, typer.Option("--force", help="Replace an existing file.")]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="The workbook to write (.xlsx).", show_default=False)
]


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def check_output(path: Path, data: Path, *, force: bool) -> None:
    """Refuse (exit 2) an output that is not .xlsx, lies in the data folder, has no folder, or exists."""
    if path.suffix.lower() != ".xlsx":
        usage_error(f"{path}: the workbook's name must end in .xlsx")
    if _inside(path, data):
        usage_error(f"{path} is inside the data folder {data}/; write workbooks somewhere else")
    if not path.parent.is_dir():
        usage_error(f"{path}: no such folder {path.parent}/")
    if path.is_dir():
        usage_error(f"{path} is a folder")
    if path.exists() and not force:
        usage_error(f"{path} already exists; give --force to replace it")


def write_or_exit(path: Path, data: bytes, *, force: bool) -> None:
    from plan415x.fsutil import OutputExistsError, atomic_write

    try:
        atomic_write(path, data, force=force)
    except OutputExistsError:
        usage_error(f"{path} already exists; give --force to replace it")
    except OSError as error:
        typer.echo(f"plan415x: error: cannot write {path}: {error.strerror or error}", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None


@app.command()
def export(
    period: PeriodArg,
    output: OutputOpt = None,
    data: DataOpt = DEFAULT_DATA,
    lang: LangOpt = Lang.zh,
    by_unit: Annotated[
        bool, typer.Option("--by-unit", help="Add one sheet per lead unit with only its targets.")
    ] = False,
    split: Annotated[
        Path | None,
        typer.Option(
            "--split", help="Also write one workbook per lead unit into this folder.", show_default=False
        ),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """The gap report of PERIOD as an Excel workbook (总览, 明细, 责任单位, 说明)."""
    if output is None and split is None:
        usage_error("give the workbook to write with -o FILE.xlsx (or a folder with --split DIR)")
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    if output is not None:
        check_output(output, data, force=force)
    from plan415x.engine import Engine
    from plan415x.excel import export as xe

    engine = Engine(dataset)
    report = engine.report(when)
    jobs: list[tuple[Path, xe.Sheet]] = []
    if split is not None:
        if split.exists() and not split.is_dir():
            usage_error(f"--split {split}: not a folder")
        if _inside(split, data):
            usage_error(f"--split {split} is inside the data folder {data}/; write workbooks somewhere else")
        if not split.parent.is_dir():
            usage_error(f"--split {split}: no such folder {split.parent}/")
        for part in xe.by_lead_unit(report, lang.value):
            path = split / xe.split_name(report, part)
            if path.exists() and not force:
                usage_error(f"{path} already exists; give --force to replace it")
            jobs.append((path, part))
    if output is not None:
        wb = xe.build(dataset, engine, report, lang.value, by_unit=by_unit)
        write_or_exit(output, xe.to_bytes(wb), force=force)
        typer.echo(f"wrote {output}: {len(report.results)} targets, {', '.join(wb.sheetnames)}")
    if split is not None:
        split.mkdir(exist_ok=True)
        for path, part in jobs:
            wb = xe.build(dataset, engine, part.report, lang.value)
            write_or_exit(path, xe.to_bytes(wb), force=force)
            typer.echo(f"wrote {path}: {len(part.report.results)} targets of {part.name}")
    if report.illustrative:
        from plan415x.reports.gap import ILLUSTRATIVE

        typer.echo(ILLUSTRATIVE[lang.value], err=True)


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
