"""The 通报 draft of a period: brief. python-docx is imported only when a .docx is written.

Exit codes as everywhere: 0 written · 1 invalid data · 2 usage (a bad period, an output that is
not .md, .docx or .pdf, exists without --force, or lies inside the data folder; no -o for the
通报; --form implementation of a period that is not a whole year) · 4 not written
(or, for a PDF, no Chinese font found: reports/pdf_fonts.py).
"""

from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.files import ForceOpt
from plan415x.cli.shared import DEFAULT_DATA, DataOpt, LangOpt, PeriodArg, app
from plan415x.options import BriefForm, Lang

BriefOutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="The draft to write: FILE.md, FILE.docx or FILE.pdf (--form implementation without it:"
        " printed).",
        show_default=False,
    ),
]


@app.command()
def brief(
    period: PeriodArg,
    output: BriefOutputOpt = None,
    data: DataOpt = DEFAULT_DATA,
    lang: LangOpt = Lang.zh,
    force: ForceOpt = False,
    as_published: Annotated[
        bool,
        typer.Option(
            "--as-published",
            help="The 通报 as published (plan415x publish): from the published record, not the data now.",
        ),
    ] = False,
    form: Annotated[
        BriefForm,
        typer.Option(
            "--form",
            help="progress: the 通报 of PERIOD's progress; implementation: a year's 量化指标任务落实情况"
            " (指标, 目标, 完成情况, 是否完成 and a one-line summary), of a whole year only.",
        ),
    ] = BriefForm.progress,
) -> None:
    """The 通报 draft for PERIOD (.md, .docx or .pdf): 总体情况, 主要进展, 存在问题 (reds with owners and
    red streaks), 单位排名, 报送情况 (as plan415x reporting), for a year with a scoring.yaml 年度考评
    (as plan415x score), 下步要求 (left for you to write). Every number is one of theirs. With
    --as-published: the 通报 of the published record, what it does not hold said and left out.
    With --form implementation: the year's 量化指标任务落实情况 table (printed without -o)."""
    from plan415x.cli.bodies.brief import run

    run(period=period, output=output, data=data, lang=lang, force=force, as_published=as_published, form=form)
