"""What several commands' bodies share, and no command registers: the data loaded or the
located problems and exit 1, the period read, the messages' language, the data folder's plan
required, the unit a user names, published records read.

Here and not in ``cli/shared.py``, which every command module imports for its options: a body
is imported only when its command runs, so the loader, the catalogues and the problems' formats
are imported at the top (``--help`` imports none of them: tests/test_startup.py)."""

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

# click as typer 0.28 vendors it (pinned in pyproject.toml): which --lang the user typed, and the
# run's own place to keep the plan's language (a run's context, none outliving it).
from typer._click.core import ParameterSource
from typer._click.globals import get_current_context

from plan415x.cli.shared import EXIT_INVALID, EXIT_USAGE, color_wanted, default_problem_format, echo, emit
from plan415x.i18n import say
from plan415x.loading import PLAN_FILE, Dataset, actuals_paths, load_dataset
from plan415x.messages import problem_text
from plan415x.options import Lang
from plan415x.periods import Period
from plan415x.problems import Problem, Said, SaidError, said
from plan415x.reports.problems import format_problems
from plan415x.views.published import PublishedError

if TYPE_CHECKING:
    from rich.console import Console

    from plan415x.values import PlanFile

PLAN_LANGUAGE = "plan415x.plan-language"
"""The key in the click context's ``meta`` (one per run, so nothing outlives a run in tests
that invoke the app again) of the plan's language, once ``language`` has chosen it."""


def run_language() -> Lang:
    """The language of the command line's own lines (usage errors, "wrote FILE", notes):
    ``--lang`` when given on the command line, else the plan's ``language:`` once ``language``
    has chosen it for a command whose messages follow the plan, else English. So a usage error
    found before the data is read is in English unless --lang was given; and a command whose
    --lang defaults to zh for its report's labels (check, export, rank…) speaks English on the
    terminal unless --lang is given, as its data's problems do."""
    ctx = get_current_context(silent=True)
    if ctx is None:
        return Lang.en
    given = ctx.params.get("lang")  # as typed: typer makes it a Lang for the command only
    if given is not None and ctx.get_parameter_source("lang") is ParameterSource.COMMANDLINE:
        return Lang(getattr(given, "value", given))
    chosen = ctx.meta.get(PLAN_LANGUAGE)
    return chosen if isinstance(chosen, Lang) else Lang.en


def tell(message: Said, *, err: bool = False) -> None:
    """One line of the command line's own, said in the run's language (``run_language``)."""
    echo(say(message, run_language().value), err=err)


def error_line(message: Said) -> None:
    """``plan415x: error: …`` on stderr, in the run's language (the caller chooses the exit)."""
    tell(said("cli-error", message=message), err=True)


def usage_error(message: Said) -> NoReturn:
    """The usage error ``message`` on stderr, in the run's language, and exit 2."""
    error_line(message)
    raise typer.Exit(EXIT_USAGE)


def require_data_dir(data: Path) -> None:
    if not (data / "targets.yaml").is_file():
        usage_error(said("cli-no-plan", data=str(data)))


def unit_id(plan: "PlanFile", text: str | None) -> str | None:
    """The id of the unit ``text`` names: its id, its Chinese or English name, or an alias;
    anything else is a usage error listing the units."""
    if text is None:
        return None
    wanted = text.strip()
    for u in plan.responsible_units:
        if wanted == u.id or wanted in (u.name_zh, u.name_en, *u.aliases):
            return u.id
    choices = ", ".join(f"{u.id} ({u.name_zh})" for u in plan.responsible_units)
    usage_error(said("cli-unknown-unit", unit=repr(text), choices=choices))


def require_plan(data: Path) -> None:
    """The data folder must hold a plan; a folder without one gets told how to start one."""
    if not (data / "targets.yaml").is_file():
        usage_error(said("cli-no-plan-start", data=str(data)))


@contextmanager
def published_records() -> Iterator[None]:
    """Around what reads ``published/`` (a ranking compares with what was published): a record
    spoilt by hand is said, exit 1, never a traceback and never compared with."""
    try:
        yield
    except PublishedError as error:
        tell(said("cli-published-spoilt", error=str(error)), err=True)
        raise typer.Exit(EXIT_INVALID) from None


# About a second of parsing: below it a bar would only flicker.
PROGRESS_BYTES = 4 * 1024 * 1024


