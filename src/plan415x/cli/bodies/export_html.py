"""The body of ``export`` to the page (-o FILE.html, or FILE.pdf): one self-contained page for a
phone, as HTML or as a phone-wide PDF of the same view (fpdf2 is imported by ``reports.pdf``
only when a PDF is written)."""

from pathlib import Path
from typing import assert_never

from plan415x.cli.bodies.common import load_or_exit, parse_period, published_records, tell, usage_error
from plan415x.cli.bodies.output import check_output, write_or_exit
from plan415x.cli.bodies.pdf import fonts_or_exit
from plan415x.cli.shared import echo
from plan415x.engine import Engine
from plan415x.options import Lang, PageFormat, of_suffix
from plan415x.problems import said
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.reports.html import to_html
from plan415x.reports.page_pdf import page_document
from plan415x.reports.pdf import PHONE, render
from plan415x.views.period import period_view

SPARK_PERIODS = 6
"""The HTML report's sparklines show the latest six periods with a file: a small trend, and a
page of 10,000 targets stays within twice the time of check."""


def run(
    *, period: str, output: Path, data: Path, lang: Lang, by_unit: bool, split: Path | None, force: bool
) -> None:
    fmt = of_suffix(output.suffix, PageFormat)
    if fmt is None:
        usage_error(said("cli-page-suffix", path=str(output)))
    fonts = fonts_or_exit() if fmt is PageFormat.pdf else None  # no font: said before any work
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    if split is not None or by_unit:
        usage_error(said("cli-page-one"))
    check_output(output, data, force=force, suffixes=None, what="page")
    engine = Engine(dataset)
    report = engine.report(when)
    with published_records():
        view = period_view(engine, report, history=SPARK_PERIODS)
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case PageFormat.html:
            body = to_html(view, lang.value).encode("utf-8")
        case PageFormat.pdf:
            assert fonts is not None
            body = render(page_document(view, lang.value), lang.value, fonts, PHONE)
        case _:
            assert_never(fmt)
    write_or_exit(output, body, force=force)
    tell(said("cli-wrote-page", path=str(output), targets=str(len(report.results))))
    if report.illustrative:
        echo(ILLUSTRATIVE[lang.value], err=True)
