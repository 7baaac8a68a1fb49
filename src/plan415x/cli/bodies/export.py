"""The body of ``export`` to a workbook: the gap workbook of a period, and one per lead unit with
``--split``. openpyxl comes with ``plan415x.excel.export``, imported by this body only (the HTML
page is ``export_html``'s, without it)."""

from pathlib import Path

import typer

from plan415x.cli.bodies.common import load_or_exit, parse_period, published_records
from plan415x.cli.bodies.output import check_output, inside, write_or_exit
from plan415x.cli.shared import EXIT_OUTPUT, echo, usage_error
from plan415x.engine import Engine
from plan415x.excel import export as xe
from plan415x.fsutil import OutputExistsError, special_kind, write_set
from plan415x.options import Lang
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.scoring import scoring_path
from plan415x.views.workbook import workbook_view


def run(
    *,
    period: str,
    output: Path | None,
    data: Path,
    lang: Lang,
    by_unit: bool,
    split: Path | None,
    force: bool,
) -> None:
    if output is None and split is None:
        usage_error("give the workbook to write with -o FILE.xlsx (or a folder with --split DIR)")
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    if output is not None:
        check_output(output, data, force=force)
    score = None
    if _is_year(period) and _scoring_file(data) is not None:
        # 年度考评: the year's score, as `plan415x score YEAR` gives it (a bad scoring.yaml:
        # located problems, exit 1, nothing written). A year not over or whose year-end figures
        # are not in gets the provisional score, labelled in the sheet: the workbook of the
        # year is still wanted, and the sheet says why its score is not final (nothing to score
        # yet: no sheet, and stderr says why).
        from plan415x.cli.bodies.scored import score_of_year  # scoring's model is pydantic

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
        # Every name is checked before anything is written (names are cut to fit, xe.split_name).
        for part in xe.by_lead_unit(report, lang.value):
            path = split / xe.split_name(report, part)
            if path.is_dir() or special_kind(path) is not None:
                usage_error(f"{path} is not a regular file; it is never replaced")
            if (path.exists() or path.is_symlink()) and not force:
                usage_error(f"{path} already exists; give --force to replace it")
            jobs.append((path, part))
    with published_records():
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
        echo(ILLUSTRATIVE[lang.value], err=True)


def _write_set(folder: Path, files: list[tuple[str, bytes]], *, force: bool) -> None:
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
    path = scoring_path(data)
    return path if path.exists() or path.is_symlink() else None
