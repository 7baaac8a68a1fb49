"""The body of ``export`` to a workbook: the gap workbook of a period, and one per lead unit with
``--split``. openpyxl comes with ``plan415x.excel.export``, imported by this body only (the HTML
page is ``export_html``'s, without it)."""

from pathlib import Path

from plan415x.cli.bodies.common import load_or_exit, parse_period, published_records, tell, usage_error
from plan415x.cli.bodies.output import check_folder, check_output, write_folder, write_or_exit
from plan415x.cli.shared import echo
from plan415x.engine import Engine
from plan415x.excel import export as xe
from plan415x.options import Lang
from plan415x.problems import said
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
        usage_error(said("cli-export-no-output"))
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
        # Every name is checked before anything is written (names are cut to fit, xe.split_name).
        jobs = [(split / xe.split_name(report, part), part) for part in xe.by_lead_unit(report, lang.value)]
        check_folder(split, [path.name for path, _ in jobs], data, force=force, option="--split")
    with published_records():
        view = workbook_view(engine, report, score=score)
    if output is not None:
        wb = xe.build(view, lang.value, by_unit=by_unit)
        write_or_exit(output, xe.to_bytes(wb), force=force)
        tell(
            said(
                "cli-wrote-workbook",
                path=str(output),
                targets=str(len(report.results)),
                sheets=", ".join(wb.sheetnames),
            )
        )
    if split is not None:
        # The whole set or nothing: every workbook is made, then all are written at once.
        made = [(path.name, xe.to_bytes(xe.build(view.part(part.report), lang.value))) for path, part in jobs]
        write_folder(split, made, force=force, what="workbook")
        for path, part in jobs:
            tell(
                said("cli-wrote-part", path=str(path), targets=str(len(part.report.results)), unit=part.name)
            )
    if report.illustrative:
        echo(ILLUSTRATIVE[lang.value], err=True)


def _is_year(period: str) -> bool:
    text = period.strip()
    return len(text) == 4 and text.isdigit()


def _scoring_file(data: Path) -> Path | None:
    """The data folder's scoring.yaml, when there is one (a dangling link too: scoring says why)."""
    path = scoring_path(data)
    return path if path.exists() or path.is_symlink() else None
