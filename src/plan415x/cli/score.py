"""年考评, the annual score of each responsible unit: score.

When a year can be scored, and the date taken as today: ``cli/bodies/scored.py``.
"""

from typing import Annotated

import typer

from plan415x.cli.shared import DEFAULT_DATA, DataOpt, LangOpt, ReportFormatOpt, app
from plan415x.options import CheckFormat, Lang

YearArg = Annotated[str, typer.Argument(help="The year scored, e.g. 2023.", show_default=False)]
ProvisionalOpt = Annotated[
    bool,
    typer.Option(
        "--provisional",
        help="Score a year not over, or one whose year-end figures are not in, as a provisional"
        " score of the data so far (labelled as such in every output).",
    ),
]


@app.command()
def score(
    year: YearArg,
    data: DataOpt = DEFAULT_DATA,
    fmt: ReportFormatOpt = CheckFormat.table,
    lang: LangOpt = Lang.zh,
    unit: Annotated[
        str | None, typer.Option(help="Only this responsible unit (id or name), ranked among all.")
    ] = None,
    provisional: ProvisionalOpt = False,
) -> None:
    """年考评: each unit's score for YEAR and its rank, with a breakdown per target and per rule
    that adds up to the total (rules: the data folder's scoring.yaml). A year not over, or whose
    year-end figures are not in, only with --provisional."""
    from plan415x.cli.bodies.score import run

    run(year=year, data=data, fmt=fmt, lang=lang, unit=unit, provisional=provisional)
