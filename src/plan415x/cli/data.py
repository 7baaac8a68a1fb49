"""Commands on the data files themselves: validate, targets, schema."""

from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.shared import DEFAULT_DATA, DataOpt, LangOpt, PlanLangOpt, app
from plan415x.options import Lang, ListFormat, ProblemFormat, SchemaName


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Show only the problems of these files of the data folder (as pre-commit passes"
            " them); naming targets.yaml shows all.",
            show_default=False,
        ),
    ] = None,
    data: DataOpt = DEFAULT_DATA,
    fmt: Annotated[
        ProblemFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="text, parsable, json, github or sarif. Default: text; github under GitHub Actions.",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Plausibility warnings are errors (exit 1).")
    ] = False,
    lang: PlanLangOpt = None,
) -> None:
    """Validate the plan and its actual figures; exit 1 with located problems if any.

    Plausibility warnings (figures valid but hard to believe) are printed after a successful
    load, located like problems: on stderr (in the document itself for json, sarif and github),
    counted in the summary line, exit 0; --strict makes them errors."""
    from plan415x.cli.bodies.validate import run

    run(paths=paths, data=data, fmt=fmt, strict=strict, lang=lang)


@app.command()
def targets(
    data: DataOpt = DEFAULT_DATA,
    action: Annotated[str | None, typer.Option(help="Only this action id.")] = None,
    kind: Annotated[str | None, typer.Option(help="Only this kind, e.g. annual.")] = None,
    unit: Annotated[
        str | None, typer.Option(help="Only targets this responsible unit (its id or name) shares.")
    ] = None,
    no_owner: Annotated[
        bool, typer.Option("--no-owner", help="Only targets that name no responsible unit of their own.")
    ] = False,
    lang: LangOpt = Lang.zh,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table, json or csv.")] = ListFormat.table,
) -> None:
    """List the plan's targets, so an analyst can see what the plan holds (reads only the plan)."""
    from plan415x.cli.bodies.targets import run

    run(data=data, action=action, kind=kind, unit=unit, no_owner=no_owner, lang=lang, fmt=fmt)


@app.command()
def schema(which: Annotated[SchemaName, typer.Argument(help="targets, actuals or scoring.")]) -> None:
    """Print the JSON Schema of targets.yaml, of an actuals file or of scoring.yaml (for editors)."""
    from plan415x.cli.bodies.schema import run

    run(which=which)
