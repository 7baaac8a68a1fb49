"""The command line. Each command parses its options, calls one function, prints, and maps the
outcome to an exit code (documented in README.md, kept stable):

0 done / valid · 1 invalid data · 2 usage error · 3 ``--fail-on`` met · 4 the output could
not be written (a full disk, an I/O error).

Everything printed goes through ``emit``/``echo`` (and, under ``main``, through guarded
streams): a character the console's encoding lacks is replaced by a close one (− as -), never
a crash; a reader that closes the pipe early (``| head``) ends the output quietly.
"""

from __future__ import annotations

import codecs
import errno
import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO

import typer

from plan415x.options import CheckFormat, FailOn, Lang, ListFormat, ProblemFormat, SchemaName

if TYPE_CHECKING:
    from rich.console import Console

    from plan415x.loading import Dataset
    from plan415x.periods import Period

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_FAIL_ON, EXIT_OUTPUT = 0, 1, 2, 3, 4

app = typer.Typer(
    name="plan415x",
    help="Check an action plan's targets against the figures reported (序时进度, gaps, lights).",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,  # rich help costs ~0.15 s at every start
    pretty_exceptions_enable=False,
)

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
    from plan415x.safetext import encodable

    # A console in GBK (or any encoding short of UTF-8) gets close stand-ins for what it
    # cannot show (− as -, ² as 2) instead of a UnicodeEncodeError; UTF-8 gets every byte.
    stream = sys.stderr if err else sys.stdout
    text = encodable(text, getattr(stream, "encoding", None))
    # click strips ANSI codes from anything not written to a terminal unless told: our own
    # decision (color_wanted) is the one that counts.
    typer.echo(text, nl=False, err=err, color=color)


def echo(text: str, *, err: bool = False) -> None:
    """One line, as ``emit`` writes it."""
    emit(text + "\n", err=err)


def usage_error(message: str) -> NoReturn:
    echo(f"plan415x: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def require_data_dir(data: Path) -> None:
    if not (data / "targets.yaml").is_file():
        usage_error(f"no targets.yaml in {data}/ (give the data folder with --data DIR)")


def default_problem_format() -> ProblemFormat:
    return ProblemFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else ProblemFormat.text


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
) -> None:
    """Validate the plan and its actual figures; exit 1 with located problems if any."""
    from plan415x.loading import load_dataset, problems_of_files
    from plan415x.reports.problems import format_problems

    require_data_dir(data)
    for p in paths or ():
        if not p.is_file():
            usage_error(f"no such file: {p}")
        if data.resolve() not in p.resolve().parents:
            usage_error(f"{p} is not in the data folder {data}/: a file is validated with its plan")
    # The whole folder is always loaded: a file's problems may come from another (a renamed
    # target, a year-to-date figure above a later one). Naming files narrows what is shown.
    dataset, problems = load_dataset(data, lean=True)
    problems = problems_of_files(problems, paths) if paths else problems
    if problems:
        color = color_wanted()
        emit(format_problems(problems, fmt or default_problem_format(), color=color), color=color)
        raise typer.Exit(EXIT_INVALID)
    if dataset is None:  # problems only in files that were not named
        return
    assert dataset is not None
    if (fmt or default_problem_format()) in (ProblemFormat.json, ProblemFormat.sarif):
        # An empty list, an empty SARIF run: code scanning then closes the alerts fixed.
        emit(format_problems([], fmt or default_problem_format()))
    elif fmt in (None, ProblemFormat.text):
        records = sum(len(a.file.records) for a in dataset.actuals)
        echo(
            f"valid: {len(dataset.targets)} targets, {len(dataset.actuals)} actuals files, {records} records"
        )


