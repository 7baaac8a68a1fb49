"""Commands on the data files themselves: validate, targets, schema."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from plan415x.cli.shared import (
    DEFAULT_DATA,
    EXIT_INVALID,
    DataOpt,
    LangOpt,
    PlanLangOpt,
    app,
    color_wanted,
    default_problem_format,
    echo,
    emit,
    in_language,
    language,
    usage_error,
)
from plan415x.options import Lang, ListFormat, ProblemFormat, SchemaName

if TYPE_CHECKING:
    from plan415x.problems import Problem


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Show only the problems of these files of the data folder (as pre-commit passes"
            " them); naming targets.yaml shows all.",
            show_default=False,
        ),
    ] = None,
    data: DataOpt = DEFAULT_DATA,
    fmt: Annotated[
        ProblemFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="text, parsable, json, github or sarif. Default: text; github under GitHub Actions.",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Plausibility warnings are errors (exit 1).")
    ] = False,
    lang: PlanLangOpt = None,
) -> None:
    """Validate the plan and its actual figures; exit 1 with located problems if any.

    Plausibility warnings (figures valid but hard to believe) are printed after a successful
    load, located like problems: on stderr (in the document itself for json, sarif and github),
    counted in the summary line, exit 0; --strict makes them errors."""
    from plan415x.loading import load_dataset, problems_of_files
    from plan415x.plausibility import findings, located
    from plan415x.reports.problems import format_problems

    _require_plan(data)
    for p in paths or ():
        if not p.is_file():
            usage_error(f"no such file: {p}")
        if data.resolve() not in p.resolve().parents:
            usage_error(f"{p} is not in the data folder {data}/: a file is validated with its plan")
    # The whole folder is always loaded: a file's problems may come from another (a renamed
    # target, a year-to-date figure above a later one). Naming files narrows what is shown.
    dataset, problems = load_dataset(data, lean=True)
    if dataset is not None:
        # The scoring rules (年考评) are data too, checked against the plan they name.
        from plan415x.scoring import problems_of, scoring_path

        if scoring_path(data).exists():
            problems = [*problems, *problems_of(scoring_path(data), dataset)]
    chosen = language(lang, data, dataset)
    warnings: list[Problem] = []
    if dataset is not None and not problems:
        warnings = located(dataset, findings(dataset), lang=chosen.value, strict=strict)
        if strict:
            problems, warnings = warnings, []
    problems = problems_of_files(problems, paths) if paths else problems
    warnings = problems_of_files(warnings, paths) if paths else warnings
    shown = fmt or default_problem_format()
    problems = in_language(problems, chosen)
    if problems:
        color = color_wanted()
        emit(format_problems(problems, shown, color=color, lang=chosen.value), color=color)
        raise typer.Exit(EXIT_INVALID)
    if dataset is None:  # problems only in files that were not named
        return
    assert dataset is not None
    if shown in (ProblemFormat.json, ProblemFormat.sarif, ProblemFormat.github):
        # The warnings belong in the document the tool reads (an empty list, an empty SARIF
        # run: code scanning then closes the alerts fixed).
        if warnings or shown is not ProblemFormat.github:
            emit(format_problems(warnings, shown))
        return
    if warnings:
        color = color_wanted(sys.stderr)
        emit(format_problems(warnings, shown, color=color, lang=chosen.value), color=color, err=True)
    if shown is ProblemFormat.text:
        records = sum(len(a.file.records) for a in dataset.actuals)
        count = len(warnings)
        if chosen is Lang.zh:
            line = f"有效:{len(dataset.targets)} 项指标,{len(dataset.actuals)} 个实绩文件,{records} 条记录"
            line += f"({count} 条警示)" if count else ""
        else:
            line = f"valid: {len(dataset.targets)} targets, {len(dataset.actuals)} actuals files, {records} records"
            line += f" ({count} warning{'s' * (count != 1)})" if count else ""
        echo(line)


def _require_plan(data: Path) -> None:
    """The data folder must hold a plan; a folder without one gets told how to start one."""
    if not (data / "targets.yaml").is_file():
        usage_error(
            f"no targets.yaml in {data}/: give the data folder with --data DIR, or start a new plan"
            f" with: plan415x init {data} (docs/new-plan.md)"
        )


@app.command()
def targets(
    data: DataOpt = DEFAULT_DATA,
    action: Annotated[str | None, typer.Option(help="Only this action id.")] = None,
    kind: Annotated[str | None, typer.Option(help="Only this kind, e.g. annual.")] = None,
    unit: Annotated[
        str | None, typer.Option(help="Only targets this responsible unit (its id or name) shares.")
    ] = None,
    no_owner: Annotated[
        bool, typer.Option("--no-owner", help="Only targets that name no responsible unit of their own.")
    ] = False,
    lang: LangOpt = Lang.zh,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table, json or csv.")] = ListFormat.table,
) -> None:
    """List the plan's targets, so an analyst can see what the plan holds (reads only the plan)."""
    from plan415x.checks import check_plan
    from plan415x.loading import PLAN_FILE, load_plan
    from plan415x.reports import listing
    from plan415x.reports.problems import format_problems

    _require_plan(data)
    doc, plan, problems = load_plan(data / PLAN_FILE)
    if plan is not None and doc is not None:
        problems = check_plan(plan, doc)
    if problems or plan is None:
        color = color_wanted(sys.stderr)
        emit(format_problems(problems, default_problem_format(), color=color), color=color, err=True)
        raise typer.Exit(EXIT_INVALID)
    from plan415x.cli.reporting import unit_id

    if unit is not None and not plan.responsible_units:
        usage_error(f"unknown unit {unit!r}; targets.yaml lists no responsible_units")

    chosen = listing.select(plan, action=action, kind=kind, unit=unit_id(plan, unit), no_owner=no_owner)
    if isinstance(chosen, str):
        usage_error(chosen)
    color = color_wanted()
    emit(listing.render(chosen, fmt, lang=lang.value, color=color), color=color)


@app.command()
def schema(which: Annotated[SchemaName, typer.Argument(help="targets, actuals or scoring.")]) -> None:
    """Print the JSON Schema of targets.yaml, of an actuals file or of scoring.yaml (for editors)."""
    from plan415x.schemas import schema_json

    emit(schema_json(which.value))
