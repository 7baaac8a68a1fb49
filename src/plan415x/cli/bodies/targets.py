"""The body of ``targets``: the plan's targets listed (it reads only the plan)."""

import sys
from pathlib import Path

import typer

from plan415x.checks import check_plan
from plan415x.cli.bodies.common import require_plan, unit_id, usage_error
from plan415x.cli.shared import EXIT_INVALID, color_wanted, default_problem_format, emit
from plan415x.loading import PLAN_FILE, load_plan
from plan415x.options import Lang, ListFormat
from plan415x.problems import Said, said
from plan415x.reports import listing
from plan415x.reports.problems import format_problems


def run(
    *,
    data: Path,
    action: str | None,
    kind: str | None,
    unit: str | None,
    no_owner: bool,
    lang: Lang,
    fmt: ListFormat,
) -> None:
    require_plan(data)
    doc, plan, problems = load_plan(data / PLAN_FILE)
    if plan is not None and doc is not None:
        problems = check_plan(plan, doc)
    if problems or plan is None:
        color = color_wanted(sys.stderr)
        emit(format_problems(problems, default_problem_format(), color=color), color=color, err=True)
        raise typer.Exit(EXIT_INVALID)
    if unit is not None and not plan.responsible_units:
        usage_error(said("cli-unknown-unit-none", unit=repr(unit)))

    chosen = listing.select(plan, action=action, kind=kind, unit=unit_id(plan, unit), no_owner=no_owner)
    if isinstance(chosen, Said):
        usage_error(chosen)
    color = color_wanted()
    emit(listing.render(chosen, fmt, lang=lang.value, color=color), color=color)
