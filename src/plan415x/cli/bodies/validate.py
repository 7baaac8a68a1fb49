"""The body of ``validate``: the plan, its actual figures and scoring.yaml, with located
problems and plausibility warnings."""

import sys
from pathlib import Path

import typer

from plan415x.cli.bodies.common import in_language, language, require_plan, usage_error
from plan415x.cli.shared import EXIT_INVALID, color_wanted, default_problem_format, echo, emit
from plan415x.loading import load_dataset, problems_of_files
from plan415x.options import Lang, ProblemFormat
from plan415x.plausibility import findings, located
from plan415x.problems import Problem, said
from plan415x.reports.problems import format_problems
from plan415x.scoring import problems_of, scoring_path


def run(
    *, paths: list[Path] | None, data: Path, fmt: ProblemFormat | None, strict: bool, lang: Lang | None
) -> None:
    require_plan(data)
    for p in paths or ():
        if not p.is_file():
            usage_error(said("cli-no-such-file", path=str(p)))
        if data.resolve() not in p.resolve().parents:
            usage_error(said("cli-validate-outside", path=str(p), data=str(data)))
    # The whole folder is always loaded: a file's problems may come from another (a renamed
    # target, a year-to-date figure above a later one). Naming files narrows what is shown.
    dataset, problems = load_dataset(data, lean=True)
    # The scoring rules (年考评) are data too, checked against the plan they name.
    if dataset is not None and scoring_path(data).exists():
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
