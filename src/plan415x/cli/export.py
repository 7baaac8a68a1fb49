"""The gap workbook of a period: export. openpyxl is imported inside the command only.

Exit codes as everywhere (README.md); writing a file follows cli/files.py: 2 for an output that
exists or lies in the data folder, 4 for one that cannot be written.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from plan415x.cli.files import ForceOpt, OutputOpt, check_output, inside, write_or_exit
from plan415x.cli.shared import (
    DEFAULT_DATA,
    EXIT_OUTPUT,
    DataOpt,
    LangOpt,
    PeriodArg,
    app,
    echo,
    load_or_exit,
    parse_period,
    usage_error,
)
from plan415x.options import Lang

if TYPE_CHECKING:
    from plan415x.loading import Dataset
    from plan415x.periods import Period


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
    """The gap report of PERIOD as an Excel workbook (总览, 明细, 趋势, 报送情况, 责任单位, and for a
    year with a scoring.yaml 年度考评, 说明), or with -o FILE.html as one self-contained web page
    (no network, no script) to send to a phone."""
    if output is None and split is None:
        usage_error("give the workbook to write with -o FILE.xlsx (or a folder with --split DIR)")
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    if output is not None and output.suffix.lower() in (".html", ".htm"):
        if split is not None or by_unit:
            usage_error("--split and --by-unit are for workbooks; the HTML report is one page")
        _export_html(dataset, when, output, data, lang, force=force)
        return
    if output is not None:
        check_output(output, data, force=force)
    from plan415x.engine import Engine
    from plan415x.excel import export as xe
    from plan415x.views.workbook import workbook_view

    score = None
    if _is_year(period) and _scoring_file(data) is not None:
        # 年度考评: the year's score, as `plan415x score YEAR` gives it (a bad scoring.yaml:
        # located problems, exit 1, nothing written). A year not over or whose year-end figures
        # are not in gets the provisional score, labelled in the sheet: the workbook of the
        # year is still wanted, and the sheet says why its score is not final (nothing to score
        # yet: no sheet, and stderr says why).
        from plan415x.cli.score import score_of_year

        engine, score = score_of_year(data, period)
        dataset = engine.dataset
    else:
        engine = Engine(dataset)
    report = engine.report(when)
    jobs: list[tuple[Path, xe.Sheet]] = []
    if split is not None:
        if split.exists() and not split.is_dir():
            usage_error(f"--split {split}: not a folder")
        if inside(split, data):
            usage_error(f"--split {split} is inside the data folder {data}/; write workbooks somewhere else")
        if not split.parent.is_dir():
            usage_error(f"--split {split}: no such folder {split.parent}/")
        from plan415x.fsutil import special_kind

        # Every name is checked before anything is written (names are cut to fit, xe.split_name).
        for part in xe.by_lead_unit(report, lang.value):
            path = split / xe.split_name(report, part)
            if path.is_dir() or special_kind(path) is not None:
                usage_error(f"{path} is not a regular file; it is never replaced")
            if (path.exists() or path.is_symlink()) and not force:
                usage_error(f"{path} already exists; give --force to replace it")
            jobs.append((path, part))
    view = workbook_view(engine, report, score=score)
    if output is not None:
        wb = xe.build(view, lang.value, by_unit=by_unit)
        write_or_exit(output, xe.to_bytes(wb), force=force)
        echo(f"wrote {output}: {len(report.results)} targets, {', '.join(wb.sheetnames)}")
    if split is not None:
        # The whole set or nothing: every workbook is made, then all are written at once.
        made = [(path.name, xe.to_bytes(xe.build(view.part(part.report), lang.value))) for path, part in jobs]
        _write_set(split, made, force=force)
        for path, part in jobs:
            echo(f"wrote {path}: {len(part.report.results)} targets of {part.name}")
    if report.illustrative:
        from plan415x.reports.gap import ILLUSTRATIVE

        echo(ILLUSTRATIVE[lang.value], err=True)


def _write_set(folder: Path, files: list[tuple[str, bytes]], *, force: bool) -> None:
    from plan415x.fsutil import OutputExistsError, write_set

    try:
        write_set(folder, files, force=force)
    except OutputExistsError as error:
        usage_error(f"{error.path} already exists; give --force to replace it (no workbook was written)")
    except OSError as error:
        echo(
            f"plan415x: error: cannot write {folder}/: {error.strerror or error} (no workbook was written)",
            err=True,
        )
        raise typer.Exit(EXIT_OUTPUT) from None


def _is_year(period: str) -> bool:
    text = period.strip()
    return len(text) == 4 and text.isdigit()


def _scoring_file(data: Path) -> Path | None:
    """The data folder's scoring.yaml, when there is one (a dangling link too: scoring says why)."""
    from plan415x.scoring import scoring_path

    path = scoring_path(data)
    return path if path.exists() or path.is_symlink() else None


SPARK_PERIODS = 6
"""The HTML report's sparklines show the latest six periods with a file: a small trend, and a
page of 10,000 targets stays within twice the time of check."""


def _export_html(
    dataset: "Dataset", when: "Period", output: Path, data: Path, lang: Lang, *, force: bool
) -> None:
    check_output(output, data, force=force, suffixes=None, what="page")
    from plan415x.engine import Engine
    from plan415x.reports.html import to_html
    from plan415x.views.period import period_view

    engine = Engine(dataset)
    report = engine.report(when)
    page = to_html(period_view(engine, report, history=SPARK_PERIODS), lang.value)
    write_or_exit(output, page.encode("utf-8"), force=force)
    echo(f"wrote {output}: {len(report.results)} targets, one page")
    if report.illustrative:
        from plan415x.reports.gap import ILLUSTRATIVE

        echo(ILLUSTRATIVE[lang.value], err=True)
