"""The body of ``export`` to an HTML page (-o FILE.html): one self-contained page for a phone."""

from pathlib import Path

from plan415x.cli.bodies.common import load_or_exit, parse_period, published_records
from plan415x.cli.bodies.output import check_output, write_or_exit
from plan415x.cli.shared import echo, usage_error
from plan415x.engine import Engine
from plan415x.options import Lang
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.reports.html import to_html
from plan415x.views.period import period_view

SPARK_PERIODS = 6
"""The HTML report's sparklines show the latest six periods with a file: a small trend, and a
page of 10,000 targets stays within twice the time of check."""


def run(
    *, period: str, output: Path, data: Path, lang: Lang, by_unit: bool, split: Path | None, force: bool
) -> None:
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    if split is not None or by_unit:
        usage_error("--split and --by-unit are for workbooks; the HTML report is one page")
    check_output(output, data, force=force, suffixes=None, what="page")
    engine = Engine(dataset)
    report = engine.report(when)
    with published_records():
        view = period_view(engine, report, history=SPARK_PERIODS)
    page = to_html(view, lang.value)
    write_or_exit(output, page.encode("utf-8"), force=force)
    echo(f"wrote {output}: {len(report.results)} targets, one page")
    if report.illustrative:
        echo(ILLUSTRATIVE[lang.value], err=True)
