"""Which module holds each command, and registering them on ``app``.

A run registers only the command it was asked for (``for_argv``): typer turns every registered
command into a click command, its options read from the function's signature, at every start
(a fifth of a cached ``check``). ``--help``, no command or an unknown one register them all,
in the order --help lists them. tests/test_cli.py holds the table to what the modules register.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module

import typer

from plan415x.cli.shared import app

# Each group registers its commands on ``app`` when imported, in the order --help lists them.
COMMAND_GROUPS = (
    "init",
    "data",
    "catalog",
    "report",
    "explain",
    "rank",
    "score",
    "export",
    "brief",
    "trend",
    "collect",
    "reporting",
    "publish",
    "draft",
)
COMMANDS = {
    "init": "init",
    "validate": "data",
    "targets": "data",
    "schema": "data",
    "units": "catalog",
    "kinds": "catalog",
    "check": "report",
    "explain": "explain",
    "rank": "rank",
    "score": "score",
    "export": "export",
    "brief": "brief",
    "trend": "trend",
    "template": "collect",
    "import": "collect",
    "reporting": "reporting",
    "publish": "publish",
    "draft": "draft",
}
"""The group module of every command."""


def register(groups: Sequence[str] = COMMAND_GROUPS) -> typer.Typer:
    """``app`` with the commands of ``groups`` registered (a module is imported once)."""
    for group in groups:
        import_module(f"plan415x.cli.{group}")
    return app


def for_argv(argv: Sequence[str]) -> typer.Typer:
    """``app`` with what a run of ``argv`` (without the program's name) needs: the command it
    names, or every command when it names none it knows (the help, a typo's suggestions)."""
    name = next((arg for arg in argv if not arg.startswith("-")), None)
    group = COMMANDS.get(name) if name is not None else None
    return register((group,) if group is not None and "--help" not in argv[:1] else COMMAND_GROUPS)
