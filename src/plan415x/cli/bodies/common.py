"""What several commands' bodies share, and no command registers: the data folder's plan
required, the unit a user names."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from plan415x.cli.shared import EXIT_INVALID, echo, usage_error

if TYPE_CHECKING:
    from plan415x.values import PlanFile


def unit_id(plan: "PlanFile", text: str | None) -> str | None:
    """The id of the unit ``text`` names: its id, its Chinese or English name, or an alias;
    anything else is a usage error listing the units."""
    if text is None:
        return None
    wanted = text.strip()
    for u in plan.responsible_units:
        if wanted == u.id or wanted in (u.name_zh, u.name_en, *u.aliases):
            return u.id
    choices = ", ".join(f"{u.id} ({u.name_zh})" for u in plan.responsible_units)
    usage_error(f"unknown unit {text!r}; choose from: {choices}")


def require_plan(data: Path) -> None:
    """The data folder must hold a plan; a folder without one gets told how to start one."""
    if not (data / "targets.yaml").is_file():
        usage_error(
            f"no targets.yaml in {data}/: give the data folder with --data DIR, or start a new plan"
            f" with: plan415x init {data} (docs/new-plan.md)"
        )


@contextmanager
def published_records() -> Iterator[None]:
    """Around what reads ``published/`` (a ranking compares with what was published): a record
    spoilt by hand is said, exit 1, never a traceback and never compared with."""
    from plan415x.views.published import PublishedError  # the standard library only, and small

    try:
        yield
    except PublishedError as error:
        echo(f"plan415x: {error}; restore it from version control", err=True)
        raise typer.Exit(EXIT_INVALID) from None