@contextmanager
def progress_bar(data: Path) -> Iterator[Callable[[Path], None] | None]:
    """A progress bar on stderr for long loads, on a terminal only (silent in pipes and CI).
    Shown while the data is read; a cached dataset is not read and shows nothing."""
    if os.environ.get("CI") or (not color_wanted(sys.stderr) and not sys.stderr.isatty()):
        yield None
        return
    try:
        files = [data / PLAN_FILE, *actuals_paths(data)]
        sizes = {f: f.stat().st_size for f in files if f.is_file()}
    except OSError:  # the load itself will say what cannot be read
        sizes = {}
    if sum(sizes.values()) < PROGRESS_BYTES:
        yield None
        return
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn

    with Progress(
        TextColumn("reading {task.description}"),
        BarColumn(),
        DownloadColumn(),
        transient=True,
        console=_stderr_console(),
    ) as bar:
        task = bar.add_task(data.name or str(data), total=sum(sizes.values()))
        yield lambda path: bar.advance(task, sizes.get(path, 0))


def _stderr_console() -> "Console":
    from rich.console import Console

    return Console(stderr=True, no_color=not color_wanted(sys.stderr))


def in_language(problems: Sequence[Problem], lang: Lang) -> list[Problem]:
    """The problems with their messages in ``lang`` (made in English; codes never change)."""
    if lang is Lang.en:
        return list(problems)
    return [replace(p, message=problem_text(p.code, p.message, lang.value, p.said)) for p in problems]


def show_problems(problems: Sequence[Problem], lang: Lang = Lang.en) -> None:
    """The located problems on stderr, in the default format, their messages in ``lang``."""
    color = color_wanted(sys.stderr)
    shown = format_problems(
        in_language(problems, lang), default_problem_format(), color=color, lang=lang.value
    )
    emit(shown, color=color, err=True)


def load_or_exit(data: Path, lang: Lang | None = Lang.en) -> Dataset:
    """The dataset, or the located problems on stderr and exit 1: nothing is judged on bad data.

    ``lang``: the language of the problems; None for the plan's (``language``: what --lang
    defaults to for the commands whose messages follow the plan)."""
    require_data_dir(data)
    with progress_bar(data) as progress:
        dataset, problems = load_dataset(data, lean=True, progress=progress)
    if problems or dataset is None:
        show_problems(problems, lang or language(None, data))
        raise typer.Exit(EXIT_INVALID)
    if lang is None:  # a command whose messages follow the plan: its own lines follow it too
        language(None, data, dataset)
    return dataset


def parse_period(text: str, dataset: Dataset) -> Period:
    try:
        period = Period.parse(text)
    except ValueError as error:  # a SaidError: its str() is its English (the catalogues come with messages)
        usage_error(error.said if isinstance(error, SaidError) else said("cli-as-is", text=str(error)))
    plan = dataset.plan.plan
    if not plan.first_year <= period.year <= plan.last_year:
        usage_error(
            said(
                "cli-period-outside", period=str(period), first=str(plan.first_year), last=str(plan.last_year)
            )
        )
    return period


def language(lang: Lang | None, data: Path, dataset: Dataset | None = None) -> Lang:
    """``--lang`` when given, else the plan's ``language:``, else English. When the data did
    not load, the plan's field is looked up in targets.yaml as it stands (if it can be read)."""
    if lang is not None:
        return lang
    if dataset is not None:
        chosen = dataset.plan.plan.language
    else:
        # Only when the data did not load: yamlfile's loaders are PyYAML's classes, and a
        # cached run reads no YAML (tests/test_startup.py).
        from plan415x import yamlfile

        doc = yamlfile.load(data / "targets.yaml")
        plan = (
            doc.data.get("plan")
            if isinstance(doc, yamlfile.Document) and isinstance(doc.data, dict)
            else None
        )
        chosen = plan.get("language") if isinstance(plan, dict) else None
    spoken = Lang.zh if chosen == "zh" else Lang.en
    ctx = get_current_context(silent=True)
    if ctx is not None:  # the command line's own lines follow it from here on (run_language)
        ctx.meta[PLAN_LANGUAGE] = spoken
    return spoken


TODAY_ENV = "PLAN415X_TODAY"


def today() -> dt.date:
    """The date a run takes as today: PLAN415X_TODAY (YYYY-MM-DD) when set, else the machine's.
    Tests set it, and so does an analyst making again a past day's score, publication record
    or notices; a value that is not a date is a usage error."""
    text = os.environ.get(TODAY_ENV, "").strip()
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        usage_error(said("cli-today-not-date", name=TODAY_ENV, text=repr(text)))
