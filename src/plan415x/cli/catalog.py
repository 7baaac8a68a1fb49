"""What a plan can use without declaring it: ``units`` (the units of measure) and ``kinds``
(the kinds of target, each with its rule's one line)."""

from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.shared import app


@app.command()
def units(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            "-d",
            help="A data folder: its plan's own units are listed too (default: ./data when it"
            " has a targets.yaml).",
            envvar="PLAN415X_DATA",
            show_default=False,
        ),
    ] = None,
) -> None:
    """List the units of measure: the built-in ones and the plan's own (same id: the plan's wins).

    Units convert into each other only within a dimension (60 公顷 is 900 亩); a count word
    (个, 家, 项, 台) is its own dimension and whole: owed in whole items."""
    from plan415x.cli.bodies.units import run

    run(data=data)


@app.command()
def kinds() -> None:
    """List the kinds of target, each with how it is judged (docs/rules.md has the formulas)."""
    from plan415x.cli.bodies.kinds import run

    run()
