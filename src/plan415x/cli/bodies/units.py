"""The body of ``units``: the units of measure, built in and the plan's own."""

from pathlib import Path

from plan415x.cli.bodies.common import usage_error
from plan415x.cli.shared import color_wanted, emit
from plan415x.loading import PLAN_FILE, load_plan
from plan415x.problems import said
from plan415x.reports.catalog import render_units


def run(*, data: Path | None) -> None:
    folder = data if data is not None else Path("data")
    own = None
    if (folder / "targets.yaml").is_file():
        own = _plan_measures(folder)
    elif data is not None:
        usage_error(said("cli-units-no-plan", data=str(data)))
    color = color_wanted()
    emit(render_units(own, color=color), color=color)


def _plan_measures(folder: Path) -> tuple[str, tuple[object, ...]] | None:
    """The plan's own measures as written, or None when targets.yaml does not load (validate
    says why): the built-in units are still worth listing."""
    _, plan, _ = load_plan(folder / PLAN_FILE)
    return None if plan is None else (str(folder / PLAN_FILE), plan.measures)
