"""The year's score as the commands get it (``score``, ``explain --score``, ``export YEAR``,
``brief YEAR``), and no command registered: the data and scoring.yaml loaded, the year scored,
or refused saying why.

A year not over, or one whose year-end figures are not in, is refused (exit 2, the message says
why) unless provisional: ``plan415x.scoring.engine.year_state``. The date taken as today is the
machine's, or ``PLAN415X_TODAY`` (YYYY-MM-DD: tests, and re-running a past day's score).
"""

from pathlib import Path

import typer

from plan415x.cli.bodies.common import (
    language,
    load_or_exit,
    show_problems,
    tell,
    today,
    unit_id,
    usage_error,
)
from plan415x.cli.shared import EXIT_INVALID
from plan415x.engine import Engine
from plan415x.loading import Dataset
from plan415x.options import Lang
from plan415x.problems import Said, said
from plan415x.scoring import scoring_path
from plan415x.scoring.engine import YEAR_NOT_OVER, Score, Unfinished, YearState, score_year
from plan415x.scoring.load import load_scoring


def refusal(state: YearState, names: dict[str, str]) -> Said:
    """Why the year cannot be scored as final, and what to do."""
    year, at, when = str(state.year), state.at, state.today.isoformat()
    if at is None:
        if state.why == YEAR_NOT_OVER:
            return said("cli-score-nothing-yet", year=year, today=when)
        return said("cli-score-no-figures", year=year)
    month = str(at.end_month)
    if state.why == YEAR_NOT_OVER:
        why = said("cli-score-not-over", year=year, today=when, at=str(at), month=month)
    else:
        why = said(
            "cli-score-silent",
            year=year,
            count=str(len(state.silent)),
            silent=", ".join(f"{names.get(u, u)} ({u})" for u in state.silent),
            missing=str(state.missing),
            due=str(state.due),
            used=", ".join(str(p) for p in state.used),
        )
    return said("cli-score-give-provisional", why=why, month=month)


def parse_year(text: str, dataset: Dataset) -> int:
    text = text.strip()
    if not (len(text) == 4 and text.isdigit()):
        usage_error(said("cli-not-a-year", text=repr(text)))
    year = int(text)
    plan = dataset.plan.plan
    if not plan.first_year <= year <= plan.last_year:
        usage_error(
            said("cli-year-outside", year=str(year), first=str(plan.first_year), last=str(plan.last_year))
        )
    return year


def scored_or_exit(
    data: Path, year_text: str, unit: str | None, lang: Lang | None = Lang.en, *, provisional: bool = False
) -> tuple[Engine, Score]:
    """The dataset and scoring file loaded (located problems and exit 1 if bad; exit 2 with how
    to start when there is no scoring.yaml), the year scored. ``lang``: the problems' language,
    as load_or_exit takes it. A year that cannot be scored as final: exit 2 saying why, unless
    ``provisional``."""
    engine, result = _scored(data, year_text, unit, lang, provisional=provisional)
    if not isinstance(result, Exception):
        return engine, result
    names = {u.id: u.name_zh for u in engine.dataset.plan.responsible_units}
    usage_error(refusal(result.state, names))


def score_of_year(data: Path, year_text: str) -> tuple[Engine, Score | None]:
    """For ``export YEAR`` and ``brief YEAR``: the year's score, provisional if the year is not
    finished (labelled as such wherever it is shown); None, with a line on stderr saying why,
    when nothing of the year can be scored yet: the workbook or 通报 is written without it."""
    engine, result = _scored(data, year_text, None, Lang.en, provisional=True)
    if not isinstance(result, Exception):
        return engine, result
    names = {u.id: u.name_zh for u in engine.dataset.plan.responsible_units}
    tell(said("cli-no-score", why=refusal(result.state, names)), err=True)
    return engine, None


def _scored(
    data: Path, year_text: str, unit: str | None, lang: Lang | None, *, provisional: bool
) -> tuple[Engine, Score | Unfinished]:
    dataset = load_or_exit(data, lang)
    year = parse_year(year_text, dataset)
    path = scoring_path(data)
    if not path.exists() and not path.is_symlink():
        usage_error(said("cli-no-scoring", data=str(data)))
    scoring, problems = load_scoring(path, dataset.plan)
    if scoring is None:
        show_problems(problems, language(lang, data, dataset))
        raise typer.Exit(EXIT_INVALID)
    unit = unit_id(dataset.plan, unit)  # an id, a name or an alias, as everywhere
    engine = Engine(dataset)
    try:
        return engine, score_year(engine, scoring, year, unit=unit, today=today(), provisional=provisional)
    except Unfinished as refused:
        return engine, refused
