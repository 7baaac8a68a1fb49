"""The body of ``reporting``: 报送情况, the chase list (催报清单), and with ``-o DIR`` one 催报
notice per unit (``reports.notices``), as .docx and .md."""

import datetime as dt
from pathlib import Path

import typer

from plan415x.cli.bodies.common import load_or_exit, parse_period, tell, today, unit_id, usage_error
from plan415x.cli.bodies.output import check_folder, write_folder
from plan415x.cli.shared import EXIT_FAIL_ON, color_wanted, echo, emit
from plan415x.fsutil import fitted_name
from plan415x.i18n import say
from plan415x.options import CheckFormat, Lang
from plan415x.problems import said
from plan415x.reports.brief import to_markdown
from plan415x.reports.brief_docx import to_docx
from plan415x.reports.notices import notices
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
    output: Path | None = None,
    by: str | None = None,
    force: bool = False,
) -> None:
    if (output is not None or by is not None) and not missing:
        usage_error(said("cli-reporting-missing"))
    if by is not None and output is None:
        usage_error(said("cli-reporting-by"))
    # Its problems follow --lang, else the plan's language, else English: as validate's do.
    dataset = load_or_exit(data, lang)
    when = parse_period(period, dataset)
    rep = build(dataset, when, unit=unit_id(dataset.plan, unit))
    # 报送情况 is sent to the units: Chinese unless the plan or --lang says otherwise.
    lang = lang or (Lang.en if dataset.plan.plan.language == "en" else Lang.zh)
    color = color_wanted()
    if rep.unknown_years:
        # A due date in a year the official calendar does not know moved past weekends only:
        # said on stderr whatever the format, never passed over.
        years = ("、" if lang is Lang.zh else ", ").join(str(y) for y in rep.unknown_years)
        echo(say(said("collect-calendar-unknown", years=years), lang.value), err=True)
    if missing:
        owed = owed_explanations(dataset, when, unit=unit_id(dataset.plan, unit))
        if output is not None:
            made = notices(
                rep,
                owed,
                dataset.plan.plan,
                dataset.plan.publishing,
                today=today(),
                by=_date(by),
                illustrative=dataset.illustrative,
                contact=dataset.plan.reporting.contact,
            )
            files: list[tuple[str, bytes]] = []
            for to, brief in made:
                stem = fitted_name(f"催报-{when}-{to.unit}", to.name_zh, "")
                files += [(f"{stem}.docx", to_docx(brief, "zh")), (f"{stem}.md", to_markdown(brief).encode())]
            check_folder(output, [name for name, _ in files], data, force=force, option="-o")
            if files:
                write_folder(output, files, force=force, what="notice")
            for name, _ in files[::2]:
                tell(said("cli-wrote-and-md", path=str(output / name)))
            if not files:
                tell(said("cli-reporting-none-owed", period=str(when)))
        else:
            emit(chase_list(rep, lang.value, owed=owed))
    else:
        emit(format_reporting(rep, fmt, lang.value, color=color), color=color)
    if fail_on_missing and rep.missing:
        raise typer.Exit(EXIT_FAIL_ON)


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        usage_error(said("cli-by-not-date", text=repr(text)))
