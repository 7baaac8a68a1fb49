"""月监测, the collection side: reporting (报送情况 and the chase list, 催报清单).

Exit codes: 0 done, whatever the reporting rate · 1 invalid data · 2 usage · 3 ``--fail-on-missing``
and a figure due is missing (so a scheduled job can alert).
"""

from typing import TYPE_CHECKING, Annotated

import typer

from plan415x.cli.shared import (
    DEFAULT_DATA,
    EXIT_FAIL_ON,
    DataOpt,
    PeriodArg,
    ReportFormatOpt,
    app,
    color_wanted,
    emit,
    load_or_exit,
    parse_period,
    usage_error,
)
from plan415x.options import CheckFormat, Lang

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


UnitOpt = Annotated[
    str | None,
    typer.Option("--unit", "-u", help="Only this unit (its id or its name).", show_default=False),
]


@app.command()
def reporting(
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
    fmt: ReportFormatOpt = CheckFormat.table,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang", "-l", help="zh or en (default: the plan's language, else zh).", show_default=False
        ),
    ] = None,
    unit: UnitOpt = None,
    missing: Annotated[
        bool, typer.Option("--missing", help="Print the chase list (催报清单) of the figures missing.")
    ] = False,
    fail_on_missing: Annotated[
        bool, typer.Option("--fail-on-missing", help="Exit 3 when any figure due is missing.")
    ] = False,
) -> None:
    """报送情况: per unit, the figures due for PERIOD, received (on time or late) and missing."""
    from plan415x.reports.reporting import chase_list, format_reporting
    from plan415x.views.reporting import reporting as build

    # Its problems follow --lang, else the plan's language, else English: as validate's do.
    dataset = load_or_exit(data, lang)
    when = parse_period(period, dataset)
    rep = build(dataset, when, unit=unit_id(dataset.plan, unit))
    # 报送情况 is sent to the units: Chinese unless the plan or --lang says otherwise.
    lang = lang or (Lang.en if dataset.plan.plan.language == "en" else Lang.zh)
    color = color_wanted()
    if missing:
        emit(chase_list(rep, lang.value))
    else:
        emit(format_reporting(rep, fmt, lang.value, color=color), color=color)
    if fail_on_missing and rep.missing:
        raise typer.Exit(EXIT_FAIL_ON)
