"""The command line's app and what its commands share: options, output, loading, periods.
Each command parses its options, calls one function, prints, and maps the outcome to an exit
code (documented in README.md, kept stable):

0 done / valid · 1 invalid data · 2 usage error · 3 ``--fail-on`` met · 4 the output could
not be written (a full disk, an I/O error).

Everything printed goes through ``emit``/``echo`` (and, under ``main``, through guarded
streams): a character the console's encoding lacks is replaced by a close one (− as -), never
a crash; a reader that closes the pipe early (``| head``) ends the output quietly.
"""

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from plan415x.options import CheckFormat, Lang, ProblemFormat
from plan415x.safetext import encodable, terminal_text

if TYPE_CHECKING:
    from rich.console import Console

    from plan415x.loading import Dataset
    from plan415x.periods import Period
    from plan415x.problems import Problem

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_FAIL_ON, EXIT_OUTPUT = 0, 1, 2, 3, 4

app = typer.Typer(
    name="plan415x",
    help="Check an action plan's targets against the figures reported (序时进度, gaps, lights).",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,  # rich help costs ~0.15 s at every start
    pretty_exceptions_enable=False,
)


@app.callback()
def _group() -> None:
    # A group even when a run registers one command (cli.commands): without a callback, typer
    # runs a lone command as the program itself, and "check" would be read as its PERIOD.
    pass


DataOpt = Annotated[
    Path,
    typer.Option("--data", "-d", help="The data folder: targets.yaml and actuals/.", envvar="PLAN415X_DATA"),
]
DEFAULT_DATA = Path("data")


def color_wanted(stream: object = None) -> bool:
    """Colour on a terminal (``stream``, by default the current stdout); NO_COLOR
    (https://no-color.org) wins over FORCE_COLOR, which wins over TERM=dumb and pipes."""
    stream = sys.stdout if stream is None else stream
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def terminal_width() -> int | None:
    """The terminal's width when stdout is one (tables are cut to it), else None (files get
    every character)."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return shutil.get_terminal_size().columns


def emit(text: str, *, color: bool = False, err: bool = False) -> None:
    # A console in GBK (or any encoding short of UTF-8) gets close stand-ins for what it
    # cannot show (− as -, ² as 2) instead of a UnicodeEncodeError; UTF-8 gets every byte.
    stream = sys.stderr if err else sys.stdout
    text = encodable(text, getattr(stream, "encoding", None))
    # click strips ANSI codes from anything not written to a terminal unless told: our own
    # decision (color_wanted) is the one that counts.
    typer.echo(text, nl=False, err=err, color=color)


def echo(text: str, *, err: bool = False) -> None:
    """One line, as ``emit`` writes it, made inert: file, sheet and unit names come from the user
    (a newline then ``::error`` would be a CI annotation, ESC a terminal command), so a newline
    in it shows as ⏎. Several lines: one call each. Reports go through ``emit`` and escape their
    own data."""
    emit(terminal_text(text) + "\n", err=err)


def usage_error(message: str) -> NoReturn:
    echo(f"plan415x: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def require_data_dir(data: Path) -> None:
    if not (data / "targets.yaml").is_file():
        usage_error(f"no targets.yaml in {data}/ (give the data folder with --data DIR)")


def default_problem_format() -> ProblemFormat:
    return ProblemFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else ProblemFormat.text


# About a second of parsing: below it a bar would only flicker.
PROGRESS_BYTES = 4 * 1024 * 1024


@contextmanager
def progress_bar(data: Path) -> Iterator[Callable[[Path], None] | None]:
    """A progress bar on stderr for long loads, on a terminal only (silent in pipes and CI).
    Shown while the data is read; a cached dataset is not read and shows nothing."""
    from plan415x.loading import PLAN_FILE, actuals_paths

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


def in_language(problems: Sequence["Problem"], lang: Lang) -> list["Problem"]:
    """The problems with their messages in ``lang`` (made in English; codes never change)."""
    if lang is Lang.en:
        return list(problems)
    from dataclasses import replace

    from plan415x.messages import problem_text

    return [replace(p, message=problem_text(p.code, p.message, lang.value, p.said)) for p in problems]


def show_problems(problems: Sequence["Problem"], lang: Lang = Lang.en) -> None:
    """The located problems on stderr, in the default format, their messages in ``lang``."""
    from plan415x.reports.problems import format_problems

    color = color_wanted(sys.stderr)
    shown = format_problems(
        in_language(problems, lang), default_problem_format(), color=color, lang=lang.value
    )
    emit(shown, color=color, err=True)


def load_or_exit(data: Path, lang: Lang | None = Lang.en) -> "Dataset":
    """The dataset, or the located problems on stderr and exit 1: nothing is judged on bad data.

    ``lang``: the language of the problems; None for the plan's (``language``: what --lang
    defaults to for the commands whose messages follow the plan)."""
    from plan415x.loading import load_dataset

    require_data_dir(data)
    with progress_bar(data) as progress:
        dataset, problems = load_dataset(data, lean=True, progress=progress)
    if problems or dataset is None:
        show_problems(problems, lang or language(None, data))
        raise typer.Exit(EXIT_INVALID)
    return dataset


LangOpt = Annotated[Lang, typer.Option("--lang", "-l", help="Labels and names in zh or en.")]
PlanLangOpt = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        "-l",
        help="Messages in zh or en (default: the plan's language, else en).",
        show_default=False,
    ),
]
"""--lang of the commands whose messages follow the plan's ``language:`` when it is not given."""
ReportFormatOpt = Annotated[CheckFormat, typer.Option("--format", "-f", help="table, json, markdown or csv.")]
PeriodArg = Annotated[
    str, typer.Argument(help="2023 (year), 2023H1, 2023Q2 or 2023-05 (month).", show_default=False)
]


def parse_period(text: str, dataset: "Dataset") -> "Period":
    from plan415x.periods import Period

    try:
        period = Period.parse(text)
    except ValueError as error:
        import plan415x.i18n  # noqa: F401  (the catalogues, through which a SaidError says itself)

        usage_error(str(error))
    plan = dataset.plan.plan
    if not plan.first_year <= period.year <= plan.last_year:
        usage_error(f"period {period} is outside the plan's years {plan.first_year}-{plan.last_year}")
    return period


def language(lang: Lang | None, data: Path, dataset: "Dataset | None" = None) -> Lang:
    """``--lang`` when given, else the plan's ``language:``, else English. When the data did
    not load, the plan's field is looked up in targets.yaml as it stands (if it can be read)."""
    if lang is not None:
        return lang
    if dataset is not None:
        chosen = dataset.plan.plan.language
    else:
        from plan415x import yamlfile

        doc = yamlfile.load(data / "targets.yaml")
        plan = (
            doc.data.get("plan")
            if isinstance(doc, yamlfile.Document) and isinstance(doc.data, dict)
            else None
        )
        chosen = plan.get("language") if isinstance(plan, dict) else None
    return Lang.zh if chosen == "zh" else Lang.en
