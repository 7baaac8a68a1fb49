"""What a plan can use without declaring it: ``units`` (the units of measure) and ``kinds``
(the kinds of target, each with its rule's one line)."""

from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.shared import app, color_wanted, emit, usage_error


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
    from plan415x.reports.catalog import render_units

    folder = data if data is not None else Path("data")
    own = None
    if (folder / "targets.yaml").is_file():
        own = _plan_measures(folder)
    elif data is not None:
        usage_error(f"no targets.yaml in {data}/ (start a plan with: plan415x init {data})")
    color = color_wanted()
    emit(render_units(own, color=color), color=color)


def _plan_measures(folder: Path) -> tuple[str, tuple[object, ...]] | None:
    """The plan's own measures as written, or None when targets.yaml does not load (validate
    says why): the built-in units are still worth listing."""
    from plan415x.loading import PLAN_FILE, load_plan

    _, plan, _ = load_plan(folder / PLAN_FILE)
    return None if plan is None else (str(folder / PLAN_FILE), plan.measures)


@app.command()
def kinds() -> None:
    """List the kinds of target, each with how it is judged (docs/rules.md has the formulas)."""
    from plan415x.reports.catalog import render_kinds

    color = color_wanted()
    emit(render_kinds(color=color), color=color)
