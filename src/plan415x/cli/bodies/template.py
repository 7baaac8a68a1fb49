"""The body of ``template``: a data-entry workbook per supplying unit (openpyxl comes with
``plan415x.excel.template``)."""

from pathlib import Path

from plan415x.cli.bodies.common import (
    load_or_exit,
    parse_period,
    published_records,
    tell,
    unit_id,
    usage_error,
)
from plan415x.cli.bodies.output import check_output, write_or_exit
from plan415x.cli.shared import echo
from plan415x.excel import template as xt
from plan415x.excel.template_notes import words_line
from plan415x.problems import said


def run(*, period: str, output: Path | None, data: Path, unit: str | None, force: bool) -> None:
    if output is None:
        usage_error(said("cli-template-no-output"))
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    check_output(output, data, force=force)
    unit = unit_id(dataset.plan, unit)
    with published_records():  # which rows ask for the words: a spoilt record is said
        made = xt.build(dataset, when, unit=unit)
    if not made.rows:
        if unit:
            usage_error(said("cli-template-none-due-of", period=str(when), unit=repr(unit)))
        usage_error(said("cli-template-none-due", period=str(when)))
    write_or_exit(output, made.to_bytes(), force=force)
    tell(
        said(
            "cli-wrote-template",
            path=str(output),
            rows=str(made.rows),
            sheets=str(len(made.sheets)),
            period=str(when),
        )
    )
    echo(words_line(made))
    if dataset.plan.reporting.contact is None:  # the analyst's to add, never the template's to guess
        tell(said("cli-template-no-contact"))
