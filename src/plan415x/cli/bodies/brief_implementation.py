"""The body of ``brief --form implementation``: a year's 量化指标任务落实情况, printed, or
written as .md, .docx or .pdf by the 通报's renderers (python-docx and fpdf2 imported by them
only when such a file is made).

Only a whole year: 是否完成 is known at the year's end. Within the year (2024Q2) the table would
have to guess 完成 or 未完成, or judge against 序时进度, which is what the 通报 (``brief
2024Q2 -o FILE``) and ``check`` already do, in their own words (达进度, 滞后): a usage error,
exit 2, says so and names both.
"""

from pathlib import Path

from plan415x.cli.bodies.common import load_or_exit, parse_period, tell, usage_error
from plan415x.cli.bodies.output import check_output, write_or_exit
from plan415x.cli.bodies.pdf import fonts_or_exit
from plan415x.cli.shared import color_wanted, echo, emit, terminal_width
from plan415x.engine import Engine
from plan415x.options import BriefFormat, Lang, of_suffix
from plan415x.problems import said
from plan415x.reports.brief_formats import render
from plan415x.reports.implementation import build, to_text
from plan415x.views.implementation import implementation_view


def run(*, period: str, output: Path | None, data: Path, lang: Lang, force: bool, as_published: bool) -> None:
    if as_published:
        usage_error(said("cli-brief-form-published"))
    fmt: BriefFormat | None = None
    if output is not None:
        fmt = of_suffix(output.suffix, BriefFormat)
        if fmt is None:
            usage_error(said("cli-brief-suffix", path=str(output)))
    fonts = fonts_or_exit() if fmt is BriefFormat.pdf else None  # no font: said before any work
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    if str(when) != str(when.year):
        usage_error(said("cli-brief-form-year", period=str(when), year=str(when.year)))
    if output is not None:
        check_output(output, data, force=force, suffixes=None, what="draft")
    engine = Engine(dataset)
    view = implementation_view(engine, engine.report(when, changes=False))
    doc = build(view, lang.value)
    if output is None or fmt is None:
        emit(to_text(doc, color=color_wanted(), fit=terminal_width()), color=color_wanted())
        return
    write_or_exit(output, render(doc, fmt, lang.value, fonts), force=force)
    tell(said("cli-wrote-implementation", path=str(output), rows=str(len(view.rows))))
    if doc.banner:
        echo(doc.banner, err=True)
