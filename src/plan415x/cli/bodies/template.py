"""The body of ``template``: a data-entry workbook per supplying unit (openpyxl comes with
``plan415x.excel.template``)."""

from pathlib import Path

from plan415x.cli.bodies.common import load_or_exit, parse_period, published_records, unit_id
from plan415x.cli.bodies.output import check_output, write_or_exit
from plan415x.cli.shared import echo, usage_error
from plan415x.excel import template as xt
from plan415x.excel.template_notes import words_line


def run(*, period: str, output: Path | None, data: Path, unit: str | None, force: bool) -> None:
    if output is None:
        usage_error("give the workbook to write with -o FILE.xlsx")
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    check_output(output, data, force=force)
    unit = unit_id(dataset.plan, unit)
    with published_records():  # which rows ask for the words: a spoilt record is said
        made = xt.build(dataset, when, unit=unit)
    if not made.rows:
        usage_error(f"no target is due in {when}" + (f" supplied by {unit!r}" if unit else ""))
    write_or_exit(output, made.to_bytes(), force=force)
    echo(f"wrote {output}: {made.rows} rows to fill in on {len(made.sheets)} sheet(s) for {when}")
    echo(words_line(made))
    if dataset.plan.reporting.contact is None:  # the analyst's to add, never the template's to guess
        echo("no reporting.contact in the plan: the template names no one to call (联系人/电话)")
