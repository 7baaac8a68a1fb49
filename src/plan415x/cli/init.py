"""``plan415x init DIR``: a commented starter data folder that validates and checks as it is."""

from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.shared import app


@app.command()
def init(
    folder: Annotated[
        Path, typer.Argument(help="The new data folder (made if missing).", show_default=False)
    ],
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Write into a folder that is not empty (the starter's files are replaced)."
        ),
    ] = False,
) -> None:
    """Write a starter data folder: a commented plan with one target of every kind, illustrative
    figures for 2024Q2 and the JSON Schemas, ready for validate and check. docs/new-plan.md
    walks from there to your own plan."""
    from plan415x.cli.bodies.init import run

    run(folder=folder, force=force)