@app.command()
def targets(
    data: DataOpt = DEFAULT_DATA,
    action: Annotated[str | None, typer.Option(help="Only this action id.")] = None,
    kind: Annotated[str | None, typer.Option(help="Only this kind, e.g. annual.")] = None,
    unit: Annotated[str | None, typer.Option(help="Only targets this responsible unit (id) shares.")] = None,
    lang: LangOpt = Lang.zh,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table, json or csv.")] = ListFormat.table,
) -> None:
    """List the plan's targets, so an analyst can see what the plan holds (reads only the plan)."""
    from plan415x.checks import check_plan
    from plan415x.loading import PLAN_FILE, load_plan
    from plan415x.reports import listing
    from plan415x.reports.problems import format_problems

    require_data_dir(data)
    doc, plan, problems = load_plan(data / PLAN_FILE)
    if plan is not None and doc is not None:
        problems = check_plan(plan, doc)
    if problems or plan is None:
        color = color_wanted(sys.stderr)
        emit(format_problems(problems, default_problem_format(), color=color), color=color, err=True)
        raise typer.Exit(EXIT_INVALID)
    chosen = listing.select(plan, action=action, kind=kind, unit=unit)
    if isinstance(chosen, str):
        usage_error(chosen)
    color = color_wanted()
    emit(listing.render(chosen, fmt.value, lang=lang.value, color=color), color=color)


@app.command()
def schema(which: Annotated[SchemaName, typer.Argument(help="targets or actuals.")]) -> None:
    """Print the JSON Schema of targets.yaml or of an actuals file (for editors)."""
    from plan415x.schemas import schema_json

    emit(schema_json(which.value))


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


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, no_color=not color_wanted(sys.stderr))


def load_or_exit(data: Path) -> Dataset:
    """The dataset, or the located problems on stderr and exit 1: nothing is judged on bad data."""
    from plan415x.loading import load_dataset
    from plan415x.reports.problems import format_problems

    require_data_dir(data)
    with progress_bar(data) as progress:
        dataset, problems = load_dataset(data, lean=True, progress=progress)
    if problems or dataset is None:
        color = color_wanted(sys.stderr)
        emit(format_problems(problems, default_problem_format(), color=color), color=color, err=True)
        raise typer.Exit(EXIT_INVALID)
    return dataset


LangOpt = Annotated[Lang, typer.Option("--lang", "-l", help="Labels and names in zh or en.")]
ReportFormatOpt = Annotated[CheckFormat, typer.Option("--format", "-f", help="table, json, markdown or csv.")]
PeriodArg = Annotated[
    str, typer.Argument(help="2023 (year), 2023H1, 2023Q2 or 2023-05 (month).", show_default=False)
]


def parse_period(text: str, dataset: Dataset) -> Period:
    from plan415x.periods import Period

    try:
        period = Period.parse(text)
    except ValueError as error:
        usage_error(str(error))
    plan = dataset.plan.plan
    if not plan.first_year <= period.year <= plan.last_year:
        usage_error(f"period {period} is outside the plan's years {plan.first_year}-{plan.last_year}")
    return period


@app.command()
def check(
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
    fmt: ReportFormatOpt = CheckFormat.table,
    lang: LangOpt = Lang.zh,
    unit: Annotated[str | None, typer.Option(help="Only targets this responsible unit (id) shares.")] = None,
    action: Annotated[str | None, typer.Option(help="Only this action id.")] = None,
    status: Annotated[
        list[str] | None, typer.Option(help="Only this status (repeatable), e.g. off_track.")
    ] = None,
    light: Annotated[
        list[str] | None, typer.Option(help="Only this light (repeatable): green, yellow, red, grey.")
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option(help="Exit 3 when any target shown is at or beyond this light.")
    ] = FailOn.never,
) -> None:
    """The gap report for PERIOD: every target due, its progress against the schedule, its light."""
    from plan415x.engine import Engine, narrow
    from plan415x.reports.gap import format_report

    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    report = narrow(Engine(dataset).report(when), unit=unit, action=action, statuses=status, lights=light)
    if isinstance(report, str):
        usage_error(report)
    color = color_wanted()
    emit(format_report(report, fmt, lang.value, color=color, fit=terminal_width()), color=color)
    failing = {FailOn.never: set(), FailOn.yellow: {"yellow", "red"}, FailOn.red: {"red"}}[fail_on]
    if any(r.light.value in failing for r in report.results):
        raise typer.Exit(EXIT_FAIL_ON)


@app.command()
def explain(
    target_id: Annotated[str, typer.Argument(help="A target id (see plan415x targets).", show_default=False)],
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
) -> None:
    """Every input and each step of the formula for one target, ending in its status."""
    from plan415x.engine import Engine, applies
    from plan415x.reports.explain import format_explain

    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    target = dataset.targets.get(target_id)
    if target is None:
        import difflib

        close = difflib.get_close_matches(target_id, list(dataset.targets), n=3)
        usage_error(
            f"unknown target {target_id!r}" + (f"; did you mean {', '.join(close)}?" if close else "")
        )
    engine = Engine(dataset)
    result = engine.result(target, when, engine.previous_period(when)) if applies(target, when) else None
    emit(format_explain(engine, target, when, result))


