"""年考评, the annual score of each responsible unit: score."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from plan415x.cli.shared import (
    DEFAULT_DATA,
    EXIT_INVALID,
    DataOpt,
    LangOpt,
    ReportFormatOpt,
    app,
    color_wanted,
    emit,
    language,
    load_or_exit,
    show_problems,
    usage_error,
)
from plan415x.options import CheckFormat, Lang

if TYPE_CHECKING:
    from plan415x.engine import Engine
    from plan415x.loading import Dataset
    from plan415x.scoring.engine import Score

YearArg = Annotated[str, typer.Argument(help="The year scored, e.g. 2023.", show_default=False)]
NO_SCORING = (
    "no scoring.yaml in {data}/: the scoring rules are data. Start from the default rule set,"
    " data/scoring.yaml of plan415x's repository (every rule and its formula: docs/scoring.md),"
    " copy it into {data}/ and adjust it"
)


def parse_year(text: str, dataset: "Dataset") -> int:
    text = text.strip()
    if not (len(text) == 4 and text.isdigit()):
        usage_error(f"{text!r} is not a year; the score is for a whole year, e.g. 2023")
    year = int(text)
    plan = dataset.plan.plan
    if not plan.first_year <= year <= plan.last_year:
        usage_error(f"year {year} is outside the plan's years {plan.first_year}-{plan.last_year}")
    return year


def scored_or_exit(
    data: Path, year_text: str, unit: str | None, lang: Lang | None = Lang.en
) -> tuple["Engine", "Score"]:
    """The dataset and scoring file loaded (located problems and exit 1 if bad; exit 2 with how
    to start when there is no scoring.yaml), the year scored. ``lang``: the problems' language,
    as load_or_exit takes it."""
    from plan415x.engine import Engine
    from plan415x.scoring.engine import score_year
    from plan415x.scoring.load import load_scoring, scoring_path

    dataset = load_or_exit(data, lang)
    year = parse_year(year_text, dataset)
    path = scoring_path(data)
    if not path.exists() and not path.is_symlink():
        usage_error(NO_SCORING.format(data=data))
    scoring, problems = load_scoring(path, dataset.plan)
    if scoring is None:
        show_problems(problems, language(lang, data, dataset))
        raise typer.Exit(EXIT_INVALID)
    from plan415x.cli.reporting import unit_id

    unit = unit_id(dataset.plan, unit)  # an id, a name or an alias, as everywhere
    engine = Engine(dataset)
    return engine, score_year(engine, scoring, year, unit=unit)


@app.command()
def score(
    year: YearArg,
    data: DataOpt = DEFAULT_DATA,
    fmt: ReportFormatOpt = CheckFormat.table,
    lang: LangOpt = Lang.zh,
    unit: Annotated[
        str | None, typer.Option(help="Only this responsible unit (id or name), ranked among all.")
    ] = None,
) -> None:
    """年考评: each unit's score for YEAR and its rank, with a breakdown per target and per rule
    that adds up to the total (rules: the data folder's scoring.yaml)."""
    from plan415x.reports.score import format_score

    _, result = scored_or_exit(data, year, unit)
    if unit is not None and not result.units:
        usage_error(f"unit {unit!r} is scored on no target in {year}")
    color = color_wanted()
    emit(format_score(result, fmt.value, lang.value, color=color), color=color)
