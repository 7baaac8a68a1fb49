"""The gap workbook of a period: export. openpyxl is imported by its body only (bodies/export.py).

Exit codes as everywhere (README.md); writing a file follows cli/bodies/output.py: 2 for an output that
exists or lies in the data folder, 4 for one that cannot be written.
"""

from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.files import ForceOpt, OutputOpt
from plan415x.cli.shared import DEFAULT_DATA, DataOpt, LangOpt, PeriodArg, app
from plan415x.options import Lang


@app.command()
def export(
    period: PeriodArg,
    output: OutputOpt = None,
    data: DataOpt = DEFAULT_DATA,
    lang: LangOpt = Lang.zh,
    by_unit: Annotated[
        bool, typer.Option("--by-unit", help="Add one sheet per lead unit with only its targets.")
    ] = False,
    split: Annotated[
        Path | None,
        typer.Option(
            "--split", help="Also write one workbook per lead unit into this folder.", show_default=False
        ),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """The gap report of PERIOD as an Excel workbook (总览, 明细, 趋势, 报送情况, 催报清单, 责任单位, and for a
    year with a scoring.yaml 年度考评, 说明), or with -o FILE.html as one self-contained web page
    (no network, no script) to send to a phone, or with -o FILE.pdf as that page in a phone-wide PDF."""
    if output is not None and output.suffix.lower() in (".html", ".htm", ".pdf"):
        from plan415x.cli.bodies.export_html import run as page

        page(period=period, output=output, data=data, lang=lang, by_unit=by_unit, split=split, force=force)
        return
    from plan415x.cli.bodies.export import run

    run(period=period, output=output, data=data, lang=lang, by_unit=by_unit, split=split, force=force)