@app.command()
def rank(
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
    fmt: ReportFormatOpt = CheckFormat.table,
    lang: LangOpt = Lang.zh,
    all_units: Annotated[
        bool, typer.Option("--all-units", help="Count co-units too, not only lead units.")
    ] = False,
) -> None:
    """季晾晒: responsible units ranked by average (completion − schedule)."""
    from plan415x.engine import Engine
    from plan415x.reports.rank import format_rank, rank_units

    dataset = load_or_exit(data)
    report = Engine(dataset).report(parse_period(period, dataset))
    ranks = rank_units(report, all_units=all_units)
    color = color_wanted()
    emit(format_rank(report, ranks, fmt.value, lang.value, color=color), color=color)


class OutputError(Exception):
    """stdout or stderr could not be written (not an OSError, which click would take for a
    closed pipe and turn into a silent exit 1)."""

    def __init__(self, stream: str, error: OSError) -> None:
        super().__init__(stream, error)
        self.stream = stream
        self.error = error


def _close_char(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler ``plan415x``: close stand-ins for characters the stream's
    encoding lacks (for what does not pass through ``emit``: click's messages, rich)."""
    from plan415x.safetext import close_char

    if not isinstance(error, UnicodeEncodeError):
        raise error
    chars = error.object[error.start : error.end]
    return "".join(close_char(c, error.encoding) for c in chars), error.end


class _Guarded:
    """A text stream whose write errors are told apart from every other OSError: a closed pipe
    (EPIPE) drops the rest of the output quietly, anything else (ENOSPC, EIO) is an
    ``OutputError``, raised again at every later write (click swallows some: it probes streams
    with writes in ``try``) and kept in ``failed`` for ``main``. The rest is the stream's own."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self._stream = stream
        self._name = name
        self.failed: OSError | None = None

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._stream, attr)

    def _guard(self, error: OSError) -> None:
        # Whatever is still buffered, and every later write, goes to /dev/null: neither a
        # later flush nor the interpreter's last one can fail again.
        _discard(self._stream)
        if error.errno == errno.EPIPE:
            return  # the reader has what it wanted
        self.failed = error
        raise OutputError(self._name, error) from None

    def write(self, text: str) -> int:
        if self.failed is not None:
            raise OutputError(self._name, self.failed)
        try:
            return self._stream.write(text)
        except OSError as error:
            self._guard(error)
            return len(text)

    def flush(self) -> None:
        if self.failed is not None:
            raise OutputError(self._name, self.failed)
        try:
            self._stream.flush()
        except OSError as error:
            self._guard(error)


def _discard(stream: TextIO) -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main() -> None:
    # A command runs for seconds at most and its data holds no reference cycles worth
    # collecting: the cyclic collector only rescans the growing heap (2.6 s of a 10,000-target
    # check). Not done in ``app`` itself, so tests that call it keep a normal interpreter.
    gc.disable()
    codecs.register_error("plan415x", _close_char)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="plan415x")
    if sys.stdout is None or sys.stderr is None:  # started with a stream closed (>&-)
        app()
        return
    out, err = _Guarded(sys.stdout, "stdout"), _Guarded(sys.stderr, "stderr")
    sys.stdout, sys.stderr = out, err
    try:
        try:
            app()
        finally:
            out.flush()
            err.flush()
    except (OutputError, SystemExit):
        # The streams themselves again for the interpreter's last flush, which must not raise.
        sys.stdout, sys.stderr = out._stream, err._stream
        if out.failed is None and err.failed is None:
            raise
        # One line on stderr (unless stderr is what failed) and a code of its own: not 1,
        # which says the data is invalid.
        if out.failed is not None and err.failed is None:
            reason = out.failed.strerror or str(out.failed)
            try:
                sys.stderr.write(f"plan415x: error: cannot write the output: {reason}\n")
                sys.stderr.flush()
            except OSError:
                pass
        raise SystemExit(EXIT_OUTPUT) from None


# Registers export/template/import on ``app``; that module imports no openpyxl at load time.
from plan415x import cli_excel  # noqa: E402, F401
