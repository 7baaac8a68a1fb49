"""The body of ``kinds``: the kinds of target, each with how it is judged."""

from plan415x.cli.shared import color_wanted, emit
from plan415x.reports.catalog import render_kinds


def run() -> None:
    color = color_wanted()
    emit(render_kinds(color=color), color=color)
