"""The body of ``explain --score UNIT YEAR``: every point of a unit's annual score, with its rule
and the figures it came from."""

from pathlib import Path

from plan415x.cli.bodies.common import language, usage_error
from plan415x.cli.bodies.scored import scored_or_exit
from plan415x.cli.shared import emit
from plan415x.options import Lang
from plan415x.problems import said
from plan415x.reports.explain import format_score_explain
from plan415x.views.score import score_view


def run(*, unit: str, year: str, data: Path, lang: Lang | None, provisional: bool) -> None:
    engine, scored = scored_or_exit(data, year, unit, lang, provisional=provisional)
    if not scored.units:
        usage_error(said("cli-scored-on-none", unit=repr(unit), year=year))
    view = score_view(scored)
    emit(format_score_explain(view, view.units[0], language(lang, data, engine.dataset).value))
