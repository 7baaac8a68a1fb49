"""The command line: ``app`` and its commands, one module per group (``shared`` holds what
they share, ``run`` the entry point, ``commands`` which module holds each command). The entry
point registers only the command it runs; ``app`` imported from here has every command
registered. A command module holds the commands' options and help; each command imports its
body (``bodies/``, one module per command) inside the function, so no command module imports
the engine, the loader or a heavy library (openpyxl, rich) at load time."""

from typing import Any

from plan415x.cli.commands import COMMAND_GROUPS, COMMANDS, register
from plan415x.cli.run import main
from plan415x.cli.shared import (
    EXIT_FAIL_ON,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_USAGE,
    color_wanted,
)


def __getattr__(name: str) -> Any:
    # ``from plan415x.cli import app``: the whole command line, every command registered.
    if name == "app":
        return register()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "COMMANDS",
    "COMMAND_GROUPS",
    "EXIT_FAIL_ON",
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_OUTPUT",
    "EXIT_USAGE",
    "app",
    "color_wanted",
    "main",
]
