"""The command line: ``app`` and its commands, one module per group (``shared`` holds what
they share, ``run`` the entry point). Importing this package registers every command on ``app``;
no command module imports a heavy library (openpyxl, rich) at load time."""

from importlib import import_module

from plan415x.cli.run import main
from plan415x.cli.shared import (
    EXIT_FAIL_ON,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_USAGE,
    app,
    color_wanted,
    progress_bar,
)

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
)
for _group in COMMAND_GROUPS:
    import_module(f"plan415x.cli.{_group}")

__all__ = [
    "EXIT_FAIL_ON",
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_OUTPUT",
    "EXIT_USAGE",
    "app",
    "color_wanted",
    "main",
    "progress_bar",
]
