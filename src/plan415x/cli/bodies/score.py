"""The body of ``score``: 年考评, each unit's score for a year and its rank."""

from pathlib import Path

from plan415x.cli.bodies.common import usage_error
from plan415x.cli.bodies.scored import scored_or_exit
from plan415x.cli.shared import color_wanted, emit
from plan415x.options import CheckFormat, Lang
from plan415x.problems import said
from plan415x.reports.score import format_score
from plan415x.views.score import score_view


def run(*, year: str, data: Path, fmt: CheckFormat, lang: Lang, unit: str | None, provisional: bool) -> None:
    _, result = scored_or_exit(data, year, unit, provisional=provisional)
    if unit is not None and not result.units:
        usage_error(said("cli-scored-on-none", unit=repr(unit), year=year))
    color = color_wanted()
    emit(format_score(score_view(result), fmt, lang.value, color=color), color=color)
