"""``plan415x init DIR``: a commented starter data folder that validates and checks as it is."""

from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.shared import app
from plan415x.options import StarterKind


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
    kind: Annotated[
        StarterKind,
        typer.Option(
            "--kind",
            help="plan: an action plan, one target of every kind; work-report: a 政府工作报告's"
            " 主要预期目标 (左右 and its good side, a range, an upper bound, 属性).",
        ),
    ] = StarterKind.plan,
) -> None:
    """Write a starter data folder: a commented plan with one target of every kind, illustrative
    figures for 2024Q2 and the JSON Schemas, ready for validate and check. docs/new-plan.md
    walks from there to your own plan."""
    from plan415x.cli.bodies.init import run

    run(folder=folder, force=force, kind=kind)
