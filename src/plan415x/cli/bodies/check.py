"""The body of ``check``: the gap report of a period.

On a cached ``check``'s path (tests/test_startup.py): what it imports is light and imported at
the top, ``cli.bodies.output`` for ``-o`` too (3 ms, the standard library's). ``--as-published``
prints a record with rank's columns, which a check need not import: its body is
``check_published``.
"""

from pathlib import Path

import typer

from plan415x.cli.bodies import output as out
from plan415x.cli.bodies.common import load_or_exit, parse_period, published_records, tell, usage_error
from plan415x.cli.shared import EXIT_FAIL_ON, color_wanted, emit, terminal_width
from plan415x.engine import Engine
from plan415x.loading import PUBLISHED_DIR
from plan415x.options import CheckFormat, FailOn, Lang
from plan415x.problems import Said, said
from plan415x.reports.gap_formats import format_report
from plan415x.reports.summary import sort_report
from plan415x.views.filters import narrow, resolve_filter_words
from plan415x.views.history import red_streaks
from plan415x.views.published import Correction, check_corrections

BOM = "\ufeff"
"""Excel on Chinese Windows reads a CSV file as GBK unless it starts with the UTF-8 BOM."""


def run(
    *,
    period: str,
    data: Path,
    fmt: CheckFormat,
    lang: Lang,
    unit: str | None,
    action: str | None,
    status: list[str] | None,
    light: list[str] | None,
    sort: str,
    output: Path | None,
    force: bool,
    fail_on: FailOn,
) -> None:
    """``sort``: the value of ``check --sort`` (plan, light, gap, unit)."""
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    if output is not None:
        out.check_output(output, data, force=force, suffixes=None, what="report")
    engine = Engine(dataset)
    whole = engine.report(when)
    unit, status, light = resolve_filter_words(whole, unit=unit, statuses=status, lights=light)
    report = narrow(whole, unit=unit, action=action, statuses=status, lights=light)
    if isinstance(report, Said):
        usage_error(report)
    report = sort_report(report, sort)
    streaks = red_streaks(engine, report)
    corrections: tuple[Correction, ...] = ()
    if (dataset.root / PUBLISHED_DIR).is_dir():  # a period published: read only then (start-up)
        with published_records():
            corrections = check_corrections(engine, whole)
    to_file = output is not None
    color = not to_file and color_wanted()
    text = format_report(
        report,
        fmt,
        lang.value,
        color=color,
        fit=None if to_file else terminal_width(),
        streaks=streaks,
        grouped=sort == "plan",
        corrections=corrections,
    )
    if output is not None:
        body = (BOM + text) if fmt is CheckFormat.csv else text
        out.write_or_exit(output, body.encode("utf-8"), force=force)
        tell(said("cli-wrote-report", path=str(output), targets=str(len(report.results))), err=True)
    else:
        emit(text, color=color)
    failing = {FailOn.never: set(), FailOn.yellow: {"yellow", "red"}, FailOn.red: {"red"}}[fail_on]
    if any(r.light.value in failing for r in report.results):
        raise typer.Exit(EXIT_FAIL_ON)
