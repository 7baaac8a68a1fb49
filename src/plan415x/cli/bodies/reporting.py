"""The body of ``reporting``: 报送情况 and the chase list (催报清单)."""

from pathlib import Path

import typer

from plan415x.cli.bodies.common import load_or_exit, parse_period, unit_id
from plan415x.cli.shared import EXIT_FAIL_ON, color_wanted, emit
from plan415x.options import CheckFormat, Lang
from plan415x.reports.reporting import chase_list, format_reporting
from plan415x.views.reporting import reporting as build
from plan415x.views.words import owed_explanations


def run(
    *,
    period: str,
    data: Path,
    fmt: CheckFormat,
    lang: Lang | None,
    unit: str | None,
    missing: bool,
    fail_on_missing: bool,
) -> None:
    # Its problems follow --lang, else the plan's language, else English: as validate's do.
    dataset = load_or_exit(data, lang)
    when = parse_period(period, dataset)
    rep = build(dataset, when, unit=unit_id(dataset.plan, unit))
    # 报送情况 is sent to the units: Chinese unless the plan or --lang says otherwise.
    lang = lang or (Lang.en if dataset.plan.plan.language == "en" else Lang.zh)
    color = color_wanted()
    if missing:
        owed = owed_explanations(dataset, when, unit=unit_id(dataset.plan, unit))
        emit(chase_list(rep, lang.value, owed=owed))
    else:
        emit(format_reporting(rep, fmt, lang.value, color=color), color=color)
    if fail_on_missing and rep.missing:
        raise typer.Exit(EXIT_FAIL_ON)
